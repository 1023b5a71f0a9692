/**
 * The groups of fields of the prescription form (`ParticipantForm`): who the person is, the social
 * benefits with their dates, the RQTH, the situation (QPV, structure, programmes), the prescription
 * and its derogation. Each takes the draft and reports changes; the draft lives in the panel.
 */
import { Badge, Checkbox, Field, Input, makeStyles, mergeClasses, Select, Switch, Textarea, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { EligibilityRules } from "../../../domain/eligibility";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";
import type { DatedChoice, FieldErrors, ParticipantDraft } from "./draft";
import { PRESCRIBERS, QUALIFICATION_LEVELS } from "./labels";

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

/** The form's styles: the shared grid, plus the bordered groups and indented date pairs. */
function useStyles() {
  return { ...useFormStyles(), ...useLocalStyles() };
}

export interface ParticipantFieldsProps {
  draft: ParticipantDraft;
  rules: EligibilityRules;
  errors: FieldErrors;
  onChange: (patch: Partial<ParticipantDraft>) => void;
}

/**
 * A date of the draft, with its error under it.
 *
 * @example
 * <DateField label="Date de naissance" field="birthDate" draft={draft} errors={errors} onChange={set} />
 */
export function DateField(props: Omit<ParticipantFieldsProps, "rules"> & { label: string; field: keyof ParticipantDraft; hint?: string }) {
  const styles = useStyles();
  const { draft, field } = props;
  return (
    <Field label={props.label} validationMessage={props.errors[field]} hint={props.hint}>
      <Input
        className={styles.fill}
        type="date"
        value={String(draft[field])}
        onChange={(_, data) => props.onChange({ [field]: data.value })}
      />
    </Field>
  );
}

/**
 * Identifier, sex, birth date, qualification, school leaving, job seeking.
 *
 * @example
 * <IdentityFields draft={draft} rules={rules} errors={errors} onChange={set} />
 */
export function IdentityFields(props: ParticipantFieldsProps): React.JSX.Element {
  const styles = useStyles();
  const { draft, errors, onChange } = props;
  return (
    <>
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
      <DateField {...props} label="Date de naissance" field="birthDate" />
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
      <DateField {...props} label="Sortie du système scolaire" field="schoolLeftDate" />
      <DateField {...props} label="Demandeur d'emploi depuis" field="jobSeekerSince" hint="Inscription continue à France Travail" />
    </>
  );
}

/**
 * The social benefits of the pack, each with its dates once ticked.
 *
 * @example
 * <BenefitFields draft={draft} rules={rules} errors={errors} onChange={set} />
 */
export function BenefitFields({ draft, rules, errors, onChange }: ParticipantFieldsProps): React.JSX.Element {
  const styles = useStyles();
  const setBenefit = (code: string, patch: Partial<DatedChoice>) =>
    onChange({ benefits: { ...draft.benefits, [code]: { selected: false, from: "", to: "", ...draft.benefits[code], ...patch } } });
  return (
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
              <DatePair
                from={{ label: `${benefit.code} du`, value: choice.from, error: errors[`benefits.${benefit.code}`] }}
                to={{ label: `${benefit.code} au`, value: choice.to }}
                change={(patch) => setBenefit(benefit.code, patch)}
              />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

/** Two dates side by side under a ticked choice (a benefit, the RQTH). */
function DatePair(props: {
  from: { label: string; value: string; error?: string | undefined };
  to: { label: string; value: string };
  change: (patch: { from?: string; to?: string }) => void;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.dates}>
      <Field label={props.from.label} validationMessage={props.from.error}>
        <Input className={styles.fill} type="date" value={props.from.value} onChange={(_, data) => props.change({ from: data.value })} />
      </Field>
      <Field label={props.to.label}>
        <Input className={styles.fill} type="date" value={props.to.value} onChange={(_, data) => props.change({ to: data.value })} />
      </Field>
    </div>
  );
}

/**
 * The RQTH, with its dates once ticked.
 *
 * @example
 * <RqthFields draft={draft} rules={rules} errors={errors} onChange={set} />
 */
export function RqthFields({ draft, errors, onChange }: ParticipantFieldsProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.wide}>
      <Checkbox
        label="Reconnaissance de travailleur handicapé (RQTH)"
        checked={draft.rqth.selected}
        onChange={(_, data) => onChange({ rqth: { ...draft.rqth, selected: data.checked === true } })}
      />
      {draft.rqth.selected && (
        <DatePair
          from={{ label: "RQTH du", value: draft.rqth.from, error: errors.rqth }}
          to={{ label: "RQTH au", value: draft.rqth.to }}
          change={(patch) => onChange({ rqth: { ...draft.rqth, ...patch } })}
        />
      )}
    </div>
  );
}

/**
 * QPV, structure of insertion, programmes.
 *
 * @example
 * <SituationFields draft={draft} rules={rules} errors={errors} onChange={set} />
 */
export function SituationFields({ draft, rules, errors, onChange }: ParticipantFieldsProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <>
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
    </>
  );
}

/**
 * The prescriber, the first entry into a clause, and a derogation with its validation date.
 *
 * @example
 * <PrescriptionFields draft={draft} rules={rules} errors={errors} onChange={set} />
 */
export function PrescriptionFields(props: ParticipantFieldsProps): React.JSX.Element {
  const styles = useStyles();
  const { draft, errors, onChange } = props;
  return (
    <>
      <Field label="Prescripteur" hint={`${PRESCRIBERS.slice(0, 4).join(", ")}…`}>
        <Input className={styles.fill} value={draft.prescriber} onChange={(_, data) => onChange({ prescriber: data.value })} />
      </Field>
      <DateField
        {...props}
        label="Première entrée dans une clause"
        field="firstClauseEntry"
        hint="Date d'embauche : la date de référence"
      />
      <Field
        className={styles.wide}
        label="Motif de dérogation (avis motivé du prescripteur)"
        validationMessage={errors.derogation}
        hint="Seulement si aucun critère n'est rempli et que les clauses du territoire le permettent."
      >
        <Textarea value={draft.derogationReason} onChange={(_, data) => onChange({ derogationReason: data.value })} />
      </Field>
      {draft.derogationReason.trim() !== "" && <DateField {...props} label="Dérogation validée le" field="derogationValidatedOn" />}
    </>
  );
}
