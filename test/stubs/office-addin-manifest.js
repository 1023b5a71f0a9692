// office-addin-mock only needs this enum from office-addin-manifest (see jest.config.js).
module.exports = {
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
};
