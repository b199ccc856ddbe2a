/**
 * "Utrect" → "Bedoelt u: Utrecht?": the known place names closest to what the resident typed, so a typo
 * offers choices instead of ending the check. Distance is Damerau-Levenshtein (optimal string alignment:
 * a swapped pair of letters counts as one edit, as in "Ziest"), over names without accents and case.
 */
import { foldName } from './fold-name.js';

/** At most this many edits; for short names fewer, or almost every short name would be offered. */
const MAX_DISTANCE = 2;
const MAX_SUGGESTIONS = 5;


/** Edits (insert, delete, substitute, swap two neighbours) from a to b. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The names within reach of the typed text, closest first (then alphabetical), each once. */
export function suggestPlaces(typed: string, names: Iterable<string>): string[] {
  const wanted = foldName(typed);
  if (wanted.length < 3) return [];
  // One edit in a name of up to 5 letters, two in longer ones ("Utrect" → "Utrecht", "Hilversun" → "Hilversum").
  const limit = wanted.length <= 5 ? 1 : MAX_DISTANCE;
  const best = new Map<string, number>();
  for (const name of names) {
    const folded = foldName(name);
    if (Math.abs(folded.length - wanted.length) > limit) continue;
    const distance = editDistance(wanted, folded);
    if (distance <= limit && !(best.get(name)! <= distance)) best.set(name, distance);
  }
  return [...best]
    .sort(([a, da], [b, db]) => da - db || a.localeCompare(b, 'nl'))
    .slice(0, MAX_SUGGESTIONS)
    .map(([name]) => name);
}
