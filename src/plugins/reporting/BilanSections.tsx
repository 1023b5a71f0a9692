/**
 * The details of one bilan as folding sections (Fluent `Accordion`), all closed at first: the pane
 * opens on the result (the hours of the bilan, shown above these sections) and fits two screens of
 * a 350 px task pane. A closed section is not rendered at all (Fluent unmounts it), so the charts
 * cost nothing until the facilitator opens them.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { BilanView, FigureTrace as Trace } from "../../../domain/reporting";
import BilanCharts from "./BilanCharts";
import { BilanContracts, BilanEmployment, BilanPeople } from "./BilanFigures";
import { BilanCounting } from "./BilanCounting";
import { FigureTrace } from "./FigureTrace";
import { chartBlocks } from "../../../domain/reporting";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
});

/**
 * @example
 * <BilanSections bilan={view.total} figures={listed} explain={(figure) => engine.trace(choice, -1, figure)} internal traceKey="total" open={open} setOpen={setOpen} />
 */
export function BilanSections(props: {
  bilan: BilanView;
  /** The figures of the bilan that can be explained, listed by the engine (where the base is). */
  figures: readonly [string, string][];
  /** The trace of one figure, computed by the engine (null: it cannot say). */
  explain: (figure: string) => Promise<Trace | null>;
  internal: boolean;
  /** Changes with the bilan shown, so that the explanation of another bilan's figure is not kept. */
  traceKey: string;
  /** The sections open, kept by the panel: a bilan computed again keeps the sections the facilitator opened. */
  open: readonly string[];
  setOpen: (open: string[]) => void;
}): React.JSX.Element {
  const { bilan } = props;
  return (
    <Accordion
      multiple
      collapsible
      aria-label="Détails du bilan"
      openItems={[...props.open]}
      onToggle={(_event, data) => props.setOpen(data.openItems.map(String))}
    >
      <Section value="charts" title="Graphiques">
        <BilanCharts blocks={chartBlocks(bilan)} />
      </Section>
      {bilan.contracts.length > 0 && (
        <Section value="contracts" title={`Marchés (${bilan.contracts.length})`}>
          <BilanContracts bilan={bilan} />
          <BilanCounting bilan={bilan} />
        </Section>
      )}
      <Section value="people" title="Participants">
        <BilanPeople bilan={bilan} />
      </Section>
      <Section value="employment" title="Contrats de travail et modes de réalisation">
        <BilanEmployment bilan={bilan} />
      </Section>
      <Section value="trace" title="Origine d'un chiffre">
        <FigureTrace key={props.traceKey} figures={props.figures} explain={props.explain} internal={props.internal} />
      </Section>
    </Accordion>
  );
}

/**
 * One folding section; also used by the panel for the retention of personal data.
 *
 * @example
 * <Accordion collapsible><Section value="retention" title="Conservation des données personnelles">…</Section></Accordion>
 */
export function Section({ value, title, children }: { value: string; title: string; children: React.ReactNode }): React.JSX.Element {
  const styles = useStyles();
  return (
    <AccordionItem value={value}>
      <AccordionHeader as="h3">{title}</AccordionHeader>
      <AccordionPanel className={styles.panel}>{children}</AccordionPanel>
    </AccordionItem>
  );
}
