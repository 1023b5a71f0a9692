/**
 * The choices step of the wizard, once the sheet is read: the target table, the mapping of each
 * column, and, when the sheet's text dates could be read two ways, their order.
 */
import { Field, Radio, RadioGroup, Select, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { DateOrder, TableDef } from "../../../domain";
import { bothReadings, mappingProblems, sheetDateOrder, sourceHeaders, type ColumnMapping } from "../../../domain/import";
import { ErrorList } from "../../plugin-kit/ui/ErrorList";
import { remap, targetTables, type LoadedSource } from "./import-session";
import { MappingEditor } from "./MappingEditor";

export interface Choices {
  table: TableDef;
  mapping: ColumnMapping;
  dateOrder?: DateOrder;
}

export interface ImportChoicesProps {
  loaded: LoadedSource;
  choices: Choices;
  onChange: (patch: Partial<Choices>) => void;
}

/**
 * Whether the choices let the dry run start (every required column fed, no column fed twice).
 *
 * @example
 * canVerify(choices) // => false while « Entreprise » is fed by nothing
 */
export function canVerify(choices: Choices): boolean {
  return mappingProblems(choices.table, choices.mapping).length === 0;
}

/**
 * @example
 * <ImportChoices loaded={loaded} choices={choices} onChange={change} />
 */
export function ImportChoices({ loaded, choices, onChange }: ImportChoicesProps): React.JSX.Element {
  const { source } = loaded;
  const header = source.values[source.headerIndex] ?? [];
  return (
    <>
      <Text size={200} style={{ color: tokens.colorNeutralForeground3 }}>
        Plage {loaded.address} : en-têtes lus ligne {source.firstRow + source.headerIndex}.
      </Text>
      <Field label="Tableau de destination">
        <Select
          value={choices.table.name}
          onChange={(_, data) => {
            const table = targetTables.find((candidate) => candidate.name === data.value) ?? choices.table;
            onChange({ table, mapping: remap(loaded, table) });
          }}
        >
          {targetTables.map((table) => (
            <option key={table.name} value={table.name}>
              {table.sheet}
            </option>
          ))}
        </Select>
      </Field>
      <MappingEditor
        table={choices.table}
        headers={sourceHeaders(header, source.firstColumn)}
        sample={source.values[source.headerIndex + 1] ?? []}
        mapping={choices.mapping}
        onChange={(index, key) => onChange({ mapping: choices.mapping.map((current, position) => (position === index ? key : current)) })}
      />
      <DateOrderField loaded={loaded} choices={choices} onChange={onChange} />
      <ErrorList title="Correspondance incomplète" messages={mappingProblems(choices.table, choices.mapping)} />
    </>
  );
}

/** Asks for the order of text dates only when the sheet does not prove it (or the facilitator already chose). */
function DateOrderField({ loaded, choices, onChange }: ImportChoicesProps): React.JSX.Element | null {
  const decision = sheetDateOrder(loaded.source, choices);
  if (!decision.example || (!decision.chosen && decision.order !== null)) return null;
  return (
    <Field
      label="Ordre des dates écrites en texte"
      hint={`« ${decision.example} » peut se lire ${bothReadings(decision.example)} : le complément ne devine pas.`}
      validationState={decision.order === null ? "warning" : "none"}
      validationMessage={decision.order === null ? "Choisissez l'ordre, sinon ces lignes sont rejetées." : undefined}
    >
      <RadioGroup value={choices.dateOrder ?? ""} onChange={(_, data) => onChange({ dateOrder: data.value as DateOrder })}>
        <Radio value="dmy" label="Jour/mois (JJ/MM/AAAA)" />
        <Radio value="mdy" label="Mois/jour (MM/JJ/AAAA)" />
      </RadioGroup>
    </Field>
  );
}
