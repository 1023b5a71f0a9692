/**
 * SIRET numbers (14 digits: the company's SIREN, 9 digits, then the establishment's 5 digits).
 *
 * INSEE allocates both numbers with a Luhn check digit, so a mistyped digit or two swapped digits are
 * caught before a company is recorded under a wrong number. La Poste's establishments (SIREN
 * 356 000 000) are the known exception: their SIRET digits add up to a multiple of 5 instead
 * (background knowledge [K], kept so that La Poste can be recorded).
 */
import type { CellRead } from "./cells";
import { CELL_REASONS } from "./errors";

const LA_POSTE_SIREN = "356000000";

/**
 * Whether a string of digits passes the Luhn check.
 *
 * @example
 * luhnValid("732829320") // => true
 * luhnValid("732829321") // => false
 */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Reads a SIRET typed as text (spaces allowed: « 732 829 320 00074 ») or as a number, and checks
 * its length and keys; the value read is the 14 digits without spaces.
 *
 * @example
 * readSiret("732 829 320 00074") // => { ok: true, value: "73282932000074" }
 * readSiret("73282932000075") // => { ok: false, reason: "le SIRET « 73282932000075 » a une clé de contrôle invalide (chiffre mal saisi ?)" }
 * readSiret(1234567800019) // => { ok: false, reason: "… 13 chiffres au lieu de 14 : un zéro initial a été perdu ? Saisissez le SIRET comme du texte" }
 */
export function readSiret(cell: unknown): CellRead<string> {
  const fromNumber = typeof cell === "number";
  const text = fromNumber ? String(cell) : typeof cell === "string" ? cell.trim() : "";
  const digits = text.replace(/[\s\u00a0\u202f.]/g, "");
  if (!/^\d+$/.test(digits)) return { ok: false, reason: CELL_REASONS.notASiret(text) };
  if (digits.length !== 14) return { ok: false, reason: CELL_REASONS.siretLength(digits, fromNumber && digits.length < 14) };
  const siren = digits.slice(0, 9);
  if (siren === LA_POSTE_SIREN) {
    const sum = [...digits].reduce((total, digit) => total + Number(digit), 0);
    if (sum % 5 === 0 || luhnValid(digits)) return { ok: true, value: digits };
  } else if (!luhnValid(siren)) {
    return { ok: false, reason: CELL_REASONS.sirenKey(siren) };
  } else if (luhnValid(digits)) {
    return { ok: true, value: digits };
  }
  return { ok: false, reason: CELL_REASONS.siretKey(digits) };
}
