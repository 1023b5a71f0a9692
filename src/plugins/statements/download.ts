/**
 * Files in and out of the « Relevés » panel, in the browser only (nothing leaves the machine): the
 * download itself is the kit's (`plugin-kit/ui/download.ts`).
 */

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
