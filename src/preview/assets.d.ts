// webpack inlines .xlsx files as data: URLs (asset/inline), so the preview opens the demo workbook
// without any request.
declare module "*.xlsx" {
  const dataUrl: string;
  export default dataUrl;
}
