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

/**
 * A chosen file's bytes (FileReader where `Blob.arrayBuffer` is missing: older webviews, jsdom).
 *
 * @example
 * const bytes = await bytesOf(input.files[0]);
 */
export async function bytesOf(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new Error(`lecture de « ${file.name} » impossible`));
    reader.readAsArrayBuffer(file);
  });
}
