/**
 * The people to follow up before the next meeting: situations at 6 months, pending proposals,
 * countable windows closing, ended steps with nothing after them.
 */
import { Text } from "@fluentui/react-components";
import * as React from "react";
import { frenchDate } from "../../../domain";
import type { Meeting } from "../../../domain/commission";
import { FOLLOW_UP_LABELS } from "./labels";

export function FollowUpsSection({ meeting }: { meeting: Meeting }): React.JSX.Element {
  if (meeting.followUps.length === 0) return <Text>Personne à suivre avant la prochaine commission.</Text>;
  return (
    <ul aria-label="Personnes à suivre">
      {meeting.followUps.map((item) => (
        <li key={`${item.participant}-${item.kind}-${item.due}`}>
          <Text weight="semibold">{item.participant}</Text> — {FOLLOW_UP_LABELS[item.kind]}, échéance le {frenchDate(item.due)} :{" "}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
