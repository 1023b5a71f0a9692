/**
 * Version 0: a workbook written before the add-in stored its schema version. The prototype
 * workbooks of the add-in (and the facilitators' template they were drawn from) named their tables
 * and headers in English: `Contracts`, `Hours`, « Hours due », « Start »… This file is that layout,
 * table by table, as the migration to version 1 reads it. Tables version 1 added (Validations,
 * Clauses) did not exist in version 0: the add-in creates them when it first writes to them.
 */

export interface V0Table {
  /** Names the table had in version 0 (compared accents and case ignored). */
  names: readonly string[];
  /** Version 0 header → version 1 header. */
  headers: Readonly<Record<string, string>>;
}

/** By version 1 table name. */
export const V0_TABLES: Readonly<Record<string, V0Table>> = {
  Acheteurs: {
    names: ["Buyers"],
    headers: { Buyer: "Acheteur", Name: "Nom", "Buyer type": "Type d'acheteur", Contact: "Contact" },
  },
  Entreprises: {
    names: ["Companies"],
    headers: { Company: "Entreprise", "Company name": "Raison sociale", Name: "Raison sociale", SIRET: "SIRET" },
  },
  Marchés: {
    names: ["Contracts", "Markets"],
    headers: {
      Contract: "Marché",
      Market: "Marché",
      Lot: "Lot",
      Label: "Intitulé",
      Buyer: "Acheteur",
      Company: "Entreprise",
      Trade: "Métier",
      Method: "Méthode",
      Amount: "Montant HT",
      "Labour share": "Part MO",
      "Insertion rate": "Taux d'insertion",
      "Hourly cost": "Coût horaire",
      "Euros per hour": "Euros par heure",
      "Hours due": "Heures dues",
      Start: "Début",
      End: "Fin",
      Pooled: "Mutualisé",
      "Legal basis": "Base juridique",
    },
  },
  Participants: {
    names: ["Participants"],
    headers: {
      Participant: "Participant",
      Sex: "Sexe",
      "Birth date": "Date de naissance",
      "Qualification level": "Niveau de qualification",
      "Left school": "Sortie scolaire",
      "Job seeker since": "Demandeur d'emploi depuis",
      Benefits: "Minima sociaux",
      "RQTH from": "RQTH du",
      "RQTH to": "RQTH au",
      QPV: "QPV",
      Structure: "Structure",
      Programmes: "Dispositifs",
      Prescriber: "Prescripteur",
      "First clause entry": "Première entrée clause",
      "Derogation reason": "Motif de dérogation",
      "Derogation validated on": "Dérogation validée le",
    },
  },
  Heures: {
    names: ["Hours"],
    headers: {
      Participant: "Participant",
      Company: "Entreprise",
      Employer: "Employeur",
      Mode: "Mode",
      "Contract type": "Type de contrat",
      Start: "Début",
      End: "Fin",
      Hours: "Heures",
      Contract: "Marché",
    },
  },
  Ventilation: {
    names: ["Allocation"],
    headers: {
      Contract: "Marché",
      Participant: "Participant",
      Month: "Mois",
      Kind: "Nature",
      Hours: "Heures",
      Policy: "Règle de ventilation",
      "Rule pack": "Paquet de règles",
      "Input digest": "Empreinte des données",
    },
  },
  Bilans: {
    names: ["Reports"],
    headers: { Scope: "Périmètre", Indicator: "Indicateur", Value: "Valeur", Period: "Période", "Rule pack": "Paquet de règles" },
  },
};
