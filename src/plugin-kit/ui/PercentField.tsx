/**
 * A percent field: what is typed always means percent (« 5 », « 5 % », « 5,5 »), the field says what
 * it understood (« Compris : 5 % du montant »), and a value that looks like a fraction (« 0,05 »)
 * is asked about before anything is computed: « 0,05 % : vouliez-vous dire 5 % ? ».
 */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { formatNumberFr, percentLooksLikeFraction, readPercentText } from "../../../domain";
import { useFormStyles } from "./form-styles";

const useStyles = makeStyles({
  question: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

export interface PercentFieldProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** The facilitator kept a fraction-looking value (« 0,05 % ») on purpose. */
  confirmed: boolean;
  onConfirm: () => void;
  /** What the percentage is of (« du montant »), said with what was understood. */
  of?: string;
  error?: string;
  hint?: string;
  placeholder?: string;
  required?: boolean;
  className?: string;
  inputLabel?: string;
}

/**
 * @example
 * <PercentField label="Taux d'insertion (%)" of="des heures travaillées" value={rate} onChange={setRate} confirmed={kept} onConfirm={keep} />
 */
export function PercentField(props: PercentFieldProps): React.JSX.Element {
  const form = useFormStyles();
  const styles = useStyles();
  const feedback = percentFeedback(props.label, props.value, props.confirmed, props.error, props.of);
  return (
    <div className={props.className}>
      <Field
        label={props.label}
        required={props.required}
        validationState={feedback.state}
        validationMessage={feedback.message ?? undefined}
        hint={feedback.message ? undefined : props.hint}
      >
        <Input
          className={form.fill}
          aria-label={props.inputLabel}
          inputMode="decimal"
          placeholder={props.placeholder}
          value={props.value}
          onChange={(_, data) => props.onChange(data.value)}
        />
      </Field>
      {feedback.suggestion !== undefined && (
        <div className={styles.question}>
          <Button size="small" appearance="primary" onClick={() => props.onChange(formatNumberFr(feedback.suggestion as number, 6))}>
            Utiliser {formatNumberFr(feedback.suggestion, 6)} %
          </Button>
          <Button size="small" onClick={props.onConfirm}>
            Garder {props.value.trim().replace(/\s*%$/, "")} %
          </Button>
        </div>
      )}
    </div>
  );
}

/**
 * What a percent field says: the form's error, the reading error, the fraction question (with the
 * percentage it suggests), or what was understood.
 *
 * @example
 * percentFeedback("Taux", "0,05", false) // => { message: "0,05 % : vouliez-vous dire 5 % ?", state: "warning", suggestion: 5 }
 */
export function percentFeedback(
  label: string,
  text: string,
  confirmed: boolean,
  error?: string,
  of?: string,
): { message: string | null; state: "error" | "warning" | "none"; suggestion?: number } {
  if (text.trim() === "") return error ? { message: error, state: "error" } : { message: null, state: "none" };
  const read = readPercentText(text);
  if (!read.ok) return { message: read.reason, state: "error" };
  if (read.looksLikeFraction && !confirmed) {
    return { message: percentLooksLikeFraction(label, read.percent).reason, state: "warning", suggestion: read.percent * 100 };
  }
  if (error) return { message: error, state: "error" };
  return { message: `Compris : ${formatNumberFr(read.percent, 6)} %${of ? ` ${of}` : ""}`, state: "none" };
}
