/**
 * `clauses forecast` (hours still to place per contract and per company from a month on) and
 * `clauses commission` (the partners' meeting of a date: needs, ranked candidates, follow-ups),
 * on the territory file every command reads, which gains `needs`, `proposals` and `steps`.
 */
import { dayFromIso, isoFromDay, monthKeyOf } from "../../../domain";
import { commissionMeeting, companyProposals, forecastHours, forecastInput, monthIndex, worldFromJson } from "../../../domain/commission";
import { printJson, requireInput, UsageError } from "../../plugin-kit/cli/arguments";
import type { CommandDefinition } from "../types";

export const forecastCommand: CommandDefinition = {
  summary: "heures restant à placer par mois, par marché et par entreprise, et marchés hors d'atteinte au rythme actuel",
  usage: "clauses forecast --input TERRITOIRE.json [--month AAAA-MM]   (mois en cours par défaut)",
  options: { input: { type: "string", short: "i" }, month: { type: "string" } },
  async run({ values, readJson, stdout, pack, today }) {
    const month = typeof values.month === "string" ? values.month : monthKeyOf(today);
    monthIndex(month, { field: "--month" });
    const world = worldFromJson(await readJson(requireInput(values.input)), pack, today, dayFromIso(`${month}-01`));
    const forecast = forecastHours(forecastInput(world, pack), month);
    printJson(stdout, forecast);
    return 0;
  },
};

export const commissionCommand: CommandDefinition = {
  summary: "commission des partenaires d'une date : besoins ouverts, candidats classés et leurs raisons, personnes à suivre",
  usage: [
    "clauses commission --input TERRITOIRE.json --date AAAA-MM-JJ",
    "                   [--agenda ORDRE-DU-JOUR.docx] [--companies DOSSIER]   (listes par entreprise, sans critère)",
  ].join("\n"),
  options: {
    input: { type: "string", short: "i" },
    date: { type: "string" },
    agenda: { type: "string" },
    companies: { type: "string" },
  },
  async run(context) {
    const { values } = context;
    if (typeof values.date !== "string") throw new UsageError("indiquez la date de la commission avec --date AAAA-MM-JJ");
    const date = dayFromIso(values.date, "--date");
    const world = worldFromJson(await context.readJson(requireInput(values.input)), context.pack, context.today, date);
    const meeting = commissionMeeting(world, context.pack, date);
    const files: string[] = [];
    // docx loads only when a document is asked for: the CLI starts without it.
    const documents = typeof values.agenda === "string" || typeof values.companies === "string" ? await import("./documents") : null;
    if (typeof values.agenda === "string") {
      await context.writeBytes(values.agenda, await documents!.agendaDocx(meeting));
      files.push(values.agenda);
    }
    if (typeof values.companies === "string") {
      for (const list of companyProposals(world, date)) {
        const file = `${values.companies.replace(/\/+$/, "")}/personnes-proposees-${safeName(list.company)}.docx`;
        await context.writeBytes(file, await documents!.companyListDocx(list, isoFromDay(date)));
        files.push(file);
      }
    }
    printJson(context.stdout, files.length > 0 ? { ...meeting, files } : meeting);
    return 0;
  },
};

function safeName(id: string): string {
  return id.replace(/[^\p{L}\p{N}_-]+/gu, "-").replace(/^-+|-+$/g, "") || "entreprise";
}
