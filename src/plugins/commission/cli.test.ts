/**
 * `clauses forecast` and `clauses commission` on the demo territory's JSON (docs/examples), checked
 * against the contract; the territory file with its commission data stays readable by the
 * other commands.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { main } from "../../cli/main";
import { memoryIo } from "../../../test/support/memory-io";

const territory = JSON.parse(
  readFileSync(path.join(__dirname, "..", "..", "..", "docs", "examples", "territoire-valriviere.json"), "utf8"),
);

async function run(args: string[], input: unknown = territory): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(JSON.stringify(input));
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

describe("clauses forecast", () => {
  it("prints the contract's shape: per contract and per company, with the rule pack", async () => {
    const { code, out, err } = await run(["forecast", "--input", "-", "--month", "2026-06"]);
    expect([code, err]).toEqual([0, ""]);
    const forecast = JSON.parse(out);
    expect(forecast.month).toBe("2026-06");
    expect(forecast.rulePack).toMatch(/^national@/);
    expect(Object.keys(forecast.markets[0])).toEqual([
      "id",
      "company",
      "remaining",
      "monthsLeft",
      "hoursPerMonth",
      "fte",
      "reachable",
      "impossibleFrom",
    ]);
    expect(Object.keys(forecast.companies[0])).toEqual(["company", "hoursPerMonth", "fte"]);
  });

  it("follows the stated arithmetic: hoursPerMonth = remaining ÷ monthsLeft, fte = hoursPerMonth ÷ (1 600 ÷ 12)", async () => {
    const forecast = JSON.parse((await run(["forecast", "--input", "-", "--month", "2026-06"])).out);
    const m5 = forecast.markets.find((market: { id: string }) => market.id === "M5");
    // M5 runs April 2026 – March 2027: June to March is 10 months.
    expect(m5.monthsLeft).toBe(10);
    expect(m5.hoursPerMonth).toBeCloseTo(m5.remaining / 10, 2);
    expect(m5.fte).toBeCloseTo(m5.hoursPerMonth / (1600 / 12), 2);
    const btp = forecast.companies.find((company: { company: string }) => company.company === "BTP-RIVIERE");
    const sum = forecast.markets
      .filter((market: { company: string }) => market.company === "BTP-RIVIERE")
      .reduce((total: number, market: { hoursPerMonth: number }) => total + market.hoursPerMonth, 0);
    expect(btp.hoursPerMonth).toBeCloseTo(sum, 2);
  });

  it("refuses a month that is not AAAA-MM with exit 2 and a French message", async () => {
    const { code, err } = await run(["forecast", "--input", "-", "--month", "juin"]);
    expect(code).toBe(2);
    expect(err).toBe("--month : mois invalide « juin » : attendu AAAA-MM (ex. 2026-06)\n");
  });
});

describe("clauses commission", () => {
  it("prints needs with ranked candidates and their reasons, and follow-ups, in the contract's shape", async () => {
    const { code, out, err } = await run(["commission", "--input", "-", "--date", "2026-12-02"]);
    expect([code, err]).toEqual([0, ""]);
    const meeting = JSON.parse(out);
    expect(meeting.date).toBe("2026-12-02");
    // B3 is « pourvu »: only the open needs are on the agenda.
    expect(meeting.needs.map((need: { id: string }) => need.id)).toEqual(["B1", "B2"]);
    const candidate = meeting.needs[0].candidates[0];
    expect(Object.keys(candidate)).toEqual(expect.arrayContaining(["participant", "rank", "reasons"]));
    expect(candidate.rank).toBe(1);
    for (const followUp of meeting.followUps) expect(Object.keys(followUp)).toEqual(expect.arrayContaining(["participant", "kind", "due"]));
  });

  it("never proposes a person who is not eligible on the date or who has left", async () => {
    const meeting = JSON.parse((await run(["commission", "--input", "-", "--date", "2026-12-02"])).out);
    const proposed = new Set(
      meeting.needs.flatMap((need: { candidates: { participant: string }[] }) => need.candidates.map((c) => c.participant)),
    );
    // P005, P007 and P008 have left (exit dates in 2026); P003 is not eligible from their facts alone before July.
    for (const gone of ["P005", "P007", "P008"]) expect(proposed.has(gone)).toBe(false);
  });

  it("writes the agenda and one list per company as .docx files LibreOffice opens; the companies' lists carry no criterion", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-commission-"));
    const agenda = path.join(dir, "ordre-du-jour.docx");
    const { code, err } = await run([
      "commission",
      "--input",
      "-",
      "--date",
      "2026-12-02",
      "--agenda",
      agenda,
      "--companies",
      path.join(dir, "listes"),
    ]);
    expect([code, err]).toEqual([0, ""]);
    const lists = readdirSync(path.join(dir, "listes")).sort();
    expect(lists).toEqual(["personnes-proposees-BTP-RIVIERE.docx"]);
    const profile = pathToFileURL(path.join(dir, "lo-profile")).href;
    const files = [agenda, path.join(dir, "listes", lists[0] as string)];
    const converted = spawnSync(
      "soffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "txt:Text", "--outdir", dir, ...files],
      {
        encoding: "utf8",
        timeout: 90_000,
        env: { ...process.env, HOME: dir },
      },
    );
    expect(converted.status).toBe(0);
    const agendaText = readFileSync(path.join(dir, "ordre-du-jour.txt"), "utf8");
    expect(agendaText).toContain("Diffusion restreinte aux partenaires de la commission");
    expect(agendaText).toContain("Commission des partenaires du 02/12/2026 : ordre du jour");
    const listText = readFileSync(path.join(dir, "personnes-proposees-BTP-RIVIERE.txt"), "utf8");
    expect(listText).toContain("P006 — besoin B3 (Peinture), proposé le 05/08/2026 : retenu(e)");
    for (const word of ["QPV", "prioritaire", "JEUNE", "DELD", "RSA", "PLIE", "critère"]) expect(listText).not.toContain(word);
  }, 120_000);

  it("asks for the meeting date", async () => {
    const { code, err } = await run(["commission", "--input", "-"]);
    expect(code).toBe(2);
    expect(err).toBe("indiquez la date de la commission avec --date AAAA-MM-JJ\n");
  });
});

describe("the territory file with its commission data", () => {
  it("is still read by report, ventilate and eligibility", async () => {
    for (const args of [
      ["report", "--input", "-"],
      ["ventilate", "--input", "-"],
      ["eligibility", "--input", "-", "--date", "2026-06-01"],
    ]) {
      const { code, err } = await run(args);
      expect([args[0], code, err]).toEqual([args[0], 0, ""]);
    }
  });
});
