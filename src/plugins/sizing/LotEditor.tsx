/**
 * One lot of the sizing wizard: number, title, amount, trade and labour share.
 */
import { Badge, Button, Dropdown, Field, Input, makeStyles, Option, tokens } from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import * as React from "react";
import { formatNumberFr, formatPercentFr } from "../../../domain";
import type { SizingRules } from "../../../domain/sizing";
import type { FieldErrors, LotDraft } from "./draft";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";
import { NumberField } from "../../plugin-kit/ui/NumberField";
import { PercentField } from "../../plugin-kit/ui/PercentField";

const useStyles = makeStyles({
  lot: {
    display: "grid",
    gridTemplateColumns: "64px minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  wide: { gridColumn: "1 / span 2" },
  actions: { gridColumn: "1 / span 2", display: "flex", justifyContent: "space-between", alignItems: "center" },
});

const TYPED = "__saisie__";

export interface LotEditorProps {
  lot: LotDraft;
  index: number;
  method: "labour-cost" | "per-amount";
  rules: SizingRules;
  errors: FieldErrors;
  onChange: (lot: LotDraft) => void;
  onRemove?: () => void;
  /** Fraction-looking shares kept on purpose (field → text). */
  kept: Readonly<Record<string, string>>;
  keep: (field: string, text: string) => void;
}

/**
 * @example
 * <LotEditor lot={lot} index={0} method="labour-cost" rules={rules} errors={{}} onChange={update} />
 */
export function LotEditor({ lot, index, method, rules, errors, onChange, onRemove, kept, keep }: LotEditorProps): React.JSX.Element {
  const styles = useStyles();
  const formStyles = useFormStyles();
  const name = lot.id || String(index + 1);
  const trade = rules.trades.find((candidate) => candidate.code === lot.trade);
  const field = (key: string) => errors[`lots[${index}].${key}`];
  const shareField = `lots[${index}].labourShare`;
  const set = (patch: Partial<LotDraft>) => onChange({ ...lot, ...patch });
  return (
    <fieldset className={styles.lot} aria-label={`Lot ${name}`}>
      <Field label="Lot" validationMessage={field("id")}>
        <Input
          className={formStyles.fill}
          aria-label={`Numéro du lot ${name}`}
          value={lot.id}
          onChange={(_, data) => set({ id: data.value })}
        />
      </Field>
      <Field label="Intitulé">
        <Input
          className={formStyles.fill}
          aria-label={`Intitulé du lot ${name}`}
          value={lot.label}
          onChange={(_, data) => set({ label: data.value })}
        />
      </Field>
      <NumberField
        className={styles.wide}
        label="Montant HT (€)"
        inputLabel={`Montant HT du lot ${name}`}
        unit="€ HT"
        required
        value={lot.amount}
        onChange={(amount) => set({ amount })}
        error={field("amount")}
      />
      {method === "labour-cost" && (
        <TradeFields lot={lot} name={name} rules={rules} field={field} shareField={shareField} kept={kept} keep={keep} set={set} />
      )}
      <div className={styles.actions}>
        {trade && !trade.confirmed ? <Badge color="warning">à confirmer</Badge> : <span />}
        {onRemove && (
          <Button appearance="subtle" size="small" icon={<DeleteRegular />} onClick={onRemove} aria-label={`Retirer le lot ${name}`}>
            Retirer
          </Button>
        )}
      </div>
    </fieldset>
  );
}

/** The trade (its preset labour share, with its source) and the share typed in, which wins. */
function TradeFields(props: {
  lot: LotDraft;
  name: string;
  rules: SizingRules;
  field: (key: string) => string | undefined;
  shareField: string;
  kept: Readonly<Record<string, string>>;
  keep: (field: string, text: string) => void;
  set: (patch: Partial<LotDraft>) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const { lot, name, rules, field, shareField, kept, keep, set } = props;
  const trade = rules.trades.find((candidate) => candidate.code === lot.trade);
  return (
    <>
      <Field className={styles.wide} label="Métier" validationMessage={field("trade")}>
        <Dropdown
          aria-label={`Métier du lot ${name}`}
          value={trade ? trade.label : "Part saisie"}
          selectedOptions={[lot.trade || TYPED]}
          onOptionSelect={(_, data) => set({ trade: data.optionValue === TYPED ? "" : (data.optionValue ?? "") })}
        >
          <Option value={TYPED}>Part saisie</Option>
          {rules.trades.map((candidate) => (
            <Option key={candidate.code} value={candidate.code} text={candidate.label}>
              {candidate.labourShare === null
                ? `${candidate.label} (à confirmer)`
                : `${candidate.label} (${formatPercentFr(candidate.labourShare)})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <PercentField
        className={styles.wide}
        label="Part de main-d'œuvre (%)"
        inputLabel={`Part de main-d'œuvre du lot ${name} (%)`}
        of="du montant"
        required={!trade || trade.labourShare === null}
        value={lot.share}
        onChange={(share) => set({ share })}
        confirmed={kept[shareField] === lot.share}
        onConfirm={() => keep(shareField, lot.share)}
        error={field("labourShare")}
        hint={
          trade
            ? `${trade.labourShare === null ? "Aucune source : saisissez la part." : `Préréglage : ${formatPercentFr(trade.labourShare)}`} Source : ${trade.source}`
            : undefined
        }
        placeholder={trade?.labourShare != null ? formatNumberFr(trade.labourShare * 100) : ""}
      />
    </>
  );
}
