/**
 * Dates as French readers write them.
 */

/**
 * An ISO day (`aaaa-mm-jj`) as `jj/mm/aaaa`.
 *
 * @example
 * frenchDate("2026-08-22") // => "22/08/2026"
 */
export function frenchDate(iso: string): string {
  return iso.split("-").reverse().join("/");
}
