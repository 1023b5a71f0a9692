/**
 * The open needs, each with its ranked candidates and the reasons of their rank. « Positionner »
 * records the proposal (decision « en attente ») in Positionnements: the facilitator decides.
 */
import { Button, Text, tokens, makeStyles } from "@fluentui/react-components";
import * as React from "react";
import { frenchDate, proposalsTable } from "../../../domain";
import type { Meeting, NeedAgenda, RankedCandidate } from "../../../domain/commission";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import type { WorkbookPort } from "../../workbook/port";

const useStyles = makeStyles({
  need: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  reasons: { color: tokens.colorNeutralForeground3 },
});

export function NeedsSection({
  meeting,
  workbook,
  onWritten,
}: {
  meeting: Meeting;
  workbook: WorkbookPort;
  onWritten: () => void;
}): React.JSX.Element {
  const [failure, setFailure] = React.useState<string[] | null>(null);
  const [done, setDone] = React.useState<string | null>(null);
  async function propose(need: NeedAgenda, candidate: RankedCandidate): Promise<void> {
    setFailure(null);
    try {
      const prescriber = meeting.candidates.find((person) => person.participant === candidate.participant)?.prescriber;
      await workbook.appendRecords(proposalsTable, [
        {
          need: need.id,
          participant: candidate.participant,
          ...(prescriber ? { prescriber } : {}),
          date: meeting.date,
          decision: "en-attente",
        },
      ]);
      setDone(`${candidate.participant} positionné(e) sur le besoin ${need.id} (décision en attente).`);
      onWritten();
    } catch (error) {
      setFailure(messagesOf(error));
    }
  }
  if (meeting.needs.length === 0) return <Text>Aucun besoin ouvert à cette date.</Text>;
  return (
    <div>
      {failure && <ErrorList title="Positionnement non enregistré" messages={failure} />}
      {done && <Text role="status">{done}</Text>}
      {meeting.needs.map((need) => (
        <NeedCard key={need.id} need={need} onPropose={(candidate) => void propose(need, candidate)} />
      ))}
    </div>
  );
}

/** Candidates shown before « Voir tous les candidats »: the pane stays readable at 350 px. */
const FIRST_CANDIDATES = 3;

function NeedCard({ need, onPropose }: { need: NeedAgenda; onPropose: (candidate: RankedCandidate) => void }): React.JSX.Element {
  const styles = useStyles();
  const [all, setAll] = React.useState(false);
  const shown = all ? need.candidates : need.candidates.slice(0, FIRST_CANDIDATES);
  const where = need.market === null ? "heures mutualisées" : `marché ${need.market}`;
  return (
    <section className={styles.need} aria-label={`Besoin ${need.id}`}>
      <Text weight="semibold">
        {need.id} — {need.company}
        {need.trade ? `, ${need.trade}` : ""}
      </Text>
      <Text size={200}>
        {need.hours} h du {frenchDate(need.start)} au {frenchDate(need.end)} ({where})
      </Text>
      {need.candidates.length === 0 ? (
        <Text size={200}>Aucune personne éligible et disponible à cette date.</Text>
      ) : (
        <ol className={styles.list}>
          {shown.map((candidate) => (
            <li key={candidate.participant}>
              <Text weight="semibold">{candidate.participant}</Text> <Text size={200}>({candidate.score} points)</Text>
              <Text size={200} block className={styles.reasons}>
                {candidate.reasons.join(" ; ")}
              </Text>
              <Button size="small" onClick={() => onPropose(candidate)}>
                Positionner {candidate.participant}
              </Button>
            </li>
          ))}
        </ol>
      )}
      {!all && need.candidates.length > FIRST_CANDIDATES && (
        <Button appearance="subtle" size="small" onClick={() => setAll(true)}>
          Voir tous les candidats ({need.candidates.length})
        </Button>
      )}
    </section>
  );
}
