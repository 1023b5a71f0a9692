/**
 * Outside Excel, `CustomFunctions.Error` does not exist (office.js only defines it in Excel).
 * This stub mirrors its shape so custom functions can be called exactly as Excel calls them.
 */
class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

const g = globalThis as unknown as { CustomFunctions?: unknown };
if (!g.CustomFunctions) {
  g.CustomFunctions = {
    Error: CustomFunctionError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
    associate: () => undefined,
  };
}
