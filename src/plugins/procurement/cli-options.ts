/**
 * Reading the options of `clauses decp …`: SIRET lists, places, buyer types, year, day, and the DECP
 * file itself (streamed).
 */
import { BUYER_TYPE_CODES, type BuyerType } from "../../../domain/drafting";
import { dayFromIso, DomainError, type Day } from "../../../domain";
import { badSiret, DecpReader, type DecpFilter, type DecpReadResult } from "../../../domain/procurement";
import { UsageError } from "../../plugin-kit/cli/arguments";
import type { CommandContext } from "../types";

const list = (value: string | boolean | undefined) =>
  typeof value === "string"
    ? value
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean)
    : [];

/**
 * The SIRETs of `--buyers` (14 digits each, spaces allowed).
 *
 * @example
 * buyersOption("21310001800012, 13000123500059") // => ["21310001800012", "13000123500059"]
 * @throws DomainError procurement.siret.invalid
 */
export function buyersOption(value: string | boolean | undefined): string[] {
  return list(value).map((text) => {
    const digits = text.replace(/\s/g, "");
    if (!/^\d{14}$/.test(digits)) throw badSiret(text, "--buyers");
    return digits;
  });
}

/**
 * `--places 31,09` : place codes (a département matches its postal and commune codes).
 *
 * @example
 * placesOption("31, 09") // => ["31", "09"]
 */
export function placesOption(value: string | boolean | undefined): string[] {
  return list(value);
}

/**
 * `--buyer-type etat` (every buyer) or `--buyer-type SIRET=etat,SIRET=entite-adjudicatrice`.
 *
 * @example
 * buyerTypesOption("13000123500059=etat", ["13000123500059"]) // => { "13000123500059": "etat" }
 * @throws DomainError procurement.buyerType.invalid
 */
export function buyerTypesOption(value: string | boolean | undefined, buyers: readonly string[]): Record<string, BuyerType> {
  const known = BUYER_TYPE_CODES as readonly string[];
  const check = (code: string): BuyerType => {
    if (known.includes(code)) return code as BuyerType;
    throw new DomainError("procurement.buyerType.invalid", `type d'acheteur inconnu « ${code} » (possibles : ${known.join(", ")})`, {
      field: "--buyer-type",
    });
  };
  const types: Record<string, BuyerType> = {};
  for (const item of list(value)) {
    const [siret, code] = item.includes("=") ? (item.split("=") as [string, string]) : [null, item];
    if (siret === null) for (const buyer of buyers) types[buyer] = check(code);
    else types[buyersOption(siret)[0]!] = check(code.trim());
  }
  return types;
}

/**
 * `--year 2026`.
 *
 * @example
 * yearOption("2026") // => 2026
 * yearOption(undefined) // => undefined
 */
export function yearOption(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !/^\d{4}$/.test(value))
    throw new UsageError(`--year attend une année sur quatre chiffres (reçu « ${String(value)} »)`);
  return Number(value);
}

/**
 * `--today 2026-12-01` (the reference day of the renewals), else today.
 *
 * @example
 * todayOption("2026-12-01", today) // => dayFromIso("2026-12-01")
 */
export function todayOption(value: string | boolean | undefined, today: Day): Day {
  return typeof value === "string" ? dayFromIso(value, "--today") : today;
}

/**
 * Streams a DECP file through the reader (whole read when the context cannot stream).
 *
 * @example
 * const result = await readDecpFile(context, "decp.json", { buyers: ["21310001800012"] });
 */
export async function readDecpFile(context: CommandContext, path: string, filter: DecpFilter): Promise<DecpReadResult> {
  const reader = new DecpReader(filter, `« ${path} »`);
  if (context.readChunks) {
    for await (const chunk of context.readChunks(path)) reader.write(chunk);
  } else {
    let bytes: Uint8Array;
    try {
      bytes = await context.readBytes(path);
    } catch {
      throw new UsageError(`impossible de lire le fichier « ${path} » (vérifiez le chemin)`);
    }
    reader.write(bytes);
  }
  return reader.end();
}

/**
 * The French lines of a read's report (stderr): what was read, kept, set aside, and why each bad record was.
 *
 * @example
 * readReport(result) // => ["24 enregistrement(s) lus : 19 retenus, 3 hors du territoire, 2 rejetés.", "marche n° 22 « V26-BAD1 » : codeCPV : …"]
 */
export function readReport(result: DecpReadResult): string[] {
  const kept = result.contracts.length;
  const lines = [
    `${result.read} enregistrement(s) lus : ${kept} retenu(s), ${result.skipped} hors du territoire, ${result.rejectedCount} rejeté(s)${result.duplicates ? `, ${result.duplicates} en double` : ""}.`,
  ];
  for (const bad of result.rejected) {
    const name = `${bad.list} n° ${bad.index + 1}${bad.id ? ` « ${bad.id} »` : ""}`;
    for (const reason of bad.reasons) lines.push(`${name} : ${reason}`);
  }
  if (result.rejectedCount > result.rejected.length)
    lines.push(`… et ${result.rejectedCount - result.rejected.length} autre(s) enregistrement(s) rejeté(s).`);
  return lines;
}
