/**
 * Loads every plugin's custom functions into the preview (their modules call
 * `CustomFunctions.associate` when webpack builds them, which the shim records), and maps the
 * French names of functions.fr.json to their ids.
 */
import "./custom-functions-shim";
import { registeredFunctions } from "./custom-functions-shim";

interface Translation {
  name: string;
}

const functionModules = require.context("../plugins", true, /functions\.ts$/);
functionModules.keys().forEach((key) => functionModules(key));

const translations = require.context("../plugins", true, /functions\.fr\.json$/);
const frenchToId = new Map<string, string>();
translations.keys().forEach((key) => {
  const table = translations(key) as Record<string, Translation>;
  for (const [id, translation] of Object.entries(table)) frenchToId.set(translation.name.toUpperCase(), id);
});

/**
 * The registered function for an English id or a French name.
 *
 * @example
 * findFunction("HEURES") // => the HOURS function
 */
export function findFunction(name: string): ((...args: unknown[]) => unknown) | undefined {
  const upper = name.toUpperCase();
  return registeredFunctions.get(upper) ?? registeredFunctions.get(frenchToId.get(upper) ?? "");
}

/** Every function available, by French name, for the formula bar's hint. */
export function frenchFunctionNames(): string[] {
  return [...frenchToId.keys()].sort();
}
