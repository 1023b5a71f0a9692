/**
 * The single prescription form (« fiche de prescription unique »): the facts a prescriber and the
 * facilitator record about a person. Lists (benefits, structures, programmes) come from the rule
 * pack in force, so a territory's pack changes the form too.
 */
import { Badge, Checkbox, Field, Input, makeStyles, Select, Switch, Textarea, tokens, mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import type { EligibilityRules } from "../../../domain/eligibility";
import type { DatedChoice, FieldErrors, ParticipantDraft } from "./draft";
import { PRESCRIBERS, QUALIFICATION_LEVELS } from "./labels";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";

const useLocalStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalXS,
    margin: 0,
  },
  dates: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    paddingInlineStart: "28px",
  },
});

export interface ParticipantFormProps {
  draft: ParticipantDraft;
  rules: EligibilityRules;
  errors: FieldErrors;
  onChange: (patch: Partial<ParticipantDraft>) => void;
}

/**
 * @example
 * <ParticipantForm draft={draft} rules={rules} errors={evaluation.errors} onChange={set} />
 */
export function ParticipantForm({ draft, rules, errors, onChange }: ParticipantFormProps): React.JSX.Element {
  const styles = { ...useFormStyles(), ...useLocalStyles() };
  const date = (label: string, key: keyof ParticipantDraft, hint?: string) => (
    <Field label={label} validationMessage={errors[key]} hint={hint}>
      <Input className={styles.fill} type="date" value={String(draft[key])} onChange={(_, data) => onChange({ [key]: data.value })} />
    </Field>
  );
  const setBenefit = (code: string, patch: Partial<DatedChoice>) =>
    onChange({ benefits: { ...draft.benefits, [code]: { selected: false, from: "", to: "", ...draft.benefits[code], ...patch } } });
  return (
    <div className={styles.grid}>
      <Field
        className={styles.wide}
        label="Identifiant (pseudonyme)"
        required
        validationMessage={errors.id}
        hint="Un code, jamais le nom : P012, 2026-045…"
      >
        <Input value={draft.id} onChange={(_, data) => onChange({ id: data.value })} />
      </Field>
      <Field label="Sexe">
        <Select className={styles.fill} value={draft.sex} onChange={(_, data) => onChange({ sex: data.value as ParticipantDraft["sex"] })}>
          <option value="">Non renseigné</option>
          <option value="F">Femme</option>
          <option value="M">Homme</option>
        </Select>
      </Field>
      {date("Date de naissance", "birthDate")}
      <Field className={styles.wide} label="Niveau de qualification" validationMessage={errors.qualificationLevel}>
        <Select
          className={styles.fill}
          value={draft.qualificationLevel}
          onChange={(_, data) => onChange({ qualificationLevel: data.value })}
        >
          <option value="">Non renseigné</option>
          {QUALIFICATION_LEVELS.map((level) => (
            <option key={level.value} value={level.value}>
              {level.label}
            </option>
          ))}
        </Select>
      </Field>
      {date("Sortie du système scolaire", "schoolLeftDate")}
      {date("Demandeur d'emploi depuis", "jobSeekerSince", "Inscription continue à France Travail")}
      <fieldset className={mergeClasses(styles.group, styles.wide)} aria-label="Minima sociaux">
        {rules.benefits.map((benefit) => {
          const choice = draft.benefits[benefit.code];
          return (
            <div key={benefit.code}>
              <Checkbox
                label={benefit.label}
                checked={choice?.selected ?? false}
                onChange={(_, data) => setBenefit(benefit.code, { selected: data.checked === true })}
              />
              {!benefit.confirmed && <Badge color="warning">à confirmer</Badge>}
              {choice?.selected && (
                <div className={styles.dates}>
                  <Field label={`${benefit.code} du`} validationMessage={errors[`benefits.${benefit.code}`]}>
                    <Input
                      className={styles.fill}
                      type="date"
                      value={choice.from}
                      onChange={(_, data) => setBenefit(benefit.code, { from: data.value })}
                    />
                  </Field>
                  <Field label={`${benefit.code} au`}>
                    <Input
                      className={styles.fill}
                      type="date"
                      value={choice.to}
                      onChange={(_, data) => setBenefit(benefit.code, { to: data.value })}
                    />
                  </Field>
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
      <div className={styles.wide}>
        <Checkbox
          label="Reconnaissance de travailleur handicapé (RQTH)"
          checked={draft.rqth.selected}
          onChange={(_, data) => onChange({ rqth: { ...draft.rqth, selected: data.checked === true } })}
        />
        {draft.rqth.selected && (
          <div className={styles.dates}>
            <Field label="RQTH du" validationMessage={errors.rqth}>
              <Input
                className={styles.fill}
                type="date"
                value={draft.rqth.from}
                onChange={(_, data) => onChange({ rqth: { ...draft.rqth, from: data.value } })}
              />
            </Field>
            <Field label="RQTH au">
              <Input
                className={styles.fill}
                type="date"
                value={draft.rqth.to}
                onChange={(_, data) => onChange({ rqth: { ...draft.rqth, to: data.value } })}
              />
            </Field>
          </div>
        )}
      </div>
      <Switch
        className={styles.wide}
        label="Réside dans un quartier prioritaire (QPV)"
        checked={draft.qpv}
        onChange={(_, data) => onChange({ qpv: data.checked })}
      />
      <Field className={styles.wide} label="Structure d'insertion ou adaptée" validationMessage={errors.structure}>
        <Select className={styles.fill} value={draft.structure} onChange={(_, data) => onChange({ structure: data.value })}>
          <option value="">Aucune</option>
          {rules.structures.map((structure) => (
            <option key={structure.code} value={structure.code}>
              {structure.label}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={mergeClasses(styles.group, styles.wide)} aria-label="Dispositifs">
        {rules.programmes.map((programme) => (
          <Checkbox
            key={programme.code}
            label={programme.label}
            checked={draft.programmes.includes(programme.code)}
            onChange={(_, data) =>
              onChange({
                programmes: data.checked
                  ? [...draft.programmes, programme.code]
                  : draft.programmes.filter((code) => code !== programme.code),
              })
            }
          />
        ))}
      </fieldset>
      <Field label="Prescripteur" hint={`${PRESCRIBERS.slice(0, 4).join(", ")}…`}>
        <Input className={styles.fill} value={draft.prescriber} onChange={(_, data) => onChange({ prescriber: data.value })} />
      </Field>
      {date("Première entrée dans une clause", "firstClauseEntry", "Date d'embauche : la date de référence")}
      <Field
        className={styles.wide}
        label="Motif de dérogation (avis motivé du prescripteur)"
        validationMessage={errors.derogation}
        hint="Seulement si aucun critère n'est rempli et que les clauses du territoire le permettent."
      >
        <Textarea value={draft.derogationReason} onChange={(_, data) => onChange({ derogationReason: data.value })} />
      </Field>
      {draft.derogationReason.trim() !== "" && date("Dérogation validée le", "derogationValidatedOn")}
    </div>
  );
}
