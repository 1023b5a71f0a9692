/**
 * The `Bilans` table (one row per scope and indicator, ready for a pivot table) and the data of the
 * charts written beside it, from an audience's view: what the facilitator writes in their own
 * workbook carries the same masks as what they chose to show.
 */
import { roundTo } from "../text";
import type { TableRecord } from "../workbook";
import { monthLabel } from "./period";
import { employmentTypes, peopleBreakdown, type BilanView, type Count, type CountPart, type ReportView } from "./view";

const AUDIENCE_LABELS: Record<ReportView["audience"], string> = {
  facilitator: "Interne — données personnelles, ne pas diffuser",
  buyer: "Acheteur — effectifs < seuil masqués",
  company: "Entreprise — effectifs < seuil masqués",
};

/** One indicator of one bilan, before it becomes a row. */
interface Indicator {
  indicator: string;
  value: number | string | null;
  unit: string;
}

/**
 * The rows of the Bilans table: the territory first (unless `total: false`), then each bilan of the view.
 *
 * @example
 * bilanRecords(reportView(set, "facilitator"))
 * // => [{ scope: "Territoire", indicator: "Heures dues", value: 2000, unit: "h", period: "toute la période", rulePack: "national@…", source: "…", audience: "Interne — …" }, …]
 */
export function bilanRecords(view: ReportView, options: { total?: boolean } = {}): TableRecord[] {
  const audience = AUDIENCE_LABELS[view.audience];
  const bilans = options.total === false ? view.bilans : [view.total, ...view.bilans];
  return bilans.flatMap((bilan) => {
    const common = {
      scope: scopeText(bilan),
      period: bilan.period?.label ?? "toute la période",
      rulePack: view.rulePack,
      source: sourceText(bilan),
      audience,
    };
    return indicatorsOf(bilan).map(({ indicator, value, unit }) => ({ ...common, indicator, unit, ...(value === null ? {} : { value }) }));
  });
}

function scopeText(bilan: BilanView): string {
  const kinds: Record<string, string> = { territory: "", buyer: "Acheteur ", contract: "Marché ", company: "Entreprise " };
  return `${kinds[bilan.scope.kind] ?? ""}${bilan.scope.label}`;
}

function sourceText(bilan: BilanView): string {
  const contracts = bilan.contracts.length > 0 ? `marchés ${bilan.contracts.map((row) => row.id).join(", ")}` : "aucun marché";
  return bilan.trace ? `${bilan.trace.lines} ; ${contracts}` : contracts;
}

const percent = (fraction: number | null) => (fraction === null ? null : roundTo(fraction * 100, 2));

function indicatorsOf(bilan: BilanView): Indicator[] {
  const h = bilan.hours;
  const hours = (indicator: string, value: number | null): Indicator => ({ indicator, value, unit: "h" });
  const people = (indicator: string, value: Count): Indicator => ({ indicator, value, unit: "personnes" });
  const parts = (prefix: string, list: readonly CountPart[], unit = "personnes"): Indicator[] =>
    list.map((part) => ({ indicator: `${prefix} — ${part.label}`, value: part.count, unit }));
  const p = peopleBreakdown(bilan);
  const types = employmentTypes(bilan);
  const reason = "reason" in bilan.participants ? bilan.participants.reason : null;
  return [
    hours("Heures dues", h.due ?? null),
    hours("Heures réalisées", h.realised ?? null),
    hours("Heures réalisées en embauche ou mise à disposition directe", h.direct ?? null),
    hours("Heures ventilées (mutualisation)", h.ventilated ?? null),
    { indicator: "Taux de réalisation", value: percent(h.rate ?? null), unit: "%" },
    { indicator: "Temps écoulé des marchés", value: percent(h.elapsed ?? null), unit: "%" },
    hours("Heures attendues au prorata du temps écoulé", h.expectedToDate ?? null),
    hours("Heures au-delà des heures dues", h.beyondObligation ?? null),
    hours("Heures excédentaires (aucun marché disponible)", h.excess ?? null),
    hours("Heures hors période des marchés", h.outOfPeriod ?? null),
    hours("Heures non comptabilisables (hors éligibilité)", h.notCountable ?? null),
    { indicator: "Équivalents temps plein", value: h.fte ?? null, unit: "ETP" },
    ...bilan.contracts.flatMap((row) => [
      hours(`Marché ${row.id} — heures dues`, row.due),
      hours(`Marché ${row.id} — heures réalisées`, row.realised),
      { indicator: `Marché ${row.id} — taux de réalisation`, value: percent(row.rate), unit: "%" },
      people(`Marché ${row.id} — participants`, row.participants),
    ]),
    ...bilan.months.map((month) => hours(`Heures réalisées — ${monthLabel(month.month)}`, roundTo(month.direct + month.ventilated, 2))),
    ...bilan.modes.map((mode) => hours(`Heures — ${mode.label}`, mode.hours)),
    people("Participants", bilan.participants.total),
    ...(p
      ? [
          ...parts("Participants", p.sex),
          ...parts("Âge à l'entrée", p.ageBand),
          ...parts("Résidence", p.qpv),
          ...parts("Sortie", p.exit),
          people("Sorties dynamiques", p.dynamicExits),
          ...parts("Situation à 6 mois", p.after6Months),
          ...(p.criterion ? parts("Critère principal", p.criterion) : []),
        ]
      : [{ indicator: "Répartition des participants", value: reason, unit: "" }]),
    { indicator: "Contrats de travail", value: bilan.employmentContracts.total, unit: "contrats" },
    ...(types ? parts("Contrats de travail", types, "contrats") : []),
  ];
}

/** The data of one native chart: a small block of cells the chart is drawn from. */
export interface ChartBlock {
  title: string;
  kind: "columnClustered" | "columnStacked" | "barClustered";
  /** Category header, then one header per series. */
  headers: string[];
  /** Category, then one value per series; null for a hidden count (the chart leaves a gap). */
  rows: (string | number | null)[][];
}

/**
 * The three charts of a bilan: realised against due per contract, hours per month, people by age band.
 *
 * @example
 * chartBlocks(view.bilans[0]) // => [{ title: "Heures réalisées et dues par marché", kind: "columnClustered", headers: ["Marché", "Heures dues", "Heures réalisées"], rows: [["M1", 600, 600], …] }, …]
 */
export function chartBlocks(bilan: BilanView): ChartBlock[] {
  const ages = peopleBreakdown(bilan)?.ageBand ?? [];
  const masked = ages.some((part) => typeof part.count === "string") || peopleBreakdown(bilan) === null;
  return [
    {
      title: "Heures réalisées et dues par marché",
      kind: "columnClustered",
      headers: ["Marché", "Heures dues", "Heures réalisées"],
      rows: bilan.contracts.map((row) => [row.id, row.due, row.realised]),
    },
    {
      title: "Heures réalisées par mois",
      kind: "columnStacked",
      headers: ["Mois", "Directes", "Ventilées"],
      rows: bilan.months.map((month) => [monthLabel(month.month), month.direct, month.ventilated]),
    },
    {
      title: masked ? "Participants par tranche d'âge (petits effectifs masqués)" : "Participants par tranche d'âge",
      kind: "barClustered",
      headers: ["Tranche d'âge", "Participants"],
      rows: ages.map((part) => [part.label, typeof part.count === "number" ? part.count : null]),
    },
  ];
}
