import { WORKBOOK_SCHEMA_VERSION } from "../../../domain";
import { MemoryWorkbook } from "../../workbook/memory-workbook";
import { prepareForWriting, readSchemaStatus, upgradeSchema } from "./schema-service";

const v0 = () => new MemoryWorkbook({ Hours: { headers: ["Company", "Start", "End", "Hours"], rows: [], sheet: "Hours" } });

describe("the workbook's schema version", () => {
  it("records the version of an empty or unmarked workbook before the first write", async () => {
    const empty = new MemoryWorkbook();
    await prepareForWriting(empty);
    expect(await empty.readSetting("clauses.schemaVersion")).toBe(WORKBOOK_SCHEMA_VERSION);
    const unmarked = new MemoryWorkbook({
      Heures: {
        headers: ["Entreprise", "Début", "Fin", "Heures", "Relevé", "Version du relevé", "Reçu le", "Montant facturé HT"],
        rows: [],
      },
    });
    expect((await readSchemaStatus(unmarked)).state).toBe("unversioned");
    await prepareForWriting(unmarked);
    expect((await readSchemaStatus(unmarked)).state).toBe("current");
  });

  it("refuses to write to an old workbook until it is brought up to date, which renames and records the version", async () => {
    const workbook = v0();
    await expect(prepareForWriting(workbook)).rejects.toThrow(/ancienne organisation : mettez-le à jour/);
    expect(workbook.writes).toBe(0);
    await upgradeSchema(workbook, await readSchemaStatus(workbook));
    expect(workbook.tableNames()).toEqual(["Heures"]);
    expect(await readSchemaStatus(workbook)).toEqual({
      state: "current",
      stored: WORKBOOK_SCHEMA_VERSION,
      version: WORKBOOK_SCHEMA_VERSION,
      edits: [],
    });
  });

  it("refuses a workbook written by a newer add-in", async () => {
    const workbook = new MemoryWorkbook({}, { "clauses.schemaVersion": WORKBOOK_SCHEMA_VERSION + 1 });
    await expect(prepareForWriting(workbook)).rejects.toThrow(`version plus récente du complément (schéma ${WORKBOOK_SCHEMA_VERSION + 1}`);
    await expect(upgradeSchema(workbook, await readSchemaStatus(workbook))).rejects.toThrow(`schéma ${WORKBOOK_SCHEMA_VERSION + 1}`);
  });
});
