/**
 * Jargon that must not appear unexplained in a Dutch text. Residents with low literacy do not know these
 * words from daily life; a text may only use one when the same string, or the help/hint text of the same
 * question, says what it means. Those places are listed in EXPLAINED, each with the reason.
 */

export interface JargonWord {
  word: string;
  /** Matched against the lower-cased text without placeholders. Compounds count ("vermogensgrens"). */
  pattern: RegExp;
}

const compound = (word: string): JargonWord => ({ word, pattern: new RegExp(word, 'gu') });

export const JARGON: readonly JargonWord[] = [
  compound('draagkracht'),
  compound('kostendelersnorm'),
  compound('kostendeler'),
  compound('vermogen'),
  compound('toetsingsinkomen'),
  // only the word on its own (and its plural), not inside "normaal" or "normaliter"
  { word: 'norm', pattern: /(?<!\p{L})norm(?:en)?(?!\p{L})/gu },
  compound('bijstandsnorm'),
  compound('referentieperiode'),
  compound('inkomstenvrijlating'),
  compound('vrijlating'),
  { word: 'categoriaal', pattern: /categoriaa?l/gu },
  compound('verordening'),
  compound('peildatum'),
  compound('netto'),
  compound('bruto'),
];

/**
 * Key → jargon words that are explained for that key, with a one-line reason. Keys of translation.json are
 * written as they are ("q.income.help"), keys of werken-loont.json with their file: "werken-loont:intro".
 */
export const EXPLAINED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'q.income.help': { netto: 'the same text says what counts ("het bedrag dat op de bank komt") and then "Dat heet netto."' },
  'result.limit': { bijstandsnorm: 'the same text explains it: "Dat is de bijstand voor een huishouden zoals dat van u."' },
  'work.wage': { bruto: 'the hint of the same field, work.wageHint, says "Bruto is uw loon voordat er belasting af gaat."' },
  'work.wageHint': { bruto: 'the same text explains it: "Bruto is uw loon voordat er belasting af gaat."' },
  'q.income.helpAlone': { netto: 'the same text as q.income.help without the partner, with "Dat heet netto."' },
  'werken-loont:intro': { bruto: 'the same text explains it: "… per uur, voordat er belasting af gaat. Dat heet bruto."' },
};

/** Placeholders are not words of the text: {{netWage}} must not count as "netto". */
const PLACEHOLDER = /\{\{\s*[\w.-]+\s*\}\}/g;

/** The jargon words in a text, each once. A longer word wins over a shorter one inside it (inkomstenvrijlating, not vrijlating). */
export function findJargon(text: string): string[] {
  const lower = text.replace(PLACEHOLDER, ' ').toLowerCase();
  const hits: { word: string; start: number; end: number }[] = [];
  for (const { word, pattern } of JARGON) {
    for (const m of lower.matchAll(pattern)) hits.push({ word, start: m.index, end: m.index + m[0].length });
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: typeof hits = [];
  for (const hit of hits) {
    if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }
  return [...new Set(kept.sort((a, b) => a.start - b.start).map((h) => h.word))];
}

export interface JargonFault {
  key: string;
  word: string;
  text: string;
}

/** Jargon words that appear in a string and are not explained for that key. */
export function jargonFaults(strings: ReadonlyMap<string, string>): JargonFault[] {
  const faults: JargonFault[] = [];
  for (const [key, text] of strings) {
    for (const word of findJargon(text)) {
      if (!EXPLAINED[key]?.[word]) faults.push({ key, word, text });
    }
  }
  return faults;
}

/** Allow-list entries whose key is gone or whose text no longer uses the word: they should be removed. */
export function staleExplanations(strings: ReadonlyMap<string, string>): string[] {
  const stale: string[] = [];
  for (const [key, words] of Object.entries(EXPLAINED)) {
    const text = strings.get(key);
    for (const word of Object.keys(words)) {
      if (text === undefined || !findJargon(text).includes(word)) stale.push(`${key}: ${word}`);
    }
  }
  return stale;
}
