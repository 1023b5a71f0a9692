/**
 * Getting a clause out of the pane: the clipboard (formatted HTML with a plain-text fallback) and a
 * file download. Browser APIs only; nothing leaves the machine.
 */
import { copyRefused } from "./errors";

/**
 * Copies the clause with its formatting (headings, lists) where the Clipboard API allows it, else
 * through a hidden selection (older webviews), else as plain text. Resolves to how it was copied.
 *
 * @example
 * await copyClause("<h2>Clause</h2>…", "Clause\n…") // => "formatted"
 */
export async function copyClause(html: string, text: string): Promise<"formatted" | "plain"> {
  const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  if (clipboard?.write && typeof ClipboardItem !== "undefined") {
    try {
      const item = new ClipboardItem({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" }),
      });
      await clipboard.write([item]);
      return "formatted";
    } catch {
      // Refused by the host (permissions policy): try the selection route below.
    }
  }
  if (copyBySelection(html)) return "formatted";
  if (clipboard?.writeText) {
    await clipboard.writeText(text);
    return "plain";
  }
  throw copyRefused();
}

/** The pre-Clipboard-API route: select a hidden copy of the HTML and ask the document to copy it. */
function copyBySelection(html: string): boolean {
  if (typeof document === "undefined" || typeof document.execCommand !== "function") return false;
  const holder = document.createElement("div");
  holder.contentEditable = "true";
  holder.style.position = "fixed";
  holder.style.left = "-10000px";
  holder.innerHTML = html; // escaped by clauseHtml: typed text cannot inject markup
  document.body.appendChild(holder);
  try {
    const range = document.createRange();
    range.selectNodeContents(holder);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    window.getSelection()?.removeAllRanges();
    holder.remove();
  }
}

// One download helper for every panel: the kit's.
export { downloadFile, DOCX_TYPE } from "../../plugin-kit/ui/download";
