import type { WerkenLoontOutcome } from '../engine/werken-loont/types.js';

/** The parts of the household's income the chart names and colours; any other scheme is "other". */
export const KNOWN_PARTS = ['netWage', 'partnerNetWage', 'otherIncome', 'bijstand', 'zorgtoeslag', 'huurtoeslag', 'kindgebondenBudget', 'kinderbijslag', 'iit', 'stadspas'];

/** Parts paid at some hour count, in a fixed order, then the gemeente's other schemes. */
export function partsPaid(r: WerkenLoontOutcome): string[] {
  const used = new Set<string>();
  for (const p of r.points) for (const [k, v] of Object.entries(p.parts)) if (Number(v) > 0) used.add(k);
  return [...KNOWN_PARTS.filter((k) => used.has(k)), ...[...used].filter((k) => !KNOWN_PARTS.includes(k)).sort()];
}
