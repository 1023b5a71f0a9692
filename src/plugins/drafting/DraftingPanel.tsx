/**
 * The « Rédiger » wizard: (1) is the social condition mandatory, (2) which legal basis, (3) what the
 * clause says — with the hours taken from the contract's sizing in the Marchés table — then the
 * text, to copy, insert into the Clauses sheet or download as .docx.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DocumentTextRegular } from "@fluentui/react-icons";
import * as React from "react";
import { buyersTable, errorsOf, formatNumberFr, marketsTable, packRef, sectionOf } from "../../../domain";
import { draftClause, draftingSection, type DraftedClause } from "../../../domain/drafting";
import type { Services } from "../types";
import { ErrorList } from "../../plugin-kit/ui/ErrorList";
import { PanelFrame } from "../../plugin-kit/ui/PanelFrame";
import { useActivePack } from "../../plugin-kit/ui/use-active-pack";
import { eligibilitySection } from "../../../domain/eligibility";
import { evaluateCheck } from "./CheckSection";
import { DraftingSteps } from "./DraftingSteps";
import { ClauseOutput } from "./ClauseOutput";
import { contractChoices, decodedRows, type ContractChoice } from "./contracts";
import { useFacilitatorMemory } from "./facilitator-memory";
import { clauseRequest, draftProblems, emptyClauseForm, type CheckForm, type ClauseForm, type DraftProblems } from "./draft-form";
import { ReferencePicker, type PickOption } from "../../plugin-kit/ui/ReferencePicker";

const EMPTY_CHECK: CheckForm = {
  value: "",
  buyerType: "",
  kind: "",
  launchDate: "",
  defence: false,
  concession: false,
  exemption: "",
  exemptionReason: "",
};

/** The workbook's contracts, read once when the panel opens (and again on « Actualiser »). */
function useContracts(services: Services): { contracts: ContractChoice[]; problems: string[]; reload: () => void } {
  const [state, setState] = React.useState<{ contracts: ContractChoice[]; problems: string[] }>({ contracts: [], problems: [] });
  const load = React.useCallback(() => {
    void (async () => {
      try {
        const markets = decodedRows(marketsTable, await services.workbook.readTable(marketsTable));
        const buyers = decodedRows(buyersTable, await services.workbook.readTable(buyersTable));
        setState({ contracts: contractChoices(markets.rows, buyers.rows, markets.unreadableRows), problems: markets.problems });
      } catch {
        setState({ contracts: [], problems: ["Le tableau Marchés n'a pas pu être lu : saisissez le marché à la main."] });
      }
    })();
  }, [services]);
  React.useEffect(load, [load]);
  return { ...state, reload: load };
}

/** The contracts as a pick list: « Réhabilitation de l'école — 600 h (M1) ». */
function contractOptions(contracts: readonly ContractChoice[]): PickOption[] {
  return contracts.map((candidate) => ({
    code: candidate.reference,
    label: [candidate.label, candidate.hours !== undefined ? `${formatNumberFr(candidate.hours, 0)} h` : ""].filter(Boolean).join(" — "),
  }));
}

/** Whether the basis chosen agrees with the obligation check (shown whichever step is folded). */
function ObligationNotices(props: { required: boolean | undefined; basis: string; choose: () => void }): React.JSX.Element | null {
  if (props.required && props.basis !== "mandatory-condition") {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          Ce marché relève de l'obligation : la clause doit la viser.{" "}
          <Button size="small" onClick={props.choose}>
            Retenir la condition sociale obligatoire
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (props.required === false && props.basis === "mandatory-condition") {
    return (
      <MessageBar intent="info">
        <MessageBarBody>La condition n'est pas obligatoire pour ce marché : la condition d'exécution (L2112-2) suffit.</MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}

/**
 * Why the clause was not drafted: each problem sits under its field (the steps unfold); here only
 * how many there are, and what no field of the form shows.
 */
function DraftOutcome({ problems }: { problems: DraftProblems | null }): React.JSX.Element | null {
  if (!problems) return null;
  const placed = Object.keys(problems.fields).length;
  const summary =
    placed === 0
      ? ""
      : placed === 1
        ? "1 champ à corriger, signalé sous le champ."
        : `${placed} champs à corriger, signalés sous chaque champ.`;
  if (problems.others.length > 0)
    return <ErrorList title={`La clause n'a pas été rédigée. ${summary}`.trim()} messages={problems.others} />;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>La clause n'a pas été rédigée</MessageBarTitle>
        <span>{summary}</span>
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * @example
 * <DraftingPanel services={services} />
 */
export default function DraftingPanel({ services }: { services: Services }): React.JSX.Element {
  const pack = useActivePack(services);
  const rules = sectionOf(pack, draftingSection);
  const { contracts, problems: unreadable, reload } = useContracts(services);
  const [selected, setSelected] = React.useState("");
  const [check, setCheck] = React.useState<CheckForm>(EMPTY_CHECK);
  const [form, setForm] = React.useState<ClauseForm>(() =>
    emptyClauseForm(
      [],
      rules.modes.map((mode) => mode.code),
    ),
  );
  const [drafted, setDrafted] = React.useState<DraftedClause | null>(null);
  const [problems, setProblems] = React.useState<DraftProblems | null>(null);
  const contract = contracts.find((candidate) => candidate.reference === selected);
  const checked = React.useMemo(() => evaluateCheck(check, pack), [check, pack]);
  const remember = useFacilitatorMemory(services, setForm);
  const set = (patch: Partial<ClauseForm>) => {
    setDrafted(null);
    setForm((current) => ({ ...current, ...patch }));
  };

  function choose(reference: string): void {
    setSelected(reference);
    const chosen = contracts.find((candidate) => candidate.reference === reference);
    if (!chosen) return;
    set({
      reference: chosen.reference,
      label: chosen.label,
      buyer: chosen.buyerName ?? "",
      hours: chosen.hours === undefined ? "" : String(chosen.hours),
    });
    setCheck((current) => ({
      ...current,
      value: chosen.amount === undefined ? current.value : formatNumberFr(chosen.amount, 2),
      // A contract declared a private order is checked as one; a concession / DSP as a concession.
      buyerType: chosen.nature === "commande-privee" ? "prive" : (chosen.buyerType ?? current.buyerType),
      concession: chosen.nature === "concession" ? true : current.concession,
    }));
  }

  function generate(): void {
    const request = clauseRequest(form);
    if (!request.ok) {
      setProblems(request);
      return;
    }
    try {
      setDrafted(draftClause(request.value, rules, packRef(pack), sectionOf(pack, eligibilitySection)));
      setProblems(null);
      remember(request.value.facilitator);
    } catch (error) {
      const errors = errorsOf(error);
      if (errors.length === 0) throw error;
      setProblems(draftProblems(errors));
    }
  }

  return (
    <PanelFrame
      title="Rédiger"
      summary="La condition sociale est-elle obligatoire ? Quelle base juridique ? Puis la clause du CCAP et la mention du RC."
    >
      <ReferencePicker
        label="Marché du classeur"
        hint="Reprend l'intitulé, l'acheteur, le montant et les heures du dimensionnement. Vide : saisie libre."
        options={contractOptions(contracts)}
        value={selected}
        onChange={choose}
        onFocus={reload}
        clearable
      />
      {unreadable.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>Lignes du tableau Marchés ignorées : {unreadable.join(" ; ")}</MessageBarBody>
        </MessageBar>
      )}
      {drafted && <ClauseOutput clause={drafted} services={services} />}
      <ObligationNotices required={checked.result?.required} basis={form.basis} choose={() => set({ basis: "mandatory-condition" })} />
      <DraftingSteps
        rules={rules}
        pack={pack}
        check={check}
        setCheck={setCheck}
        form={form}
        set={set}
        contract={contract}
        unfold={problems !== null}
        errors={problems?.fields ?? {}}
      />
      <Button appearance="primary" icon={<DocumentTextRegular />} onClick={generate}>
        Rédiger la clause
      </Button>
      <DraftOutcome problems={problems} />
    </PanelFrame>
  );
}
