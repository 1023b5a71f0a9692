/**
 * The method and parameters of the sizing wizard; empty fields mean « the pack's default », shown
 * as placeholders so the facilitator sees what will be used. Percentages are typed in percent.
 */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import * as React from "react";
import { formatNumberFr, formatPercentFr, valueOn, type Day } from "../../../domain";
import type { SizingRules } from "../../../domain/sizing";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";
import { NumberField } from "../../plugin-kit/ui/NumberField";
import { PercentField } from "../../plugin-kit/ui/PercentField";
import type { DraftFieldsProps } from "./ContractFields";
import type { FieldErrors, SizingDraft } from "./draft";

export interface ParameterFieldsProps extends DraftFieldsProps {
  rules: SizingRules;
  today: Day;
  errors: FieldErrors;
  keep: (field: string, text: string) => void;
}

/**
 * @example
 * <ParameterFields draft={draft} set={set} keep={keep} rules={rules} today={today} errors={evaluation.errors} />
 */
export function ParameterFields({ draft, set, keep, rules, today, errors }: ParameterFieldsProps): React.JSX.Element {
  const styles = useFormStyles();
  const rate = valueOn(rules.insertionRate, today, "taux d'insertion").value;
  const cost = valueOn(rules.hourlyCost, today, "coût horaire").value;
  const perHour = valueOn(rules.eurosPerHour, today, "euros par heure").value;
  return (
    <div className={styles.grid}>
      <Field label="Méthode" className={styles.wide}>
        <RadioGroup value={draft.method} onChange={(_, data) => set({ method: data.value as SizingDraft["method"] })}>
          <Radio value="labour-cost" label="Coût de main-d'œuvre" />
          <Radio value="per-amount" label="Ratio au montant" />
        </RadioGroup>
      </Field>
      {draft.method === "labour-cost" ? (
        <>
          <PercentField
            className={styles.wide}
            label="Taux d'insertion (%)"
            of="des heures de main-d'œuvre"
            value={draft.insertionRate}
            onChange={(insertionRate) => set({ insertionRate })}
            confirmed={draft.kept.insertionRate === draft.insertionRate}
            onConfirm={() => keep("insertionRate", draft.insertionRate)}
            error={errors.insertionRate}
            hint={`Par défaut ${formatPercentFr(rate)}`}
            placeholder={formatNumberFr(rate * 100)}
          />
          <NumberField
            className={styles.wide}
            label="Coût horaire (€/h)"
            unit="€/h"
            value={draft.hourlyCost}
            onChange={(hourlyCost) => set({ hourlyCost })}
            error={errors.hourlyCost}
            hint={`Par défaut ${formatNumberFr(cost)} €/h`}
            placeholder={formatNumberFr(cost)}
          />
        </>
      ) : (
        <NumberField
          className={styles.wide}
          label="Euros HT par heure d'insertion"
          unit="€ HT par heure"
          value={draft.eurosPerHour}
          onChange={(eurosPerHour) => set({ eurosPerHour })}
          error={errors.eurosPerHour}
          hint={`Par défaut 1 h par ${formatNumberFr(perHour)} € HT`}
          placeholder={formatNumberFr(perHour)}
        />
      )}
      <Field className={styles.wide} label="Arrondi de chaque lot">
        <RadioGroup value={draft.rounding} onChange={(_, data) => set({ rounding: data.value as SizingDraft["rounding"] })}>
          <Radio value="nearest" label="À l'heure la plus proche" />
          <Radio value="up" label="À l'heure supérieure" />
        </RadioGroup>
      </Field>
    </div>
  );
}
