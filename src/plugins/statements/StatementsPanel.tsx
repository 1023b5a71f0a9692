/**
 * The « Relevés » panel: for a month, generate each company's statement form (download one .xlsx per
 * company or one .zip), collect the returned forms (several files at once: dry run, then one batch),
 * and see who is late, with a reminder to send from the facilitator's own mail client.
 */
import { Field, Input } from "@fluentui/react-components";
import * as React from "react";
import { isoFromDay, type Day } from "../../../domain";
import { ErrorList } from "../../plugin-kit/ui/ErrorList";
import { PanelFrame } from "../../plugin-kit/ui/PanelFrame";
import { useWorkbookRead } from "../../plugin-kit/ui/use-workbook-read";
import type { Services } from "../types";
import { CollectSection } from "./CollectSection";
import { GenerateSection } from "./GenerateSection";
import { LateSection } from "./LateSection";
import { panelData, type PanelData } from "./statements-session";

type Read = { status: "loading" } | { status: "ready"; data: PanelData } | { status: "invalid"; messages: string[] };

/** The month before today's (a month's statement is filled once it is over). */
function previousMonth(today: Day): string {
  const [year, month] = isoFromDay(today).split("-").map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
}

/**
 * @example
 * <StatementsPanel services={services} />
 */
export default function StatementsPanel({ services }: { services: Services }): React.JSX.Element {
  const [period, setPeriod] = React.useState(() => previousMonth(services.today()));
  const valid = /^\d{4}-\d{2}$/.test(period);
  const read = React.useCallback(
    (workbook: Services["workbook"]) =>
      valid ? panelData(workbook, period, services.today()) : Promise.reject(new Error("indiquez un mois (AAAA-MM)")),
    [period, valid, services],
  );
  // Stable between renders (the hook reads again when it changes): a new month is a new read.
  const readReady = React.useCallback(
    async (workbook: Services["workbook"]): Promise<Read> => ({ status: "ready", data: await read(workbook) }),
    [read],
  );
  const { value, reload } = useWorkbookRead<Read>(services.workbook, readReady, { status: "loading" }, (messages) => ({
    status: "invalid",
    messages,
  }));
  return (
    <PanelFrame
      title="Relevés"
      summary="Envoyer à chaque entreprise son relevé d'heures du mois, collecter les relevés remplis, relancer les retardataires."
    >
      <Field label="Mois du relevé" hint="AAAA-MM, par exemple 2026-03">
        <Input type="month" value={period} onChange={(_, data) => setPeriod(data.value)} />
      </Field>
      {value.status === "invalid" && <ErrorList title="Lecture du classeur impossible" messages={value.messages} />}
      {value.status === "ready" && (
        <>
          <GenerateSection services={services} period={period} due={value.data.due} onDone={reload} />
          <CollectSection services={services} onWritten={reload} />
          <LateSection late={value.data.late} />
        </>
      )}
    </PanelFrame>
  );
}
