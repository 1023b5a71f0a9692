/**
 * Sharing a territory pack with another guichet: export the workbook's pack as a JSON file, and
 * import one — checked in full, then shown as a diff (value by value, before → after) that the
 * facilitator applies or cancels. Nothing is stored before « Appliquer ».
 */
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { ArrowDownloadRegular, CheckmarkRegular, DismissRegular } from "@fluentui/react-icons";
import * as React from "react";
import { packRef, type RulePack } from "../../../domain";
import { messagesOf } from "../../plugin-kit/ui/ErrorList";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";
import { SETTINGS } from "../../workbook/port";
import { downloadFile } from "../drafting/browser-output";
import type { Services } from "../types";
import { fileUnreadable } from "./errors";
import { ruleChanges, ruleValues, type RuleChange } from "./rule-values";

type Candidate = { json: unknown; pack: RulePack; changes: RuleChange[]; file: string } | null;
export type PackOutcome = { kind: "imported" | "exported"; ref: string } | { kind: "failed"; messages: string[] } | null;

/**
 * @example
 * <PackExchange services={services} pack={pack} show={setOutcome} />
 */
export function PackExchange({
  services,
  pack,
  show,
}: {
  services: Services;
  pack: RulePack;
  show: (outcome: PackOutcome) => void;
}): React.JSX.Element {
  const form = useFormStyles();
  const [candidate, setCandidate] = React.useState<Candidate>(null);

  async function read(file: File | undefined): Promise<void> {
    if (!file) return;
    show(null);
    try {
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch {
        throw fileUnreadable(file.name);
      }
      const next = services.rules.previewTerritoryPack(json);
      const sections = services.rules.sections();
      setCandidate({ json, pack: next, changes: ruleChanges(ruleValues(pack, sections), ruleValues(next, sections)), file: file.name });
    } catch (error) {
      setCandidate(null);
      show({ kind: "failed", messages: messagesOf(error) });
    }
  }

  async function apply(): Promise<void> {
    if (!candidate) return;
    try {
      const imported = await services.rules.importTerritoryPack(candidate.json);
      setCandidate(null);
      show({ kind: "imported", ref: packRef(imported) });
    } catch (error) {
      show({ kind: "failed", messages: messagesOf(error) });
    }
  }

  async function exportPack(): Promise<void> {
    const stored = await services.workbook.readSetting<unknown>(SETTINGS.territoryPack);
    if (stored === undefined) return;
    const name = `paquet-${pack.meta.id}-${pack.meta.version}.json`;
    downloadFile(new TextEncoder().encode(`${JSON.stringify(stored, null, 2)}\n`), name, "application/json");
    show({ kind: "exported", ref: name });
  }

  return (
    <div className={form.stack}>
      <Field
        label="Importer le paquet de votre territoire (JSON)"
        hint="Il complète le paquet national ; il est vérifié en entier, puis ses changements sont montrés avant d'être appliqués."
      >
        <input
          type="file"
          accept=".json,application/json"
          aria-label="Fichier du paquet de règles"
          onChange={(event) => void read(event.target.files?.[0])}
        />
      </Field>
      {candidate && <CandidateDiff candidate={candidate} apply={() => void apply()} cancel={() => setCandidate(null)} />}
      {pack.meta.kind === "territory" && (
        <Button icon={<ArrowDownloadRegular />} onClick={() => void exportPack()}>
          Exporter le paquet du territoire (JSON)
        </Button>
      )}
    </div>
  );
}

function CandidateDiff(props: { candidate: NonNullable<Candidate>; apply: () => void; cancel: () => void }): React.JSX.Element {
  const { candidate } = props;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {candidate.file} : {packRef(candidate.pack)}, {candidate.changes.length} valeur{candidate.changes.length > 1 ? "s" : ""} changée
          {candidate.changes.length > 1 ? "s" : ""}
        </MessageBarTitle>
        <ul aria-label="Changements du paquet" style={{ margin: "4px 0", paddingInlineStart: 18 }}>
          {candidate.changes.map((change) => (
            <li key={change.key}>
              <Text weight="semibold">
                {change.section}, {change.name}
              </Text>{" "}
              : {change.before} → {change.after}
            </li>
          ))}
        </ul>
        <Button appearance="primary" icon={<CheckmarkRegular />} onClick={props.apply}>
          Appliquer ce paquet
        </Button>{" "}
        <Button icon={<DismissRegular />} onClick={props.cancel}>
          Annuler
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}
