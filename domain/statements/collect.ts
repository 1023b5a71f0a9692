/**
 * Collecting returned forms: each one recognised (this guichet, structure intact), its lines checked
 * (see `form-lines.ts`), then sorted into what is accepted, what replaces an earlier version, what
 * is unchanged (the same form collected again), what is rejected, the new people to prescribe and the
 * companies still missing. Nothing is written here: the faces show the report, then write `writes`
 * in one batch.
 */
import { isoFromDay, type Day } from "../dates";
import { DomainError, ValidationFailed } from "../errors";
import { digestOf } from "../provenance";
import { normalizeLabel } from "../text";
import { keyIndex, type Cell, type DecodedRow, type TableRecord, type TablesByName } from "../workbook";
import { alteredForm, formCompanyUnknown, lineProblem, LINE_REASONS, notAForm, otherGuichet, twoVersionsAtOnce } from "./errors";
import { checkLines, FORM_HEADERS, FORM_SHEET, type CheckedLine } from "./form-lines";
import { companiesDue, FORM_LAYOUT, seal, type FormModel, type SealedForm } from "./form-model";
import { formLayout } from "./layout";
import { readPeriod } from "./period";
import { STATEMENT_STATUSES } from "./tables";

/** A returned form as the reader found it in the file. */
export interface ReturnedForm {
  file: string;
  /** The sealed model stored in the form's hidden sheet (parsed JSON), or undefined when absent. */
  sealed: unknown;
  /** The « Relevé » sheet's cells from row 1 (as the core reads cells), or undefined when the sheet is absent. */
  sheet: Cell[][] | undefined;
}

export interface CollectReport {
  accepted: { company: string; period: string; version: number; lines: number; hours: number }[];
  replaced: { company: string; period: string; previousVersion: number }[];
  /** Forms already collected with the same lines: nothing changes. */
  unchanged: { company: string; period: string; version: number; file: string }[];
  rejected: { file: string; sheet: string; row: number; column: string; message: string }[];
  newPeople: { file: string; row: number; participant: string }[];
  missing: { company: string; period: string }[];
}

/** What to write, in one batch. */
export interface CollectWrites {
  /** Lines to append to Heures. */
  hours: TableRecord[];
  /** « Relevé » keys whose earlier lines the new ones replace (removed from Heures in the same batch). */
  replacedStatements: string[];
  participants: TableRecord[];
  names: TableRecord[];
  /** The whole Relevés table, updated. */
  statements: TableRecord[];
}

export interface CollectInput {
  guichet: string;
  /** Decoded tables: Entreprises, Marchés, Participants, Heures, Relevés, NomsEntreprises. */
  tables: TablesByName;
  forms: readonly ReturnedForm[];
  receivedOn: Day;
}

/**
 * The key of a statement in Heures' « Relevé » column.
 *
 * @example
 * statementKey("BTP-RIVIERE", "2026-03") // => "BTP-RIVIERE 2026-03"
 */
export function statementKey(company: string, period: string): string {
  return `${company} ${period}`;
}

/**
 * Recognises every form (refusing the batch when one is not this guichet's or was altered), checks
 * their lines and plans the writes.
 *
 * @example
 * const { report, writes } = collectForms({ guichet, tables, forms, receivedOn: today });
 * report.accepted // => [{ company: "BTP-RIVIERE", period: "2026-03", version: 1, lines: 3, hours: 122 }]
 * @throws ValidationFailed of statements.form.unknown, statements.form.guichet, statements.form.altered, statements.form.company, statements.collect.twice
 */
export function collectForms(input: CollectInput): { report: CollectReport; writes: CollectWrites } {
  const recognised = recognise(input);
  const keys = keyIndex(input.tables);
  const report: CollectReport = { accepted: [], replaced: [], unchanged: [], rejected: [], newPeople: [], missing: [] };
  const writes: CollectWrites = { hours: [], replacedStatements: [], participants: [], names: [], statements: [] };
  const statements = new Map(
    (input.tables["Relevés"] ?? []).map(({ values }) => [statementKey(String(values.company), String(values.period)), { ...values }]),
  );
  const people = new PeopleBook(input.tables);
  const received = isoFromDay(input.receivedOn);
  const seen = new Map<string, { digest: string; file: string }>();
  for (const { form, model } of recognised) {
    const key = statementKey(model.identity.company, model.identity.period);
    const checked = checkForm(form, model, keys);
    if (checked.errors.length > 0) {
      report.rejected.push(...checked.errors.map((error) => rejection(form.file, error)));
      continue;
    }
    const digest = digestOf(checked.lines.map(({ record, newPerson }) => ({ record, newPerson })));
    const earlier = seen.get(key);
    if (earlier && earlier.digest !== digest)
      throw new ValidationFailed([twoVersionsAtOnce(model.identity.company, model.identity.period, [earlier.file, form.file])]);
    seen.set(key, { digest, file: form.file });
    const previous = statements.get(key);
    const previousVersion = typeof previous?.version === "number" && previous.receivedOn !== undefined ? previous.version : 0;
    if (earlier || previous?.contentDigest === digest) {
      report.unchanged.push({
        company: model.identity.company,
        period: model.identity.period,
        version: previousVersion || 1,
        file: form.file,
      });
      continue;
    }
    const version = previousVersion + 1;
    if (previousVersion > 0) {
      report.replaced.push({ company: model.identity.company, period: model.identity.period, previousVersion });
      writes.replacedStatements.push(key);
    }
    let hours = 0;
    for (const line of checked.lines) {
      const participant = line.newPerson ? people.admit(model.identity.company, model.identity.period, line.newPerson, writes) : undefined;
      if (participant && line.newPerson) report.newPeople.push({ file: form.file, row: line.row, participant });
      writes.hours.push({
        ...line.record,
        ...(participant ? { participant } : {}),
        statement: key,
        statementVersion: version,
        receivedOn: received,
      });
      hours += line.record.hours as number;
    }
    hours = Math.round(hours * 100) / 100;
    report.accepted.push({ company: model.identity.company, period: model.identity.period, version, lines: checked.lines.length, hours });
    statements.set(key, {
      ...(previous ?? {}),
      company: model.identity.company,
      period: model.identity.period,
      receivedOn: received,
      version,
      lines: checked.lines.length,
      hours,
      status: STATEMENT_STATUSES.received,
      file: form.file,
      contentDigest: digest,
    });
  }
  writes.statements = [...statements.values()];
  report.missing = missingAfter(
    input.tables,
    recognised.map(({ model }) => model.identity.period),
    statements,
  );
  return { report, writes };
}

/** Every form's identity checked before anything else; all refusals reported together. */
function recognise(input: CollectInput): { form: ReturnedForm; model: SealedForm }[] {
  const errors: DomainError[] = [];
  const companies = new Set((input.tables["Entreprises"] ?? []).map((row) => String(row.values.id)));
  const recognised: { form: ReturnedForm; model: SealedForm }[] = [];
  for (const form of input.forms) {
    const model = sealedModel(form);
    if (model instanceof DomainError) errors.push(model);
    else if (model.identity.guichet !== input.guichet) errors.push(otherGuichet(form.file));
    else if (!companies.has(model.identity.company)) errors.push(formCompanyUnknown(form.file, model.identity.company));
    else {
      const header = form.sheet?.[formLayout(model).linesHeader - 1] ?? [];
      const same =
        FORM_HEADERS.every((text, index) => header[index] === text) &&
        header.slice(FORM_HEADERS.length).every((cell) => cell === null || cell === "");
      if (!same) errors.push(alteredForm(form.file, "les colonnes du tableau des heures ne sont plus celles du relevé"));
      else recognised.push({ form, model });
    }
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
  return recognised;
}

function sealedModel(form: ReturnedForm): SealedForm | DomainError {
  const sealed = form.sealed as Partial<SealedForm> | undefined;
  if (!sealed || typeof sealed !== "object" || typeof sealed.digest !== "string") return notAForm(form.file);
  if (!form.sheet) return alteredForm(form.file, `la feuille « ${FORM_SHEET} » est absente`);
  const { digest, ...model } = sealed;
  if (seal(model as FormModel).digest !== digest) return alteredForm(form.file, "son identification ne correspond plus à son contenu");
  if (model.layout !== FORM_LAYOUT) return alteredForm(form.file, `mise en page ${String(model.layout)} inconnue`);
  return sealed as SealedForm;
}

function checkForm(
  form: ReturnedForm,
  model: SealedForm,
  keys: ReturnType<typeof keyIndex>,
): { lines: CheckedLine[]; errors: DomainError[] } {
  const layout = formLayout(model);
  const cells = form.sheet ?? [];
  const rows = Array.from({ length: layout.lastLine - layout.linesHeader }, (_, index) =>
    (cells[layout.firstLine - 1 + index] ?? []).slice(0, FORM_HEADERS.length),
  );
  const { lines, errors } = checkLines(model, rows, layout.firstLine, keys);
  const attestation = (row: number) => cells[row - 1]?.[1];
  for (const [row, column] of [
    [layout.signatory, "Nom et prénom du signataire"],
    [layout.signedOn, "Date"],
  ] as const) {
    const value = attestation(row);
    // Signed even without a line: « no insertion hour this month » is a statement too.
    if (value === null || value === undefined || value === "")
      errors.push(lineProblem({ table: FORM_SHEET, row, column }, LINE_REASONS.unsigned));
  }
  errors.push(...outsideTable(cells, layout.firstLine, layout.lastLine));
  return { lines, errors };
}

/** Anything written beside or under the lines table would be lost: it is refused, never dropped quietly. */
function outsideTable(cells: readonly (readonly Cell[])[], firstLine: number, lastLine: number): DomainError[] {
  const errors: DomainError[] = [];
  cells.forEach((row, index) => {
    const sheetRow = index + 1;
    if (sheetRow < firstLine || !row) return;
    const from = sheetRow > lastLine ? 0 : FORM_HEADERS.length;
    const column = row.findIndex((cell, position) => position >= from && cell !== null && cell !== undefined && cell !== "");
    if (column >= 0)
      errors.push(lineProblem({ table: FORM_SHEET, row: sheetRow, column: columnLetter(column) }, LINE_REASONS.outsideTable));
  });
  return errors;
}

function columnLetter(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

function rejection(file: string, error: DomainError): CollectReport["rejected"][number] {
  return {
    file,
    sheet: error.where.table ?? FORM_SHEET,
    row: error.where.row ?? 0,
    column: error.where.column ?? "",
    message: error.reason,
  };
}

function missingAfter(
  tables: TablesByName,
  periods: readonly string[],
  statements: ReadonlyMap<string, TableRecord>,
): CollectReport["missing"] {
  const missing: CollectReport["missing"] = [];
  for (const period of [...new Set(periods)].sort()) {
    for (const company of companiesDue(tables, readPeriod(period))) {
      if (statements.get(statementKey(company, period))?.receivedOn === undefined) missing.push({ company, period });
    }
  }
  return missing;
}

/**
 * The people of the workbook by (company, name, birth date), so that a person entered as new twice
 * (a corrected form, two months) becomes one participant.
 */
class PeopleBook {
  private readonly ids: Set<string>;
  private readonly known = new Map<string, string>();

  constructor(tables: TablesByName) {
    const participants: readonly DecodedRow[] = tables["Participants"] ?? [];
    this.ids = new Set(participants.map((row) => String(row.values.id)));
    const births = new Map(participants.map((row) => [String(row.values.id), row.values.birthDate]));
    for (const { values } of tables["NomsEntreprises"] ?? []) {
      const id = String(values.participant);
      this.known.set(this.key(String(values.company), String(values.name), String(births.get(id) ?? "")), id);
    }
  }

  admit(company: string, period: string, person: { name: string; birthDate: string }, writes: CollectWrites): string {
    const key = this.key(company, person.name, person.birthDate);
    const found = this.known.get(key);
    if (found) return found;
    let number = 1;
    const prefix = `${company}-${period.replace("-", "")}-N`;
    while (this.ids.has(`${prefix}${number}`)) number += 1;
    const id = `${prefix}${number}`;
    this.ids.add(id);
    this.known.set(key, id);
    // A participant to prescribe and validate: no eligibility fact, so no countable hour until validated.
    writes.participants.push({ id, birthDate: person.birthDate });
    writes.names.push({ participant: id, company, name: person.name });
    return id;
  }

  private key(company: string, name: string, birthDate: string): string {
    return `${company}\u0000${normalizeLabel(name)}\u0000${birthDate}`;
  }
}
