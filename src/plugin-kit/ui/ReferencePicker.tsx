/**
 * A pick list for a reference to another table (buyer, company, contract, participant, trade): a
 * Fluent Combobox fed from the workbook's rows, filtered as the facilitator types, each option
 * showing its label and its code; « Nouveau… » (when offered) lets the panel create the referenced
 * row in the same write. A facilitator never has to know the codes.
 */
import { Combobox, Field, Option } from "@fluentui/react-components";
import * as React from "react";
import { normalizeLabel } from "../../../domain";
import { useFormStyles } from "./form-styles";

/** One choice: the code written in the cell, and what a person reads. */
export interface PickOption {
  code: string;
  label: string;
}

export const NEW_OPTION = "__nouveau__";

export interface ReferencePickerProps {
  label: string;
  options: readonly PickOption[];
  /** The chosen code ("" = none, NEW_OPTION = a new row being created). */
  value: string;
  onChange: (code: string) => void;
  /** Offer « Nouveau… » (the panel then asks for the new row's code and name). */
  allowNew?: boolean;
  error?: string;
  hint?: string;
  required?: boolean;
  className?: string;
  placeholder?: string;
  /** A button that empties the choice (a field where « none » means something, e.g. free entry). */
  clearable?: boolean;
  /** Called when the list gets the focus (a panel reads the table again: rows added meanwhile appear). */
  onFocus?: () => void;
}

/**
 * @example
 * <ReferencePicker label="Acheteur" options={buyers} value={draft.buyer} onChange={(buyer) => set({ buyer })} allowNew />
 */
export function ReferencePicker(props: ReferencePickerProps): React.JSX.Element {
  const styles = useFormStyles();
  const chosen = props.options.find((option) => option.code === props.value);
  const shownValue = props.value === NEW_OPTION ? "Nouveau…" : chosen ? optionText(chosen) : "";
  const [query, setQuery] = React.useState<string | null>(null);
  const visible = filterOptions(props.options, query ?? "");
  return (
    <Field
      className={props.className}
      label={props.label}
      required={props.required}
      validationState={props.error ? "error" : "none"}
      validationMessage={props.error}
      hint={props.hint}
    >
      <Combobox
        className={styles.fill}
        value={query ?? shownValue}
        selectedOptions={props.value ? [props.value] : []}
        placeholder={props.placeholder ?? "Tapez pour chercher"}
        clearable={props.clearable}
        onFocus={props.onFocus}
        onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
        onOpenChange={(_, data) => {
          if (!data.open) setQuery(null);
        }}
        onOptionSelect={(_, data) => {
          setQuery(null);
          props.onChange(data.optionValue ?? "");
        }}
      >
        {visible.map((option) => (
          <Option key={option.code} value={option.code} text={optionText(option)}>
            {optionText(option)}
          </Option>
        ))}
        {props.allowNew && (
          <Option value={NEW_OPTION} text="Nouveau…">
            Nouveau…
          </Option>
        )}
        {visible.length === 0 && !props.allowNew && (
          <Option value="" text="Aucun résultat" disabled>
            Aucun résultat
          </Option>
        )}
      </Combobox>
    </Field>
  );
}

/**
 * « Mairie de Valrivière (VILLE-VR) », or the code alone when the row has no name.
 *
 * @example
 * optionText({ code: "VILLE-VR", label: "Mairie de Valrivière" }) // => "Mairie de Valrivière (VILLE-VR)"
 */
export function optionText(option: PickOption): string {
  return option.label && option.label !== option.code ? `${option.label} (${option.code})` : option.code;
}

/**
 * The options whose label or code contains what was typed (accents and case ignored).
 *
 * @example
 * filterOptions([{ code: "VILLE-VR", label: "Mairie de Valrivière" }], "valriv") // => that option
 */
export function filterOptions(options: readonly PickOption[], query: string): PickOption[] {
  const wanted = normalizeLabel(query);
  if (!wanted) return [...options];
  return options.filter((option) => normalizeLabel(`${option.label} ${option.code}`).includes(wanted));
}
