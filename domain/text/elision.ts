/**
 * French elision in generated sentences: « de » becomes « d' » before a vowel or a mute h
 * (« Heures d'avril », « Heures d'août », but « Heures de mars »).
 */

/**
 * « de » + a word, elided when French requires it.
 *
 * @example
 * ofWord("avril 2026") // => "d'avril 2026"
 * ofWord("août 2026") // => "d'août 2026"
 * ofWord("mars 2026") // => "de mars 2026"
 */
export function ofWord(word: string): string {
  return /^[aeiouyàâäéèêëîïôöùûüœh]/i.test(word) ? `d'${word}` : `de ${word}`;
}
