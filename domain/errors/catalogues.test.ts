/**
 * Every documented error of the domain's catalogues (domain/<module>/errors.ts), table-driven: its
 * stable code and the French message the facilitator reads, where included. A wording changed by
 * mistake, or a code renamed under the faces that branch on it, fails here. The last test checks
 * that every code named by a JSDoc `@throws` exists in a catalogue.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import * as dates from "../dates/errors";
import * as drafting from "../drafting/errors";
import * as eligibility from "../eligibility/errors";
import * as imports from "../import/errors";
import * as reporting from "../reporting/errors";
import * as rules from "../rules/errors";
import * as sizing from "../sizing/errors";
import * as validation from "../validation/errors";
import * as ventilation from "../ventilation/errors";
import * as workbook from "../workbook/errors";
import { DomainError } from "./domain-error";

const cases: [string, () => DomainError, string, string][] = [
  [
    "dates.invalidIsoDate",
    () => dates.invalidIsoDate("2026-13-01", { field: "markets[0].start" }),
    "date.invalid",
    "markets[0].start : la date « 2026-13-01 » n'existe pas ou n'est pas au format AAAA-MM-JJ",
  ],
  [
    "dates.reversedInterval",
    () => dates.reversedInterval("2026-01-05", "2026-06-30", { field: "markets[0]" }),
    "interval.reversed",
    "markets[0] : la fin (2026-01-05) précède le début (2026-06-30)",
  ],
  [
    "drafting.missingValue",
    () => drafting.missingValue("contract"),
    "drafting.field.missing",
    "contract.label : indiquez l'intitulé ou la référence du marché",
  ],
  [
    "drafting.missingValue (pack)",
    () => drafting.missingValue("publicsList"),
    "drafting.field.missing",
    "publicsList : le paquet de règles ne donne pas de valeur à « publicsList »",
  ],
  [
    "drafting.placeholderWithoutValue",
    () => drafting.placeholderWithoutValue("hours"),
    "drafting.placeholder.empty",
    "Variable de modèle sans valeur : hours",
  ],
  [
    "drafting.exemptionUnknown",
    () => drafting.exemptionUnknown("un marché", "X", ""),
    "drafting.exemption.unknown",
    "exemption.code : dérogation inconnue pour un marché : « X » (possibles : aucune)",
  ],
  [
    "drafting.thresholdUnknown",
    () => drafting.thresholdUnknown("2030-01-01", "2026-2027 (2026-01-01 au 2027-12-31)", "launchDate"),
    "drafting.threshold.unknown",
    "launchDate : aucun seuil européen n'est connu le 2030-01-01 dans le paquet de règles (périodes connues : 2026-2027 (2026-01-01 au 2027-12-31)) ; mettez à jour le paquet de règles",
  ],
  [
    "drafting.localPreference",
    () =>
      drafting.localPreference(
        "main-d'œuvre locale",
        "réserver des emplois aux habitants est illicite",
        ["viser des publics", "mutualiser"],
        "scope",
      ),
    "drafting.localPreference",
    "scope : « main-d'œuvre locale » : réserver des emplois aux habitants est illicite. Leviers licites : 1) viser des publics ; 2) mutualiser.",
  ],
  [
    "drafting.criterionUnused",
    () => drafting.criterionUnused("Marché réservé"),
    "drafting.criterion.unused",
    "awardCriterion : le critère d'insertion s'ajoute à une clause d'insertion, pas à la base « Marché réservé »",
  ],
  [
    "drafting.basisUnknown",
    () => drafting.basisUnknown("x", "« insertion » (L. 2112-2)"),
    "drafting.basis.unknown",
    "basis : base juridique inconnue « x » (possibles : « insertion » (L. 2112-2))",
  ],
  [
    "drafting.codeUnknown",
    () => drafting.codeUnknown("public", "X", "DELD, RSA", "publics[0]"),
    "drafting.code.unknown",
    "publics[0] : public inconnu « X » (possibles : DELD, RSA)",
  ],
  [
    "drafting.durationTooLong",
    () => drafting.durationTooLong("L. 2113-12", "3", "4"),
    "drafting.duration.tooLong",
    "durationYears : la réservation de l'article L. 2113-12 est limitée à 3 ans (reçu 4)",
  ],
  [
    "eligibility.codeUnknown",
    () => eligibility.codeUnknown("dispositif", "XYZ", "PLIE, EPIDE", { field: "programmes[0]" }),
    "eligibility.code.unknown",
    "programmes[0] : dispositif inconnu « XYZ » (codes possibles : PLIE, EPIDE)",
  ],
  [
    "eligibility.bornInFuture",
    () => eligibility.bornInFuture("2026-03-02", { field: "birthDate" }),
    "eligibility.fact.invalid",
    "birthDate : la date de naissance est dans le futur (aujourd'hui : 2026-03-02)",
  ],
  [
    "eligibility.beforeBirth",
    () => eligibility.beforeBirth("la sortie scolaire", { table: "Participants", row: 2, column: "Sortie scolaire" }),
    "eligibility.fact.invalid",
    "Participants, ligne 2, colonne « Sortie scolaire » : la sortie scolaire précède la date de naissance",
  ],
  [
    "eligibility.rightEndsBeforeStart",
    () => eligibility.rightEndsBeforeStart("la RQTH", { field: "rqth.to" }),
    "eligibility.fact.invalid",
    "rqth.to : la fin de la RQTH précède son début",
  ],
  [
    "eligibility.notBornOn",
    () => eligibility.notBornOn("2026-03-02", { field: "people[0].birthDate" }),
    "eligibility.birth.afterDate",
    "people[0].birthDate : la personne n'est pas née à la date de référence (2026-03-02)",
  ],
  [
    "eligibility.duplicateId",
    () => eligibility.duplicateId("P1", { field: "people[3].id" }),
    "eligibility.id.duplicate",
    "people[3].id : l'identifiant « P1 » apparaît deux fois",
  ],
  [
    "eligibility.benefitInvalid",
    () =>
      eligibility.benefitInvalid(eligibility.benefitUnreadable("ASS 2025"), { table: "Participants", row: 4, column: "Minima sociaux" }),
    "eligibility.benefit.invalid",
    "Participants, ligne 4, colonne « Minima sociaux » : « ASS 2025 » : écrivez le minimum social, puis « du JJ/MM/AAAA » et « au JJ/MM/AAAA » si besoin",
  ],
  [
    "eligibility.levelInvalid",
    () => eligibility.levelInvalid(9, { table: "Participants", row: 2, column: "Niveau" }),
    "eligibility.level.invalid",
    "Participants, ligne 2, colonne « Niveau » : le niveau 9 n'existe pas (1 à 8 ; 3 = CAP, BEP)",
  ],
  [
    "eligibility.derogationWithoutReason",
    () => eligibility.derogationWithoutReason({ table: "Participants", row: 2, column: "Motif de dérogation" }),
    "eligibility.derogation.reason",
    "Participants, ligne 2, colonne « Motif de dérogation » : une dérogation validée doit avoir son motif (avis motivé du prescripteur)",
  ],
  [
    "eligibility.validationInvalid",
    () => eligibility.validationInvalid(eligibility.VALIDATION_REASONS.inFuture(), "validatedOn"),
    "eligibility.validation.invalid",
    "validatedOn : une validation ne peut pas être datée dans le futur",
  ],
  [
    "eligibility.proofInvalid",
    () => eligibility.proofInvalid(eligibility.proofUndated("Pièce d'identité"), { table: "Validations", row: 3, column: "Justificatifs" }),
    "eligibility.proof.invalid",
    "Validations, ligne 3, colonne « Justificatifs » : « Pièce d'identité » : indiquez la date du justificatif (… du JJ/MM/AAAA)",
  ],
  [
    "import.tableUnknown",
    () => imports.tableUnknown("Heurs", "Marchés, Heures"),
    "import.table.unknown",
    "table : tableau inconnu « Heurs » (attendu : Marchés, Heures)",
  ],
  [
    "import.mappingSourceMissing",
    () => imports.mappingSourceMissing("Nb h", "columns.Nb h"),
    "import.mapping.source",
    "columns.Nb h : la feuille n'a pas de colonne « Nb h »",
  ],
  [
    "import.mappingTargetUnknown",
    () => imports.mappingTargetUnknown("Heures", "heurs", "company, hours", "columns.Nb h"),
    "import.mapping.target",
    "columns.Nb h : le tableau Heures n'a pas de colonne « heurs » (attendu : company, hours)",
  ],
  [
    "reporting.situationUnknown",
    () => reporting.situationUnknown("CDI-intérimaire", "CDI, CDD-6M-PLUS", { field: "exit.situation" }),
    "reporting.situation.unknown",
    "exit.situation : situation inconnue « CDI-intérimaire » (codes possibles : CDI, CDD-6M-PLUS)",
  ],
  [
    "reporting.exitDateMissing",
    () => reporting.exitDateMissing({ field: "exit.date" }),
    "reporting.exit.date",
    "exit.date : indiquez la date de sortie : elle dit dans quel bilan la sortie compte",
  ],
  [
    "reporting.ageBandUnknown",
    () => reporting.ageBandUnknown("90+", "-26, 26-49, 50+", { field: "purged.ageBand" }),
    "reporting.ageBand.unknown",
    "purged.ageBand : tranche d'âge inconnue « 90+ » (codes possibles : -26, 26-49, 50+)",
  ],
  [
    "reporting.retentionUnset",
    () => reporting.retentionUnset(),
    "reporting.retention.unset",
    "--years : la durée de conservation n'est pas fixée : indiquez-la (en années sans activité) ou fixez-la dans le paquet de règles du territoire (reporting.retention.years)",
  ],
  [
    "reporting.retentionInvalid",
    () => reporting.retentionInvalid(0),
    "reporting.retention.invalid",
    "--years : un nombre entier d'années, au moins 1, est attendu (reçu « 0 »)",
  ],
  [
    "reporting.periodReversed",
    () => reporting.periodReversed("juin 2026", "mars 2026", { field: "Période" }),
    "reporting.period.reversed",
    "Période : la fin (mars 2026) précède le début (juin 2026)",
  ],
  [
    "reporting.periodNotWholeMonth",
    () => reporting.periodNotWholeMonth("le premier", "2026-01-01", "--from"),
    "reporting.period.month",
    "--from : les bilans se font par mois entiers (les heures sont ventilées mois par mois) : indiquez le premier jour d'un mois (ex. 2026-01-01)",
  ],
  [
    "reporting.personalViewRefused",
    () => reporting.personalViewRefused("s'impriment"),
    "reporting.export.personal",
    "La vue interne contient des données personnelles : seuls les bilans pour un acheteur ou une entreprise s'impriment",
  ],
  ["reporting.figureUnknown", () => reporting.figureUnknown("hours.extra"), "reporting.figure.unknown", "Figure inconnue : hours.extra"],
  [
    "rules.noValueInForce",
    () => rules.noValueInForce("taux d'insertion", "2020-01-01"),
    "rules.noValue",
    "Aucune valeur de « taux d'insertion » n'est en vigueur le 2020-01-01 dans le paquet de règles",
  ],
  [
    "rules.sectionUnknown",
    () => rules.sectionUnknown("sizin", ["calendar", "sizing"]),
    "rules.section.unknown",
    "sections.sizin : section inconnue (attendu : calendar, sizing)",
  ],
  [
    "rules.sectionMissing",
    () => rules.sectionMissing("national@2026.11.1", "sizing"),
    "rules.section.missing",
    "Le paquet de règles national@2026.11.1 n'a pas de section « sizing »",
  ],
  [
    "sizing.tradeUnknown",
    () => sizing.tradeUnknown("plomberie", "peinture, gros-oeuvre", "lots[0].trade"),
    "sizing.trade.unknown",
    "lots[0].trade : métier inconnu « plomberie » (métiers connus : peinture, gros-oeuvre)",
  ],
  [
    "sizing.tradeUnconfirmed",
    () => sizing.tradeUnconfirmed("Gros œuvre", "trade"),
    "sizing.trade.unconfirmed",
    "trade : la part de main-d'œuvre du métier « Gros œuvre » est à confirmer : aucune source ne la donne, saisissez-la",
  ],
  [
    "sizing.fteDivisorInvalid",
    () => sizing.fteDivisorInvalid(),
    "sizing.fte.invalid",
    "Le nombre d'heures par ETP doit être strictement positif",
  ],
  [
    "validation.inputInvalid",
    () => validation.inputInvalid("input.invalid", validation.negativeValue("« -1 »"), { field: "lots[0].amount" }),
    "input.invalid",
    "lots[0].amount : doit être positif ou nul (reçu « -1 »)",
  ],
  [
    "ventilation.marketDuplicate",
    () => ventilation.marketDuplicate("M1", 1, { field: "markets[3].id" }),
    "ventilation.market.duplicate",
    "markets[3].id : le marché « M1 » apparaît deux fois (déjà en position 1)",
  ],
  [
    "ventilation.lineMarketUnknown",
    () => ventilation.lineMarketUnknown("M9", { field: "lines[0].market" }),
    "ventilation.line.market.unknown",
    "lines[0].market : marché « M9 » inconnu (il n'est pas dans la liste des marchés)",
  ],
  [
    "ventilation.lineMarketOtherCompany",
    () => ventilation.lineMarketOtherCompany("M1", "BTP", "JARDINS", { field: "lines[0].market" }),
    "ventilation.line.market.company",
    "lines[0].market : le marché « M1 » est celui de l'entreprise « BTP », pas de « JARDINS »",
  ],
  [
    "ventilation.windowReversed",
    () => ventilation.windowReversed("2026-04-01", "2026-05-01", { field: "windows[0].until" }),
    "ventilation.window.reversed",
    "windows[0].until : la fin (2026-04-01) précède le début (2026-05-01)",
  ],
  [
    "ventilation.moreErrors",
    () => ventilation.moreErrors(3),
    "ventilation.errors.more",
    "Et 3 autres problèmes : corrigez les premiers puis relancez",
  ],
  [
    "ventilation.moreErrors (one)",
    () => ventilation.moreErrors(1),
    "ventilation.errors.more",
    "Et 1 autre problème : corrigez les premiers puis relancez",
  ],
  [
    "ventilation.choiceUnknown",
    () => ventilation.choiceUnknown("répartition", "x", "calendar (…)", { field: "--spread" }),
    "ventilation.spread.unknown",
    "--spread : répartition inconnue « x » ; attendu : calendar (…)",
  ],
  [
    "ventilation.cellInvalid",
    () => ventilation.cellInvalid("Marchés", 3, "Heures dues", ventilation.CELL_REASONS.negative(-600)),
    "ventilation.cell.invalid",
    "Marchés, ligne 3, colonne « Heures dues » : « -600 » : doit être positif ou nul",
  ],
  [
    "ventilation.marketNotPooled",
    () => ventilation.marketNotPooled("M1"),
    "ventilation.market.missing",
    "markets : contrat M1 absent de la mutualisation",
  ],
  [
    "ventilation.workdaysWithoutCalendar",
    () => ventilation.workdaysWithoutCalendar(),
    "ventilation.spread.calendar",
    "spread : la répartition sur les jours ouvrés demande le calendrier du paquet de règles",
  ],
  [
    "ventilation.detailRequired",
    () => ventilation.detailRequired(),
    "ventilation.detail.required",
    "La ventilation doit être calculée avec son détail pour être écrite",
  ],
  [
    "workbook.columnMissing",
    () => workbook.columnMissing("Heures", "Heures"),
    "table.column.missing",
    "Heures : la colonne « Heures » est absente",
  ],
  [
    "workbook.cellInvalid",
    () => workbook.cellInvalid("Heures", 3, "Heures", workbook.CELL_REASONS.negative(-3.5)),
    "table.cell.invalid",
    "Heures, ligne 3, colonne « Heures » : « -3,5 » : doit être positif ou nul",
  ],
  [
    "workbook.rowInconsistent",
    () => workbook.rowInconsistent("Heures", 2, "Fin", workbook.CELL_REASONS.reversed("30/01/2026", "05/02/2026")),
    "table.row.inconsistent",
    "Heures, ligne 2, colonne « Fin » : la fin (30/01/2026) précède le début (05/02/2026)",
  ],
  ["workbook.migrationMissing", () => workbook.migrationMissing(3), "schema.migration.missing", "Aucune migration de la version 3 à 4"],
  [
    "workbook.versionUnreadable",
    () => workbook.versionUnreadable("x"),
    "schema.version.invalid",
    "La version du classeur enregistrée (« x ») est illisible",
  ],
  // Issue 12: clause publics from the criteria, lots, counting rules of the modes.
  [
    "drafting.unknownPublicCriterion",
    () => drafting.unknownPublicCriterion("avis-prescripteur", ["DEROGATION"], "publics[0]"),
    "drafting.public.criterion",
    "publics[0] : le public « avis-prescripteur » renvoie au critère DEROGATION, absent des règles d'éligibilité du paquet ; mettez à jour les publics du paquet de territoire",
  ],
  [
    "drafting.valueOrLotsProblem",
    () => drafting.valueOrLotsProblem(true, true) as DomainError,
    "drafting.check.valueAndLots",
    "lots : indiquez soit la valeur estimée totale (value), soit les lots (lots), pas les deux",
  ],
  [
    "ventilation.lineHoursMissing",
    () => ventilation.lineHoursMissing({ field: "lines[0].hours" }),
    "ventilation.line.hours.missing",
    "lines[0].hours : indiquez les heures de la ligne, ou pour une sous-traitance ou cotraitance (SIAE, EA, ESAT) le montant facturé HT (amountInvoiced)",
  ],
  [
    "ventilation.lineHoursAndAmount",
    () => ventilation.lineHoursAndAmount({ field: "lines[0].amountInvoiced" }),
    "ventilation.line.hoursAndAmount",
    "lines[0].amountInvoiced : la ligne donne à la fois des heures et un montant facturé : gardez les heures déclarées par la structure, ou le montant à convertir, pas les deux",
  ],
  [
    "ventilation.amountWithoutSubcontracting",
    () => ventilation.amountWithoutSubcontracting("formation", { field: "lines[0].amountInvoiced" }),
    "ventilation.line.amountMode",
    "lines[0].amountInvoiced : un montant facturé ne se convertit en heures que pour une ligne « sous-traitance » (SIAE, EA, ESAT) ; cette ligne est en « formation »",
  ],
];

describe("the domain's error catalogues", () => {
  it.each(cases)("%s gives its code and its French message", (_, make, code, message) => {
    const error = make();
    expect(error).toBeInstanceOf(DomainError);
    expect([error.code, error.message]).toEqual([code, message]);
  });

  it("words a negative value one way for JSON fields, cells and tables", () => {
    expect(validation.negativeValue("« -1 »")).toBe("doit être positif ou nul (reçu « -1 »)");
    expect(workbook.CELL_REASONS.negative(-3.5)).toBe("« -3,5 » : doit être positif ou nul");
    expect(ventilation.CELL_REASONS.negative(-3.5)).toBe(workbook.CELL_REASONS.negative(-3.5));
  });

  it("names in every JSDoc @throws only codes a catalogue (or the shell's) produces", () => {
    const root = path.join(__dirname, "..", "..");
    const files = ["domain", "src"].flatMap((folder) => sourceFiles(path.join(root, folder)));
    const text = files.map((file) => readFileSync(file, "utf8"));
    const produced = new Set(
      text.flatMap((source) => [...source.matchAll(/(?:new DomainError\(\s*|code \?\? )[`"]([a-zA-Z.${}]+)[`"]/g)].map((m) => m[1])),
    );
    const named = text.flatMap((source) =>
      [...source.matchAll(/@throws[^\n]*/g)].flatMap((line) =>
        [...line[0].matchAll(/`([a-z][a-zA-Z]*(?:\.[a-zA-Z]+)+)`/g)].map((m) => m[1]),
      ),
    );
    expect(named.length).toBeGreaterThan(10);
    const dynamic = [...produced].filter((code) => code?.includes("${"));
    const unknown = named.filter(
      (code) =>
        !produced.has(code) &&
        !dynamic.some((pattern) => new RegExp(`^${pattern!.replace(/\$\{[^}]+\}/g, "[a-z]+").replace(/\./g, "\\.")}$`).test(code!)),
    );
    expect(unknown).toEqual([]);
  });
});

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}
