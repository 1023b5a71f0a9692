/**
 * Where each block of a form sits on its « Relevé » sheet (1-based rows): the writer puts them there,
 * the reader looks for them there. It depends only on the model (the number of contracts listed), so
 * a returned form is read exactly as it was written.
 */
import type { FormModel } from "./form-model";

export interface FormLayout {
  title: number;
  guichet: number;
  company: number;
  period: number;
  instruction: number;
  marketsHeader: number;
  firstMarket: number;
  attestationTitle: number;
  signatory: number;
  role: number;
  signedOn: number;
  attestationText: number;
  linesHeader: number;
  firstLine: number;
  lastLine: number;
}

/**
 * @example
 * formLayout(modelWithTwoContracts).linesHeader // => 18
 */
export function formLayout(model: Pick<FormModel, "markets" | "lineRows">): FormLayout {
  const firstMarket = 8;
  const attestationTitle = firstMarket + model.markets.length + 1;
  const linesHeader = attestationTitle + 6;
  return {
    title: 1,
    guichet: 2,
    company: 3,
    period: 4,
    instruction: 5,
    marketsHeader: 7,
    firstMarket,
    attestationTitle,
    signatory: attestationTitle + 1,
    role: attestationTitle + 2,
    signedOn: attestationTitle + 3,
    attestationText: attestationTitle + 4,
    linesHeader,
    firstLine: linesHeader + 1,
    lastLine: linesHeader + model.lineRows,
  };
}
