/**
 * What Excel will be told about HOURS_TO_PLACE and FTE_NEEDED (custom-functions-metadata on the
 * JSDoc, as the build generates it): Participants as an optional range after the month, the
 * arguments' addresses asked for (rows named as the sheet shows them), every parameter in French.
 */
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import french from "./functions.fr.json";

interface Parameter {
  name: string;
  dimensionality?: string;
  optional?: boolean;
}

it("takes an optional Participants range, asks for the addresses, and names every parameter in French", async () => {
  const generated = await generateCustomFunctionsMetadata([path.join(__dirname, "functions.ts")], true);
  expect(generated.errors).toEqual([]);
  const functions = (JSON.parse(generated.metadataJson) as { functions: { id: string; parameters: Parameter[]; options?: object }[] })
    .functions;
  for (const id of ["HOURS_TO_PLACE", "FTE_NEEDED"] as const) {
    const fn = functions.find((candidate) => candidate.id === id);
    expect(fn?.parameters.map((p) => [p.name, p.dimensionality ?? "scalar", Boolean(p.optional)])).toEqual([
      ["contracts", "matrix", false],
      ["hours", "matrix", false],
      ["company", "scalar", true],
      ["month", "scalar", true],
      ["participants", "matrix", true],
    ]);
    expect(fn).toMatchObject({ options: { requiresParameterAddresses: true } });
    expect(Object.keys(french[id].parameters).sort()).toEqual(fn!.parameters.map((p) => p.name).sort());
    expect(french[id].parameters.participants.name).toBe("participants");
  }
});
