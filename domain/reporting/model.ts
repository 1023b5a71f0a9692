/**
 * What the bilans are computed from: the territory's contracts, hour lines and people, and where
 * the ventilation put every line's hours, month by month (`Share`). Hours are also kept as
 * « leaves » rounded once to the cent, so every figure of every bilan is a sum of the same rounded
 * leaves: the buyers' hours add up to the territory's to the cent, months to the year, modes to the total.
 */
import type { Day } from "../dates";
import type { LineRule } from "./counting";

export type ScopeKind = "territory" | "buyer" | "contract" | "company";

/** Who a bilan is about. `id` is null for the territory. */
export interface Scope {
  kind: ScopeKind;
  id: string | null;
  label: string;
}

/** Whole months, both ends inclusive (`yyyy-mm`). */
export interface Period {
  from: string;
  to: string;
}

export interface ContractInfo {
  id: string;
  company: string;
  /** Absent when the Marchés row names none: the bilans then group it under « acheteur non renseigné ». */
  buyer?: string;
  label?: string;
  obligation: number;
  start: Day;
  end: Day;
  pooled: boolean;
}

export interface LineInfo {
  company: string;
  participant?: string;
  /** The contract a direct line is assigned to. */
  market?: string;
  mode?: string;
  contractType?: string;
  employer?: string;
  hours: number;
  /** Where the line is: its sheet row in Heures, or its position in the JSON `lines`. */
  ref: number;
}

/** What the bilans know of a person: categories only, never a date of birth or a benefit. */
export interface PersonProfile {
  id: string;
  sex?: "F" | "M";
  /** Code of the pack's age band at entry. */
  ageBand?: string;
  qpv?: boolean;
  /** Main criterion at entry (facilitator's view only); `NON_ELIGIBLE`; undefined once purged. */
  criterion?: string;
  purged: boolean;
  exitDate?: Day;
  /** Situation codes of the pack. */
  exitSituation?: string;
  after6Months?: string;
}

export type CreditKind = "direct" | "ventilated";
export type AsideKind = "excess" | "outOfPeriod" | "notCountable";

/** Hours of one line in one month, credited to a contract or set aside. */
export interface Share {
  line: number;
  month: string;
  /** The contract credited; null for hours set aside. */
  market: string | null;
  kind: CreditKind | AsideKind;
  hours: number;
}

/** Hours with the same scope-relevant attributes, rounded once to the cent (integer cents). */
export interface Leaf {
  kind: Share["kind"];
  market: string | null;
  /** The contract the line is assigned to (direct lines), which owns the hours it sets aside. */
  lineMarket: string | null;
  company: string;
  month: string;
  mode: string;
  /** Hours of lines without a participant (counted in hours, not in people). */
  anonymous: boolean;
  cents: number;
}

/** Everything the bilans are computed from, once per territory. */
export interface ReportBase {
  contracts: ContractInfo[];
  contractById: ReadonlyMap<string, ContractInfo>;
  lines: LineInfo[];
  people: ReadonlyMap<string, PersonProfile>;
  shares: Share[];
  leaves: Leaf[];
  /** Months with hours, sorted. */
  months: string[];
  /** Display names of buyers and companies when the workbook has them (Acheteurs, Entreprises). */
  names: { buyers: ReadonlyMap<string, string>; companies: ReadonlyMap<string, string> };
  /** Whether line refs are rows of the Heures table or positions in a JSON `lines` list. */
  lineSource: "workbook" | "json";
  rulePack: string;
  policy: string;
  spread: string;
  inputDigest: string;
  /** What the counting rules of the modes did (only the lines a rule converted, capped or excluded). */
  counting: CountingBase;
  /** Reference date (today, or the date asked): elapsed time and outcomes at 6 months are judged on it. */
  today: Day;
}

/** One category of a breakdown (a part of a partition: the parts add up to the total). */
export interface Part {
  code: string;
  label: string;
  value: number;
}

/** The lines a counting rule touched, indexed the ways the bilans read them. */
export interface CountingBase {
  /** By line index: the rules applied to the line, with their versions. */
  byLine: ReadonlyMap<number, readonly LineRule[]>;
  /** Hours a rule removed (capped, excluded) from the lines assigned to a contract, by contract id. */
  removedByMarket: ReadonlyMap<string, readonly LineRule[]>;
  /** Hours a rule removed from pooled lines (no contract of their own): the company's, by company id. */
  removedPooled: ReadonlyMap<string, readonly LineRule[]>;
}
