/**
 * `clauses decp radar FICHIER.json --buyers SIRET[,SIRET…] [--year AAAA] [--today AAAA-MM-JJ]`: the
 * radar of the territory's buyers from a DECP file, read as a stream. The JSON on stdout is exactly
 * `{ buyers, art35Missing, renewals, rejected }` (`--detail` adds what produced it: rules, options,
 * contracts not followed, each renewal's series and sizing, the rejected records); the read's report
 * and the rejected records, in French, go to stderr.
 */
import { buildRadar, noFilter } from "../../../domain/procurement";
import { printJson } from "../../plugin-kit/cli/arguments";
import type { CommandContext } from "../types";
import { buyersOption, buyerTypesOption, placesOption, readDecpFile, readReport, todayOption, yearOption } from "./cli-options";
import { radarRules } from "./rules";

/**
 * Runs the radar subcommand.
 *
 * @example
 * await runRadar(context, "decp.json") // prints { buyers: [...], art35Missing: [...], renewals: [...], rejected: 2 }
 * @throws DomainError procurement.filter.empty, procurement.siret.invalid, procurement.file.json, procurement.file.shape
 */
export async function runRadar(context: CommandContext, file: string): Promise<number> {
  const asked = buyersOption(context.values.buyers);
  const places = placesOption(context.values.places);
  if (asked.length === 0 && places.length === 0) throw noFilter();
  const year = yearOption(context.values.year);
  const today = todayOption(context.values.today, context.today);
  const read = await readDecpFile(context, file, { buyers: asked, places });
  // With places only, the radar covers every buyer found there, in the order the file gives them.
  const buyers = asked.length > 0 ? asked : [...new Set(read.contracts.map((contract) => contract.buyer))];
  const buyerTypes = buyerTypesOption(context.values["buyer-type"], buyers);
  const radar = buildRadar(read.contracts, radarRules(context.pack), {
    buyers,
    ...(year !== undefined ? { year } : {}),
    today,
    buyerTypes,
  });
  context.stderr(`${readReport(read).join("\n")}\n`);
  const contract = {
    buyers: radar.buyers,
    art35Missing: radar.art35Missing,
    renewals: radar.renewals.map(({ buyer, cpv, lastId, ends, estimatedHours }) => ({ buyer, cpv, lastId, ends, estimatedHours })),
    rejected: read.rejectedCount,
  };
  if (context.values.detail !== true) {
    printJson(context.stdout, contract);
    return 0;
  }
  printJson(context.stdout, {
    ...contract,
    renewalsDetail: radar.renewals,
    notFollowed: radar.notFollowed,
    targets: radar.targets,
    read: { records: read.read, kept: read.contracts.length, skipped: read.skipped, duplicates: read.duplicates, shape: read.shape },
    rejectedRecords: read.rejected,
    rulePack: radar.rulePack,
    options: radar.options,
  });
  return 0;
}
