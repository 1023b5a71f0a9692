/**
 * « Valeur du territoire » for one rule value: the new value, from when, why and on what source;
 * saved into the workbook's territory pack (validated in full before it is stored).
 */
import { Button, Field, Input } from "@fluentui/react-components";
import * as React from "react";
import { readNumber, readPercentText } from "../../../domain";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";
import { NumberField } from "../../plugin-kit/ui/NumberField";
import { PercentField } from "../../plugin-kit/ui/PercentField";
import type { RuleValue } from "./rule-values";
import type { TerritoryValue } from "./territory-value";

/**
 * @example
 * <TerritoryValueForm value={entry} today="2026-11-26" save={(set) => …} />
 */
export function TerritoryValueForm(props: {
  value: RuleValue;
  today: string;
  save: (set: TerritoryValue) => Promise<void>;
}): React.JSX.Element {
  const form = useFormStyles();
  const fraction = props.value.target?.fraction ?? false;
  const [text, setText] = React.useState("");
  const [kept, setKept] = React.useState("");
  const [from, setFrom] = React.useState(props.today);
  const [reason, setReason] = React.useState("");
  const [source, setSource] = React.useState("");
  const read = fraction ? readPercentText(text) : readNumber(text);
  const number =
    read.ok && (!fraction || !("looksLikeFraction" in read && read.looksLikeFraction) || kept === text) ? read.value : undefined;
  const ready = number !== undefined && from !== "" && reason.trim() !== "" && source.trim() !== "";
  const label = `Valeur du territoire pour « ${props.value.name} »`;
  return (
    <div className={form.stack} role="group" aria-label={label}>
      {fraction ? (
        <PercentField
          label="Nouvelle valeur (%)"
          value={text}
          onChange={setText}
          confirmed={kept === text}
          onConfirm={() => setKept(text)}
        />
      ) : (
        <NumberField label="Nouvelle valeur" value={text} onChange={setText} />
      )}
      <Field label="À partir du" required>
        <Input className={form.fill} type="date" value={from} onChange={(_, data) => setFrom(data.value)} />
      </Field>
      <Field label="Motif" required hint="Pourquoi le territoire s'écarte de la valeur nationale.">
        <Input className={form.fill} value={reason} onChange={(_, data) => setReason(data.value)} />
      </Field>
      <Field label="Source" required hint="Délibération, grille locale, étude… (une citation qu'un collègue peut retrouver).">
        <Input className={form.fill} value={source} onChange={(_, data) => setSource(data.value)} />
      </Field>
      <Button
        appearance="primary"
        disabled={!ready}
        onClick={() => void props.save({ value: number as number, from, reason: reason.trim(), source: source.trim() })}
      >
        Enregistrer pour le territoire
      </Button>
    </div>
  );
}
