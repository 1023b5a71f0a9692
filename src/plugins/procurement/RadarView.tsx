/**
 * The radar: one chart per buyer (its rate per year against the national target), then the
 * contracts the art. 35 condition covered without a social consideration.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { formatNumberFr } from "../../../domain";
import type { Radar } from "../../../domain/procurement";
import BuyerChart from "./BuyerChart";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * @example
 * <RadarView radar={radar} names={new Map([["99901000200114", "VILLE-VR"]])} />
 */
export default function RadarView({ radar, names }: { radar: Radar; names: ReadonlyMap<string, string> }): React.JSX.Element {
  const styles = useStyles();
  const sirets = [...new Set(radar.buyers.map((row) => row.siret))];
  return (
    <>
      {sirets.map((siret) => (
        <BuyerChart
          key={siret}
          title={`${names.get(siret) ?? siret} : marchés avec une considération sociale`}
          rows={radar.buyers.filter((row) => row.siret === siret)}
        />
      ))}
      <Text weight="semibold">Condition sociale obligatoire non appliquée (art. 35)</Text>
      {radar.art35Missing.length === 0 ? (
        <Text>Aucun marché notifié depuis le 22/08/2026 au-dessus des seuils européens sans considération sociale.</Text>
      ) : (
        <ul className={styles.list} aria-label="Marchés sans condition sociale obligatoire">
          {radar.art35Missing.map((flag) => (
            <li key={`${flag.buyer}|${flag.id}`}>
              {names.get(flag.buyer) ?? flag.buyer} · {flag.id} : {formatNumberFr(flag.montant, 0)} € HT notifié le{" "}
              {flag.dateNotification.split("-").reverse().join("/")} (seuil {formatNumberFr(flag.threshold, 0)} € HT)
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
