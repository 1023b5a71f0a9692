/**
 * What the Commission panel shows for a meeting date, read through the workbook port (never
 * Excel.run): the tables decoded, the world built once per read, then the meeting and the forecast
 * computed once per date (not on every render).
 */
import * as React from "react";
import {
  decodeTable,
  hoursTable,
  marketsTable,
  monthKeyOf,
  needsTable,
  participantsTable,
  proposalsTable,
  stepsTable,
  validationsTable,
  type DecodedRow,
  type Day,
  type DomainError,
  type RulePack,
  type TableDef,
} from "../../../domain";
import {
  commissionMeeting,
  forecastHours,
  forecastInput,
  worldFromRows,
  type CommissionWorld,
  type Forecast,
  type Meeting,
} from "../../../domain/commission";
import { messagesOf } from "../../plugin-kit/ui/ErrorList";
import { useWorkbookRead } from "../../plugin-kit/ui/use-workbook-read";
import type { WorkbookPort } from "../../workbook/port";

const TABLES = [marketsTable, hoursTable, participantsTable, validationsTable, needsTable, proposalsTable, stepsTable] as const;

export type CommissionRead =
  { status: "loading" } | { status: "ready"; rows: Record<string, DecodedRow[]> } | { status: "invalid"; messages: string[] };

export type CommissionState =
  | { status: "loading" }
  | { status: "invalid"; messages: string[] }
  | { status: "ready"; world: CommissionWorld; meeting: Meeting; forecast: Forecast };

/**
 * @example
 * const { state, reload } = useCommission(services.workbook, pack, today, meetingDay);
 * if (state.status === "ready") state.meeting.needs // => the open needs with their candidates
 */
export function useCommission(
  workbook: WorkbookPort,
  pack: RulePack,
  today: Day,
  date: Day,
): { state: CommissionState; reload: () => void } {
  const { value, reload } = useWorkbookRead<CommissionRead>(workbook, readCommissionTables, { status: "loading" }, (messages) => ({
    status: "invalid",
    messages,
  }));
  const state = React.useMemo<CommissionState>(() => commissionStateOf(value, pack, today, date), [value, pack, today, date]);
  return { state, reload };
}

/**
 * What the panel computes from its read: the world, the meeting of `date` and the forecast from its month.
 *
 * @example
 * commissionStateOf(await readCommissionTables(workbook), pack, today, today).forecast.companies // => hours a month per company
 */
export function commissionStateOf(value: CommissionRead, pack: RulePack, today: Day, date: Day): CommissionState {
  if (value.status !== "ready") return value;
  try {
    const rows = value.rows;
    const tables = {
      markets: rows.Marchés ?? [],
      hours: rows.Heures ?? [],
      participants: rows.Participants ?? [],
      validations: rows.Validations ?? [],
      needs: rows.Besoins ?? [],
      proposals: rows.Positionnements ?? [],
      steps: rows["Étapes"] ?? [],
    };
    const world = worldFromRows(tables, pack, today, date);
    return {
      status: "ready",
      world,
      meeting: commissionMeeting(world, pack, date),
      forecast: forecastHours(forecastInput(world, pack), monthKeyOf(date)),
    };
  } catch (error) {
    return { status: "invalid", messages: messagesOf(error) };
  }
}

/**
 * Reads the tables the panel needs through the port, each decoded with its rows as the sheet numbers them.
 *
 * @example
 * const read = await readCommissionTables(services.workbook); // => { status: "ready", rows: { Marchés: [...], … } }
 */
export async function readCommissionTables(workbook: WorkbookPort): Promise<CommissionRead> {
  const read = await Promise.all(TABLES.map((table) => readRows(workbook, table)));
  const errors: DomainError[] = read.flatMap((result) => result.errors);
  if (errors.length > 0) return { status: "invalid", messages: errors.map((error) => error.message) };
  return { status: "ready", rows: Object.fromEntries(TABLES.map((table, index) => [table.name, read[index]?.rows ?? []])) };
}

async function readRows(workbook: WorkbookPort, table: TableDef): Promise<{ rows: DecodedRow[]; errors: DomainError[] }> {
  const snapshot = await workbook.readTable(table);
  if (!snapshot) return { rows: [], errors: [] };
  return decodeTable(table, [snapshot.headers, ...snapshot.rows], { firstRow: snapshot.headerRow + 1 });
}
