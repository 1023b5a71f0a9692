/**
 * The whole-workbook pipeline (`clauses run`, and any face that recomputes everything): the standard
 * tables are read and decoded once, checked (references, periods), handed to each plugin's step in
 * order with the results of the steps before; every error of every step is collected; then the tables
 * the add-in owns are written in one batch, or nothing at all if anything went wrong.
 */
import { checkWorkbook, DomainError, errorsOf, packRef, type TableDef, type TableRecord } from "../../domain";
import type { PipelineReport, PipelineRequest, StepStatus } from "../plugins/types";
import { readStandardTables } from "../plugin-kit/workbook/read-tables";
import { tableWrittenTwice, undeclaredTableWritten, userTableWritten } from "./errors";
import { orderSteps } from "./order-steps";

export type { PipelineReport, PipelineRequest, StepStatus };

/**
 * Runs every step on a workbook and writes what they produce, all or nothing.
 *
 * @example
 * const report = await runPipeline({ workbook, plugins, pack, today, options: { policy: "EDF" } });
 * report.ok // => true; report.written // => [{ table: "Ventilation", rows: 96 }, …]
 */
export async function runPipeline(request: PipelineRequest): Promise<PipelineReport> {
  const options = request.options ?? {};
  const report: PipelineReport = {
    ok: false,
    rulePack: packRef(request.pack),
    options,
    read: [],
    steps: [],
    written: [],
    errors: [],
    results: {},
  };
  const ordered = orderSteps(request.plugins);
  const { tables, errors } = await readStandardTables(request.workbook);
  report.read = Object.entries(tables).map(([table, rows]) => ({ table, rows: rows.length }));
  report.errors.push(...errors, ...(errors.length === 0 ? checkWorkbook(tables) : []));
  const writes = new Map<string, { table: TableDef; records: readonly TableRecord[]; plugin: string }>();
  const failed = new Set<string>();
  // Steps never run on a workbook whose cells or references are wrong: they would compute on holes.
  const blocked = report.errors.length > 0;
  for (const { plugin, step, writes: declared } of ordered) {
    if (blocked || (step.after ?? []).some((id) => failed.has(id))) {
      report.steps.push({ plugin, status: "skipped", errors: 0 });
      failed.add(plugin);
      continue;
    }
    const found = await runStep(plugin, () =>
      step.run({ tables, pack: request.pack, today: request.today, options, results: { ...report.results } }),
    );
    report.results[plugin] = found.result;
    for (const write of found.write) {
      const problem = writeProblem(write.table, writes.get(write.table.name)?.plugin, plugin, declared);
      if (problem) found.errors.push(problem);
      else writes.set(write.table.name, { ...write, plugin });
    }
    report.errors.push(...found.errors);
    if (found.errors.length > 0) failed.add(plugin);
    report.steps.push({ plugin, status: found.errors.length > 0 ? "failed" : "done", errors: found.errors.length });
  }
  if (report.errors.length > 0) return report;
  const batch = [...writes.values()].map(({ table, records }) => ({ table, records, mode: "replace" as const }));
  if (batch.length > 0) await request.workbook.writeTables(batch);
  report.written = batch.map(({ table, records }) => ({ table: table.name, rows: records.length }));
  report.ok = true;
  return report;
}

interface StepOutcome {
  result: unknown;
  write: { table: TableDef; records: readonly TableRecord[] }[];
  errors: DomainError[];
}

/** A step's output; a step that throws domain errors fails like one that returns them. */
async function runStep(plugin: string, run: () => unknown): Promise<StepOutcome> {
  try {
    const output = (await run()) as { result?: unknown; write?: StepOutcome["write"]; errors?: readonly DomainError[] };
    return { result: output.result, write: [...(output.write ?? [])], errors: [...(output.errors ?? [])] };
  } catch (thrown) {
    const errors = errorsOf(thrown);
    if (errors.length === 0) throw thrown;
    return { result: undefined, write: [], errors: [...errors] };
  }
}

function writeProblem(
  table: TableDef,
  earlier: string | undefined,
  plugin: string,
  declared: readonly TableDef[],
): DomainError | undefined {
  if (table.owner !== "addin") return userTableWritten(plugin, table.sheet);
  if (earlier) return tableWrittenTwice(earlier, plugin, table.sheet);
  if (!declared.some((candidate) => candidate.name === table.name)) return undeclaredTableWritten(plugin, table.sheet);
  return undefined;
}
