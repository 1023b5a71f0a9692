/**
 * What Excel will be told about the pooling functions (custom-functions-metadata on the JSDoc, as
 * the build generates it) and their French names.
 */
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import french from "./functions.fr.json";
const { declareAccepted } = require("../../../scripts/webpack/localized-functions-plugin") as {
  declareAccepted: (metadata: { functions: { options?: object }[] }) => { functions: { options?: object }[] };
};

interface Parameter {
  name: string;
  dimensionality?: string;
  optional?: boolean;
  type?: string;
}

describe("the pooling functions' metadata", () => {
  it("takes the tables as ranges, asks Excel for the arguments' addresses and spills a range", async () => {
    const generated = await generateCustomFunctionsMetadata([path.join(__dirname, "functions.ts")], true);
    expect(generated.errors).toEqual([]);
    const functions = (
      JSON.parse(generated.metadataJson) as { functions: { id: string; parameters: Parameter[]; options?: object; result: object }[] }
    ).functions;
    const byId = new Map(functions.map((fn) => [fn.id, fn]));
    expect(byId.get("HOURS_VENTILATE")?.parameters.map((p) => [p.name, p.dimensionality ?? "scalar", Boolean(p.optional)])).toEqual([
      ["contracts", "matrix", false],
      ["hours", "matrix", false],
      ["policy", "scalar", true],
      ["contract_id", "matrix", true],
      ["participants", "matrix", true],
    ]);
    expect(byId.get("HOURS_EXCESS")?.parameters.map((p) => p.name)).toEqual(["contracts", "hours", "company", "policy", "participants"]);
    for (const id of ["HOURS_VENTILATE", "HOURS_EXCESS"]) {
      expect(byId.get(id)).toMatchObject({ options: { requiresParameterAddresses: true }, result: { dimensionality: "matrix" } });
      const translation = french[id as keyof typeof french];
      expect(Object.keys(translation.parameters).sort()).toEqual(
        byId
          .get(id)!
          .parameters.map((p) => p.name)
          .sort(),
      );
    }
    // The build declares that they take error values in (they answer #VALUE! naming the cell).
    const declared = declareAccepted({ functions }).functions;
    for (const fn of declared) expect(fn.options).toMatchObject({ allowErrorForDataTypeAny: true, requiresParameterAddresses: true });
    expect([french.HOURS_VENTILATE.name, french.HOURS_EXCESS.name]).toEqual(["HEURES_VENTILER", "HEURES_EXCEDENTAIRES"]);
  });
});
