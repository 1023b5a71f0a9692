/**
 * The rate of contracts with a social consideration, from cells as the facilitator keeps them (one
 * cell per contract: « Clause sociale ; Critère social », or « Pas de considération sociale »).
 */
import { DomainError } from "../errors";
import { roundTo } from "../text";
import { CONCESSION_SOCIAL, MARKET_SOCIAL, NO_SOCIAL } from "./record";

const KNOWN = new Set<string>([...MARKET_SOCIAL, ...CONCESSION_SOCIAL]);

/**
 * The considerations written in one cell (separated by « ; » or « , »), checked against the DECP values.
 *
 * @example
 * considerationsOf("Clause sociale ; Critère social") // => ["Clause sociale", "Critère social"]
 * @throws DomainError procurement.social.unknown, procurement.social.contradiction
 */
export function considerationsOf(text: string, field = "considerations"): string[] {
  const values = text
    .split(/[;,]/)
    .map((value) => value.trim())
    .filter(Boolean);
  for (const value of values) {
    if (!KNOWN.has(value)) {
      throw new DomainError(
        "procurement.social.unknown",
        `« ${value} » n'est pas une considération sociale des DECP (possibles : ${[...KNOWN].join(", ")})`,
        {
          field,
        },
      );
    }
  }
  if (values.includes(NO_SOCIAL) && values.length > 1) {
    throw new DomainError(
      "procurement.social.contradiction",
      "« Pas de considération sociale » ne peut pas accompagner d'autres considérations",
      { field },
    );
  }
  return values;
}

/**
 * Contracts counted, those with a social consideration (anything but « Pas de considération
 * sociale »), and the rate to 4 decimals (null without contracts). Blank cells are not contracts.
 *
 * @example
 * socialRate(["Clause sociale", "Pas de considération sociale", "Critère social", ""]) // => { contracts: 3, withSocial: 2, rate: 0.6667 }
 */
export function socialRate(cells: readonly string[]): { contracts: number; withSocial: number; rate: number | null } {
  let contracts = 0;
  let withSocial = 0;
  cells.forEach((cell, index) => {
    const values = considerationsOf(cell, `considerations[${index}]`);
    if (values.length === 0) return;
    contracts += 1;
    if (values.some((value) => value !== NO_SOCIAL)) withSocial += 1;
  });
  return { contracts, withSocial, rate: contracts === 0 ? null : roundTo(withSocial / contracts, 4) };
}
