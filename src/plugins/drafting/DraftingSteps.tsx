/**
 * The steps of « Rédiger », folded so the pane stays within two screens: the check and the basis
 * (folded), what the clause says (open), the facilitator's contact and the follow-up (folded, with
 * what they hold in their title).
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import * as React from "react";
import type { RulePack } from "../../../domain";
import { variablesForBasis, type DraftingRules } from "../../../domain/drafting";
import { BasisChoice } from "./BasisChoice";
import { CheckSection } from "./CheckSection";
import { ClauseFields, FacilitatorFields, FollowUpFields, PublicsFields } from "./ClauseFields";
import type { ContractChoice } from "./contracts";
import type { CheckForm, ClauseForm, FieldMessages } from "./draft-form";

export interface DraftingStepsProps {
  rules: DraftingRules;
  pack: RulePack;
  check: CheckForm;
  setCheck: (form: CheckForm) => void;
  form: ClauseForm;
  set: (patch: Partial<ClauseForm>) => void;
  contract?: ContractChoice | undefined;
  /** Unfold every step (after a failed draft, so every field named in the messages is on screen). */
  unfold: boolean;
  /** What to fix, under each field (after a failed draft). */
  errors?: FieldMessages;
}

const OPEN_BY_DEFAULT = ["clause"];
const EVERY_STEP = ["check", "basis", "clause", "publics", "facilitator", "follow-up"];

/**
 * @example
 * <DraftingSteps rules={rules} pack={pack} check={check} setCheck={setCheck} form={form} set={set} contract={contract} unfold={false} />
 */
export function DraftingSteps(props: DraftingStepsProps): React.JSX.Element {
  const { rules, pack, check, setCheck, form, set, contract, unfold } = props;
  const uses = variablesForBasis(rules, form.basis);
  const errors = props.errors ?? {};
  const parts = { rules, form, set, uses, errors };
  const followUp = uses.has("reportingFrequency") || uses.has("penaltyPerHour");
  const publics = uses.has("publics") || uses.has("publicsNote") || uses.has("modes");
  return (
    <Accordion key={unfold ? "unfolded" : "folded"} multiple collapsible defaultOpenItems={unfold ? EVERY_STEP : OPEN_BY_DEFAULT}>
      <AccordionItem value="check">
        <AccordionHeader>1. La condition sociale est-elle obligatoire ?</AccordionHeader>
        <AccordionPanel>
          <CheckSection form={check} onChange={setCheck} pack={pack} />
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="basis">
        <AccordionHeader>2. Base juridique</AccordionHeader>
        <AccordionPanel>
          <BasisChoice rules={rules} form={form} set={set} errors={errors} />
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="clause">
        <AccordionHeader>3. Marché et heures</AccordionHeader>
        <AccordionPanel>
          <ClauseFields {...parts} contract={contract} />
        </AccordionPanel>
      </AccordionItem>
      {publics && (
        <AccordionItem value="publics">
          <AccordionHeader>4. Publics et moyens</AccordionHeader>
          <AccordionPanel>
            <PublicsFields {...parts} />
          </AccordionPanel>
        </AccordionItem>
      )}
      {uses.has("facilitator") && (
        <AccordionItem value="facilitator">
          <AccordionHeader>
            5. Contact du facilitateur{form.facilitatorName.trim() ? ` : ${form.facilitatorName.trim()}` : ""}
          </AccordionHeader>
          <AccordionPanel>
            <FacilitatorFields {...parts} />
          </AccordionPanel>
        </AccordionItem>
      )}
      {followUp && (
        <AccordionItem value="follow-up">
          <AccordionHeader>6. Suivi et pénalités</AccordionHeader>
          <AccordionPanel>
            <FollowUpFields {...parts} />
          </AccordionPanel>
        </AccordionItem>
      )}
    </Accordion>
  );
}
