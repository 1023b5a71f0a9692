import JSZip from "jszip";
import { draftClause } from "../../../domain/drafting";
import { clauseInputSchema } from "../../../domain/drafting/input";
import { nationalDrafting } from "../../../domain/drafting/test-pack";
import { parseOrThrow } from "../../../domain/validation";
import { citedArticles, clauseDocx } from "./docx";

const { rules, eligibility } = nationalDrafting();

const input = {
  basis: "mandatory-condition",
  contract: { reference: "M1", label: "Réhabilitation de l'école Jean-Moulin", buyer: "Ville de Valrivière" },
  hours: 600,
  scope: "les travaux de réhabilitation de l'école, tous lots confondus",
  facilitator: { name: "Camille Durand", organisation: "PLIE de Valrivière", email: "clauses@plie.example", phone: "01 23 45 67 89" },
  publics: ["deld", "jeunes", "siae"],
  pooling: true,
  penaltyPerHour: 50,
};

async function parts(bytes: Uint8Array): Promise<{ document: string; core: string }> {
  const zip = await JSZip.loadAsync(bytes);
  return { document: await zip.file("word/document.xml")!.async("string"), core: await zip.file("docProps/core.xml")!.async("string") };
}

describe("the drafted clause as .docx", () => {
  it("carries the pane's « À faire vérifier avant publication » notice with every point to check", async () => {
    const clause = draftClause(parseOrThrow(clauseInputSchema, input), rules, "national@test", eligibility);
    expect(clause.unconfirmed.length).toBeGreaterThan(0);
    const { document } = await parts(await clauseDocx(clause));
    const text = document
      .replace(/<[^>]+>/g, "")
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
    expect(text.startsWith("À faire vérifier avant publication")).toBe(true);
    for (const line of clause.unconfirmed) expect(text).toContain(line);
  });

  it("has properties that name only the articles its text cites", async () => {
    const clause = draftClause(parseOrThrow(clauseInputSchema, input), rules, "national@test", eligibility);
    const cited = citedArticles(clause);
    const { core } = await parts(await clauseDocx(clause));
    const described = /<dc:description>([^<]*)<\/dc:description>/.exec(core)?.[1] ?? "";
    const named = described.match(/\b[LRD]\d{4}-\d+(?:-\d+)?\b/g) ?? [];
    expect(named.length).toBeGreaterThan(0);
    for (const article of named) expect(cited).toContain(article);
    expect(described).not.toMatch(/Base juridique : L/);
  });
});
