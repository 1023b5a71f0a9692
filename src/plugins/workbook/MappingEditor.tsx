/**
 * The mapping step of the wizard: one line per column of the facilitator's sheet, with the standard
 * column it feeds (proposed from its header, changeable) or « Ne pas importer ».
 */
import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import * as React from "react";
import { formatNumberFr, isBlank, readIsoDate, type Cell, type ColumnDef, type TableDef } from "../../../domain";
import type { ColumnMapping } from "../../../domain/import";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

const SKIP = "";

export interface MappingEditorProps {
  table: TableDef;
  /** The sheet's headers, as the facilitator wrote them. */
  headers: readonly string[];
  /** The first data row (shown as an example under each column). */
  sample: readonly Cell[];
  mapping: ColumnMapping;
  onChange: (index: number, key: string | null) => void;
}

/**
 * @example
 * <MappingEditor table={hoursTable} headers={["Salarié", …]} sample={["P007", …]} mapping={mapping} onChange={set} />
 */
export function MappingEditor({ table, headers, sample, mapping, onChange }: MappingEditorProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.list} role="group" aria-label="Correspondance des colonnes">
      {headers.map((header, index) => (
        <Field
          key={`${index}-${header}`}
          label={`Colonne « ${header} »`}
          hint={example(
            sample[index],
            table.columns.find((column) => column.key === mapping[index]),
          )}
          size="small"
        >
          <Select value={mapping[index] ?? SKIP} onChange={(_, data) => onChange(index, data.value === SKIP ? null : data.value)}>
            <option value={SKIP}>Ne pas importer</option>
            {table.columns.map((column) => (
              <option key={column.key} value={column.key}>
                {column.header}
                {column.required ? " (obligatoire)" : ""}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}

/** The first value of a column as the facilitator reads it: a date column's serial or ISO text as a French date. */
function example(cell: Cell | undefined, column: ColumnDef | undefined): string | undefined {
  if (cell === undefined || isBlank(cell)) return undefined;
  if (column?.type === "date") {
    const read = readIsoDate(cell);
    if (read.ok) return `ex. : ${read.value.split("-").reverse().join("/")}`;
  }
  if (typeof cell === "string" && /^\d{4}-\d{2}-\d{2}$/.test(cell)) return `ex. : ${cell.split("-").reverse().join("/")}`;
  return `ex. : ${typeof cell === "number" ? formatNumberFr(cell, 2) : String(cell)}`;
}
