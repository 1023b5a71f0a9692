/**
 * `npm run demo:xlsx`: writes assets/demo-territoire.xlsx from the demo territory's TypeScript data
 * (src/demo). Run it after changing that data; a test fails while the committed file is out of date.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { buildDemoXlsx, DEMO_XLSX_PATH } from "../src/demo/demo-xlsx";

async function main(): Promise<void> {
  const target = path.join(__dirname, "..", DEMO_XLSX_PATH);
  await writeFile(target, await buildDemoXlsx());
  process.stdout.write(`Classeur de démonstration écrit : ${DEMO_XLSX_PATH}\n`);
}

void main();
