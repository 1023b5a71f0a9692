/**
 * The « Éligibilité » panel: the single prescription form (writes a row of the Participants
 * table), the check of the selected row with its validations, and the deadlines to come.
 *
 * This is the facilitator's own view: it shows criteria per person. Nothing here is kept outside
 * the workbook (no localStorage, no log): closing the pane forgets the form.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { PersonAddRegular } from "@fluentui/react-icons";
import * as React from "react";
import { decodeTable, packRef, participantsTable, sectionOf } from "../../../domain";
import { eligibilitySection, recordFromFacts } from "../../../domain/eligibility";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import { PanelFrame } from "../../plugin-kit/ui/PanelFrame";
import { useActivePack } from "../../plugin-kit/ui/use-active-pack";
import type { Services } from "../types";
import { DeadlineList } from "./DeadlineList";
import { emptyParticipantDraft, evaluateParticipantDraft, type ParticipantDraft } from "./draft";
import { EligibilityResultView } from "./EligibilityResultView";
import { ParticipantForm } from "./ParticipantForm";
import { SelectedRowCheck } from "./SelectedRowCheck";
import { ValidationForm } from "./ValidationForm";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

type View = "form" | "check" | "deadlines";
type Outcome = { kind: "written"; id: string } | { kind: "failed"; messages: string[] } | null;

/**
 * The panel, loaded lazily by the task pane when « Éligibilité » is chosen.
 *
 * @example
 * <EligibilityPanel services={services} />
 */
export default function EligibilityPanel({ services }: { services: Services }): React.JSX.Element {
  const styles = useStyles();
  const pack = useActivePack(services);
  const rules = sectionOf(pack, eligibilitySection);
  const today = services.today();
  const [view, setView] = React.useState<View>("form");
  const [draft, setDraft] = React.useState<ParticipantDraft>(emptyParticipantDraft);
  const [outcome, setOutcome] = React.useState<Outcome>(null);
  const [writing, setWriting] = React.useState(false);
  const evaluation = React.useMemo(() => evaluateParticipantDraft(draft, rules, today), [draft, rules, today]);
  // An empty form has no verdict yet: « Non éligible » before anything is typed would be a wrong answer.
  const untouched = React.useMemo(() => JSON.stringify(draft) === JSON.stringify(emptyParticipantDraft()), [draft]);
  const set = (patch: Partial<ParticipantDraft>) => {
    setOutcome(null);
    setDraft((current) => ({ ...current, ...patch }));
  };

  async function save(): Promise<void> {
    if (!evaluation.facts) return;
    setWriting(true);
    try {
      const id = evaluation.facts.id;
      const existing = await services.workbook.readTable(participantsTable);
      if (existing) {
        const rows = decodeTable(participantsTable, [existing.headers, ...existing.rows], { firstRow: existing.headerRow + 1 }).rows;
        const same = rows.find((row) => row.values.id === id);
        if (same) {
          setOutcome({
            kind: "failed",
            messages: [
              `« ${id} » existe déjà (ligne ${same.row} du tableau Participants) : modifiez cette ligne, ou choisissez un autre identifiant.`,
            ],
          });
          return;
        }
      }
      await services.workbook.appendRecords(participantsTable, [recordFromFacts(evaluation.facts)]);
      setOutcome({ kind: "written", id });
    } catch (error) {
      setOutcome({ kind: "failed", messages: messagesOf(error) });
    } finally {
      setWriting(false);
    }
  }

  const generalErrors = Object.entries(evaluation.errors)
    .filter(
      ([field]) =>
        ![
          "id",
          "birthDate",
          "qualificationLevel",
          "schoolLeftDate",
          "jobSeekerSince",
          "structure",
          "rqth",
          "firstClauseEntry",
          "derogation",
          "derogationValidatedOn",
        ].includes(field) && !field.startsWith("benefits."),
    )
    .map(([, message]) => message);
  return (
    <PanelFrame
      title="Éligibilité"
      summary="Fiche de prescription unique : les critères de la clause, vérifiés une fois, à une date, sur une seule fiche."
    >
      <TabList size="small" selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)} aria-label="Éligibilité">
        <Tab value="form">Fiche</Tab>
        <Tab value="check">Ligne sélectionnée</Tab>
        <Tab value="deadlines">Échéances</Tab>
      </TabList>
      {view === "form" && (
        <div className={styles.column}>
          <ParticipantForm draft={draft} rules={rules} errors={evaluation.errors} onChange={set} />
          <ErrorList title="À corriger" messages={generalErrors} />
          {evaluation.result && !untouched && (
            <EligibilityResultView
              result={evaluation.result}
              rules={rules}
              rulePack={packRef(pack)}
              dateSource={evaluation.dateFrom === "firstClauseEntry" ? "date de première entrée" : "aujourd'hui"}
            />
          )}
          {draft.id.trim() === "" && <Text size={200}>Saisissez l'identifiant pour enregistrer la fiche.</Text>}
          <Button
            appearance="primary"
            icon={<PersonAddRegular />}
            disabled={writing || !evaluation.facts || draft.id.trim() === ""}
            onClick={() => void save()}
          >
            Enregistrer au tableau Participants
          </Button>
          {outcome?.kind === "written" && (
            <>
              <MessageBar intent="success">
                <MessageBarBody>{outcome.id} ajouté au tableau Participants.</MessageBarBody>
              </MessageBar>
              {evaluation.result && (evaluation.result.criteria.length > 0 || evaluation.result.priority.length > 0) && (
                <ValidationForm
                  result={evaluation.result}
                  rules={rules}
                  rulePack={packRef(pack)}
                  today={today}
                  workbook={services.workbook}
                />
              )}
            </>
          )}
          {outcome?.kind === "failed" && <ErrorList title="Rien n'a été écrit" messages={outcome.messages} />}
        </div>
      )}
      {view === "check" && <SelectedRowCheck workbook={services.workbook} rules={rules} rulePack={packRef(pack)} today={today} />}
      {view === "deadlines" && <DeadlineList workbook={services.workbook} rules={rules} today={today} />}
    </PanelFrame>
  );
}
