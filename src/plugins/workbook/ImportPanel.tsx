/**
 * The « Importer » wizard: pick a sheet (or a range of it), check the table and the column mapping the
 * add-in proposes, run the dry run that lists every row it would reject and why, then write the valid
 * rows in one batch. The rejected rows stay in the facilitator's sheet, to fix and import again (rows
 * already imported are recognised and not added twice). State and steps: `useImportWizard`.
 */
import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { ArrowImportRegular, CheckmarkCircleRegular, DocumentTableSearchRegular } from "@fluentui/react-icons";
import * as React from "react";
import { formatNumberFr } from "../../../domain";
import { PanelFrame } from "../../plugin-kit/ui/PanelFrame";
import { WorkProgress } from "../../plugin-kit/ui/WorkProgress";
import type { Services } from "../types";
import { DryRunReport } from "./DryRunReport";
import { canVerify, ImportChoices } from "./ImportChoices";
import { ImportOutcomeView } from "./ImportOutcomeView";
import { SchemaBanner } from "./SchemaBanner";
import { useImportWizard, type ImportWizard } from "./use-import-wizard";

const useStyles = makeStyles({
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "140px" },
});

export default function ImportPanel({ services }: { services: Services }): React.JSX.Element {
  const wizard = useImportWizard(services.workbook);
  const { loaded, choices, result, outcome, busy, work } = wizard;
  const written = outcome?.kind === "written";
  const ready = result?.ready.length ?? 0;
  return (
    <PanelFrame
      title="Importer"
      summary="Reprendre une feuille existante dans un tableau du classeur : le complément propose la correspondance des colonnes, vérifie chaque ligne, puis n'écrit que les lignes valides."
    >
      <SchemaBanner workbook={services.workbook} onUpgraded={wizard.upgraded} />
      <SheetChoice wizard={wizard} />
      {loaded && choices && (
        <>
          <ImportChoices loaded={loaded} choices={choices} onChange={wizard.change} />
          <Button icon={<CheckmarkCircleRegular />} disabled={busy || !canVerify(choices)} onClick={() => void wizard.verify()}>
            Vérifier (essai à blanc)
          </Button>
        </>
      )}
      {work.progress && <WorkProgress {...work.progress} onCancel={work.cancel} />}
      {result && loaded && <DryRunReport result={result} sheet={loaded.source.sheet} />}
      {ready > 0 && !written && (
        <Button appearance="primary" icon={<ArrowImportRegular />} disabled={busy} onClick={() => void wizard.write()}>
          Importer {ready > 1 ? `les ${formatNumberFr(ready, 0)} lignes valides` : "la ligne valide"}
        </Button>
      )}
      <ImportOutcomeView outcome={outcome} rejectedIn={result && result.rejected.length > 0 ? loaded?.source.sheet : undefined} />
    </PanelFrame>
  );
}

/** The sheet to import, an optional range of it, and « Lire la feuille ». */
function SheetChoice({ wizard }: { wizard: ImportWizard }): React.JSX.Element {
  const styles = useStyles();
  return (
    <>
      <div className={styles.row}>
        <Field label="Feuille à importer" className={styles.grow}>
          <Select value={wizard.sheet} onChange={(_, data) => wizard.setSheet(data.value)}>
            {wizard.sheets.map((candidate) => (
              <option key={candidate.name} value={candidate.name}>
                {candidate.name} ({candidate.usedRange})
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Plage (facultatif)" hint="ex. : A3:H40 ; sinon toute la feuille">
          <Input value={wizard.range} size="small" style={{ width: 110 }} onChange={(_, data) => wizard.setRange(data.value)} />
        </Field>
      </div>
      <Button icon={<DocumentTableSearchRegular />} disabled={!wizard.sheet || wizard.busy} onClick={() => void wizard.read()}>
        Lire la feuille
      </Button>
    </>
  );
}
