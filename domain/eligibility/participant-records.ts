/**
 * Participant facts ⇄ rows of the workbook's `Participants` table.
 *
 * Benefits are typed in one cell, one entry per benefit with optional dates, the way a facilitator
 * writes them: « RSA du 01/02/2025 ; AAH du 01/01/2024 au 31/12/2026 ; ASS ». Codes may be typed by
 * label; errors name the table, row and column.
 */
import { isoFromDay, readDateCell, type Day } from "../dates";
import type { DomainError, Where } from "../errors";
import { benefitInvalid, benefitUnreadable, derogationWithoutReason, levelInvalid } from "./errors";
import { participantsTable, type TableRecord } from "../workbook";
import { checkFacts, type BenefitPeriod, type FieldNamer, type ParticipantFacts } from "./facts";
import type { EligibilityRules } from "./rules";
import { frenchDate } from "../text";

const BENEFIT_ENTRY = /^(.+?)(?:\s+(?:du|depuis(?:\s+le)?)\s+(\S+))?(?:\s+(?:au|jusqu'au|jusqu’au)\s+(\S+))?$/i;

/**
 * Reads one benefit entry of the cell (dates as JJ/MM/AAAA or AAAA-MM-JJ).
 *
 * @example
 * parseBenefitEntry("RSA du 01/02/2025") // => { ok: true, value: { code: "RSA", from: "2025-02-01" } }
 * parseBenefitEntry("AAH du 01/01/2024 au 31/12/2026") // => { ok: true, value: { code: "AAH", from: "2024-01-01", to: "2026-12-31" } }
 * parseBenefitEntry("ASS du 31/02/2025") // => { ok: false, reason: "ASS : la date « 31/02/2025 » n'existe pas" }
 */
export function parseBenefitEntry(text: string): { ok: true; value: BenefitPeriod } | { ok: false; reason: string } {
  const match = BENEFIT_ENTRY.exec(text.trim());
  if (!match) return { ok: false, reason: benefitUnreadable(text) };
  const code = (match[1] ?? "").trim();
  const benefit: BenefitPeriod = { code };
  for (const [key, raw] of [
    ["from", match[2]],
    ["to", match[3]],
  ] as const) {
    if (raw === undefined) continue;
    const read = readDateCell(raw);
    if (!read.ok) return { ok: false, reason: `${code} : ${read.reason}` };
    benefit[key] = isoFromDay(read.day);
  }
  return { ok: true, value: benefit };
}

/**
 * Writes a benefit the way `parseBenefitEntry` reads it.
 *
 * @example
 * formatBenefitEntry({ code: "AAH", from: "2024-01-01", to: "2026-12-31" }) // => "AAH du 01/01/2024 au 31/12/2026"
 */
export function formatBenefitEntry(benefit: BenefitPeriod): string {
  const french = frenchDate;
  return [benefit.code, benefit.from ? `du ${french(benefit.from)}` : "", benefit.to ? `au ${french(benefit.to)}` : ""]
    .filter(Boolean)
    .join(" ");
}

/** Facts' field names that are not the key of a column. */
const COLUMN_OF: Record<string, string> = {
  "benefits.to": "benefits",
  rqth: "rqthFrom",
  "rqth.to": "rqthTo",
  derogation: "derogationReason",
  exit: "exitDate",
  purged: "purgedOn",
};

function columnNamer(where: Where): FieldNamer {
  return (field) => {
    const key = COLUMN_OF[field] ?? field;
    const header = participantsTable.columns.find((column) => column.key === key)?.header ?? key;
    return { ...where, column: header };
  };
}

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);
const iso = (value: unknown) => (typeof value === "string" ? value : undefined);
const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

/**
 * Reads the facts of one decoded `Participants` row, checking codes and dates against the pack.
 * Every problem is located (`Participants, ligne 4, colonne « Minima sociaux » : …`).
 *
 * @example
 * factsFromRecord({ id: "P004", benefits: ["RSA"], qpv: true }, rules, today, { table: "Participants", row: 5 })
 * // => { facts: { id: "P004", benefits: [{ code: "RSA" }], qpv: true }, errors: [] }
 */
export function factsFromRecord(
  record: TableRecord,
  rules: EligibilityRules,
  today: Day,
  where: Where = { table: participantsTable.sheet },
): { facts: ParticipantFacts; errors: DomainError[] } {
  const name = columnNamer(where);
  const errors: DomainError[] = [];
  const benefits: BenefitPeriod[] = [];
  for (const entry of list(record.benefits)) {
    const read = parseBenefitEntry(entry);
    if (read.ok) benefits.push(read.value);
    else errors.push(benefitInvalid(read.reason, name("benefits")));
  }
  const facts = dropUndefined<ParticipantFacts>({
    id: String(record.id ?? ""),
    birthDate: iso(record.birthDate),
    sex: record.sex === "F" || record.sex === "M" ? record.sex : undefined,
    qualificationLevel: typeof record.qualificationLevel === "number" ? record.qualificationLevel : undefined,
    schoolLeftDate: iso(record.schoolLeftDate),
    jobSeekerSince: iso(record.jobSeekerSince),
    benefits: benefits.length > 0 ? benefits : undefined,
    rqth:
      record.rqthFrom !== undefined || record.rqthTo !== undefined
        ? dropUndefined({ from: iso(record.rqthFrom), to: iso(record.rqthTo) })
        : undefined,
    qpv: typeof record.qpv === "boolean" ? record.qpv : undefined,
    structure: text(record.structure),
    programmes: list(record.programmes).length > 0 ? list(record.programmes) : undefined,
    prescriber: text(record.prescriber),
    firstClauseEntry: iso(record.firstClauseEntry),
    tradesWanted: list(record.tradesWanted).length > 0 ? list(record.tradesWanted) : undefined,
    availableFrom: iso(record.availableFrom),
    workingTime:
      record.workingTime === "temps-plein" || record.workingTime === "temps-partiel" || record.workingTime === "indifferent"
        ? record.workingTime
        : undefined,
    derogation: text(record.derogationReason)
      ? dropUndefined({ reason: text(record.derogationReason) as string, validatedOn: iso(record.derogationValidatedOn) })
      : undefined,
    exit: someDefined({
      date: iso(record.exitDate),
      situation: text(record.exitSituation),
      after6Months: text(record.situationAfter6Months),
    }),
    purged: purgedOf(record),
  });
  if (typeof record.qualificationLevel === "number" && (record.qualificationLevel < 1 || record.qualificationLevel > 8)) {
    errors.push(levelInvalid(record.qualificationLevel, name("qualificationLevel")));
    delete facts.qualificationLevel;
  }
  if (facts.derogation === undefined && record.derogationValidatedOn !== undefined) {
    errors.push(derogationWithoutReason(name("derogation")));
  }
  const checked = checkFacts(facts, rules, today, name);
  return { facts: checked.facts, errors: [...errors, ...checked.errors] };
}

/**
 * The `Participants` record of some facts (what the form appends).
 *
 * @example
 * recordFromFacts({ id: "P100", birthDate: "2001-05-10", benefits: [{ code: "RSA", from: "2025-02-01" }] })
 * // => { id: "P100", birthDate: "2001-05-10", benefits: ["RSA du 01/02/2025"], … }
 */
export function recordFromFacts(facts: ParticipantFacts): TableRecord {
  return dropUndefined<TableRecord>({
    id: facts.id,
    sex: facts.sex,
    birthDate: facts.birthDate,
    qualificationLevel: facts.qualificationLevel,
    schoolLeftDate: facts.schoolLeftDate,
    jobSeekerSince: facts.jobSeekerSince,
    benefits: facts.benefits?.length ? facts.benefits.map(formatBenefitEntry) : undefined,
    rqthFrom: facts.rqth?.from,
    rqthTo: facts.rqth?.to,
    qpv: facts.qpv,
    structure: facts.structure,
    programmes: facts.programmes?.length ? facts.programmes : undefined,
    prescriber: facts.prescriber,
    firstClauseEntry: facts.firstClauseEntry,
    tradesWanted: facts.tradesWanted?.length ? facts.tradesWanted : undefined,
    availableFrom: facts.availableFrom,
    workingTime: facts.workingTime,
    derogationReason: facts.derogation?.reason,
    derogationValidatedOn: facts.derogation?.validatedOn,
    exitDate: facts.exit?.date,
    exitSituation: facts.exit?.situation,
    situationAfter6Months: facts.exit?.after6Months,
    ageBandAtEntry: facts.purged?.ageBand,
    countableFrom: facts.purged?.countableFrom,
    countableUntil: facts.purged?.countableUntil,
    purgedOn: facts.purged?.on,
  });
}

/** What the purge left of a row, or undefined for a row never purged (the purge date is what marks it). */
function purgedOf(record: TableRecord): ParticipantFacts["purged"] {
  const on = iso(record.purgedOn);
  if (on === undefined) return undefined;
  return dropUndefined({
    on,
    ageBand: text(record.ageBandAtEntry),
    countableFrom: iso(record.countableFrom),
    countableUntil: iso(record.countableUntil),
  });
}

/** An object without its undefined keys, or undefined when none is left. */
function someDefined<T extends object>(value: T): T | undefined {
  const kept = dropUndefined(value);
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** Facts carry no `undefined` keys, so they compare and print cleanly. */
function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as T;
}
