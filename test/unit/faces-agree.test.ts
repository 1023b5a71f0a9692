/**
 * One answer at any scale: the demo workbook and a territory grown to 20 000 hour lines, computed
 * through every face — the pane (what the Mutualisation and Bilans panels read, compute and write),
 * the custom functions (called as Excel calls them, on `Table[#Tout]`), the pipeline (`clauses run`,
 * « Tout recalculer ») and the CLI on the territory's JSON — give equal tables, figure by figure.
 * Before, the pane ignored the Participants' countable windows: 25 100 Ventilation rows at 20k
 * against 24 777 for `clauses run`.
 */
import {
  encodeTable,
  hoursTable,
  marketsTable,
  participantsTable,
  roundTo,
  sectionOf,
  todayDay,
  ventilationTable,
  type Cell,
  type TableDef,
  type TableRecord,
} from "../../domain";
import { bilanRecords, type ReportView } from "../../domain/reporting";
import { ventilationSection, type VentilationResult } from "../../domain/ventilation";
import { grownJson, grownTables } from "../../scripts/bench/territory-workbook";
import { main } from "../../src/cli/main";
import { demoTables } from "../../src/demo/territory";
import { runPipeline } from "../../src/pipeline/run-pipeline";
import { eligibility } from "../../src/plugins/eligibility/functions";
import { plugins } from "../../src/plugins/registry";
import { paneViews } from "../../src/plugins/reporting/bilan-state";
import { realisationRate } from "../../src/plugins/reporting/functions";
import { readBilanTables } from "../../src/plugins/reporting/use-bilan-tables";
import { hoursExcess, hoursVentilate } from "../../src/plugins/ventilation/functions";
import { localEngine } from "../../src/plugins/ventilation/pooling-engine";
import { readPoolingSnapshots } from "../../src/plugins/ventilation/use-pooling-tables";
import { nationalPack } from "../../src/composition/root";
import { MemoryWorkbook } from "../../src/workbook/memory-workbook";
import { memoryIo } from "../support/memory-io";

jest.setTimeout(300_000);

const pack = nationalPack();
const today = todayDay();
const r4 = (value: number) => roundTo(value, 4);

type Tables = readonly (readonly [TableDef, readonly TableRecord[]])[];

function workbookOf(tables: Tables): MemoryWorkbook {
  return new MemoryWorkbook(
    Object.fromEntries(
      tables.map(([table, records]) => {
        const [headers = [], ...rows] = encodeTable(table, records);
        return [table.name, { headers, rows }];
      }),
    ),
  );
}

const all = (tables: Tables, table: TableDef): Cell[][] => encodeTable(table, tables.find(([def]) => def === table)?.[1] ?? []);

/** A view without its labels and line traces (a JSON territory has no names, and its lines are positions, not sheet rows). */
function figuresOf(view: unknown): unknown {
  return JSON.parse(JSON.stringify(view), (key, value) => (key === "label" || key === "lines" ? undefined : value));
}

async function cli(args: string[], input: unknown): Promise<any> {
  const io = memoryIo(JSON.stringify(input));
  const code = await main([...args, "--input", "-"], io);
  expect([code, io.err]).toEqual([0, ""]);
  return JSON.parse(io.out);
}

describe.each([
  ["the demo workbook", demoTables as Tables],
  ["a territory grown to 20 000 hour lines", grownTables(20_000) as Tables],
])("%s through every face", (_name, tables) => {
  const policy = sectionOf(pack, ventilationSection).policy.value;
  const spread = sectionOf(pack, ventilationSection).spread.value;
  let pipeline: { ventilation: VentilationResult; records: Cell[][]; bilans: Cell[][]; people: { id: string; main: string | null }[] };
  let pane: { result: VentilationResult; records: TableRecord[] };

  beforeAll(async () => {
    const workbook = workbookOf(tables);
    const report = await runPipeline({ workbook, plugins, pack, today });
    expect(report.errors.map((error) => error.message)).toEqual([]);
    pipeline = {
      ventilation: report.results.ventilation as VentilationResult,
      records: (await workbook.readTable(ventilationTable))!.rows,
      bilans: (await workbook.readTable(plugins.find((plugin) => plugin.id === "reporting")!.tables!.writes[0]!))!.rows,
      people: (report.results.eligibility as { people: { id: string; main: string | null }[] }).people,
    };
    // The pane: what the Mutualisation panel reads, and its engine (the Web Worker's code) decodes,
    // computes and builds for « Écrire la ventilation ».
    const read = await readPoolingSnapshots(workbookOf(tables), 0);
    if (read.status !== "ready") throw new Error(JSON.stringify(read));
    const engine = localEngine();
    const loaded = await engine.load(read.snapshots, pack, today);
    const view = await engine.view(policy, spread);
    const records = await engine.records(policy, spread);
    if (!loaded.ok || !view.ok || !records.ok) throw new Error("the pane's engine failed");
    pane = { result: view.value.result, records: records.value };
  });

  it("the Ventilation table the pane writes is the one `clauses run` writes, row by row", async () => {
    const encoded = encodeTable(ventilationTable, pane.records).slice(1);
    expect(encoded.length).toBe(pipeline.records.length);
    expect(encoded).toEqual(pipeline.records);
  });

  it("each contract's direct, ventilated, total and remaining hours: pane = functions = pipeline = CLI on JSON", async () => {
    const json = grownJson(tables, today);
    const fromCli = (await cli(["ventilate"], json)) as { markets: { id: string; direct: number; ventilated: number; total: number }[] };
    const spilled = hoursVentilate(
      all(tables, marketsTable),
      all(tables, hoursTable),
      null as never,
      null as never,
      all(tables, participantsTable),
    );
    // To 4 decimals, the total being the sum of the rounded parts (as `clauses ventilate` prints it).
    const figures = (result: VentilationResult) =>
      result.markets.map((market) => [market.id, r4(market.direct), r4(market.ventilated), r4(r4(market.direct) + r4(market.ventilated))]);
    const expected = figures(pipeline.ventilation);
    expect(expected.length).toBeGreaterThan(0);
    expect(figures(pane.result)).toEqual(expected);
    expect(fromCli.markets.map((market) => [market.id, market.direct, market.ventilated, market.total])).toEqual(expected);
    expect(spilled.slice(1).map((row, index) => [expected[index]?.[0], ...row.slice(0, 3)])).toEqual(expected);
  });

  it("each company's excess, out-of-period and not-countable hours agree, and the hours set aside are not zero where windows apply", async () => {
    const companies = pipeline.ventilation.companies.map((company) => company.company);
    const excess = hoursExcess(
      all(tables, marketsTable),
      all(tables, hoursTable),
      companies.map((company) => [company]),
      null as never,
      all(tables, participantsTable),
    );
    const figures = pipeline.ventilation.companies.map((company) => [r4(company.excess), r4(company.outOfPeriod)]);
    expect(excess).toEqual(figures);
    expect(pane.result.companies.map((company) => r4(company.notCountable))).toEqual(
      pipeline.ventilation.companies.map((company) => r4(company.notCountable)),
    );
    if (tables !== demoTables) expect(pipeline.ventilation.totals.notCountable).toBeGreaterThan(0);
  });

  it("the bilans: the pane's view = the CLI's `report` = the Bilans table of `clauses run`; REALISATION_RATE = the pane's rate", async () => {
    // What the Bilans panel reads and its engine (the Web Worker's code) builds.
    const read = await readBilanTables(workbookOf(tables), pack, today);
    if (read.status !== "ready") throw new Error(JSON.stringify(read));
    const base = read.base;
    const paneView = paneViews(base, pack, { grouping: "buyer", from: "", to: "", audience: "facilitator" }).view;
    const fromCli = (await cli(["report", "--by", "buyer", "--audience", "facilitator"], grownJson(tables, today))) as ReportView;
    // Figure by figure: the JSON has no names table (buyers read by code) and traces its lines by position.
    expect(figuresOf(paneView)).toEqual(figuresOf(fromCli));
    // The pipeline writes the buyers' bilans first (with the territory), then companies, contracts, years.
    const buyers = encodeTable(plugins.find((plugin) => plugin.id === "reporting")!.tables!.writes[0]!, bilanRecords(paneView)).slice(1);
    expect(pipeline.bilans.slice(0, buyers.length)).toEqual(buyers);
    const ids = base.contracts.filter((contract) => contract.obligation > 0).map((contract) => contract.id);
    const rates = realisationRate(
      all(tables, marketsTable),
      all(tables, hoursTable),
      ids.map((id) => [id]),
      all(tables, participantsTable),
    );
    const paneRates = ids.map((id) => {
      const cents = base.leaves.reduce((sum, leaf) => (leaf.market === id ? sum + leaf.cents : sum), 0);
      return [r4(cents / 100 / base.contractById.get(id)!.obligation)];
    });
    expect(rates).toEqual(paneRates);
  });

  it("eligibility: ELIGIBILITY on Participants[#Tout] = the pipeline's = the CLI's", async () => {
    const fromFunction = eligibility(all(tables, participantsTable), null as never).map((row) => row[0]);
    expect(fromFunction).toEqual(pipeline.people.map((person) => person.main ?? "NON_ELIGIBLE"));
    const json = grownJson(tables, today);
    const fromCli = (await cli(["eligibility"], { people: json.people })) as {
      people: { id: string; eligible: boolean; criteria: string[] }[];
    };
    expect(fromCli.people.map((person) => [person.id, person.eligible])).toEqual(
      pipeline.people.map((person) => [person.id, person.main !== null]),
    );
  });
});
