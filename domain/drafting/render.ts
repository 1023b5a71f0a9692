/**
 * A drafted clause as plain text (pane, CLI, clipboard fallback, Clauses sheet) and as HTML (the
 * clipboard's formatted copy, which Word and LibreOffice paste with headings and bullets).
 */
import type { ClauseBlock, ClausePart, DraftedClause } from "./draft";

/**
 * @example
 * clauseText(drafted) // => "Clause sociale d'insertion\n\n1. Objet et périmètre de l'action d'insertion\nEn application de …"
 */
export function clauseText(clause: DraftedClause): string {
  return clause.parts.map(partText).join("\n\n\n");
}

/**
 * One part (CCAP article, RC mention or criterion) as text.
 *
 * @example
 * partText(drafted.parts[1]) // => "Mention au règlement de la consultation\n\nClause sociale d'insertion\nLe marché comporte …"
 */
export function partText(part: ClausePart): string {
  const sections = part.sections.map((section) => [section.title, ...section.blocks.map(blockText)].join("\n"));
  return [part.title, ...sections].join("\n\n");
}

/**
 * One block as text: a paragraph, or bullets (« – item »), one per line.
 *
 * @example
 * blockText({ kind: "bullets", items: ["a ;", "b."] }) // => "– a ;\n– b."
 */
export function blockText(block: ClauseBlock): string {
  return block.kind === "paragraph" ? block.text : block.items.map((item) => `– ${item}`).join("\n");
}

/**
 * The clause as an HTML fragment (headings, paragraphs, lists), every typed value escaped.
 *
 * @example
 * clauseHtml(drafted) // => "<h2>Clause sociale d&#39;insertion</h2><h3>1. Objet…</h3><p>En application…</p>…"
 */
export function clauseHtml(clause: DraftedClause): string {
  return clause.parts
    .map((part) => {
      const sections = part.sections.map((section) => `<h3>${escapeHtml(section.title)}</h3>${section.blocks.map(blockHtml).join("")}`);
      return `<h2>${escapeHtml(part.title)}</h2>${sections.join("")}`;
    })
    .join("");
}

function blockHtml(block: ClauseBlock): string {
  if (block.kind === "paragraph") return `<p>${escapeHtml(block.text)}</p>`;
  return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
}

/**
 * @example
 * escapeHtml("<b>R&D</b>") // => "&lt;b&gt;R&amp;D&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
