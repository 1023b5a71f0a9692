/**
 * Benchmark of the DECP reader (`npm run bench:decp -- [MEGABYTES]`, default 1024): generates a
 * national-like DECP file of that size in a temporary folder (markets of 5 000 buyers, the
 * territory's two buyers among them), then filters it by two SIRETs in a child process that reads
 * it as a stream, and prints the time and the peak memory of that child (max RSS). Target: peak
 * under 500 MB for 1 GB. The file is removed afterwards.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import { marketRecord, STATE, TERRITORY_MARKETS, TOWN, validSiret } from "../../domain/procurement/test-decp";

const megabytes = Number(process.argv[2] ?? 1024);
const dir = mkdtempSync(path.join(tmpdir(), "clauses-bench-decp-"));
const file = path.join(dir, "decp-national.json");

const OBJECTS = [
  "Nettoyage des locaux",
  "Travaux de peinture",
  "Entretien des espaces verts",
  "Restauration scolaire",
  "Maintenance des ascenseurs",
];
const CPVS = ["90911200", "45442100", "77310000", "55523100", "50750000"];
const SOCIAL = [["Clause sociale"], ["Pas de considération sociale"], ["Critère social"], ["Pas de considération sociale"]];
const buyers = Array.from({ length: 5000 }, (_, index) => validSiret(String(20000000 + index), "0001"));

async function generate(): Promise<number> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write('{"marches":{"marche":[');
  const target = megabytes * 1024 * 1024;
  let written = 0;
  let count = 0;
  while (written < target) {
    const territory = count % 50_000 < TERRITORY_MARKETS.length ? TERRITORY_MARKETS[count % 50_000] : undefined;
    const record = territory
      ? marketRecord({ ...territory, id: `${territory.id}-${Math.floor(count / 50_000)}`.slice(0, 16) })
      : marketRecord({
          id: `N${count}`,
          buyer: buyers[count % buyers.length]!,
          object: `${OBJECTS[count % OBJECTS.length]} — lot ${count % 7} (fourniture, pose et entretien)`,
          cpv: CPVS[count % CPVS.length]!,
          notified: `202${4 + (count % 3)}-0${1 + (count % 9)}-1${count % 10}`,
          months: 12 + (count % 48),
          amount: 40000 + ((count * 7919) % 2_000_000),
          social: SOCIAL[count % SOCIAL.length]!,
          place: String(10000 + (count % 85000)),
        });
    const text = (count === 0 ? "" : ",") + JSON.stringify(record);
    await write(text);
    written += Buffer.byteLength(text);
    count += 1;
  }
  await write('],"contrat-concession":[]}}');
  out.end();
  await once(out, "finish");
  return count;
}

async function main(): Promise<void> {
  const started = performance.now();
  const records = await generate();
  const generatedMs = Math.round(performance.now() - started);
  const size = statSync(file).size;
  const child = spawnSync(process.execPath, ["--import", "tsx", path.join(__dirname, "decp-filter.ts"), file, `${TOWN},${STATE}`], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  rmSync(dir, { recursive: true, force: true });
  if (child.status !== 0) {
    process.stderr.write(child.stderr);
    process.exitCode = 1;
    return;
  }
  const filtered = JSON.parse(child.stdout) as { ms: number; peakRssMb: number; kept: number; read: number; rejected: number };
  process.stdout.write(
    `${JSON.stringify({
      fileMb: Math.round(size / 1024 / 1024),
      records,
      generatedMs,
      filterMs: filtered.ms,
      mbPerSecond: Math.round((size / 1024 / 1024 / filtered.ms) * 1000),
      read: filtered.read,
      kept: filtered.kept,
      rejected: filtered.rejected,
      peakRssMb: filtered.peakRssMb,
      targetPeakMb: 500,
      withinTarget: filtered.peakRssMb < 500,
    })}\n`,
  );
}

void main();
