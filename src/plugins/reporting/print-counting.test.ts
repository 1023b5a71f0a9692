/**
 * The printable bilan of an external view says what the counting rules of the modes did, with the
 * rule's version, as the pane does.
 */
import { dayFromIso } from "../../../domain";
import { baseFromJson, buildBilans, reportView } from "../../../domain/reporting";
import { reportingTestPack } from "../../../domain/reporting/test-territory";
import { bilanHtml } from "./print-bilan";

it("prints the hours converted on a contract with the rule and its version", () => {
  const pack = reportingTestPack();
  const territory = {
    markets: [{ id: "M1", company: "X", buyer: "A", start: "2026-01-01", end: "2026-12-31", obligation: 1000 }],
    lines: [{ company: "X", market: "M1", start: "2026-03-01", end: "2026-03-31", mode: "sous-traitance", amountInvoiced: 3000 }],
  };
  const view = reportView(buildBilans(baseFromJson(territory, pack, dayFromIso("2026-11-26")), pack, "buyer", null), "buyer");
  const html = bilanHtml(view, 0);
  expect(html).toContain("<h2>Règles de comptage des modes</h2>");
  expect(html).toMatch(
    /<li>Marché M1 — Conversion des montants sous-traités : 50 h comptées par conversion de montants facturés \(paquet [^,]+, valeur en vigueur depuis le 01\/01\/2013 : part de main-d'œuvre 50 %, coût horaire 30 €\/h, à confirmer\)<\/li>/,
  );
});
