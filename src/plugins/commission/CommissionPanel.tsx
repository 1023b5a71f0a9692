/**
 * The « Commission » panel: for a meeting date, the open needs with their ranked candidates (the
 * facilitator positions a person; the list only explains), the hours still to place, the people to
 * follow up, each person's path, a new need, and the documents for the partners and the companies.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Input } from "@fluentui/react-components";
import * as React from "react";
import { dayFromIso, isoFromDay, sectionOf, tryDayFromIso } from "../../../domain";
import { reportingSection } from "../../../domain/reporting";
import { ErrorList } from "../../plugin-kit/ui/ErrorList";
import { PanelFrame } from "../../plugin-kit/ui/PanelFrame";
import { useActivePack } from "../../plugin-kit/ui/use-active-pack";
import type { Services } from "../types";
import { CandidatesSection } from "./CandidatesSection";
import { DocumentsSection } from "./DocumentsSection";
import { FollowUpsSection } from "./FollowUpsSection";
import { ForecastSection } from "./ForecastSection";
import { NeedForm } from "./NeedForm";
import { NeedsSection } from "./NeedsSection";
import { PathSection } from "./PathSection";
import { useCommission } from "./use-commission";

export default function CommissionPanel({ services }: { services: Services }): React.JSX.Element {
  const pack = useActivePack(services);
  const today = services.today();
  const [dateText, setDateText] = React.useState(isoFromDay(today));
  const parsed = tryDayFromIso(dateText);
  const date = parsed ?? today;
  const { state, reload } = useCommission(services.workbook, pack, today, date);
  const situations = React.useMemo(
    () => new Map(sectionOf(pack, reportingSection).situations.map((entry) => [entry.code, entry.label])),
    [pack],
  );
  return (
    <PanelFrame
      title="Commission"
      summary="Préparer la commission mensuelle des partenaires : besoins des entreprises, candidats, positionnements, parcours."
    >
      <Field label="Date de la commission" validationMessage={parsed === null ? "indiquez une date qui existe (jj/mm/aaaa)" : undefined}>
        <Input type="date" value={dateText} onChange={(_, data) => setDateText(data.value)} />
      </Field>
      {state.status === "loading" && <span>Lecture du classeur…</span>}
      {state.status === "invalid" && <ErrorList title="À corriger dans le classeur" messages={state.messages} />}
      {state.status === "ready" && (
        <Accordion multiple collapsible defaultOpenItems={["needs"]}>
          <AccordionItem value="needs">
            <AccordionHeader>Besoins ouverts et candidats ({state.meeting.needs.length})</AccordionHeader>
            <AccordionPanel>
              <NeedsSection meeting={state.meeting} workbook={services.workbook} onWritten={reload} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="candidates">
            <AccordionHeader>Candidats et dernière commission ({state.meeting.candidates.length})</AccordionHeader>
            <AccordionPanel>
              <CandidatesSection meeting={state.meeting} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="forecast">
            <AccordionHeader>Heures à placer par mois</AccordionHeader>
            <AccordionPanel>
              <ForecastSection forecast={state.forecast} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="follow-ups">
            <AccordionHeader>Personnes à suivre ({state.meeting.followUps.length})</AccordionHeader>
            <AccordionPanel>
              <FollowUpsSection meeting={state.meeting} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="paths">
            <AccordionHeader>Parcours</AccordionHeader>
            <AccordionPanel>
              <PathSection world={state.world} meeting={state.meeting} situations={situations} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="new-need">
            <AccordionHeader>Nouveau besoin</AccordionHeader>
            <AccordionPanel>
              <NeedForm
                world={state.world}
                companyNames={state.companyNames}
                workbook={services.workbook}
                onWritten={reload}
                defaultStart={dayFromIso(state.meeting.date)}
              />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="documents">
            <AccordionHeader>Documents</AccordionHeader>
            <AccordionPanel>
              <DocumentsSection world={state.world} meeting={state.meeting} date={date} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </PanelFrame>
  );
}
