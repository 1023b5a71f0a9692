/**
 * Every message of the company statements (« relevés d'heures »), in French: the only place they are
 * written. Each factory returns a `DomainError` with a stable code, the reason (lower case) and where.
 */
import { DomainError, type Where } from "../errors";

/** The period is not a month « AAAA-MM ». */
export const invalidPeriod = (text: string, field = "--period"): DomainError =>
  new DomainError("statements.period.invalid", `« ${text} » n'est pas un mois (attendu AAAA-MM, par exemple 2026-03)`, { field });

/** A company asked for is not in Entreprises. */
export const unknownCompany = (company: string): DomainError =>
  new DomainError("statements.company.unknown", `entreprise « ${company} » inconnue : elle n'est pas dans le tableau Entreprises`, {
    field: "--companies",
  });

/** A company has no contract with a clause active in the period: it is not due a form. */
export const noActiveContract = (company: string, period: string): DomainError =>
  new DomainError(
    "statements.company.inactive",
    `l'entreprise « ${company} » n'a aucun marché avec clause actif en ${period} : aucun relevé ne lui est dû`,
    { field: "--companies" },
  );

/** The workbook has no guichet identifier yet: forms could not be recognised when they come back. */
export const noGuichet = (): DomainError =>
  new DomainError(
    "statements.guichet.missing",
    "ce classeur n'a pas encore d'identifiant de guichet : lancez « clauses statements init CLASSEUR.xlsx --out NOUVEAU.xlsx » ou générez les relevés depuis le panneau « Relevés », qui le crée",
  );

/** The file holds no form identity (not a statement form, or its hidden sheet was removed). */
export const notAForm = (file: string): DomainError =>
  new DomainError(
    "statements.form.unknown",
    `« ${file} » n'est pas un relevé d'heures du guichet (sa feuille d'identification est absente) : renvoyez à l'entreprise le relevé généré pour elle`,
  );

/** The form was made by another guichet's workbook. */
export const otherGuichet = (file: string): DomainError =>
  new DomainError(
    "statements.form.guichet",
    `« ${file} » a été généré par le classeur d'un autre guichet : il ne peut pas être collecté dans celui-ci`,
  );

/** The form's structure no longer matches its identity (columns, lists or hidden sheet modified). */
export const alteredForm = (file: string, what: string): DomainError =>
  new DomainError(
    "statements.form.altered",
    `la structure de « ${file} » a été modifiée (${what}) : il ne peut pas être lu sans risque d'erreur ; renvoyez à l'entreprise un relevé neuf`,
  );

/** The form is of a company the workbook no longer has. */
export const formCompanyUnknown = (file: string, company: string): DomainError =>
  new DomainError(
    "statements.form.company",
    `« ${file} » est le relevé de l'entreprise « ${company} », absente du tableau Entreprises de ce classeur`,
  );

/** A line problem, located on the form's sheet, row and column. */
export const lineProblem = (where: Where, reason: string): DomainError => new DomainError("statements.line.invalid", reason, where);

export const LINE_REASONS = {
  noPerson: "indiquez la personne (liste) ou, pour une personne qui n'y est pas, son nom et sa date de naissance",
  bothPersons: "choisissez une personne de la liste ou remplissez « nouvelle personne », pas les deux",
  unknownPerson: (label: string) => `« ${label} » n'est pas dans la liste des personnes de ce relevé`,
  newPersonBirth: "date de naissance de la nouvelle personne manquante",
  unknownMarket: (label: string) => `« ${label} » n'est pas un marché de ce relevé`,
  noPooling: "« mutualisé » n'est possible que pour une entreprise dont un marché est mutualisable",
  marketMissing: "indiquez le marché (ou « mutualisé »)",
  outsidePeriod: (date: string, period: string) => `le ${date} est hors de la période du relevé (${period})`,
  outsideContract: (date: string, market: string) => `le ${date} est hors des dates du marché « ${market} »`,
  outsidePooled: (date: string) => `le ${date} est hors des dates de vos marchés mutualisables`,
  zeroHours: "0 heure : laissez la ligne vide plutôt",
  required: "valeur obligatoire manquante",
  unsigned: "attestation non remplie : le relevé doit être signé (nom, fonction, date), même sans aucune ligne",
  outsideTable:
    "cellule remplie hors du tableau des heures : elle ne serait pas lue ; reportez-la dans le tableau ou demandez au guichet un relevé avec plus de lignes",
} as const;

/** Two forms of the same company and period in one collection, with different lines. */
export const twoVersionsAtOnce = (company: string, period: string, files: readonly string[]): DomainError =>
  new DomainError(
    "statements.collect.twice",
    `deux relevés différents de « ${company} » pour ${period} dans la même collecte (${files.join(", ")}) : collectez-les un par un, le plus ancien d'abord`,
  );
