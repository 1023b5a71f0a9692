/**
 * Outside Excel there is no `CustomFunctions` global. The preview installs this stand-in before the
 * functions' modules load: `associate` records each function under its id (exactly as Excel would
 * register it), so the preview's formula bar calls the very same code.
 */
class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

type Registered = (...args: unknown[]) => unknown;

/** Functions registered by id (`HOURS`, `LABOUR_SHARE`, …). */
export const registeredFunctions = new Map<string, Registered>();

const g = globalThis as unknown as { CustomFunctions?: unknown };
g.CustomFunctions = {
  Error: CustomFunctionError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
  associate(id: string | Record<string, Registered>, fn?: Registered) {
    if (typeof id === "string" && fn) registeredFunctions.set(id.toUpperCase(), fn);
    else if (typeof id === "object") for (const [key, value] of Object.entries(id)) registeredFunctions.set(key.toUpperCase(), value);
  },
};
