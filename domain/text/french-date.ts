/**
 * Dates as a French reader writes them (JJ/MM/AAAA), written once for every face: messages, panels,
 * exports. ISO `yyyy-mm-dd` stays the format of JSON and of the core.
 */

/**
 * @example
 * frenchDate("2026-07-01") // => "01/07/2026"
 */
export function frenchDate(iso: string): string {
  return iso.split("-").reverse().join("/");
}
