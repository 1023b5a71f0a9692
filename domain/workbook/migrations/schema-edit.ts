/**
 * What a migration changes in a workbook, as data: renaming a table, a sheet or a header. Adapters
 * apply a list of edits in one batch (Excel, memory, .xlsx); the pane shows them, in French, to
 * the facilitator before anything is rewritten.
 */
import type { Cell } from "../codec";

/** A table as a migration sees it: its name, its sheet and its header row. */
export interface TableShape {
  name: string;
  sheet: string;
  headers: Cell[];
}

/** The layout of a workbook: its tables and the names of its sheets. */
export interface WorkbookShape {
  tables: TableShape[];
  sheets: string[];
}

/**
 * One change, applied in list order (a header rename names its table as it is at that point). An
 * added column goes to the right of the table, empty.
 */
export type SchemaEdit =
  | { kind: "renameHeader"; table: string; from: string; to: string }
  | { kind: "addColumn"; table: string; header: string }
  | { kind: "renameTable"; table: string; to: string }
  | { kind: "renameSheet"; sheet: string; to: string };

/**
 * The layout after the edits (pure: the input is left as it was).
 *
 * @example
 * applyEdits({ tables: [{ name: "Hours", sheet: "Hours", headers: ["Start"] }], sheets: ["Hours"] },
 *   [{ kind: "renameHeader", table: "Hours", from: "Start", to: "Début" }, { kind: "renameTable", table: "Hours", to: "Heures" }])
 * // => { tables: [{ name: "Heures", sheet: "Hours", headers: ["Début"] }], sheets: ["Hours"] }
 */
export function applyEdits(shape: WorkbookShape, edits: readonly SchemaEdit[]): WorkbookShape {
  let tables = shape.tables.map((table) => ({ ...table, headers: [...table.headers] }));
  let sheets = [...shape.sheets];
  for (const edit of edits) {
    if (edit.kind === "renameHeader") {
      tables = tables.map((table) =>
        table.name === edit.table ? { ...table, headers: table.headers.map((header) => (header === edit.from ? edit.to : header)) } : table,
      );
    } else if (edit.kind === "addColumn") {
      tables = tables.map((table) => (table.name === edit.table ? { ...table, headers: [...table.headers, edit.header] } : table));
    } else if (edit.kind === "renameTable") {
      tables = tables.map((table) => (table.name === edit.table ? { ...table, name: edit.to } : table));
    } else {
      sheets = sheets.map((sheet) => (sheet === edit.sheet ? edit.to : sheet));
      tables = tables.map((table) => (table.sheet === edit.sheet ? { ...table, sheet: edit.to } : table));
    }
  }
  return { tables, sheets };
}

/**
 * One edit in French, for the confirmation the pane asks for.
 *
 * @example
 * describeEdit({ kind: "renameHeader", table: "Hours", from: "Start", to: "Début" })
 * // => "Tableau Hours : la colonne « Start » devient « Début »"
 */
export function describeEdit(edit: SchemaEdit): string {
  switch (edit.kind) {
    case "renameHeader":
      return `Tableau ${edit.table} : la colonne « ${edit.from} » devient « ${edit.to} »`;
    case "addColumn":
      return `Tableau ${edit.table} : ajout de la colonne « ${edit.header} » (vide)`;
    case "renameTable":
      return `Le tableau ${edit.table} devient ${edit.to}`;
    case "renameSheet":
      return `La feuille « ${edit.sheet} » devient « ${edit.to} »`;
  }
}

/**
 * The name each table had before the edits, by the name it has at each point of the list: adapters
 * that look tables up once, before applying the edits, use it.
 *
 * @example
 * originalTableName([{ kind: "renameTable", table: "Hours", to: "Heures" }], 1, "Heures") // => "Hours"
 */
export function originalTableName(edits: readonly SchemaEdit[], upTo: number, name: string): string {
  let current = name;
  for (let index = upTo - 1; index >= 0; index -= 1) {
    const edit = edits[index];
    if (edit?.kind === "renameTable" && edit.to === current) current = edit.table;
  }
  return current;
}
