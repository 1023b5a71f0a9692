import { readFileSync } from "node:fs";
import { DecpReader, MAX_REJECTED_SHOWN, readDecp } from "./reader";
import { ELSEWHERE, marketRecord, OUTSIDE_MARKETS, STATE, territoryDecp, TOWN, TERRITORY_MARKETS } from "./test-decp";

const OFFICIAL = "/work/shared/reference/decp/exemple-marches-concessions.json";
const official = () => readFileSync(OFFICIAL);

describe("reading DECP files as a stream", () => {
  it("validates the official example: 2 markets and 2 concessions, none rejected", () => {
    const result = readDecp(official());
    expect(result).toMatchObject({ shape: "nested", read: 4, skipped: 0, rejectedCount: 0, duplicates: 0 });
    const market = result.contracts.find((contract) => contract.id === "TEST2022")!;
    expect(market).toMatchObject({
      kind: "marche",
      buyer: "21750001630066",
      cpv: "45000000",
      amount: 575000,
      duration: 48,
      notified: "2024-05-15",
      holders: [{ id: "55204599900869", type: "SIRET" }],
      social: ["Clause sociale", "Critère social"],
      amendments: [{ id: 1, date: "2022-10-18", duration: 12, amount: 123457.87 }],
    });
    const concession = result.contracts.find((contract) => contract.id === "0612202306122024")!;
    expect(concession).toMatchObject({ kind: "concession", buyer: "12345678901234", cpv: null, amount: 10.3, start: "2024-04-01" });
  });

  it("keeps only the buyers asked for, and checks only their records", () => {
    const result = readDecp(JSON.stringify(territoryDecp()), { buyers: [TOWN, STATE] });
    expect(result.read).toBe(TERRITORY_MARKETS.length + OUTSIDE_MARKETS.length + 3);
    expect(result.contracts).toHaveLength(TERRITORY_MARKETS.length);
    expect(result.skipped).toBe(3); // the two markets elsewhere and the bad one elsewhere, never checked
    expect(result.rejectedCount).toBe(2);
    expect(result.rejected).toEqual([
      { index: 21, list: "marche", id: "V26-BAD1", reasons: [expect.stringMatching(/^codeCPV : doit être un code CPV de 8 chiffres/)] },
      { index: 22, list: "marche", id: "V26-BAD2", reasons: [expect.stringMatching(/^montant : /)] },
    ]);
  });

  it("keeps the markets carried out in a place (a département matches its postal codes)", () => {
    const result = readDecp(JSON.stringify(territoryDecp()), { places: ["31"] });
    const ids = result.contracts.map((contract) => contract.id);
    expect(ids).toContain("L26-02"); // a buyer from elsewhere, works in 31500
    expect(ids).not.toContain("L26-01"); // 69001
    expect(result.contracts.filter((contract) => contract.buyer === ELSEWHERE)).toHaveLength(1);
  });

  it("reads the flat consolidated shape and a bare list the same way", () => {
    const records = territoryDecp().marches.marche;
    const flat = readDecp(JSON.stringify({ marches: records }), { buyers: [TOWN] });
    const list = readDecp(JSON.stringify(records), { buyers: [TOWN] });
    const nested = readDecp(JSON.stringify(territoryDecp()), { buyers: [TOWN] });
    expect(flat.shape).toBe("flat");
    expect(list.shape).toBe("list");
    expect(flat.contracts).toEqual(nested.contracts);
    expect(list.contracts).toEqual(nested.contracts);
  });

  it("gives the same result whatever the chunk boundaries, even inside an accented character", () => {
    const bytes = new TextEncoder().encode(JSON.stringify(territoryDecp()));
    const whole = readDecp(bytes, { buyers: [TOWN] });
    const reader = new DecpReader({ buyers: [TOWN] });
    for (let offset = 0; offset < bytes.length; offset += 7) reader.write(bytes.subarray(offset, offset + 7));
    expect(reader.end()).toEqual(whole);
    expect(whole.contracts.find((contract) => contract.id === "V26-01")?.object).toBe("Réhabilitation du gymnase");
  });

  it("counts every bad record but keeps the first 200 only, without stopping", () => {
    const bad = Array.from({ length: 250 }, (_, index) => ({
      ...marketRecord({ ...TERRITORY_MARKETS[0]!, id: `B${index}` }),
      dureeMois: 0,
    }));
    const good = marketRecord(TERRITORY_MARKETS[1]!);
    const result = readDecp(JSON.stringify({ marches: { marche: [...bad, good] } }), { buyers: [TOWN] });
    expect(result.rejectedCount).toBe(250);
    expect(result.rejected).toHaveLength(MAX_REJECTED_SHOWN);
    expect(result.contracts.map((contract) => contract.id)).toEqual(["V26-02"]);
  });

  it("rejects a record that says « Pas de considération sociale » and something else", () => {
    const record = marketRecord({ ...TERRITORY_MARKETS[0]!, social: ["Clause sociale", "Pas de considération sociale"] });
    const result = readDecp(JSON.stringify({ marches: { marche: [record] } }));
    expect(result.rejected[0]?.reasons).toEqual([
      "considerationsSociales.considerationSociale : « Pas de considération sociale » ne peut pas accompagner d'autres considérations",
    ]);
  });

  it("keeps one copy of a contract published twice (the one with more amendments)", () => {
    const first = marketRecord({ ...TERRITORY_MARKETS[2]!, modifications: undefined });
    const amended = marketRecord({ ...TERRITORY_MARKETS[2]!, modifications: [{ id: 1, date: "2026-10-01", montant: 260000 }] });
    const result = readDecp(JSON.stringify({ marches: [first, amended] }));
    expect(result.duplicates).toBe(1);
    expect(result.contracts).toHaveLength(1);
    expect(result.contracts[0]?.amendments).toHaveLength(1);
  });

  it("says in French when the file is cut short, is not JSON, or holds no DECP", () => {
    const text = JSON.stringify(territoryDecp());
    expect(() => readDecp(text.slice(0, 500), {}, "« decp.json »")).toThrow(
      /« decp\.json » n'est pas un JSON lisible \(document incomplet/,
    );
    expect(() => readDecp("{marches: 1}", {}, "« decp.json »")).toThrow(/n'est pas un JSON lisible/);
    expect(() => readDecp('{"data": []}', {}, "« decp.json »")).toThrow(/ne ressemble pas à des données essentielles/);
  });
});
