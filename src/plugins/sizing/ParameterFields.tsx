/**
 * The method and parameters of the sizing wizard; empty fields mean « the pack's default », shown
 * as placeholders so the facilitator sees what will be used.
 */
import { Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import * as React from "react";
import { formatNumberFr, formatPercentFr, valueOn, type Day } from "../../../domain";
import type { SizingRules } from "../../../domain/sizing";
import type { DraftFieldsProps } from "./ContractFields";
import type { FieldErrors, SizingDraft } from "./draft";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";

export interface ParameterFieldsProps extends DraftFieldsProps {
  rules: SizingRules;
  today: Day;
  errors: FieldErrors;
}

/**
 * @example
 * <ParameterFields draft={draft} set={set} rules={rules} today={today} errors={evaluation.errors} />
 */
export function ParameterFields({ draft, set, rules, today, errors }: ParameterFieldsProps): React.JSX.Element {
  const styles = useFormStyles();
  const rate = valueOn(rules.insertionRate, today, "taux d'insertion").value;
  const cost = valueOn(rules.hourlyCost, today, "coût horaire").value;
  const perHour = valueOn(rules.eurosPerHour, today, "euros par heure").value;
  return (
    <>
      <Field label="Méthode">
        <RadioGroup layout="horizontal" value={draft.method} onChange={(_, data) => set({ method: data.value as SizingDraft["method"] })}>
          <Radio value="labour-cost" label="Coût de main-d'œuvre" />
          <Radio value="per-amount" label="Ratio au montant" />
        </RadioGroup>
      </Field>
      <div className={styles.grid}>
        {draft.method === "labour-cost" ? (
          <>
            <Field label="Taux d'insertion (%)" validationMessage={errors.insertionRate} hint={`Par défaut ${formatPercentFr(rate)}`}>
              <Input
                className={styles.fill}
                inputMode="decimal"
                placeholder={formatNumberFr(rate * 100)}
                value={draft.insertionRate}
                onChange={(_, data) => set({ insertionRate: data.value })}
              />
            </Field>
            <Field label="Coût horaire (€/h)" validationMessage={errors.hourlyCost} hint={`Par défaut ${formatNumberFr(cost)} €/h`}>
              <Input
                className={styles.fill}
                inputMode="decimal"
                placeholder={formatNumberFr(cost)}
                value={draft.hourlyCost}
                onChange={(_, data) => set({ hourlyCost: data.value })}
              />
            </Field>
          </>
        ) : (
          <Field
            className={styles.wide}
            label="Euros HT par heure d'insertion"
            validationMessage={errors.eurosPerHour}
            hint={`Par défaut 1 h par ${formatNumberFr(perHour)} € HT`}
          >
            <Input
              className={styles.fill}
              inputMode="decimal"
              placeholder={formatNumberFr(perHour)}
              value={draft.eurosPerHour}
              onChange={(_, data) => set({ eurosPerHour: data.value })}
            />
          </Field>
        )}
        <Field className={styles.wide} label="Arrondi de chaque lot">
          <RadioGroup
            layout="horizontal"
            value={draft.rounding}
            onChange={(_, data) => set({ rounding: data.value as SizingDraft["rounding"] })}
          >
            <Radio value="nearest" label="À l'heure la plus proche" />
            <Radio value="up" label="À l'heure supérieure" />
          </RadioGroup>
        </Field>
      </div>
    </>
  );
}
