/**
 * The facilitator's validation of a person's eligibility: who, when, which criteria, which proofs
 * were seen (type and date only: the add-in never stores a document), until when. It appends one
 * row to the `Validations` table; the previous validation of the person is closed, not edited.
 */
import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens } from "@fluentui/react-components";
import { AddRegular, DeleteRegular, CheckmarkRegular } from "@fluentui/react-icons";
import * as React from "react";
import { addMonthsToDay, errorsOf, isoFromDay, tryDayFromIso, validationsTable, type Day } from "../../../domain";
import {
  newValidation,
  validationRecordToTable,
  type EligibilityResult,
  type EligibilityRules,
  type ValidationRecord,
} from "../../../domain/eligibility";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import type { WorkbookPort } from "../../workbook/port";
import { frenchDate } from "./labels";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";

const useLocalStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS,
    margin: 0,
  },
  proof: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalXS,
    alignItems: "end",
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  proofType: { gridColumn: "1 / span 2", minWidth: 0 },
});

interface ProofDraft {
  key: number;
  type: string;
  seenOn: string;
}

export interface ValidationFormProps {
  result: EligibilityResult;
  rules: EligibilityRules;
  rulePack: string;
  today: Day;
  workbook: WorkbookPort;
  onSaved?: (validation: ValidationRecord) => void;
}

/** The form's labels, for messages about fields that have no place of their own (a key is never shown). */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  validatedBy: "Validé par",
  validatedOn: "Validé le",
  validUntil: "Valide jusqu'au",
  criteria: "Critères validés",
  participant: "Participant",
};
const PLACED = new Set(["validatedBy", "validatedOn", "validUntil"]);

/** The core's errors: under their field when it has one, otherwise named by the field's label. */
function placedErrors(error: unknown): { messages: string[]; fields: Record<string, string> } {
  const found = errorsOf(error);
  if (found.length === 0) return { messages: messagesOf(error), fields: {} };
  const fields: Record<string, string> = {};
  const messages: string[] = [];
  for (const each of found) {
    const field = each.where.field ?? "";
    if (PLACED.has(field)) fields[field] = each.reason;
    else messages.push(field ? `${labelOf(field)} : ${each.reason}` : each.message);
  }
  return { messages, fields };
}

function labelOf(field: string): string {
  const proof = /^proofs\[(\d+)\]/.exec(field);
  if (proof) return `Justificatif ${Number(proof[1]) + 1}`;
  return FIELD_LABELS[field] ?? "Fiche";
}

/** Default end of validity: the pack's months after the validation (last day included), if the pack sets them. */
function defaultValidUntil(rules: EligibilityRules, validatedOn: string): string {
  const day = tryDayFromIso(validatedOn);
  const months = rules.validity.months;
  return day === null || months === null ? "" : isoFromDay(addMonthsToDay(day, months) - 1);
}

/**
 * @example
 * <ValidationForm result={result} rules={rules} rulePack="national@…" today={today} workbook={services.workbook} />
 */
export function ValidationForm({ result, rules, rulePack, today, workbook, onSaved }: ValidationFormProps): React.JSX.Element {
  const styles = { ...useFormStyles(), ...useLocalStyles() };
  const todayIso = isoFromDay(today);
  const offered = [...result.criteria, ...result.priority];
  const [validatedBy, setValidatedBy] = React.useState("");
  const [validatedOn, setValidatedOn] = React.useState(todayIso);
  const [validUntil, setValidUntil] = React.useState(defaultValidUntil(rules, todayIso));
  const [criteria, setCriteria] = React.useState<string[]>(offered);
  const [proofs, setProofs] = React.useState<ProofDraft[]>([]);
  const [outcome, setOutcome] = React.useState<
    { kind: "saved"; on: string } | { kind: "failed"; messages: string[]; fields: Record<string, string> } | null
  >(null);
  const fieldError = (field: string) => (outcome?.kind === "failed" ? outcome.fields[field] : undefined);
  const nextKey = React.useRef(0);
  const relevant = rules.proofTypes.filter((proof) => proof.criteria.some((code) => criteria.includes(code)));
  const proofChoices = [...relevant, ...rules.proofTypes.filter((proof) => !relevant.includes(proof))];

  async function save(): Promise<void> {
    try {
      const input = {
        participant: result.id,
        validatedOn,
        validatedBy,
        criteria,
        proofs: proofs.map(({ type, seenOn }) => ({ type, seenOn })),
        ...(validUntil ? { validUntil } : {}),
      };
      const validation = newValidation(input, rules, today, rulePack);
      await workbook.appendRecords(validationsTable, [validationRecordToTable(validation)]);
      setOutcome({ kind: "saved", on: validation.validatedOn });
      onSaved?.(validation);
    } catch (error) {
      setOutcome({ kind: "failed", ...placedErrors(error) });
    }
  }

  return (
    <fieldset className={styles.form} aria-label={`Validation de ${result.id}`}>
      <Text weight="semibold">Valider l'éligibilité de {result.id}</Text>
      <div className={styles.grid}>
        <Field label="Validé par" required hint="Nom ou structure du facilitateur" validationMessage={fieldError("validatedBy")}>
          <Input className={styles.fill} value={validatedBy} onChange={(_, data) => setValidatedBy(data.value)} />
        </Field>
        <Field label="Validé le" required validationMessage={fieldError("validatedOn")}>
          <Input
            className={styles.fill}
            type="date"
            value={validatedOn}
            max={todayIso}
            onChange={(_, data) => {
              setValidatedOn(data.value);
              if (rules.validity.months !== null) setValidUntil(defaultValidUntil(rules, data.value));
            }}
          />
        </Field>
      </div>
      <fieldset className={styles.form} aria-label="Critères validés">
        {offered.length === 0 && <Text size={200}>Aucun critère rempli à valider.</Text>}
        {offered.map((code) => (
          <Checkbox
            key={code}
            label={`${code} — ${rules.criteria.find((criterion) => criterion.code === code)?.label ?? code}`}
            checked={criteria.includes(code)}
            onChange={(_, data) => setCriteria(data.checked ? [...criteria, code] : criteria.filter((checked) => checked !== code))}
          />
        ))}
      </fieldset>
      {proofs.map((proof, index) => (
        <div key={proof.key} className={styles.proof}>
          <Field className={styles.proofType} label={`Justificatif ${index + 1}`}>
            <Select
              className={styles.fill}
              value={proof.type}
              onChange={(_, data) => setProofs(proofs.map((p) => (p.key === proof.key ? { ...p, type: data.value } : p)))}
            >
              {proofChoices.map((choice) => (
                <option key={choice.code} value={choice.label}>
                  {choice.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={`Daté du (justificatif ${index + 1})`}>
            <Input
              className={styles.fill}
              type="date"
              value={proof.seenOn}
              max={validatedOn || todayIso}
              onChange={(_, data) => setProofs(proofs.map((p) => (p.key === proof.key ? { ...p, seenOn: data.value } : p)))}
            />
          </Field>
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={`Retirer le justificatif ${index + 1}`}
            onClick={() => setProofs(proofs.filter((p) => p.key !== proof.key))}
          />
        </div>
      ))}
      <Button
        icon={<AddRegular />}
        onClick={() => {
          nextKey.current += 1;
          setProofs([...proofs, { key: nextKey.current, type: proofChoices[0]?.label ?? "", seenOn: validatedOn }]);
        }}
      >
        Ajouter un justificatif vu
      </Button>
      <Field
        label="Valide jusqu'au"
        validationMessage={fieldError("validUntil")}
        hint={
          rules.validity.months === null
            ? "Aucune durée fixée par le paquet de règles : saisissez-la si besoin."
            : `Par défaut ${rules.validity.months} mois.`
        }
      >
        <Input className={styles.fill} type="date" value={validUntil} min={validatedOn} onChange={(_, data) => setValidUntil(data.value)} />
      </Field>
      <Text size={100}>Seuls le type et la date des justificatifs sont enregistrés, jamais le document.</Text>
      <Button appearance="primary" icon={<CheckmarkRegular />} onClick={() => void save()}>
        Enregistrer la validation
      </Button>
      {outcome?.kind === "saved" && (
        <MessageBar intent="success">
          <MessageBarBody>
            Validation du {frenchDate(outcome.on)} ajoutée au tableau Validations ; la précédente, s'il y en a une, est close à cette date.
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "failed" && <ErrorList title="La validation n'a pas été enregistrée" messages={outcome.messages} />}
    </fieldset>
  );
}
