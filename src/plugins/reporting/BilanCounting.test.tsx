/**
 * The Bilans pane says, contract by contract, what the counting rules of the modes did and with
 * which rule version (the section is absent when no rule touched the bilan's lines).
 */
import { render, screen, within } from "@testing-library/react";
import { dayFromIso } from "../../../domain";
import { baseFromJson, buildBilans, reportView } from "../../../domain/reporting";
import { handTerritory, reportingTestPack } from "../../../domain/reporting/test-territory";
import { BilanCounting } from "./BilanCounting";

const pack = reportingTestPack();
const today = dayFromIso("2026-11-26");

it("lists the hours converted on each contract with the rule and its version, in French", () => {
  const territory = {
    markets: [
      { id: "M1", company: "X", buyer: "A", start: "2026-01-01", end: "2026-12-31", obligation: 1000, labourShare: 0.6, hourlyCost: 25 },
    ],
    lines: [{ company: "X", market: "M1", start: "2026-03-01", end: "2026-03-31", mode: "sous-traitance", amountInvoiced: 30000 }],
  };
  const view = reportView(buildBilans(baseFromJson(territory, pack, today), pack, "contract", null), "buyer");
  render(<BilanCounting bilan={view.bilans[0]!} />);
  const items = within(screen.getByRole("region", { name: "Règles de comptage des modes" }))
    .getAllByRole("listitem")
    .map((item) => item.textContent);
  expect(items).toEqual([
    "Marché M1 — Conversion des montants sous-traités : 720 h comptées par conversion de montants facturés (valeurs du marché M1 : part de main-d'œuvre 60 %, coût horaire 25 €/h)",
    "Ensemble du bilan — Conversion des montants sous-traités : 720 h comptées par conversion de montants facturés (valeurs du marché M1 : part de main-d'œuvre 60 %, coût horaire 25 €/h)",
  ]);
});

it("is absent when no counting rule touched the bilan", () => {
  const view = reportView(buildBilans(baseFromJson(handTerritory(), pack, today), pack, null, null), "facilitator");
  const { container } = render(<BilanCounting bilan={view.total} />);
  expect(container).toBeEmptyDOMElement();
});
