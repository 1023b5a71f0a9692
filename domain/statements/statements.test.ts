import { dayFromIso, excelSerialFromDay } from "../dates";
import { ValidationFailed } from "../errors";
import type { Cell, DecodedRow, TableRecord, TablesByName } from "../workbook";
import {
  collectForms,
  companiesDue,
  FORM_HEADERS,
  formLayout,
  formModel,
  lateForms,
  mailtoLink,
  POOLED_LABEL,
  readPeriod,
  statementKey,
  type ReturnedForm,
  type SealedForm,
} from ".";

const rows = (records: TableRecord[]): DecodedRow[] => records.map((values, index) => ({ row: index + 2, values }));

function territory(extra: Partial<Record<string, TableRecord[]>> = {}): TablesByName {
  return {
    Acheteurs: rows([{ id: "VILLE", name: "Ville de Valrivière" }]),
    Entreprises: rows([
      { id: "BTP", name: "BTP Rivière SAS", contact: "rh@btp.example" },
      { id: "JARDINS", name: "Jardins du Val", contact: "contact@jardins.example" },
      { id: "ANCIENNE", name: "Ancienne SARL" },
    ]),
    Marchés: rows([
      { id: "M1", label: "École", buyer: "VILLE", company: "BTP", start: "2026-01-05", end: "2026-03-20", obligation: 600, pooled: true },
      {
        id: "M2",
        label: "Tilleuls",
        buyer: "VILLE",
        company: "BTP",
        start: "2026-02-01",
        end: "2026-12-31",
        obligation: 400,
        pooled: false,
      },
      { id: "M5", label: "Espaces verts", company: "JARDINS", start: "2026-03-01", end: "2026-10-31", obligation: 200 },
      { id: "M9", label: "Fini", company: "ANCIENNE", start: "2025-01-01", end: "2025-12-31", obligation: 100 },
    ]),
    Participants: rows([
      { id: "P001", birthDate: "2004-05-01", qpv: true, benefits: ["RSA"] },
      { id: "P002", birthDate: "1965-01-01" },
      { id: "P008", birthDate: "2004-12-01", qpv: true },
    ]),
    NomsEntreprises: rows([
      { participant: "P001", company: "BTP", name: "Martin Léa" },
      { participant: "P002", company: "BTP", name: "Durand Paul" },
      { participant: "P008", company: "JARDINS", name: "Petit Hugo" },
    ]),
    Heures: rows([]),
    ...Object.fromEntries(Object.entries(extra).map(([name, records]) => [name, rows(records ?? [])])),
  };
}

const march = readPeriod("2026-03");
const serial = (iso: string) => excelSerialFromDay(dayFromIso(iso));
const options = { guichet: "guichet-valriviere", guichetName: "PLIE Valrivière", version: 1 };

/** The « Relevé » sheet of a form as a company returns it: header block, signature, lines. */
function returned(model: SealedForm, lines: Cell[][], file = "btp.xlsx", signed = true): ReturnedForm {
  const layout = formLayout(model);
  const sheet: Cell[][] = Array.from({ length: layout.lastLine }, () => []);
  sheet[layout.signatory - 1] = ["Nom et prénom du signataire", signed ? "Claire Roux" : null];
  sheet[layout.signedOn - 1] = ["Date", signed ? serial("2026-04-03") : null];
  sheet[layout.linesHeader - 1] = [...FORM_HEADERS];
  lines.forEach((line, index) => (sheet[layout.firstLine - 1 + index] = [...line]));
  return { file, sealed: JSON.parse(JSON.stringify(model)) as unknown, sheet };
}

const line = (person: string | null, market: string, start: string, end: string, hours: number, extra: Cell[] = [null, null]): Cell[] => [
  person,
  ...extra,
  market,
  "Embauche directe",
  "CDD",
  serial(start),
  serial(end),
  hours,
];

describe("the statement form's model", () => {
  it("is due to every company with a contract active in the period, and lists only its contracts and its own people", () => {
    const tables = territory();
    expect(companiesDue(tables, march)).toEqual(["BTP", "JARDINS"]);
    const model = formModel(tables, "BTP", march, options);
    expect(model.identity).toEqual({ guichet: "guichet-valriviere", company: "BTP", period: "2026-03", version: 1 });
    expect(model.markets.map((market) => [market.label, market.buyerName, market.pooled])).toEqual([
      ["M1 — École", "Ville de Valrivière", true],
      ["M2 — Tilleuls", "Ville de Valrivière", false],
    ]);
    expect(model.pooling).toBe(true);
    expect(model.people).toEqual([
      { participant: "P001", label: "Martin Léa" },
      { participant: "P002", label: "Durand Paul" },
    ]);
  });

  it("never carries another company's participant nor any eligibility fact", () => {
    const text = JSON.stringify(formModel(territory(), "BTP", march, options));
    expect(text).not.toContain("Petit Hugo");
    expect(text).not.toContain("P008");
    for (const word of ["qpv", "RSA", "benefits", "birthDate", "1965", "criteria", "rqth"]) expect(text).not.toContain(word);
  });

  it("numbers two people of the same name, and refuses a company without an active contract", () => {
    const tables = territory({
      NomsEntreprises: [
        { participant: "P001", company: "BTP", name: "Martin Léa" },
        { participant: "P002", company: "BTP", name: "Martin Léa" },
      ],
    });
    expect(formModel(tables, "BTP", march, options).people.map((person) => person.label)).toEqual(["Martin Léa", "Martin Léa (2)"]);
    expect(() => formModel(tables, "ANCIENNE", march, options)).toThrow(
      "l'entreprise « ANCIENNE » n'a aucun marché avec clause actif en 2026-03",
    );
    expect(() => formModel(tables, "NULLE", march, options)).toThrow("entreprise « NULLE » inconnue");
  });
});

describe("a structure that puts people at the disposal of companies", () => {
  const tables = territory({
    Entreprises: [
      { id: "BTP", name: "BTP Rivière SAS" },
      { id: "JARDINS", name: "Jardins du Val" },
      { id: "ETTI", name: "ETTI Valrivière Intérim", contact: "agence@etti.example" },
    ],
    Heures: [
      {
        participant: "P008",
        company: "BTP",
        employer: "ETTI",
        mode: "mise-a-disposition",
        start: "2026-02-01",
        end: "2026-02-28",
        hours: 35,
      },
      {
        participant: "P008",
        company: "JARDINS",
        employer: "ETTI",
        mode: "mise-a-disposition",
        start: "2026-02-01",
        end: "2026-02-28",
        hours: 20,
        market: "M5",
      },
    ],
    NomsEntreprises: [{ participant: "P008", company: "ETTI", name: "Hugo Petit" }],
  });
  const model = formModel(tables, "ETTI", march, options);

  it("is due a form listing the contracts of every company it serves, each with its holder, and a « mutualisé » per holder", () => {
    expect(companiesDue(tables, march)).toEqual(["BTP", "JARDINS", "ETTI"]);
    expect(model.markets.map((market) => [market.label, market.company])).toEqual([
      ["M1 — École (BTP Rivière SAS)", "BTP"],
      ["M2 — Tilleuls (BTP Rivière SAS)", "BTP"],
      ["M5 — Espaces verts (Jardins du Val)", "JARDINS"],
    ]);
    expect(model.pooledChoices).toEqual([
      { company: "BTP", label: "Mutualisé — BTP Rivière SAS" },
      { company: "JARDINS", label: "Mutualisé — Jardins du Val" },
    ]);
    expect(model.people).toEqual([{ participant: "P008", label: "Hugo Petit" }]);
  });

  it("brings its lines back to each contract's holder, with the structure as employer", () => {
    const { report, writes } = collectForms({
      guichet: options.guichet,
      tables,
      forms: [
        returned(model, [
          line("Hugo Petit", "M5 — Espaces verts (Jardins du Val)", "2026-03-02", "2026-03-06", 35),
          line("Hugo Petit", "Mutualisé — BTP Rivière SAS", "2026-03-09", "2026-03-13", 35),
          line("Hugo Petit", POOLED_LABEL, "2026-03-16", "2026-03-20", 35),
        ]),
      ],
      receivedOn: dayFromIso("2026-04-05"),
    });
    expect(report.rejected.map((entry) => entry.message)).toEqual([
      "« mutualisé » n'est possible que pour une entreprise dont un marché est mutualisable",
    ]);
    const fixed = collectForms({
      guichet: options.guichet,
      tables,
      forms: [
        returned(model, [
          line("Hugo Petit", "M5 — Espaces verts (Jardins du Val)", "2026-03-02", "2026-03-06", 35),
          line("Hugo Petit", "Mutualisé — BTP Rivière SAS", "2026-03-09", "2026-03-13", 35),
        ]),
      ],
      receivedOn: dayFromIso("2026-04-05"),
    });
    expect(writes.hours).toEqual([]);
    expect(fixed.report.accepted).toEqual([{ company: "ETTI", period: "2026-03", version: 1, lines: 2, hours: 70 }]);
    expect(fixed.writes.hours.map((record) => [record.company, record.employer, record.market, record.statement])).toEqual([
      ["JARDINS", "ETTI", "M5", "ETTI 2026-03"],
      ["BTP", "ETTI", undefined, "ETTI 2026-03"],
    ]);
  });
});

describe("collecting returned forms", () => {
  const tables = territory();
  const model = formModel(tables, "BTP", march, options);
  const receivedOn = dayFromIso("2026-04-05");
  const filled = [
    line("Martin Léa", "M1 — École", "2026-03-02", "2026-03-20", 70),
    line("Durand Paul", POOLED_LABEL, "2026-03-02", "2026-03-20", 52.5),
  ];

  it("accepts the lines with their provenance, and lists who is still missing", () => {
    const { report, writes } = collectForms({ guichet: options.guichet, tables, forms: [returned(model, filled)], receivedOn });
    expect(report).toMatchObject({
      accepted: [{ company: "BTP", period: "2026-03", version: 1, lines: 2, hours: 122.5 }],
      replaced: [],
      rejected: [],
      newPeople: [],
      missing: [{ company: "JARDINS", period: "2026-03" }],
    });
    expect(writes.hours).toEqual([
      {
        participant: "P001",
        company: "BTP",
        mode: "embauche-directe",
        contractType: "CDD",
        start: "2026-03-02",
        end: "2026-03-20",
        hours: 70,
        market: "M1",
        statement: "BTP 2026-03",
        statementVersion: 1,
        receivedOn: "2026-04-05",
      },
      expect.objectContaining({ participant: "P002", hours: 52.5, statement: "BTP 2026-03" }),
    ]);
    expect(writes.hours[1]).not.toHaveProperty("market");
    expect(writes.replacedStatements).toEqual([]);
    expect(writes.statements).toEqual([
      expect.objectContaining({ company: "BTP", period: "2026-03", version: 1, lines: 2, hours: 122.5, status: "reçu" }),
    ]);
  });

  it("rejects each bad line with its sheet, row, column and reason, and writes nothing of that form", () => {
    const first = formLayout(model).firstLine;
    const bad = [
      line("Martin Léa", "M1 — École", "2026-03-25", "2026-03-27", 10), // after M1's end
      line("Durand Paul", "M2 — Tilleuls", "2026-02-25", "2026-03-02", 10), // before the period
      line("Durand Paul", "M2 — Tilleuls", "2026-03-02", "2026-03-02", 30), // 30 h in one day
      line("Petit Hugo", "M7 — Ailleurs", "2026-03-02", "2026-03-06", 35), // another company's person, unknown contract
      line(null, "M2 — Tilleuls", "2026-03-02", "2026-03-06", 35),
      line("Durand Paul", "M2 — Tilleuls", "2026-03-09", "2026-03-06", 5), // end before start
    ];
    const { report, writes } = collectForms({ guichet: options.guichet, tables, forms: [returned(model, bad)], receivedOn });
    expect(report.accepted).toEqual([]);
    expect(writes.hours).toEqual([]);
    expect(report.rejected.map(({ row, column, message }) => `${row - first + 1} ${column} : ${message}`)).toEqual([
      "1 Premier jour travaillé : le 25/03/2026 est hors des dates du marché « M1 »",
      "1 Dernier jour travaillé : le 27/03/2026 est hors des dates du marché « M1 »",
      "2 Premier jour travaillé : le 25/02/2026 est hors de la période du relevé (du 01/03/2026 au 31/03/2026)",
      "3 Heures : 30 h sur 1 jour : plus de 24 h par jour (faute de frappe ?)",
      "4 Personne : « Petit Hugo » n'est pas dans la liste des personnes de ce relevé",
      "4 Marché : « M7 — Ailleurs » n'est pas un marché de ce relevé",
      "5 Personne : indiquez la personne (liste) ou, pour une personne qui n'y est pas, son nom et sa date de naissance",
      "6 Dernier jour travaillé : la fin (06/03/2026) précède le début (09/03/2026)",
    ]);
    expect(report.rejected[0]).toMatchObject({ file: "btp.xlsx", sheet: "Relevé", row: first });
  });

  it("asks for the attestation, even on a form without any line", () => {
    const { report } = collectForms({ guichet: options.guichet, tables, forms: [returned(model, filled, "btp.xlsx", false)], receivedOn });
    expect(report.accepted).toEqual([]);
    expect(report.rejected.map((entry) => entry.column)).toEqual(["Nom et prénom du signataire", "Date"]);
    const empty = collectForms({ guichet: options.guichet, tables, forms: [returned(model, [], "vide.xlsx", false)], receivedOn });
    expect(empty.report.rejected).toHaveLength(2);
    const signed = collectForms({ guichet: options.guichet, tables, forms: [returned(model, [], "vide.xlsx")], receivedOn });
    expect(signed.report.accepted).toEqual([{ company: "BTP", period: "2026-03", version: 1, lines: 0, hours: 0 }]);
  });

  it("refuses a form with cells filled beside or under the lines table, rather than dropping them", () => {
    const form = returned(model, filled);
    const layout = formLayout(model);
    form.sheet![layout.firstLine - 1]![10] = "35 h de plus";
    form.sheet![layout.lastLine] = line("Durand Paul", "M2 — Tilleuls", "2026-03-02", "2026-03-06", 35);
    const { report } = collectForms({ guichet: options.guichet, tables, forms: [form], receivedOn });
    expect(report.accepted).toEqual([]);
    expect(report.rejected.map((entry) => [entry.row, entry.column])).toEqual([
      [layout.firstLine, "K"],
      [layout.lastLine + 1, "A"],
    ]);
    expect(report.rejected[0]!.message).toContain("cellule remplie hors du tableau des heures");
  });

  it("brings a new person back as a participant to prescribe, once, whatever the number of lines", () => {
    const newcomer = (start: string, end: string, hours: number) =>
      line(null, "M2 — Tilleuls", start, end, hours, ["Nguyen Anh", serial("1990-06-15")]);
    const { report, writes } = collectForms({
      guichet: options.guichet,
      tables,
      forms: [returned(model, [newcomer("2026-03-02", "2026-03-13", 60), newcomer("2026-03-16", "2026-03-27", 60)])],
      receivedOn,
    });
    const first = formLayout(model).firstLine;
    expect(report.newPeople).toEqual([
      { file: "btp.xlsx", row: first, participant: "BTP-202603-N1" },
      { file: "btp.xlsx", row: first + 1, participant: "BTP-202603-N1" },
    ]);
    expect(writes.participants).toEqual([{ id: "BTP-202603-N1", birthDate: "1990-06-15" }]);
    expect(writes.names).toEqual([{ participant: "BTP-202603-N1", company: "BTP", name: "Nguyen Anh" }]);
    expect(writes.hours.map((record) => record.participant)).toEqual(["BTP-202603-N1", "BTP-202603-N1"]);
  });

  it("replaces the earlier version's lines with a corrected form, and changes nothing for the same form twice", () => {
    const first = collectForms({ guichet: options.guichet, tables, forms: [returned(model, filled)], receivedOn });
    const after = territory({ Relevés: first.writes.statements, Heures: first.writes.hours });
    const again = collectForms({ guichet: options.guichet, tables: after, forms: [returned(model, filled)], receivedOn });
    expect(again.report).toMatchObject({ accepted: [], replaced: [], unchanged: [{ company: "BTP", period: "2026-03", version: 1 }] });
    expect(again.writes.hours).toEqual([]);
    expect(again.writes.statements).toEqual(first.writes.statements);
    const corrected = [filled[0]!, line("Durand Paul", POOLED_LABEL, "2026-03-02", "2026-03-20", 50)];
    const second = collectForms({
      guichet: options.guichet,
      tables: after,
      forms: [returned(model, corrected)],
      receivedOn: dayFromIso("2026-04-08"),
    });
    expect(second.report.accepted).toEqual([{ company: "BTP", period: "2026-03", version: 2, lines: 2, hours: 120 }]);
    expect(second.report.replaced).toEqual([{ company: "BTP", period: "2026-03", previousVersion: 1 }]);
    expect(second.writes.replacedStatements).toEqual([statementKey("BTP", "2026-03")]);
    expect(second.writes.hours.map((record) => [record.hours, record.statementVersion, record.receivedOn])).toEqual([
      [70, 2, "2026-04-08"],
      [50, 2, "2026-04-08"],
    ]);
  });

  it("refuses the whole collection for a form of another guichet, an altered identity or altered columns", () => {
    const attempt = (form: ReturnedForm) => () =>
      collectForms({ guichet: options.guichet, tables, forms: [returned(model, filled, "ok.xlsx"), form], receivedOn });
    const other = formModel(tables, "BTP", march, { ...options, guichet: "autre-guichet" });
    expect(attempt(returned(other, filled, "autre.xlsx"))).toThrow(ValidationFailed);
    expect(attempt(returned(other, filled, "autre.xlsx"))).toThrow("« autre.xlsx » a été généré par le classeur d'un autre guichet");
    const forged = returned(model, filled, "forge.xlsx");
    (forged.sealed as SealedForm).people.push({ participant: "P008", label: "Petit Hugo" });
    expect(attempt(forged)).toThrow("La structure de « forge.xlsx » a été modifiée (son identification ne correspond plus à son contenu)");
    const moved = returned(model, filled, "colonnes.xlsx");
    const header = moved.sheet![formLayout(model).linesHeader - 1]!;
    [header[7], header[8]] = [header[8]!, header[7]!];
    expect(attempt(moved)).toThrow(
      "La structure de « colonnes.xlsx » a été modifiée (les colonnes du tableau des heures ne sont plus celles du relevé)",
    );
    expect(attempt({ file: "autre.xlsx", sealed: undefined, sheet: [] })).toThrow("« autre.xlsx » n'est pas un relevé d'heures du guichet");
  });
});

describe("who is late", () => {
  it("lists the forms past due and not received, with a French reminder and a mailto: link", () => {
    const tables = territory({
      Relevés: [{ company: "BTP", period: "2026-03", sentOn: "2026-03-25", receivedOn: "2026-04-05", version: 1, status: "reçu" }],
    });
    expect(lateForms(tables, ["2026-03"], dayFromIso("2026-04-10"), { guichetName: "PLIE Valrivière" })).toEqual([]);
    const late = lateForms(tables, ["2026-03"], dayFromIso("2026-04-20"), { guichetName: "PLIE Valrivière" });
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({
      company: "JARDINS",
      companyName: "Jardins du Val",
      period: "2026-03",
      dueOn: "10/04/2026",
      daysLate: 10,
    });
    expect(late[0]!.reminder.subject).toBe("Relevé d'heures d'insertion de mars 2026 : en attente");
    expect(late[0]!.reminder.body).toContain(
      "nous n'avons pas reçu le relevé des heures d'insertion de Jardins du Val pour mars 2026, attendu le 10/04/2026",
    );
    expect(late[0]!.mailto).toMatch(/^mailto:contact@jardins\.example\?subject=Relev%C3%A9%20d'heures/);
    expect(decodeURIComponent(late[0]!.mailto!.split("&body=")[1]!)).toContain("Bonjour,\r\n\r\nSauf erreur");
    expect(mailtoLink("a b@x.example", { subject: "s&t", body: "x" })).toBe("mailto:a%20b@x.example?subject=s%26t&body=x");
  });
});
