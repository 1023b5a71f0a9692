/**
 * The dry run's report: how many rows are ready, already in the table, rejected, and every rejected
 * row with all its reasons, by the sheet's own row number and column names.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import * as React from "react";
import { formatNumberFr } from "../../../domain";
import type { DryRun } from "../../../domain/import";

/** Rejected rows listed in the pane (a sheet of thousands of bad rows would bury the pane). */
const SHOWN_ROWS = 200;

/**
 * @example
 * <DryRunReport result={result} sheet="Ancien suivi" />
 */
export function DryRunReport({ result, sheet }: { result: DryRun; sheet: string }): React.JSX.Element {
  const { ready, alreadyPresent, rejected } = result;
  return (
    <section aria-label="Résultat de la vérification">
      <Text as="p" weight="semibold" aria-label="Bilan de la vérification">
        {plural(ready.length, "ligne prête", "lignes prêtes")} à importer dans {result.table.sheet},{" "}
        {plural(alreadyPresent.length, "déjà présente", "déjà présentes")}, {plural(rejected.length, "rejetée", "rejetées")}.
      </Text>
      {result.warnings.map((warning) => (
        <MessageBar key={warning} intent="info" layout="multiline">
          <MessageBarBody>{warning}</MessageBarBody>
        </MessageBar>
      ))}
      {alreadyPresent.length > 0 && (
        <Text as="p" size={200}>
          Déjà dans le tableau (non importées à nouveau) : lignes {alreadyPresent.map((row) => row.row).join(", ")} de la feuille.
        </Text>
      )}
      {rejected.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Lignes rejetées de la feuille « {sheet} »</MessageBarTitle>
            <ul aria-label="Lignes rejetées" style={{ margin: "4px 0 0", paddingInlineStart: 18 }}>
              {rejected.slice(0, SHOWN_ROWS).flatMap(({ row, reasons }) =>
                reasons.map((reason) => (
                  <li key={`${row}-${reason}`}>
                    Ligne {row} : {reason}
                  </li>
                )),
              )}
            </ul>
            {rejected.length > SHOWN_ROWS && (
              <Text as="p" size={200}>
                … et {formatNumberFr(rejected.length - SHOWN_ROWS, 0)} autres lignes rejetées, non listées ici : corrigez d'abord celles-ci,
                puis vérifiez à nouveau.
              </Text>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

function plural(count: number, one: string, many: string): string {
  // French thousands (« 12 000 lignes »), as everywhere a person reads a count.
  return `${formatNumberFr(count, 0)} ${count > 1 ? many : one}`;
}
