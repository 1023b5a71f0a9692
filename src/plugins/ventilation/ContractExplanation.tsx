/**
 * Explaining one contract's figure: the rule in words, the periods in which it was active and what
 * it received in each, and the Heures rows its hours came from.
 */
import {
  Combobox,
  Field,
  makeStyles,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { formatNumberFr } from "../../../domain";
import { normalizeLabel } from "../../../domain";
import { NATURE_LABELS, type MarketExplanation, type MarketOutcome } from "../../../domain/ventilation";
import { frenchDate } from "./PoolingTables";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  table: { fontSize: tokens.fontSizeBase200 },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Lines listed before the rest are summed up (a contract can draw on thousands). */
const LISTED_LINES = 30;

/** Options offered at once by the picker: type to find the others. */
const OFFERED = 30;

/**
 * « Expliquer le marché »: a searchable combobox (9 435 contracts at 100 000 lines: never one
 * option each) offering the first contracts that match what is typed.
 *
 * @example
 * <ContractPicker markets={markets} value={explained} pick={setExplained} />
 */
export function ContractPicker(props: { markets: readonly MarketOutcome[]; value: string; pick: (id: string) => void }): React.JSX.Element {
  const [typed, setTyped] = React.useState(props.value);
  const wanted = normalizeLabel(typed);
  const matching = React.useMemo(
    () => (wanted === "" ? props.markets : props.markets.filter((market) => normalizeLabel(market.id).includes(wanted))),
    [props.markets, wanted],
  );
  const offered = matching.slice(0, OFFERED);
  return (
    <Field
      label="Expliquer le marché"
      hint={matching.length > OFFERED ? `${matching.length} marchés : tapez le début du numéro` : undefined}
    >
      <Combobox
        freeform
        placeholder="Numéro du marché"
        value={typed}
        selectedOptions={props.value ? [props.value] : []}
        onChange={(event) => setTyped(event.target.value)}
        onOptionSelect={(_, data) => {
          setTyped(data.optionText ?? "");
          props.pick(data.optionValue ?? "");
        }}
      >
        {offered.map((market) => (
          <Option key={market.id} value={market.id}>
            {market.id}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}

/**
 * The explanation as the engine gives it (`explainedContract`: lines named by their Heures rows).
 *
 * @example
 * <ContractExplanation explanation={panel.explanation} id="M3" />
 */
export function ContractExplanation({ explanation, id }: { explanation: MarketExplanation; id: string }): React.JSX.Element | null {
  const styles = useStyles();
  const listed = explanation.lines.slice(0, LISTED_LINES);
  const rest = explanation.lines.slice(LISTED_LINES);
  return (
    <section className={styles.block} aria-label={`Explication du marché ${id}`}>
      <Text size={200}>{explanation.summary}</Text>
      {explanation.counting.length > 0 && (
        <ul aria-label={`Règles de comptage appliquées au marché ${id}`}>
          {explanation.counting.map((entry) => (
            <li key={entry.line}>
              <Text size={200}>
                Heures, ligne {entry.line} : {entry.text}.
              </Text>
            </li>
          ))}
        </ul>
      )}
      {explanation.periods.length > 0 && (
        <Table size="extra-small" className={styles.table} aria-label={`Périodes du marché ${id}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Période</TableHeaderCell>
              <TableHeaderCell>Marchés actifs</TableHeaderCell>
              <TableHeaderCell className={styles.number}>Mutualisées</TableHeaderCell>
              <TableHeaderCell className={styles.number}>Reçues</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {explanation.periods.map((period) => (
              <TableRow key={period.start}>
                <TableCell>
                  {frenchDate(period.start)} – {frenchDate(period.end)}
                </TableCell>
                <TableCell>{period.active.join(", ")}</TableCell>
                <TableCell className={styles.number}>{formatNumberFr(period.pooled, 1)}</TableCell>
                <TableCell className={styles.number}>{formatNumberFr(period.received, 1)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {listed.length > 0 && (
        <Table size="extra-small" className={styles.table} aria-label={`Lignes d'heures du marché ${id}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Heures, ligne</TableHeaderCell>
              <TableHeaderCell>Nature</TableHeaderCell>
              <TableHeaderCell className={styles.number}>Vers {id}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {listed.map((share) => (
              <TableRow key={`${share.line}-${share.kind}`}>
                <TableCell>{share.line}</TableCell>
                <TableCell>{NATURE_LABELS[share.kind]}</TableCell>
                <TableCell className={styles.number}>{formatNumberFr(share.hours, 2)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {rest.length > 0 && (
        <Text size={200} className={styles.muted}>
          … et {rest.length} autres lignes (
          {formatNumberFr(
            rest.reduce((sum, share) => sum + share.hours, 0),
            2,
          )}{" "}
          h).
        </Text>
      )}
    </section>
  );
}
