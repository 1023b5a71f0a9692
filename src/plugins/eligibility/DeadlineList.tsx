/**
 * « Échéances »: people whose validation or counting window ends within the coming days (60 by
 * default), soonest first, so the facilitator re-validates or plans a next step in time.
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { Day } from "../../../domain";
import { DEFAULT_DEADLINE_HORIZON_DAYS, upcomingDeadlines, type Deadline, type EligibilityRules } from "../../../domain/eligibility";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import type { WorkbookPort } from "../../workbook/port";
import { frenchDate } from "./labels";
import { readWorkbookEligibility } from "./read-workbook";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  bar: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "end" },
});

export interface DeadlineListProps {
  workbook: WorkbookPort;
  rules: EligibilityRules;
  today: Day;
}

/**
 * @example
 * <DeadlineList workbook={services.workbook} rules={rules} today={today} />
 */
export function DeadlineList({ workbook, rules, today }: DeadlineListProps): React.JSX.Element {
  const styles = useStyles();
  const [horizon, setHorizon] = React.useState(String(DEFAULT_DEADLINE_HORIZON_DAYS));
  const [state, setState] = React.useState<{ deadlines: Deadline[]; errors: string[] } | null>(null);
  const days = /^\d{1,4}$/.test(horizon.trim()) ? Number(horizon) : null;

  const refresh = React.useCallback(async () => {
    if (days === null) return;
    try {
      const read = await readWorkbookEligibility(workbook, rules, today);
      setState({
        deadlines: upcomingDeadlines(read.results, read.history, today, days),
        errors: read.errors.map((error) => error.message),
      });
    } catch (error) {
      setState({ deadlines: [], errors: messagesOf(error) });
    }
  }, [workbook, rules, today, days]);

  React.useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <div className={styles.column}>
      <div className={styles.bar}>
        <Field label="Échéances dans les (jours)" validationMessage={days === null ? "un nombre de jours est attendu" : undefined}>
          <Input inputMode="numeric" value={horizon} onChange={(_, data) => setHorizon(data.value)} />
        </Field>
        <Button icon={<ArrowSyncRegular />} onClick={() => void refresh()}>
          Actualiser
        </Button>
      </div>
      {state && state.deadlines.length === 0 && (
        <Text size={200}>Aucune validation ni durée de comptabilisation ne se termine dans ce délai.</Text>
      )}
      {state && state.deadlines.length > 0 && (
        <Table size="small" aria-label="Échéances">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Participant</TableHeaderCell>
              <TableHeaderCell>Échéance</TableHeaderCell>
              <TableHeaderCell>Fin</TableHeaderCell>
              <TableHeaderCell>Jours</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {state.deadlines.map((deadline) => (
              <TableRow key={`${deadline.participant}-${deadline.kind}`}>
                <TableCell>{deadline.participant}</TableCell>
                <TableCell>{deadline.kind === "validation" ? "Fin de validation" : "Fin de comptabilisation"}</TableCell>
                <TableCell>{frenchDate(deadline.endsOn)}</TableCell>
                <TableCell>{deadline.daysLeft}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {state && <ErrorList title="Lignes à corriger (non prises en compte)" messages={state.errors} />}
    </div>
  );
}
