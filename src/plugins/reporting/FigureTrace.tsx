/**
 * « Expliquer un chiffre »: the facilitator picks a figure of the bilan shown and sees the hour
 * lines, contracts and (in the internal view) participants behind it, with the rule pack and the
 * ventilation rule that produced it. This is the facilitator's own pane: nothing here is exported.
 */
import { Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { traceFigure, type Bilan, type ReportBase, type ReportingRules } from "../../../domain/reporting";
import { POLICY_LABELS, SPREAD_LABELS, type Policy, type Spread } from "../../../domain/ventilation";
import { monthLabel } from "../../../domain/reporting";
import { ofWord } from "../../../domain/text";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";

const useStyles = makeStyles({
  details: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200 },
});

/**
 * The figures a facilitator can explain, with their French names.
 *
 * @example
 * explainableFigures(bilan) // => [["hours.realised", "Heures réalisées"], …, ["people.sex.F", "Participants : Femme"], …]
 */
export function explainableFigures(bilan: Bilan): [string, string][] {
  const people = (name: string, label: string, parts: readonly { code: string; label: string }[]) =>
    parts.map((part) => [`people.${name}.${part.code}`, `${label} : ${part.label}`] as [string, string]);
  return [
    ["hours.due", "Heures dues"],
    ["hours.realised", "Heures réalisées"],
    ["hours.direct", "Heures directes"],
    ["hours.ventilated", "Heures ventilées"],
    ["hours.outOfPeriod", "Heures hors période"],
    ["hours.excess", "Heures excédentaires"],
    ["hours.notCountable", "Heures non comptabilisables"],
    ...bilan.contracts.map((row) => [`contract.${row.id}`, `Marché ${row.id}`] as [string, string]),
    ...bilan.months.map((month) => [`month.${month.month}`, `Heures ${ofWord(monthLabel(month.month))}`] as [string, string]),
    ["people.total", "Participants"],
    ...people("sex", "Sexe", bilan.people.sex),
    ...people("ageBand", "Âge à l'entrée", bilan.people.ageBand),
    ...people("qpv", "Résidence", bilan.people.qpv),
    ...people("exit", "Fin de période", bilan.people.exit),
    ...people("criterion", "Critère", bilan.people.criterion),
    ["employment.total", "Contrats de travail"],
  ];
}

/**
 * @example
 * <FigureTrace base={base} rules={rules} bilan={set.bilans[0]} internal />
 */
export function FigureTrace({
  base,
  rules,
  bilan,
  internal,
}: {
  base: ReportBase;
  rules: ReportingRules;
  bilan: Bilan;
  internal: boolean;
}): React.JSX.Element {
  const styles = useStyles();
  const form = useFormStyles();
  const [figure, setFigure] = React.useState("");
  const figures = explainableFigures(bilan).filter(([key]) => internal || !key.startsWith("people.criterion"));
  const trace = figure && figures.some(([key]) => key === figure) ? traceFigure(base, rules, bilan, figure) : null;
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
