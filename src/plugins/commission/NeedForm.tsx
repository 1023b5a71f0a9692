/**
 * « Nouveau besoin »: a company's need (contract or « mutualisé », trade, hours, dates, place),
 * checked with the Besoins table's rules before it is appended.
 */
import { Button, Combobox, Field, Input, Option, Text } from "@fluentui/react-components";
import * as React from "react";
import { needsTable, POOLED_MARKET, type Day } from "../../../domain";
import type { CommissionWorld } from "../../../domain/commission";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";
import type { WorkbookPort } from "../../workbook/port";
import { checkNeed, emptyNeed, type NeedDraft } from "./need-draft";

interface Props {
  world: CommissionWorld;
  workbook: WorkbookPort;
  onWritten: () => void;
  defaultStart: Day;
}

export function NeedForm({ world, workbook, onWritten, defaultStart }: Props): React.JSX.Element {
  const styles = useFormStyles();
  const [draft, setDraft] = React.useState<NeedDraft>(() => emptyNeed(defaultStart));
  const [messages, setMessages] = React.useState<string[]>([]);
  const [written, setWritten] = React.useState<string | null>(null);
  const set = (patch: Partial<NeedDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const companies = [...new Set(world.base.contracts.map((contract) => contract.company))].sort();
  const markets = world.base.contracts.filter((contract) => contract.company === draft.company).map((contract) => contract.id);
  async function save(): Promise<void> {
    setWritten(null);
    const checked = checkNeed(draft, world);
    if ("messages" in checked) return setMessages(checked.messages);
    try {
      await workbook.appendRecords(needsTable, [checked.record]);
      setMessages([]);
      setWritten(`Besoin ${String(checked.record.id)} ajouté au tableau Besoins.`);
      onWritten();
    } catch (error) {
      setMessages(messagesOf(error));
    }
  }
  return (
    <div className={styles.stack}>
      <Field label="Entreprise" required>
        <Combobox value={draft.company} onOptionSelect={(_, data) => set({ company: data.optionValue ?? "", market: POOLED_MARKET })}>
          {companies.map((company) => (
            <Option key={company}>{company}</Option>
          ))}
        </Combobox>
      </Field>
      <Field label="Marché">
        <Combobox value={draft.market} onOptionSelect={(_, data) => set({ market: data.optionValue ?? POOLED_MARKET })}>
          {[POOLED_MARKET, ...markets].map((market) => (
            <Option key={market}>{market}</Option>
          ))}
        </Combobox>
      </Field>
      <Field label="Métier">
        <Input value={draft.trade} onChange={(_, data) => set({ trade: data.value })} />
      </Field>
      <Field label="Heures" required>
        <Input inputMode="decimal" value={draft.hours} onChange={(_, data) => set({ hours: data.value })} />
      </Field>
      <Field label="Début" required>
        <Input type="date" value={draft.start} onChange={(_, data) => set({ start: data.value })} />
      </Field>
      <Field label="Fin" required>
        <Input type="date" value={draft.end} onChange={(_, data) => set({ end: data.value })} />
      </Field>
      <Field label="Lieu">
        <Input value={draft.place} onChange={(_, data) => set({ place: data.value })} />
      </Field>
      {messages.length > 0 && <ErrorList title="Besoin non enregistré" messages={messages} />}
      {written && <Text role="status">{written}</Text>}
      <Button appearance="primary" onClick={() => void save()}>
        Ajouter le besoin
      </Button>
    </div>
  );
}
