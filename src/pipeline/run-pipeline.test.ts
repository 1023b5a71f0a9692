import {
  bilansTable,
  DomainError,
  hoursTable,
  marketsTable,
  ValidationFailed,
  ventilationTable,
  type TableDef,
  type TableRecord,
} from "../../domain";
import { coveragePlugin, totalsPlugin, type Totals } from "../../test/support/pipeline-plugins";
import { demoWorkbook } from "../demo/demo-workbook";
import { nationalPack, plugins as registry } from "../composition/root";
import { definePlugin, type PipelineStep, type PluginDefinition } from "../plugins/types";
import { MemoryWorkbook } from "../workbook/memory-workbook";
import { orderSteps } from "./order-steps";
import { runPipeline } from "./run-pipeline";

const today = 20_600;

function stepPlugin(id: string, pipeline: PipelineStep): PluginDefinition {
  return definePlugin({ id, title: id, summary: id, tables: { reads: [], writes: [] }, pipeline });
}

describe("the pipeline runner", () => {
  it("runs steps after the ones they read, hands results along, and writes every table in one batch", async () => {
    const workbook = demoWorkbook();
    const writes = workbook.writes;
    const report = await runPipeline({
      workbook,
      plugins: [coveragePlugin, totalsPlugin],
      pack: nationalPack(),
      today,
      options: { policy: "EDF" },
    });
    expect(report.errors).toEqual([]);
    expect(report.steps).toEqual([
      { plugin: "totals", status: "done", errors: 0 },
      { plugin: "coverage", status: "done", errors: 0 },
    ]);
    expect(report).toMatchObject({ ok: true, rulePack: "national@2026.11.1", options: { policy: "EDF" } });
    // The demo's 1 220 pooled hours of BTP-RIVIERE, and its three contracts' 1 300 hours due.
    expect((report.results["totals"] as Totals).hours).toEqual({ "BTP-RIVIERE": 1220, "PROPRETE-VR": 350, "JARDINS-VAL": 196 });
    expect((report.results["totals"] as Totals).obligations["BTP-RIVIERE"]).toBe(1300);
    expect(report.written).toEqual([
      { table: "Bilans", rows: 6 },
      { table: "Ventilation", rows: 3 },
    ]);
    expect(workbook.writes).toBe(writes + 1);
    const [written] = (await workbook.readTable(ventilationTable))?.rows ?? [];
    const headers = (await workbook.readTable(ventilationTable))?.headers ?? [];
    const cell = (header: string) => written?.[headers.indexOf(header)];
    expect([cell("Marché"), cell("Nature"), cell("Heures"), cell("Règle de ventilation"), cell("Paquet de règles")]).toEqual([
      "BTP-RIVIERE",
      "réalisées",
      1220,
      "EDF",
      "national@2026.11.1",
    ]);
  });

  it("runs no step and writes nothing when the workbook has bad cells or broken references", async () => {
    const workbook = demoWorkbook();
    // The demo's 53 hour lines fill rows 2 to 54; this one lands on row 55.
    await workbook.appendRecords(hoursTable, [{ company: "INCONNUE", start: "2026-01-01", end: "2026-01-31", hours: 7 }]);
    const report = await runPipeline({ workbook, plugins: [totalsPlugin, coveragePlugin], pack: nationalPack(), today });
    expect(report.ok).toBe(false);
    expect(report.errors.map((error) => error.message)).toEqual([
      "Heures, ligne 55, colonne « Entreprise » : entreprise « INCONNUE » inconnue : elle n'est pas dans le tableau Entreprises",
    ]);
    expect(report.steps.map((step) => step.status)).toEqual(["skipped", "skipped"]);
    expect(await workbook.readTable(bilansTable)).toBeNull();
    const badCell = new MemoryWorkbook({
      Heures: { headers: ["Entreprise", "Début", "Fin", "Heures"], rows: [["X", "31/02/2026", "2026-03-01", 7]] },
    });
    expect(
      (await runPipeline({ workbook: badCell, plugins: [totalsPlugin], pack: nationalPack(), today })).errors.map((e) => e.message),
    ).toEqual(["Heures, ligne 2, colonne « Début » : la date « 31/02/2026 » n'existe pas"]);
  });

  it("collects the errors of every step, skips the steps that needed a failed one, and writes nothing", async () => {
    const workbook = demoWorkbook();
    const failing = (id: string, reason: string) =>
      stepPlugin(id, { run: () => ({ errors: [new DomainError("test", reason, { table: "Heures", row: 2, column: "Heures" })] }) });
    const throwing = stepPlugin("throwing", {
      run: () => Promise.reject(new ValidationFailed([new DomainError("test", "politique inconnue « XYZ »", { field: "policy" })])),
    });
    const report = await runPipeline({
      workbook,
      plugins: [totalsPlugin, failing("first", "trop d'heures"), throwing, stepPlugin("later", { after: ["first"], run: () => ({}) })],
      pack: nationalPack(),
      today,
    });
    expect(report.ok).toBe(false);
    expect(report.errors.map((error) => error.message)).toEqual([
      "Heures, ligne 2, colonne « Heures » : trop d'heures",
      "policy : politique inconnue « XYZ »",
    ]);
    expect(report.steps.map(({ plugin, status }) => `${plugin}:${status}`)).toEqual([
      "totals:done",
      "first:failed",
      "throwing:failed",
      "later:skipped",
    ]);
    expect(report.written).toEqual([]);
    expect(await workbook.readTable(bilansTable)).toBeNull();
  });

  it("lets an unexpected exception through (exit code 1 in the CLI, not a located error)", async () => {
    const broken = stepPlugin("broken", {
      run: () => {
        throw new TypeError("x is undefined");
      },
    });
    await expect(runPipeline({ workbook: demoWorkbook(), plugins: [broken], pack: nationalPack(), today })).rejects.toThrow(TypeError);
  });

  it("refuses a step that rewrites a user table, and two steps writing the same table", async () => {
    const rewrite = (id: string, table: TableDef) => stepPlugin(id, { run: () => ({ write: [{ table, records: [] as TableRecord[] }] }) });
    const report = await runPipeline({
      workbook: demoWorkbook(),
      plugins: [rewrite("greedy", marketsTable), totalsPlugin, rewrite("copycat", bilansTable)],
      pack: nationalPack(),
      today,
    });
    expect(report.errors.map((error) => error.message)).toEqual([
      "L'étape « greedy » veut réécrire le tableau Marchés, qui appartient au facilitateur : refusé",
      "Les étapes « totals » et « copycat » écrivent toutes deux le tableau Bilans",
    ]);
  });

  it("refuses a step that writes a table its plugin does not declare, and writes nothing", async () => {
    const workbook = demoWorkbook();
    const writes = workbook.writes;
    const sneaky = stepPlugin("sneaky", { run: () => ({ write: [{ table: ventilationTable, records: [] as TableRecord[] }] }) });
    const report = await runPipeline({ workbook, plugins: [sneaky], pack: nationalPack(), today });
    expect(report.ok).toBe(false);
    expect(report.errors.map((error) => [error.code, error.message])).toEqual([
      [
        "pipeline.write.undeclared",
        "L'étape « sneaky » veut écrire le tableau Ventilation, que son plugin ne déclare pas (tables.writes) : refusé",
      ],
    ]);
    expect(workbook.writes).toBe(writes);
  });

  it("runs the registry's steps on the demo workbook: eligibility, then the ventilation that reads its windows", async () => {
    const report = await runPipeline({ workbook: demoWorkbook(), plugins: registry, pack: nationalPack(), today });
    expect(report).toMatchObject({ ok: true, errors: [] });
    const order = report.steps.map((step) => step.plugin);
    expect(order.indexOf("eligibility")).toBeLessThan(order.indexOf("ventilation"));
    expect(report.steps.every((step) => step.status === "done")).toBe(true);
    expect(report.written.map((write) => write.table)).toContain("Ventilation");
  });
});

describe("ordering steps", () => {
  const step = (id: string, after: string[] = []) => stepPlugin(id, { after, run: () => ({}) });

  it("puts each step after the ones it reads, registry order otherwise", () => {
    expect(
      orderSteps([step("bilans", ["ventilation"]), step("eligibility"), step("ventilation", ["eligibility"]), step("drafting")]).map(
        (s) => s.plugin,
      ),
    ).toEqual(["eligibility", "ventilation", "bilans", "drafting"]);
  });

  it("names a missing step and a cycle in French", () => {
    expect(() => orderSteps([step("bilans", ["ventilation"])])).toThrow(
      "L'étape « bilans » a besoin de l'étape « ventilation », qui n'existe pas",
    );
    expect(() => orderSteps([step("a", ["b"]), step("b", ["a"])])).toThrow("Les étapes « a », « b » s'attendent l'une l'autre");
  });
});
