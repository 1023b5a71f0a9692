/**
 * Everyone who can be proposed on the meeting's date, with what they look for and how long their
 * hours still count; and the last meeting's proposals with their decision.
 */
import { Text } from "@fluentui/react-components";
import * as React from "react";
import { frenchDate } from "../../../domain";
import type { Candidate, Meeting } from "../../../domain/commission";
import { DECISION_LABELS } from "./labels";

export function CandidatesSection({ meeting }: { meeting: Meeting }): React.JSX.Element {
  return (
    <div>
      {meeting.candidates.length === 0 ? (
        <Text block>Personne n&apos;est éligible et disponible à cette date.</Text>
      ) : (
        <ul aria-label="Candidats">
          {meeting.candidates.map((candidate) => (
            <li key={candidate.participant}>
              <Text weight="semibold">{candidate.participant}</Text> — {describe(candidate)}
            </li>
          ))}
        </ul>
      )}
      <Text block weight="semibold">
        {meeting.lastMeeting ? `Commission du ${frenchDate(meeting.lastMeeting.date)}` : "Pas de commission précédente"}
      </Text>
      {meeting.lastMeeting && (
        <ul aria-label="Positionnements de la dernière commission">
          {meeting.lastMeeting.proposals.map((proposal) => (
            <li key={`${proposal.need}-${proposal.participant}`}>
              {proposal.participant} sur le besoin {proposal.need} : {DECISION_LABELS[proposal.decision]}
              {proposal.reason ? ` (${proposal.reason})` : ""}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function describe(candidate: Candidate): string {
  const parts = [
    candidate.tradesWanted.length > 0 ? `souhaite : ${candidate.tradesWanted.join(", ")}` : "métiers souhaités non renseignés",
    candidate.availableFrom ? `disponible le ${frenchDate(candidate.availableFrom)}` : "disponibilité non renseignée",
    candidate.countableUntil
      ? `heures comptabilisables jusqu'au ${frenchDate(candidate.countableUntil)} (au plus ${candidate.hoursCountableLeft} h à temps plein)`
      : "heures comptabilisables sans date de fin connue",
    ...(candidate.prescriber ? [`prescripteur : ${candidate.prescriber}`] : []),
    ...(candidate.currentStep ? [`étape en cours jusqu'au ${frenchDate(candidate.currentStep.end)}`] : []),
  ];
  return parts.join(" ; ");
}
