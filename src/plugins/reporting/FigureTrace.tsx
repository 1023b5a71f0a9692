/**
 * « Expliquer un chiffre »: the facilitator picks a figure of the bilan shown and sees the hour
 * lines, contracts and (in the internal view) participants behind it, with the rule pack and the
 * ventilation rule that produced it. This is the facilitator's own pane: nothing here is exported.
 */
import { Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { FigureTrace as Trace } from "../../../domain/reporting";
import { POLICY_LABELS, SPREAD_LABELS, type Policy, type Spread } from "../../../domain/ventilation";
export { explainableFigures } from "./bilan-figures";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";

const useStyles = makeStyles({
  details: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200 },
});

/**
 * @example
 * <FigureTrace figures={figures} explain={(figure) => engine.trace(choice, 0, figure)} internal />
 */
export function FigureTrace({
  figures: all,
  explain,
  internal,
}: {
  /** `explainableFigures` of the bilan shown (listed by the engine, where the bilan is). */
  figures: readonly [string, string][];
  /** The trace of one figure, computed by the engine (null: it cannot say). */
  explain: (figure: string) => Promise<Trace | null>;
  internal: boolean;
}): React.JSX.Element {
  const styles = useStyles();
  const form = useFormStyles();
  const [figure, setFigure] = React.useState("");
  const figures = all.filter(([key]) => internal || !key.startsWith("people.criterion"));
  const wanted = figure && figures.some(([key]) => key === figure) ? figure : "";
  const [traced, setTraced] = React.useState<{ figure: string; trace: Trace | null } | null>(null);
  React.useEffect(() => {
    if (!wanted) return;
    let current = true;
    explain(wanted).then(
      (trace) => current && setTraced({ figure: wanted, trace }),
      () => current && setTraced({ figure: wanted, trace: null }),
    );
    return () => {
      current = false;
    };
  }, [explain, wanted]);
  const trace = wanted && traced?.figure === wanted ? traced.trace : null;
  return (
    <section aria-label="Origine des chiffres" className={styles.details}>
      <Field label="Expliquer un chiffre">
        <Select className={form.fill} value={figure} onChange={(_, data) => setFigure(data.value)}>
          <option value="">—</option>
          {figures.map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      {trace && (
        <div role="status" aria-label="Origine du chiffre" className={styles.details}>
          <Text size={200}>Lignes d'heures : {trace.linesText}</Text>
          <Text size={200}>Marchés : {trace.contracts.length > 0 ? trace.contracts.join(", ") : "aucun"}</Text>
          {internal && <Text size={200}>Participants : {trace.participants.length > 0 ? trace.participants.join(", ") : "aucun"}</Text>}
          <Text size={200}>
            Règles : {trace.rulePack} ; ventilation « {POLICY_LABELS[trace.policy as Policy] ?? trace.policy} », répartition «{" "}
            {SPREAD_LABELS[trace.spread as Spread] ?? trace.spread} ».
          </Text>
        </div>
      )}
    </section>
  );
}
