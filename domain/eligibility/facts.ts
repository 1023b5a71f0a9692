/**
 * What the single prescription form records about a person (« fiche de prescription unique »),
 * and the checks that make the facts usable: dates that exist and make sense together, codes the
 * rule pack knows. Every field but the pseudonymous `id` is optional: a missing fact is never
 * guessed, it simply establishes nothing.
 */
import { birthTooEarly, dateInFuture, EARLIEST_BIRTH_ISO } from "./errors";
import { z } from "zod";
import { dayFromIso, isoFromDay, type Day } from "../dates";
import type { DomainError } from "../errors";
import { beforeBirth, bornInFuture, codeUnknown, rightEndsBeforeStart } from "./errors";
import { isoDateSchema } from "../rules/schema";
import { normalizeLabel } from "../text";
import type { EligibilityRules, ListEntry } from "./rules";

/** A benefit received, with its dates when known (inclusive; an absent end is open). */
export interface BenefitPeriod {
  code: string;
  from?: string;
  to?: string;
}

/** The facts of one person, dates as ISO strings (as in JSON and in the workbook's records). */
export interface ParticipantFacts {
  id: string;
  birthDate?: string;
  sex?: "F" | "M";
  /** French 2019 nomenclature: 1–8; 3 = CAP/BEP. */
  qualificationLevel?: number;
  schoolLeftDate?: string;
  /** Start of the continuous registration as a job seeker. */
  jobSeekerSince?: string;
  benefits?: BenefitPeriod[];
  rqth?: { from?: string; to?: string };
  qpv?: boolean;
  /** Code of the insertion or adapted structure employing or supporting the person. */
  structure?: string;
  programmes?: string[];
  prescriber?: string;
  firstClauseEntry?: string;
  /** What the person is looking for (the partners' commission): trades wanted, from when, full or part time. */
  tradesWanted?: string[];
  availableFrom?: string;
  workingTime?: "temps-plein" | "temps-partiel" | "indifferent";
  /** A prescriber's motivated opinion; it counts once the facilitator has validated it (`validatedOn`). */
  derogation?: { reason: string; validatedOn?: string };
  /** End of the path (« sortie ») and the situation then and 6 months later: codes of the pack's `reporting` section. */
  exit?: ExitFacts;
  /** Set by the retention purge: what stays of a person whose personal fields were removed. */
  purged?: PurgedFacts;
}

/** The outcome of a path, for the bilans (situations are checked against the pack by the reporting core). */
export interface ExitFacts {
  date?: string;
  situation?: string;
  after6Months?: string;
}

/**
 * What the purge keeps so that every bilan stays the same: the age band at entry (instead of the
 * birth date) and the countable window eligibility gave (dates only, never a criterion).
 */
export interface PurgedFacts {
  on: string;
  ageBand?: string;
  countableFrom?: string;
  countableUntil?: string;
}

/** The same facts with days instead of ISO strings, as the evaluation reads them. */
export interface DayFacts {
  id: string;
  birth?: Day;
  qualificationLevel?: number;
  schoolLeft?: Day;
  jobSeekerSince?: Day;
  benefits: { code: string; from?: Day; to?: Day }[];
  rqth?: { from?: Day; to?: Day };
  qpv: boolean;
  structure?: string;
  programmes: string[];
  firstClauseEntry?: Day;
  derogation?: { validatedOn?: Day };
}

const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);
const isoDate = optional(isoDateSchema);
const idSchema = z.union([z.string().trim().min(1), z.number().transform(String)], {
  error: (issue) => (issue.input === undefined ? "est obligatoire" : "doit être un identifiant (texte ou nombre)"),
});

const benefitSchema = z.union([
  z
    .string()
    .min(1)
    .transform((code) => ({ code })),
  z.object({ code: z.string().min(1), from: isoDate, to: isoDate }).strict(),
]);

/** Participant facts as JSON (the CLI's `people` entries); `null` counts as absent. */
export const participantFactsSchema = z
  .object({
    id: idSchema,
    birthDate: isoDate,
    sex: optional(z.enum(["F", "M"])),
    qualificationLevel: optional(z.number().int().min(1).max(8)),
    schoolLeftDate: isoDate,
    jobSeekerSince: isoDate,
    benefits: optional(z.array(benefitSchema)),
    rqth: optional(z.object({ from: isoDate, to: isoDate }).strict()),
    qpv: optional(z.boolean()),
    structure: optional(z.string().min(1)),
    programmes: optional(z.array(z.string().min(1))),
    prescriber: optional(z.string()),
    firstClauseEntry: isoDate,
    tradesWanted: optional(z.array(z.string().trim().min(1))),
    availableFrom: isoDate,
    workingTime: optional(z.enum(["temps-plein", "temps-partiel", "indifferent"])),
    derogation: optional(z.object({ reason: z.string().trim().min(1), validatedOn: isoDate }).strict()),
    exit: optional(
      z.object({ date: isoDate, situation: optional(z.string().trim().min(1)), after6Months: optional(z.string().trim().min(1)) }).strict(),
    ),
    purged: optional(
      z
        .object({ on: isoDateSchema, ageBand: optional(z.string().trim().min(1)), countableFrom: isoDate, countableUntil: isoDate })
        .strict(),
    ),
  })
  .strict();

/**
 * Converts facts to days, once, before the many evaluations of a search.
 *
 * @example
 * toDayFacts({ id: "A", birthDate: "2001-05-10" }).birth // => day of 2001-05-10
 */
export function toDayFacts(facts: ParticipantFacts): DayFacts {
  const day = (iso: string | undefined) => (iso === undefined ? undefined : dayFromIso(iso));
  return {
    id: facts.id,
    birth: day(facts.birthDate),
    qualificationLevel: facts.qualificationLevel,
    schoolLeft: day(facts.schoolLeftDate),
    jobSeekerSince: day(facts.jobSeekerSince),
    benefits: (facts.benefits ?? []).map((benefit) => ({ code: benefit.code, from: day(benefit.from), to: day(benefit.to) })),
    rqth: facts.rqth ? { from: day(facts.rqth.from), to: day(facts.rqth.to) } : undefined,
    qpv: facts.qpv === true,
    structure: facts.structure,
    programmes: facts.programmes ?? [],
    firstClauseEntry: day(facts.firstClauseEntry),
    derogation: facts.derogation ? { validatedOn: day(facts.derogation.validatedOn) } : undefined,
  };
}

/**
 * The code of a list entry typed by its code or its French label (accents and case ignored).
 *
 * @example
 * entryCode(rules.structures, "Entreprise d'insertion (EI)") // => "EI"
 * entryCode(rules.structures, "ei") // => "EI"
 * entryCode(rules.structures, "SCOP") // => null
 */
export function entryCode(entries: readonly ListEntry[], text: string): string | null {
  const wanted = normalizeLabel(text);
  return entries.find((entry) => normalizeLabel(entry.code) === wanted || normalizeLabel(entry.label) === wanted)?.code ?? null;
}

/** How a checked field is named in errors: a JSON path, or a workbook column. */
export type FieldNamer = (field: keyof ParticipantFacts | "benefits.to" | "rqth.to", index?: number) => { field?: string; column?: string };

/**
 * Checks what a schema cannot: codes the pack knows (typed codes or labels become codes), dates
 * in a sensible order, no birth in the future. Returns the facts with codes normalised, and every
 * problem found. Messages name the field, never the person's dates or benefits (personal data
 * may end up in logs): the facilitator sees the values in the row or the form.
 *
 * @example
 * checkFacts({ id: "B", birthDate: "2030-01-01" }, rules, dayFromIso("2026-03-02"), (field) => ({ field }))
 * // => { facts, errors: [« birthDate : la date de naissance est dans le futur (aujourd'hui : 2026-03-02) »] }
 */
export function checkFacts(
  facts: ParticipantFacts,
  rules: EligibilityRules,
  today: Day,
  name: FieldNamer,
): { facts: ParticipantFacts; errors: DomainError[] } {
  const errors: DomainError[] = [];
  const fail = (error: DomainError) => errors.push(error);
  const codes = (entries: readonly ListEntry[], typed: string, where: ReturnType<FieldNamer>, what: string): string => {
    const code = entryCode(entries, typed);
    if (code === null) fail(codeUnknown(what, typed, entries.map((e) => e.code).join(", "), where));
    return code ?? typed;
  };
  const checked: ParticipantFacts = { ...facts };
  if (facts.benefits) {
    checked.benefits = facts.benefits.map((benefit, index) => ({
      ...benefit,
      code: codes(rules.benefits, benefit.code, name("benefits", index), "minimum social"),
    }));
  }
  if (facts.structure !== undefined) checked.structure = codes(rules.structures, facts.structure, name("structure"), "type de structure");
  if (facts.programmes)
    checked.programmes = facts.programmes.map((code, index) => codes(rules.programmes, code, name("programmes", index), "dispositif"));
  checkDates(facts, today, name, fail);
  return { facts: checked, errors };
}

function checkDates(facts: ParticipantFacts, today: Day, name: FieldNamer, fail: (error: DomainError) => void): void {
  const birth = facts.birthDate === undefined ? undefined : dayFromIso(facts.birthDate);
  if (birth !== undefined && birth > today) {
    fail(bornInFuture(isoFromDay(today), name("birthDate")));
  }
  // Implausible dates are refused the same way from JSON and from the workbook (a birth in 1800 would count as « senior »).
  if (birth !== undefined && birth < dayFromIso(EARLIEST_BIRTH_ISO)) fail(birthTooEarly(name("birthDate")));
  // Dates that must be past: a school left or a registration after the reference date is a typo (2099 for 2009).
  const mustBePast = [
    ["jobSeekerSince", "l'inscription comme demandeur d'emploi", facts.jobSeekerSince],
    ["schoolLeftDate", "la sortie scolaire", facts.schoolLeftDate],
  ] as const;
  for (const [field, what, iso] of mustBePast) {
    if (iso !== undefined && dayFromIso(iso) > today) fail(dateInFuture(name(field), what, isoFromDay(today)));
  }
  const afterBirth: [keyof ParticipantFacts, string, string | undefined][] = [
    ["schoolLeftDate", "la sortie scolaire", facts.schoolLeftDate],
    ["jobSeekerSince", "l'inscription comme demandeur d'emploi", facts.jobSeekerSince],
    ["firstClauseEntry", "la première entrée dans une clause", facts.firstClauseEntry],
  ];
  for (const [field, what, iso] of afterBirth) {
    if (birth !== undefined && iso !== undefined && dayFromIso(iso) <= birth) {
      fail(beforeBirth(what, name(field)));
    }
  }
  if (facts.rqth?.from && facts.rqth.to && facts.rqth.to < facts.rqth.from) {
    fail(rightEndsBeforeStart("la RQTH", name("rqth.to")));
  }
  facts.benefits?.forEach((benefit, index) => {
    if (benefit.from && benefit.to && benefit.to < benefit.from) {
      fail(rightEndsBeforeStart("ce droit", name("benefits.to", index)));
    }
  });
}
