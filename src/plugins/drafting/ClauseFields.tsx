/**
 * Step 3 of « Rédiger »: what the clause says, in four small groups the panel folds (contract and
 * hours, publics and means, the facilitator's contact, follow-up and penalties). Only the fields the
 * chosen basis's templates use are shown (a reserved contract has no hours to count), so the form
 * follows the rule pack's wording.
 */
import { Checkbox, Field, Input, makeStyles, Radio, RadioGroup, Switch, Textarea, tokens } from "@fluentui/react-components";
import * as React from "react";
import { formatNumberFr } from "../../../domain";
import type { DraftingRules } from "../../../domain/drafting";
import type { ContractChoice } from "./contracts";
import type { ClauseForm } from "./draft-form";

const useStyles = makeStyles({
  grid: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  group: { display: "flex", flexDirection: "column" },
});

export interface ClausePartProps {
  rules: DraftingRules;
  form: ClauseForm;
  set: (patch: Partial<ClauseForm>) => void;
  /** The template variables of the chosen basis (`variablesForBasis`). */
  uses: ReadonlySet<string>;
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
}: ClausePartProps & { contract?: ContractChoice | undefined }): React.JSX.Element {
  const styles = useStyles();
  const hoursHint = contract?.unreadable
    ? "Heures non reprises : une ligne de ce marché est illisible dans le tableau Marchés (voir ci-dessus)."
    : contract?.hours !== undefined
      ? `Repris du dimensionnement (tableau Marchés, ${contract.lots.join(", ")}) : ${formatNumberFr(contract.hours, 0)} h.`
      : "Dimensionnez le marché (« Dimensionner ») ou saisissez les heures.";
  return (
    <div className={styles.grid}>
      <Field label="Référence du marché">
        <Input value={form.reference} onChange={(_, data) => set({ reference: data.value })} />
      </Field>
      <Field label="N° d'article du CCAP" hint="Facultatif : numérote les sections.">
        <Input value={form.articleNumber} onChange={(_, data) => set({ articleNumber: data.value })} />
      </Field>
      <Field label="Intitulé du marché">
        <Input value={form.label} onChange={(_, data) => set({ label: data.value })} />
      </Field>
      {uses.has("hours") && (
        <Field label="Heures d'insertion" hint={hoursHint}>
          <Input inputMode="numeric" value={form.hours} onChange={(_, data) => set({ hours: data.value })} />
        </Field>
      )}
      {uses.has("scope") && (
        <Field label="Périmètre de l'action d'insertion" hint="Les prestations ou lots sur lesquels portent les heures.">
          <Textarea value={form.scope} onChange={(_, data) => set({ scope: data.value })} />
        </Field>
      )}
      {uses.has("durationYears") && (
        <Field label="Durée (années)">
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
export function FacilitatorFields({ form, set }: ClausePartProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      <Field label="Facilitateur (nom)">
        <Input value={form.facilitatorName} onChange={(_, data) => set({ facilitatorName: data.value })} />
      </Field>
      <Field label="Structure du facilitateur">
        <Input value={form.facilitatorOrganisation} onChange={(_, data) => set({ facilitatorOrganisation: data.value })} />
      </Field>
      <Field label="Courriel du facilitateur">
        <Input type="email" value={form.facilitatorEmail} onChange={(_, data) => set({ facilitatorEmail: data.value })} />
      </Field>
      <Field label="Téléphone du facilitateur">
        <Input type="tel" value={form.facilitatorPhone} onChange={(_, data) => set({ facilitatorPhone: data.value })} />
      </Field>
      <Field label="Adresse du facilitateur">
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
export function PublicsFields({ rules, form, set, uses }: ClausePartProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      {uses.has("publics") && (
        <fieldset className={styles.group} aria-label="Publics éligibles">
          <legend>Publics éligibles</legend>
          {rules.publics.map((entry) => (
            <Checkbox
              key={entry.code}
              label={`${entry.label}${entry.confirmed ? "" : " (à confirmer)"}`}
              checked={form.publics.includes(entry.code)}
              onChange={(_, data) => set({ publics: toggle(form.publics, entry.code, data.checked === true) })}
            />
          ))}
        </fieldset>
      )}
      {uses.has("publicsNote") && (
        <Field
          label="Publics prioritaires (facultatif)"
          hint="Une priorité, jamais une condition de résidence : par exemple « résidents des quartiers prioritaires (QPV) »."
        >
          <Textarea value={form.publicsNote} onChange={(_, data) => set({ publicsNote: data.value })} />
        </Field>
      )}
      {uses.has("modes") && (
        <fieldset className={styles.group} aria-label="Moyens autorisés">
          <legend>Moyens autorisés pour réaliser les heures</legend>
          {rules.modes.map((mode) => (
            <Checkbox
              key={mode.code}
              label={mode.label}
              checked={form.modes.includes(mode.code)}
              onChange={(_, data) => set({ modes: toggle(form.modes, mode.code, data.checked === true) })}
            />
          ))}
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
export function FollowUpFields({ form, set, uses }: ClausePartProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      {uses.has("reportingFrequency") && (
        <Field label="Transmission des justificatifs">
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
            <Field label="Pénalité par heure non réalisée (€ HT)" hint="Montant fixé par l'acheteur : aucun montant n'est fixé par la loi.">
              <Input inputMode="decimal" value={form.penaltyPerHour} onChange={(_, data) => set({ penaltyPerHour: data.value })} />
            </Field>
          )}
        </>
      )}
    </div>
  );
}
