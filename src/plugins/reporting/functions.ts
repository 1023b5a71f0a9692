/**
 * Custom functions of the bilans, for the facilitator's own dashboards: =CLAUSES.REALISATION_RATE
 * and =CLAUSES.PARTICIPANTS (in French Excel: =CLAUSES.TAUX_REALISATION, =CLAUSES.PARTICIPANTS).
 *
 * They take the tables as Excel passes them: with the header row (`Heures[#Tout]`), or data rows
 * with every column of the table in order (`Heures[#Données]`); a narrower range, a missing column,
 * a number stored as text or an error value gives #VALUE! naming it, never a figure. With the Participants table, hours outside a person's eligibility do not count, as
 * in the Bilans pane and `clauses run`; without it every hour counts. These figures stay in the
 * facilitator's workbook: counts are exact, nothing is masked.
 */
import { errorsOf, hoursTable, marketsTable, packRef, participantsTable, roundTo, todayDay, type DecodeResult } from "../../../domain";
import { baseFromRows, bucketOf, bucketsOf, NO_BUYER, type ReportBase, type ScopeKind } from "../../../domain/reporting";
import { activePack } from "../../plugin-kit/rules/active-pack";
import { excelError, isBlankCell, isOmitted, mapCells, tableArgument } from "../../plugin-kit/functions/excel-io";
import { RangeMemo } from "../ventilation/memo";
import { topRow } from "../ventilation/functions";

/** Columns of Marchés the ventilation needs besides its id (as the pooling functions). */
const MARKET_NEEDS = ["company", "start", "end", "obligation"];

type Outcome = { ok: true; base: ReportBase } | { ok: false; message: string };

const memo = new RangeMemo<Outcome>(8);

/**
 * Share of a contract's hours due that is realised: (direct + ventilated hours) ÷ hours due, after pooling.
 * @customfunction REALISATION_RATE
 * @param contracts The Marchés table: its data rows in the standard column order, or with its header row.
 * @param hours The Heures table: its data rows in the standard column order, or with its header row.
 * @param contract_id A contract (or a range of contracts).
 * @param [participants] The Participants table: hours outside a person's eligibility then do not count.
 * @param invocation Excel's invocation (addresses of the arguments, to name the rows at fault).
 * @requiresParameterAddresses
 * @returns The rate of realisation of each contract, between 0 and 1 (above 1 when direct hours exceed what is due).
 */
export function realisationRate(
  contracts: any[][],
  hours: any[][],
  contract_id: any[][],
  participants?: any[][],
  invocation?: CustomFunctions.Invocation,
): any[][] {
  const base = bilanBase(contracts, hours, participants ?? null, invocation);
  return mapCells(
    [contract_id],
    ([id]) => {
      if (isBlankCell(id)) return "";
      const contract = base.contractById.get(String(id).trim());
      if (!contract) throw excelError(`marché « ${String(id)} » absent de la plage des marchés`, "notAvailable");
      if (!(contract.obligation > 0)) throw excelError(`le marché « ${contract.id} » n'a pas d'heures dues : pas de taux`, "notAvailable");
      const cents = base.leaves.reduce((sum, leaf) => (leaf.market === contract.id ? sum + leaf.cents : sum), 0);
      return roundTo(cents / 100 / contract.obligation, 4);
    },
    ["marché"],
  );
}

/**
 * Number of distinct people whose hours count for a scope: the territory, a contract, a buyer or a company.
 * @customfunction PARTICIPANTS
 * @param hours The Heures table: its data rows in the standard column order, or with its header row.
 * @param [scope] A contract, buyer or company (or a range of them); the whole territory when omitted.
 * @param [contracts] The Marchés table: pooled hours are then ventilated, so a contract or a buyer counts the people whose hours it received.
 * @param [participants] The Participants table: hours outside a person's eligibility then do not count.
 * @param invocation Excel's invocation (addresses of the arguments, to name the rows at fault).
 * @requiresParameterAddresses
 * @returns The number of distinct participants of each scope.
 */
export function participantCount(
  hours: any[][],
  scope?: any[][],
  contracts?: any[][],
  participants?: any[][],
  invocation?: CustomFunctions.Invocation,
): any[][] {
  const base = bilanBase(isOmitted(contracts ?? null) ? [] : (contracts as any[][]), hours, participants ?? null, invocation, true);
  const withContracts = !isOmitted(contracts ?? null);
  return mapCells(
    [scope ?? null],
    ([id]) => {
      if (isBlankCell(id)) return countIn(base, "territory", null);
      const name = String(id).trim();
      const kind = kindOf(base, name, withContracts);
      if (!kind) {
        const hint = withContracts
          ? "des marchés, des acheteurs, des entreprises"
          : "des marchés et des entreprises des heures (donnez le tableau Marchés pour un acheteur)";
        throw excelError(`« ${name} » n'est aucun ${hint}`, "notAvailable");
      }
      return countIn(base, kind, name);
    },
    ["périmètre"],
  );
}

/** Which kind of scope a name is: a contract first, then a buyer, then a company. */
function kindOf(base: ReportBase, name: string, withContracts: boolean): Exclude<ScopeKind, "territory"> | null {
  if (base.contractById.has(name) || base.lines.some((line) => line.market === name)) return "contract";
  if (withContracts && base.contracts.some((contract) => (contract.buyer ?? NO_BUYER) === name)) return "buyer";
  if (base.lines.some((line) => line.company === name) || base.contracts.some((contract) => contract.company === name)) return "company";
  return null;
}

function countIn(base: ReportBase, kind: ScopeKind, id: string | null): number {
  const bucket = bucketOf(bucketsOf(base, kind), { kind, id, label: "" });
  const people = new Set<string>();
  for (const share of bucket.shares) {
    const participant = share.market === null ? undefined : base.lines[share.line]?.participant;
    if (participant !== undefined) people.add(participant);
  }
  return people.size;
}

/**
 * The bilans' base of the ranges (memoised: a calculated column calls it once per row). Without
 * the Marchés table (`linesOnly`), each line is credited to its own contract or company as worked:
 * pseudo-contracts are made from the lines so the same counting applies.
 */
function bilanBase(
  contracts: unknown[][],
  hours: unknown[][],
  people: unknown[][] | null,
  invocation?: CustomFunctions.Invocation,
  linesOnly = false,
): ReportBase {
  const pack = activePack();
  const addresses = invocation?.parameterAddresses ?? [];
  const peopleRange = isOmitted(people) ? [] : (people as unknown[][]);
  const tops = addresses.map(topRow);
  const key = { ranges: [contracts, hours, peopleRange], values: [packRef(pack), linesOnly, ...tops], addresses };
  const outcome = memo.get(key, () => {
    const positions = linesOnly ? { hours: 0, contracts: 2, people: 3 } : { contracts: 0, hours: 1, people: 3 };
    const decoded = [
      tableArgument(marketsTable, contracts as unknown[][], tops[positions.contracts], linesOnly ? [] : MARKET_NEEDS).decoded,
      tableArgument(hoursTable, hours as unknown[][], tops[positions.hours]).decoded,
      tableArgument(participantsTable, peopleRange, tops[positions.people]).decoded,
    ];
    const problems = decoded.flatMap((result) => result.errors.map((error) => error.message));
    if (problems.length > 0) return { ok: false, message: firstOf(problems) };
    const [markets, lines, persons] = decoded.map((result) => result.rows) as [
      DecodeResult["rows"],
      DecodeResult["rows"],
      DecodeResult["rows"],
    ];
    try {
      const rows = markets.length > 0 || !linesOnly ? markets : pseudoContracts(lines);
      return { ok: true, base: baseFromRows({ markets: rows, hours: lines, participants: persons }, pack, todayDay()) };
    } catch (error) {
      const messages = errorsOf(error).map((found) => found.message);
      if (messages.length === 0) throw error;
      return { ok: false, message: firstOf(messages) };
    }
  });
  if (!outcome.ok) throw excelError(outcome.message);
  return outcome.base;
}

/**
 * Without the Marchés table, one non-pooled contract per line's contract (or per company for lines
 * assigned to none), over all time and with nothing due: every line's hours are credited to it.
 */
function pseudoContracts(lines: DecodeResult["rows"]): DecodeResult["rows"] {
  const seen = new Set<string>();
  const rows: DecodeResult["rows"] = [];
  for (const { values } of lines) {
    const id = values.market === undefined ? `∑${String(values.company)}` : String(values.market);
    if (seen.has(id)) continue;
    seen.add(id);
    rows.push({
      row: 0,
      values: { id, company: String(values.company), start: "1900-03-01", end: "2999-12-31", obligation: 0, pooled: false },
    });
  }
  // Lines without a contract are assigned to their company's pseudo-contract.
  for (const line of lines)
    if (line.values.market === undefined) line.values = { ...line.values, market: `∑${String(line.values.company)}` };
  return rows;
}

function firstOf(messages: readonly string[]): string {
  const [first = "données invalides", ...rest] = messages;
  return rest.length === 0
    ? first
    : `${first} (et ${rest.length} autre${rest.length > 1 ? "s" : ""} problème${rest.length > 1 ? "s" : ""})`;
}
