/**
 * `npm run b1 [localesDir]`: the B1 check for the Dutch texts. Prints per string the Douma score and the
 * words per sentence (average and longest), whether it meets the target (Douma ≥ 65, at most 15 words in a
 * sentence, for question and result texts), then the jargon words that are not explained. Exits 1 when a
 * string misses the target or uses unexplained jargon.
 */
import { join } from 'node:path';
import { DOUMA_EXCEPTIONS, DOUMA_MIN, SHORT_WORDS, WORDS_PER_SENTENCE_MAX, checkAll } from '../b1/check.js';
import { jargonFaults, staleExplanations } from '../b1/jargon.js';
import { readDutchStrings } from '../b1/strings.js';

const localesDir = process.argv[2] ?? join(import.meta.dirname, '../../locales');
const strings = readDutchStrings(localesDir);
const reports = checkAll(strings);
const jargon = jargonFaults(strings);
const stale = staleExplanations(strings);

const STATUS_TEXT = { ok: 'ok', short: 'short (no Douma target)', excepted: 'below 65, excepted', 'no-target': 'no target', fail: 'MISSES TARGET' } as const;
const staleExceptions = Object.keys(DOUMA_EXCEPTIONS).filter((key) => reports.find((r) => r.key === key)?.status !== 'excepted');
const rows = reports.map((r) => [
  r.key,
  r.group,
  String(r.words),
  r.douma === null ? '-' : r.douma.toFixed(1),
  r.wordsPerSentence.toFixed(1),
  String(r.longestSentence),
  STATUS_TEXT[r.status] + (r.problems.length > 0 ? `: ${r.problems.join('; ')}` : r.status === 'excepted' ? `: ${DOUMA_EXCEPTIONS[r.key]}` : ''),
]);
const header = ['key', 'group', 'words', 'Douma', 'words/sentence', 'longest', 'status'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.slice().map((row) => (i === header.length - 1 ? 0 : row[i]!.length))));
const line = (cells: string[]) =>
  cells.map((c, i) => (i === cells.length - 1 ? c : i >= 2 && i <= 5 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
console.log(line(header));
console.log(line(widths.map((w, i) => '-'.repeat(i === header.length - 1 ? header[i]!.length : w))));
for (const row of rows) console.log(line(row));

for (const fault of jargon) console.log(`jargon: ${fault.key}: "${fault.word}" is not explained — ${fault.text}`);
for (const key of staleExceptions) console.log(`douma: exception ${key} is stale (no such key, or it meets the target now); remove it from src/b1/check.ts`);
for (const entry of stale) console.log(`jargon: allow-list entry ${entry} is stale (the text no longer uses the word); remove it from src/b1/jargon.ts`);

const targeted = reports.filter((r) => r.group !== 'other');
const failed = targeted.filter((r) => r.status === 'fail');
const excepted = targeted.filter((r) => r.status === 'excepted');
const held = targeted.filter((r) => r.words >= SHORT_WORDS && r.douma !== null);
const lowest = [...held].sort((a, b) => a.douma! - b.douma!).slice(0, 3);
console.log(
  `\nb1: ${reports.length} strings, ${targeted.length} with a target (${held.length} held to Douma ≥ ${DOUMA_MIN}, ` +
    `${targeted.length - held.length} short), ${targeted.length - failed.length - excepted.length} meet the target, ` +
    `${excepted.length} excepted (${excepted.map((r) => r.key).join(', ') || '-'}), ${failed.length} miss it; ` +
    `${jargon.length} unexplained jargon word(s); max ${WORDS_PER_SENTENCE_MAX} words per sentence. ` +
    `Lowest Douma: ${lowest.map((r) => `${r.key} ${r.douma!.toFixed(1)}`).join(', ') || '-'}.`,
);
process.exit(failed.length > 0 || jargon.length > 0 || stale.length > 0 || staleExceptions.length > 0 ? 1 : 0);
