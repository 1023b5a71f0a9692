/**
 * The commission's data as JSON (the territory file gains `needs`, `proposals` and `steps`) or as
 * the workbook's decoded tables (Besoins, Positionnements, Étapes). Every problem is reported at
 * once, located by field or by table, row and column.
 */
import { z } from "zod";
import { DomainError, ValidationFailed, type Where } from "../errors";
import { normalizeLabel } from "../text";
import { isoDateSchema, idSchema, parseOrThrow } from "../validation";
import { needsTable, POOLED_MARKET, proposalsTable, stepsTable, type DecodedRow } from "../workbook";
import { commissionErrors } from "./errors";
import type { CommissionData, Decision, Need, NeedStatus, Proposal, Step, StepKind } from "./model";

const needSchema = z
  .object({
    id: idSchema,
    company: idSchema,
    market: idSchema.optional(),
    trade: z.string().trim().min(1).optional(),
    hours: z.number().min(0),
    start: isoDateSchema,
    end: isoDateSchema,
    place: z.string().trim().min(1).optional(),
    status: z.enum(["ouvert", "pourvu", "annule"]).default("ouvert"),
  })
  .strict();

const proposalSchema = z
  .object({
    need: idSchema,
    participant: idSchema,
    prescriber: z.string().trim().min(1).optional(),
    date: isoDateSchema,
    decision: z.enum(["en-attente", "retenu", "non-retenu"]),
    reason: z.string().trim().min(1).optional(),
  })
  .strict();

const stepSchema = z
  .object({
    participant: idSchema,
    kind: z.enum(["emploi", "formation", "accompagnement"]),
    organisation: z.string().trim().min(1).optional(),
    market: idSchema.optional(),
    start: isoDateSchema,
    end: isoDateSchema,
    hours: z.number().min(0).optional(),
  })
  .strict();

/** The commission's part of a territory file; the other keys are the ventilation's and eligibility's. */
const commissionJsonSchema = z
  .object({
    needs: z.array(needSchema).default([]),
    proposals: z.array(proposalSchema).default([]),
    steps: z.array(stepSchema).default([]),
  })
  .passthrough();

/** What a need's checks need to know of the contracts. */
export interface MarketRef {
  id: string;
  company: string;
  pooled: boolean;
}

/**
 * The commission's data of a territory file, checked against its contracts and people.
 *
 * @example
 * commissionFromJson({ markets, lines, people, needs: [{ id: "B1", company: "BTP-RIVIERE", market: "M2", hours: 300, start: "2026-06-01", end: "2026-09-30" }] }, markets, ids)
 * // => { needs: [{ id: "B1", …, status: "ouvert" }], proposals: [], steps: [] }
 * @throws {ValidationFailed} listing every problem (`commission.need.unknown`, `commission.market.unknown`, `commission.need.endBeforeStart`…)
 */
export function commissionFromJson(json: unknown, markets: readonly MarketRef[], people: ReadonlySet<string>): CommissionData {
  const input = parseOrThrow(commissionJsonSchema, json);
  const needs: Need[] = input.needs.map((need) => ({ ...need, market: marketOf(need.market) }) as Need);
  const proposals = input.proposals as Proposal[];
  const steps: Step[] = input.steps.map((step) => ({ ...step, origin: "etapes" }) as Step);
  const errors = [
    ...checkNeeds(needs, markets, (index, field) => ({ field: `needs[${index}].${field}` })),
    ...checkProposals(proposals, needs, people, (index, field) => ({ field: `proposals[${index}].${field}` })),
    ...checkSteps(steps, people, (index, field) => ({ field: `steps[${index}].${field}` })),
  ];
  if (errors.length > 0) throw new ValidationFailed(errors);
  return { needs, proposals, steps };
}

export interface CommissionTables {
  needs?: readonly DecodedRow[];
  proposals?: readonly DecodedRow[];
  steps?: readonly DecodedRow[];
}

/**
 * The commission's data of the workbook's decoded tables (absent tables are empty).
 *
 * @example
 * commissionFromRows({ needs: rowsOfBesoins }, markets, participantIds).needs[0].market // => null for « mutualisé »
 * @throws {ValidationFailed} every problem located by table, row and column
 */
export function commissionFromRows(tables: CommissionTables, markets: readonly MarketRef[], people: ReadonlySet<string>): CommissionData {
  const needRows = tables.needs ?? [];
  const proposalRows = tables.proposals ?? [];
  const stepRows = tables.steps ?? [];
  const needs: Need[] = needRows.map(({ values }) => ({
    id: String(values.id),
    company: String(values.company),
    market: marketOf(values.market),
    ...optionalText("trade", values.trade),
    hours: Number(values.hours),
    start: String(values.start),
    end: String(values.end),
    ...optionalText("place", values.place),
    status: (values.status ?? "ouvert") as NeedStatus,
  }));
  const proposals: Proposal[] = proposalRows.map(({ values }) => ({
    need: String(values.need),
    participant: String(values.participant),
    ...optionalText("prescriber", values.prescriber),
    date: String(values.date),
    decision: values.decision as Decision,
    ...optionalText("reason", values.reason),
  }));
  const steps: Step[] = stepRows.map(({ values }) => ({
    participant: String(values.participant),
    kind: values.kind as StepKind,
    ...optionalText("organisation", values.organisation),
    ...optionalText("market", values.market),
    start: String(values.start),
    end: String(values.end),
    ...(typeof values.hours === "number" ? { hours: values.hours } : {}),
    origin: "etapes",
  }));
  const cell = (table: { sheet: string; columns: readonly { key: string; header: string }[] }, rows: readonly DecodedRow[]) => {
    return (index: number, field: string): Where => ({
      table: table.sheet,
      row: rows[index]?.row ?? index + 2,
      column: table.columns.find((column) => column.key === field)?.header ?? field,
    });
  };
  const errors = [
    ...checkNeeds(needs, markets, cell(needsTable, needRows)),
    ...checkProposals(proposals, needs, people, cell(proposalsTable, proposalRows)),
    ...checkSteps(steps, people, cell(stepsTable, stepRows)),
  ];
  if (errors.length > 0) throw new ValidationFailed(errors);
  return { needs, proposals, steps };
}

type Place = (index: number, field: string) => Where;

function marketOf(value: unknown): string | null {
  if (value === undefined || value === null || value === "") return null;
  const text = String(value);
  return normalizeLabel(text) === normalizeLabel(POOLED_MARKET) ? null : text;
}

function optionalText<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === "string" && value.trim() !== "" ? ({ [key]: value.trim() } as Record<K, string>) : {};
}

function checkNeeds(needs: readonly Need[], markets: readonly MarketRef[], at: Place): DomainError[] {
  const byId = new Map(markets.map((market) => [market.id, market]));
  const errors: DomainError[] = [];
  const seen = new Set<string>();
  needs.forEach((need, index) => {
    if (seen.has(need.id)) errors.push(commissionErrors.duplicateId(need.id, at(index, "id")));
    seen.add(need.id);
    if (need.end < need.start) errors.push(commissionErrors.needEndsBeforeStart(need.start, need.end, at(index, "end")));
    if (need.market === null) {
      const pooled = markets.some((market) => market.company === need.company && market.pooled);
      if (!pooled) errors.push(commissionErrors.pooledWithoutPooling(need.company, at(index, "market")));
      return;
    }
    const market = byId.get(need.market);
    if (!market) errors.push(commissionErrors.unknownMarket(need.market, at(index, "market")));
    else if (market.company !== need.company) {
      errors.push(commissionErrors.marketOfOtherCompany(need.market, market.company, need.company, at(index, "market")));
    }
  });
  return errors;
}

function checkProposals(proposals: readonly Proposal[], needs: readonly Need[], people: ReadonlySet<string>, at: Place): DomainError[] {
  const known = new Set(needs.map((need) => need.id));
  const errors: DomainError[] = [];
  proposals.forEach((proposal, index) => {
    if (!known.has(proposal.need)) errors.push(commissionErrors.unknownNeed(proposal.need, at(index, "need")));
    if (!people.has(proposal.participant)) errors.push(commissionErrors.unknownParticipant(proposal.participant, at(index, "participant")));
  });
  return errors;
}

function checkSteps(steps: readonly Step[], people: ReadonlySet<string>, at: Place): DomainError[] {
  const errors: DomainError[] = [];
  steps.forEach((step, index) => {
    if (!people.has(step.participant)) errors.push(commissionErrors.unknownParticipant(step.participant, at(index, "participant")));
    if (step.end < step.start) errors.push(commissionErrors.stepEndsBeforeStart(step.start, step.end, at(index, "end")));
  });
  return errors;
}
