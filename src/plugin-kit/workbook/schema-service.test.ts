import { WORKBOOK_SCHEMA_VERSION } from "../../../domain";
import { MemoryWorkbook } from "../../workbook/memory-workbook";
import { prepareForWriting, readSchemaStatus, upgradeSchema } from "./schema-service";

const v0 = () => new MemoryWorkbook({ Hours: { headers: ["Company", "Start", "End", "Hours"], rows: [], sheet: "Hours" } });

describe("the workbook's schema version", () => {
  it("records the version of an empty or unmarked workbook before the first write", async () => {
    const empty = new MemoryWorkbook();
    await prepareForWriting(empty);
    expect(await empty.readSetting("clauses.schemaVersion")).toBe(WORKBOOK_SCHEMA_VERSION);
    const unmarked = new MemoryWorkbook({ Heures: { headers: ["Entreprise", "Début", "Fin", "Heures", "Montant facturé HT"], rows: [] } });
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
    const version = WORKBOOK_SCHEMA_VERSION;
    expect(await readSchemaStatus(workbook)).toEqual({ state: "current", stored: version, version, edits: [] });
    // Schema 2 added « Montant facturé HT » at the right end of Heures (migrations/v1-to-v2.ts).
    expect((await workbook.readTable({ name: "Heures" } as never))?.headers.at(-1)).toBe("Montant facturé HT");
  });

  it("refuses a workbook written by a newer add-in", async () => {
    const newer = WORKBOOK_SCHEMA_VERSION + 1;
    const workbook = new MemoryWorkbook({}, { "clauses.schemaVersion": newer });
    await expect(prepareForWriting(workbook)).rejects.toThrow(new RegExp(`version plus récente du complément \\(schéma ${newer}`));
    await expect(upgradeSchema(workbook, await readSchemaStatus(workbook))).rejects.toThrow(new RegExp(`schéma ${newer}`));
  });
});
