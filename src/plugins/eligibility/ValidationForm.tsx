/**
 * The facilitator's validation of a person's eligibility: who, when, which criteria, which proofs
 * were seen (type and date only: the add-in never stores a document), until when. It appends one
 * row to the `Validations` table; the previous validation of the person is closed, not edited.
 * State and save: `useValidationDraft` (a reducer); the groups of fields below.
 */
import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens } from "@fluentui/react-components";
import { AddRegular, DeleteRegular, CheckmarkRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { Day } from "../../../domain";
import type { EligibilityResult, EligibilityRules, ValidationRecord } from "../../../domain/eligibility";
import { ErrorList } from "../../plugin-kit/ui/ErrorList";
import type { WorkbookPort } from "../../workbook/port";
import { frenchDate } from "./labels";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";
import { useValidationDraft, type ValidationDraftState, type ValidationOutcome } from "./use-validation-draft";

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

function useStyles() {
  return { ...useFormStyles(), ...useLocalStyles() };
}

export interface ValidationFormProps {
  result: EligibilityResult;
  rules: EligibilityRules;
  rulePack: string;
  today: Day;
  workbook: WorkbookPort;
  onSaved?: (validation: ValidationRecord) => void;
}

type Parts = { form: ValidationDraftState; rules: EligibilityRules };

/**
 * @example
 * <ValidationForm result={result} rules={rules} rulePack="national@…" today={today} workbook={services.workbook} />
 */
export function ValidationForm(props: ValidationFormProps): React.JSX.Element {
  const styles = useStyles();
  const form = useValidationDraft(props);
  const parts = { form, rules: props.rules };
  return (
    <fieldset className={styles.form} aria-label={`Validation de ${props.result.id}`}>
      <Text weight="semibold">Valider l'éligibilité de {props.result.id}</Text>
      <WhoAndWhen {...parts} />
      <CriteriaChecks {...parts} />
      <ProofList {...parts} />
      <ValidUntil {...parts} />
      <Text size={100}>Seuls le type et la date des justificatifs sont enregistrés, jamais le document.</Text>
      <Button appearance="primary" icon={<CheckmarkRegular />} onClick={() => void form.save()}>
        Enregistrer la validation
      </Button>
      <SaveOutcome outcome={form.outcome} />
    </fieldset>
  );
}

function WhoAndWhen({ form, rules }: Parts): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      <Field label="Validé par" required hint="Nom ou structure du facilitateur" validationMessage={form.fieldError("validatedBy")}>
        <Input
          className={styles.fill}
          value={form.draft.validatedBy}
          onChange={(_, data) => form.dispatch({ kind: "set", patch: { validatedBy: data.value } })}
        />
      </Field>
      <Field label="Validé le" required validationMessage={form.fieldError("validatedOn")}>
        <Input
          className={styles.fill}
          type="date"
          value={form.draft.validatedOn}
          max={form.todayIso}
          onChange={(_, data) => form.dispatch({ kind: "validatedOn", value: data.value, rules })}
        />
      </Field>
    </div>
  );
}

function CriteriaChecks({ form, rules }: Parts): React.JSX.Element {
  const styles = useStyles();
  return (
    <fieldset className={styles.form} aria-label="Critères validés">
      {form.offered.length === 0 && <Text size={200}>Aucun critère rempli à valider.</Text>}
      {form.offered.map((code) => (
        <Checkbox
          key={code}
          label={`${code} — ${rules.criteria.find((criterion) => criterion.code === code)?.label ?? code}`}
          checked={form.draft.criteria.includes(code)}
          onChange={(_, data) => form.dispatch({ kind: "criterion", code, on: data.checked === true })}
        />
      ))}
    </fieldset>
  );
}

function ProofList({ form }: Parts): React.JSX.Element {
  const styles = useStyles();
  const { draft, dispatch } = form;
  return (
    <>
      {draft.proofs.map((proof, index) => (
        <div key={proof.key} className={styles.proof}>
          <Field className={styles.proofType} label={`Justificatif ${index + 1}`}>
            <Select
              className={styles.fill}
              value={proof.type}
              onChange={(_, data) => dispatch({ kind: "proof", key: proof.key, patch: { type: data.value } })}
            >
              {form.proofChoices.map((choice) => (
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
              max={draft.validatedOn || form.todayIso}
              onChange={(_, data) => dispatch({ kind: "proof", key: proof.key, patch: { seenOn: data.value } })}
            />
          </Field>
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={`Retirer le justificatif ${index + 1}`}
            onClick={() => dispatch({ kind: "removeProof", key: proof.key })}
          />
        </div>
      ))}
      <Button icon={<AddRegular />} onClick={() => dispatch({ kind: "addProof", type: form.proofChoices[0]?.label ?? "" })}>
        Ajouter un justificatif vu
      </Button>
    </>
  );
}

function ValidUntil({ form, rules }: Parts): React.JSX.Element {
  const styles = useStyles();
  return (
    <Field
      label="Valide jusqu'au"
      validationMessage={form.fieldError("validUntil")}
      hint={
        rules.validity.months === null
          ? "Aucune durée fixée par le paquet de règles : saisissez-la si besoin."
          : `Par défaut ${rules.validity.months} mois.`
      }
    >
      <Input
        className={styles.fill}
        type="date"
        value={form.draft.validUntil}
        min={form.draft.validatedOn}
        onChange={(_, data) => form.dispatch({ kind: "set", patch: { validUntil: data.value } })}
      />
    </Field>
  );
}

function SaveOutcome({ outcome }: { outcome: ValidationOutcome }): React.JSX.Element | null {
  if (outcome?.kind === "saved") {
    return (
      <MessageBar intent="success">
        <MessageBarBody>
          Validation du {frenchDate(outcome.on)} ajoutée au tableau Validations ; la précédente, s'il y en a une, est close à cette date.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return outcome?.kind === "failed" ? <ErrorList title="La validation n'a pas été enregistrée" messages={outcome.messages} /> : null;
}
