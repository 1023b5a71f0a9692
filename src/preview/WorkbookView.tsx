/**
 * The preview's stand-in for Excel's grid: one tab per table of the in-memory workbook, redrawn
 * after every write, with dates shown as dates. Clicking a row selects it, as a click in Excel
 * does (« Vérifier la ligne sélectionnée », `=CLAUSES.ELIGIBILITE(Participants[@])`).
 */
import { makeStyles, Tab, TabList, Text, tokens, mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import { dayFromExcelSerial, formatNumberFr, isoFromDay, standardTables, type Cell } from "../../domain";
import type { MemoryWorkbook } from "../workbook/memory-workbook";

const useStyles = makeStyles({
  grid: { overflow: "auto", maxHeight: "60vh", border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  cell: { border: `1px solid ${tokens.colorNeutralStroke3}`, padding: "2px 6px" },
  head: { background: tokens.colorNeutralBackground3, position: "sticky", top: 0 },
  row: { cursor: "pointer" },
  selected: { background: tokens.colorBrandBackground2 },
});

function display(cell: Cell, isDate: boolean): string {
  if (cell === null || cell === "") return "";
  if (isDate && typeof cell === "number") {
    const day = dayFromExcelSerial(cell);
    return day === null ? String(cell) : isoFromDay(day).split("-").reverse().join("/");
  }
  return typeof cell === "number" ? formatNumberFr(cell, 4) : String(cell);
}

/**
 * @example
 * <WorkbookView workbook={workbook} />
 */
export function WorkbookView({ workbook }: { workbook: MemoryWorkbook }): React.JSX.Element {
  const styles = useStyles();
  const version = React.useSyncExternalStore(
    (listener) => workbook.subscribe(listener),
    () => workbook.changes,
  );
  const names = React.useMemo(() => workbook.tableNames(), [workbook, version]);
  const [selected, setSelected] = React.useState(names[0] ?? "");
  const table = workbook.snapshot(selected);
  const def = standardTables.find((candidate) => candidate.name === selected);
  const dateHeaders = new Set(def?.columns.filter((column) => column.type === "date").map((column) => column.header));
  const selection = workbook.selectedRow();
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
            {standardTables.find((candidate) => candidate.name === name)?.sheet ?? name}
          </Tab>
        ))}
      </TabList>
      {table ? (
        <div className={styles.grid}>
          <table className={styles.table} aria-label={`Tableau ${selected}`}>
            <thead>
              <tr>
                {table.headers.map((header, index) => (
                  <th key={index} className={mergeClasses(styles.cell, styles.head)}>
                    {String(header ?? "")}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, rowIndex) => (
                <tr
                  key={rowIndex}
                  className={mergeClasses(styles.row, selection?.table === selected && selection.index === rowIndex && styles.selected)}
                  aria-selected={selection?.table === selected && selection.index === rowIndex}
                  onClick={() => workbook.selectRow(selected, rowIndex)}
                >
                  {row.map((cell, index) => (
                    <td key={index} className={styles.cell}>
                      {display(cell, dateHeaders.has(String(table.headers[index])))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <Text>Aucun tableau.</Text>
      )}
    </section>
  );
}
