/**
 * Offering a file the pane produced as a download: the kit's helper (browser APIs only; nothing leaves the machine).
 */
export { downloadFile, DOCX_TYPE } from "../../plugin-kit/ui/download";
