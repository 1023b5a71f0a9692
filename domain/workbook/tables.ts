/**
 * The standard tables of the workbook, schema version 2 (version 1 plus the DECP columns of Acheteurs
 * and Marchés, and the Programmation table: see `migrations/v1-to-v2.ts`).
 */
import { DATE_FORMAT, defineTable, EUROS_FORMAT, HOURS_FORMAT, MONTH_FORMAT, PERCENT_FORMAT, type Choice } from "./table-def";

export const BUYER_TYPES: readonly Choice[] = [
  { code: "collectivite", label: "Collectivité ou autre pouvoir adjudicateur" },
  { code: "etat", label: "État (pouvoir adjudicateur central)" },
  { code: "entite-adjudicatrice", label: "Entité adjudicatrice (réseaux)" },
  // Issue 12: the facilitator also runs clauses in private orders (bailleurs, entreprises), outside the public procurement code.
  { code: "prive", label: "Client privé (commande privée)" },
];

/**
 * Kinds of contract (issue 12). The « Nature » column of Marchés is free text (as the DECP write it):
 * `contractNatureCode` reads these codes and labels there (« Concession / DSP », « Commande privée »…).
 */
export const CONTRACT_NATURES: readonly Choice[] = [
  { code: "marche", label: "Marché public" },
  { code: "accord-cadre", label: "Accord-cadre" },
  { code: "concession", label: "Concession / DSP" },
  { code: "partenariat", label: "Marché de partenariat" },
  { code: "commande-privee", label: "Commande privée" },
];

export const SIZING_METHODS: readonly Choice[] = [
  { code: "labour-cost", label: "Coût de main-d'œuvre" },
  { code: "per-amount", label: "Ratio au montant" },
];

export const SEXES: readonly Choice[] = [
  { code: "F", label: "Femme" },
  { code: "M", label: "Homme" },
];

export const EXECUTION_MODES: readonly Choice[] = [
  { code: "embauche-directe", label: "Embauche directe" },
  { code: "mise-a-disposition", label: "Mise à disposition (ETTI, AI, GEIQ)" },
  { code: "sous-traitance", label: "Sous-traitance ou cotraitance (SIAE, EA, ESAT)" },
  { code: "formation", label: "Formation" },
  { code: "interim", label: "Intérim classique" },
];

export const EMPLOYMENT_CONTRACTS: readonly Choice[] = [
  { code: "CDI", label: "CDI" },
  { code: "CDD", label: "CDD" },
  { code: "interim", label: "Intérim" },
  { code: "apprentissage", label: "Apprentissage" },
  { code: "professionnalisation", label: "Professionnalisation" },
  { code: "mise-a-disposition", label: "Mise à disposition SIAE/GEIQ" },
  { code: "contrat-aide", label: "Contrat aidé" },
  { code: "autre", label: "Autre" },
];

export const WORKING_TIMES: readonly Choice[] = [
  { code: "temps-plein", label: "Temps plein" },
  { code: "temps-partiel", label: "Temps partiel" },
  { code: "indifferent", label: "Indifférent" },
];

export const NEED_STATUSES: readonly Choice[] = [
  { code: "ouvert", label: "Ouvert" },
  { code: "pourvu", label: "Pourvu" },
  { code: "annule", label: "Annulé" },
];

export const PROPOSAL_DECISIONS: readonly Choice[] = [
  { code: "en-attente", label: "En attente" },
  { code: "retenu", label: "Retenu" },
  { code: "non-retenu", label: "Non retenu" },
];

export const STEP_KINDS: readonly Choice[] = [
  { code: "emploi", label: "Emploi" },
  { code: "formation", label: "Formation" },
  { code: "accompagnement", label: "Accompagnement" },
];

/** The word a need uses instead of a contract when its hours are pooled across the company's contracts. */
export const POOLED_MARKET = "mutualisé";

export const buyersTable = defineTable({
  name: "Acheteurs",
  sheet: "Acheteurs",
  owner: "user",
  unique: ["id"],
  columns: [
    {
      key: "id",
      header: "Acheteur",
      type: "text",
      required: true,
      synonyms: ["code acheteur", "maitre d ouvrage", "donneur d ordre", "acheteur public", "code"],
    },
    { key: "name", header: "Nom", type: "text", synonyms: ["raison sociale", "libelle", "denomination", "nom de l acheteur"] },
    { key: "buyerType", header: "Type d'acheteur", type: "choice", choices: BUYER_TYPES, synonyms: ["type"] },
    { key: "contact", header: "Contact", type: "text", synonyms: ["courriel", "email", "mel", "adresse electronique"] },
    // Since schema 2: matches the buyer to its contracts in the public procurement data (DECP).
    { key: "siret", header: "SIRET", type: "text", format: "siret", synonyms: ["n siret", "numero siret", "siret acheteur"] },
  ],
});

export const companiesTable = defineTable({
  name: "Entreprises",
  sheet: "Entreprises",
  owner: "user",
  unique: ["id"],
  columns: [
    { key: "id", header: "Entreprise", type: "text", required: true, synonyms: ["titulaire", "code entreprise", "attributaire", "code"] },
    { key: "name", header: "Raison sociale", type: "text", synonyms: ["nom", "denomination", "nom de l entreprise"] },
    {
      key: "siret",
      header: "SIRET",
      type: "text",
      format: "siret",
      synonyms: ["n siret", "numero siret", "numero de siret", "siret etablissement"],
    },
    // Where the monthly statement forms and their reminders go (schema 3).
    { key: "contact", header: "Contact", type: "text", synonyms: ["courriel", "email", "mel", "adresse electronique"] },
  ],
});

export const marketsTable = defineTable({
  name: "Marchés",
  sheet: "Marchés",
  owner: "user",
  unique: ["id"],
  columns: [
    {
      key: "id",
      header: "Marché",
      type: "text",
      required: true,
      width: 16,
      synonyms: [
        "n marche",
        "numero de marche",
        "reference",
        "ref marche",
        "contrat",
        "n du marche",
        "numero du marche",
        "code marche",
        "reference du marche",
      ],
    },
    { key: "lot", header: "Lot", type: "text", width: 8, synonyms: ["n lot", "numero de lot"] },
    {
      key: "label",
      header: "Intitulé",
      type: "text",
      width: 28,
      synonyms: ["objet", "libelle", "designation", "intitule du marche", "objet du marche"],
    },
    {
      key: "buyer",
      header: "Acheteur",
      type: "text",
      width: 16,
      references: "Acheteurs",
      synonyms: ["maitre d ouvrage", "donneur d ordre", "pouvoir adjudicateur", "moa", "acheteur public"],
    },
    {
      key: "company",
      header: "Entreprise",
      type: "text",
      width: 16,
      references: "Entreprises",
      synonyms: ["titulaire", "attributaire", "entreprise titulaire", "societe", "mandataire"],
    },
    { key: "trade", header: "Métier", type: "text", width: 16, synonyms: ["corps d etat", "secteur", "activite", "corps de metier"] },
    { key: "method", header: "Méthode", type: "choice", choices: SIZING_METHODS, width: 14 },
    {
      key: "amount",
      header: "Montant HT",
      type: "number",
      numberFormat: EUROS_FORMAT,
      width: 14,
      min: 0,
      synonyms: [
        "montant",
        "montant ht",
        "montant du marche",
        "montant ht du marche",
        "montant du lot",
        "montant ht du lot",
        "montant notifie",
      ],
    },
    {
      key: "labourShare",
      header: "Part MO",
      type: "fraction",
      numberFormat: PERCENT_FORMAT,
      width: 9,
      synonyms: ["part main d oeuvre", "taux de main d oeuvre", "part de main d oeuvre"],
    },
    {
      key: "insertionRate",
      header: "Taux d'insertion",
      type: "fraction",
      numberFormat: PERCENT_FORMAT,
      width: 10,
      synonyms: ["pourcentage insertion", "taux insertion"],
    },
    {
      key: "hourlyCost",
      header: "Coût horaire",
      type: "number",
      numberFormat: "#,##0.00 €",
      width: 10,
      min: 0,
      synonyms: ["cout horaire moyen"],
    },
    { key: "eurosPerHour", header: "Euros par heure", type: "number", numberFormat: EUROS_FORMAT, width: 10, min: 0 },
    {
      key: "obligation",
      header: "Heures dues",
      type: "number",
      numberFormat: "#,##0",
      width: 10,
      min: 0,
      synonyms: [
        "heures d insertion",
        "nombre d heures",
        "objectif heures",
        "heures a realiser",
        "obligation",
        "nombre d heures d insertion",
        "heures d insertion prevues",
        "heures exigees",
        "objectif d heures",
      ],
    },
    {
      key: "start",
      header: "Début",
      type: "date",
      numberFormat: DATE_FORMAT,
      width: 11,
      synonyms: ["date debut", "date de debut", "date de debut de marche", "debut d execution", "notification"],
    },
    {
      key: "end",
      header: "Fin",
      type: "date",
      numberFormat: DATE_FORMAT,
      width: 11,
      synonyms: ["date fin", "date de fin", "date de fin de marche", "fin d execution"],
    },
    {
      key: "pooled",
      header: "Mutualisé",
      type: "boolean",
      width: 10,
      synonyms: ["globalisation", "mutualisation", "mutualisable", "globalisable", "globalise"],
    },
    { key: "legalBasis", header: "Base juridique", type: "text", width: 14, synonyms: ["fondement", "article"] },
    // Since schema 2: what the public procurement data (DECP) says of the contract.
    { key: "cpv", header: "Code CPV", type: "text", width: 11, synonyms: ["cpv", "code cpv principal"] },
    { key: "nature", header: "Nature", type: "text", width: 14, synonyms: ["nature du marche", "nature du contrat"] },
    {
      key: "datesEstimated",
      header: "Dates estimées",
      type: "boolean",
      width: 10,
      synonyms: ["dates estimees", "fin estimee"],
    },
    { key: "decpId", header: "Réf. DECP", type: "text", width: 16, synonyms: ["identifiant decp", "id decp", "reference decp"] },
  ],
  periods: [["start", "end"]],
});

export const participantsTable = defineTable({
  name: "Participants",
  sheet: "Participants",
  owner: "user",
  unique: ["id"],
  columns: [
    {
      key: "id",
      header: "Participant",
      type: "text",
      required: true,
      synonyms: ["identifiant", "code participant", "pseudonyme", "n participant", "numero participant", "beneficiaire"],
    },
    { key: "sex", header: "Sexe", type: "choice", choices: SEXES, synonyms: ["genre"] },
    {
      key: "birthDate",
      header: "Date de naissance",
      type: "date",
      numberFormat: DATE_FORMAT,
      synonyms: ["naissance", "ne le", "date naissance", "ne e le"],
    },
    {
      key: "qualificationLevel",
      header: "Niveau de qualification",
      type: "integer",
      synonyms: ["niveau", "niveau de formation", "niveau d etude"],
    },
    {
      key: "schoolLeftDate",
      header: "Sortie scolaire",
      type: "date",
      numberFormat: DATE_FORMAT,
      synonyms: ["date de sortie scolaire", "fin d etudes"],
    },
    {
      key: "jobSeekerSince",
      header: "Demandeur d'emploi depuis",
      type: "date",
      numberFormat: DATE_FORMAT,
      synonyms: ["inscription france travail", "inscrit depuis", "date d inscription", "inscription pole emploi"],
    },
    { key: "benefits", header: "Minima sociaux", type: "list", synonyms: ["minima", "allocations"] },
    { key: "rqthFrom", header: "RQTH du", type: "date", numberFormat: DATE_FORMAT, synonyms: ["rqth debut"] },
    { key: "rqthTo", header: "RQTH au", type: "date", numberFormat: DATE_FORMAT, synonyms: ["rqth fin"] },
    { key: "qpv", header: "QPV", type: "boolean", synonyms: ["resident qpv", "quartier prioritaire", "residence qpv", "habite en qpv"] },
    { key: "structure", header: "Structure", type: "text", synonyms: ["structure d insertion", "siae"] },
    { key: "programmes", header: "Dispositifs", type: "list", synonyms: ["dispositif", "accompagnement"] },
    { key: "prescriber", header: "Prescripteur", type: "text", synonyms: ["orienteur", "organisme prescripteur", "prescription"] },
    {
      key: "firstClauseEntry",
      header: "Première entrée clause",
      type: "date",
      numberFormat: DATE_FORMAT,
      synonyms: ["date d entree", "entree clause", "date entree dans la clause"],
    },
    { key: "derogationReason", header: "Motif de dérogation", type: "text", synonyms: ["derogation", "avis motive"] },
    {
      key: "derogationValidatedOn",
      header: "Dérogation validée le",
      type: "date",
      numberFormat: DATE_FORMAT,
      synonyms: ["date de derogation", "derogation accordee le"],
    },
    // What the person is looking for, for the partners' commission (candidates to companies' needs).
    { key: "tradesWanted", header: "Métiers souhaités", type: "list", synonyms: ["metiers", "metier souhaite", "projet professionnel"] },
    {
      key: "availableFrom",
      header: "Disponible à partir du",
      type: "date",
      numberFormat: DATE_FORMAT,
      synonyms: ["disponibilite", "disponible le", "date de disponibilite"],
    },
    { key: "workingTime", header: "Temps de travail souhaité", type: "choice", choices: WORKING_TIMES, synonyms: ["temps de travail"] },
    // The end of the path and its outcome (« sorties »), for the bilans: situation codes of the rule pack.
    { key: "exitDate", header: "Date de sortie", type: "date", numberFormat: DATE_FORMAT, synonyms: ["sortie le", "fin de parcours"] },
    { key: "exitSituation", header: "Situation à la sortie", type: "text", synonyms: ["sortie", "type de sortie", "motif de sortie"] },
    { key: "situationAfter6Months", header: "Situation à 6 mois", type: "text", synonyms: ["sortie a 6 mois", "situation a six mois"] },
    // Left by the retention purge in place of the personal fields it removed (see docs/reporting.md).
    { key: "ageBandAtEntry", header: "Tranche d'âge à l'entrée", type: "text", synonyms: ["tranche d age"] },
    { key: "countableFrom", header: "Comptabilisable du", type: "date", numberFormat: DATE_FORMAT },
    { key: "countableUntil", header: "Comptabilisable au", type: "date", numberFormat: DATE_FORMAT },
    { key: "purgedOn", header: "Données purgées le", type: "date", numberFormat: DATE_FORMAT, synonyms: ["purge"] },
  ],
});

/**
 * The history of eligibility validations: who validated whom, when, on which proofs (type and date
 * seen, never the document), until when. Rows are appended, never edited: a new validation of a
 * person closes the previous one, so the history a bilan relied on stays.
 */
export const validationsTable = defineTable({
  name: "Validations",
  sheet: "Validations",
  owner: "user",
  columns: [
    { key: "participant", header: "Participant", type: "text", required: true, width: 12, synonyms: ["identifiant", "code participant"] },
    {
      key: "validatedOn",
      header: "Validé le",
      type: "date",
      required: true,
      numberFormat: DATE_FORMAT,
      width: 11,
      synonyms: ["date de validation"],
    },
    { key: "validatedBy", header: "Validé par", type: "text", required: true, width: 18, synonyms: ["valideur", "facilitateur"] },
    { key: "criteria", header: "Critères validés", type: "list", width: 16, synonyms: ["criteres", "critere"] },
    { key: "proofs", header: "Justificatifs vus", type: "list", width: 40, synonyms: ["justificatifs", "pieces justificatives"] },
    {
      key: "validUntil",
      header: "Valide jusqu'au",
      type: "date",
      numberFormat: DATE_FORMAT,
      width: 11,
      synonyms: ["fin de validite", "date de fin de validite"],
    },
    { key: "rulePack", header: "Paquet de règles", type: "text", width: 22 },
  ],
  periods: [["rqthFrom", "rqthTo"]],
});

export const hoursTable = defineTable({
  name: "Heures",
  sheet: "Heures",
  owner: "user",
  columns: [
    {
      key: "participant",
      header: "Participant",
      type: "text",
      references: "Participants",
      synonyms: ["salarie", "identifiant", "salarie en insertion", "beneficiaire", "code participant", "code salarie"],
    },
    {
      key: "company",
      header: "Entreprise",
      type: "text",
      required: true,
      references: "Entreprises",
      synonyms: ["titulaire", "attributaire", "societe", "entreprise titulaire", "code entreprise"],
    },
    {
      key: "employer",
      header: "Employeur",
      type: "text",
      synonyms: ["structure", "employeur structure", "siae", "structure employeuse", "structure porteuse"],
    },
    {
      key: "mode",
      header: "Mode",
      type: "choice",
      choices: EXECUTION_MODES,
      synonyms: ["modalite", "mode d execution", "modalite de mise en oeuvre", "modalite d execution"],
    },
    {
      key: "contractType",
      header: "Type de contrat",
      type: "choice",
      choices: EMPLOYMENT_CONTRACTS,
      synonyms: ["contrat", "nature du contrat", "type contrat", "nature de contrat"],
    },
    {
      key: "start",
      header: "Début",
      type: "date",
      numberFormat: DATE_FORMAT,
      required: true,
      synonyms: ["date debut", "du", "date de debut", "debut de periode", "date de debut de periode", "periode du", "date debut periode"],
    },
    {
      key: "end",
      header: "Fin",
      type: "date",
      numberFormat: DATE_FORMAT,
      required: true,
      synonyms: ["date fin", "au", "date de fin", "fin de periode", "date de fin de periode", "periode au", "date fin periode"],
    },
    {
      key: "hours",
      header: "Heures",
      type: "number",
      numberFormat: HOURS_FORMAT,
      // Empty on a sub-contracting line given by its amount (« Montant facturé HT »): the ventilation checks every line has one or the other.
      min: 0,
      synonyms: [
        "nombre d heures",
        "heures realisees",
        "heures travaillees",
        "volume",
        "nb heures",
        "nb d heures",
        "nombre heures",
        "heures effectuees",
        "total heures",
      ],
    },
    {
      key: "market",
      header: "Marché",
      type: "text",
      references: "Marchés",
      synonyms: ["n marche", "affectation", "chantier", "numero de marche", "ref marche", "reference marche", "operation"],
    },
    // Provenance of lines collected from a company's statement form (schema 3, see docs/statements.md):
    // a corrected form replaces exactly the lines of its earlier version, found by these columns.
    { key: "statement", header: "Relevé", type: "text", width: 18, synonyms: ["releve d heures"] },
    { key: "statementVersion", header: "Version du relevé", type: "integer", width: 8, min: 1 },
    { key: "receivedOn", header: "Reçu le", type: "date", numberFormat: DATE_FORMAT, width: 11, synonyms: ["date de reception"] },
    {
      // Schema 4 (migrations/v3-to-v4.ts): a sub-contractor's amount, converted into hours by the pack's counting rules.
      key: "amountInvoiced",
      header: "Montant facturé HT",
      type: "number",
      numberFormat: EUROS_FORMAT,
      min: 0,
      synonyms: ["montant facture", "montant sous traite", "montant facture ht", "montant ht facture", "montant de la sous traitance"],
    },
  ],
  periods: [["start", "end"]],
});

export const ventilationTable = defineTable({
  name: "Ventilation",
  sheet: "Ventilation",
  owner: "addin",
  columns: [
    // Hours set aside (excess, out of period, not countable) belong to a company, not to a contract.
    { key: "company", header: "Entreprise", type: "text", width: 16 },
    { key: "market", header: "Marché", type: "text", width: 16 },
    { key: "participant", header: "Participant", type: "text", width: 14 },
    // A real date (the first of the month) shown as « janvier 2026 »: sorted, filtered and charted by
    // Excel as months, read back as a date by any reader (the add-in itself reads no Ventilation row).
    { key: "month", header: "Mois", type: "date", numberFormat: MONTH_FORMAT, width: 14 },
    { key: "kind", header: "Nature", type: "text", width: 12 },
    { key: "hours", header: "Heures", type: "number", numberFormat: HOURS_FORMAT, width: 10 },
    { key: "policy", header: "Règle de ventilation", type: "text", width: 16 },
    { key: "spread", header: "Répartition", type: "text", width: 14 },
    { key: "rulePack", header: "Paquet de règles", type: "text", width: 22 },
    { key: "inputDigest", header: "Empreinte des données", type: "text", width: 24 },
  ],
});

export const bilansTable = defineTable({
  name: "Bilans",
  sheet: "Bilans",
  owner: "addin",
  columns: [
    { key: "scope", header: "Périmètre", type: "text", width: 20 },
    { key: "indicator", header: "Indicateur", type: "text", width: 32 },
    { key: "value", header: "Valeur", type: "text", width: 12 },
    { key: "period", header: "Période", type: "text", width: 22 },
    { key: "rulePack", header: "Paquet de règles", type: "text", width: 22 },
    { key: "unit", header: "Unité", type: "text", width: 10 },
    // Where the figure comes from (hour lines and contracts) and who may receive it.
    { key: "source", header: "Source", type: "text", width: 34 },
    { key: "audience", header: "Diffusion", type: "text", width: 24 },
  ],
});

/** The clauses drafted by the « Rédiger » wizard: one row per section, rewritten per contract. */
export const clausesTable = defineTable({
  name: "Clauses",
  sheet: "Clauses",
  owner: "addin",
  columns: [
    { key: "market", header: "Marché", type: "text", width: 16 },
    { key: "document", header: "Document", type: "text", width: 12 },
    { key: "section", header: "Section", type: "text", width: 30 },
    { key: "text", header: "Texte", type: "text", width: 90 },
    { key: "legalBasis", header: "Base juridique", type: "text", width: 14 },
    { key: "hours", header: "Heures", type: "number", numberFormat: "#,##0", width: 10 },
    { key: "draftedOn", header: "Rédigé le", type: "date", numberFormat: DATE_FORMAT, width: 11 },
    { key: "rulePack", header: "Paquet de règles", type: "text", width: 22 },
  ],
});

export const PURCHASE_KINDS: readonly Choice[] = [
  { code: "works", label: "Travaux" },
  { code: "supplies", label: "Fournitures" },
  { code: "services", label: "Services" },
];

/**
 * A buyer's plan of purchases (« programmation des achats »), screened by the « Commande publique »
 * panel: which planned contracts to clause, how, and for how many hours. Since schema 2.
 */
export const programmingTable = defineTable({
  name: "Programmation",
  sheet: "Programmation",
  owner: "user",
  unique: ["id"],
  columns: [
    { key: "id", header: "Achat", type: "text", required: true, width: 12, synonyms: ["reference", "n achat", "numero", "code achat"] },
    { key: "label", header: "Objet", type: "text", required: true, width: 32, synonyms: ["intitule", "objet de l achat", "libelle"] },
    {
      key: "buyer",
      header: "Acheteur",
      type: "text",
      width: 14,
      references: "Acheteurs",
      synonyms: ["maitre d ouvrage", "donneur d ordre", "pouvoir adjudicateur"],
    },
    { key: "cpv", header: "Code CPV", type: "text", width: 11, synonyms: ["cpv"] },
    { key: "kind", header: "Nature de l'achat", type: "choice", choices: PURCHASE_KINDS, width: 12, synonyms: ["type d achat", "nature"] },
    { key: "trade", header: "Métier", type: "text", width: 14, synonyms: ["corps d etat", "secteur", "activite"] },
    {
      key: "amount",
      header: "Montant estimé HT",
      type: "number",
      numberFormat: EUROS_FORMAT,
      width: 14,
      min: 0,
      synonyms: ["montant estime", "montant previsionnel", "valeur estimee", "montant"],
    },
    { key: "months", header: "Durée (mois)", type: "integer", width: 9, min: 1, synonyms: ["duree", "duree en mois", "nombre de mois"] },
    {
      key: "launch",
      header: "Lancement prévu",
      type: "date",
      numberFormat: DATE_FORMAT,
      width: 11,
      synonyms: ["date de lancement", "lancement", "publication prevue"],
    },
    { key: "defence", header: "Défense ou sécurité", type: "boolean", width: 10, synonyms: ["defense", "marche de defense"] },
  ],
});

/**
 * What each company will need (« besoins »): a job, its hours and dates, on one contract or pooled
 * across the company's contracts (« mutualisé »). Entered in the pane or imported.
 */
export const needsTable = defineTable({
  name: "Besoins",
  sheet: "Besoins",
  owner: "user",
  unique: ["id"],
  columns: [
    { key: "id", header: "Besoin", type: "text", required: true, width: 10, synonyms: ["n besoin", "numero de besoin", "offre"] },
    { key: "company", header: "Entreprise", type: "text", required: true, width: 16, references: "Entreprises", synonyms: ["employeur"] },
    { key: "market", header: "Marché", type: "text", width: 14, synonyms: ["chantier", "operation"] },
    { key: "trade", header: "Métier", type: "text", width: 18, synonyms: ["poste", "emploi", "fonction"] },
    { key: "hours", header: "Heures", type: "number", numberFormat: "#,##0", required: true, min: 0, width: 9, synonyms: ["volume"] },
    { key: "start", header: "Début", type: "date", numberFormat: DATE_FORMAT, required: true, width: 11, synonyms: ["date de debut"] },
    { key: "end", header: "Fin", type: "date", numberFormat: DATE_FORMAT, required: true, width: 11, synonyms: ["date de fin"] },
    { key: "place", header: "Lieu", type: "text", width: 16, synonyms: ["lieu de travail", "commune"] },
    { key: "status", header: "Statut", type: "choice", choices: NEED_STATUSES, required: true, width: 10, synonyms: ["etat"] },
  ],
  periods: [["start", "end"]],
});

/** Who was proposed to which need, by whom, and what was decided (rows are appended: the history stays). */
export const proposalsTable = defineTable({
  name: "Positionnements",
  sheet: "Positionnements",
  owner: "user",
  columns: [
    { key: "need", header: "Besoin", type: "text", required: true, width: 10, references: "Besoins" },
    { key: "participant", header: "Participant", type: "text", required: true, width: 12, references: "Participants" },
    { key: "prescriber", header: "Prescripteur", type: "text", width: 18, synonyms: ["partenaire", "orienteur"] },
    { key: "date", header: "Date", type: "date", numberFormat: DATE_FORMAT, required: true, width: 11, synonyms: ["date de commission"] },
    { key: "decision", header: "Décision", type: "choice", choices: PROPOSAL_DECISIONS, required: true, width: 12 },
    { key: "reason", header: "Motif", type: "text", width: 30, synonyms: ["motif de la decision", "commentaire"] },
  ],
});

/**
 * Each person's steps (« étapes de parcours ») other than the hours already in Heures: trainings,
 * support, jobs outside the clauses. The path view joins them with the hour lines.
 */
export const stepsTable = defineTable({
  name: "Étapes",
  sheet: "Étapes",
  owner: "user",
  columns: [
    { key: "participant", header: "Participant", type: "text", required: true, width: 12, references: "Participants" },
    { key: "kind", header: "Nature", type: "choice", choices: STEP_KINDS, required: true, width: 14, synonyms: ["type d etape"] },
    { key: "organisation", header: "Organisme", type: "text", width: 20, synonyms: ["entreprise", "organisme de formation", "structure"] },
    { key: "market", header: "Marché", type: "text", width: 14 },
    { key: "start", header: "Début", type: "date", numberFormat: DATE_FORMAT, required: true, width: 11 },
    { key: "end", header: "Fin", type: "date", numberFormat: DATE_FORMAT, required: true, width: 11 },
    { key: "hours", header: "Heures", type: "number", numberFormat: HOURS_FORMAT, min: 0, width: 9 },
  ],
  periods: [["start", "end"]],
});

/** Every standard table, in the order of the workbook's sheets. */
export const standardTables = [
  buyersTable,
  companiesTable,
  marketsTable,
  participantsTable,
  validationsTable,
  hoursTable,
  ventilationTable,
  bilansTable,
  clausesTable,
  programmingTable,
  needsTable,
  proposalsTable,
  stepsTable,
] as const;

/** Schema version of the workbook this code writes; stored in the workbook's settings. */
export const WORKBOOK_SCHEMA_VERSION = 5;
