import { readFileSync } from "node:fs";
import { dayFromIso } from "../dates";
import { buildRadar, followKey } from "./radar";
import { readDecp } from "./reader";
import { nationalProcurement } from "./test-pack";
import { STATE, territoryDecp, TOWN } from "./test-decp";

const { rules } = nationalProcurement();
const today = dayFromIso("2026-12-01");
const contracts = readDecp(JSON.stringify(territoryDecp()), { buyers: [TOWN, STATE] }).contracts;

describe("the radar of the territory's buyers", () => {
  it("counts, per buyer and year, the contracts notified and those with any social consideration, against 30 %", () => {
    const radar = buildRadar(contracts, rules, { buyers: [TOWN, STATE], year: 2026, today });
    expect(radar.buyers).toEqual([
      // 7 contracts in 2026; a clause (V26-01) and a criterion (V26-02) count, « Pas de considération sociale » does not.
      { siret: TOWN, year: 2026, contracts: 7, withSocial: 2, rate: 0.2857, target: 0.3 },
      // 2 contracts, one reserved.
      { siret: STATE, year: 2026, contracts: 2, withSocial: 1, rate: 0.5, target: 0.3 },
    ]);
    // 2026 is past the PNAD 2022-2025: the target is carried over and says so.
    expect(radar.targets).toEqual([{ year: 2026, value: 0.3, confirmed: false, source: expect.stringContaining("reconduite") }]);
  });

  it("gives every year found when no year is asked for", () => {
    const rows = buildRadar(contracts, rules, { buyers: [TOWN], today }).buyers;
    expect(rows.map(({ year, contracts: count, withSocial, rate }) => [year, count, withSocial, rate])).toEqual([
      [2022, 4, 0, 0],
      [2023, 1, 0, 0],
      [2024, 4, 1, 0.25],
      [2025, 1, 0, 0],
      [2026, 7, 2, 0.2857],
    ]);
    expect(buildRadar(contracts, rules, { buyers: [TOWN], today }).targets.find((target) => target.year === 2024)?.confirmed).toBe(true);
  });

  it("gives a buyer without contracts that year a row with no rate, rather than leaving it out", () => {
    expect(buildRadar(contracts, rules, { buyers: [STATE], year: 2024, today }).buyers).toEqual([
      { siret: STATE, year: 2024, contracts: 0, withSocial: 0, rate: null, target: 0.3 },
    ]);
  });

  it("flags the contracts the art. 35 condition covered that have « Pas de considération sociale »", () => {
    const radar = buildRadar(contracts, rules, { buyers: [TOWN, STATE], year: 2026, today });
    expect(radar.art35Missing).toEqual([
      // 250 000 € of services on 15/09/2026 ≥ 216 000 €.
      { buyer: TOWN, id: "V26-03", montant: 250000, dateNotification: "2026-09-15", threshold: 216000 },
      // Exactly at the threshold, on the day the obligation starts: in scope.
      { buyer: TOWN, id: "V26-06", montant: 216000, dateNotification: "2026-08-22", threshold: 216000 },
    ]);
    // Not flagged: V26-04 (notified before 22/08/2026), V26-05 (works under 5 404 000 €), V26-07 (defence),
    // E26-01 (150 000 € of services, under the 216 000 € of a collectivité).
  });

  it("uses the State's threshold for a State buyer", () => {
    const radar = buildRadar(contracts, rules, { buyers: [TOWN, STATE], year: 2026, today, buyerTypes: { [STATE]: "etat" } });
    expect(radar.art35Missing.map((flag) => [flag.id, flag.threshold])).toEqual([
      ["V26-03", 216000],
      ["V26-06", 216000],
      ["E26-01", 140000],
    ]);
  });

  it("finds the renewals: a recurring purchase whose latest contract ends within 18 months without a clause", () => {
    const radar = buildRadar(contracts, rules, { buyers: [TOWN, STATE], today });
    expect(radar.renewals.map(({ buyer, cpv, lastId, ends, estimatedHours }) => ({ buyer, cpv, lastId, ends, estimatedHours }))).toEqual([
      // Cleaning: 2022 and 2023 (same group 909, same object); ends 31/12/2026; cleaning's labour share is « à confirmer ».
      { buyer: TOWN, cpv: "90919200", lastId: "V23-NET", ends: "2026-12-31", estimatedHours: null },
      // Painting: 200 000 € × 70 % × 5 % ÷ 30 €/h = 233 h.
      { buyer: TOWN, cpv: "45442100", lastId: "V24-PEI", ends: "2027-06-30", estimatedHours: 233 },
    ]);
    expect(radar.renewals[0]).toMatchObject({ series: ["V22-NET", "V23-NET"], trade: "nettoyage", labourShare: null });
    expect(radar.renewals[0]?.sizing).toContain("à confirmer");
    expect(radar.renewals[1]).toMatchObject({ series: ["V22-PEI", "V24-PEI"], trade: "peinture", labourShare: 0.7 });
    // Not renewals: green spaces (latest has a clause), catering (ends 2029), laundry (bought once), windows (other object).
  });

  it("lists the contracts with a clause that Marchés does not follow", () => {
    const all = buildRadar(contracts, rules, { buyers: [TOWN, STATE], year: 2026, today });
    expect(all.notFollowed.map((row) => row.id)).toEqual(["V26-01", "E26-02"]);
    // V26-01's amendment: 130 000 € over 24 months from 02/02/2026.
    expect(all.notFollowed[0]).toMatchObject({ amount: 130000, ends: "2028-02-01" });
    const followed = buildRadar(contracts, rules, {
      buyers: [TOWN, STATE],
      year: 2026,
      today,
      followed: new Set([followKey({ buyer: TOWN, id: "V26-01" })]),
    });
    expect(followed.notFollowed.map((row) => row.id)).toEqual(["E26-02"]);
  });

  it("reads the official example: each buyer has one market of 2024, with a clause", () => {
    const official = readDecp(readFileSync("/work/shared/reference/decp/exemple-marches-concessions.json")).contracts;
    const radar = buildRadar(official, rules, { buyers: ["21750001630066"], today });
    expect(radar.buyers).toEqual([{ siret: "21750001630066", year: 2024, contracts: 1, withSocial: 1, rate: 1, target: 0.3 }]);
    expect(radar.art35Missing).toEqual([]);
  });
});
