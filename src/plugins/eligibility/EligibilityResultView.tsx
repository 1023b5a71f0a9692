/**
 * One person's eligibility as the facilitator reads it: the verdict on the reference date, the
 * criteria with their labels (and « à confirmer » where no source backs them), priority flags,
 * when the person qualifies or stops counting, what to complete, and the IAE helper.
 */
import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { EligibilityResult, EligibilityRules } from "../../../domain/eligibility";
import { criterionOf, FACT_LABELS, frenchDate } from "./labels";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  verdict: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { margin: 0, paddingInlineStart: "18px" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface EligibilityResultViewProps {
  result: EligibilityResult;
  rules: EligibilityRules;
  rulePack: string;
  /** Why this reference date (« date de première entrée », « aujourd'hui »…). */
  dateSource: string;
}

/**
 * @example
 * <EligibilityResultView result={result} rules={rules} rulePack="national@2026.11.1" dateSource="date de première entrée" />
 */
export function EligibilityResultView({ result, rules, rulePack, dateSource }: EligibilityResultViewProps): React.JSX.Element {
  const styles = useStyles();
  const ordered = [...result.criteria].sort((a, b) => (criterionOf(rules, a)?.rank ?? 0) - (criterionOf(rules, b)?.rank ?? 0));
  const window = rules.countingWindow;
  return (
    <section className={styles.card} aria-label={`Éligibilité de ${result.id}`}>
      <div className={styles.verdict}>
        <Badge appearance="filled" color={result.eligible ? "success" : "danger"}>
          {result.eligible ? "Éligible" : "Non éligible"}
        </Badge>
        <Text size={200}>
          {result.id}, au {frenchDate(result.date)} ({dateSource})
        </Text>
      </div>
      {ordered.length > 0 && (
        <ul className={styles.list} aria-label="Critères remplis">
          {ordered.map((code) => {
            const criterion = criterionOf(rules, code);
            return (
              <li key={code}>
                <Text size={200} weight={code === result.main ? "semibold" : "regular"}>
                  {code} — {criterion?.label ?? code}
                  {code === result.main ? " (critère principal)" : ""}
                </Text>{" "}
                {criterion && !criterion.confirmed && <Badge color="warning">à confirmer</Badge>}
              </li>
            );
          })}
        </ul>
      )}
      {result.priority.length > 0 && (
        <Text size={200}>Priorité : {result.priority.map((code) => criterionOf(rules, code)?.label ?? code).join(", ")}</Text>
      )}
      {!result.eligible && result.eligibleFrom && <Text weight="semibold">Éligible à partir du {frenchDate(result.eligibleFrom)}</Text>}
      {!result.eligible && !result.eligibleFrom && <Text size={200}>Ne devient pas éligible d'après sa fiche.</Text>}
      {result.derogationPossible && !result.derogationPending && (
        <Text size={200}>Dérogation possible sur avis motivé d'un prescripteur, à valider par le facilitateur.</Text>
      )}
      {result.derogationPending && <Text size={200}>Dérogation enregistrée, pas encore validée à cette date.</Text>}
      {result.missing.length > 0 && (
        <Text size={200}>À compléter : {result.missing.map((field) => FACT_LABELS[field] ?? field).join(", ")}.</Text>
      )}
      {(result.eligible || result.eligibleFrom) && (
        <Text size={200} aria-label="Durée de comptabilisation">
          {result.countableUntil
            ? `Heures comptabilisables jusqu'au ${frenchDate(result.countableUntil)}.`
            : window.months === null
              ? "Durée de comptabilisation : à confirmer (le paquet de règles n'en fixe pas ; les heures comptent sans limite)."
              : "Durée de comptabilisation : indiquez la date de première entrée dans une clause."}
        </Text>
      )}
      <Text size={200} aria-label="Aide IAE">
        Aide IAE :{" "}
        {result.iae.eligibleFor.length > 0
          ? `éligible en ${result.iae.eligibleFor.join(", ")}`
          : "pas de critères suffisants (sauf diagnostic d'un prescripteur habilité)"}
        {result.iae.level1.length > 0 && ` ; niveau 1 : ${result.iae.level1.join(", ")}`}
        {result.iae.level2.length > 0 && ` ; niveau 2 : ${result.iae.level2.join(", ")}`}.
      </Text>
      <Text size={100} className={styles.muted}>
        Règles : {rulePack}.
      </Text>
    </section>
  );
}
