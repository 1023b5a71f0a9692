/**
 * The « Dimensionner » wizard: contract, method and parameters, lots → hours per lot, total, FTE,
 * and the formula in words; « Insérer dans le classeur » adds one row per lot to the Marchés table.
 * The rows go through the guard before the write (the same checks as the readers of Marchés), so a
 * row the rest of the add-in would reject is never written; its messages sit under their fields.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import * as React from "react";
import { packRef, sectionOf } from "../../../domain";
import { sizingSection, type SizingResult } from "../../../domain/sizing";
import { messagesOf } from "../../plugin-kit/ui/ErrorList";
import { PanelFrame } from "../../plugin-kit/ui/PanelFrame";
import { useActivePack } from "../../plugin-kit/ui/use-active-pack";
import { checkBeforeWrite, updateExisting, useWorkbookTables, useWriteCheck } from "../../plugin-kit/ui/write-guard";
import type { Services } from "../types";
import { ContractFields } from "./ContractFields";
import { checkMessages, evaluateDraft, plannedAppends, contractAppends, type SizingDraft } from "./draft";
import { LotList } from "./LotList";
import { ParameterFields } from "./ParameterFields";
import { SizingResultView } from "./SizingResultView";
import { useSizingForm, type SizingForm } from "./use-sizing-form";
import { WriteSection } from "./WriteSection";

const PARAMETER_FIELDS = ["insertionRate", "hourlyCost", "eurosPerHour"];

export default function SizingPanel({ services }: { services: Services }): React.JSX.Element {
  const pack = useActivePack(services);
  const rules = sectionOf(pack, sizingSection);
  const today = services.today();
  const form = useSizingForm();
  const { draft } = form;
  const { tables, reload } = useWorkbookTables(services.workbook);
  const [writing, setWriting] = React.useState(false);
  const evaluation = React.useMemo(() => evaluateDraft(draft, rules, packRef(pack), today), [draft, rules, pack, today]);
  const { result } = evaluation;
  const planned = React.useMemo(() => (result ? plannedAppends(draft, result) : contractAppends(draft)), [draft, result]);
  const check = useWriteCheck(planned, tables);
  const messages = React.useMemo(() => fieldMessages(draft, checkMessages(check), evaluation.errors), [draft, check, evaluation.errors]);
  const write = (kind: "insert" | "update") => void runWrite(kind, services, draft, result, form, setWriting, reload);
  return (
    <PanelFrame
      title="Dimensionner"
      summary="Heures d'insertion d'un marché, lot par lot : montant HT × part de main-d'œuvre × taux d'insertion ÷ coût horaire."
    >
      {result && <SizingResultView result={result} rules={rules} />}
      {(result || form.outcome) && (
        <WriteSection
          general={messages[""] ? [messages[""]] : []}
          conflicts={result ? check.conflicts : []}
          blocked={check.errors.length > 0}
          referenceMissing={draft.reference.trim() === ""}
          writing={writing}
          canUpdate={services.workbook.updateRows !== undefined}
          outcome={form.outcome}
          insert={() => write("insert")}
          update={() => write("update")}
        />
      )}
      <Accordion multiple collapsible defaultOpenItems={["contract", "parameters", "lots"]}>
        <AccordionItem value="contract">
          <AccordionHeader>Marché</AccordionHeader>
          <AccordionPanel>
            <ContractFields draft={draft} set={form.set} tables={tables} messages={messages} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="parameters">
          <AccordionHeader>Méthode et paramètres</AccordionHeader>
          <AccordionPanel>
            <ParameterFields draft={draft} set={form.set} keep={form.keep} rules={rules} today={today} errors={evaluation.errors} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="lots">
          <AccordionHeader>Lots</AccordionHeader>
          <AccordionPanel>
            <LotList form={form} rules={rules} errors={evaluation.errors} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </PanelFrame>
  );
}

/** The guard's messages, and the form's own ones that belong to no field; none about a reference not typed yet. */
function fieldMessages(draft: SizingDraft, guard: Record<string, string>, form: Record<string, string>): Record<string, string> {
  const messages = { ...guard };
  if (draft.reference.trim() === "") delete messages.reference;
  const own = Object.entries(form).filter(([field]) => !field.startsWith("lots[") && !PARAMETER_FIELDS.includes(field));
  const general = [messages[""], ...own.map(([, message]) => message)].filter(Boolean).join(" ; ");
  if (general) messages[""] = general;
  else delete messages[""];
  return messages;
}

/** Checks again against the workbook as it is now, then writes (append, or update of the rows already there). */
async function runWrite(
  kind: "insert" | "update",
  services: Services,
  draft: SizingDraft,
  result: SizingResult | undefined,
  form: SizingForm,
  setWriting: (writing: boolean) => void,
  reload: () => void,
): Promise<void> {
  if (!result) return;
  setWriting(true);
  try {
    const planned = plannedAppends(draft, result);
    const check = await checkBeforeWrite(services.workbook, planned);
    if (check.errors.length > 0) throw { errors: check.errors };
    if (kind === "update") {
      await updateExisting(services.workbook, check.conflicts);
      form.show({ kind: "updated", rows: check.conflicts.length });
    } else {
      if (check.conflicts.length > 0) return;
      await services.workbook.writeTables(planned.map((append) => ({ ...append, mode: "append" as const })));
      form.show({ kind: "written", rows: planned.find((append) => append.table.name === "Marchés")?.records.length ?? 0 });
    }
  } catch (error) {
    form.show({ kind: "failed", messages: messagesOf(error) });
  } finally {
    setWriting(false);
    reload();
  }
}
