import { dayFromIso } from "../dates";
import { decodeTable, encodeTable, programmingTable, buyersTable, type TableRecord } from "../workbook";
import { screenPlan } from "./screening";
import { nationalProcurement } from "./test-pack";

const { rules } = nationalProcurement();
const today = dayFromIso("2026-12-01");

/** The rows as the workbook holds them (through the codec, like the panel reads them). */
function tables(plan: TableRecord[]) {
  const decode = (table: typeof programmingTable | typeof buyersTable, records: TableRecord[]) =>
    decodeTable(table, encodeTable(table, records)).rows;
  return { Acheteurs: decode(buyersTable, [{ id: "VILLE", buyerType: "collectivite" }]), Programmation: decode(programmingTable, plan) };
}

const PLAN: TableRecord[] = [
  { id: "P3", label: "Entretien des espaces verts", buyer: "VILLE", cpv: "77310000", amount: 80000, months: 12, launch: "2027-02-01" },
  { id: "P1", label: "Peinture du groupe scolaire", buyer: "VILLE", cpv: "45442100-5", amount: 500000, months: 24, launch: "2027-01-15" },
  {
    id: "P2",
    label: "Nettoyage des bâtiments communaux",
    buyer: "VILLE",
    cpv: "90911200",
    amount: 300000,
    months: 36,
    launch: "2027-03-01",
  },
  {
    id: "P4",
    label: "Abri vélos",
    buyer: "VILLE",
    kind: "works",
    trade: "Charpente métallique",
    amount: 60000,
    months: 4,
    launch: "2027-04-01",
  },
  { id: "P5", label: "Transport scolaire", buyer: "VILLE", cpv: "60130000", months: 36, launch: "2027-09-01" },
];

describe("screening a buyer's plan", () => {
  const screening = screenPlan(tables(PLAN), rules, { today, wantedTrades: ["peinture"] });

  it("scores each planned contract out of 100 with its reasons, best first", () => {
    expect(screening.purchases.map(({ id, score }) => [id, score])).toEqual([
      ["P1", 60], // labour 70 % (25) + 24 months (15) + 583 h (10) + painters wanted (10)
      ["P2", 55], // mandatory (40) + 36 months (15); cleaning's labour share « à confirmer » (0)
      ["P3", 15], // 12 months (15); green spaces' share « à confirmer »
      ["P4", 15], // labour 20 % (10) + 20 h (5); 4 months (0)
    ]);
    expect(screening.purchases[0]?.reasons).toEqual([
      { points: 25, text: "métier à forte main-d'œuvre (Peinture intérieure : 70 %)" },
      { points: 15, text: "durée de 24 mois : un parcours complet tient dans le marché" },
      { points: 10, text: "583 h d'insertion estimées" },
      { points: 10, text: "métier recherché par les candidats du territoire (Peinture intérieure)" },
    ]);
  });

  it("says whether the social condition is mandatory, as « Rédiger » checks it", () => {
    const byId = Object.fromEntries(screening.purchases.map((purchase) => [purchase.id, purchase]));
    expect(byId.P2).toMatchObject({
      mandatory: true,
      mandatoryReason: expect.stringMatching(/^Condition sociale obligatoire : valeur estimée de 300\s000 € HT/),
    });
    expect(byId.P1).toMatchObject({
      mandatory: false,
      mandatoryReason: expect.stringMatching(/sous le seuil européen de 5\s404\s000 € HT/),
    });
  });

  it("suggests a vehicle: the mandatory condition, an execution clause, a reservation, an award criterion", () => {
    expect(screening.purchases.map(({ id, vehicle }) => [id, vehicle.code, vehicle.article])).toEqual([
      ["P1", "execution-condition", "L2112-2"],
      ["P2", "mandatory-condition", "L2112-2-1"],
      ["P3", "reserved-siae", "L2113-13"],
      ["P4", "award-criterion", "R2152-7"],
    ]);
  });

  it("sizes the hours where the trade's labour share is known, and says why not elsewhere", () => {
    const sized = screening.purchases.map(({ id, trade, estimatedHours }) => [id, trade, estimatedHours]);
    expect(sized).toEqual([
      ["P1", "peinture", 583], // 500 000 × 70 % × 5 % ÷ 30
      ["P2", "nettoyage", null],
      ["P3", "espaces-verts", null],
      ["P4", "charpente-metallique", 20], // 60 000 × 20 % × 5 % ÷ 30
    ]);
    expect(screening.purchases[1]?.sizing).toBe("part de main-d'œuvre du métier « Nettoyage, propreté » à confirmer : heures non estimées");
  });

  it("locates a row it cannot screen, and screens the others", () => {
    expect(screening.errors.map((error) => error.message)).toEqual([
      "Programmation, ligne 6, colonne « Montant estimé HT » : à renseigner pour examiner cet achat",
    ]);
    expect(screening.rulePack).toMatch(/^national@/);
  });
});
