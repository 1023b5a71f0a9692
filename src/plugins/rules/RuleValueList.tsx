/**
 * Every value of the pack in force, filterable: per section (folded), each value with its name,
 * the value, its validity dates, its source as a citation and « confirmé » / « à confirmer ».
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";
import { filterRuleValues, type RuleValue } from "./rule-values";
import type { TerritoryValue } from "./territory-value";
import { TerritoryValueForm } from "./TerritoryValueForm";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, paddingBottom: tokens.spacingVerticalXS },
  head: { display: "flex", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * @example
 * <RuleValueList values={ruleValues(pack, ruleSections())} />
 */
export function RuleValueList({ values, territory }: { values: readonly RuleValue[]; territory?: TerritoryEditing }): React.JSX.Element {
  const form = useFormStyles();
  const [query, setQuery] = React.useState("");
  const [unconfirmedOnly, setUnconfirmedOnly] = React.useState(false);
  const shown = filterRuleValues(values, query, unconfirmedOnly);
  const sections = [...new Set(values.map((value) => value.section))];
  const filtering = query.trim() !== "" || unconfirmedOnly;
  const [open, setOpen] = React.useState<string[]>([]);
  const openItems = filtering ? sections : open;
  return (
    <div className={form.stack}>
      <Field label="Filtrer les valeurs" hint="Nom, valeur ou source (ex. : taux, bâtiment, CCAG)">
        <Input className={form.fill} value={query} onChange={(_, data) => setQuery(data.value)} />
      </Field>
      <Switch label="À confirmer seulement" checked={unconfirmedOnly} onChange={(_, data) => setUnconfirmedOnly(data.checked)} />
      <Accordion multiple collapsible openItems={openItems} onToggle={(_, data) => setOpen(data.openItems.map(String))}>
        {sections.map((section) => {
          const inSection = shown.filter((value) => value.section === section);
          if (filtering && inSection.length === 0) return null;
          const unconfirmed = values.filter((value) => value.section === section && !value.confirmed).length;
          return (
            <AccordionItem key={section} value={section}>
              <AccordionHeader>
                {section} — {unconfirmed > 0 ? `${unconfirmed} à confirmer` : "tout est sourcé"}
              </AccordionHeader>
              <AccordionPanel>
                <SectionValues values={inSection} territory={territory} />
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      {filtering && shown.length === 0 && <Text>Aucune valeur ne correspond.</Text>}
    </div>
  );
}

/** How a value is set for the territory (absent: read only). */
export interface TerritoryEditing {
  today: string;
  save: (value: RuleValue, set: TerritoryValue) => Promise<void>;
}

function SectionValues({ values, territory }: { values: readonly RuleValue[]; territory?: TerritoryEditing }): React.JSX.Element {
  const styles = useStyles();
  const [editing, setEditing] = React.useState<string | null>(null);
  return (
    <ul className={styles.list}>
      {values.map((value) => (
        <li key={value.key} className={styles.item}>
          <div className={styles.head}>
            <Text weight="semibold">{value.name}</Text>
            {value.confirmed ? <Badge color="success">confirmé</Badge> : <Badge color="warning">à confirmer</Badge>}
          </div>
          <Text block>
            {value.shown}
            {value.validFrom ? ` — ${validity(value)}` : ""}
          </Text>
          <Text size={200} block className={styles.muted}>
            Source : {value.source}
            {value.note ? ` (${value.note})` : ""}
          </Text>
          {territory && value.target && editing !== value.key && (
            <Button
              size="small"
              appearance="subtle"
              onClick={() => setEditing(value.key)}
              aria-label={`Valeur du territoire pour « ${value.name} »`}
            >
              Valeur du territoire…
            </Button>
          )}
          {territory && value.target && editing === value.key && (
            <TerritoryValueForm
              value={value}
              today={territory.today}
              save={async (set) => {
                await territory.save(value, set);
                setEditing(null);
              }}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

function validity(value: RuleValue): string {
  const french = (iso: string) => iso.split("-").reverse().join("/");
  return value.validTo
    ? `valable du ${french(value.validFrom as string)} au ${french(value.validTo)}`
    : `en vigueur depuis le ${french(value.validFrom as string)}`;
}
