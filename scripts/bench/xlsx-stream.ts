/**
 * The floor `bench:xlsx` compares `clauses run` with: every cell of every sheet read once with
 * exceljs's streaming reader, nothing kept. Prints the number of cells.
 */
import { stream } from "exceljs";

async function main(file: string): Promise<void> {
  let cells = 0;
  const reader = new stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache",
    worksheets: "emit",
    styles: "ignore",
    hyperlinks: "ignore",
  });
  for await (const sheet of reader) {
    for await (const row of sheet) cells += (row.values as unknown[]).length - 1;
  }
  console.log(cells);
}

void main(process.argv[2]!);
