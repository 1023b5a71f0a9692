/**
 * The Bilans base prepared when the workbook opens (`prepare` of the plugin) is the one the panel
 * gets, built once — and never reused on other cells, another pack or another day.
 */
import { dayFromIso, participantsTable } from "../../../domain";
import { demoWorkbook } from "../../demo/demo-workbook";
import { servicesFor } from "../../composition/root";
import { BILAN_TABLES, bilanOutcome } from "./bilan-engine";
import { buildBilanBase, prepareBilanBase } from "./bilan-build";

const built: unknown[] = [];
jest.mock("./bilan-worker-client", () => ({
  // The worker's work, in the test: the same state, asked in the same order.
  bilanInWorker: (...args: Parameters<typeof bilanOutcome>) => {
    built.push(args);
    const engine = jest.requireActual<typeof import("./bilan-engine")>("./bilan-engine");
    const state = engine.bilanState();
    return state.build(...args).then((load) => ({ load, engine: engine.localBilanEngine(state) }));
  },
}));

describe("the Bilans base prepared in the worker when the workbook opens", () => {
  const globals = globalThis as { Worker?: unknown };
  beforeAll(() => (globals.Worker = class {}));
  afterAll(() => delete globals.Worker);
  beforeEach(() => (built.length = 0));

  it("is built once: the panel, reading the same tables, gets the prepared base; other cells, another day give another build", async () => {
    const workbook = demoWorkbook();
    const today = dayFromIso("2026-11-26");
    const services = servicesFor(workbook, () => today);
    prepareBilanBase(services);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(built).toHaveLength(1);
    const read = () => Promise.all(BILAN_TABLES.map((table) => workbook.readTable(table)));
    const pack = services.rules.active();
    const outcome = await buildBilanBase(await read(), pack, today);
    expect(built).toHaveLength(1);
    expect(outcome.load.ok && outcome.load.summary.months.length).toBeGreaterThan(0);
    await buildBilanBase(await read(), pack, today + 1);
    expect(built).toHaveLength(2);
    const snapshots = await read();
    const participants = snapshots[BILAN_TABLES.indexOf(participantsTable)]!;
    participants.rows[0]![1] = "autre valeur";
    await buildBilanBase(snapshots, pack, today + 1);
    expect(built).toHaveLength(3);
  });
});
