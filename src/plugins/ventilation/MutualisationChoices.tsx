/**
 * The « Mutualisation » panel's choices: the company shown, the spread and the ventilation rule.
 */
import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import * as React from "react";
import { POLICIES, POLICY_LABELS, SPREAD_LABELS, SPREADS, type Policy, type Spread } from "../../../domain/ventilation";
import type { useMutualisation } from "./use-mutualisation";

const useStyles = makeStyles({
  choices: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  wide: { gridColumn: "1 / span 2" },
});

/**
 * @example
 * <MutualisationChoices panel={useMutualisation(services)} />
 */
export function MutualisationChoices({ panel }: { panel: ReturnType<typeof useMutualisation> }): React.JSX.Element {
  const styles = useStyles();
  const { choice, choose, rules } = panel;
  const unconfirmed = rules.policy.confirmed ? "" : " (à confirmer : aucune méthode n'est documentée ; décision du guichet)";
  return (
    <div className={styles.choices}>
      <Field label="Entreprise">
        <Select value={choice.company} onChange={(_, data) => choose({ company: data.value })}>
          <option value="">Toutes</option>
          {(panel.view?.companies ?? []).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Répartition des heures">
        <Select value={choice.spread} onChange={(_, data) => choose({ spread: data.value as Spread })}>
          {SPREADS.map((code) => (
            <option key={code} value={code}>
              {SPREAD_LABELS[code]}
            </option>
          ))}
        </Select>
      </Field>
      <Field className={styles.wide} label="Règle de ventilation" hint={`Par défaut : ${POLICY_LABELS[rules.policy.value]}${unconfirmed}`}>
        <Select value={choice.policy} onChange={(_, data) => choose({ policy: data.value as Policy })}>
          {POLICIES.map((code) => (
            <option key={code} value={code}>
              {POLICY_LABELS[code]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
