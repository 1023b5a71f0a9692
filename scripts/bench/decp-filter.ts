/**
 * The measured part of `bench:decp`, alone in its process so its peak memory is the reader's:
 * streams FILE through the DECP reader keeping the buyers given, prints time and max RSS as JSON.
 */
import { createReadStream } from "node:fs";
import { DecpReader } from "../../domain/procurement";

const [file, buyers] = process.argv.slice(2) as [string, string];
async function main(): Promise<void> {
  const started = performance.now();
  const reader = new DecpReader({ buyers: buyers.split(",") }, file);
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) reader.write(chunk as Buffer);
  const result = reader.end();
  const ms = Math.round(performance.now() - started);
  // maxRSS is in kilobytes: the true peak of the process, not a sample.
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify({ ms, peakRssMb, kept: result.contracts.length, read: result.read, rejected: result.rejectedCount }));
}

void main();
