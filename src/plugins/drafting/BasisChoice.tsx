/**
 * Step 2 of « Rédiger »: the legal basis, each explained in plain French, and the optional award
 * criterion on insertion performance.
 */
import { Badge, Field, Input, makeStyles, Radio, RadioGroup, Switch, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { primaryBases, type DraftingRules } from "../../../domain/drafting";
import type { ClauseForm, FieldMessages } from "./draft-form";

const useStyles = makeStyles({
  explanation: {
    color: tokens.colorNeutralForeground3,
    display: "block",
    marginInlineStart: "32px",
    marginBottom: tokens.spacingVerticalXS,
  },
});

/**
 * @example
 * <BasisChoice rules={rules} form={form} set={set} />
 */
export function BasisChoice({
  rules,
  form,
  set,
  errors,
}: {
  rules: DraftingRules;
  form: ClauseForm;
  set: (patch: Partial<ClauseForm>) => void;
  errors?: FieldMessages;
}): React.JSX.Element {
  const styles = useStyles();
  const criterion = rules.legalBases.find((basis) => basis.use === "add-on");
  const insertion = rules.templates.some((template) => template.bases.includes(form.basis) && template.when?.includes("criterion"));
  return (
    <section aria-label="Base juridique">
      <Text as="h3" weight="semibold" block>
        2. Base juridique
      </Text>
      <Field validationMessage={errors?.basis}>
        <RadioGroup aria-label="Base juridique" value={form.basis} onChange={(_, data) => set({ basis: data.value })}>
          {primaryBases(rules).map((basis) => (
            <div key={basis.code}>
              <Radio
                value={basis.code}
                label={
                  <>
                    {basis.label} ({basis.article}){" "}
                    {!basis.confirmed && (
                      <Badge appearance="tint" color="warning" size="small">
                        à confirmer
                      </Badge>
                    )}
                  </>
                }
              />
              <Text size={200} className={styles.explanation}>
                {basis.explanation}
              </Text>
            </div>
          ))}
        </RadioGroup>
      </Field>
      {criterion && insertion && (
        <>
          <Switch
            label={`Ajouter le critère d'attribution (${criterion.article})`}
            checked={form.criterion}
            onChange={(_, data) => set({ criterion: data.checked })}
          />
          <Text size={200} className={styles.explanation}>
            {criterion.explanation}
          </Text>
          {form.criterion && (
            <Field label="Pondération du critère (%)" validationMessage={errors?.criterionWeight}>
              <Input inputMode="decimal" value={form.criterionWeight} onChange={(_, data) => set({ criterionWeight: data.value })} />
            </Field>
          )}
        </>
      )}
    </section>
  );
}
