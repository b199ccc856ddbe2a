/**
 * The B1 targets for the Dutch texts: which keys are question texts or result texts, and whether each
 * string meets Douma ≥ 65 and at most 15 words per sentence. Texts under 4 words (labels, buttons) are
 * reported but not held to the Douma target: the formula means nothing for two words.
 */
import { type TextStats, analyse } from './douma.js';

export const DOUMA_MIN = 65;
export const WORDS_PER_SENTENCE_MAX = 15;
/** Texts with fewer words than this are labels: no Douma target. */
export const SHORT_WORDS = 4;

/**
 * Texts that cannot reach Douma 65 without dropping a word the resident needs, with the reason. They are
 * still held to the sentence length and still shown with their score. Keep this list short.
 */
export const DOUMA_EXCEPTIONS: Readonly<Record<string, string>> = {
  'doc.polis-zorgverzekering':
    '5 words, one of them "zorgverzekering" (5 syllables), the word on the document itself; every plain rewording scores below 60.',
};

export type Group = 'question' | 'result' | 'other';

const QUESTION_PREFIXES = ['q.', 'location.', 'placeChoice.'];
const QUESTION_KEYS = ['summary.title', 'app.intro', 'app.need', 'app.privacy'];
const RESULT_PREFIXES = ['result.', 'reason.', 'status.', 'scheme.', 'doc.', 'errors.', 'work.', 'werken-loont:', 'results:', 'takeHome.', 'share.'];

/** Keys of werken-loont.json and results.json carry their file ("werken-loont:intro"); all of those files are result text. */
export function groupOf(key: string): Group {
  if (QUESTION_KEYS.includes(key) || QUESTION_PREFIXES.some((p) => key.startsWith(p))) return 'question';
  if (RESULT_PREFIXES.some((p) => key.startsWith(p))) return 'result';
  return 'other';
}

export type Status = 'ok' | 'short' | 'excepted' | 'no-target' | 'fail';

export interface StringReport extends TextStats {
  key: string;
  text: string;
  group: Group;
  status: Status;
  /** Why the string misses the target; empty when it meets it. */
  problems: string[];
}

export function checkString(key: string, text: string): StringReport {
  const stats = analyse(text);
  const group = groupOf(key);
  const problems: string[] = [];
  if (group !== 'other') {
    if (stats.longestSentence > WORDS_PER_SENTENCE_MAX) problems.push(`a sentence of ${stats.longestSentence} words (max ${WORDS_PER_SENTENCE_MAX})`);
    if (stats.words >= SHORT_WORDS && stats.douma !== null && stats.douma < DOUMA_MIN && !DOUMA_EXCEPTIONS[key]) {
      problems.push(`Douma ${stats.douma.toFixed(1)} (min ${DOUMA_MIN})`);
    }
  }
  const excepted = stats.douma !== null && stats.douma < DOUMA_MIN && stats.words >= SHORT_WORDS && DOUMA_EXCEPTIONS[key] !== undefined;
  const status: Status =
    problems.length > 0 ? 'fail' : group === 'other' ? 'no-target' : stats.words < SHORT_WORDS ? 'short' : excepted ? 'excepted' : 'ok';
  return { ...stats, key, text, group, status, problems };
}

export function checkAll(strings: ReadonlyMap<string, string>): StringReport[] {
  return [...strings].map(([key, text]) => checkString(key, text));
}
