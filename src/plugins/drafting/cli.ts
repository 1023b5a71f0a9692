/**
 * `clauses check --input FILE|-` : is the social condition mandatory? (one contract or a list, answered in order)
 * `clauses draft --input FILE|- [--format text|docx] [--out FILE]` : the clause text, or a .docx.
 */
import { DomainError, packRef, parseOrThrow, sectionOf } from "../../../domain";
import {
  checkInputSchema,
  checkSocialCondition,
  clauseInputSchema,
  clauseText,
  draftClause,
  draftingSection,
} from "../../../domain/drafting";
import { printJson, requireInput, UsageError } from "../../plugin-kit/cli/arguments";
import type { CommandDefinition } from "../types";
import { z } from "zod";
import { eligibilitySection } from "../../../domain/eligibility";

export const checkCommand: CommandDefinition = {
  summary: "dit si la condition sociale est obligatoire (loi Climat et Résilience, art. 35), avec le seuil appliqué",
  usage: "clauses check --input MARCHE.json   (un objet ou une liste ; --input - lit l'entrée standard)",
  options: { input: { type: "string", short: "i" } },
  async run({ values, readJson, stdout, pack }) {
    const json = await readJson(requireInput(values.input));
    const rules = sectionOf(pack, draftingSection);
    const ref = packRef(pack);
    // A list is validated whole first (errors carry `[index].field`), so nothing is printed for a bad list.
    if (Array.isArray(json)) {
      const inputs = parseOrThrow(z.array(checkInputSchema), json);
      const results = inputs.map((input, index) => located(() => checkSocialCondition(input, rules, ref), `[${index}]`));
      printJson(stdout, results);
    } else {
      printJson(stdout, checkSocialCondition(parseOrThrow(checkInputSchema, json), rules, ref));
    }
    return 0;
  },
};

export const draftCommand: CommandDefinition = {
  summary: "rédige la clause sociale (article du CCAP, mention du RC, critère) en texte ou en .docx",
  usage: "clauses draft --input CLAUSE.json [--format text|docx] [--out FICHIER]   (docx exige --out)",
  options: { input: { type: "string", short: "i" }, format: { type: "string", short: "f" }, out: { type: "string", short: "o" } },
  async run({ values, readJson, stdout, stderr, writeBytes, pack }) {
    const format = values.format ?? "text";
    if (format !== "text" && format !== "docx")
      throw new UsageError(`--format : « ${String(format)} » n'est pas un format connu (text ou docx)`);
    const out = typeof values.out === "string" && values.out !== "" ? values.out : undefined;
    if (format === "docx" && !out) throw new UsageError("--format docx écrit un fichier : indiquez-le avec --out FICHIER.docx");
    const input = parseOrThrow(clauseInputSchema, await readJson(requireInput(values.input)));
    const clause = draftClause(input, sectionOf(pack, draftingSection), packRef(pack), sectionOf(pack, eligibilitySection));
    const bytes =
      format === "docx" ? await (await import("./docx")).clauseDocx(clause) : new TextEncoder().encode(`${clauseText(clause)}\n`);
    if (out) {
      await writeBytes(out, bytes);
      stderr(`Clause écrite dans ${out} (en application de ${clause.basis.citation}, paquet ${clause.rulePack}).\n`);
    } else stdout(new TextDecoder().decode(bytes));
    if (clause.unconfirmed.length > 0)
      stderr(`À confirmer avant publication :\n${clause.unconfirmed.map((line) => `- ${line}`).join("\n")}\n`);
    return 0;
  },
};

/** Runs one item of a list, placing its errors under `[index]` so the facilitator finds the line. */
function located<T>(compute: () => T, prefix: string): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof DomainError)
      throw new DomainError(error.code, error.reason, { ...error.where, field: `${prefix}.${error.where.field ?? ""}`.replace(/\.$/, "") });
    throw error;
  }
}
