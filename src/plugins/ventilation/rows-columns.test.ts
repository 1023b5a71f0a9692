import { columnsOf, rowsOfColumns } from "./rows-columns";

describe("rows sent column by column, shared values once", () => {
  const rows = [
    { company: "A", market: "M1", participant: "P1", hours: 12.5, policy: "Fin", digest: "sha256:x", flag: true },
    { company: "A", market: "M2", hours: 3, policy: "Fin", digest: "sha256:x", flag: 1 },
    { company: "B", market: "M3", participant: "P2", hours: -0, policy: "Fin", digest: "sha256:x", note: "n" },
    { company: "B", participant: "P1", policy: "Fin", digest: "sha256:x" },
  ];

  it("gives back the same rows, in order, absent values still absent, whatever the slices", () => {
    const columns = columnsOf(rows);
    expect(rowsOfColumns(columns, 0, rows.length)).toEqual(rows);
    for (const size of [1, 2, 3, 10]) {
      const slices = [];
      for (let from = 0; from < rows.length; from += size) slices.push(...rowsOfColumns(columns, from, from + size));
      expect(slices).toEqual(rows);
    }
    // Same value, same type: -0 stays -0, 1 is not true.
    expect(Object.is(rowsOfColumns(columns, 2, 3)[0]!.hours, -0)).toBe(true);
    expect(rowsOfColumns(columns, 1, 2)[0]!.flag).toBe(1);
    expect(rowsOfColumns(columns, 3, 4)[0]).not.toHaveProperty("hours");
  });

  it("sends what every row shares once, texts as codes and numbers as typed arrays", () => {
    const columns = columnsOf(rows);
    expect(columns.constants).toEqual({ policy: "Fin", digest: "sha256:x" });
    expect(columns.columns.map((column) => [column.key, column.kind])).toEqual([
      ["company", "texts"],
      ["market", "texts"],
      ["participant", "texts"],
      ["hours", "numbers"],
      ["flag", "values"],
      ["note", "texts"],
    ]);
    const company = columns.columns[0]!;
    expect(company.kind === "texts" && [company.dictionary, Array.from(company.codes)]).toEqual([
      ["A", "B"],
      [0, 0, 1, 1],
    ]);
    expect(columnsOf([])).toEqual({ count: 0, constants: {}, columns: [] });
    // Structured clone (what postMessage does) keeps them whole.
    expect(rowsOfColumns(structuredClone(columns), 0, rows.length)).toEqual(rows);
  });
});
