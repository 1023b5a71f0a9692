/**
 * A drafted clause as rows of the add-in-owned Clauses table: one row per section, so a facilitator
 * can copy one section into the buyer's document; redrafting a contract replaces its rows only.
 */
import type { Day } from "../dates";
import { isoFromDay } from "../dates";
import type { TableRecord } from "../workbook";
import type { DraftedClause } from "./draft";
import { blockText } from "./render";

const DOCUMENT_LABELS = { ccap: "CCAP", rc: "RC", criterion: "Critère" } as const;

/**
 * @example
 * clauseRecords(drafted, dayFromIso("2026-11-26"))[0]
 * // => { market: "M1", document: "CCAP", section: "1. Objet et périmètre…", text: "En application…", legalBasis: "L2112-2", hours: 600, draftedOn: "2026-11-26", rulePack: "national@2026.11.1" }
 */
export function clauseRecords(clause: DraftedClause, draftedOn: Day): TableRecord[] {
  const market = clauseKey(clause);
  return clause.parts.flatMap((part) =>
    part.sections.map((section) => ({
      market,
      document: DOCUMENT_LABELS[part.document],
      section: section.title,
      text: section.blocks.map(blockText).join("\n"),
      legalBasis: clause.basis.article,
      ...(clause.hours !== undefined ? { hours: clause.hours } : {}),
      draftedOn: isoFromDay(draftedOn),
      rulePack: clause.rulePack,
    })),
  );
}

/**
 * The contract a clause belongs to in the Clauses table (its reference, else its label).
 *
 * @example
 * clauseKey({ contract: { reference: "M1" }, … }) // => "M1"
 */
export function clauseKey(clause: Pick<DraftedClause, "contract">): string {
  return clause.contract.reference ?? clause.contract.label ?? "";
}

/**
 * The Clauses rows to write: those of other contracts kept as they were, this contract's replaced.
 *
 * @example
 * mergeClauseRecords(existing, clauseRecords(drafted, today)) // => existing rows of M2, M3… then the new rows of M1
 */
export function mergeClauseRecords(existing: readonly TableRecord[], fresh: readonly TableRecord[]): TableRecord[] {
  const replaced = new Set(fresh.map((record) => record.market));
  return [...existing.filter((record) => !replaced.has(record.market)), ...fresh];
}
