/**
 * Comparing labels the way people type them: « Date de début », « date debut » and « DATE  DÉBUT »
 * are the same header; « Peinture » and « peinture » the same trade.
 */

/**
 * Lower case, accents removed, punctuation turned into spaces, spaces collapsed.
 *
 * @example
 * normalizeLabel("  Date de DÉBUT (marché) ") // => "date de debut marche"
 * normalizeLabel("Main-d'œuvre") // => "main d oeuvre"
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Rounds to a number of decimals, half away from zero, without binary noise
 * (1.005 → 1.01, not 1.00).
 *
 * @example
 * roundTo(833.3333, 2) // => 833.33
 * roundTo(1.005, 2) // => 1.01
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // Reading `scaled` to 15 significant digits moves it by at most 5e-15 × scaled: when it is farther
  // than that from a half, it rounds as `scaled` itself does, without the string round trip (the
  // engine's outputs round millions of shares).
  const nearest = Math.round(scaled);
  if (scaled < 1e14 && 0.5 - Math.abs(scaled - nearest) > 1e-13 * Math.max(1, scaled)) return (Math.sign(value) * nearest) / factor;
  const shifted = Number(scaled.toPrecision(15));
  return (Math.sign(value) * Math.round(shifted)) / factor;
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/**
 * A number as a French reader expects it (thin space between thousands, decimal comma).
 *
 * @example
 * formatNumberFr(1000000) // => "1 000 000"
 * formatNumberFr(833.333, 2) // => "833,33"
 */
export function formatNumberFr(value: number, maxDecimals = 2): string {
  let format = numberFormats.get(maxDecimals);
  if (!format) {
    format = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: maxDecimals });
    numberFormats.set(maxDecimals, format);
  }
  return format.format(value);
}

/**
 * A fraction as a French percentage.
 *
 * @example
 * formatPercentFr(0.05) // => "5 %"
 * formatPercentFr(0.075) // => "7,5 %"
 */
export function formatPercentFr(fraction: number): string {
  return `${formatNumberFr(roundTo(fraction * 100, 2))} %`;
}
