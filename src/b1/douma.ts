/**
 * Flesch-Douma reading ease for Dutch (Douma 1960): 206.835 − 0.93 × (words / sentences) − 77 × (syllables / words).
 * Higher is easier; 60–70 is plain language, B1 texts for a wide audience aim for 65 or more.
 */
import { countSyllables } from './syllables.js';

/** i18next placeholders: {{amount}}, {{ name }}. */
const PLACEHOLDER = /\{\{\s*[\w.-]+\s*\}\}/g;
/** A placeholder is read as one word of about two syllables ("€ 12", "Utrecht", "3 mei"). */
export const PLACEHOLDER_SYLLABLES = 2;
/** Stands in for a placeholder while the text is split into words; no letters, so never counted as one. */
const SLOT = '\u0001';

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
  /** Words per sentence, on average (what the Douma formula uses). */
  wordsPerSentence: number;
  /** Words in the longest sentence. */
  longestSentence: number;
  /** The Douma score; `null` when the text has no words. */
  douma: number | null;
}

export function douma(words: number, sentences: number, syllables: number): number {
  return 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words);
}

/** Syllables of a number as it is read aloud: one digit is one short word ("3", "drie"), longer numbers about two. */
function numberSyllables(token: string): number {
  return /^\d$/.test(token) ? 1 : 2;
}

/** Syllables of one whitespace-separated token; 0 when the token is not a word (a lone "–", "€", "%"). */
export function tokenSyllables(token: string): number {
  const slots = [...token].filter((c) => c === SLOT).length;
  const rest = token.replaceAll(SLOT, '');
  const letters = /\p{L}/u.test(rest);
  const digits = rest.match(/\d[\d.,]*/);
  if (letters) return slots * PLACEHOLDER_SYLLABLES + countSyllables(rest.replace(/\d[\d.,]*/g, ''));
  if (digits) return slots * PLACEHOLDER_SYLLABLES + numberSyllables(digits[0]);
  return slots * PLACEHOLDER_SYLLABLES;
}

/**
 * Splits a text into sentences on . ! ? and … followed by a space or the end. A text without end punctuation
 * (a label, a title) is one sentence. A full stop inside a number ("1.250,50") does not end a sentence.
 */
export function splitSentences(text: string): string[] {
  return text
    .replace(PLACEHOLDER, SLOT)
    .split(/(?<=[.!?…])["')\]]*\s+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The words of one sentence: tokens with a letter, a digit or a placeholder. */
export function wordsOf(sentence: string): string[] {
  return sentence
    .replace(PLACEHOLDER, SLOT)
    .split(/\s+/u)
    .filter((t) => t.includes(SLOT) || /[\p{L}\d]/u.test(t));
}

export function analyse(text: string): TextStats {
  const sentences = splitSentences(text).map(wordsOf).filter((w) => w.length > 0);
  const words = sentences.reduce((n, s) => n + s.length, 0);
  const syllables = sentences.flat().reduce((n, t) => n + tokenSyllables(t), 0);
  const count = Math.max(sentences.length, 1);
  return {
    words,
    sentences: sentences.length,
    syllables,
    wordsPerSentence: words / count,
    longestSentence: Math.max(0, ...sentences.map((s) => s.length)),
    douma: words > 0 ? douma(words, count, syllables) : null,
  };
}
