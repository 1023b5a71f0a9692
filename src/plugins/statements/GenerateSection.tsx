/**
 * Generating the month's forms: the companies due one (all ticked), one .xlsx each or one .zip.
 */
import { Button, Checkbox, MessageBar, MessageBarBody, Switch, Text } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import * as React from "react";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import type { Services } from "../types";
import { downloadFile } from "../../plugin-kit/ui/download";
import { ZIP_TYPE } from "./download";
import { XLSX_TYPE } from "./form-xlsx";
import { generateForms } from "./statements-session";

interface Props {
  services: Services;
  period: string;
  due: { id: string; name: string }[];
  onDone: () => void;
}

/**
 * @example
 * <GenerateSection services={services} period="2026-03" due={[{ id: "BTP-RIVIERE", name: "BTP Rivière SAS" }]} onDone={reload} />
 */
export function GenerateSection({ services, period, due, onDone }: Props): React.JSX.Element {
  const [excluded, setExcluded] = React.useState<ReadonlySet<string>>(new Set());
  const [zip, setZip] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<{ files: string[] } | { messages: string[] } | null>(null);
  const chosen = due.filter((company) => !excluded.has(company.id)).map((company) => company.id);
  const toggle = (id: string, on: boolean) =>
    setExcluded((current) => {
      const next = new Set(current);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });
  const generate = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const files = await generateForms(services.workbook, period, chosen, services.today(), zip);
      for (const file of files) downloadFile(file.bytes, file.name, file.name.endsWith(".zip") ? ZIP_TYPE : XLSX_TYPE);
      setOutcome({ files: files.map((file) => file.name) });
      onDone();
    } catch (error) {
      setOutcome({ messages: messagesOf(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-label="Générer les relevés">
      <Text as="h3" weight="semibold" block>
        Générer les relevés
      </Text>
      {due.length === 0 && <Text block>Aucune entreprise n'a de marché avec clause actif ce mois-ci.</Text>}
      {due.map((company) => (
        <Checkbox
          key={company.id}
          label={`${company.name} (${company.id})`}
          checked={!excluded.has(company.id)}
          onChange={(_, data) => toggle(company.id, data.checked === true)}
        />
      ))}
      <Switch label="Un seul fichier .zip" checked={zip} onChange={(_, data) => setZip(data.checked)} />
      <Button appearance="primary" icon={<ArrowDownloadRegular />} disabled={busy || chosen.length === 0} onClick={() => void generate()}>
        Générer et télécharger
      </Button>
      {outcome && "files" in outcome && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody aria-label="Relevés générés">
            Téléchargé : {outcome.files.join(", ")}. Envoi noté dans le tableau Relevés.
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && "messages" in outcome && <ErrorList title="Génération impossible" messages={outcome.messages} />}
    </section>
  );
}
