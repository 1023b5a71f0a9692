/**
 * `clauses size --input FILE|-` : sizes a contract's lots and prints the result as JSON.
 */
import { packRef, parseOrThrow, sectionOf } from "../../../domain";
import { sizeContract, sizingInputSchema, sizingSection } from "../../../domain/sizing";
import { printJson, requireInput } from "../../plugin-kit/cli/arguments";
import type { CommandDefinition } from "../types";

export const sizeCommand: CommandDefinition = {
  summary: "dimensionne les heures d'insertion d'un marché, lot par lot",
  usage: "clauses size --input FICHIER.json   (--input - lit l'entrée standard)",
  options: { input: { type: "string", short: "i" } },
  async run({ values, readJson, stdout, pack, today }) {
    const input = parseOrThrow(sizingInputSchema, await readJson(requireInput(values.input)));
    printJson(stdout, sizeContract(input, sectionOf(pack, sizingSection), packRef(pack), today));
    return 0;
  },
};
