import { DomainError, marketsTable, WORKBOOK_SCHEMA_VERSION } from "../../domain";
import { MemoryWorkbook } from "./memory-workbook";
import { SETTINGS } from "./port";
import { guardedBySchema } from "./schema-guard";

const record = { id: "M9", company: "X", obligation: 10, start: "2026-01-01", end: "2026-12-31" };

describe("writes guarded by the schema version", () => {
  it("refuses to write into a workbook in the older (version 0) layout, and writes nothing", async () => {
    const raw = new MemoryWorkbook({
      Contracts: { headers: ["Contract", "Company", "Hours due", "Start", "End"], rows: [["M1", "X", 600, 46027, 46203]] },
    });
    const workbook = guardedBySchema(raw);
    await expect(workbook.appendRecords(marketsTable, [record])).rejects.toThrow(DomainError);
    await expect(workbook.appendRecords(marketsTable, [record])).rejects.toThrow(/ancienne organisation : mettez-le à jour/);
    expect(await raw.readTable(marketsTable)).toBeNull();
  });

  it("records the current version of an unmarked workbook, then writes", async () => {
    const raw = new MemoryWorkbook();
    const workbook = guardedBySchema(raw);
    await workbook.appendRecords(marketsTable, [record]);
    expect(await raw.readSetting(SETTINGS.schemaVersion)).toBe(WORKBOOK_SCHEMA_VERSION);
    expect((await raw.readTable(marketsTable))?.rows).toHaveLength(1);
  });

  it("refuses a workbook written by a newer add-in", async () => {
    const workbook = guardedBySchema(new MemoryWorkbook({}, { [SETTINGS.schemaVersion]: 99 }));
    await expect(workbook.appendRecords(marketsTable, [record])).rejects.toThrow(DomainError);
  });

  it("leaves reads alone", async () => {
    const workbook = guardedBySchema(new MemoryWorkbook({}, { [SETTINGS.schemaVersion]: 99 }));
    expect(await workbook.readTable(marketsTable)).toBeNull();
  });
});

describe("writes guarded by the readers' checks", () => {
  it("refuses a contract whose end precedes its start, and writes nothing", async () => {
    const raw = new MemoryWorkbook();
    const workbook = guardedBySchema(raw);
    await expect(workbook.appendRecords(marketsTable, [{ ...record, start: "2026-10-01", end: "2025-01-01" }])).rejects.toThrow(
      "Marchés, ligne 2, colonne « Fin » : la fin (01/01/2025) précède le début (01/10/2026)",
    );
    expect(await raw.readTable(marketsTable)).toBeNull();
  });

  it("refuses a second row with a reference already in the table", async () => {
    const raw = new MemoryWorkbook();
    const workbook = guardedBySchema(raw);
    await workbook.appendRecords(marketsTable, [record]);
    await expect(workbook.appendRecords(marketsTable, [record])).rejects.toThrow(/« M9 » existe déjà \(ligne 2\)/);
    expect((await raw.readTable(marketsTable))?.rows).toHaveLength(1);
  });
});
