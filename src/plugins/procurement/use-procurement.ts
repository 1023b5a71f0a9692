/**
 * The state of the « Commande publique » panel, in a reducer: the workbook's tables, the DECP file
 * read, the radar built from it, the contracts selected for Marchés, the screening of the plan.
 */
import * as React from "react";
import { buildRadar, noBuyerSiret, screenPlan, type DecpReadResult, type Radar, type Screening } from "../../../domain/procurement";
import { messagesOf } from "../../plugin-kit/ui/ErrorList";
import { useActivePack } from "../../plugin-kit/ui/use-active-pack";
import type { Services } from "../types";
import { commitWrite, planWrite, readDecpBlob, readPanelTables, type PanelTables } from "./panel-io";
import { radarRules } from "./rules";

export interface ProcurementState {
  tables: PanelTables | null;
  read: DecpReadResult | null;
  radar: Radar | null;
  selected: string[];
  screening: Screening | null;
  busy: boolean;
  messages: string[];
  notice: string | null;
}

type Action =
  | { type: "tables"; tables: PanelTables }
  | { type: "busy" }
  | { type: "read"; read: DecpReadResult; radar: Radar }
  | { type: "toggle"; id: string }
  | { type: "written"; notice: string; tables: PanelTables; radar: Radar | null }
  | { type: "screened"; screening: Screening }
  | { type: "failed"; messages: string[] };

const initial: ProcurementState = {
  tables: null,
  read: null,
  radar: null,
  selected: [],
  screening: null,
  busy: false,
  messages: [],
  notice: null,
};

function reduce(state: ProcurementState, action: Action): ProcurementState {
  switch (action.type) {
    case "tables":
      return { ...state, tables: action.tables };
    case "busy":
      return { ...state, busy: true, messages: [], notice: null };
    case "read":
      return { ...state, busy: false, read: action.read, radar: action.radar, selected: [] };
    case "toggle":
      return {
        ...state,
        selected: state.selected.includes(action.id) ? state.selected.filter((id) => id !== action.id) : [...state.selected, action.id],
      };
    case "written":
      return { ...state, busy: false, notice: action.notice, tables: action.tables, radar: action.radar ?? state.radar, selected: [] };
    case "screened":
      return { ...state, busy: false, screening: action.screening };
    case "failed":
      return { ...state, busy: false, messages: action.messages };
  }
}

/**
 * @example
 * const { state, readFile, toggle, writeSelected, screen } = useProcurement(services);
 */
export function useProcurement(services: Services) {
  const pack = useActivePack(services);
  const rules = React.useMemo(() => radarRules(pack), [pack]);
  const [state, dispatch] = React.useReducer(reduce, initial);
  const fail = (error: unknown) => dispatch({ type: "failed", messages: messagesOf(error) });
  const radarOf = React.useCallback(
    (read: DecpReadResult, tables: PanelTables, year?: number) =>
      buildRadar(read.contracts, rules, {
        buyers: [...tables.buyers.keys()],
        today: services.today(),
        followed: tables.followed,
        ...(year ? { year } : {}),
      }),
    [rules, services],
  );
  React.useEffect(() => {
    readPanelTables(services.workbook).then((tables) => dispatch({ type: "tables", tables }), fail);
  }, [services.workbook]);

  const readFile = async (file: Blob & { name?: string }) => {
    dispatch({ type: "busy" });
    try {
      const tables = await readPanelTables(services.workbook);
      dispatch({ type: "tables", tables });
      if (tables.buyers.size === 0) throw noBuyerSiret();
      const read = await readDecpBlob(file, [...tables.buyers.keys()]);
      dispatch({ type: "read", read, radar: radarOf(read, tables) });
    } catch (error) {
      fail(error);
    }
  };
  const writeSelected = async () => {
    if (!state.read || !state.tables) return;
    dispatch({ type: "busy" });
    try {
      const chosen = state.read.contracts.filter((contract) => state.selected.includes(`${contract.buyer}|${contract.id}`));
      const plan = planWrite(chosen, state.tables, rules);
      const written = await commitWrite(services.workbook, plan);
      const tables = await readPanelTables(services.workbook);
      const rejected = plan.markets.rejected.flatMap((row) => row.reasons);
      const notice = [
        `${written.markets} marché(s) ajouté(s) au tableau Marchés, ${written.companies} entreprise(s) ajoutée(s).`,
        ...rejected,
        ...plan.warnings,
      ].join(" ");
      dispatch({ type: "written", notice, tables, radar: radarOf(state.read, tables) });
    } catch (error) {
      fail(error);
    }
  };
  const screen = async (wanted: string[]) => {
    dispatch({ type: "busy" });
    try {
      const tables = await readPanelTables(services.workbook);
      dispatch({ type: "tables", tables });
      dispatch({ type: "screened", screening: screenPlan(tables.tables, rules, { today: services.today(), wantedTrades: wanted }) });
    } catch (error) {
      fail(error);
    }
  };
  return { state, rules, readFile, writeSelected, screen, toggle: (id: string) => dispatch({ type: "toggle", id }) };
}
