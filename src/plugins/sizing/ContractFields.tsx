/**
 * The contract part of the sizing wizard: reference, buyer and company (pick lists from the
 * workbook, « Nouveau… » to create the row in the same write), dates, pooling. The guard's
 * messages sit under the field they concern.
 */
import { Field, Input, Switch } from "@fluentui/react-components";
import * as React from "react";
import type { TablesByName } from "../../../domain";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";
import { ReferencePicker, type PickOption } from "../../plugin-kit/ui/ReferencePicker";
import { NEW_REFERENCE, type FieldErrors, type NewReference, type SizingDraft } from "./draft";

export interface DraftFieldsProps {
  draft: SizingDraft;
  set: (patch: Partial<SizingDraft>) => void;
}

export interface ContractFieldsProps extends DraftFieldsProps {
  tables: TablesByName | null;
  messages: FieldErrors;
}

/**
 * @example
 * <ContractFields draft={draft} set={set} tables={tables} messages={checkMessages(check)} />
 */
export function ContractFields({ draft, set, tables, messages }: ContractFieldsProps): React.JSX.Element {
  const styles = useFormStyles();
  return (
    <div className={styles.grid}>
      <Field
        className={styles.wide}
        label="Référence du marché"
        required
        validationMessage={messages.reference}
        hint="Chaque lot devient une ligne du tableau Marchés (référence-lot)."
      >
        <Input className={styles.fill} value={draft.reference} onChange={(_, data) => set({ reference: data.value })} />
      </Field>
      <ReferencePicker
        className={styles.wide}
        label="Acheteur"
        options={optionsOf(tables, "Acheteurs")}
        value={draft.buyer}
        onChange={(buyer) => set({ buyer })}
        allowNew
        error={messages.buyer}
      />
      {draft.buyer === NEW_REFERENCE && (
        <NewReferenceFields what="acheteur" row={draft.newBuyer} error={messages.newBuyer} change={(newBuyer) => set({ newBuyer })} />
      )}
      <ReferencePicker
        className={styles.wide}
        label="Entreprise"
        options={optionsOf(tables, "Entreprises")}
        value={draft.company}
        onChange={(company) => set({ company })}
        allowNew
        error={messages.company}
      />
      {draft.company === NEW_REFERENCE && (
        <NewReferenceFields
          what="entreprise"
          row={draft.newCompany}
          error={messages.newCompany}
          change={(newCompany) => set({ newCompany })}
        />
      )}
      <DateFields draft={draft} set={set} messages={messages} />
      <Switch
        className={styles.wide}
        label="Heures mutualisables avec les autres marchés de l'entreprise"
        checked={draft.pooled}
        onChange={(_, data) => set({ pooled: data.checked })}
      />
    </div>
  );
}

function DateFields({ draft, set, messages }: DraftFieldsProps & { messages: FieldErrors }): React.JSX.Element {
  const styles = useFormStyles();
  return (
    <>
      <Field label="Début" validationMessage={messages.start}>
        <Input className={styles.fill} type="date" value={draft.start} onChange={(_, data) => set({ start: data.value })} />
      </Field>
      <Field label="Fin" validationMessage={messages.end}>
        <Input className={styles.fill} type="date" value={draft.end} onChange={(_, data) => set({ end: data.value })} />
      </Field>
    </>
  );
}

/** The code and name of a buyer or company created with « Nouveau… ». */
function NewReferenceFields(props: {
  what: "acheteur" | "entreprise";
  row: NewReference;
  error?: string;
  change: (row: NewReference) => void;
}): React.JSX.Element {
  const styles = useFormStyles();
  const buyer = props.what === "acheteur";
  return (
    <>
      <Field label={buyer ? "Code du nouvel acheteur" : "Code de la nouvelle entreprise"} required validationMessage={props.error}>
        <Input className={styles.fill} value={props.row.code} onChange={(_, data) => props.change({ ...props.row, code: data.value })} />
      </Field>
      <Field
        label={buyer ? "Nom de l'acheteur" : "Raison sociale"}
        hint={`Ajouté${buyer ? "" : "e"} au tableau ${buyer ? "Acheteurs" : "Entreprises"} avec le marché.`}
      >
        <Input className={styles.fill} value={props.row.name} onChange={(_, data) => props.change({ ...props.row, name: data.value })} />
      </Field>
    </>
  );
}

/** The rows of a table as pick-list options: code and name. */
function optionsOf(tables: TablesByName | null, name: "Acheteurs" | "Entreprises"): PickOption[] {
  return (tables?.[name] ?? []).flatMap(({ values }) =>
    typeof values.id === "string" ? [{ code: values.id, label: typeof values.name === "string" ? values.name : values.id }] : [],
  );
}
