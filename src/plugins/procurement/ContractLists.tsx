/**
 * The renewals coming up, and the contracts with a clause the guichet does not follow (with boxes
 * to tick: the ticked ones are written to Marchés).
 */
import { Button, Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { formatNumberFr } from "../../../domain";
import type { Radar } from "../../../domain/procurement";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  column: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

const french = (iso: string) => iso.split("-").reverse().join("/");

/**
 * @example
 * <Renewals radar={radar} names={names} />
 */
export function Renewals({ radar, names }: { radar: Radar; names: ReadonlyMap<string, string> }): React.JSX.Element {
  const styles = useStyles();
  if (radar.renewals.length === 0) return <Text>Aucun renouvellement sans clause dans les 18 prochains mois.</Text>;
  return (
    <ul className={styles.list} aria-label="Renouvellements à préparer">
      {radar.renewals.map((renewal) => (
        <li key={`${renewal.buyer}|${renewal.lastId}`}>
          {names.get(renewal.buyer) ?? renewal.buyer} · {renewal.lastId} (CPV {renewal.cpv}) : fin estimée le {french(renewal.ends)} ;{" "}
          {renewal.estimatedHours === null ? renewal.sizing : `environ ${formatNumberFr(renewal.estimatedHours, 0)} h d'insertion`} (série :{" "}
          {renewal.series.join(", ")})
        </li>
      ))}
    </ul>
  );
}

/**
 * @example
 * <NotFollowed radar={radar} names={names} selected={[]} onToggle={toggle} onWrite={write} busy={false} />
 */
export function NotFollowed(props: {
  radar: Radar;
  names: ReadonlyMap<string, string>;
  selected: readonly string[];
  onToggle: (key: string) => void;
  onWrite: () => void;
  busy: boolean;
}): React.JSX.Element {
  const styles = useStyles();
  if (props.radar.notFollowed.length === 0)
    return <Text>Tous les marchés clausés de ces acheteurs sont suivis dans le tableau Marchés.</Text>;
  return (
    <div className={styles.column}>
      {props.radar.notFollowed.map((row) => {
        const key = `${row.buyer}|${row.id}`;
        const label = `${props.names.get(row.buyer) ?? row.buyer} · ${row.id} – ${row.object} (${row.social.join(", ")}, ${formatNumberFr(row.amount, 0)} € HT, fin estimée le ${french(row.ends)})`;
        return <Checkbox key={key} label={label} checked={props.selected.includes(key)} onChange={() => props.onToggle(key)} />;
      })}
      <Button appearance="primary" disabled={props.busy || props.selected.length === 0} onClick={props.onWrite}>
        Inscrire au tableau Marchés
      </Button>
    </div>
  );
}
