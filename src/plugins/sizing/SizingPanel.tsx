/**
 * The « Dimensionner » wizard: contract, method and parameters, lots → hours per lot, total, FTE,
 * and the formula in words; « Insérer dans le classeur » adds one row per lot to the Marchés table.
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Switch,
  tokens,
} from "@fluentui/react-components";
import { AddRegular, TableAddRegular } from "@fluentui/react-icons";
import * as React from "react";
import { formatNumberFr, formatPercentFr, marketsTable, packRef, sectionOf, valueOn } from "../../../domain";
import { marketRecords, sizingSection } from "../../../domain/sizing";
import type { Services } from "../types";
import { ErrorList, messagesOf } from "../../taskpane/components/ErrorList";
import { PanelFrame } from "../../taskpane/components/PanelFrame";
import { useActivePack } from "../../taskpane/use-active-pack";
import { emptyDraft, evaluateDraft, newLot, type SizingDraft } from "./draft";
import { LotEditor } from "./LotEditor";
import { SizingResultView } from "./SizingResultView";

const useStyles = makeStyles({
  // minmax(0, 1fr): let inputs shrink to the pane's width (Excel's pane can be 320 px wide).
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  wide: { gridColumn: "1 / span 2" },
  lots: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

type Outcome = { kind: "written"; rows: number } | { kind: "failed"; messages: string[] } | null;

export default function SizingPanel({ services }: { services: Services }): React.JSX.Element {
  const styles = useStyles();
  const pack = useActivePack();
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
  const defaults = {
    rate: valueOn(rules.insertionRate, today, "taux d'insertion").value,
    cost: valueOn(rules.hourlyCost, today, "coût horaire").value,
    perHour: valueOn(rules.eurosPerHour, today, "euros par heure").value,
  };

  async function insert(): Promise<void> {
    if (!evaluation.result) return;
    setWriting(true);
    try {
      const records = marketRecords(evaluation.result, {
        reference: draft.reference.trim(),
        ...(draft.buyer.trim() ? { buyer: draft.buyer.trim() } : {}),
        ...(draft.company.trim() ? { company: draft.company.trim() } : {}),
        ...(draft.start ? { start: draft.start } : {}),
        ...(draft.end ? { end: draft.end } : {}),
        pooled: draft.pooled,
      });
      await services.workbook.appendRecords(marketsTable, records);
      setOutcome({ kind: "written", rows: records.length });
    } catch (error) {
      setOutcome({ kind: "failed", messages: messagesOf(error) });
    } finally {
      setWriting(false);
    }
  }

  const formErrors = Object.entries(evaluation.errors).filter(
    ([field]) => !field.startsWith("lots[") && !["insertionRate", "hourlyCost", "eurosPerHour"].includes(field),
  );
  return (
    <PanelFrame
      title="Dimensionner"
      summary="Heures d'insertion d'un marché, lot par lot : montant HT × part de main-d'œuvre × taux d'insertion ÷ coût horaire."
    >
      <div className={styles.grid}>
        <Field
          className={styles.wide}
          label="Référence du marché"
          required
          hint="Chaque lot devient une ligne du tableau Marchés (référence-lot)."
        >
          <Input value={draft.reference} onChange={(_, data) => set({ reference: data.value })} />
        </Field>
        <Field label="Acheteur">
          <Input value={draft.buyer} onChange={(_, data) => set({ buyer: data.value })} />
        </Field>
        <Field label="Entreprise">
          <Input value={draft.company} onChange={(_, data) => set({ company: data.value })} />
        </Field>
        <Field label="Début">
          <Input type="date" value={draft.start} onChange={(_, data) => set({ start: data.value })} />
        </Field>
        <Field label="Fin">
          <Input type="date" value={draft.end} min={draft.start || undefined} onChange={(_, data) => set({ end: data.value })} />
        </Field>
        <Switch
          className={styles.wide}
          label="Heures mutualisables avec les autres marchés de l'entreprise"
          checked={draft.pooled}
          onChange={(_, data) => set({ pooled: data.checked })}
        />
      </div>
      <Field label="Méthode">
        <RadioGroup layout="horizontal" value={draft.method} onChange={(_, data) => set({ method: data.value as SizingDraft["method"] })}>
          <Radio value="labour-cost" label="Coût de main-d'œuvre" />
          <Radio value="per-amount" label="Ratio au montant" />
        </RadioGroup>
      </Field>
      <div className={styles.grid}>
        {draft.method === "labour-cost" ? (
          <>
            <Field
              label="Taux d'insertion (%)"
              validationMessage={evaluation.errors.insertionRate}
              hint={`Par défaut ${formatPercentFr(defaults.rate)}`}
            >
              <Input
                inputMode="decimal"
                placeholder={formatNumberFr(defaults.rate * 100)}
                value={draft.insertionRate}
                onChange={(_, data) => set({ insertionRate: data.value })}
              />
            </Field>
            <Field
              label="Coût horaire (€/h)"
              validationMessage={evaluation.errors.hourlyCost}
              hint={`Par défaut ${formatNumberFr(defaults.cost)} €/h`}
            >
              <Input
                inputMode="decimal"
                placeholder={formatNumberFr(defaults.cost)}
                value={draft.hourlyCost}
                onChange={(_, data) => set({ hourlyCost: data.value })}
              />
            </Field>
          </>
        ) : (
          <Field
            className={styles.wide}
            label="Euros HT par heure d'insertion"
            validationMessage={evaluation.errors.eurosPerHour}
            hint={`Par défaut 1 h par ${formatNumberFr(defaults.perHour)} € HT`}
          >
            <Input
              inputMode="decimal"
              placeholder={formatNumberFr(defaults.perHour)}
              value={draft.eurosPerHour}
              onChange={(_, data) => set({ eurosPerHour: data.value })}
            />
          </Field>
        )}
        <Field className={styles.wide} label="Arrondi de chaque lot">
          <RadioGroup
            layout="horizontal"
            value={draft.rounding}
            onChange={(_, data) => set({ rounding: data.value as SizingDraft["rounding"] })}
          >
            <Radio value="nearest" label="À l'heure la plus proche" />
            <Radio value="up" label="À l'heure supérieure" />
          </RadioGroup>
        </Field>
      </div>
      <div className={styles.lots}>
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
      <ErrorList title="À corriger" messages={formErrors.map(([, message]) => message)} />
      {evaluation.result && <SizingResultView result={evaluation.result} />}
      {evaluation.result && (
        <Button
          appearance="primary"
          icon={<TableAddRegular />}
          disabled={writing || draft.reference.trim() === ""}
          onClick={() => void insert()}
        >
          Insérer dans le classeur
        </Button>
      )}
      {evaluation.result && draft.reference.trim() === "" && (
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
