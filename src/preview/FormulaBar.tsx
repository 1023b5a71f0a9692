/**
 * A formula bar for the preview: type =CLAUSES.HEURES(1000000; 0,5; 5 %; 30) and see what Excel
 * would show, computed by the add-in's own custom functions on the demo workbook's tables.
 */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { standardTables } from "../../domain";
import type { MemoryWorkbook } from "../workbook/memory-workbook";
import { excelCodeOf, functionUnknown, selectRowFirst } from "./errors";
import { argumentValue, parseFormula, type TablePart } from "./formula";
import { findFunction, frenchFunctionNames } from "./plugin-functions";

const useStyles = makeStyles({
  bar: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "end" },
  input: { flexGrow: 1 },
  // An <output> (role status), not a <pre> with aria-label: a <pre> has no role that may carry a label.
  result: { display: "block", fontFamily: tokens.fontFamilyMonospace, whiteSpace: "pre-wrap" },
});

/** Excel's error names as a French Excel shows them (the preview is the French pane). */
const FRENCH_ERRORS: Readonly<Record<string, string>> = {
  "#VALUE!": "#VALEUR!",
  "#NAME?": "#NOM?",
  "#N/A": "#N/A",
  "#DIV/0!": "#DIV/0!",
  "#NUM!": "#NOMBRE!",
  "#NULL!": "#NUL!",
  "#REF!": "#REF!",
};

/**
 * An error as French Excel names it.
 *
 * @example
 * frenchErrorName("#VALUE!") // => "#VALEUR!"
 */
export function frenchErrorName(code: string): string {
  return FRENCH_ERRORS[code] ?? code;
}

function show(value: unknown): string {
  if (value instanceof Error) return `${frenchErrorName(excelCodeOf(value))} ${value.message}`;
  if (Array.isArray(value)) return value.map((row) => (Array.isArray(row) ? row.map(show).join("\t") : show(row))).join("\n");
  if (value === null || value === undefined || value === "") return "(vide)";
  if (typeof value === "number") return String(value).replace(".", ",");
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  return String(value);
}

/**
 * @example
 * <FormulaBar workbook={workbook} />
 */
export function FormulaBar({ workbook }: { workbook: MemoryWorkbook }): React.JSX.Element {
  const styles = useStyles();
  const [formula, setFormula] = React.useState("=CLAUSES.HEURES(1000000; 0,5; 5 %; 30)");
  const [result, setResult] = React.useState("");

  function table(name: string, part: TablePart): unknown[][] | undefined {
    const def = standardTables.find(
      (candidate) => candidate.name.toLowerCase() === name.toLowerCase() || candidate.sheet.toLowerCase() === name.toLowerCase(),
    );
    const snapshot = def ? workbook.snapshot(def.name) : undefined;
    if (!snapshot || !def) return undefined;
    if (part === "all") return [snapshot.headers, ...snapshot.rows];
    if (part === "rows") return snapshot.rows;
    const selection = workbook.selectedRow();
    const row = selection?.table === def.name ? snapshot.rows[selection.index] : undefined;
    if (!row) throw selectRowFirst(def.sheet, name);
    return [row];
  }

  async function evaluate(): Promise<void> {
    try {
      const call = parseFormula(formula);
      const fn = findFunction(call.name);
      if (!fn) throw functionUnknown(call.name, frenchFunctionNames());
      setResult(show(await fn(...call.args.map((arg) => argumentValue(arg, table)))));
    } catch (error) {
      setResult(show(error));
    }
  }

  return (
    <section aria-label="Barre de formule">
      <div className={styles.bar}>
        <Field className={styles.input} label="Formule">
          <Input
            value={formula}
            onChange={(_, data) => setFormula(data.value)}
            onKeyDown={(event) => event.key === "Enter" && void evaluate()}
          />
        </Field>
        <Button appearance="primary" onClick={() => void evaluate()}>
          Calculer
        </Button>
      </div>
      <output className={styles.result} aria-label="Résultat de la formule">
        {result}
      </output>
    </section>
  );
}
