/**
 * The Bilans worker hashes the request with the platform's SHA-256 (`nativeDigest`) instead of the
 * core's SHA-256 in JavaScript: the base it builds must be the one every other face builds, digest
 * included, and its failures the same messages.
 */
import { dayFromIso, marketsTable } from "../../../domain";
import { servicesFor } from "../../composition/root";
import { demoWorkbook } from "../../demo/demo-workbook";
import { nativeDigest } from "../../plugin-kit/digest/native-digest";
import { BILAN_TABLES, bilanOutcome, bilanState, hashedBilanOutcome } from "./bilan-engine";

describe("the Bilans base hashed by the platform", () => {
  const today = dayFromIso("2026-11-26");
  const workbook = demoWorkbook();
  const pack = servicesFor(workbook, () => today).rules.active();
  const read = () => Promise.all(BILAN_TABLES.map((table) => workbook.readTable(table)));

  it("is the base of the core's own hash, figure by figure and digest included", async () => {
    const snapshots = await read();
    const core = bilanOutcome(snapshots, pack, today);
    const hashed = await hashedBilanOutcome(snapshots, pack, today, nativeDigest);
    expect(core.ok && core.base.inputDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(hashed).toEqual(core);
  });

  it("carries the hasher's digest (the worker's state uses the one it is given)", async () => {
    const state = bilanState({ digest: async () => "sha256:donné" });
    expect(await state.build(await read(), pack, today)).toMatchObject({ ok: true });
    const view = state.views({ grouping: "buyer", from: "", to: "", audience: "facilitator" });
    expect(view.ok && view.view.inputDigest).toBe("sha256:donné");
  });

  it("says the same problems as the core's path when a table is wrong", async () => {
    const snapshots = await read();
    const markets = snapshots[BILAN_TABLES.indexOf(marketsTable)]!;
    markets.rows[0]![markets.headers.indexOf("Début")] = "bientôt";
    const core = bilanOutcome(snapshots, pack, today);
    expect(core.ok).toBe(false);
    expect(await hashedBilanOutcome(snapshots, pack, today, nativeDigest)).toEqual(core);
  });
});
