/**
 * Offering files to the facilitator from the pane: a download, in the browser only (nothing leaves the machine).
 */

/**
 * @example
 * downloadFile(bytes, "releve-BTP-RIVIERE-2026-03.xlsx", XLSX_TYPE);
 */
export function downloadFile(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const ZIP_TYPE = "application/zip";
