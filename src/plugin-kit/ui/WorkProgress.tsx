/**
 * Progress of long work, the same in every panel: a Fluent ProgressBar with counts in French
 * (« 12 000 lignes sur 50 000 »), a live region so screen readers hear it, and « Arrêter » for
 * work that only reads. Without a total yet (a read of the workbook under way), the bar moves
 * without counts.
 */
import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import * as React from "react";
import { formatNumberFr } from "../../../domain";

const useStyles = makeStyles({
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  bar: { flexGrow: 1, minWidth: 0 },
});

export interface WorkProgressProps {
  /** What is being done: « Vérification des lignes ». */
  label: string;
  done?: number;
  total?: number;
  /** The counted things, plural (« lignes »). */
  unit?: string;
  /** Offered for work that only reads; absent, the work cannot be stopped. */
  onCancel?: () => void;
}

/**
 * « 12 000 lignes sur 50 000 ».
 *
 * @example
 * progressText(12000, 50000, "lignes") // => "12 000 lignes sur 50 000"
 */
export function progressText(done: number, total: number, unit: string): string {
  return `${formatNumberFr(done, 0)} ${unit} sur ${formatNumberFr(total, 0)}`;
}

/**
 * @example
 * <WorkProgress label="Vérification des lignes" done={12000} total={50000} onCancel={() => controller.abort()} />
 */
export function WorkProgress({ label, done, total, unit = "lignes", onCancel }: WorkProgressProps): React.JSX.Element {
  const styles = useStyles();
  const counted = done !== undefined && total !== undefined && total > 0;
  return (
    <div className={styles.row} role="status" aria-live="polite">
      <Field
        className={styles.bar}
        label={label}
        validationState="none"
        validationMessage={counted ? progressText(done, total, unit) : undefined}
      >
        <ProgressBar thickness="large" value={counted ? done : undefined} max={counted ? total : undefined} />
      </Field>
      {onCancel && (
        <Button size="small" icon={<DismissRegular />} onClick={onCancel}>
          Arrêter
        </Button>
      )}
    </div>
  );
}
