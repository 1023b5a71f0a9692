import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../cli/main";
import { runCli } from "../../../test/support/run-cli";
import { memoryIo } from "../../../test/support/memory-io";
import { territoryPack } from "../../../test/support/territory-pack";

const example2 = {
  date: "2026-03-02",
  people: [
    {
      id: "A",
      birthDate: "2001-05-10",
      sex: "F",
      qualificationLevel: 3,
      schoolLeftDate: "2019-07-01",
      jobSeekerSince: "2025-10-01",
      qpv: true,
      firstClauseEntry: "2026-03-02",
    },
    { id: "B", birthDate: "1973-01-15", sex: "M", qualificationLevel: 3, jobSeekerSince: "2024-06-01", qpv: false },
    {
      id: "C",
      birthDate: "1979-09-20",
      sex: "F",
      qualificationLevel: 5,
      jobSeekerSince: "2025-07-01",
      qpv: false,
      firstClauseEntry: "2026-03-02",
    },
  ],
};

const territory = territoryPack({
  eligibility: { countingWindow: { months: 24, source: "Charte d'insertion du PLIE Sud, art. 4", confirmed: true } },
});

describe("clauses eligibility", () => {
  it("prints the contract for example 2", async () => {
    const io = memoryIo(JSON.stringify(example2));
    expect(await main(["eligibility", "--input", "-"], io)).toBe(0);
    expect(io.err).toBe("");
    const output = JSON.parse(io.out);
    expect(output).toMatchObject({ date: "2026-03-02", rulePack: expect.stringMatching(/^national@/) });
    expect(output.people[0]).toEqual({
      id: "A",
      eligible: true,
      criteria: ["JEUNE"],
      priority: ["QPV"],
      eligibleFrom: null,
      countableUntil: null,
      iae: { level1: [], level2: ["JEUNE", "NIVEAU_3", "QPV"], eligibleFor: ["ACI", "AI", "EI", "EITI", "ETTI"] },
    });
    expect(output.people.map((person: { id: string; eligible: boolean }) => [person.id, person.eligible])).toEqual([
      ["A", true],
      ["B", true],
      ["C", false],
    ]);
    expect(output.people[2].eligibleFrom).toBe("2026-07-01");
  });

  it("counts a 29 February birth as the Plateforme de l'inclusion does: J is JEUNE on 2026-02-28 (issue 12)", async () => {
    const input = { date: "2026-02-28", people: [{ id: "J", birthDate: "2000-02-29", schoolLeftDate: "2020-06-30" }] };
    const io = memoryIo(JSON.stringify(input));
    expect(await main(["eligibility", "--input", "-"], io)).toBe(0);
    expect(JSON.parse(io.out).people[0]).toMatchObject({ id: "J", eligible: true, criteria: ["JEUNE"] });
    const dayAfter = memoryIo(JSON.stringify({ ...input, date: "2026-03-01" }));
    expect(await main(["eligibility", "--input", "-"], dayAfter)).toBe(0);
    expect(JSON.parse(dayAfter.out).people[0]).toMatchObject({ id: "J", eligible: false, criteria: [] });
  });

  it("lets --date win, and applies a territory's counting window given with --rules", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-"));
    const rules = path.join(dir, "territoire.json");
    writeFileSync(rules, JSON.stringify(territory));
    const io = memoryIo(JSON.stringify(example2));
    expect(await main(["eligibility", "--input", "-", "--date", "2026-07-01", "--rules", rules], io)).toBe(0);
    const output = JSON.parse(io.out);
    expect(output).toMatchObject({ date: "2026-07-01", rulePack: expect.stringMatching(/^plie-sud@1\+national@/) });
    expect(output.people[0]).toMatchObject({ id: "A", countableUntil: "2028-03-01" });
    expect(output.people[2]).toMatchObject({ id: "C", eligible: true, criteria: ["DELD"], countableUntil: "2028-03-01" });
  });

  it("starts the counting window at the later of first entry and eligibility when the pack says so, and states it (issue 12)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-"));
    const rules = path.join(dir, "territoire.json");
    const later = territoryPack({
      eligibility: {
        countingWindow: {
          months: 24,
          start: "later-of-entry-and-eligibility",
          source: "Charte d'insertion du PLIE Sud, art. 4",
          confirmed: true,
        },
      },
    });
    writeFileSync(rules, JSON.stringify(later));
    const io = memoryIo(JSON.stringify(example2));
    expect(await main(["eligibility", "--input", "-", "--rules", rules], io)).toBe(0);
    const output = JSON.parse(io.out);
    // Claire enters on 2026-03-02 but is DELD only from 2026-07-01: 24 months from then.
    expect(output.people[2]).toMatchObject({ id: "C", eligibleFrom: "2026-07-01", countableUntil: "2028-06-30" });
    expect(output.people[0]).toMatchObject({ id: "A", countableUntil: "2028-03-01" });
    expect(output.countingWindow).toEqual({
      months: 24,
      start: "later-of-entry-and-eligibility",
      explanation:
        "heures comptabilisables 24 mois à partir de la plus tardive des deux dates : première entrée dans une clause, premier jour d'éligibilité",
      confirmed: true,
    });
    const first = memoryIo(JSON.stringify(example2));
    const firstRules = path.join(dir, "premiere-entree.json");
    writeFileSync(firstRules, JSON.stringify(territory));
    expect(await main(["eligibility", "--input", "-", "--rules", firstRules], first)).toBe(0);
    expect(JSON.parse(first.out).people[2]).toMatchObject({ id: "C", countableUntil: "2028-03-01" });
    expect(JSON.parse(first.out).countingWindow.explanation).toMatch(
      /à partir de la première entrée dans une clause \(même si la personne devient éligible plus tard\)$/,
    );
  });

  it("exits with 2 and names the person and field, in French", async () => {
    const bad = {
      people: [
        { id: "A", birthDate: "2001-02-30" },
        { id: "B", structure: "SCOP" },
        { id: "C", birthDate: "2099-01-01" },
      ],
    };
    const io = memoryIo(JSON.stringify(bad));
    expect(await main(["eligibility", "--input", "-"], io)).toBe(2);
    expect(io.out).toBe("");
    expect(io.err.split("\n")).toEqual([
      "people[0].birthDate (personne « A ») : doit être une date AAAA-MM-JJ qui existe",
      expect.stringMatching(/^people\[1\]\.structure \(personne « B »\) : type de structure inconnu « SCOP »/),
      expect.stringMatching(/^people\[2\]\.birthDate \(personne « C »\) : la date de naissance est dans le futur/),
      "",
    ]);
  });

  it("exits with 2 on an impossible --date", async () => {
    const io = memoryIo(JSON.stringify(example2));
    expect(await main(["eligibility", "--input", "-", "--date", "2026-02-30"], io)).toBe(2);
    expect(io.err).toBe("--date : la date « 2026-02-30 » n'existe pas ou n'est pas au format AAAA-MM-JJ\n");
  });

  it("runs as a child process from a file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-"));
    const file = path.join(dir, "people.json");
    writeFileSync(file, JSON.stringify(example2));
    const ok = runCli(["eligibility", "--input", file, "--date", "2026-03-02"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).people.map((person: { criteria: string[] }) => person.criteria)).toEqual([
      ["JEUNE"],
      ["DELD", "SENIOR"],
      [],
    ]);
    const bad = runCli(["eligibility", "--input", "-"], JSON.stringify({ people: [{ id: "Z", benefits: ["RMI"] }] }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^people\[0\]\.benefits\[0\] \(personne « Z »\) : minimum social inconnu « RMI »/);
  });
});
