/**
 * Offering bytes the pane produced as a file download: browser APIs only, nothing leaves the machine.
 */

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * A temporary object URL, revoked once the click is handled.
 *
 * @example
 * downloadFile(bytes, "clause-sociale-M1.docx", DOCX_TYPE);
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
