/**
 * Checks the browser tests run on every panel of the preview: axe-core (serious and critical
 * violations), the words a facilitator reads (no ISO date, Excel serial, camelCase key or English
 * Excel error name), the pane's height at 350 px, and moving by keyboard alone.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: number;
  targets: string[];
}

/**
 * The serious and critical axe-core violations of the page (or of `selector`).
 *
 * @example
 * expect(await axeViolations(page)).toEqual([]);
 */
export async function axeViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeResult[] }> } }).axe;
    type AxeResult = { id: string; impact: string | null; nodes: { target: string[]; html: string }[] };
    const result = await axe.run(context ? { include: [context] } : document, { resultTypes: ["violations"] });
    // Fluent v9's focus helpers (tabster's « dummy inputs », <i data-tabster-dummy tabindex="0" aria-hidden>)
    // are focusable and aria-hidden by design: they hand focus on at once and must stay silent for screen
    // readers (microsoft/tabster#288, microsoft/fluentui#27517 closed « By Design »; Fluent's known-issues
    // list and Accessibility Insights suppress exactly these nodes). Only those nodes of that rule are left
    // out; any other aria-hidden-focus node still fails.
    const fluentFocusHelper = (id: string, html: string) => id === "aria-hidden-focus" && html.includes("data-tabster-dummy");
    return result.violations
      .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !fluentFocusHelper(violation.id, node.html)) }))
      .filter((violation) => violation.nodes.length > 0)
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        nodes: violation.nodes.length,
        targets: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
      }));
  }, selector ?? null);
}

/** What a facilitator must never read: internal words and formats. */
const INTERNAL = [
  { name: "date ISO", pattern: /\b(?:19|20)\d{2}-\d{2}(?:-\d{2})?\b/ },
  { name: "numéro de série Excel", pattern: /\b4[5-7]\s?\d{3}\b(?!\s?(?:€|h|heures|ETP|%|personnes))/ },
  { name: "clé camelCase", pattern: /\b[a-z]+[A-Z][a-zA-Z]*\b/ },
  { name: "erreur Excel en anglais", pattern: /#(?:VALUE!|NAME\?|REF!|DIV\/0!|NUM!|NULL!)/ },
];

/**
 * The pieces of the visible text of `selector` that look internal, with what they look like.
 *
 * @example
 * expect(await internalWords(page, "main")).toEqual([]);
 */
export async function internalWords(page: Page, selector: string): Promise<string[]> {
  const text = await page.locator(selector).first().innerText();
  const found: string[] = [];
  for (const line of text.split("\n")) {
    for (const { name, pattern } of INTERNAL) {
      const match = pattern.exec(line);
      if (match) found.push(`${name} : « ${match[0]} » dans « ${line.trim().slice(0, 120)} »`);
    }
  }
  return found;
}

/**
 * Presses Tab until the focused element is the one wanted (by accessible label or text), so a test
 * proves the field is reachable with the keyboard; fails after `limit` presses.
 *
 * @example
 * await tabTo(page, /^Référence du marché/);
 */
export async function tabTo(page: Page, name: RegExp, limit = 120): Promise<void> {
  for (let pressed = 0; pressed < limit; pressed += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return "";
      const labelledBy = element.getAttribute("aria-labelledby");
      const byIds = labelledBy
        ? labelledBy
            .split(" ")
            .map((id) => document.getElementById(id)?.textContent ?? "")
            .join(" ")
        : "";
      const labels = (element as HTMLInputElement).labels
        ? [...((element as HTMLInputElement).labels ?? [])].map((label) => label.textContent).join(" ")
        : "";
      return [element.getAttribute("aria-label") ?? "", byIds, labels, element.textContent ?? ""].join(" | ");
    });
    if (focused.split(" | ").some((part) => name.test(part.trim()))) return;
  }
  throw new Error(`${String(name)} : non atteint au clavier en ${limit} tabulations`);
}
