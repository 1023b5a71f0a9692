/**
 * The preview's formula bar: evaluates `=CLAUSES.NAME(arg; arg; …)` with the registered custom
 * functions, so anyone can try them without Excel. Arguments are numbers (French or English
 * notation, with %), "texts", VRAI/FAUX, blanks, or the name of a table of the workbook
 * (its data rows, like a structured reference; `Table[#Tout]` adds the header row; `Table[@]` is the
 * row selected in the grid, like « this row » in Excel).
 * This is a convenience of the preview, not a spreadsheet engine: no nesting, no cell references.
 */
import { argumentUnknown, formulaShape } from "./errors";
import { readNumber } from "../../domain";

export interface FormulaCall {
  name: string;
  args: string[];
}

const CALL = /^=\s*CLAUSES\.([A-Z0-9_.]+)\s*\(([\s\S]*)\)\s*$/i;

/**
 * Splits a formula into the function name and its raw arguments; French formulas separate
 * arguments with « ; », English ones with « , ».
 *
 * @example
 * parseFormula("=CLAUSES.HEURES(1000000; 0,5)") // => { name: "HEURES", args: ["1000000", "0,5"] }
 */
export function parseFormula(text: string): FormulaCall {
  const match = CALL.exec(text.trim());
  if (!match) throw formulaShape();
  const inside = match[2] ?? "";
  const separator = inside.includes(";") ? ";" : ",";
  const args: string[] = [];
  let current = "";
  let quoted = false;
  for (const char of inside) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      args.push(current.trim());
      current = "";
    } else current += char;
  }
  if (inside.trim() !== "" || args.length > 0) args.push(current.trim());
  return { name: (match[1] ?? "").toUpperCase(), args };
}

/** Which part of a table a reference asks for: its data rows, with the header row, or the selected row. */
export type TablePart = "rows" | "all" | "selected";

/**
 * Turns one raw argument into what Excel would pass: a number, text, boolean, null for a blank,
 * or a 2-D array for a table reference.
 *
 * @example
 * argumentValue("5 %", () => undefined) // => 0.05
 * argumentValue('"peinture"', () => undefined) // => "peinture"
 * argumentValue("Marchés", lookup) // => the Marchés table's rows
 * argumentValue("Participants[@]", lookup) // => [the selected row]
 */
export function argumentValue(raw: string, table: (name: string, part: TablePart) => unknown[][] | undefined): unknown {
  if (raw === "") return null;
  if (raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2) return raw.slice(1, -1);
  if (/^(vrai|true)$/i.test(raw)) return true;
  if (/^(faux|false)$/i.test(raw)) return false;
  const percent = raw.endsWith("%");
  const number = readNumber((percent ? raw.slice(0, -1) : raw).trim());
  if (number.ok) return percent ? number.value / 100 : number.value;
  const reference = /^([^[\]]+)(\[(#tout|#all|@)\])?$/i.exec(raw);
  const part: TablePart = !reference?.[3] ? "rows" : reference[3] === "@" ? "selected" : "all";
  const rows = reference ? table((reference[1] ?? "").trim(), part) : undefined;
  if (rows) return rows;
  throw argumentUnknown(raw);
}
