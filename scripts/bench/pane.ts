/**
 * `npm run bench:pane [-- LINES…]`: the built preview (dist/, `npm run build` first) in Debian's
 * Chromium, on territories grown to 20 000 and 100 000 hour lines (written as .xlsx and opened with
 * the preview's « Ouvrir mon classeur .xlsx », read in memory), through the steps a facilitator
 * takes: first panel, Mutualisation on all companies, one company, write the ventilation, Bilans, a
 * bilan by buyer. For each step it prints the time to paint (from the action to the frame after
 * the awaited content shows), the longest task during the step (PerformanceObserver « longtask »),
 * the JS heap and the DOM size. Targets at 100 000 lines: every step paints within 1.5 s, no task
 * over 500 ms (marked ✗ when missed). Prints figures; asserts nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { openHarness } from "../../test/e2e/support/browser";
import { territoryXlsx } from "./territory-workbook";

const PAINT_TARGET_MS = 1_500;
const TASK_TARGET_MS = 500;
const STEP_TIMEOUT_MS = 180_000;

interface Measure {
  step: string;
  paintMs: number;
  longestTaskMs: number;
  heapMb: number;
  domNodes: number;
}

declare global {
  interface Window {
    __longTasks: { start: number; duration: number }[];
  }
}

async function measure(
  page: Page,
  step: string,
  act: () => Promise<unknown>,
  ready: () => Promise<unknown>,
  startAt?: number,
): Promise<Measure> {
  const start = startAt ?? (await page.evaluate(() => performance.now()));
  await act();
  await ready();
  // The frame after the content showed: what the facilitator sees painted.
  const painted = await page.evaluate(
    () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))),
  );
  await page.waitForTimeout(200); // long tasks are reported once they end
  const after = await page.evaluate((from) => {
    const tasks = window.__longTasks.filter((task) => task.start + task.duration >= from);
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return {
      longest: tasks.reduce((longest, task) => Math.max(longest, task.duration), 0),
      heap: memory ? memory.usedJSHeapSize / 1e6 : NaN,
      nodes: document.getElementsByTagName("*").length,
    };
  }, start);
  return {
    step,
    paintMs: Math.round(painted - start),
    longestTaskMs: Math.round(after.longest),
    heapMb: Math.round(after.heap),
    domNodes: after.nodes,
  };
}

const visible = (locator: Locator) => () => locator.first().waitFor({ state: "visible", timeout: STEP_TIMEOUT_MS });

async function run(lines: number, file: string): Promise<{ openMs: number; measures: Measure[] }> {
  const harness = await openHarness();
  try {
    const { page, origin } = harness;
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: "longtask", buffered: true });
    });
    await page.goto(`${origin}/preview.html`);
    await page.getByRole("tab", { name: "Mutualisation" }).waitFor();
    const measures: Measure[] = [];
    const opening = Date.now();
    await page.getByLabel("Ouvrir un classeur .xlsx").setInputFiles(file);
    await page.waitForFunction(() => performance.getEntriesByName("classeur-ouvert").length > 0, null, { timeout: STEP_TIMEOUT_MS });
    const openMs = Date.now() - opening;
    // First panel: from the workbook in memory to the first panel painted over it.
    const opened = await page.evaluate(() => performance.getEntriesByName("classeur-ouvert")[0]!.startTime);
    measures.push(
      await measure(
        page,
        "premier volet",
        async () => undefined,
        async () => {
          await page.getByRole("heading", { name: /lecture seule, en mémoire/ }).waitFor({ timeout: STEP_TIMEOUT_MS });
          await visible(page.getByRole("region", { name: "Dimensionner" }))();
        },
        opened,
      ),
    );
    const pane = page.getByRole("region", { name: "Mutualisation" });
    measures.push(
      await measure(
        page,
        "Mutualisation, toutes",
        () => page.getByRole("tab", { name: "Mutualisation" }).click(),
        visible(pane.getByRole("table", { name: "Heures par marché" })),
      ),
    );
    measures.push(
      await measure(
        page,
        "une entreprise",
        () => pane.getByRole("combobox", { name: "Entreprise" }).selectOption("E7"),
        visible(pane.getByRole("row", { name: /^Marché T7$/ })),
      ),
    );
    measures.push(
      await measure(
        page,
        "écrire la ventilation",
        () => pane.getByRole("button", { name: "Écrire la ventilation" }).click(),
        visible(page.getByText(/lignes? écrites? dans le tableau Ventilation/)),
      ),
    );
    const bilans = page.getByRole("region", { name: "Bilans" });
    measures.push(
      await measure(
        page,
        "Bilans",
        () => page.getByRole("tab", { name: "Bilans" }).click(),
        visible(bilans.getByRole("button", { name: "Écrire la feuille Bilans" })),
      ),
    );
    measures.push(
      await measure(
        page,
        "un bilan par acheteur",
        () => bilans.getByRole("combobox", { name: "Périmètre" }).selectOption({ label: "Ville de Valrivière" }),
        visible(bilans.getByRole("region", { name: "Bilan Ville de Valrivière" })),
      ),
    );
    if (harness.pageErrors.length > 0) throw new Error(`erreurs de la page : ${harness.pageErrors.join(" ; ")}`);
    return { openMs, measures };
  } finally {
    await harness.close();
  }
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).length > 0 ? process.argv.slice(2).map(Number) : [20_000, 100_000];
  const folder = mkdtempSync(path.join(tmpdir(), "bench-pane-"));
  try {
    for (const lines of sizes) {
      const file = path.join(folder, `territoire-${lines}.xlsx`);
      writeFileSync(file, await territoryXlsx(lines));
      const { openMs, measures } = await run(lines, file);
      process.stdout.write(`\n${lines.toLocaleString("fr-FR")} lignes d'heures (classeur .xlsx lu en mémoire en ${openMs} ms)\n`);
      process.stdout.write(
        `${"étape".padEnd(26)}${"affichage".padStart(11)}${"tâche max".padStart(11)}${"tas JS".padStart(9)}${"nœuds DOM".padStart(11)}\n`,
      );
      for (const m of measures) {
        const paint = `${m.paintMs} ms${m.paintMs > PAINT_TARGET_MS ? " ✗" : ""}`;
        const task = `${m.longestTaskMs} ms${m.longestTaskMs > TASK_TARGET_MS ? " ✗" : ""}`;
        process.stdout.write(
          `${m.step.padEnd(26)}${paint.padStart(11)}${task.padStart(11)}${`${m.heapMb} Mo`.padStart(9)}${String(m.domNodes).padStart(11)}\n`,
        );
      }
    }
    process.stdout.write(`\nCibles : affichage ≤ ${PAINT_TARGET_MS} ms, aucune tâche > ${TASK_TARGET_MS} ms (✗ = manquée).\n`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
