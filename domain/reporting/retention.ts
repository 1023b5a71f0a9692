/**
 * Retention of participants' personal data. The report lists the participants with no activity
 * (hours, entry, exit, validation) for more than N years (pack parameter, or chosen); the purge
 * removes their personal fields and keeps, in their place, only what the bilans count: sex, QPV,
 * exit and situations, the age band at entry and the countable window eligibility gave (dates,
 * never a criterion). Every bilan computed after the purge is the same as before, except the
 * facilitator's breakdown by criterion, where purged people become « données purgées ».
 */
import { addYearsToDay, dayFromIso, isoFromDay, type Day } from "../dates";
import type { CountableWindow } from "../countable";
import { retentionInvalid, retentionUnset } from "./errors";
import type { ParticipantFacts } from "../eligibility";
import { participantsTable, type TableRecord } from "../workbook";
import type { PersonProfile } from "./model";
import type { ReportingRules } from "./rules";

export interface RetentionEntry {
  participant: string;
  /** Last day something happened for the person (ISO). */
  lastActivity: string;
  /** Personal fields still filled, by their French header (what the purge would remove). */
  fields: string[];
}

export interface RetentionReport {
  reference: string;
  years: number;
  /** People whose last activity is before this day are due (ISO). */
  before: string;
  due: RetentionEntry[];
  /** Already purged (nothing personal left). */
  purged: number;
  /** People without any dated activity: their retention cannot be judged. */
  undated: string[];
}

/** The personal fields of a Participants row the purge removes (keys of the table's columns). */
export const PERSONAL_FIELDS = [
  "birthDate",
  "qualificationLevel",
  "schoolLeftDate",
  "jobSeekerSince",
  "benefits",
  "rqthFrom",
  "rqthTo",
  "structure",
  "programmes",
  "prescriber",
  "derogationReason",
  "derogationValidatedOn",
] as const;

/** The fields of a Validations row the purge removes (criteria and proofs are about the person). */
export const VALIDATION_PERSONAL_FIELDS = ["criteria", "proofs"] as const;

/**
 * The retention period in years: the one chosen, else the pack's; a French error when neither is set.
 *
 * @example
 * retentionYears(rules, undefined) // throws « la durée de conservation n'est pas fixée … » with the national pack
 * retentionYears(rules, 3) // => 3
 * @throws DomainError `reporting.retention.unset`, `reporting.retention.invalid`
 */
export function retentionYears(rules: ReportingRules, chosen: number | undefined): number {
  const years = chosen ?? rules.retention.years;
  if (years === null || years === undefined) {
    throw retentionUnset();
  }
  if (!Number.isInteger(years) || years < 1) {
    throw retentionInvalid(years);
  }
  return years;
}

/**
 * Who is due for the purge on `today`.
 *
 * @example
 * retentionReport(people, lastDays, 5, dayFromIso("2031-12-01"))
 * // => { years: 5, before: "2026-12-01", due: [{ participant: "P2", lastActivity: "2026-03-31", fields: ["Date de naissance", …] }], … }
 */
export function retentionReport(
  people: readonly ParticipantFacts[],
  activity: ReadonlyMap<string, Day>,
  years: number,
  today: Day,
): RetentionReport {
  const before = addYearsToDay(today, -years);
  const due: RetentionEntry[] = [];
  const undated: string[] = [];
  let purged = 0;
  for (const facts of people) {
    if (facts.purged) {
      purged += 1;
      continue;
    }
    const last = lastActivity(facts, activity.get(facts.id));
    if (last === undefined) undated.push(facts.id);
    else if (last < before) due.push({ participant: facts.id, lastActivity: isoFromDay(last), fields: filledFields(facts) });
  }
  due.sort((a, b) => a.lastActivity.localeCompare(b.lastActivity) || a.participant.localeCompare(b.participant));
  return { reference: isoFromDay(today), years, before: isoFromDay(before), due, purged, undated };
}

/**
 * The last day of activity of each participant in hour lines (their end) and validations.
 *
 * @example
 * activityDays([{ participant: "P1", end: "2026-03-31" }], []) // => Map { "P1" => day of 2026-03-31 }
 */
export function activityDays(
  lines: readonly { participant?: string; end: string }[],
  validations: readonly { participant: string; validatedOn: string }[] = [],
): Map<string, Day> {
  const days = new Map<string, Day>();
  const see = (participant: string | undefined, iso: string) => {
    if (participant === undefined) return;
    const day = dayFromIso(iso);
    if (day > (days.get(participant) ?? Number.NEGATIVE_INFINITY)) days.set(participant, day);
  };
  for (const line of lines) see(line.participant, line.end);
  for (const validation of validations) see(validation.participant, validation.validatedOn);
  return days;
}

function lastActivity(facts: ParticipantFacts, fromLines: Day | undefined): Day | undefined {
  const dates = [facts.firstClauseEntry, facts.exit?.date, facts.derogation?.validatedOn]
    .filter((iso): iso is string => iso !== undefined)
    .map((iso) => dayFromIso(iso));
  if (fromLines !== undefined) dates.push(fromLines);
  return dates.length > 0 ? Math.max(...dates) : undefined;
}

function filledFields(facts: ParticipantFacts): string[] {
  const filled: Record<(typeof PERSONAL_FIELDS)[number], unknown> = {
    birthDate: facts.birthDate,
    qualificationLevel: facts.qualificationLevel,
    schoolLeftDate: facts.schoolLeftDate,
    jobSeekerSince: facts.jobSeekerSince,
    benefits: facts.benefits?.length ? facts.benefits : undefined,
    rqthFrom: facts.rqth?.from,
    rqthTo: facts.rqth?.to,
    structure: facts.structure,
    programmes: facts.programmes?.length ? facts.programmes : undefined,
    prescriber: facts.prescriber,
    derogationReason: facts.derogation?.reason,
    derogationValidatedOn: facts.derogation?.validatedOn,
  };
  return PERSONAL_FIELDS.filter((key) => filled[key] !== undefined).map(
    (key) => participantsTable.columns.find((column) => column.key === key)?.header ?? key,
  );
}

/**
 * What stays of a person after the purge: categories and dates the bilans count, nothing else.
 *
 * @example
 * purgedFacts(p2, profile, window, dayFromIso("2031-12-01"))
 * // => { id: "P2", sex: "M", qpv: false, firstClauseEntry: "2026-02-01", exit: {…}, purged: { on: "2031-12-01", ageBand: "50-plus", countableFrom: "2025-06-01" } }
 */
export function purgedFacts(
  facts: ParticipantFacts,
  profile: PersonProfile,
  window: CountableWindow | undefined,
  today: Day,
): ParticipantFacts {
  return {
    id: facts.id,
    ...(facts.sex ? { sex: facts.sex } : {}),
    ...(facts.qpv === undefined ? {} : { qpv: facts.qpv }),
    ...(facts.firstClauseEntry ? { firstClauseEntry: facts.firstClauseEntry } : {}),
    ...(facts.exit ? { exit: { ...facts.exit } } : {}),
    purged: {
      on: isoFromDay(today),
      ...(profile.ageBand ? { ageBand: profile.ageBand } : {}),
      ...(window?.from ? { countableFrom: window.from } : {}),
      ...(window?.until ? { countableUntil: window.until } : {}),
    },
  };
}

/** Cells to rewrite in one row of a user table: `null` clears a cell. */
export interface RowUpdate {
  /** Sheet row, as Excel shows it. */
  row: number;
  /** The row's key, checked before writing (the table may have changed since it was read). */
  key: { column: string; value: string };
  values: Record<string, TableRecord[string] | null>;
}

/**
 * The Participants cells the purge rewrites for one person (personal fields cleared, what stays written).
 *
 * @example
 * participantUpdate(7, purged) // => { row: 7, key: { column: "id", value: "P2" }, values: { birthDate: null, …, purgedOn: "2031-12-01", ageBandAtEntry: "50-plus", … } }
 */
export function participantUpdate(row: number, purged: ParticipantFacts): RowUpdate {
  const cleared = Object.fromEntries(PERSONAL_FIELDS.map((key) => [key, null]));
  const kept = purged.purged;
  return {
    row,
    key: { column: "id", value: purged.id },
    values: {
      ...cleared,
      ageBandAtEntry: kept?.ageBand ?? null,
      countableFrom: kept?.countableFrom ?? null,
      countableUntil: kept?.countableUntil ?? null,
      purgedOn: kept?.on ?? null,
    },
  };
}

/**
 * The Validations cells the purge clears for a validation of a purged person (who validated and
 * when stays: the history the bilans relied on).
 *
 * @example
 * validationUpdate(4, "P2") // => { row: 4, key: { column: "participant", value: "P2" }, values: { criteria: null, proofs: null } }
 */
export function validationUpdate(row: number, participant: string): RowUpdate {
  return {
    row,
    key: { column: "participant", value: participant },
    values: Object.fromEntries(VALIDATION_PERSONAL_FIELDS.map((key) => [key, null])),
  };
}
