/**
 * Cells between exceljs and the core: exceljs gives dates as JS Dates, formulas with their cached
 * result, rich text as runs; the core reads numbers (Excel serials for dates), text and booleans.
 */
import type { CellValue } from "exceljs";
import { excelSerialFromDay, type Cell } from "../../domain";

const MS_PER_DAY = 86_400_000;

/**
 * The core's view of an exceljs cell value.
 *
 * @example
 * cellFromXlsx(new Date(Date.UTC(2026, 0, 5))) // => 46027
 * cellFromXlsx({ formula: "B2*2", result: 70 }) // => 70
 * cellFromXlsx({ richText: [{ text: "BTP " }, { text: "Rivière" }] }) // => "BTP Rivière"
 * cellFromXlsx({ formula: "A1+1" }) // => "=A1+1" (no cached result: shown as the formula, which no reader accepts)
 */
export function cellFromXlsx(value: CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialOfDate(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : cellFromXlsx(value.text as CellValue);
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: CellValue }).result;
    if (result !== undefined && result !== null) return cellFromXlsx(result);
    return `=${(value as { formula?: string }).formula ?? ""}`;
  }
  return null;
}

/**
 * The Excel serial of a date as exceljs reads it (midnight UTC of the day shown, plus the time).
 *
 * @example
 * serialOfDate(new Date(Date.UTC(2026, 2, 2, 18))) // => 46083.75
 */
export function serialOfDate(date: Date): number {
  const time = date.getTime();
  const day = Math.floor(time / MS_PER_DAY);
  const fraction = (time - day * MS_PER_DAY) / MS_PER_DAY;
  return excelSerialFromDay(day) + fraction;
}
