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
  const children = clause.parts.flatMap((part) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(part.title)] }),
    ...part.sections.flatMap((section) => [
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(section.title)] }),
      ...section.blocks.flatMap(blockParagraphs),
    ]),
  ]);
  const document = new Document({
    creator: "Clauses sociales (complément Excel du facilitateur)",
    title: clause.parts[0]?.title ?? "Clause sociale",
    subject: [clause.contract.reference, clause.contract.label].filter(Boolean).join(" – "),
    // The same basis as the text: the article L2112-2-1 (unverified) is never named where the clause cites L2112-2 and art. 35.
    description: `Rédigée en application de ${clause.basis.citation}. Paquet de règles : ${clause.rulePack}.`,
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

function blockParagraphs(block: ClauseBlock): Paragraph[] {
  if (block.kind === "paragraph") return [new Paragraph({ children: [new TextRun(block.text)], spacing: { after: 120 } })];
  return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
}
