import { decodeTable, encodeTable, buyersTable, type TableRecord } from "../workbook";
import { buyerCodes, dryRunDecpImport } from "./markets";
import { readDecp } from "./reader";
import { marketRecord, STATE, TERRITORY_MARKETS, TOWN } from "./test-decp";
import { nationalProcurement } from "./test-pack";

const { rules } = nationalProcurement();
const acheteurs = (records: TableRecord[]) => decodeTable(buyersTable, encodeTable(buyersTable, records)).rows;

describe("DECP contracts to Marchés rows", () => {
  const tables = {
    Acheteurs: acheteurs([
      { id: "VILLE", siret: TOWN },
      { id: "PREF", siret: STATE },
    ]),
  };

  it("writes one contract per number: a second buyer's contract of the same number is rejected by the import's dry run", () => {
    const clause = TERRITORY_MARKETS[0]!;
    const text = JSON.stringify({ marches: [marketRecord(clause), marketRecord({ ...clause, buyer: STATE })] });
    const plan = dryRunDecpImport(readDecp(text).contracts, tables, buyerCodes(tables, []), rules.procurement, rules.sizing);
    expect(plan.markets.ready.map((row) => [row.values.id, row.values.buyer])).toEqual([["V26-01", "VILLE"]]);
    expect(plan.markets.rejected).toEqual([{ row: 3, reasons: ["« Marché » : « V26-01 » est déjà utilisé ligne 2"] }]);
  });

  it("names the SIRETs asked for that no buyer of Acheteurs has", () => {
    expect(() => buyerCodes(tables, ["21690001800012"])).toThrow("aucun acheteur du tableau Acheteurs n'a le SIRET « 21690001800012 »");
    expect(() => buyerCodes(tables, [], ["Acheteur", "Nom"])).toThrow("le tableau Acheteurs n'a pas de colonne « SIRET »");
  });
});
