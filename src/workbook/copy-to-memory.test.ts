import { readFileSync } from "node:fs";
import path from "node:path";
import { standardTables, WORKBOOK_SCHEMA_VERSION } from "../../domain";
import { demoWorkbook } from "../demo/demo-workbook";
import { DEMO_XLSX_PATH } from "../demo/demo-xlsx";
import { copyToMemory } from "./copy-to-memory";
import { XlsxWorkbook } from "./xlsx-workbook";

describe("copying a workbook into memory", () => {
  it("gives the preview the same workbook from the demo .xlsx as from the TypeScript data", async () => {
    const bytes = new Uint8Array(readFileSync(path.join(__dirname, "..", "..", DEMO_XLSX_PATH)));
    const copy = await copyToMemory(await XlsxWorkbook.load(bytes));
    const reference = demoWorkbook();
    expect(copy.sheetNames()).toEqual(reference.sheetNames());
    for (const table of standardTables) expect(await copy.readTable(table)).toEqual(await reference.readTable(table));
    expect(copy.gridOf("Ancien suivi")).toEqual(
      reference.gridOf("Ancien suivi")?.map((row) => Array.from({ length: 8 }, (_, index) => row[index] ?? null)),
    );
    expect(await copy.readSetting("clauses.schemaVersion")).toBe(WORKBOOK_SCHEMA_VERSION);
  });
});
