/**
 * « Nouveau besoin »: a company's need (contract or « mutualisé », trade, hours, dates, place),
 * checked with the Besoins table's rules before it is appended.
 */
import { Button, Field, Input, Text } from "@fluentui/react-components";
import * as React from "react";
import { needsTable, POOLED_MARKET, type Day } from "../../../domain";
import type { CommissionWorld } from "../../../domain/commission";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";
import { ReferencePicker, type PickOption } from "../../plugin-kit/ui/ReferencePicker";
import type { WorkbookPort } from "../../workbook/port";
import { checkNeed, emptyNeed, type NeedDraft } from "./need-draft";

interface Props {
  world: CommissionWorld;
  /** Names of the companies (Entreprises), shown with their codes. */
  companyNames?: ReadonlyMap<string, string>;
  workbook: WorkbookPort;
  onWritten: () => void;
  defaultStart: Day;
}

/**
 * The companies that hold contracts (their names from Entreprises), and the chosen company's
 * contracts after « mutualisé » (the need is met on any of its contracts).
 *
 * @example
 * needOptions(world, "BTP-RIVIERE").markets[0] // => { code: "mutualisé", label: "Tous ses marchés" }
 */
export function needOptions(
  world: CommissionWorld,
  company: string,
  names: ReadonlyMap<string, string> = world.base.names.companies,
): { companies: PickOption[]; markets: PickOption[] } {
  const codes = [...new Set(world.base.contracts.map((contract) => contract.company))].sort();
  const companies = codes.map((code) => ({ code, label: names.get(code) ?? code }));
  const markets = world.base.contracts
    .filter((contract) => contract.company === company)
    .map((contract) => ({ code: contract.id, label: contract.label ?? contract.id }));
  return { companies, markets: [{ code: POOLED_MARKET, label: "Tous ses marchés" }, ...markets] };
}

/**
 * @example
 * <NeedForm world={world} workbook={services.workbook} onWritten={reload} defaultStart={today} />
 */
export function NeedForm({ world, companyNames, workbook, onWritten, defaultStart }: Props): React.JSX.Element {
  const styles = useFormStyles();
  const [draft, setDraft] = React.useState<NeedDraft>(() => emptyNeed(defaultStart));
  const [messages, setMessages] = React.useState<string[]>([]);
  const [written, setWritten] = React.useState<string | null>(null);
  const set = (patch: Partial<NeedDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const { companies, markets } = React.useMemo(() => needOptions(world, draft.company, companyNames), [world, draft.company, companyNames]);
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
      <ReferencePicker
        label="Entreprise"
        required
        options={companies}
        value={draft.company}
        onChange={(company) => set({ company, market: POOLED_MARKET })}
      />
      <ReferencePicker
        label="Marché"
        options={markets}
        value={draft.market}
        onChange={(market) => set({ market: market || POOLED_MARKET })}
      />
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
