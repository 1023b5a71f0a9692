/**
 * The custom functions' metadata as the build generates it (custom-functions-metadata on the
 * plugins' JSDoc) and its French version (functions-fr.json).
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { plugins } from "../../src/composition/root";
// The webpack plugin's own derivation, so the test checks what the build ships.
const { localize } = require("../../scripts/webpack/localized-functions-plugin");

interface Parameter {
  name: string;
  dimensionality?: string;
  optional?: boolean;
  type?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { dimensionality?: string };
}

const pluginsDir = path.join(__dirname, "..", "..", "src", "plugins");
const pluginFolders = readdirSync(pluginsDir).filter((name) => existsSync(path.join(pluginsDir, name, "functions.ts")));

async function metadata(): Promise<FunctionMetadata[]> {
  const files = pluginFolders.map((name) => path.join(pluginsDir, name, "functions.ts"));
  const result = await generateCustomFunctionsMetadata(files, true);
  expect(result.errors).toEqual([]);
  return (JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] }).functions;
}

function translations(): Record<string, unknown> {
  return Object.assign(
    {},
    ...pluginFolders.map((name) => JSON.parse(readFileSync(path.join(pluginsDir, name, "functions.fr.json"), "utf8"))),
  );
}

describe("custom functions metadata", () => {
  it("declares the sizing functions with their dimensionality and optional parameters", async () => {
    const functions = await metadata();
    const byId = new Map(functions.map((fn) => [fn.id, fn]));
    const hours = byId.get("HOURS");
    expect(hours?.parameters.map((p) => [p.name, p.dimensionality, Boolean(p.optional)])).toEqual([
      ["amount", "matrix", false],
      ["labour_share_or_trade", "matrix", false],
      ["insertion_rate", "matrix", true],
      ["hourly_cost", "matrix", true],
    ]);
    expect(hours?.result.dimensionality).toBe("matrix");
    expect(byId.get("LABOUR_SHARE")?.parameters.map((p) => p.name)).toEqual(["trade"]);
    expect(byId.get("FTE")?.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([
      ["hours", false],
      ["hours_per_fte", true],
    ]);
  });

  it("gives every function a French name and description, with the same ids", async () => {
    const functions = await metadata();
    const { localized, errors } = localize({ functions }, translations());
    expect(errors).toEqual([]);
    const french = localized.functions as FunctionMetadata[];
    expect(french.map((fn) => fn.id)).toEqual(functions.map((fn) => fn.id));
    expect(Object.fromEntries(french.map((fn) => [fn.id, fn.name]))).toMatchObject({
      HOURS: "HEURES",
      LABOUR_SHARE: "PART_MAIN_OEUVRE",
      FTE: "ETP",
    });
    for (const fn of french) {
      expect(fn.name).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(fn.description).not.toBe(functions.find((original) => original.id === fn.id)?.description);
    }
  });

  it("reports a function left without translation", async () => {
    const functions = await metadata();
    const { errors } = localize({ functions }, {});
    expect(errors[0]).toMatch(/n'a pas de traduction/);
  });

  it("declares in each plugin exactly the functions its functions.ts defines (what functions.json ships)", async () => {
    for (const folder of pluginFolders) {
      const result = await generateCustomFunctionsMetadata([path.join(pluginsDir, folder, "functions.ts")], true);
      const ids = (JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] }).functions.map((fn) => fn.id);
      const plugin = plugins.find((candidate) => candidate.id === folder);
      expect([folder, [...(plugin?.functions ?? [])].sort()]).toEqual([folder, ids.sort()]);
    }
    const declared = plugins.flatMap((plugin) => plugin.functions ?? []).sort();
    expect(declared).toEqual((await metadata()).map((fn) => fn.id).sort());
  });
});
