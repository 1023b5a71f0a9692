/**
 * The pane's one number input, French conventions: « 1 000 000 », « 1000000 », « 1.000.000 » and
 * « 1 000 000,50 » all read as expected, and the field says what it understood (« Compris :
 * 1 000 000,5 € ») so a misread number is seen before anything is computed with it.
 */
import { Field, Input } from "@fluentui/react-components";
import * as React from "react";
import { formatNumberFr, readNumber } from "../../../domain";
import { useFormStyles } from "./form-styles";

export interface NumberFieldProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** Shown after the number understood (« € », « €/h »). */
  unit?: string;
  /** A message from the form (range, required…), shown instead of what was understood. */
  error?: string;
  /** Said when the field is blank (« Par défaut 30 €/h »). */
  hint?: string;
  placeholder?: string;
  required?: boolean;
  className?: string;
  /** Accessible name of the input when the visible label is shared (« Montant HT du lot 2 »). */
  inputLabel?: string;
}

/**
 * @example
 * <NumberField label="Montant HT (€)" unit="€" value={lot.amount} onChange={(amount) => set({ amount })} />
 */
export function NumberField(props: NumberFieldProps): React.JSX.Element {
  const styles = useFormStyles();
  const { message, state } = numberFeedback(props.value, props.error, props.unit);
  return (
    <Field
      className={props.className}
      label={props.label}
      required={props.required}
      validationState={state}
      validationMessage={message ?? undefined}
      hint={message ? undefined : props.hint}
    >
      <Input
        className={styles.fill}
        aria-label={props.inputLabel}
        inputMode="decimal"
        placeholder={props.placeholder}
        value={props.value}
        onChange={(_, data) => props.onChange(data.value)}
      />
    </Field>
  );
}

/**
 * What a number field says under its input: the form's error, the reading error, or what was understood.
 *
 * @example
 * numberFeedback("1.000.000", undefined, "€") // => { message: "Compris : 1 000 000 €", state: "none" }
 */
export function numberFeedback(
  text: string,
  error: string | undefined,
  unit?: string,
): { message: string | null; state: "error" | "none" | "success" } {
  if (error) return { message: error, state: "error" };
  if (text.trim() === "") return { message: null, state: "none" };
  const read = readNumber(text);
  if (!read.ok) return { message: read.reason, state: "error" };
  return { message: `Compris : ${formatNumberFr(read.value)}${unit ? ` ${unit}` : ""}`, state: "none" };
}
