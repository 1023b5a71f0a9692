/**
 * The « note d'opportunité » for a buyer (.docx, with the `docx` library, as the drafted clauses):
 * the planned contracts the guichet recommends to clause, each with why (its score's reasons), the
 * social condition (mandatory or not, and why), the suggested vehicle and the estimated hours. Only
 * the buyer's own purchases and aggregates: nothing personal. The rule pack that produced it is in
 * the document's properties. Runs in the pane and in the CLI.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { formatNumberFr, frenchDate } from "../../../domain";
import type { ScreenedPurchase, Screening } from "../../../domain/procurement";

export interface NoteOptions {
  /** The buyer's name, as the note addresses it. */
  buyer: string;
  /** The guichet that writes (« PLIE de Valrivière »). */
  from?: string;
  /** Purchases scoring at least this (or with a mandatory condition) are recommended. */
  minimumScore?: number;
}

/**
 * The purchases the note recommends: a mandatory condition, or a score at or above the minimum.
 *
 * @example
 * recommended(screening, 30).map((purchase) => purchase.id) // => ["P1", "P2"]
 */
export function recommended(screening: Screening, minimumScore = 30): ScreenedPurchase[] {
  return screening.purchases.filter((purchase) => purchase.mandatory || purchase.score >= minimumScore);
}

/**
 * @example
 * const bytes = await opportunityNoteDocx(screening, { buyer: "Ville de Valrivière" }); // => a .docx (« PK… »)
 */
export async function opportunityNoteDocx(screening: Screening, options: NoteOptions): Promise<Uint8Array> {
  const chosen = recommended(screening, options.minimumScore);
  const today = frenchDate(screening.options.today);
  const intro = [
    `${options.from ?? "Le guichet des clauses sociales"} a examiné la programmation des achats de ${options.buyer} au ${today}.`,
    chosen.length === 0
      ? "Aucun des achats examinés ne ressort comme prioritaire pour une clause sociale."
      : `${chosen.length} achat(s) sur ${screening.purchases.length} se prêtent à une clause sociale ; pour chacun, la raison, l'outil juridique proposé et une première estimation des heures d'insertion.`,
  ];
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun("Note d'opportunité : clauses sociales")] }),
    new Paragraph({ children: [new TextRun({ text: options.buyer, bold: true })], spacing: { after: 120 } }),
    ...intro.map((text) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } })),
    ...chosen.flatMap(purchaseParagraphs),
    new Paragraph({
      children: [
        new TextRun({
          text: "Les heures sont des estimations (montant × part de main-d'œuvre × taux d'insertion ÷ coût horaire) à confirmer lors de la rédaction de la clause ; le guichet accompagne l'acheteur et les entreprises.",
          italics: true,
        }),
      ],
      spacing: { before: 240 },
    }),
  ];
  const document = new Document({
    creator: "Clauses sociales (complément Excel du facilitateur)",
    title: `Note d'opportunité — ${options.buyer}`,
    description: `Paquet de règles : ${screening.rulePack}. Examen du ${screening.options.today}.`,
    styles: { default: { document: { run: { language: { value: "fr-FR" }, font: "Calibri", size: 22 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function purchaseParagraphs(purchase: ScreenedPurchase): Paragraph[] {
  const bullet = (text: string) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] });
  const hours =
    purchase.estimatedHours === null ? `Heures d'insertion : ${purchase.sizing}.` : `Heures d'insertion estimées : ${purchase.sizing}.`;
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`${purchase.id} – ${purchase.label}`)] }),
    bullet(
      `Montant estimé : ${formatNumberFr(purchase.amount, 0)} € HT, ${purchase.months} mois, lancement prévu le ${frenchDate(purchase.launch)}.`,
    ),
    bullet(purchase.mandatoryReason),
    bullet(
      `Outil proposé : ${purchase.vehicle.label}${purchase.vehicle.article ? ` (${purchase.vehicle.article})` : ""} — ${purchase.vehicle.why}.`,
    ),
    bullet(hours),
    bullet(`Pourquoi (priorité ${purchase.score}/100) : ${purchase.reasons.map((reason) => reason.text).join(" ; ")}.`),
  ];
}
