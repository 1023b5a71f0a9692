/**
 * A long read or write, counted: a Fluent ProgressBar with « 40 000 lignes sur 157 000 » (French
 * numbers), indeterminate while the total is not known yet.
 */
import { Field, ProgressBar } from "@fluentui/react-components";
import * as React from "react";
import { formatNumberFr } from "../../../domain";

/**
 * @example
 * <RowsProgress label="Écriture de la ventilation" count={40_000} total={157_000} />
 */
export function RowsProgress({ label, count, total }: { label: string; count: number; total: number | null }): React.JSX.Element {
  const counted = total === null ? undefined : `${formatNumberFr(count)} ${count > 1 ? "lignes" : "ligne"} sur ${formatNumberFr(total)}`;
  return (
    <Field label={label} validationMessage={counted} validationState="none">
      <ProgressBar value={total ? count / total : undefined} max={1} aria-valuetext={counted} />
    </Field>
  );
}
