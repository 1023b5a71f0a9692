import fc from "fast-check";
import { parseOrThrow } from "../validation";
import { checkSocialCondition } from "./check";
import { checkInputSchema } from "./input";
import { nationalDrafting } from "./test-pack";

const { rules } = nationalDrafting();

/** French numbers use narrow no-break spaces; the expectations below are typed with plain spaces. */
function check(input: Record<string, unknown>) {
  const result = checkSocialCondition(parseOrThrow(checkInputSchema, input), rules, "national@test");
  return { ...result, reason: result.reason.replace(/[\u202f\u00a0]/g, " ") };
}

const AFTER = "2026-09-15";

describe("the 2026–2027 thresholds, for consultations launched after 22 August 2026", () => {
  const cases = [
    { buyerType: "etat", kind: "supplies", threshold: 140_000, category: "supplies-services-central" },
    { buyerType: "etat", kind: "services", threshold: 140_000, category: "supplies-services-central" },
    { buyerType: "collectivite", kind: "supplies", threshold: 216_000, category: "supplies-services-other" },
    { buyerType: "collectivite", kind: "services", threshold: 216_000, category: "supplies-services-other" },
    { buyerType: "entite-adjudicatrice", kind: "services", threshold: 432_000, category: "supplies-services-utilities" },
    { buyerType: "entite-adjudicatrice", kind: "supplies", threshold: 432_000, category: "supplies-services-utilities" },
    { buyerType: "collectivite", kind: "works", threshold: 5_404_000, category: "works-concessions" },
    { buyerType: "etat", kind: "works", threshold: 5_404_000, category: "works-concessions" },
    { buyerType: "entite-adjudicatrice", kind: "works", threshold: 5_404_000, category: "works-concessions" },
  ];

  it.each(cases)("$buyerType / $kind: $threshold € HT is « atteint », one euro less is not", ({ buyerType, kind, threshold, category }) => {
    const at = check({ value: threshold, buyerType, kind, launchDate: AFTER });
    expect(at).toMatchObject({ required: true, threshold, thresholdPeriod: "2026-2027", thresholdCategory: category });
    expect(at.reason).toMatch(/^Condition sociale obligatoire : .* qui atteint le seuil européen/);
    const below = check({ value: threshold - 1, buyerType, kind, launchDate: AFTER });
    expect(below).toMatchObject({ required: false, threshold, thresholdPeriod: "2026-2027" });
    expect(below.reason).toMatch(/sous le seuil européen .* n'est pas obligatoire/);
    expect(check({ value: threshold - 0.01, buyerType, kind, launchDate: AFTER }).required).toBe(false);
  });

  it("answers the issue's example", () => {
    expect(check({ value: 250000, buyerType: "collectivite", kind: "works", launchDate: AFTER }).required).toBe(false);
    expect(check({ value: 250000, buyerType: "collectivite", kind: "services", launchDate: AFTER })).toMatchObject({
      required: true,
      threshold: 216000,
      thresholdPeriod: "2026-2027",
      legalBasis: "L2112-2-1",
      rulePack: "national@test",
      reason:
        "Condition sociale obligatoire : valeur estimée de 250 000 € HT, qui atteint le seuil européen de 216 000 € HT (fournitures et services, collectivités et autres pouvoirs adjudicateurs, 2026-2027), pour une consultation lancée le 15/09/2026 (obligation en vigueur depuis le 22/08/2026 ; art. 35 de la loi n° 2021-1104).",
    });
  });
});

describe("the entry into force on 22 August 2026", () => {
  it("applies from the launch on 22 August 2026, not the day before", () => {
    const contract = { value: 300_000, buyerType: "collectivite", kind: "services" };
    expect(check({ ...contract, launchDate: "2026-08-22" }).required).toBe(true);
    const before = check({ ...contract, launchDate: "2026-08-21" });
    expect(before).toMatchObject({ required: false, threshold: 216_000, thresholdPeriod: "2026-2027", legalBasis: "L2112-2" });
    expect(before.reason).toBe(
      "Consultation lancée le 21/08/2026, avant l'entrée en vigueur de l'obligation le 22/08/2026 : la condition sociale reste facultative (L2112-2), même si la valeur estimée (300 000 € HT) atteint le seuil européen de 216 000 € HT.",
    );
  });

  it("reports the 2024–2025 threshold for a consultation launched in 2025", () => {
    expect(check({ value: 220_000, buyerType: "collectivite", kind: "services", launchDate: "2025-06-01" })).toMatchObject({
      required: false,
      threshold: 221_000,
      thresholdPeriod: "2024-2025",
    });
    expect(check({ value: 6_000_000, buyerType: "etat", kind: "works", launchDate: "2024-01-01" })).toMatchObject({ threshold: 5_538_000 });
  });

  it("answers « not required » for an old consultation the pack has no threshold for", () => {
    expect(check({ value: 9_000_000, buyerType: "etat", kind: "works", launchDate: "2021-03-01" })).toMatchObject({
      required: false,
      threshold: null,
      thresholdPeriod: null,
    });
  });

  it("refuses a launch date after the last period the pack knows, naming the field", () => {
    expect(() => check({ value: 1, buyerType: "etat", kind: "works", launchDate: "2028-01-01" })).toThrow(
      /^launchDate : aucun seuil européen n'est connu le 2028-01-01 .*2026-2027 \(2026-01-01 au 2027-12-31\)/,
    );
  });
});

describe("defence and security contracts, and concessions", () => {
  it("keeps defence and security contracts out of scope at any value, after the entry into force", () => {
    const result = check({ value: 10_000_000, buyerType: "etat", kind: "supplies", launchDate: AFTER, defence: true });
    expect(result).toMatchObject({ required: false, threshold: 432_000, legalBasis: "L2312-1-1" });
    expect(result.reason).toMatch(/^Marché de défense ou de sécurité : hors du champ de l'obligation/);
    expect(check({ value: 10_000_000, buyerType: "etat", kind: "works", launchDate: AFTER, defence: true })).toMatchObject({
      required: false,
      threshold: 5_404_000,
    });
  });

  it("applies the works/concessions threshold to concessions, whatever their kind", () => {
    for (const kind of ["works", "services", "supplies"]) {
      const at = check({ value: 5_404_000, buyerType: "collectivite", kind, launchDate: AFTER, concession: true });
      expect(at).toMatchObject({ required: true, threshold: 5_404_000, legalBasis: "L3114-2-1" });
      expect(at.reason).toContain("pour une concession lancée le 15/09/2026");
      expect(check({ value: 5_403_999, buyerType: "collectivite", kind, launchDate: AFTER, concession: true }).required).toBe(false);
    }
  });

  it("names no market article for a concession below its threshold", () => {
    const below = check({ value: 1_000_000, buyerType: "collectivite", kind: "services", launchDate: AFTER, concession: true });
    expect(below).toMatchObject({ required: false, legalBasis: null });
    expect(below.reason).toMatch(/elle reste possible\.$/);
  });

  it("keeps defence concessions out of scope, and concessions launched before 22 August 2026", () => {
    expect(
      check({ value: 9_000_000, buyerType: "etat", kind: "services", launchDate: AFTER, concession: true, defence: true }).reason,
    ).toMatch(/^Concession de défense ou de sécurité/);
    expect(
      check({ value: 9_000_000, buyerType: "collectivite", kind: "services", launchDate: "2026-08-21", concession: true }).required,
    ).toBe(false);
  });
});

describe("exemptions", () => {
  const contract = { value: 500_000, buyerType: "collectivite", kind: "services", launchDate: AFTER };

  it("lifts the obligation when an exemption the pack lists is invoked with a reason, and records both", () => {
    const result = check({
      ...contract,
      exemption: { code: "marche-sans-lien", reason: "achat de licences logicielles sans main-d'œuvre" },
    });
    expect(result).toMatchObject({
      required: false,
      exemption: { code: "marche-sans-lien", reason: "achat de licences logicielles sans main-d'œuvre", confirmed: false },
      confirmed: false,
    });
    expect(result.reason).toContain(
      "mais l'acheteur invoque la dérogation « la condition n'a pas de lien suffisant avec l'objet du marché »",
    );
  });

  it("refuses an exemption without a reason, or one meant for concessions on a market", () => {
    expect(() => check({ ...contract, exemption: { code: "marche-sans-lien", reason: " " } })).toThrow(
      "exemption.reason : une dérogation doit être motivée : indiquez le motif",
    );
    expect(() => check({ ...contract, exemption: { code: "concession-sans-lien", reason: "x" } })).toThrow(
      /^exemption\.code : dérogation inconnue pour un marché : « concession-sans-lien » \(possibles : « marche-sans-lien »/,
    );
  });

  it("says an exemption is pointless when the obligation does not apply", () => {
    const result = check({ ...contract, value: 1000, exemption: { code: "marche-sans-lien", reason: "x" } });
    expect(result.required).toBe(false);
    expect(result.exemption).toBeUndefined();
    expect(result.reason).toMatch(/; la dérogation indiquée est donc sans objet\.$/);
  });
});

describe("bad input", () => {
  it("names every field at fault, in French", () => {
    expect(() => check({ value: "beaucoup", buyerType: "mairie", kind: "works", launchDate: "2026-02-30", extra: 1 })).toThrow(
      [
        "value : doit être un nombre (reçu « beaucoup »)",
        "buyerType : doit valoir « collectivite », « etat », « entite-adjudicatrice », « prive » (reçu « mairie »)",
        "launchDate : doit être une date AAAA-MM-JJ qui existe",
        "Champ inconnu : « extra » (faute de frappe ?)",
      ].join("\n"),
    );
  });
});

describe("properties", () => {
  it("is monotonic in the value: once required, any larger value is required too", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const contract = { buyerType: "collectivite", kind: "services", launchDate: AFTER };
        return !check({ ...contract, value: low }).required || check({ ...contract, value: high }).required;
      }),
    );
  });
});

describe("the reason sentence", () => {
  it("shows the cents of a value just under a threshold, so it never reads as the threshold itself", () => {
    const { rules } = nationalDrafting();
    const result = checkSocialCondition(
      parseOrThrow(checkInputSchema, { value: 215999.99, buyerType: "collectivite", kind: "services", launchDate: "2026-08-22" }),
      rules,
      "national@test",
    );
    expect(result.required).toBe(false);
    expect(result.reason.replace(/\u202f/g, " ")).toContain("Valeur estimée de 215 999,99 € HT, sous le seuil européen de 216 000 € HT");
  });
});

describe("lots (issue 12): the threshold applies to the estimated value of all lots together", () => {
  it("sums the lots and says so in the reason", () => {
    const result = check({
      lots: [
        { id: "L1", value: 150_000 },
        { id: "L2", value: 100_000 },
      ],
      buyerType: "collectivite",
      kind: "services",
      launchDate: AFTER,
    });
    expect(result).toMatchObject({ required: true, threshold: 216_000, options: { value: 250_000 } });
    expect(result.reason).toContain(
      "valeur estimée de 250 000 € HT, somme des 2 lots (L1 : 150 000 € HT ; L2 : 100 000 € HT), le seuil s'appliquant à la valeur de tous les lots ensemble,",
    );
  });

  it("two lots each below the threshold still reach it together", () => {
    const lots = [{ value: 120_000 }, { value: 110_000 }];
    expect(check({ lots, buyerType: "collectivite", kind: "supplies", launchDate: AFTER }).required).toBe(true);
  });

  it("refuses both a value and lots, or neither", () => {
    expect(() => check({ value: 1, lots: [{ value: 1 }], buyerType: "etat", kind: "works", launchDate: AFTER })).toThrow(
      "lots : indiquez soit la valeur estimée totale (value), soit les lots (lots), pas les deux",
    );
    expect(() => check({ buyerType: "etat", kind: "works", launchDate: AFTER })).toThrow(/^value : indiquez la valeur estimée du marché/);
  });
});

describe("private orders (issue 12)", () => {
  it("answers required: false, naming the private order, whatever the amount", () => {
    const result = check({ value: 9_000_000, buyerType: "prive", kind: "works", launchDate: AFTER });
    expect(result).toMatchObject({ required: false, threshold: null, legalBasis: null, confirmed: true });
    expect(result.reason).toMatch(
      /^Commande privée : l'obligation de l'article 35 de la loi n° 2021-1104 .* ne s'applique pas à un client privé/,
    );
    expect(result.reason).toContain("clause contractuelle");
  });

  it("a public buyer's contract declared « commande-privee » is answered the same way; a concession nature is a concession", () => {
    expect(
      check({ value: 9_000_000, buyerType: "collectivite", kind: "works", nature: "commande-privee", launchDate: AFTER }).required,
    ).toBe(false);
    const dsp = check({ value: 6_000_000, buyerType: "collectivite", kind: "services", nature: "concession", launchDate: AFTER });
    expect(dsp).toMatchObject({ required: true, legalBasis: "L3114-2-1", thresholdCategory: "works-concessions" });
  });
});
