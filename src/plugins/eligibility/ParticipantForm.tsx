/**
 * The single prescription form (« fiche de prescription unique »): the facts a prescriber and the
 * facilitator record about a person. Lists (benefits, structures, programmes) come from the rule
 * pack in force, so a territory's pack changes the form too. The groups of fields are in
 * `ParticipantFields.tsx`; the draft lives in the panel.
 */
import * as React from "react";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";
import {
  BenefitFields,
  IdentityFields,
  PrescriptionFields,
  RqthFields,
  SituationFields,
  type ParticipantFieldsProps,
} from "./ParticipantFields";

export type ParticipantFormProps = ParticipantFieldsProps;

/**
 * @example
 * <ParticipantForm draft={draft} rules={rules} errors={evaluation.errors} onChange={set} />
 */
export function ParticipantForm(props: ParticipantFormProps): React.JSX.Element {
  const styles = useFormStyles();
  return (
    <div className={styles.grid}>
      <IdentityFields {...props} />
      <BenefitFields {...props} />
      <RqthFields {...props} />
      <SituationFields {...props} />
      <PrescriptionFields {...props} />
    </div>
  );
}
