/**
 * A Dutch syllable counter for readability scores. Dutch spelling is regular enough that every group of
 * vowel letters that is spoken as one sound makes one syllable: "re-ge-ling" (e, e, i), "toe-slag" (oe, a).
 * A final -e is spoken (schwa), so it counts too.
 *
 * Within a run of vowel letters the longest known group is taken first (eeu, ieu, oei, aai, ooi, then aa,
 * ee, oo, uu, ie, oe, eu, ui, ei, ij, ou, au); any other vowel letter is a group of its own, so "du-e-le"
 * in "individuele" is three syllables. A diaeresis (ë, ï, ö, ü) always starts a new syllable ("ide-eën").
 * Words in capitals ("AOW", "SVB") are spoken letter by letter and count one syllable per letter.
 */

const GROUPS = ['eeu', 'ieu', 'oei', 'aai', 'ooi', 'aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ui', 'ei', 'ij', 'ou', 'au'];
/** Vowel letters without a diaeresis; accents only mark stress (é, è, á, ó…). */
const PLAIN_VOWELS: Record<string, string> = { a: 'a', e: 'e', i: 'i', o: 'o', u: 'u', y: 'y', á: 'a', à: 'a', â: 'a', é: 'e', è: 'e', ê: 'e', í: 'i', ó: 'o', ò: 'o', ô: 'o', ú: 'u', û: 'u' };
/** A vowel with a diaeresis is spoken apart from the vowel before it. */
const DIAERESIS: Record<string, string> = { ä: 'a', ë: 'e', ï: 'i', ö: 'o', ü: 'u', ÿ: 'y' };

/** Syllables in one word (letters only; hyphenated parts are counted apart: "ID-kaart" = I + D + kaart). */
export function countSyllables(word: string): number {
  const parts = word.split(/[-‐–/]/).filter((p) => /\p{L}/u.test(p));
  if (parts.length > 1) return parts.reduce((sum, part) => sum + countSyllables(part), 0);
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return 0;
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return letters.length;

  const lower = letters.toLowerCase();
  let count = 0;
  let i = 0;
  while (i < lower.length) {
    const ch = lower[i]!;
    if (ch in DIAERESIS) {
      count += 1;
      i += 1;
      // a diaeresis vowel can begin a group of its own ("ëe" is rare; treat the next vowels as a new run)
      continue;
    }
    if (!(ch in PLAIN_VOWELS)) {
      i += 1;
      continue;
    }
    // "ij" is a vowel group; a "j" after any other vowel is a consonant ("haj", "kajak").
    const rest = [...lower.slice(i, i + 3)].map((c) => PLAIN_VOWELS[c] ?? c).join('');
    const group = GROUPS.find((g) => rest.startsWith(g));
    count += 1;
    i += group ? group.length : 1;
  }
  // A word with letters but no vowel ("s", "'t", "m") is still spoken: at least one syllable.
  return Math.max(count, 1);
}
