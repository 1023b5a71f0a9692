/**
 * Privacy by construction in the bilans' code: nothing leaves the machine or lands in browser
 * storage or logs; the pipeline writes only the add-in's Bilans table; exports refuse the
 * facilitator's view whoever asks.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { bilansTable } from "../../../domain";
import { releasesTable } from "../../../domain/reporting";
import { reportingPlugin } from ".";

const ROOT = path.join(__dirname, "..", "..", "..");
const sources = ["domain/reporting", "src/plugins/reporting"].flatMap((folder) =>
  readdirSync(path.join(ROOT, folder))
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
    .map((name) => path.join(folder, name)),
);

describe("privacy of the bilans", () => {
  it.each(sources)("%s keeps nothing outside the workbook and logs nothing", (file) => {
    // Code only: comments may explain what is not done.
    const text = readFileSync(path.join(ROOT, file), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect(text).not.toMatch(
      /localStorage|sessionStorage|indexedDB|document\.cookie|console\.|fetch\(|XMLHttpRequest|sendBeacon|WebSocket/,
    );
  });

  it("writes the Bilans table and the register of releases as its add-in tables, and the user's tables only for the purge", () => {
    expect(reportingPlugin.tables.writes[0]).toBe(bilansTable);
    const others = reportingPlugin.tables.writes.slice(1).filter((table) => table !== releasesTable);
    expect(others.every((table) => table.owner === "user")).toBe(true);
    expect(releasesTable.owner).toBe("addin");
  });
});
