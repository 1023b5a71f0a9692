/**
 * The ventilation prepared when the workbook opens (`prepare` of the plugin) is the one the panel
 * gets: one decoding, one ventilation — and a load of other cells decoded again.
 */
import { dayFromIso, sectionOf } from "../../../domain";
import { ventilationSection } from "../../../domain/ventilation";
import { demoWorkbook } from "../../demo/demo-workbook";
import { servicesFor } from "../../composition/root";
import { poolingEngine, preparePooling } from "./engine";
import { readPoolingSnapshots } from "./use-pooling-tables";

const calls: string[] = [];
jest.mock("./worker-engine", () => ({
  // The worker's work, in the test: the same engine, each call counted.
  workerEngine: () => {
    const engine = jest.requireActual<typeof import("./pooling-engine")>("./pooling-engine").localEngine();
    return {
      ...engine,
      load: (...args: Parameters<typeof engine.load>) => (calls.push("load"), engine.load(...args)),
      view: (...args: Parameters<typeof engine.view>) => (calls.push("view"), engine.view(...args)),
    };
  },
}));

describe("the Mutualisation engine prepared when the workbook opens", () => {
  const globals = globalThis as { Worker?: unknown };
  beforeAll(() => (globals.Worker = class {}));
  afterAll(() => delete globals.Worker);

  it("decodes the tables once: the panel's load of the same cells is the prepared one; other cells are decoded again", async () => {
    const workbook = demoWorkbook();
    const today = dayFromIso("2026-11-26");
    const services = servicesFor(workbook, () => today);
    await preparePooling(services);
    expect(calls).toEqual(["load", "view"]);
    const engine = await poolingEngine();
    const read = await readPoolingSnapshots(workbook, 1);
    if (read.status !== "ready") throw new Error("tables not read");
    const pack = services.rules.active();
    expect(await engine.load(read.snapshots, pack, today)).toEqual({ ok: true, value: true });
    expect(calls).toEqual(["load", "view"]);
    const rules = sectionOf(pack, ventilationSection);
    const view = await engine.view(rules.policy.value, rules.spread.value);
    expect(view.ok && view.value.result.markets.find((market) => market.id === "M1")?.total).toBe(600);
    read.snapshots.hours!.rows[0]![0] = "autre";
    await engine.load(read.snapshots, pack, today);
    expect(calls.filter((call) => call === "load")).toHaveLength(2);
  });
});
