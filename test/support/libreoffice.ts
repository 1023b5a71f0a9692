/**
 * Opening a file in a real spreadsheet application: LibreOffice Calc, headless, converts every sheet of
 * an .xlsx to CSV « as shown » (each cell through its own number format), and the test reads the CSV.
 * Each call uses a private LibreOffice profile, so parallel test runs never share one; the locale is
 * forced to C (en-US formats: « 1,220.00 ») so the figures read back the same on every machine.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** CSV export filter: comma, double quotes, UTF-8, from line 1, values as shown, every sheet to its own file (-1). */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

/**
 * Every visible or hidden sheet of a workbook, as LibreOffice reads it: rows of displayed texts.
 *
 * @example
 * const sheets = openInLibreOffice("/tmp/resultat.xlsx");
 * sheets["Bilans"]?.[1] // => ["BTP-RIVIERE", "Heures réalisées", "1220", …]
 */
export function openInLibreOffice(file: string): Record<string, string[][]> {
  const work = mkdtempSync(path.join(tmpdir(), "clauses-soffice-"));
  try {
    const profile = pathToFileURL(path.join(work, "profile")).href;
    const run = spawnSync(
      "soffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", CSV_FILTER, "--outdir", work, file],
      { encoding: "utf8", timeout: 120_000, env: { ...process.env, LC_ALL: "C.UTF-8", LANG: "C.UTF-8" } },
    );
    if (run.error) throw new Error(`LibreOffice introuvable (soffice) : apt-get install -y libreoffice-calc-nogui (${run.error.message})`);
    const base = path.basename(file, path.extname(file));
    const sheets: Record<string, string[][]> = {};
    for (const name of readdirSync(work)) {
      if (!name.startsWith(`${base}-`) || !name.endsWith(".csv")) continue;
      sheets[name.slice(base.length + 1, -4)] = parseCsv(readFileSync(path.join(work, name), "utf8"));
    }
    if (Object.keys(sheets).length === 0) throw new Error(`LibreOffice n'a pas converti ${file} :\n${run.stdout}\n${run.stderr}`);
    return sheets;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * A number as LibreOffice shows it in the C locale (« 1,440,000 € », « 2.5% », « 35.50 »).
 *
 * @example
 * shownNumber("1,440,000 €") // => 1440000
 */
export function shownNumber(text: string | undefined): number {
  const clean = (text ?? "").replace(/[,\s€%]/g, "");
  if (!/^-?\d+(\.\d+)?$/.test(clean)) throw new Error(`« ${text} » n'est pas un nombre affiché`);
  return Number(clean);
}

/** RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/**
 * Opens an .xlsx in LibreOffice Calc and saves it again as .xlsx (what a company without Excel does
 * with a form): the copy, written into `outDir` under the same name, is returned.
 *
 * @example
 * const saved = resaveInLibreOffice("/tmp/releve.xlsx", "/tmp/libreoffice"); // => "/tmp/libreoffice/releve.xlsx"
 */
export function resaveInLibreOffice(file: string, outDir: string): string {
  const work = mkdtempSync(path.join(tmpdir(), "clauses-soffice-"));
  try {
    const profile = pathToFileURL(path.join(work, "profile")).href;
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        outDir,
        file,
      ],
      { encoding: "utf8", timeout: 120_000 },
    );
    if (run.error) throw new Error(`LibreOffice introuvable (soffice) : apt-get install -y libreoffice-calc-nogui (${run.error.message})`);
    const saved = path.join(outDir, path.basename(file));
    if (!readdirSync(outDir).includes(path.basename(file)))
      throw new Error(`LibreOffice n'a pas enregistré ${file} :\n${run.stdout}\n${run.stderr}`);
    return saved;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
