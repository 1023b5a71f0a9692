/**
 * The README's command-line examples, run as written (in process), so the documentation a newcomer
 * copies keeps working and keeps printing the figures it shows.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { memoryIo } from "../support/memory-io";

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, "..", "..");
const example = (name: string) => path.join(ROOT, "docs", "examples", name);

async function run(args: string[], stdin = ""): Promise<unknown> {
  const io = memoryIo(stdin);
  const code = await main(args, io);
  // stderr may carry notices (« à confirmer », the file written); a failure is the exit code.
  expect({ code, err: code === 0 ? "" : io.err }).toEqual({ code: 0, err: "" });
  return io.out.trim().startsWith("{") || io.out.trim().startsWith("[") ? JSON.parse(io.out) : io.out;
}

describe("the README's examples", () => {
  it("size: 833 h and 350 h, 1 183 h in all, 0.74 FTE", async () => {
    const input = {
      hourlyCost: 30,
      insertionRate: 0.05,
      lots: [
        { id: "1", amount: 1000000, labourShare: 0.5 },
        { id: "2", amount: 300000, trade: "peinture" },
      ],
    };
    expect(await run(["size", "--input", "-"], JSON.stringify(input))).toMatchObject({
      totalHours: 1183,
      fte: 0.74,
      lots: [{ hours: 833 }, { hours: 350 }],
    });
  });

  it("check: required at 250 000 € of services from 15 September 2026", async () => {
    const input = { value: 250000, buyerType: "collectivite", kind: "services", launchDate: "2026-09-15" };
    expect(await run(["check", "--input", "-"], JSON.stringify(input))).toMatchObject({
      required: true,
      threshold: 216000,
      thresholdPeriod: "2026-2027",
    });
  });

  it("draft: the clause of M1 as text and as .docx", async () => {
    expect(await run(["draft", "--input", example("clause-M1.json")])).toContain("600 heures");
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-readme-"));
    await run(["draft", "--input", example("clause-M1.json"), "--format", "docx", "--out", path.join(dir, "clause-M1.docx")]);
    expect(readdirSync(dir)).toEqual(["clause-M1.docx"]);
  });

  it("eligibility: Claire becomes eligible on 1 July 2026", async () => {
    const input = {
      date: "2026-03-02",
      people: [{ id: "C", birthDate: "1979-09-20", qualificationLevel: 5, jobSeekerSince: "2025-07-01" }],
    };
    expect(await run(["eligibility", "--input", "-"], JSON.stringify(input))).toMatchObject({
      people: [{ id: "C", eligible: false, eligibleFrom: "2026-07-01" }],
    });
  });

  it("ventilate and report on the demo territory", async () => {
    const ventilation = (await run(["ventilate", "--input", example("territoire-valriviere.json"), "--policy", "earliest-end"])) as {
      markets: { id: string; total: number }[];
      companies: { company: string; outOfPeriod: number }[];
    };
    expect(ventilation.markets.find((market) => market.id === "M1")?.total).toBe(600);
    expect(ventilation.companies.find((company) => company.company === "BTP-RIVIERE")?.outOfPeriod).toBe(12.9032);
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-readme-"));
    await run([
      "report",
      "--input",
      example("territoire-valriviere.json"),
      "--by",
      "buyer",
      "--audience",
      "buyer",
      "--out",
      dir,
      "--format",
      "xlsx",
    ]);
    expect(readdirSync(dir).sort()).toEqual([
      "bilan-acheteur-DEPT-VAL.xlsx",
      "bilan-acheteur-HABITAT-SUD.xlsx",
      "bilan-acheteur-VILLE-VR.xlsx",
    ]);
  });

  it("statements: one form for BTP-RIVIERE and one for PROPRETE-VR in March 2026, collected (dry run)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-readme-"));
    const made = (await run([
      "statements",
      "make",
      path.join(ROOT, "assets", "demo-territoire.xlsx"),
      "--period",
      "2026-03",
      "--out",
      dir,
    ])) as {
      forms: { company: string; markets: string[]; participants: number }[];
    };
    expect(made.forms.map(({ company, markets, participants }) => ({ company, markets, participants }))).toEqual([
      { company: "BTP-RIVIERE", markets: ["M1", "M2"], participants: 3 },
      { company: "PROPRETE-VR", markets: ["M4"], participants: 2 },
    ]);
    const files = readdirSync(dir).map((name) => path.join(dir, name));
    const collected = (await run(["statements", "collect", path.join(ROOT, "assets", "demo-territoire.xlsx"), ...files, "--dry-run"])) as {
      accepted: unknown[];
      rejected: { column: string }[];
    };
    // Blank forms come back unsigned: nothing is accepted, the attestation is asked for.
    expect(collected.accepted).toEqual([]);
    expect(collected.rejected.map((entry) => entry.column)).toEqual([
      "Nom et prénom du signataire",
      "Date",
      "Nom et prénom du signataire",
      "Date",
    ]);
  });

  it("forecast and commission on the demo territory", async () => {
    const forecast = (await run(["forecast", "--input", example("territoire-valriviere.json"), "--month", "2026-06"])) as {
      markets: { id: string }[];
      companies: { company: string; hoursPerMonth: number; fte: number }[];
    };
    expect(forecast.markets.find((market) => market.id === "M2")).toEqual({
      id: "M2",
      company: "BTP-RIVIERE",
      remaining: 332.9,
      monthsLeft: 4,
      hoursPerMonth: 83.23,
      fte: 0.62,
      reachable: true,
      impossibleFrom: null,
    });
    expect(forecast.companies[0]).toEqual({ company: "BTP-RIVIERE", hoursPerMonth: 126.09, fte: 0.95 });
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-readme-"));
    const meeting = (await run([
      "commission",
      "--input",
      example("territoire-valriviere.json"),
      "--date",
      "2026-12-02",
      "--agenda",
      path.join(dir, "ordre-du-jour.docx"),
    ])) as { needs: { id: string }[] };
    expect(meeting.needs.map((need) => need.id)).toEqual(["B1", "B2"]);
    expect(readdirSync(dir)).toEqual(["ordre-du-jour.docx"]);
  });
});
