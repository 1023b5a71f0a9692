/**
 * `clauses check` and `clauses draft`, in process and as a user runs them; the .docx is opened by
 * LibreOffice (headless, its own profile so parallel runs don't collide) and its text checked.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { main } from "../../cli/main";
import { runCli } from "../../../test/support/run-cli";
import { memoryIo } from "../../../test/support/memory-io";

jest.setTimeout(120_000);

const clause = {
  basis: "execution-condition",
  contract: { reference: "M1", label: "Réhabilitation de l'école Jean-Moulin" },
  hours: 600,
  scope: "les travaux de réhabilitation de l'école, tous lots confondus",
  facilitator: { name: "Camille Durand", organisation: "PLIE de Valrivière", email: "clauses@plie.example", phone: "01 23 45 67 89" },
  publics: ["deld", "jeunes", "siae"],
  pooling: true,
  penaltyPerHour: 50,
};

describe("clauses check", () => {
  it("answers the contract of the issue", async () => {
    const io = memoryIo(JSON.stringify({ value: 250000, buyerType: "collectivite", kind: "services", launchDate: "2026-09-15" }));
    expect(await main(["check", "--input", "-"], io)).toBe(0);
    const output = JSON.parse(io.out);
    expect(Object.keys(output).slice(0, 4)).toEqual(["required", "threshold", "thresholdPeriod", "reason"]);
    expect(output).toMatchObject({
      required: true,
      threshold: 216000,
      thresholdPeriod: "2026-2027",
      rulePack: expect.stringMatching(/^national@/),
    });
    expect(output.reason).toMatch(/^Condition sociale obligatoire/);
  });

  it("accepts lots, sums them and says so in its reason (issue 12)", async () => {
    const lots = [
      { id: "1", value: 120000 },
      { id: "2", value: 110000 },
    ];
    const io = memoryIo(JSON.stringify({ lots, buyerType: "collectivite", kind: "supplies", launchDate: "2026-09-15" }));
    expect(await main(["check", "--input", "-"], io)).toBe(0);
    const output = JSON.parse(io.out);
    expect(output).toMatchObject({ required: true, threshold: 216000, options: { value: 230000 } });
    expect(output.reason.replace(/[\u202f\u00a0]/g, " ")).toContain(
      "somme des 2 lots (1 : 120 000 € HT ; 2 : 110 000 € HT), le seuil s'appliquant à la valeur de tous les lots ensemble",
    );
  });

  it("answers required: false for a private order, with a reason that names it (issue 12)", async () => {
    const io = memoryIo(JSON.stringify({ value: 9000000, buyerType: "prive", kind: "works", launchDate: "2026-09-15" }));
    expect(await main(["check", "--input", "-"], io)).toBe(0);
    const output = JSON.parse(io.out);
    expect(output).toMatchObject({ required: false, threshold: null, legalBasis: null });
    expect(output.reason).toMatch(/^Commande privée : .*ne s'applique pas à un client privé/);
  });

  it("drafts a contractual clause for a private order", async () => {
    const io = memoryIo(JSON.stringify({ ...clause, basis: "private-contract" }));
    expect(await main(["draft", "--input", "-"], io)).toBe(0);
    expect(io.out).toContain("Cet engagement est une obligation contractuelle");
    expect(io.out).not.toContain("Mention au règlement de la consultation");
  });

  it("answers a list in order", async () => {
    const list = [
      { value: 5_404_000, buyerType: "etat", kind: "works", launchDate: "2026-09-15" },
      { value: 5_403_999, buyerType: "etat", kind: "works", launchDate: "2026-09-15" },
      { value: 9_000_000, buyerType: "etat", kind: "services", launchDate: "2026-09-15", defence: true },
      { value: 9_000_000, buyerType: "collectivite", kind: "services", launchDate: "2026-09-15", concession: true },
      { value: 9_000_000, buyerType: "collectivite", kind: "services", launchDate: "2026-08-21" },
    ];
    const io = memoryIo(JSON.stringify(list));
    expect(await main(["check", "--input", "-"], io)).toBe(0);
    expect(JSON.parse(io.out).map((result: { required: boolean }) => result.required)).toEqual([true, false, false, true, false]);
  });

  it("exits with 2 and names the field at fault, with the item's index in a list", async () => {
    const io = memoryIo(
      JSON.stringify([
        { value: 1, buyerType: "etat", kind: "works", launchDate: "2026-09-15" },
        { value: 1, buyerType: "etat", kind: "travaux", launchDate: "2026-09-15" },
      ]),
    );
    expect(await main(["check", "--input", "-"], io)).toBe(2);
    expect(io.err).toBe("[1].kind : doit valoir « works », « supplies », « services » (reçu « travaux »)\n");
    expect(io.out).toBe("");
    const late = memoryIo(JSON.stringify([{ value: 1, buyerType: "etat", kind: "works", launchDate: "2029-01-01" }]));
    expect(await main(["check", "--input", "-"], late)).toBe(2);
    expect(late.err).toMatch(/^\[0\]\.launchDate : aucun seuil européen n'est connu le 2029-01-01/);
  });
});

describe("clauses draft", () => {
  it("prints the clause text, and lists on stderr what is to be confirmed", async () => {
    const io = memoryIo(JSON.stringify(clause));
    expect(await main(["draft", "--input", "-"], io)).toBe(0);
    expect(io.out).toMatch(/^Clause sociale d'insertion\n\n1\. Objet et périmètre de l'action d'insertion\n/);
    expect(io.out).toContain("Mention au règlement de la consultation");
    expect(io.err).toMatch(/^À confirmer avant publication :\n- rédaction type des sections/);
  });

  it("refuses to draft with empty required fields, naming each, exit code 2", async () => {
    const io = memoryIo(JSON.stringify({ ...clause, scope: "", facilitator: {} }));
    expect(await main(["draft", "--input", "-"], io)).toBe(2);
    expect(io.err.split("\n").filter(Boolean)).toEqual([
      "scope : décrivez le périmètre de l'action d'insertion (CCAG 2021, art. 16.1)",
      "facilitator.name : indiquez le facilitateur (nom ou structure) (CCAG 2021, art. 16.1)",
      "facilitator.email : indiquez les coordonnées du facilitateur : courriel ou téléphone (CCAG 2021, art. 16.1)",
    ]);
  });

  it("refuses « préférence locale » wording and proposes the lawful levers", async () => {
    const io = memoryIo(JSON.stringify({ ...clause, publicsNote: "habitants de la commune en priorité" }));
    expect(await main(["draft", "--input", "-"], io)).toBe(2);
    expect(io.err).toMatch(/^publicsNote : « habitants de la commune en priorité » : réserver des emplois aux habitants d'un territoire/);
    expect(io.err).toContain("Leviers licites");
  });

  it("asks for --out with --format docx, and rejects an unknown format", async () => {
    const io = memoryIo(JSON.stringify(clause));
    expect(await main(["draft", "--input", "-", "--format", "docx"], io)).toBe(2);
    expect(io.err).toBe("--format docx écrit un fichier : indiquez-le avec --out FICHIER.docx\n");
    const pdf = memoryIo(JSON.stringify(clause));
    expect(await main(["draft", "--input", "-", "--format", "pdf"], pdf)).toBe(2);
    expect(pdf.err).toBe("--format : « pdf » n'est pas un format connu (text ou docx)\n");
  });

  it("gives the .docx the legal basis its text cites (mandatory condition: L2112-2 and art. 35, never the unverified L2112-2-1)", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "clauses-docx-")), "c.docx");
    const io = memoryIo(JSON.stringify({ ...clause, basis: "mandatory-condition" }));
    expect(await main(["draft", "--input", "-", "--format", "docx", "--out", out], io)).toBe(0);
    expect(io.err).toContain("en application de l'article L2112-2 du code de la commande publique et de l'article 35");
    const zip = await JSZip.loadAsync(readFileSync(out));
    const core = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
    const body = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(core).toContain("l&apos;article L2112-2 du code de la commande publique et de l&apos;article 35 de la loi n° 2021-1104");
    expect(core).not.toContain("L2112-2-1");
    // The clause's text never cites it; only the « À faire vérifier avant publication » notice that opens
    // the document (removed before publication) names it, as the point to check on Légifrance.
    const notice = body.indexOf("Supprimez cet avertissement");
    expect(notice).toBeGreaterThan(0);
    expect(body.slice(notice)).not.toContain("L2112-2-1");
  });

  it("writes a .docx that LibreOffice opens, with the clause's text in it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-docx-"));
    const input = path.join(dir, "clause.json");
    const out = path.join(dir, "clause.docx");
    writeFileSync(input, JSON.stringify({ ...clause, articleNumber: "9" }));
    const run = runCli(["draft", "--input", input, "--format", "docx", "--out", out]);
    expect(run.stderr).toContain(`Clause écrite dans ${out}`);
    expect(run.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
    const profile = pathToFileURL(path.join(dir, "lo-profile")).href;
    const converted = spawnSync(
      "soffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "txt:Text", "--outdir", dir, out],
      {
        encoding: "utf8",
        timeout: 90_000,
        env: { ...process.env, HOME: dir },
      },
    );
    expect(converted.status).toBe(0);
    const text = readFileSync(path.join(dir, "clause.txt"), "utf8").replace(/[\u202f\u00a0]/g, " ");
    expect(text).toContain("Article 9 – Clause sociale d'insertion");
    expect(text).toContain("9.3 Publics éligibles");
    expect(text).toContain("Périmètre de l'action d'insertion : les travaux de réhabilitation de l'école, tous lots confondus.");
    expect(text).toContain("Camille Durand, PLIE de Valrivière (courriel : clauses@plie.example, téléphone : 01 23 45 67 89)");
    expect(text).toContain("Le titulaire réalise au moins 600 heures de travail");
    expect(text).toContain("demandeurs d'emploi de longue durée");
    expect(text).toContain("une pénalité de 50 € HT par heure d'insertion non réalisée");
    expect(text).not.toMatch(/\{\{|à compléter/);
  });
});
