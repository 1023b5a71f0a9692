/**
 * The contract part of the sizing wizard: reference, buyer, company, dates, pooling.
 */
import { Field, Input, Switch } from "@fluentui/react-components";
import * as React from "react";
import type { SizingDraft } from "./draft";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";

export interface DraftFieldsProps {
  draft: SizingDraft;
  set: (patch: Partial<SizingDraft>) => void;
}

/**
 * @example
 * <ContractFields draft={draft} set={set} />
 */
export function ContractFields({ draft, set }: DraftFieldsProps): React.JSX.Element {
  const styles = useFormStyles();
  return (
    <div className={styles.grid}>
      <Field
        className={styles.wide}
        label="Référence du marché"
        required
        hint="Chaque lot devient une ligne du tableau Marchés (référence-lot)."
      >
        <Input className={styles.fill} value={draft.reference} onChange={(_, data) => set({ reference: data.value })} />
      </Field>
      <Field label="Acheteur">
        <Input className={styles.fill} value={draft.buyer} onChange={(_, data) => set({ buyer: data.value })} />
      </Field>
      <Field label="Entreprise">
        <Input className={styles.fill} value={draft.company} onChange={(_, data) => set({ company: data.value })} />
      </Field>
      <Field label="Début">
        <Input className={styles.fill} type="date" value={draft.start} onChange={(_, data) => set({ start: data.value })} />
      </Field>
      <Field label="Fin">
        <Input
          className={styles.fill}
          type="date"
          value={draft.end}
          min={draft.start || undefined}
          onChange={(_, data) => set({ end: data.value })}
        />
      </Field>
      <Switch
        className={styles.wide}
        label="Heures mutualisables avec les autres marchés de l'entreprise"
        checked={draft.pooled}
        onChange={(_, data) => set({ pooled: data.checked })}
      />
    </div>
  );
}
