/**
 * Who is late for the month: each company with its deadline, the reminder text and a link that opens
 * the facilitator's own mail client (no message is sent by the add-in).
 */
import { Link, Text } from "@fluentui/react-components";
import * as React from "react";
import type { LateForm } from "../../../domain/statements";

/**
 * @example
 * <LateSection late={lateForms(tables, ["2026-03"], today, { guichetName })} />
 */
export function LateSection({ late }: { late: LateForm[] }): React.JSX.Element {
  return (
    <section aria-label="Relevés en retard">
      <Text as="h3" weight="semibold" block>
        En retard
      </Text>
      {late.length === 0 && <Text block>Aucun relevé en retard pour ce mois (ou son échéance n'est pas passée).</Text>}
      <ul aria-label="Relevés en retard">
        {late.map((form) => (
          <li key={`${form.company}-${form.period}`}>
            <Text block>
              {form.companyName} : attendu le {form.dueOn} ({form.daysLate} jour(s) de retard)
              {form.sentOn ? `, envoyé le ${form.sentOn}` : ""}.
            </Text>
            {form.mailto ? (
              <Link href={form.mailto}>Relancer par courriel ({form.contact})</Link>
            ) : (
              <Text size={200}>Pas de contact dans le tableau Entreprises : ajoutez-le pour relancer.</Text>
            )}
            <details>
              <summary>Texte de la relance</summary>
              <pre style={{ whiteSpace: "pre-wrap" }}>{`${form.reminder.subject}\n\n${form.reminder.body}`}</pre>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
