/**
 * A DECP 2.0 file with known content, for the tests and the benchmark: two buyers of the territory
 * (a town, a State service), one buyer outside it, markets of several years with and without social
 * considerations, renewals due or not, amendments and bad records. The expected figures are written
 * in the tests next to the reasons they hold.
 */
import { luhnValid } from "../workbook/siret";

/**
 * A SIRET with valid keys, from 8 digits of SIREN and 4 digits of establishment.
 *
 * @example
 * validSiret("21750001", "0001") // => "21750001?0001?" with both check digits filled
 */
export function validSiret(siren8: string, establishment4: string): string {
  const digit = (prefix: string) => [..."0123456789"].find((candidate) => luhnValid(prefix + candidate))!;
  const siren = siren8 + digit(siren8);
  const body = siren + establishment4;
  return body + digit(body);
}

export const TOWN = validSiret("21310001", "0001");
export const STATE = validSiret("13000123", "0005");
export const ELSEWHERE = validSiret("21690001", "0001");
export const BUILDER = validSiret("43210987", "0011");
export const CLEANER = validSiret("51234567", "0022");
export const PAINTER = validSiret("80012345", "0033");

export interface MarketSpec {
  id: string;
  buyer: string;
  object: string;
  cpv: string;
  notified: string;
  months: number;
  amount: number;
  social: string[];
  holder?: string;
  nature?: string;
  place?: string;
  modifications?: { id: number; date: string; dureeMois?: number; montant?: number }[];
}

/**
 * A market record as the regulatory schema writes it (every required field present).
 *
 * @example
 * marketRecord({ id: "M1", buyer: TOWN, object: "Nettoyage", cpv: "90911200", notified: "2026-01-05", months: 12, amount: 80000, social: ["Clause sociale"] })
 */
export function marketRecord(spec: MarketSpec): Record<string, unknown> {
  return {
    id: spec.id,
    acheteur: { id: spec.buyer },
    nature: spec.nature ?? "Marché",
    objet: spec.object,
    codeCPV: spec.cpv,
    techniques: { technique: ["Sans objet"] },
    modalitesExecution: { modaliteExecution: ["Sans objet"] },
    marcheInnovant: false,
    ccag: "Fournitures courantes et services",
    offresRecues: 3,
    attributionAvance: false,
    typeGroupementOperateurs: "Pas de groupement",
    procedure: "Appel d'offres ouvert",
    lieuExecution: { code: spec.place ?? "31000", typeCode: "Code postal" },
    dureeMois: spec.months,
    dateNotification: spec.notified,
    datePublicationDonnees: spec.notified,
    montant: spec.amount,
    typesPrix: { typePrix: ["Définitif ferme"] },
    formePrix: "Forfaitaire",
    sousTraitanceDeclaree: false,
    titulaires: [{ titulaire: { typeIdentifiant: "SIRET", id: spec.holder ?? BUILDER } }],
    considerationsSociales: { considerationSociale: spec.social },
    considerationsEnvironnementales: { considerationEnvironnementale: ["Pas de considération environnementale"] },
    ...(spec.modifications
      ? {
          modifications: spec.modifications.map(({ id, date, ...change }) => ({
            modification: { id, dateNotificationModification: date, datePublicationDonneesModification: date, ...change },
          })),
        }
      : {}),
  };
}

const NONE = ["Pas de considération sociale"];

/** The territory's markets (see the test for what each one is there for). */
export const TERRITORY_MARKETS: readonly MarketSpec[] = [
  // Town, 2026: 7 markets, 2 with a social consideration.
  {
    id: "V26-01",
    buyer: TOWN,
    object: "Réhabilitation du gymnase",
    cpv: "45210000",
    notified: "2026-02-02",
    months: 18,
    amount: 100000,
    social: ["Clause sociale"],
    modifications: [{ id: 1, date: "2026-06-01", dureeMois: 24, montant: 130000 }],
  },
  {
    id: "V26-02",
    buyer: TOWN,
    object: "Fourniture de mobilier scolaire",
    cpv: "39160000",
    notified: "2026-03-10",
    months: 12,
    amount: 60000,
    social: ["Critère social"],
  },
  {
    id: "V26-03",
    buyer: TOWN,
    object: "Maintenance des ascenseurs",
    cpv: "50750000",
    notified: "2026-09-15",
    months: 36,
    amount: 250000,
    social: NONE,
  },
  {
    id: "V26-04",
    buyer: TOWN,
    object: "Transport scolaire",
    cpv: "60130000",
    notified: "2026-06-01",
    months: 36,
    amount: 300000,
    social: NONE,
  },
  {
    id: "V26-05",
    buyer: TOWN,
    object: "Extension de la médiathèque",
    cpv: "45210000",
    notified: "2026-10-01",
    months: 12,
    amount: 1000000,
    social: NONE,
  },
  {
    id: "V26-06",
    buyer: TOWN,
    object: "Vérifications périodiques",
    cpv: "71630000",
    notified: "2026-08-22",
    months: 24,
    amount: 216000,
    social: NONE,
  },
  {
    id: "V26-07",
    buyer: TOWN,
    object: "Vidéoprotection",
    cpv: "35125300",
    notified: "2026-11-03",
    months: 24,
    amount: 500000,
    social: NONE,
    nature: "Marché de défense ou de sécurité",
  },
  // Town, series: cleaning (latest ends 2026-12-31, no clause → renewal, share « à confirmer »).
  {
    id: "V22-NET",
    buyer: TOWN,
    object: "Nettoyage des locaux de la mairie",
    cpv: "90911200",
    notified: "2022-01-01",
    months: 12,
    amount: 90000,
    social: NONE,
    holder: CLEANER,
  },
  {
    id: "V23-NET",
    buyer: TOWN,
    object: "Nettoyage des locaux mairie et annexes",
    cpv: "90919200",
    notified: "2023-01-01",
    months: 48,
    amount: 400000,
    social: NONE,
    holder: CLEANER,
  },
  // Town, series: painting (latest ends 2027-06-30, no clause → renewal, 200 000 × 70 % × 5 % ÷ 30 = 233 h).
  {
    id: "V22-PEI",
    buyer: TOWN,
    object: "Travaux de peinture des écoles",
    cpv: "45442100",
    notified: "2022-06-01",
    months: 24,
    amount: 150000,
    social: NONE,
    holder: PAINTER,
  },
  {
    id: "V24-PEI",
    buyer: TOWN,
    object: "Peinture des écoles communales",
    cpv: "45442100",
    notified: "2024-07-01",
    months: 36,
    amount: 200000,
    social: NONE,
    holder: PAINTER,
  },
  // Town, series: green spaces, latest with a clause → not a renewal.
  {
    id: "V22-EV",
    buyer: TOWN,
    object: "Entretien des espaces verts",
    cpv: "77310000",
    notified: "2022-03-01",
    months: 24,
    amount: 120000,
    social: NONE,
  },
  {
    id: "V24-EV",
    buyer: TOWN,
    object: "Entretien des espaces verts communaux",
    cpv: "77310000",
    notified: "2024-03-01",
    months: 36,
    amount: 150000,
    social: ["Clause sociale"],
  },
  // Town, series: catering, latest ends 2029 → beyond 18 months.
  {
    id: "V22-RES",
    buyer: TOWN,
    object: "Restauration scolaire",
    cpv: "55523100",
    notified: "2022-09-01",
    months: 24,
    amount: 500000,
    social: NONE,
  },
  {
    id: "V24-RES",
    buyer: TOWN,
    object: "Restauration scolaire et portage",
    cpv: "55523100",
    notified: "2024-09-01",
    months: 60,
    amount: 1200000,
    social: NONE,
  },
  // Town: one laundry contract ending soon, never bought before → not recurring.
  {
    id: "V24-BLA",
    buyer: TOWN,
    object: "Blanchisserie de la crèche",
    cpv: "98310000",
    notified: "2024-01-01",
    months: 36,
    amount: 45000,
    social: NONE,
  },
  // Town: same CPV group as the cleaning, different object → not in its series.
  {
    id: "V25-VIT",
    buyer: TOWN,
    object: "Lavage des vitres du musée",
    cpv: "90911300",
    notified: "2025-02-01",
    months: 12,
    amount: 40000,
    social: NONE,
  },
  // State service, 2026: 2 markets, 1 reserved; 150 000 € of services ≥ 140 000 € (State threshold).
  {
    id: "E26-01",
    buyer: STATE,
    object: "Accueil et standard",
    cpv: "79510000",
    notified: "2026-11-02",
    months: 24,
    amount: 150000,
    social: NONE,
  },
  {
    id: "E26-02",
    buyer: STATE,
    object: "Entretien du jardin de la préfecture",
    cpv: "77310000",
    notified: "2026-04-01",
    months: 12,
    amount: 50000,
    social: ["Marché réservé"],
  },
];

/** Markets of a buyer outside the territory, carried out in the territory for one of them. */
export const OUTSIDE_MARKETS: readonly MarketSpec[] = [
  {
    id: "L26-01",
    buyer: ELSEWHERE,
    object: "Voirie",
    cpv: "45233000",
    notified: "2026-05-01",
    months: 12,
    amount: 800000,
    social: NONE,
    place: "69001",
  },
  {
    id: "L26-02",
    buyer: ELSEWHERE,
    object: "Pont",
    cpv: "45221100",
    notified: "2026-05-02",
    months: 12,
    amount: 900000,
    social: ["Clause sociale"],
    place: "31500",
  },
];

/**
 * The generated file, nested shape (`{"marches": {"marche": [...]}}`), with three bad records: two of
 * the town's (a CPV of 7 digits, an amount of 0) and one outside the territory (not checked).
 *
 * @example
 * const text = JSON.stringify(territoryDecp());
 */
export function territoryDecp(): { marches: { marche: Record<string, unknown>[] } } {
  const bad = [
    { ...marketRecord({ ...TERRITORY_MARKETS[1]!, id: "V26-BAD1" }), codeCPV: "3916000" },
    { ...marketRecord({ ...TERRITORY_MARKETS[1]!, id: "V26-BAD2" }), montant: 0 },
    { ...marketRecord({ ...OUTSIDE_MARKETS[0]!, id: "L26-BAD" }), codeCPV: "x" },
  ];
  return { marches: { marche: [...TERRITORY_MARKETS, ...OUTSIDE_MARKETS].map(marketRecord).concat(bad) } };
}
