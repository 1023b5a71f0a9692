/**
 * The « Nouveau besoin » form's state and its check: the new need goes through the same checks as
 * the Besoins table (dates, the contract belongs to the company, « mutualisé » only where the
 * company pools) together with the needs already there, before anything is written.
 */
import { errorsOf, isoFromDay, type Day, type TableRecord } from "../../../domain";
import { commissionFromJson, type CommissionWorld } from "../../../domain/commission";

export interface NeedDraft {
  company: string;
  market: string;
  trade: string;
  hours: string;
  start: string;
  end: string;
  place: string;
}

/**
 * @example
 * emptyNeed(dayFromIso("2026-12-02")) // => { company: "", market: "mutualisé", …, start: "2026-12-02", end: "" }
 */
export function emptyNeed(start: Day): NeedDraft {
  return { company: "", market: "mutualisé", trade: "", hours: "", start: isoFromDay(start), end: "", place: "" };
}

/**
 * The record to append, or the French messages of what to fix.
 *
 * @example
 * checkNeed(draft, world) // => { record: { id: "B4", company: "BTP-RIVIERE", … } } or { messages: ["needs[3].end : …"] }
 */
export function checkNeed(draft: NeedDraft, world: CommissionWorld): { record: TableRecord } | { messages: string[] } {
  // Hours as French readers type them (« 120 », « 1 200 », « 37,5 »); a dot is refused rather than guessed.
  const typed = draft.hours.replace(/[\s\u00a0\u202f]/g, "");
  const hours = /^\d+(,\d+)?$/.test(typed) ? Number(typed.replace(",", ".")) : Number.NaN;
  if (draft.company === "") return { messages: ["Entreprise : choisissez l'entreprise du besoin"] };
  if (!(hours > 0))
    return { messages: [`Heures : indiquez un nombre d'heures positif, virgule pour les décimales (reçu « ${draft.hours} »)`] };
  if (draft.end === "") return { messages: ["Fin : indiquez la date de fin du besoin"] };
  const id = nextId(world);
  const need = {
    id,
    company: draft.company,
    market: draft.market,
    ...(draft.trade.trim() ? { trade: draft.trade.trim() } : {}),
    hours,
    start: draft.start,
    end: draft.end,
    ...(draft.place.trim() ? { place: draft.place.trim() } : {}),
    status: "ouvert",
  };
  const existing = world.data.needs.map((known) => ({ ...known, market: known.market ?? "mutualisé" }));
  const markets = world.base.contracts.map((contract) => ({ id: contract.id, company: contract.company, pooled: contract.pooled }));
  try {
    commissionFromJson({ needs: [...existing, need] }, markets, new Set(world.people.map((person) => person.id)));
  } catch (error) {
    return { messages: errorsOf(error).map((found) => found.reason) };
  }
  return { record: need };
}

function nextId(world: CommissionWorld): string {
  const numbers = world.data.needs.map((need) => /^B(\d+)$/.exec(need.id)?.[1]).filter((found): found is string => found !== undefined);
  return `B${Math.max(0, ...numbers.map(Number)) + 1}`;
}
