/**
 * Who is late: the forms due for a period (every company with a contract active in it) and not
 * received by their deadline, each with a reminder in French and a `mailto:` link to the company's
 * contact. No network: the link opens the facilitator's own mail client.
 *
 * The deadline is a parameter (`dueDays` after the end of the period), not a rule: no text fixes it;
 * each guichet agrees it with its companies (see docs/statements.md).
 */
import { dayFromIso, type Day } from "../dates";
import type { TablesByName } from "../workbook";
import { statementKey } from "./collect";
import { companiesDue } from "./form-model";
import { frenchDay, periodLabel, readPeriod } from "./period";

/** Days after the end of the period when a form is due, unless the guichet says otherwise. */
export const DEFAULT_DUE_DAYS = 10;

export interface LateForm {
  company: string;
  companyName: string;
  period: string;
  dueOn: string;
  /** Days past the deadline (0 on the day after it). */
  daysLate: number;
  sentOn?: string;
  contact?: string;
  reminder: { subject: string; body: string };
  /** `mailto:` link, or undefined when the company has no contact in Entreprises. */
  mailto?: string;
}

/**
 * The forms of the periods given that are past due and not received.
 *
 * @example
 * lateForms(tables, ["2026-03"], dayFromIso("2026-04-20"), { guichetName: "PLIE Valrivière" })
 * // => [{ company: "JARDINS-VAL", period: "2026-03", dueOn: "2026-04-10", daysLate: 10, mailto: "mailto:…", … }]
 */
export function lateForms(
  tables: TablesByName,
  periods: readonly string[],
  today: Day,
  options: { guichetName: string; dueDays?: number },
): LateForm[] {
  const statements = new Map(
    (tables["Relevés"] ?? []).map(({ values }) => [statementKey(String(values.company), String(values.period)), values]),
  );
  const companies = new Map((tables["Entreprises"] ?? []).map(({ values }) => [String(values.id), values]));
  const late: LateForm[] = [];
  for (const key of [...new Set(periods)].sort()) {
    const period = readPeriod(key);
    const due = period.to + (options.dueDays ?? DEFAULT_DUE_DAYS);
    if (today <= due) continue;
    for (const company of companiesDue(tables, period)) {
      const statement = statements.get(statementKey(company, key));
      if (statement?.receivedOn !== undefined) continue;
      const record = companies.get(company);
      const companyName = String(record?.name ?? company);
      const contact = typeof record?.contact === "string" && record.contact.includes("@") ? record.contact : undefined;
      const reminder = reminderText(companyName, periodLabel(period), frenchDay(due), options.guichetName);
      late.push({
        company,
        companyName,
        period: key,
        dueOn: frenchDay(due),
        daysLate: today - due,
        ...(typeof statement?.sentOn === "string" ? { sentOn: frenchDay(dayFromIso(statement.sentOn)) } : {}),
        ...(contact ? { contact, mailto: mailtoLink(contact, reminder) } : {}),
        reminder,
      });
    }
  }
  return late;
}

/**
 * The reminder, in French.
 *
 * @example
 * reminderText("Jardins du Val", "mars 2026", "10/04/2026", "PLIE Valrivière").subject
 * // => "Relevé d'heures d'insertion de mars 2026 : en attente"
 */
export function reminderText(company: string, period: string, dueOn: string, guichet: string): { subject: string; body: string } {
  return {
    subject: `Relevé d'heures d'insertion ${ofPeriod(period)} : en attente`,
    body: [
      "Bonjour,",
      "",
      `Sauf erreur de notre part, nous n'avons pas reçu le relevé des heures d'insertion de ${company} pour ${period}, attendu le ${dueOn}.`,
      "Pourriez-vous nous le retourner rempli et signé (fichier joint à notre envoi), en réponse à ce message ?",
      "S'il n'y a eu aucune heure d'insertion ce mois-ci, merci de nous retourner le relevé signé sans ligne.",
      "",
      "Merci par avance,",
      guichet,
    ].join("\n"),
  };
}

/** « de mars 2026 », « d'avril 2026 » (French elision before a vowel). */
function ofPeriod(period: string): string {
  return /^[aeiouyéèêàâîôûh]/i.test(period) ? `d'${period}` : `de ${period}`;
}

/**
 * A `mailto:` link (RFC 6068: subject and body percent-encoded, line breaks as CRLF).
 *
 * @example
 * mailtoLink("rh@jardins.example", { subject: "Relevé", body: "Bonjour" }) // => "mailto:rh@jardins.example?subject=Relev%C3%A9&body=Bonjour"
 */
export function mailtoLink(to: string, message: { subject: string; body: string }): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\n/g, "\r\n"));
  return `mailto:${encodeURIComponent(to).replace(/%40/g, "@")}?subject=${encode(message.subject)}&body=${encode(message.body)}`;
}
