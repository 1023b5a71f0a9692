/**
 * Step 3 of « Rédiger »: what the clause says, in four small groups the panel folds (contract and
 * hours, publics and means, the facilitator's contact, follow-up and penalties). Only the fields the
 * chosen basis's templates use are shown (a reserved contract has no hours to count), so the form
 * follows the rule pack's wording.
 */
import { Checkbox, Field, Input, makeStyles, Radio, RadioGroup, Switch, Text, Textarea, tokens } from "@fluentui/react-components";
import { ErrorCircle12Filled } from "@fluentui/react-icons";
import * as React from "react";
import { formatNumberFr } from "../../../domain";
import type { DraftingRules } from "../../../domain/drafting";
import type { ContractChoice } from "./contracts";
import type { ClauseForm, FieldMessages } from "./draft-form";

const useStyles = makeStyles({
  grid: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  group: { display: "flex", flexDirection: "column" },
  error: { color: tokens.colorPaletteRedForeground1 },
  icon: { verticalAlign: "middle" },
});

export interface ClausePartProps {
  rules: DraftingRules;
  form: ClauseForm;
  set: (patch: Partial<ClauseForm>) => void;
  /** The template variables of the chosen basis (`variablesForBasis`). */
  uses: ReadonlySet<string>;
  /** What to fix, under each field (after a failed draft). */
  errors?: FieldMessages;
}

const toggle = (list: string[], code: string, on: boolean) => (on ? [...list, code] : list.filter((entry) => entry !== code));

/**
 * The contract, the hours (from the sizing when the contract is in Marchés), the scope, the duration.
 *
 * @example
 * <ClauseFields rules={rules} form={form} set={set} uses={uses} contract={selected} />
 */
export function ClauseFields({
  form,
  set,
  uses,
  contract,
  errors,
}: ClausePartProps & { contract?: ContractChoice | undefined }): React.JSX.Element {
  const styles = useStyles();
  const hoursHint = contract?.unreadable
    ? "Heures non reprises : une ligne de ce marché est illisible dans le tableau Marchés (voir ci-dessus)."
    : contract?.hours !== undefined
      ? `Repris du dimensionnement (tableau Marchés, ${contract.lots.join(", ")}) : ${formatNumberFr(contract.hours, 0)} h.`
      : "Dimensionnez le marché (« Dimensionner ») ou saisissez les heures.";
  return (
    <div className={styles.grid}>
      <Field label="Référence du marché" validationMessage={errors?.reference}>
        <Input value={form.reference} onChange={(_, data) => set({ reference: data.value })} />
      </Field>
      <Field label="N° d'article du CCAP" validationMessage={errors?.articleNumber} hint="Facultatif : numérote les sections.">
        <Input value={form.articleNumber} onChange={(_, data) => set({ articleNumber: data.value })} />
      </Field>
      <Field label="Intitulé du marché" validationMessage={errors?.label}>
        <Input value={form.label} onChange={(_, data) => set({ label: data.value })} />
      </Field>
      {uses.has("hours") && (
        <Field label="Heures d'insertion" validationMessage={errors?.hours} hint={hoursHint}>
          <Input inputMode="numeric" value={form.hours} onChange={(_, data) => set({ hours: data.value })} />
        </Field>
      )}
      {uses.has("scope") && (
        <Field
          label="Périmètre de l'action d'insertion"
          validationMessage={errors?.scope}
          hint="Les prestations ou lots sur lesquels portent les heures."
        >
          <Textarea value={form.scope} onChange={(_, data) => set({ scope: data.value })} />
        </Field>
      )}
      {uses.has("durationYears") && (
        <Field label="Durée (années)" validationMessage={errors?.durationYears}>
          <Input inputMode="decimal" value={form.durationYears} onChange={(_, data) => set({ durationYears: data.value })} />
        </Field>
      )}
    </div>
  );
}

/**
 * The facilitator's contact details (remembered in the workbook).
 *
 * @example
 * <FacilitatorFields rules={rules} form={form} set={set} uses={uses} />
 */
export function FacilitatorFields({ form, set, errors }: ClausePartProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      <Field label="Facilitateur (nom)" validationMessage={errors?.facilitatorName}>
        <Input value={form.facilitatorName} onChange={(_, data) => set({ facilitatorName: data.value })} />
      </Field>
      <Field label="Structure du facilitateur" validationMessage={errors?.facilitatorOrganisation}>
        <Input value={form.facilitatorOrganisation} onChange={(_, data) => set({ facilitatorOrganisation: data.value })} />
      </Field>
      <Field label="Courriel du facilitateur" validationMessage={errors?.facilitatorEmail}>
        <Input type="email" value={form.facilitatorEmail} onChange={(_, data) => set({ facilitatorEmail: data.value })} />
      </Field>
      <Field label="Téléphone du facilitateur" validationMessage={errors?.facilitatorPhone}>
        <Input type="tel" value={form.facilitatorPhone} onChange={(_, data) => set({ facilitatorPhone: data.value })} />
      </Field>
      <Field label="Adresse du facilitateur" validationMessage={errors?.facilitatorAddress}>
        <Input value={form.facilitatorAddress} onChange={(_, data) => set({ facilitatorAddress: data.value })} />
      </Field>
    </div>
  );
}

/**
 * The eligible publics, the priority publics, the means allowed and the pooling of hours.
 *
 * @example
 * <PublicsFields rules={rules} form={form} set={set} uses={uses} />
 */
export function PublicsFields({ rules, form, set, uses, errors }: ClausePartProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      {uses.has("publics") && (
        <fieldset
          className={styles.group}
          aria-label="Publics éligibles"
          aria-describedby={errors?.publics ? "draft-publics-error" : undefined}
        >
          <legend>Publics éligibles</legend>
          {rules.publics.map((entry) => (
            <Checkbox
              key={entry.code}
              label={`${entry.label}${entry.confirmed ? "" : " (à confirmer)"}`}
              checked={form.publics.includes(entry.code)}
              onChange={(_, data) => set({ publics: toggle(form.publics, entry.code, data.checked === true) })}
            />
          ))}
          <GroupError id="draft-publics-error" message={errors?.publics} />
        </fieldset>
      )}
      {uses.has("publicsNote") && (
        <Field
          label="Publics prioritaires (facultatif)"
          validationMessage={errors?.publicsNote}
          hint="Une priorité, jamais une condition de résidence : par exemple « résidents des quartiers prioritaires (QPV) »."
        >
          <Textarea value={form.publicsNote} onChange={(_, data) => set({ publicsNote: data.value })} />
        </Field>
      )}
      {uses.has("modes") && (
        <fieldset className={styles.group} aria-label="Moyens autorisés" aria-describedby={errors?.modes ? "draft-modes-error" : undefined}>
          <legend>Moyens autorisés pour réaliser les heures</legend>
          {rules.modes.map((mode) => (
            <Checkbox
              key={mode.code}
              label={mode.label}
              checked={form.modes.includes(mode.code)}
              onChange={(_, data) => set({ modes: toggle(form.modes, mode.code, data.checked === true) })}
            />
          ))}
          <GroupError id="draft-modes-error" message={errors?.modes} />
        </fieldset>
      )}
      {uses.has("modes") && (
        <Switch
          label="Globalisation des heures avec d'autres marchés"
          checked={form.pooling}
          onChange={(_, data) => set({ pooling: data.checked })}
        />
      )}
    </div>
  );
}

/**
 * How often proofs are sent, and the penalties per hour not done.
 *
 * @example
 * <FollowUpFields rules={rules} form={form} set={set} uses={uses} />
 */
export function FollowUpFields({ form, set, uses, errors }: ClausePartProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      {uses.has("reportingFrequency") && (
        <Field label="Transmission des justificatifs" validationMessage={errors?.reporting}>
          <RadioGroup
            layout="horizontal"
            value={form.reporting}
            onChange={(_, data) => set({ reporting: data.value as ClauseForm["reporting"] })}
          >
            <Radio value="monthly" label="Chaque mois" />
            <Radio value="quarterly" label="Chaque trimestre" />
          </RadioGroup>
        </Field>
      )}
      {uses.has("penaltyPerHour") && (
        <>
          <Switch label="Pénalités" checked={form.penalties} onChange={(_, data) => set({ penalties: data.checked })} />
          {form.penalties && (
            <Field
              label="Pénalité par heure non réalisée (€ HT)"
              validationMessage={errors?.penaltyPerHour}
              hint="Montant fixé par l'acheteur : aucun montant n'est fixé par la loi."
            >
              <Input inputMode="decimal" value={form.penaltyPerHour} onChange={(_, data) => set({ penaltyPerHour: data.value })} />
            </Field>
          )}
        </>
      )}
    </div>
  );
}

/** The error of a group of checkboxes, worded and drawn as Fluent's `Field` draws one, at the end of the group. */
function GroupError({ id, message }: { id: string; message: string | undefined }): React.JSX.Element | null {
  const styles = useStyles();
  if (!message) return null;
  return (
    <Text id={id} size={200} className={styles.error}>
      <ErrorCircle12Filled className={styles.icon} /> {message}
    </Text>
  );
}
