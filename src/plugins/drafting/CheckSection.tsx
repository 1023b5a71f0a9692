/**
 * Step 1 of « Rédiger »: is a social condition mandatory for this contract? Answered as the
 * facilitator types (value, buyer type, kind, launch date, defence, concession).
 */
import {
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Switch,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { BUYER_TYPES, packRef, sectionOf, type RulePack } from "../../../domain";
import { checkSocialCondition, draftingSection, type SocialConditionCheck } from "../../../domain/drafting";
import { ErrorList } from "../../plugin-kit/ui/ErrorList";
import { checkRequest, type CheckForm } from "./draft-form";

const useStyles = makeStyles({
  grid: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

const KINDS = [
  { code: "works", label: "Travaux" },
  { code: "supplies", label: "Fournitures" },
  { code: "services", label: "Services" },
];

/**
 * The check's outcome for a form: a result, French messages, or nothing yet (a field still empty).
 *
 * @example
 * evaluateCheck({ value: "250 000", buyerType: "collectivite", kind: "services", launchDate: "2026-09-15", … }, pack)
 * // => { result: { required: true, threshold: 216000, … }, messages: [] }
 */
export function evaluateCheck(form: CheckForm, pack: RulePack): { result?: SocialConditionCheck; messages: string[] } {
  const request = checkRequest(form);
  if (!request) return { messages: [] };
  if (!request.ok) return { messages: request.messages };
  try {
    return { result: checkSocialCondition(request.value, sectionOf(pack, draftingSection), packRef(pack)), messages: [] };
  } catch (error) {
    return { messages: [(error as Error).message] };
  }
}

/** What the check shows for a form: its outcome, and the exemptions the buyer may invoke. */
function useCheck(form: CheckForm, pack: RulePack) {
  const { result, messages } = React.useMemo(() => evaluateCheck(form, pack), [form, pack]);
  const contract = form.concession ? "concession" : "market";
  const exemptions = sectionOf(pack, draftingSection).mandatoryCondition.exemptions.filter((entry) => entry.contracts.includes(contract));
  // The exemption choice stays visible once made, so the facilitator can withdraw it.
  const canDerogate = result?.required === true || form.exemption !== "";
  return { result, messages, exemptions: canDerogate ? exemptions : [] };
}

type CheckFieldsProps = { form: CheckForm; set: (patch: Partial<CheckForm>) => void };

/**
 * @example
 * <CheckSection form={form} onChange={setForm} pack={pack} />
 */
export function CheckSection({
  form,
  onChange,
  pack,
}: {
  form: CheckForm;
  onChange: (form: CheckForm) => void;
  pack: RulePack;
}): React.JSX.Element {
  const set = (patch: Partial<CheckForm>) => onChange({ ...form, ...patch });
  const { result, messages, exemptions } = useCheck(form, pack);
  return (
    <section aria-label="La condition sociale est-elle obligatoire ?">
      <Text as="h3" weight="semibold" block>
        1. La condition sociale est-elle obligatoire ?
      </Text>
      <ContractFacts form={form} set={set} />
      <ErrorList title="À corriger" messages={messages} />
      {result && <CheckVerdict result={result} />}
      {exemptions.length > 0 && <ExemptionFields form={form} set={set} exemptions={exemptions} />}
    </section>
  );
}

/** The facts the obligation depends on: value, launch date, buyer type, kind, concession, defence. */
function ContractFacts({ form, set }: CheckFieldsProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      <Field label="Valeur estimée HT (€)">
        <Input inputMode="decimal" value={form.value} onChange={(_, data) => set({ value: data.value })} />
      </Field>
      <Field label="Date de lancement de la consultation" hint="Envoi de l'avis ou engagement de la consultation.">
        <Input type="date" value={form.launchDate} onChange={(_, data) => set({ launchDate: data.value })} />
      </Field>
      <Field label="Type d'acheteur">
        <CodeSelect value={form.buyerType} choices={BUYER_TYPES} onChange={(buyerType) => set({ buyerType })} />
      </Field>
      <Field label="Nature du marché">
        <CodeSelect value={form.kind} choices={KINDS} onChange={(kind) => set({ kind })} />
      </Field>
      <Switch label="Concession" checked={form.concession} onChange={(_, data) => set({ concession: data.checked })} />
      <Switch label="Défense ou sécurité" checked={form.defence} onChange={(_, data) => set({ defence: data.checked })} />
    </div>
  );
}

function CheckVerdict({ result }: { result: SocialConditionCheck }): React.JSX.Element {
  return (
    <MessageBar intent={result.required ? "warning" : "info"} layout="multiline" aria-label="Résultat de la vérification">
      <MessageBarBody>
        <MessageBarTitle>{result.required ? "Condition sociale obligatoire" : "Condition sociale non obligatoire"}</MessageBarTitle>
        {result.reason}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The exemption the buyer invokes, and its reason (required once one is chosen). */
function ExemptionFields({
  form,
  set,
  exemptions,
}: CheckFieldsProps & { exemptions: readonly { code: string; label: string; confirmed: boolean }[] }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      <Field label="Dérogation invoquée par l'acheteur" hint="À motiver dans le dossier de consultation.">
        <Select value={form.exemption} onChange={(_, data) => set({ exemption: data.value })}>
          <option value="">Aucune : la condition sera inscrite</option>
          {exemptions.map((entry) => (
            <option key={entry.code} value={entry.code}>
              {entry.label}
              {entry.confirmed ? "" : " (à confirmer)"}
            </option>
          ))}
        </Select>
      </Field>
      {form.exemption !== "" && (
        <Field label="Motif de la dérogation" required>
          <Textarea value={form.exemptionReason} onChange={(_, data) => set({ exemptionReason: data.value })} />
        </Field>
      )}
    </div>
  );
}

/** A list of coded choices with « — » for none yet (the check waits until it is chosen). */
function CodeSelect(props: {
  value: string;
  choices: readonly { code: string; label: string }[];
  onChange: (code: string) => void;
}): React.JSX.Element {
  return (
    <Select value={props.value} onChange={(_, data) => props.onChange(data.value)}>
      <option value="">—</option>
      {props.choices.map((choice) => (
        <option key={choice.code} value={choice.code}>
          {choice.label}
        </option>
      ))}
    </Select>
  );
}
