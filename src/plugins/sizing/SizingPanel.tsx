/**
 * The « Dimensionner » wizard: contract, method and parameters, lots → hours per lot, total, FTE,
 * and the formula in words; « Insérer dans le classeur » adds one row per lot to the Marchés table.
 */
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { AddRegular, TableAddRegular } from "@fluentui/react-icons";
import * as React from "react";
import { marketsTable, packRef, sectionOf } from "../../../domain";
import { marketRecords, sizingSection } from "../../../domain/sizing";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import { PanelFrame } from "../../plugin-kit/ui/PanelFrame";
import { useActivePack } from "../../plugin-kit/ui/use-active-pack";
import type { Services } from "../types";
import { ContractFields } from "./ContractFields";
import { contractDetails, emptyDraft, evaluateDraft, newLot, type SizingDraft } from "./draft";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";
import { LotEditor } from "./LotEditor";
import { ParameterFields } from "./ParameterFields";
import { SizingResultView } from "./SizingResultView";

type Outcome = { kind: "written"; rows: number } | { kind: "failed"; messages: string[] } | null;

const PARAMETER_FIELDS = ["insertionRate", "hourlyCost", "eurosPerHour"];

export default function SizingPanel({ services }: { services: Services }): React.JSX.Element {
  const styles = useFormStyles();
  const pack = useActivePack(services);
  const rules = sectionOf(pack, sizingSection);
  const today = services.today();
  const [draft, setDraft] = React.useState<SizingDraft>(emptyDraft);
  const [outcome, setOutcome] = React.useState<Outcome>(null);
  const [writing, setWriting] = React.useState(false);
  const evaluation = React.useMemo(() => evaluateDraft(draft, rules, packRef(pack), today), [draft, rules, pack, today]);
  const set = (patch: Partial<SizingDraft>) => {
    setOutcome(null);
    setDraft((current) => ({ ...current, ...patch }));
  };

  async function insert(): Promise<void> {
    if (!evaluation.result) return;
    setWriting(true);
    try {
      const records = marketRecords(evaluation.result, contractDetails(draft));
      await services.workbook.appendRecords(marketsTable, records);
      setOutcome({ kind: "written", rows: records.length });
    } catch (error) {
      setOutcome({ kind: "failed", messages: messagesOf(error) });
    } finally {
      setWriting(false);
    }
  }

  const formErrors = Object.entries(evaluation.errors)
    .filter(([field]) => !field.startsWith("lots[") && !PARAMETER_FIELDS.includes(field))
    .map(([, message]) => message);
  const { result } = evaluation;
  const referenceMissing = draft.reference.trim() === "";
  return (
    <PanelFrame
      title="Dimensionner"
      summary="Heures d'insertion d'un marché, lot par lot : montant HT × part de main-d'œuvre × taux d'insertion ÷ coût horaire."
    >
      <ContractFields draft={draft} set={set} />
      <ParameterFields draft={draft} set={set} rules={rules} today={today} errors={evaluation.errors} />
      <div className={styles.stack}>
        {draft.lots.map((lot, index) => (
          <LotEditor
            key={lot.key}
            lot={lot}
            index={index}
            method={draft.method}
            rules={rules}
            errors={evaluation.errors}
            onChange={(changed) => set({ lots: draft.lots.map((candidate) => (candidate.key === changed.key ? changed : candidate)) })}
            onRemove={draft.lots.length > 1 ? () => set({ lots: draft.lots.filter((candidate) => candidate.key !== lot.key) }) : undefined}
          />
        ))}
        <Button icon={<AddRegular />} onClick={() => set({ lots: [...draft.lots, newLot(String(draft.lots.length + 1))] })}>
          Ajouter un lot
        </Button>
      </div>
      <ErrorList title="À corriger" messages={formErrors} />
      {result && <SizingResultView result={result} />}
      {result && (
        <Button appearance="primary" icon={<TableAddRegular />} disabled={writing || referenceMissing} onClick={() => void insert()}>
          Insérer dans le classeur
        </Button>
      )}
      {result && referenceMissing && (
        <MessageBar intent="info">
          <MessageBarBody>Indiquez la référence du marché pour l'inscrire au tableau Marchés.</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "written" && (
        <MessageBar intent="success">
          <MessageBarBody>
            {outcome.rows} ligne{outcome.rows > 1 ? "s" : ""} ajoutée{outcome.rows > 1 ? "s" : ""} au tableau Marchés.
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "failed" && <ErrorList title="Rien n'a été écrit" messages={outcome.messages} />}
    </PanelFrame>
  );
}
