import { buyersTable, decodeTable, encodeTable, marketsTable } from "../../../domain";
import { contractChoices, contractReference, decodedRows } from "./contracts";

describe("contracts read from the Marchés table", () => {
  it("groups the lots of a sized contract and sums their hours and amounts", () => {
    const markets = decodeTable(
      marketsTable,
      encodeTable(marketsTable, [
        { id: "2026-014-1", lot: "1", label: "Groupe scolaire", buyer: "VILLE", amount: 1_000_000, obligation: 833 },
        { id: "2026-014-2", lot: "2", label: "Groupe scolaire", buyer: "VILLE", amount: 300_000, obligation: 350 },
        { id: "M4", label: "Nettoyage", buyer: "INCONNU", amount: 900_000 },
      ]),
    ).rows;
    const buyers = decodeTable(
      buyersTable,
      encodeTable(buyersTable, [{ id: "VILLE", name: "Ville de Valrivière", buyerType: "collectivite" }]),
    ).rows;
    expect(contractChoices(markets, buyers)).toEqual([
      {
        reference: "2026-014",
        label: "Groupe scolaire",
        hours: 1183,
        amount: 1_300_000,
        lots: ["2026-014-1", "2026-014-2"],
        buyerName: "Ville de Valrivière",
        buyerType: "collectivite",
      },
      { reference: "M4", label: "Nettoyage", amount: 900_000, lots: ["M4"], buyerName: "INCONNU" },
    ]);
  });

  it("keeps a reference whose suffix is not its lot", () => {
    expect(contractReference("2026-014-2", "2")).toBe("2026-014");
    expect(contractReference("AC-2026", "1")).toBe("AC-2026");
    expect(contractReference("2", "2")).toBe("2");
  });

  it("reports an unreadable cell, located, and gives no sum for its contract rather than a wrong one", () => {
    const [headers, ...rows] = encodeTable(marketsTable, [{ id: "M1", obligation: 600 }]);
    const bad = [...(rows[0] ?? [])];
    bad[marketsTable.columns.findIndex((column) => column.key === "obligation")] = "beaucoup";
    const read = decodedRows(marketsTable, { headers: headers ?? [], rows: [rows[0] ?? [], ["M2", ...bad.slice(1)]] });
    expect(read.problems).toEqual([expect.stringMatching(/^Marchés, ligne 3, colonne « Heures dues » : /)]);
    expect(contractChoices(read.rows, [], read.unreadableRows)).toEqual([
      { reference: "M1", label: "", hours: 600, lots: ["M1"] },
      { reference: "M2", label: "", lots: ["M2"], unreadable: true },
    ]);
  });
});
