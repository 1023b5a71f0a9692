/**
 * « Vérifier la ligne sélectionnée »: evaluates the row of the Participants table under the
 * selection, shows its validations and lets the facilitator validate it.
 */
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import * as React from "react";
import { decodeTable, participantsTable, tryDayFromIso, type Day, type DomainError } from "../../../domain";
import type { EligibilityResult, EligibilityRules, ValidationPeriod } from "../../../domain/eligibility";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import type { WorkbookPort } from "../../workbook/port";
import { EligibilityResultView } from "./EligibilityResultView";
import { evaluateRecord } from "./evaluate-rows";
import { frenchDate } from "./labels";
import { readHistory } from "./read-workbook";
import { ValidationForm } from "./ValidationForm";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  bar: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: "end" },
  list: { margin: 0, paddingInlineStart: "18px" },
});

type Checked =
  | { kind: "result"; result: EligibilityResult; row: number; history: ValidationPeriod[]; dateSource: string; warnings: string[] }
  | { kind: "message"; text: string }
  | { kind: "failed"; messages: string[] }
  | null;

export interface SelectedRowCheckProps {
  workbook: WorkbookPort;
  rules: EligibilityRules;
  rulePack: string;
  today: Day;
}

/**
 * @example
 * <SelectedRowCheck workbook={services.workbook} rules={rules} rulePack={packRef(pack)} today={today} />
 */
export function SelectedRowCheck({ workbook, rules, rulePack, today }: SelectedRowCheckProps): React.JSX.Element {
  const styles = useStyles();
  const [date, setDate] = React.useState("");
  const [checked, setChecked] = React.useState<Checked>(null);

  async function check(): Promise<void> {
    if (!workbook.readSelectedRow) {
      setChecked({ kind: "message", text: "Ce classeur ne donne pas accès à la sélection : ouvrez-le dans Excel." });
      return;
    }
    try {
      const selected = await workbook.readSelectedRow(participantsTable);
      if (!selected) {
        setChecked({ kind: "message", text: "Sélectionnez une cellule d'une ligne du tableau Participants, puis recommencez." });
        return;
      }
      const decoded = decodeTable(participantsTable, [selected.headers, selected.cells], { firstRow: selected.row });
      const record = decoded.rows[0]?.values;
      if (decoded.errors.length > 0 || !record) {
        setChecked({ kind: "failed", messages: decoded.errors.map((error) => error.message) });
        return;
      }
      const given = tryDayFromIso(date) ?? undefined;
      const outcome = evaluateRecord(record, rules, today, given, { table: participantsTable.sheet, row: selected.row });
      if (outcome.kind !== "evaluated") {
        setChecked({ kind: "failed", messages: outcome.kind === "invalid" ? outcome.errors.map((error) => error.message) : [] });
        return;
      }
      const purged = outcome.facts.purged;
      if (purged) {
        // Nothing personal is left to evaluate: the bilans use the countable window kept by the purge.
        const french = frenchDate;
        setChecked({
          kind: "message",
          text: `Données personnelles purgées le ${french(purged.on)} (conservation) : la fiche ne peut plus être évaluée.`,
        });
        return;
      }
      const historyErrors: DomainError[] = [];
      const history = (await readHistory(workbook, historyErrors)).get(outcome.result.id) ?? [];
      const dateSource = given !== undefined ? "date choisie" : outcome.facts.firstClauseEntry ? "date de première entrée" : "aujourd'hui";
      const warnings = historyErrors.map((error) => error.message);
      setChecked({ kind: "result", result: outcome.result, row: selected.row, history, dateSource, warnings });
    } catch (error) {
      setChecked({ kind: "failed", messages: messagesOf(error) });
    }
  }

  return (
    <div className={styles.column}>
      <div className={styles.bar}>
        <Field label="Date de référence" hint="Vide : date de première entrée, sinon aujourd'hui">
          <Input type="date" value={date} onChange={(_, data) => setDate(data.value)} />
        </Field>
        <Button appearance="primary" icon={<SearchRegular />} onClick={() => void check()}>
          Vérifier la ligne sélectionnée
        </Button>
      </div>
      {checked?.kind === "message" && (
        <MessageBar intent="info">
          <MessageBarBody>{checked.text}</MessageBarBody>
        </MessageBar>
      )}
      {checked?.kind === "failed" && <ErrorList title="Cette ligne est à corriger" messages={checked.messages} />}
      {checked?.kind === "result" && (
        <>
          <Text size={200}>Ligne {checked.row} du tableau Participants.</Text>
          <EligibilityResultView result={checked.result} rules={rules} rulePack={rulePack} dateSource={checked.dateSource} />
          <section aria-label="Historique des validations">
            <Text weight="semibold">Validations</Text>
            {checked.history.length === 0 ? (
              <Text size={200} block>
                Aucune validation enregistrée.
              </Text>
            ) : (
              <ul className={styles.list}>
                {checked.history.map((period) => (
                  <li key={`${period.validatedOn}-${period.validatedBy}`}>
                    <Text size={200}>
                      {frenchDate(period.validatedOn)} par {period.validatedBy} : {period.criteria.join(", ")}
                      {period.proofs.length > 0 && ` (vu : ${period.proofs.map((proof) => proof.type).join(", ")})`}
                      {period.replacedOn
                        ? ` — remplacée le ${frenchDate(period.replacedOn)}`
                        : period.endsOn
                          ? ` — valide jusqu'au ${frenchDate(period.endsOn)}`
                          : ""}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <ErrorList title="Tableau Validations à corriger" messages={checked.warnings} />
          <ValidationForm
            key={`${checked.result.id}-${checked.row}`}
            result={checked.result}
            rules={rules}
            rulePack={rulePack}
            today={today}
            workbook={workbook}
            onSaved={() => void check()}
          />
        </>
      )}
    </div>
  );
}
