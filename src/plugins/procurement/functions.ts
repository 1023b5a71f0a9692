/**
 * Custom function of the procurement capability: =CLAUSES.SOCIAL_RATE (in French Excel:
 * =CLAUSES.TAUX_SOCIAL), the share of contracts with a social consideration, as the radar counts it.
 *
 * The JSDoc below is the source of functions.json (custom-functions-metadata); descriptions a
 * French user reads come from functions.fr.json.
 */
import { socialRate } from "../../../domain/procurement";
import { excelError, isBlankCell, isOmitted, toExcelError } from "../../plugin-kit/functions/excel-io";

/**
 * Share of contracts with a social consideration: contracts whose considerations are anything but « Pas de considération sociale », over the contracts counted.
 * @customfunction SOCIAL_RATE
 * @param considerations Social considerations of each contract, one cell per contract (« Clause sociale ; Critère social »…).
 * @param [years] Year of each contract (a range beside the considerations).
 * @param [year] Count only the contracts of this year.
 * @returns The rate, between 0 and 1.
 */
export function socialRateFunction(considerations: any[][], years?: any[][] | null, year?: any): number {
  const cells = (considerations ?? []).flat();
  const yearCells = isOmitted(years) ? null : (years as any[][]).flat();
  const wanted = isOmitted(year) ? null : Array.isArray(year) ? year.flat()[0] : year;
  if (yearCells && yearCells.length !== cells.length) {
    throw excelError("les années et les considérations doivent avoir autant de cellules (une par marché)");
  }
  if (wanted !== null && !yearCells) throw excelError("indiquez la plage des années pour filtrer sur une année");
  const kept = cells.filter((_, index) => wanted === null || Number(yearCells![index]) === Number(wanted));
  if (kept.some((cell) => !isBlankCell(cell) && typeof cell !== "string"))
    throw excelError("chaque considération doit être un texte (« Clause sociale »…)");
  try {
    const { rate } = socialRate(kept.map((cell) => (isBlankCell(cell) ? "" : String(cell))));
    if (rate === null) throw excelError("aucun marché compté (plage vide ou année sans marché)", "notAvailable");
    return rate;
  } catch (error) {
    throw toExcelError(error);
  }
}
