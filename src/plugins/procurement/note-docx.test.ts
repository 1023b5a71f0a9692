import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buyersTable, dayFromIso, decodeTable, encodeTable, programmingTable } from "../../../domain";
import { screenPlan } from "../../../domain/procurement";
import { nationalPack } from "../../composition/root";
import { opportunityNoteDocx, recommended } from "./note-docx";
import { radarRules } from "./rules";

const plan = [
  { id: "P1", label: "Peinture du groupe scolaire", buyer: "VILLE", cpv: "45442100", amount: 500000, months: 24, launch: "2027-01-15" },
  {
    id: "P2",
    label: "Nettoyage des bâtiments communaux",
    buyer: "VILLE",
    cpv: "90911200",
    amount: 300000,
    months: 36,
    launch: "2027-03-01",
  },
  {
    id: "P4",
    label: "Abri vélos",
    buyer: "VILLE",
    kind: "works",
    trade: "charpente-metallique",
    amount: 60000,
    months: 4,
    launch: "2027-04-01",
  },
];

describe("the note d'opportunité", () => {
  const tables = {
    Acheteurs: decodeTable(buyersTable, encodeTable(buyersTable, [{ id: "VILLE", buyerType: "collectivite" }])).rows,
    Programmation: decodeTable(programmingTable, encodeTable(programmingTable, plan)).rows,
  };
  const screening = screenPlan(tables, radarRules(nationalPack()), { today: dayFromIso("2026-12-01"), wantedTrades: [] });

  it("recommends the purchases with a mandatory condition or a score of 30 and more", () => {
    expect(recommended(screening).map((purchase) => purchase.id)).toEqual(["P2", "P1"]);
  });

  it("is a .docx that LibreOffice opens, listing the recommended contracts and why", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-note-"));
    const out = path.join(dir, "note.docx");
    writeFileSync(out, await opportunityNoteDocx(screening, { buyer: "Ville de Valrivière", from: "Le PLIE de Valrivière" }));
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
    const text = readFileSync(path.join(dir, "note.txt"), "utf8").replace(/[\u202f\u00a0]/g, " ");
    expect(text).toContain("Note d'opportunité : clauses sociales");
    expect(text).toContain("Le PLIE de Valrivière a examiné la programmation des achats de Ville de Valrivière au 01/12/2026.");
    expect(text).toContain("2 achat(s) sur 3 se prêtent à une clause sociale");
    expect(text).toContain("P2 – Nettoyage des bâtiments communaux");
    expect(text).toContain("Condition sociale obligatoire : valeur estimée de 300 000 € HT");
    expect(text).toContain("Outil proposé : Condition sociale obligatoire au-dessus des seuils européens (L2112-2-1)");
    expect(text).toContain("P1 – Peinture du groupe scolaire");
    expect(text).toContain("Heures d'insertion estimées : 500 000 € HT × 70 % × 5 % ÷ 30 €/h = 583 h.");
    expect(text).toContain("Pourquoi (priorité 50/100) : métier à forte main-d'œuvre (Peinture intérieure : 70 %)");
    expect(text).not.toContain("Abri vélos");
  });
});
