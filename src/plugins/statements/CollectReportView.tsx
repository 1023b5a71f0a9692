/**
 * The dry run of a collection, as the import's report shows its own: what is accepted, replaced or
 * unchanged, each rejected line with its file, row, column and reason, the new people, who is missing.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import * as React from "react";
import { formatNumberFr } from "../../../domain";
import type { CollectReport } from "../../../domain/statements";

/** Rejected lines listed in the pane (beyond, the count). */
const SHOWN = 200;

/**
 * @example
 * <CollectReportView report={report} />
 */
export function CollectReportView({ report }: { report: CollectReport }): React.JSX.Element {
  const lines = report.accepted.reduce((sum, form) => sum + form.lines, 0);
  return (
    <section aria-label="Résultat de la vérification">
      <Text as="p" weight="semibold" aria-label="Bilan de la vérification">
        {report.accepted.length} relevé(s) accepté(s) ({lines} lignes), {report.replaced.length} remplaçant une version précédente,{" "}
        {report.unchanged.length} déjà collecté(s) à l'identique, {report.rejected.length} ligne(s) rejetée(s).
      </Text>
      <ul aria-label="Relevés acceptés">
        {report.accepted.map((form) => (
          <li key={`${form.company}-${form.period}`}>
            {form.company}, {form.period}, version {form.version} : {form.lines} lignes, {formatNumberFr(form.hours)} h
            {report.replaced.some((entry) => entry.company === form.company && entry.period === form.period)
              ? " (remplace la version précédente)"
              : ""}
          </li>
        ))}
      </ul>
      {report.newPeople.length > 0 && (
        <Text as="p" size={200}>
          Nouvelles personnes à prescrire et valider (leurs heures ne comptent qu'après validation) :{" "}
          {[...new Set(report.newPeople.map((person) => person.participant))].join(", ")}.
        </Text>
      )}
      {report.rejected.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Lignes rejetées (leur relevé n'est pas collecté)</MessageBarTitle>
            <ul aria-label="Lignes rejetées" style={{ margin: "4px 0 0", paddingInlineStart: 18 }}>
              {report.rejected.slice(0, SHOWN).map((entry) => (
                <li key={`${entry.file}-${entry.row}-${entry.column}-${entry.message}`}>
                  {entry.file}, feuille {entry.sheet}, ligne {entry.row}, colonne « {entry.column} » : {entry.message}
                </li>
              ))}
            </ul>
            {report.rejected.length > SHOWN && <Text size={200}>… et {report.rejected.length - SHOWN} autres.</Text>}
          </MessageBarBody>
        </MessageBar>
      )}
      {report.missing.length > 0 && (
        <Text as="p" size={200}>
          Toujours attendus : {report.missing.map((entry) => `${entry.company} (${entry.period})`).join(", ")}.
        </Text>
      )}
    </section>
  );
}
