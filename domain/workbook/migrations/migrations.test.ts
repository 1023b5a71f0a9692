import { releasesTable } from "../../reporting/releases-table";
import { decodeTable } from "../codec";
import type { TableDef } from "../table-def";
import { standardTables, WORKBOOK_SCHEMA_VERSION } from "../tables";
import {
  applyEdits,
  describeEdit,
  MIGRATIONS,
  planMigration,
  schemaStatus,
  V0_TABLES,
  V2_COLUMNS,
  V3_COLUMNS,
  V4_COLUMNS,
  type WorkbookShape,
} from ".";

/** The headers a standard table had in `version`: without the columns later versions added. */
function headersBefore(table: TableDef, version: number): string[] {
  const byKeys = (added: typeof V2_COLUMNS) => added.filter((entry) => entry.table.name === table.name).flatMap(({ keys }) => keys);
  const keys = [...(version < 2 ? byKeys(V2_COLUMNS) : []), ...(version < 4 ? byKeys(V4_COLUMNS) : [])];
  const headers = version < 3 ? (V3_COLUMNS[table.name] ?? []) : [];
  return table.columns.filter((column) => !keys.includes(column.key) && !headers.includes(column.header)).map((column) => column.header);
}

/** A workbook of each older version, as facilitators have them. */
/** Standard tables that existed in version 0 (later versions added others). */
const V0_STANDARD = standardTables.filter((table) => V0_TABLES[table.name]);

const OLDER_LAYOUTS: Record<number, () => WorkbookShape> = {
  0: () => {
    const tables = V0_STANDARD.map((table) => {
      const old = V0_TABLES[table.name]!;
      const headers = Object.entries(old.headers)
        .filter(([, to], index, all) => all.findIndex(([, other]) => other === to) === index)
        .map(([from]) => from);
      return { name: old.names[0]!, sheet: old.names[0]!, headers: [...headers, "Notes du facilitateur"] };
    });
    return { tables, sheets: [...tables.map((table) => table.sheet), "Tableau de bord"] };
  },
  1: () => {
    // Version 1: every standard table of the time, French headers, without the columns versions 2, 3 and 4 added.
    const tables = standardTables
      .filter((table) => table.name !== "Programmation")
      .map((table) => ({ name: table.name, sheet: table.sheet, headers: [...headersBefore(table, 1), "Notes du facilitateur"] }));
    return { tables, sheets: [...tables.map((table) => table.sheet), "Tableau de bord"] };
  },
  2: () => {
    // Version 2: every standard table, French headers, without the columns version 3 (the statements') and 4 added.
    const tables = standardTables.map((table) => ({
      name: table.name,
      sheet: table.sheet,
      headers: [...headersBefore(table, 2), "Notes du facilitateur"],
    }));
    return { tables, sheets: [...tables.map((table) => table.sheet), "Tableau de bord"] };
  },
  3: () => {
    // Version 3: every standard table, French headers, without « Montant facturé HT » (issue 12, version 4).
    const tables = standardTables.map((table) => ({
      name: table.name,
      sheet: table.sheet,
      headers: [...headersBefore(table, 3), "Notes du facilitateur"],
    }));
    return { tables, sheets: [...tables.map((table) => table.sheet), "Tableau de bord"] };
  },
  4: () => {
    // Version 4: every standard table as today, and the facilitator's own « Diffusions » kept by hand
    // (version 5, issue 18, completes it; without one, the table is created by the first release recorded).
    const tables = standardTables.map((table) => ({
      name: table.name,
      sheet: table.sheet,
      headers: [...headersBefore(table, 4), "Notes du facilitateur"],
    }));
    const releases = { name: "Diffusions", sheet: "Diffusions", headers: ["Destinataire", "Période", "Notes du facilitateur"] };
    return { tables: [...tables, releases], sheets: [...tables.map((table) => table.sheet), "Diffusions", "Tableau de bord"] };
  },
};

describe("workbook schema migrations", () => {
  it("has a migration and a test workbook for every version older than the current one", () => {
    expect(MIGRATIONS.map((migration) => migration.from)).toEqual([...Array(WORKBOOK_SCHEMA_VERSION).keys()]);
    expect(Object.keys(OLDER_LAYOUTS).map(Number)).toEqual([...Array(WORKBOOK_SCHEMA_VERSION).keys()]);
  });

  describe.each(Object.keys(OLDER_LAYOUTS).map(Number))("from version %i", (version) => {
    const shape = OLDER_LAYOUTS[version]!();
    const { edits, shape: migrated } = planMigration(shape, version);

    it("gives every standard table its name, sheet and French headers, keeping the facilitator's own columns", () => {
      for (const table of V0_STANDARD) {
        const found = migrated.tables.find((candidate) => candidate.name === table.name);
        expect(found?.sheet).toBe(table.sheet);
        const french = table.columns.map((column) => column.header);
        const own = found!.headers.filter((header) => !french.includes(String(header)));
        expect(own).toEqual(["Notes du facilitateur"]);
      }
      expect(migrated.sheets).toContain("Tableau de bord");
    });

    it("leaves tables the current version decodes without a missing column", () => {
      for (const table of migrated.tables) {
        const def = [...standardTables, releasesTable].find((candidate) => candidate.name === table.name)!;
        expect(decodeTable(def, [table.headers]).errors).toEqual([]);
      }
    });

    it("is complete: migrating the result again changes nothing", () => {
      expect(edits.length).toBeGreaterThan(0);
      expect(planMigration(migrated, WORKBOOK_SCHEMA_VERSION).edits).toEqual([]);
      expect(planMigration(migrated, 0).edits).toEqual([]);
    });

    it("reports the workbook as outdated, with the edits the pane asks to confirm", () => {
      const status = schemaStatus(shape, version === 0 ? undefined : version);
      expect(status).toMatchObject({ state: "outdated", version });
      expect(status.edits).toEqual(edits);
      expect(applyEdits(shape, status.edits)).toEqual(migrated);
    });
  });

  it("renames the English headers of the hours table and the table and its sheet, in French words", () => {
    const shape: WorkbookShape = {
      tables: [{ name: "Hours", sheet: "Hours", headers: ["Company", "Start", "End", "Hours", "Contract", "Notes"] }],
      sheets: ["Hours"],
    };
    // Migration 0 → 1 alone (3 adds the statements' columns, 4 « Montant facturé HT »: v3-to-v4.test.ts).
    expect(planMigration(shape, 0, 1).edits.map(describeEdit)).toEqual([
      "Tableau Hours : la colonne « Company » devient « Entreprise »",
      "Tableau Hours : la colonne « Start » devient « Début »",
      "Tableau Hours : la colonne « End » devient « Fin »",
      "Tableau Hours : la colonne « Hours » devient « Heures »",
      "Tableau Hours : la colonne « Contract » devient « Marché »",
      "Le tableau Hours devient Heures",
      "La feuille « Hours » devient « Heures »",
    ]);
  });

  it("does not rename a header whose French column is already there, nor a sheet named otherwise", () => {
    const shape: WorkbookShape = {
      tables: [{ name: "Contracts", sheet: "Suivi", headers: ["Marché", "Contract", "Start"] }],
      sheets: ["Suivi"],
    };
    expect(planMigration(shape, 0, 1).edits).toEqual([
      { kind: "renameHeader", table: "Contracts", from: "Start", to: "Début" },
      { kind: "renameTable", table: "Contracts", to: "Marchés" },
    ]);
  });

  it("tells a current, an unmarked, an empty and a newer workbook apart", () => {
    const current: WorkbookShape = {
      tables: [
        {
          name: "Heures",
          sheet: "Heures",
          headers: ["Entreprise", "Début", "Fin", "Heures", "Relevé", "Version du relevé", "Reçu le", "Montant facturé HT"],
        },
      ],
      sheets: ["Heures"],
    };
    const now = WORKBOOK_SCHEMA_VERSION;
    expect(schemaStatus(current, WORKBOOK_SCHEMA_VERSION)).toEqual({ state: "current", stored: now, version: now, edits: [] });
    expect(schemaStatus(current, undefined)).toEqual({ state: "unversioned", version: now, edits: [] });
    expect(schemaStatus({ tables: [{ name: "Tableau1", sheet: "Feuil1", headers: ["A"] }], sheets: ["Feuil1"] }, undefined)).toEqual({
      state: "empty",
      version: now,
      edits: [],
    });
    expect(schemaStatus(current, WORKBOOK_SCHEMA_VERSION + 1)).toMatchObject({ state: "newer", version: WORKBOOK_SCHEMA_VERSION + 1 });
    expect(() => schemaStatus(current, "1")).toThrow("La version du classeur enregistrée (« 1 ») est illisible");
  });

  it("adds the statements' provenance columns to Heures and the contact to Entreprises, at the right, once", () => {
    const shape: WorkbookShape = {
      tables: [
        { name: "Heures", sheet: "Heures", headers: ["Entreprise", "Début", "Fin", "Heures", "Notes", "reçu LE"] },
        { name: "Entreprises", sheet: "Entreprises", headers: ["Entreprise", "Raison sociale"] },
      ],
      sheets: ["Heures", "Entreprises"],
    };
    const { edits, shape: migrated } = planMigration(shape, 2, 3);
    expect(edits.map(describeEdit)).toEqual([
      "Tableau Entreprises : ajout de la colonne « Contact » (vide)",
      "Tableau Heures : ajout de la colonne « Relevé » (vide)",
      "Tableau Heures : ajout de la colonne « Version du relevé » (vide)",
    ]);
    expect(migrated.tables[0]!.headers).toEqual([
      "Entreprise",
      "Début",
      "Fin",
      "Heures",
      "Notes",
      "reçu LE",
      "Relevé",
      "Version du relevé",
    ]);
    expect(planMigration(migrated, 2, 3).edits).toEqual([]);
    expect(schemaStatus(shape, 2)).toMatchObject({ state: "outdated", version: 2 });
  });
});
