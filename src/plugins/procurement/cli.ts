/**
 * `clauses decp radar|import …`: the public procurement data (DECP) on the command line.
 */
import { UsageError } from "../../plugin-kit/cli/arguments";
import type { CommandDefinition } from "../types";
import { runRadar } from "./cli-radar";

const USAGE = [
  "clauses decp radar FICHIER.json --buyers SIRET[,SIRET…] | --places CODE,… [--year AAAA] [--today AAAA-MM-JJ] [--buyer-type etat|SIRET=etat,…] [--detail]",
  "       clauses decp import FICHIER.json --into CLASSEUR.xlsx --out NOUVEAU.xlsx [--buyers SIRET,…] [--dry-run]",
  "       clauses decp screen CLASSEUR.xlsx [--wanted METIER,…] [--buyer CODE] [--today AAAA-MM-JJ] [--note NOTE.docx]",
].join("\n");

export const decpCommand: CommandDefinition = {
  summary:
    "données essentielles de la commande publique (DECP) : radar des acheteurs, import des marchés clausés, examen d'une programmation",
  usage: USAGE,
  options: {
    buyers: { type: "string" },
    places: { type: "string" },
    year: { type: "string" },
    today: { type: "string" },
    "buyer-type": { type: "string" },
    detail: { type: "boolean" },
    into: { type: "string" },
    out: { type: "string", short: "o" },
    "dry-run": { type: "boolean" },
    wanted: { type: "string" },
    buyer: { type: "string" },
    note: { type: "string" },
  },
  async run(context) {
    const [action, file, ...extra] = context.positionals;
    if (action !== "radar" && action !== "import" && action !== "screen") {
      throw new UsageError(`indiquez l'action : radar, import ou screen\nUsage : ${USAGE}`);
    }
    if (!file)
      throw new UsageError(
        action === "screen"
          ? "indiquez le classeur : clauses decp screen CLASSEUR.xlsx"
          : `indiquez le fichier DECP (JSON) : clauses decp ${action} FICHIER.json …`,
      );
    if (extra.length > 0) throw new UsageError(`un seul fichier DECP à la fois (reçu aussi « ${extra.join(" ")} »)`);
    if (action === "radar") return runRadar(context, file);
    if (action === "screen") return (await import("./cli-screen")).runScreen(context, file);
    const { runImport } = await import("./cli-import");
    return runImport(context, file);
  },
};
