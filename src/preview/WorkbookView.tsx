/**
 * The preview's stand-in for Excel's grid: one tab per sheet of the in-memory workbook (its tables and
 * its plain sheets), redrawn after every write, with dates shown as dates. Clicking a table row
 * selects it, as a click in Excel does (« Vérifier la ligne sélectionnée »,
 * `=CLAUSES.ELIGIBILITE(Participants[@])`).
 */
import { makeStyles, mergeClasses, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import {
  dayFromExcelSerial,
  formatNumberFr,
  isoFromDay,
  MONTH_FORMAT,
  normalizeLabel,
  standardTables,
  type Cell,
  type ColumnDef,
} from "../../domain";
import { monthLabel } from "../../domain/reporting";
import type { MemoryWorkbook } from "../workbook/memory-workbook";

const useStyles = makeStyles({
  grid: { overflow: "auto", maxHeight: "60vh", border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  cell: { border: `1px solid ${tokens.colorNeutralStroke3}`, padding: "2px 6px" },
  head: { background: tokens.colorNeutralBackground3, position: "sticky", top: 0 },
  row: { cursor: "pointer" },
  selected: { background: tokens.colorBrandBackground2 },
});

function display(cell: Cell, isDate: boolean, isMonth = false): string {
  if (cell === null || cell === "") return "";
  if (isDate && typeof cell === "number") {
    const day = dayFromExcelSerial(cell);
    if (day === null) return String(cell);
    // As Excel shows it through the column's format: « janvier 2026 » for a month, 02/03/2026 otherwise.
    return isMonth ? monthLabel(isoFromDay(day).slice(0, 7)) : isoFromDay(day).split("-").reverse().join("/");
  }
  return typeof cell === "number" ? formatNumberFr(cell, 4) : String(cell);
}

/** The columns of a table formatted as months (the Ventilation's « Mois »). */
function monthColumns(sheet: string, workbook: MemoryWorkbook, rows: readonly Cell[][]): Set<number> {
  const tableName = workbook.tableNames().find((name) => workbook.snapshot(name)?.sheet === sheet);
  const def = standardTables.find((candidate) => candidate.name === tableName);
  const months = new Set(
    (def?.columns as readonly ColumnDef[] | undefined)
      ?.filter((column) => column.numberFormat === MONTH_FORMAT)
      .map((column) => column.header) ?? [],
  );
  return new Set((rows[0] ?? []).flatMap((header, index) => (months.has(String(header)) ? [index] : [])));
}

/**
 * Columns shown as dates: a table's date columns; in a plain sheet (no types), the columns whose
 * header says « date » (Excel would show them through their date format).
 */
function dateColumns(sheet: string, workbook: MemoryWorkbook, rows: readonly Cell[][]): Set<number> {
  const tableName = workbook.tableNames().find((name) => workbook.snapshot(name)?.sheet === sheet);
  const def = standardTables.find((candidate) => candidate.name === tableName);
  if (def) {
    const dates = new Set(def.columns.filter((column) => column.type === "date").map((column) => column.header));
    return new Set((rows[0] ?? []).flatMap((header, index) => (dates.has(String(header)) ? [index] : [])));
  }
  const header = rows.find((row) => row.some((cell) => typeof cell === "string" && normalizeLabel(cell).startsWith("date ")));
  return new Set(
    (header ?? []).flatMap((cell, index) => (typeof cell === "string" && normalizeLabel(cell).startsWith("date ") ? [index] : [])),
  );
}

const SHOWN_ROWS = 300;

/**
 * @example
 * <WorkbookView workbook={workbook} />
 */
export function WorkbookView({ workbook }: { workbook: MemoryWorkbook }): React.JSX.Element {
  const styles = useStyles();
  // Subscribing re-renders the grid after every write or selection of the workbook.
  React.useSyncExternalStore(
    (listener) => workbook.subscribe(listener),
    () => workbook.changes,
  );
  const names = workbook.sheetNames();
  const [selected, setSelected] = React.useState(names[0] ?? "");
  const rows = workbook.gridOf(selected) ?? [];
  const tableName = workbook.tableNames().find((name) => workbook.snapshot(name)?.sheet === selected);
  const isTable = tableName !== undefined;
  const selection = workbook.selectedRow();
  const isSelected = (rowIndex: number) => isTable && selection?.table === tableName && selection.index === rowIndex;
  const dates = dateColumns(selected, workbook, rows);
  const months = monthColumns(selected, workbook, rows);
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const [head = [], ...all] = isTable ? rows : [[], ...rows];
  // A sheet of 100 000 lines is not drawn whole: the first rows show what the table holds.
  const body = all.slice(0, SHOWN_ROWS);
  return (
    <section aria-label="Classeur de démonstration">
      <TabList
        size="small"
        selectedValue={selected}
        onTabSelect={(_, data) => setSelected(String(data.value))}
        aria-label="Feuilles du classeur"
      >
        {names.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      {/* The sheet scrolls in a region the keyboard reaches (Tab, then the arrow keys), named for screen readers. */}
      {rows.length > 0 ? (
        <div className={styles.grid} tabIndex={0} role="region" aria-label={`Défilement de la feuille ${selected}`}>
          <table className={styles.table} aria-label={`${isTable ? "Tableau" : "Feuille"} ${selected}`}>
            {isTable && (
              <thead>
                <tr>
                  {head.map((header, index) => (
                    <th key={index} className={mergeClasses(styles.cell, styles.head)}>
                      {String(header ?? "")}
                    </th>
                  ))}
                </tr>
              </thead>
            )}
            <tbody>
              {body.map((row, rowIndex) => (
                <tr
                  key={rowIndex}
                  className={mergeClasses(isTable && styles.row, isSelected(rowIndex) && styles.selected)}
                  aria-selected={isTable ? isSelected(rowIndex) : undefined}
                  onClick={tableName ? () => workbook.selectRow(tableName, rowIndex) : undefined}
                >
                  {Array.from({ length: width }, (_, index) => (
                    <td key={index} className={styles.cell}>
                      {display(row[index] ?? null, dates.has(index), months.has(index))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {all.length > body.length && (
            <Text size={200}>
              … et {all.length - body.length} autres lignes (l'aperçu n'affiche que les {SHOWN_ROWS} premières).
            </Text>
          )}
        </div>
      ) : (
        <Text>Feuille vide.</Text>
      )}
    </section>
  );
}
