/**
 * `clauses ventilate` and `clauses validate`, checked against the issue's contract.
 */
import { requestDigest } from "../../../domain/ventilation";
import { main } from "../../cli/main";
import { runCli } from "../../../test/support/run-cli";
import { memoryIo } from "../../../test/support/memory-io";

const MONTHLY = [100, 120, 150, 150, 160, 160, 80, 40, 120, 60, 50, 30];
const workedExample = {
  markets: [
    { id: "M1", company: "X", start: "2026-01-05", end: "2026-06-30", obligation: 600 },
    { id: "M2", company: "X", start: "2026-03-01", end: "2026-09-30", obligation: 400 },
    { id: "M3", company: "X", start: "2026-05-01", end: "2026-12-31", obligation: 300, pooled: true },
  ],
  lines: MONTHLY.map((hours, index) => {
    const month = String(index + 1).padStart(2, "0");
    return {
      company: "X",
      start: `2026-${month}-01`,
      end: `2026-${month}-${new Date(Date.UTC(2026, index + 1, 0)).getUTCDate()}`,
      hours,
      participant: "P1",
    };
  }),
};

async function run(args: string[], input: unknown): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(typeof input === "string" ? input : JSON.stringify(input));
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

describe("clauses ventilate", () => {
  it("prints the issue's contract for the worked example: contracts in input order, hours to 4 decimals", async () => {
    const { code, out, err } = await run(["ventilate", "--input", "-"], workedExample);
    expect([code, err]).toEqual([0, ""]);
    const output = JSON.parse(out);
    expect(output).toMatchObject({
      policy: "earliest-end",
      spread: "calendar",
      markets: [
        { id: "M1", obligation: 600, direct: 0, ventilated: 600, total: 600, remaining: 0 },
        { id: "M2", obligation: 400, direct: 0, ventilated: 400, total: 400, remaining: 0 },
        { id: "M3", obligation: 300, direct: 0, ventilated: 207.0968, total: 207.0968, remaining: 92.9032 },
      ],
      companies: [{ company: "X", excess: 0, outOfPeriod: 12.9032, notCountable: 0 }],
      rulePack: expect.stringMatching(/^national@/),
    });
    // The native digest is the core's digest of the same request.
    expect(output.inputDigest).toBe(
      requestDigest({
        markets: workedExample.markets.map((market) => ({ ...market, pooled: true })),
        lines: workedExample.lines,
        windows: [],
      }),
    );
    expect(output.allocations).toBeUndefined();
  });

  it("lets the command line's policy win over the file's, and spreads over working days on request", async () => {
    const fromFile = JSON.parse((await run(["ventilate", "--input", "-"], { ...workedExample, policy: "pro-rata" })).out);
    expect(fromFile.policy).toBe("pro-rata");
    expect(fromFile.markets[0].total).toBe(534.7891);
    const overridden = JSON.parse(
      (
        await run(["ventilate", "--input", "-", "--policy", "earliest-end", "--spread", "workdays"], {
          ...workedExample,
          policy: "pro-rata",
        })
      ).out,
    );
    expect(overridden).toMatchObject({ policy: "earliest-end", spread: "workdays" });
    expect(overridden.markets[0].total).toBe(600);
    // 1 January (a holiday) and the weekend of 3–4 January leave only 2 January before M1 starts: 100 h ÷ 21 working days.
    expect(overridden.companies[0].outOfPeriod).toBe(4.7619);
  });

  it("adds, with --detail, contract × participant × month allocations adding up to each total, and the hours set aside", async () => {
    const output = JSON.parse((await run(["ventilate", "--input", "-", "--detail"], workedExample)).out);
    const m3 = output.allocations.filter((row: { market: string }) => row.market === "M3");
    expect(m3[0]).toEqual({ market: "M3", participant: "P1", month: "2026-09", hours: 67.0968 });
    expect(m3.reduce((sum: number, row: { hours: number }) => sum + row.hours, 0)).toBeCloseTo(207.0968, 9);
    expect(output.setAside).toEqual([{ company: "X", participant: "P1", month: "2026-01", kind: "outOfPeriod", hours: 12.9032 }]);
  });

  it("sets aside, as not countable, hours outside the participants' windows", async () => {
    const output = JSON.parse(
      (await run(["ventilate", "--input", "-"], { ...workedExample, windows: [{ participant: "P1", until: "2026-11-30" }] })).out,
    );
    expect(output.companies).toEqual([{ company: "X", excess: 0, outOfPeriod: 12.9032, notCountable: 30 }]);
    expect(output.markets[2].total).toBe(177.0968);
  });

  it("exits with 2 and a French message naming the entry at fault", async () => {
    const bad = {
      ...workedExample,
      lines: [...workedExample.lines, { company: "X", start: "2026-03-01", end: "2026-02-30", hours: 5, market: "M7" }],
    };
    const { code, out, err } = await run(["ventilate", "--input", "-"], bad);
    expect([code, out]).toEqual([2, ""]);
    expect(err).toBe(
      "lines[12].end : la date « 2026-02-30 » n'existe pas ou n'est pas au format AAAA-MM-JJ\nlines[12].market : marché « M7 » inconnu (il n'est pas dans la liste des marchés)\n",
    );
    const policy = await run(["ventilate", "--input", "-", "--policy", "hasard"], workedExample);
    expect(policy.code).toBe(2);
    expect(policy.err).toMatch(
      /^--policy : règle de ventilation inconnue « hasard » ; attendu : earliest-end \(Fin la plus proche d'abord\)/,
    );
    const shape = await run(["ventilate", "--input", "-"], {
      markets: [],
      lines: [{ company: "X", start: "2026-01-01", end: "2026-01-31", hours: "35" }],
    });
    expect([shape.code, shape.err]).toEqual([2, "lines[0].hours : doit être un nombre (reçu « 35 »)\n"]);
  });
});

describe("clauses validate", () => {
  it("prints ok and the counts of a valid input", async () => {
    const { code, out } = await run(["validate", "--input", "-"], workedExample);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      ok: true,
      policy: "earliest-end",
      spread: "calendar",
      markets: 3,
      lines: 12,
      windows: 0,
      companies: 1,
      participants: 1,
      hours: 1220,
    });
  });

  it("prints the errors, located, and exits with 2", async () => {
    const { code, out, err } = await run(["validate", "--input", "-"], {
      ...workedExample,
      markets: [...workedExample.markets, workedExample.markets[0]],
    });
    expect(code).toBe(2);
    expect(JSON.parse(out)).toEqual({
      ok: false,
      errors: [{ message: "markets[3].id : le marché « M1 » apparaît deux fois (déjà en position 1)", field: "markets[3].id" }],
    });
    expect(err).toBe("markets[3].id : le marché « M1 » apparaît deux fois (déjà en position 1)\n");
  });
});

describe("the clauses command (child process)", () => {
  it("ventilates a file given on stdin, and refuses bad input with exit code 2", () => {
    const ok = runCli(["ventilate", "--input", "-", "--policy", "pro-rata-remaining"], JSON.stringify(workedExample));
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).markets.map((market: { total: number }) => market.total)).toEqual([454.327, 360.4663, 300]);
    const bad = runCli(
      ["validate", "--input", "-"],
      JSON.stringify({ markets: [], lines: [{ company: "X", start: "2026-01-01", end: "2026-01-31", hours: 1, market: "M1" }] }),
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("lines[0].market : marché « M1 » inconnu (il n'est pas dans la liste des marchés)\n");
  });
});

describe("clauses ventilate on a territory with people", () => {
  it("counts a participant's hours only inside their eligibility when no windows are given", async () => {
    const territory = {
      markets: [{ id: "D1", company: "Y", start: "2026-01-01", end: "2026-12-31", obligation: 100, pooled: false }],
      lines: [
        { company: "Y", market: "D1", participant: "ELIGIBLE", start: "2026-02-01", end: "2026-02-28", hours: 28, contractType: "CDI" },
        { company: "Y", market: "D1", participant: "NEVER", start: "2026-02-01", end: "2026-02-28", hours: 56, mode: "embauche-directe" },
      ],
      people: [
        { id: "ELIGIBLE", benefits: ["RSA"], firstClauseEntry: "2026-02-01" },
        { id: "NEVER", birthDate: "1980-01-01", firstClauseEntry: "2026-02-01" },
      ],
    };
    const { code, out, err } = await run(["ventilate", "--input", "-"], territory);
    expect([code, err]).toEqual([0, ""]);
    const output = JSON.parse(out);
    expect(output.markets[0]).toMatchObject({ direct: 28, total: 28 });
    expect(output.companies).toEqual([{ company: "Y", excess: 0, outOfPeriod: 0, notCountable: 56 }]);
  });
});
