/**
 * `clauses ventilate` and `clauses validate`: the ventilation of a territory given as JSON (ISO
 * dates), and the check of the same input alone — the baseline the benchmark compares against.
 */
import { errorsOf, roundTo, sectionOf, ValidationFailed, type DomainError } from "../../../domain";
import { eligibilitySection, evaluateAll, peopleWindows, readPeople, unconfirmedEligibilityRules } from "../../../domain/eligibility";
import {
  prepareInput,
  readPolicy,
  readSpread,
  roundPreservingSum,
  ventilate,
  unknownParticipants,
  parseVentilationInput,
  ventilationOptions,
  ventilationSection,
  type PreparedInput,
  type VentilationInput,
  type VentilationChoice,
  type VentilationResult,
} from "../../../domain/ventilation";
import { printJson, requireInput } from "../../plugin-kit/cli/arguments";
import { nativeDigest } from "../../plugin-kit/digest/native-digest";
import type { CommandContext, CommandDefinition } from "../types";

const OPTIONS = {
  input: { type: "string", short: "i" },
  policy: { type: "string" },
  spread: { type: "string" },
} as const;

export const ventilateCommand: CommandDefinition = {
  summary: "mutualise les heures de chaque entreprise et les ventile entre ses marchés",
  usage:
    "clauses ventilate --input FICHIER.json [--policy earliest-end|earliest-start|pro-rata|pro-rata-remaining] [--spread calendar|workdays] [--detail]",
  options: { ...OPTIONS, detail: { type: "boolean" } },
  async run(context) {
    const detail = context.values.detail === true;
    const { prepared, digest, choice, windowRules } = await hashedRequest(context);
    const options = ventilationOptions(context.pack, { ...choice, detail, inputDigest: "…" });
    const result = ventilate(prepared, options);
    result.unconfirmed.push(...windowRules);
    result.confirmed = result.unconfirmed.length === 0;
    result.inputDigest = await digest;
    printJson(context.stdout, contractOutput(result, detail));
    return 0;
  },
};

/**
 * The request read and prepared, its digest under way (the platform hashes on another thread while
 * this one ventilates), and nothing else of the input: once hashed, the raw lines (a million objects
 * at 1M lines) are not needed, and letting them go keeps every garbage collection of the ventilation short.
 */
async function hashedRequest(context: CommandContext) {
  const { input, prepared } = await readRequest(context);
  const digest = nativeDigest(prepared.request);
  const engineInput: PreparedInput = { ...prepared, request: { markets: [], lines: [], windows: [] } };
  return { prepared: engineInput, digest, choice: choices(context, input), windowRules: windowRules(input, context) };
}

export const validateCommand: CommandDefinition = {
  summary: "vérifie une entrée de ventilation sans la calculer (mêmes contrôles que ventilate)",
  usage: "clauses validate --input FICHIER.json [--policy …] [--spread …]",
  options: OPTIONS,
  async run(context) {
    try {
      const { input, prepared } = await readRequest(context);
      const { policy, spread } = ventilationOptions(context.pack, choices(context, input));
      printJson(context.stdout, { ok: true, policy, spread, ...counts(prepared) });
      return 0;
    } catch (error) {
      const errors = errorsOf(error);
      if (errors.length === 0) throw error;
      printJson(context.stdout, { ok: false, errors: errors.map((found) => ({ message: found.message, ...found.where })) });
      throw error;
    }
  },
};

async function readRequest(context: CommandContext): Promise<{ input: VentilationInput; prepared: PreparedInput }> {
  const input = parseVentilationInput(await context.readJson(requireInput(context.values.input)));
  const unknown = unknownParticipants(input);
  if (unknown.length > 0) throw new ValidationFailed(unknown);
  const counting = sectionOf(context.pack, ventilationSection).counting;
  return { input, prepared: prepareInput({ ...input, windows: windowsOf(input, context) }, undefined, counting) };
}

/**
 * The input's countable windows; without them, those of its `people` (the eligibility core), so a
 * participant's hours outside their eligibility are set aside as not countable.
 */
function windowsOf(input: VentilationInput, context: CommandContext): VentilationInput["windows"] {
  if (input.windows !== undefined || input.people === undefined) return input.windows;
  const rules = sectionOf(context.pack, eligibilitySection);
  return peopleWindows(readPeople({ people: input.people }, rules, context.today), rules, context.today);
}

/** The eligibility rules « à confirmer » behind windows computed from `people` (none when the input gives its windows). */
function windowRules(input: VentilationInput, context: CommandContext): string[] {
  if (input.windows !== undefined || input.people === undefined) return [];
  const rules = sectionOf(context.pack, eligibilitySection);
  const people = readPeople({ people: input.people }, rules, context.today);
  const results = evaluateAll({ people: people.people.filter((facts) => !facts.purged) }, rules, context.today);
  return unconfirmedEligibilityRules(rules, results).map((text) => `fenêtres de comptabilisation (éligibilité) : ${text}`);
}

/** The command line's policy and spread win over the file's, which win over the rule pack's. */
function choices(context: CommandContext, input: VentilationInput): VentilationChoice {
  const errors: DomainError[] = [];
  const read = <T>(
    text: string | boolean | undefined,
    reader: (text: string, where: { field: string }) => T,
    field: string,
  ): T | undefined => {
    if (typeof text !== "string") return undefined;
    try {
      return reader(text, { field });
    } catch (error) {
      errors.push(...errorsOf(error));
      return undefined;
    }
  };
  const policy = read(context.values.policy, readPolicy, "--policy") ?? input.policy;
  const spread = read(context.values.spread, readSpread, "--spread") ?? input.spread;
  if (errors.length > 0) throw new ValidationFailed(errors);
  return { ...(policy ? { policy } : {}), ...(spread ? { spread } : {}) };
}

function counts(prepared: PreparedInput) {
  return {
    markets: prepared.markets.length,
    lines: prepared.lines.count,
    windows: prepared.request.windows.length,
    companies: prepared.companies.length,
    participants: prepared.participants.length,
    hours: roundTo(prepared.totalHours, 4),
  };
}

const r4 = (value: number) => roundTo(value, 4);

/** The output of the contract: hours to 4 decimals, totals that add up. */
function contractOutput(result: VentilationResult, detail: boolean) {
  const output: Record<string, unknown> = {
    policy: result.policy,
    spread: result.spread,
    markets: result.markets.map((market) => {
      const direct = r4(market.direct);
      const ventilated = r4(market.ventilated);
      const total = r4(direct + ventilated);
      return {
        id: market.id,
        obligation: market.obligation,
        direct,
        ventilated,
        total,
        remaining: r4(Math.max(0, market.obligation - total)),
      };
    }),
    companies: result.companies
      .map((company) => ({
        company: company.company,
        excess: r4(company.excess),
        outOfPeriod: r4(company.outOfPeriod),
        notCountable: r4(company.notCountable),
        // Hours the counting rules of the modes did not count, only when there are some (never lost).
        ...(company.capped > 0 ? { capped: r4(company.capped) } : {}),
        ...(company.excluded > 0 ? { excluded: r4(company.excluded) } : {}),
      }))
      .filter(
        (company) =>
          company.excess > 0 || company.outOfPeriod > 0 || company.notCountable > 0 || "capped" in company || "excluded" in company,
      ),
    totals: Object.fromEntries(
      Object.entries(result.totals)
        .filter(([key, value]) => !((key === "capped" || key === "excluded") && value === 0))
        .map(([key, value]) => [key, r4(value)]),
    ),
    // What the counting rules of the modes did to each line they converted, capped or excluded.
    ...(result.counting.length > 0 ? { lines: result.counting } : {}),
    rulePack: result.rulePack,
    inputDigest: result.inputDigest,
    confirmed: result.confirmed,
    unconfirmed: result.unconfirmed,
  };
  if (detail) {
    output.allocations = allocationsByMarket(result);
    output.setAside = (result.setAside ?? []).map((row) => ({ ...row, hours: r4(row.hours) })).filter((row) => row.hours > 0);
  }
  return output;
}

/** Contract × participant × month (direct and ventilated together), rounded so each contract's rows add up to its total. */
function allocationsByMarket(result: VentilationResult) {
  type Row = { market: string; participant: string | null; month: string; hours: number };
  // The engine lists allocations by contract, month, participant, then nature: the direct and the
  // ventilated hours of one row are neighbours, and a contract's rows one run (no key to build per allocation).
  const groups: Row[][] = [];
  let group: Row[] = [];
  let last: Row | undefined;
  for (const allocation of result.allocations ?? []) {
    if (last && last.market === allocation.market && last.month === allocation.month && last.participant === allocation.participant) {
      last.hours += allocation.hours;
      continue;
    }
    if (last && last.market !== allocation.market) groups.push((group = []));
    else if (!last) groups.push(group);
    last = { market: allocation.market, participant: allocation.participant, month: allocation.month, hours: allocation.hours };
    group.push(last);
  }
  const printed = new Map(result.markets.map((market) => [market.id, r4(r4(market.direct) + r4(market.ventilated))]));
  return groups.flatMap((rows) => {
    const rounded = roundPreservingSum(
      rows.map((row) => row.hours),
      4,
      printed.get(rows[0]?.market ?? ""),
    );
    // The rows are this function's own: rounded in place rather than copied (a million rows at 1M lines).
    rows.forEach((row, index) => (row.hours = rounded[index] as number));
    return rows.filter((row) => row.hours > 0);
  });
}
