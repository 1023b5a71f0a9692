/**
 * Opening an .xlsx in a real spreadsheet application: LibreOffice Calc, headless, converts every
 * sheet to CSV « as shown » (through each cell's number format), and the test reads the CSV. Each
 * call has its own LibreOffice profile (`-env:UserInstallation`), so parallel runs never share one;
 * the locale is C, so figures read back the same on every machine (« 1,220.00 », « 87.7% »).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** CSV filter: comma, double quotes, UTF-8, from line 1, cells as shown, every sheet to its own file (-1). */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

/**
 * Every sheet of an .xlsx as LibreOffice shows it: rows of displayed texts, by sheet name.
 *
 * @example
 * const sheets = sheetsInLibreOffice(bytes);
 * sheets["Bilan"]?.[0] // => ["Bilan de la clause sociale — VILLE-VR"]
 */
export function sheetsInLibreOffice(bytes: Uint8Array): Record<string, string[][]> {
  const work = mkdtempSync(path.join(tmpdir(), "clauses-lo-"));
  try {
    const file = path.join(work, "classeur.xlsx");
    writeFileSync(file, bytes);
    const profile = pathToFileURL(path.join(work, "profile")).href;
    const run = spawnSync(
      "soffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", CSV_FILTER, "--outdir", work, file],
      { encoding: "utf8", timeout: 120_000, env: { ...process.env, LC_ALL: "C.UTF-8", LANG: "C.UTF-8" } },
    );
    if (run.error) throw new Error(`LibreOffice introuvable (soffice) : apt-get install -y libreoffice-calc-nogui (${run.error.message})`);
    const sheets: Record<string, string[][]> = {};
    for (const name of readdirSync(work)) {
      if (name.startsWith("classeur-") && name.endsWith(".csv"))
        sheets[name.slice(9, -4)] = parseCsv(readFileSync(path.join(work, name), "utf8"));
    }
    if (Object.keys(sheets).length === 0) throw new Error(`LibreOffice n'a rien converti :\n${run.stdout}\n${run.stderr}`);
    return sheets;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
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
