/**
 * A drafted clause as a Word document (.docx, with the `docx` library): part titles as Heading 1,
 * section titles as Heading 2, lists as bullets, French proofing language, so the buyer pastes it
 * into the CCAP with Word's own styles. The rule pack that produced it is in the document's
 * properties, not in its text (nothing for the buyer to delete). Runs in the pane and in the CLI.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { ClauseBlock, DraftedClause } from "../../../domain/drafting";

/**
 * @example
 * const bytes = await clauseDocx(drafted); // => Uint8Array of a .docx file (a zip, "PK…")
 */
export async function clauseDocx(clause: DraftedClause): Promise<Uint8Array> {
  const children = [
    ...noticeParagraphs(clause),
    ...clause.parts.flatMap((part) => [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(part.title)] }),
      ...part.sections.flatMap((section) => [
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(section.title)] }),
        ...section.blocks.flatMap(blockParagraphs),
      ]),
    ]),
  ];
  const document = new Document({
    creator: "Clauses sociales (complément Excel du facilitateur)",
    title: clause.parts[0]?.title ?? "Clause sociale",
    subject: [clause.contract.reference, clause.contract.label].filter(Boolean).join(" – "),
    description: clauseDescription(clause),
    keywords: citedArticles(clause).join(", "),
    styles: { default: { document: { run: { language: { value: "fr-FR" }, font: "Calibri", size: 22 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/**
 * The file name offered for a clause.
 *
 * @example
 * clauseFileName({ contract: { reference: "M1" } }) // => "clause-sociale-M1.docx"
 */
export function clauseFileName(clause: Pick<DraftedClause, "contract">): string {
  const name = (clause.contract.reference ?? clause.contract.label ?? "marche").replace(/[^\p{L}\p{N}_-]+/gu, "-").replace(/^-+|-+$/g, "");
  return `clause-sociale-${name || "marche"}.docx`;
}

/**
 * The document's description: the basis as the text cites it, the articles its text cites (the
 * properties never name an article the text does not), the basis chosen, and the rule pack.
 *
 * @example
 * clauseDescription(clause) // => "Rédigée en application de l'article L2112-2 du code de la commande publique. Articles cités : L2112-2, R2152-7. Base retenue : condition d'exécution. Paquet de règles : national@…"
 */
export function clauseDescription(clause: DraftedClause): string {
  const cited = citedArticles(clause);
  const articles = cited.length > 0 ? `Articles cités : ${cited.join(", ")}. ` : "";
  // The basis as the text cites it (issue 12: « l'article L2112-2 … et de l'article 35 de la loi … », never the unverified L2112-2-1).
  return `Rédigée en application de ${clause.basis.citation}. ${articles}Base retenue : ${clause.basis.label}. Paquet de règles : ${clause.rulePack}.`;
}

/**
 * The articles of the code (« L2112-2 », « R2152-7 ») the clause's text cites, in order of appearance.
 *
 * @example
 * citedArticles(clause) // => ["L2112-2", "R2152-7"]
 */
export function citedArticles(clause: DraftedClause): string[] {
  const text = clause.parts
    .flatMap((part) => [part.title, ...part.sections.flatMap((section) => [section.title, ...section.blocks.flatMap(blockText)])])
    .join("\n");
  return [...new Set(text.match(/\b[LRD]\.?\s?\d{4}-\d+(?:-\d+)?\b/g) ?? [])].map((article) => article.replace(/[.\s]/g, ""));
}

function blockText(block: ClauseBlock): string[] {
  return block.kind === "paragraph" ? [block.text] : block.items;
}

/** The pane's « À faire vérifier avant publication » notice, first in the document, so it is not lost on the way to the buyer. */
function noticeParagraphs(clause: DraftedClause): Paragraph[] {
  if (clause.unconfirmed.length === 0) return [];
  return [
    new Paragraph({ children: [new TextRun({ text: "À faire vérifier avant publication", bold: true, highlight: "yellow" })] }),
    ...clause.unconfirmed.map(
      (line) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: line, highlight: "yellow" })] }),
    ),
    new Paragraph({
      children: [new TextRun({ text: "Supprimez cet avertissement une fois les points vérifiés.", italics: true })],
      spacing: { after: 240 },
    }),
  ];
}

function blockParagraphs(block: ClauseBlock): Paragraph[] {
  if (block.kind === "paragraph") return [new Paragraph({ children: [new TextRun(block.text)], spacing: { after: 120 } })];
  return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
}
