/**
 * The demo territory (« Valrivière ») the preview opens: a few buyers, companies, contracts,
 * participants and monthly hours. Everything is fictitious: the buyers' and companies' SIRET numbers
 * start with 999, which INSEE never allocates, and participants are pseudonymous codes.
 *
 * Company BTP-RIVIERE holds the three overlapping contracts of the domain reference's worked
 * example 3 (600 h, 400 h and 300 h) and works its 1 220 pooled hours month by month as there.
 */
import {
  buyersTable,
  companiesTable,
  hoursTable,
  marketsTable,
  needsTable,
  participantsTable,
  programmingTable,
  proposalsTable,
  stepsTable,
  validationsTable,
  type TableDef,
  type TableRecord,
} from "../../domain";
import { companyNamesTable } from "../../domain/statements";

export const demoBuyers: TableRecord[] = [
  {
    id: "VILLE-VR",
    name: "Ville de Valrivière",
    buyerType: "collectivite",
    contact: "commande.publique@valriviere.example",
    siret: "99901000200114",
  },
  {
    id: "HABITAT-SUD",
    name: "Habitat Sud (bailleur social)",
    buyerType: "collectivite",
    contact: "marches@habitat-sud.example",
    siret: "99902000100122",
  },
  {
    id: "DEPT-VAL",
    name: "Département du Val",
    buyerType: "collectivite",
    contact: "achats@departement-val.example",
    siret: "99903000000130",
  },
];

export const demoCompanies: TableRecord[] = [
  { id: "BTP-RIVIERE", name: "BTP Rivière SAS", siret: "99900100100018", contact: "rh@btp-riviere.example" },
  { id: "PROPRETE-VR", name: "Propreté Valrivière", siret: "99900200900010", contact: "direction@proprete-vr.example" },
  { id: "JARDINS-VAL", name: "Jardins du Val", siret: "99900300700013", contact: "contact@jardins-val.example" },
];

export const demoMarkets: TableRecord[] = [
  {
    id: "M1",
    label: "Réhabilitation de l'école Jean-Moulin",
    buyer: "VILLE-VR",
    company: "BTP-RIVIERE",
    trade: "batiment",
    method: "labour-cost",
    amount: 1_440_000,
    labourShare: 0.5,
    insertionRate: 0.025,
    hourlyCost: 30,
    obligation: 600,
    start: "2026-01-05",
    end: "2026-06-30",
    pooled: true,
    legalBasis: "L2112-2",
  },
  {
    id: "M2",
    label: "Résidence Les Tilleuls, lot peinture",
    buyer: "HABITAT-SUD",
    company: "BTP-RIVIERE",
    trade: "peinture",
    method: "labour-cost",
    amount: 342_857,
    labourShare: 0.7,
    insertionRate: 0.05,
    hourlyCost: 30,
    obligation: 400,
    start: "2026-03-01",
    end: "2026-09-30",
    pooled: true,
    legalBasis: "L2112-2",
  },
  {
    id: "M3",
    label: "Collège du Val, maçonnerie",
    buyer: "DEPT-VAL",
    company: "BTP-RIVIERE",
    trade: "maconnerie",
    method: "labour-cost",
    amount: 360_000,
    labourShare: 0.5,
    insertionRate: 0.05,
    hourlyCost: 30,
    obligation: 300,
    start: "2026-05-01",
    end: "2026-12-31",
    pooled: true,
    legalBasis: "L2112-2",
  },
  {
    id: "M4",
    label: "Nettoyage des bâtiments communaux",
    buyer: "VILLE-VR",
    company: "PROPRETE-VR",
    method: "per-amount",
    amount: 900_000,
    eurosPerHour: 2000,
    obligation: 450,
    start: "2026-01-01",
    end: "2026-12-31",
    pooled: false,
    legalBasis: "L2112-2",
  },
  {
    id: "M5",
    label: "Entretien des espaces verts départementaux",
    buyer: "DEPT-VAL",
    company: "JARDINS-VAL",
    method: "labour-cost",
    amount: 500_000,
    labourShare: 0.6,
    insertionRate: 0.025,
    hourlyCost: 30,
    obligation: 250,
    start: "2026-04-01",
    end: "2027-03-31",
    pooled: true,
    legalBasis: "L2112-2",
  },
];

export const demoParticipants: TableRecord[] = [
  {
    id: "P001",
    sex: "F",
    birthDate: "2001-05-10",
    qualificationLevel: 3,
    schoolLeftDate: "2019-07-01",
    jobSeekerSince: "2025-10-01",
    qpv: true,
    prescriber: "Mission locale",
    firstClauseEntry: "2026-01-05",
    tradesWanted: ["Peinture"],
  },
  {
    id: "P002",
    sex: "M",
    birthDate: "1973-01-15",
    qualificationLevel: 3,
    jobSeekerSince: "2024-06-01",
    qpv: false,
    prescriber: "France Travail",
    firstClauseEntry: "2026-01-05",
  },
  {
    id: "P003",
    sex: "F",
    birthDate: "1979-09-20",
    qualificationLevel: 5,
    jobSeekerSince: "2025-07-01",
    qpv: false,
    prescriber: "PLIE",
    firstClauseEntry: "2026-07-01",
  },
  {
    id: "P004",
    sex: "M",
    birthDate: "1990-02-11",
    qualificationLevel: 3,
    benefits: ["RSA"],
    qpv: true,
    prescriber: "PLIE",
    firstClauseEntry: "2026-03-02",
  },
  {
    id: "P005",
    sex: "F",
    birthDate: "1985-11-30",
    qualificationLevel: 4,
    rqthFrom: "2024-01-01",
    rqthTo: "2028-12-31",
    qpv: false,
    prescriber: "Cap emploi",
    firstClauseEntry: "2026-02-02",
    exitDate: "2026-05-31",
    exitSituation: "CDD-6M-PLUS",
  },
  {
    id: "P006",
    sex: "M",
    birthDate: "1998-08-08",
    qualificationLevel: 3,
    structure: "ETTI",
    qpv: true,
    prescriber: "PLIE",
    firstClauseEntry: "2026-01-05",
  },
  {
    id: "P007",
    sex: "F",
    birthDate: "1970-04-04",
    qualificationLevel: 3,
    benefits: ["ASS du 01/03/2024"],
    jobSeekerSince: "2023-01-01",
    qpv: false,
    prescriber: "France Travail",
    firstClauseEntry: "2026-04-01",
    exitDate: "2026-10-31",
    exitSituation: "CDI",
  },
  {
    id: "P008",
    sex: "M",
    birthDate: "2004-12-01",
    qualificationLevel: 2,
    schoolLeftDate: "2022-06-30",
    qpv: true,
    programmes: ["E2C"],
    prescriber: "Mission locale",
    firstClauseEntry: "2026-04-01",
    exitDate: "2026-06-30",
    exitSituation: "FORMATION",
  },
];

/**
 * Eligibility validations (appended, never edited): P001 was re-validated in July, which closed her
 * January validation. Proofs are recorded by type and date only.
 */
export const demoValidations: TableRecord[] = [
  {
    participant: "P001",
    validatedOn: "2026-01-05",
    validatedBy: "PLIE Valrivière",
    criteria: ["JEUNE", "QPV"],
    proofs: [
      "Pièce d'identité du 05/01/2026",
      "Certificat de fin de scolarité ou attestation sur l'honneur du 05/01/2026",
      "Justificatif de domicile du 02/01/2026",
    ],
    validUntil: "2026-07-04",
  },
  {
    participant: "P002",
    validatedOn: "2026-01-05",
    validatedBy: "PLIE Valrivière",
    criteria: ["DELD", "SENIOR"],
    proofs: ["Attestation d'inscription à France Travail du 02/01/2026", "Pièce d'identité du 05/01/2026"],
    validUntil: "2027-01-04",
  },
  {
    participant: "P006",
    validatedOn: "2026-01-05",
    validatedBy: "PLIE Valrivière",
    criteria: ["SIAE", "QPV"],
    proofs: ["Attestation de la structure d'insertion ou adaptée du 04/01/2026"],
    validUntil: "2026-12-31",
  },
  {
    participant: "P001",
    validatedOn: "2026-07-01",
    validatedBy: "PLIE Valrivière",
    criteria: ["JEUNE", "QPV"],
    proofs: ["Pièce d'identité du 01/07/2026", "Justificatif de domicile du 28/06/2026"],
    validUntil: "2026-12-31",
  },
  {
    participant: "P003",
    validatedOn: "2026-07-01",
    validatedBy: "PLIE Valrivière",
    criteria: ["DELD"],
    proofs: ["Attestation d'inscription à France Travail du 30/06/2026"],
    validUntil: "2027-06-30",
  },
];

/** BTP-RIVIERE's pooled hours per month of 2026 (domain reference, example 3): 1 220 h in all. */
const POOLED_MONTHLY = [100, 120, 150, 150, 160, 160, 80, 40, 120, 60, 50, 30];
const POOLED_WORKERS: readonly (readonly [string, string, string])[] = [
  ["P001", "embauche-directe", "CDD"],
  ["P002", "embauche-directe", "CDI"],
  ["P006", "mise-a-disposition", "mise-a-disposition"],
];

function monthBounds(month: number): [string, string] {
  const last = new Date(Date.UTC(2026, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, "0");
  return [`2026-${mm}-01`, `2026-${mm}-${last}`];
}

function pooledLines(): TableRecord[] {
  return POOLED_MONTHLY.flatMap((total, index) => {
    const [start, end] = monthBounds(index + 1);
    // Split each month's hours between the workers, the remainder to the first, so the month adds up exactly.
    const share = Math.floor(total / POOLED_WORKERS.length);
    return POOLED_WORKERS.map(([participant, mode, contractType], worker) => ({
      participant,
      company: "BTP-RIVIERE",
      employer: mode === "mise-a-disposition" ? "ETTI Valrivière Intérim" : "BTP-RIVIERE",
      mode,
      contractType,
      start,
      end,
      hours: worker === 0 ? total - share * (POOLED_WORKERS.length - 1) : share,
    }));
  });
}

function directLines(): TableRecord[] {
  const cleaning = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((month) => {
    const [start, end] = monthBounds(month);
    return {
      participant: month <= 5 ? "P005" : "P007",
      company: "PROPRETE-VR",
      employer: "PROPRETE-VR",
      mode: "embauche-directe",
      contractType: "CDD",
      start,
      end,
      hours: 35,
      market: "M4",
    };
  });
  const greenSpaces = [4, 5, 6, 7, 8, 9, 10].map((month) => {
    const [start, end] = monthBounds(month);
    return {
      participant: month <= 6 ? "P008" : "P004",
      company: "JARDINS-VAL",
      employer: "Jardins du Val",
      mode: "embauche-directe",
      contractType: "apprentissage",
      start,
      end,
      hours: 28,
      market: "M5",
    };
  });
  return [...cleaning, ...greenSpaces];
}

export const demoHours: TableRecord[] = [...pooledLines(), ...directLines()];

/**
 * The names each company uses for its insertion workers (fictitious), for its monthly statement form:
 * kept in the guichet's workbook only (see docs/statements.md).
 */
export const demoCompanyNames: TableRecord[] = [
  { participant: "P001", company: "BTP-RIVIERE", name: "Léa Martin" },
  { participant: "P002", company: "BTP-RIVIERE", name: "Paul Durand" },
  { participant: "P006", company: "BTP-RIVIERE", name: "Karim Benali" },
  { participant: "P005", company: "PROPRETE-VR", name: "Sonia Lefèvre" },
  { participant: "P007", company: "PROPRETE-VR", name: "Nadia Roux" },
  { participant: "P008", company: "JARDINS-VAL", name: "Hugo Petit" },
  { participant: "P004", company: "JARDINS-VAL", name: "Inès Moreau" },
];

/** The demo guichet's identity (setting `clauses.guichet`): its statement forms carry it. */
export const DEMO_GUICHET = { id: "demo-valriviere", name: "Guichet clauses sociales de Valrivière (démo)" };

/** The town's and the département's plan of purchases for 2027, for the « Commande publique » screening. */
export const demoProgramming: TableRecord[] = [
  {
    id: "P2027-01",
    label: "Peinture des écoles (programme 2027)",
    buyer: "VILLE-VR",
    cpv: "45442100",
    amount: 420000,
    months: 24,
    launch: "2027-02-01",
  },
  {
    id: "P2027-02",
    label: "Nettoyage des bâtiments départementaux",
    buyer: "DEPT-VAL",
    cpv: "90911200",
    amount: 640000,
    months: 48,
    launch: "2027-04-01",
  },
  { id: "P2027-03", label: "Fourniture de mobilier", buyer: "VILLE-VR", cpv: "39130000", amount: 45000, months: 3, launch: "2027-03-15" },
];

/** What the companies will need next (the partners' commission of December 2026). */
export const demoNeeds: TableRecord[] = [
  {
    id: "B1",
    company: "BTP-RIVIERE",
    market: "M3",
    trade: "Maçonnerie",
    hours: 120,
    start: "2026-12-01",
    end: "2026-12-31",
    place: "Valrivière",
    status: "ouvert",
  },
  {
    id: "B2",
    company: "JARDINS-VAL",
    market: "M5",
    trade: "Espaces verts",
    hours: 150,
    start: "2027-01-04",
    end: "2027-03-31",
    status: "ouvert",
  },
  {
    id: "B3",
    company: "BTP-RIVIERE",
    market: "mutualisé",
    trade: "Peinture",
    hours: 80,
    start: "2026-09-01",
    end: "2026-09-30",
    status: "pourvu",
  },
];

export const demoProposals: TableRecord[] = [
  { need: "B3", participant: "P006", prescriber: "PLIE", date: "2026-08-05", decision: "retenu" },
  {
    need: "B1",
    participant: "P004",
    prescriber: "PLIE",
    date: "2026-11-04",
    decision: "en-attente",
    reason: "entretien prévu avec l'entreprise",
  },
];

export const demoSteps: TableRecord[] = [
  { participant: "P003", kind: "formation", organisation: "AFPA Valrivière", start: "2026-03-02", end: "2026-06-26", hours: 420 },
  { participant: "P008", kind: "accompagnement", organisation: "Mission locale", start: "2025-10-01", end: "2026-03-31" },
];

/** Every demo table with its records, in the order of the workbook's sheets. */
export const demoTables: readonly (readonly [TableDef, readonly TableRecord[]])[] = [
  [buyersTable, demoBuyers],
  [companiesTable, demoCompanies],
  [marketsTable, demoMarkets],
  [participantsTable, demoParticipants],
  [validationsTable, demoValidations],
  [hoursTable, demoHours],
  [companyNamesTable, demoCompanyNames],
  [programmingTable, demoProgramming],
  [needsTable, demoNeeds],
  [proposalsTable, demoProposals],
  [stepsTable, demoSteps],
];
