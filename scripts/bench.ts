/**
 * `npm run bench`: median wall time of one full evaluation in node (target ≤ 1 ms), measured over many
 * runs after a warm-up. Prints figures; it does not fail on them (timing is not a test).
 */
import { evaluate } from '../src/engine/evaluate.js';
import { evaluateWithWerkenLoont } from '../src/engine/evaluate-with-werken-loont.js';
import { diskRules } from '../test/support/disk-rules.js';

const rules = diskRules();

export function median(fn: () => void, runs: number, warmup = 200): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const household = {
  date: '2026-07-01',
  municipality: 'GM0344',
  household: { adults: [{ age: 34 }, { age: 36 }], children: [{ age: 3 }, { age: 12 }], housemates: [{ age: 30 }] },
  income: { netMonthly: '1450.00', source: 'bijstand', lowSinceMonths: 40 },
  assets: '1200.00',
  housing: { rentMonthly: '780.00' },
};

const evaluation = median(() => evaluate(household, rules), 2000);
console.log(`evaluate (one household, all schemes): median ${evaluation.toFixed(3)} ms (target ≤ 1 ms)`);

// Werken loont: one full 0–40 h curve (41 points, each with tax, bijstand, toeslagen and the local schemes).
const withWork = { ...household, work: { grossHourlyWage: '14.99', hoursPerWeek: 16, monthsWorkingOnBijstand: 0 } };
const curve = median(() => evaluateWithWerkenLoont(withWork, rules), 200, 20) - evaluation;
console.log(`werken loont (one 0–40 h curve): median ${curve.toFixed(3)} ms (target ≤ 10 ms)`);
