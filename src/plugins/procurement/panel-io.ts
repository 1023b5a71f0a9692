/**
 * What the « Commande publique » panel does with the workbook and the file, free of React: read the
 * tables it needs (through the port), stream a DECP file chosen on disk through the reader (slice by
 * slice: a national file is never held whole), and write the selected contracts to Marchés through
 * the import's dry run.
 */
import {
  buyersTable,
  companiesTable,
  decodeTable,
  marketsTable,
  programmingTable,
  type DomainError,
  type TablesByName,
} from "../../../domain";
import {
  dryRunDecpImport,
  DecpReader,
  type DecpContract,
  type DecpImport,
  type DecpReadResult,
  type RadarRules,
} from "../../../domain/procurement";
import type { WorkbookPort } from "../../workbook/port";

export interface PanelTables {
  tables: TablesByName;
  /** SIRET → buyer code, for the buyers of Acheteurs that have one. */
  buyers: Map<string, string>;
  /** `SIRET|id` of the DECP contracts Marchés already follows. */
  followed: Set<string>;
  errors: DomainError[];
}

/**
 * Reads Acheteurs, Entreprises, Marchés and Programmation (absent tables are empty).
 *
 * @example
 * const { buyers, followed } = await readPanelTables(workbook); // buyers: Map { "99901000200114" => "VILLE-VR", … }
 */
export async function readPanelTables(workbook: WorkbookPort): Promise<PanelTables> {
  const tables: Record<string, TablesByName[string]> = {};
  const errors: DomainError[] = [];
  for (const def of [buyersTable, companiesTable, marketsTable, programmingTable]) {
    const snapshot = await workbook.readTable(def);
    if (!snapshot) continue;
    const decoded = decodeTable(def, [snapshot.headers, ...snapshot.rows], { firstRow: snapshot.headerRow + 1 });
    tables[def.name] = decoded.rows;
    errors.push(...decoded.errors);
  }
  const buyers = new Map<string, string>();
  for (const row of tables.Acheteurs ?? []) if (typeof row.values.siret === "string") buyers.set(row.values.siret, String(row.values.id));
  const codeToSiret = new Map([...buyers].map(([siret, code]) => [code, siret]));
  const followed = new Set<string>();
  for (const row of tables.Marchés ?? []) {
    const siret = codeToSiret.get(String(row.values.buyer));
    if (siret) followed.add(`${siret}|${String(row.values.decpId ?? row.values.id)}`);
  }
  return { tables, buyers, followed, errors };
}

/** Slices read at a time from the file (the reader keeps only the territory's records). */
const SLICE = 4 * 1024 * 1024;

/**
 * Streams a file (a `File` from the picker) through the DECP reader.
 *
 * @example
 * const result = await readDecpBlob(file, [...buyers.keys()]);
 * @throws DomainError procurement.file.json, procurement.file.shape
 */
export async function readDecpBlob(file: Blob & { name?: string }, buyers: readonly string[]): Promise<DecpReadResult> {
  const reader = new DecpReader({ buyers }, `« ${file.name ?? "fichier"} »`);
  for (let offset = 0; offset < file.size; offset += SLICE) reader.write(await bytesOf(file.slice(offset, offset + SLICE)));
  return reader.end();
}

/** A slice's bytes: `Blob.arrayBuffer()` where the webview has it, else a FileReader (older webviews). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === "function") return blob.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const file = new FileReader();
    file.onload = () => resolve(new Uint8Array(file.result as ArrayBuffer));
    file.onerror = () => reject(file.error);
    file.readAsArrayBuffer(blob);
  });
}

/**
 * The dry run of writing some contracts to Marchés (and their holders to Entreprises).
 *
 * @example
 * const plan = planWrite(selected, panelTables, rules);
 */
export function planWrite(contracts: readonly DecpContract[], read: PanelTables, rules: RadarRules): DecpImport {
  return dryRunDecpImport(contracts, read.tables, read.buyers, rules.procurement, rules.sizing);
}

/**
 * Writes the ready rows of a plan in one batch (Entreprises first, for the references), or nothing.
 *
 * @example
 * await commitWrite(workbook, plan) // => { markets: 2, companies: 1 }
 */
export async function commitWrite(workbook: WorkbookPort, plan: DecpImport): Promise<{ markets: number; companies: number }> {
  await workbook.writeTables([
    { table: companiesTable, records: plan.companies.ready.map((row) => row.values), mode: "append" },
    { table: marketsTable, records: plan.markets.ready.map((row) => row.values), mode: "append" },
  ]);
  return { markets: plan.markets.ready.length, companies: plan.companies.ready.length };
}
