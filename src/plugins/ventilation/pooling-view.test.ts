/**
 * A contract is explained from a ventilation of its company alone (a trace of the whole territory is
 * the dearest ventilation at 100 000 lines): the explanation must be, figure for figure, the one the
 * whole ventilation gives, for every contract — companies do not share hours.
 */
import {
  decodeTable,
  encodeTable,
  hoursTable,
  marketsTable,
  participantsTable,
  sectionOf,
  todayDay,
  type TableDef,
  type TableRecord,
} from "../../../domain";
import { prepareTerritory, ventilatePrepared } from "../../../domain/territory";
import { POLICIES, ventilationOptions, ventilationSection } from "../../../domain/ventilation";
import { grownTables } from "../../../scripts/bench/territory-workbook";
import { nationalPack } from "../../composition/root";
import { demoTables } from "../../demo/territory";
import { explainedContract, tracedView } from "./pooling-view";

const pack = nationalPack();
const today = todayDay();

function territoryOf(tables: readonly (readonly [TableDef, readonly TableRecord[]])[]) {
  const rows = (table: TableDef) =>
    decodeTable(table, encodeTable(table, tables.find(([def]) => def === table)?.[1] ?? []), { textNumbers: "refuse" }).rows;
  return prepareTerritory({ markets: rows(marketsTable), hours: rows(hoursTable), participants: rows(participantsTable) }, pack, today);
}

describe.each([
  ["the demo territory", demoTables],
  ["a territory grown to 3 000 hour lines", grownTables(3_000)],
])("a contract of %s explained from its company alone", (_name, tables) => {
  const territory = territoryOf(tables);
  const spread = sectionOf(pack, ventilationSection).spread.value;

  it.each(POLICIES)("under « %s », gives the explanation of the whole ventilation, for every contract", (policy) => {
    const choice = { policy, spread, inputDigest: "sha256:test" };
    const whole = ventilatePrepared(territory, ventilationOptions(pack, { ...choice, trace: true }));
    const view = { result: whole.result, lineRows: whole.rows.lines, companies: [] };
    const markets = whole.result.markets;
    expect(markets.length).toBeGreaterThan(3);
    let lines = 0;
    for (const market of markets) {
      const alone = explainedContract(tracedView(territory, pack, choice, market.company), market.id);
      const expected = explainedContract(view, market.id);
      expect(alone).toEqual(expected);
      lines += expected?.lines.length ?? 0;
    }
    expect(lines).toBeGreaterThan(0);
    expect(explainedContract(tracedView(territory, pack, choice, markets[0]!.company), "inconnu")).toBeNull();
  });
});
