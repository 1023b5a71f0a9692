/**
 * One person's path: steps in date order (jobs from Heures, trainings and support from Étapes),
 * the gaps between them, the hours credited per contract thanks to pooling; and the territory's
 * fragmented paths.
 */
import { Text } from "@fluentui/react-components";
import * as React from "react";
import { formatNumberFr, frenchDate } from "../../../domain";
import { ReferencePicker, type PickOption } from "../../plugin-kit/ui/ReferencePicker";
import { personPath, type CommissionWorld, type Meeting, type PersonPath } from "../../../domain/commission";

const byCode = (a: PickOption, b: PickOption) => a.code.localeCompare(b.code);

const KIND_LABELS: Record<string, string> = { emploi: "Emploi", formation: "Formation", accompagnement: "Accompagnement" };

export function PathSection({
  world,
  meeting,
  situations,
}: {
  world: CommissionWorld;
  meeting: Meeting;
  situations: ReadonlyMap<string, string>;
}): React.JSX.Element {
  // Participants are pseudonymous: the identifier is both the code and what the facilitator reads.
  const ids = React.useMemo(() => world.people.map((person) => ({ code: person.id, label: person.id })).sort(byCode), [world]);
  const [chosen, setChosen] = React.useState<string | null>(null);
  const path = React.useMemo(() => (chosen ? personPath(world, chosen) : null), [world, chosen]);
  return (
    <div>
      <ReferencePicker
        label="Participant"
        placeholder="Tapez un identifiant"
        options={ids}
        value={chosen ?? ""}
        onChange={(id) => setChosen(id || null)}
      />
      {path && (
        <ol aria-label={`Parcours de ${path.participant}`}>
          {timeline(path).map((entry) => (
            <li key={entry.key}>{entry.text}</li>
          ))}
        </ol>
      )}
      {path?.exit && <Text block>{exitSentence(path.exit, situations)}</Text>}
      {path && path.hoursByMarket.length > 0 && (
        <Text block>
          Heures comptées par marché : {path.hoursByMarket.map((entry) => `${entry.market} ${formatNumberFr(entry.hours)} h`).join(", ")}.
        </Text>
      )}
      <Text block weight="semibold">
        Parcours morcelés :{" "}
        {meeting.fragmented.length === 0
          ? "aucun"
          : meeting.fragmented.map((item) => `${item.participant} (${item.shortSteps} étapes courtes)`).join(", ")}
      </Text>
    </div>
  );
}

/** Steps and gaps in date order, as sentences. */
function timeline(path: PersonPath): { key: string; start: string; text: string }[] {
  const steps = path.steps.map((step, index) => ({
    key: `step-${index}`,
    start: step.start,
    text: `${KIND_LABELS[step.kind]}${step.organisation ? ` chez ${step.organisation}` : ""} du ${frenchDate(step.start)} au ${frenchDate(step.end)}${step.hours === undefined ? "" : ` (${formatNumberFr(step.hours)} h)`}`,
  }));
  const gaps = path.gaps.map((gap) => ({
    key: `gap-${gap.from}`,
    start: gap.from,
    text: `Sans étape du ${frenchDate(gap.from)} au ${frenchDate(gap.to)} (${gap.days} jours)`,
  }));
  return [...steps, ...gaps].sort((a, b) => a.start.localeCompare(b.start));
}

function exitSentence(exit: NonNullable<PersonPath["exit"]>, situations: ReadonlyMap<string, string>): string {
  const label = (code: string) => situations.get(code) ?? code;
  const when = exit.date ? `Sortie le ${frenchDate(exit.date)}` : "Sortie";
  const situation = exit.situation ? ` (situation : ${label(exit.situation)})` : "";
  const after = exit.after6Months ? `, situation à 6 mois : ${label(exit.after6Months)}` : ", situation à 6 mois à recueillir";
  return `${when}${situation}${after}.`;
}
