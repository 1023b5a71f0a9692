/**
 * A territory grown from the demo workbook to a given number of hour lines: the demo's tables plus
 * a generated territory (`generateTerritory`) with its buyers, companies and participants, so every
 * face (pane, functions, `clauses run`, CLI on JSON) has Participants to take countable windows
 * from. The faces-agree test and `npm run bench:pane` use it; `territoryXlsx` writes it as .xlsx.
 */
import {
  buyersTable,
  companiesTable,
  dayFromIso,
  decodeTable,
  encodeTable,
  hoursTable,
  isoFromDay,
  marketsTable,
  participantsTable,
  type TableDef,
  type TableRecord,
} from "../../domain";
import { eligibilitySection, factsFromRecord, type ParticipantFacts } from "../../domain/eligibility";
import { sectionOf } from "../../domain/rules";
import { demoTables } from "../../src/demo/territory";
import { nationalPack } from "../../src/composition/root";
import { generateTerritory } from "./territory";

const BUYERS = ["VILLE-VR", "HABITAT-SUD", "DEPT-VAL"];
const MODES = ["embauche-directe", "mise-a-disposition", "sous-traitance"];
const CONTRACTS = ["CDD", "CDI", "interim"];

/**
 * The tables of a grown territory, demo rows first (generated contracts are T1…, companies E1…).
 *
 * @example
 * grownTables(20_000).find(([table]) => table === hoursTable)?.[1].length // => 20_061 (the demo's lines and 20 000 more)
 */
export function grownTables(lines: number): [TableDef, TableRecord[]][] {
  const generated = generateTerritory(lines);
  const rename = (id: string) => `T${id.slice(1)}`;
  const markets: TableRecord[] = generated.markets.map((market, index) => ({
    ...market,
    id: rename(market.id),
    buyer: BUYERS[index % BUYERS.length],
    label: `Marché généré ${index + 1}`,
  }));
  const hours: TableRecord[] = generated.lines.map((line, index) => ({
    ...line,
    ...(line.market === undefined ? {} : { market: rename(line.market) }),
    mode: MODES[index % MODES.length],
    contractType: CONTRACTS[index % CONTRACTS.length],
  }));
  const companies = [...new Set(generated.markets.map((market) => market.company))].map((id) => ({ id, name: `Entreprise ${id}` }));
  const firstDay = new Map<string, number>();
  for (const line of generated.lines) {
    const day = dayFromIso(line.start);
    if (line.participant && !(firstDay.get(line.participant)! <= day)) firstDay.set(line.participant, day);
  }
  const late = new Map(generated.windows.map((window) => [window.participant, window.from as string]));
  const participants: TableRecord[] = [...firstDay.entries()].map(([id, first]) => {
    const from = late.get(id);
    // A late window: a job seeker who reaches 12 months (DELD) on the window's first day.
    if (from)
      return { id, birthDate: "1980-01-01", jobSeekerSince: isoFromDay(dayFromIso(from) - 365), firstClauseEntry: isoFromDay(first) };
    return { id, birthDate: "1985-06-15", benefits: ["RSA"], firstClauseEntry: isoFromDay(first) };
  });
  const extra = new Map<TableDef, TableRecord[]>([
    [buyersTable, []],
    [companiesTable, companies],
    [marketsTable, markets],
    [participantsTable, participants],
    [hoursTable, hours],
  ]);
  return demoTables.map(([table, records]) => [table, [...records, ...(extra.get(table) ?? [])]]);
}

/**
 * The same territory as the JSON every command reads (`{"markets", "lines", "people"}`).
 *
 * @example
 * grownJson(grownTables(20_000), today).people.length // => 1 000 or so
 */
export function grownJson(tables: readonly (readonly [TableDef, readonly TableRecord[]])[], today: number) {
  const of = (def: TableDef) => decodeTable(def, encodeTable(def, tables.find(([table]) => table === def)?.[1] ?? [])).rows;
  const rules = sectionOf(nationalPack(), eligibilitySection);
  const keep = (values: TableRecord, keys: readonly string[]) =>
    Object.fromEntries(keys.filter((key) => values[key] !== undefined).map((key) => [key, values[key]]));
  return {
    markets: of(marketsTable).map(({ values }) => ({
      ...keep(values, ["id", "company", "buyer", "label", "start", "end", "obligation", "labourShare", "hourlyCost"]),
      pooled: values.pooled === undefined ? true : values.pooled,
    })),
    lines: of(hoursTable).map(({ values }) =>
      keep(values, ["company", "participant", "market", "mode", "contractType", "employer", "start", "end", "hours", "amountInvoiced"]),
    ),
    people: of(participantsTable).map(
      ({ row, values }): ParticipantFacts => factsFromRecord(values, rules, today, { table: participantsTable.sheet, row }).facts,
    ),
  };
}

/**
 * The grown territory as an .xlsx the preview (or `clauses run`) opens.
 *
 * @example
 * await writeFile("territoire-100k.xlsx", await territoryXlsx(100_000));
 */
export async function territoryXlsx(lines: number): Promise<Uint8Array> {
  const { XlsxWorkbook } = await import("../../src/workbook/xlsx-workbook");
  const { SETTINGS } = await import("../../src/workbook/port");
  const { WORKBOOK_SCHEMA_VERSION } = await import("../../domain");
  const workbook = XlsxWorkbook.create();
  await workbook.writeTables(grownTables(lines).map(([table, records]) => ({ table, records, mode: "append" as const })));
  await workbook.writeSetting(SETTINGS.schemaVersion, WORKBOOK_SCHEMA_VERSION);
  return workbook.toBytes();
}
