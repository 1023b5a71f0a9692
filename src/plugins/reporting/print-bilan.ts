/**
 * A buyer's (or company's) bilan printed from the pane — the platform's print dialog offers
 * « Enregistrer au format PDF » where it allows it (browsers, Excel on the web; Office's desktop
 * webviews may not print: the pane then says to export the .xlsx). Only an external view prints.
 */
import { formatNumberFr, formatPercentFr } from "../../../domain";
import {
  employmentTypes,
  monthLabel,
  peopleBreakdown,
  personalViewRefused,
  type BilanView,
  type CountPart,
  type ReportView,
} from "../../../domain/reporting";

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[char] as string);
const shown = (count: number | string) => escape(typeof count === "number" ? formatNumberFr(count) : count);
const hours = (value: number | null | undefined) => (value === null || value === undefined ? "—" : `${formatNumberFr(value, 2)} h`);
const percent = (value: number | null | undefined) =>
  value === null || value === undefined ? "—" : formatPercentFr(Math.round(value * 1000) / 1000);

/**
 * The printable page of one bilan of an external view.
 *
 * @example
 * bilanHtml(reportView(set, "buyer"), 0) // => "<!doctype html><html lang=\"fr\">…Bilan de la clause sociale — …"
 */
export function bilanHtml(view: ReportView, index: number): string {
  if (view.personalData) throw personalViewRefused("s'impriment");
  const bilan = view.bilans[index] ?? view.total;
  const rows = (list: readonly [string, string][]) =>
    list.map(([label, value]) => `<tr><th>${escape(label)}</th><td>${value}</td></tr>`).join("");
  const counts = (title: string, parts: readonly CountPart[]) => rows(parts.map((part) => [`${title} — ${part.label}`, shown(part.count)]));
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escape(`Bilan — ${bilan.scope.label}`)}</title>
<style>body{font:11pt Segoe UI,Arial,sans-serif;margin:2em}h1{font-size:16pt}h2{font-size:12pt;margin-top:1.2em}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:2px 6px;text-align:left}td{text-align:right}p{color:#555}</style></head><body>
<h1>Bilan de la clause sociale — ${escape(bilan.scope.label)}</h1>
<p>Période : ${escape(bilan.period?.label ?? "toute la période")} ; situation au ${escape(view.reference.split("-").reverse().join("/"))}. ${escape(view.notice)}</p>
<p>Règles : ${escape(view.rulePack)}.</p>
<h2>Heures</h2><table>${rows(hourRows(bilan))}</table>
<h2>Marchés</h2><table>${rows(bilan.contracts.map((row) => [`${row.id}${row.label ? ` — ${row.label}` : ""}`, `${hours(row.realised)} / ${hours(row.due)} (${percent(row.rate)}) ; ${shown(row.participants)} pers.`]))}</table>
${countingSection(bilan)}<h2>Heures par mois</h2><table>${rows(bilan.months.map((month) => [monthLabel(month.month), hours(month.direct + month.ventilated)]))}</table>
<h2>Participants</h2><table>${rows([["Participants", shown(bilan.participants.total)]])}${peopleRows(bilan, counts)}</table>
<h2>Contrats de travail</h2><table>${rows([["Contrats de travail", shown(bilan.employmentContracts.total)]])}${counts("Type", employmentTypes(bilan) ?? [])}</table>
</body></html>`;
}

/** What the counting rules of the modes did, contract by contract (nothing when no rule touched the bilan). */
function countingSection(bilan: BilanView): string {
  if (bilan.counting.length === 0) return "";
  const items = bilan.contracts.flatMap((row) => row.counting.map((part) => `Marché ${row.id} — ${part.text}`));
  const whole = bilan.counting.map((part) => `Ensemble du bilan — ${part.text}`);
  return `<h2>Règles de comptage des modes</h2><ul>${[...items, ...whole].map((text) => `<li>${escape(text)}</li>`).join("")}</ul>`;
}

function hourRows(bilan: BilanView): [string, string][] {
  const h = bilan.hours;
  return [
    ["Heures dues", hours(h.due)],
    ["Heures réalisées", hours(h.realised)],
    ["Taux de réalisation / temps écoulé", `${percent(h.rate)} / ${percent(h.elapsed)}`],
    ["Heures hors période", hours(h.outOfPeriod)],
    ["Équivalents temps plein", formatNumberFr(h.fte ?? 0, 2)],
  ];
}

/**
 * Prints a page through a hidden frame; false when the platform cannot print from the pane.
 *
 * @example
 * if (!printPage(bilanHtml(exported, 0))) showMessage("Exportez le .xlsx et imprimez-le depuis Excel.");
 */
export function printPage(html: string): boolean {
  if (typeof document === "undefined") return false;
  const frame = document.createElement("iframe");
  frame.setAttribute("aria-hidden", "true");
  frame.style.position = "fixed";
  frame.style.width = "0";
  frame.style.height = "0";
  frame.style.border = "0";
  document.body.appendChild(frame);
  const target = frame.contentWindow;
  if (!target || typeof target.print !== "function") {
    frame.remove();
    return false;
  }
  target.document.open();
  target.document.write(html);
  target.document.close();
  try {
    target.focus();
    target.print();
    return true;
  } catch {
    return false;
  } finally {
    setTimeout(() => frame.remove(), 60_000);
  }
}

/** The people's breakdowns, or the line saying why a small group has none. */
function peopleRows(bilan: BilanView, counts: (title: string, parts: readonly CountPart[]) => string): string {
  const p = peopleBreakdown(bilan);
  if (!p) return `<tr><td colspan="2">${escape("reason" in bilan.participants ? bilan.participants.reason : "")}</td></tr>`;
  return `${counts("Sexe", p.sex)}${counts("Âge à l'entrée", p.ageBand)}${counts("Résidence", p.qpv)}${counts("Sortie", p.exit)}${counts("Situation à 6 mois", p.after6Months)}`;
}
