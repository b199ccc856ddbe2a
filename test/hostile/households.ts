import { fieldPath } from '../../src/engine/input.js';

/**
 * Generated hostile CLI inputs: every field of a valid household replaced by values that are not a
 * possible household, every object given an unknown key, every key given twice, every required key removed. Each case says which
 * field the refusal must name. Deterministic, so a failure can be reproduced by its name.
 */

/** Valid households to mutate: every optional block present, so every field can be broken. */
export function baseHouseholds(gemeenten: string[]): Record<string, unknown>[] {
  const dates = ['2026-07-01', '2026-01-01', '2025-07-01', '2027-07-01'];
  return gemeenten.map((municipality, i) => ({
    date: dates[i % dates.length],
    municipality,
    household: {
      adults: i % 2 ? [{ age: 34 }, { age: 36 }] : [{ age: 34 }],
      children: [{ age: 3 }, { age: 12 }],
      housemates: [{ age: 22, student: true, commercialTenant: false }],
    },
    income: { netMonthly: '1348.49', source: i % 3 ? 'work' : 'bijstand', lowSinceMonths: 40 },
    assets: '1200.00',
    housing: { rentMonthly: '700.00' },
    // A partner's wage only where there is a partner (issue 11 refuses it otherwise).
    work: { grossHourlyWage: '14.40', hoursPerWeek: 20, monthsWorkingOnBijstand: 3, ...(i % 2 && { partnerGrossMonthly: '0.00' }) },
    debts: false,
  }));
}

/** A value written into the JSON text as is: JSON.stringify cannot make 1e400 (Infinity when parsed). */
export class Raw {
  constructor(readonly text: string) {}
}

export interface HostileCase {
  name: string;
  /** The JSON text given to the CLI. */
  text: string;
  /** The field the refusal must name (it may name a field inside it), or undefined for any field. */
  field: string | undefined;
  /** The exact code when it is known (unknown-key, required). */
  code?: string;
}

const BAD_MONEY: unknown[] = [
  '-5.00', '-0.01', '1.005', '1,50', '€100', '1e3', ' 100', '100 ', '', '0x10', 'NaN', 'Infinity', '-Infinity',
  '999999999999999', '１００', '1.', '.5', '+5', 100, 0, null, true, [], {}, new Raw('1e400'), new Raw('-0'),
];
const BAD_INT = (low: number, high: number): unknown[] => [
  low - 1, high + 1, 1e9, -1e9, 30.5, String(low + 1), null, true, [], {}, 'NaN', new Raw('1e400'), new Raw('-1e400'), new Raw('1.0000000001'),
];
const BAD_BOOL: unknown[] = ['yes', 'true', 1, 0, null, [], {}, 'false'];
const BAD_OBJECT: unknown[] = [null, [], 'x', 1, true];
const BAD_DATE: unknown[] = [
  '2026-02-30', '2026-13-45', '2026-00-10', '2026-04-31', '2025-02-29', '2026-7-1', '26-07-01', '2026/07/01', '',
  ' 2026-07-01', '2026-07-01T00:00:00Z', '2019-01-01', '2099-01-01', '2027-07-02', '9999-12-31', '0000-01-01',
  20260701, null, true, [], {},
];

/** Hostile values per field path (paths into the base household). */
const FIELDS: Record<string, unknown[]> = {
  date: BAD_DATE,
  municipality: ['', 'GM0000', 'GM9999', 'Atlantis', 'toString', 'constructor', '__proto__', 'hasOwnProperty', null, 344, [], {}, 'x'.repeat(10_000), '<script>alert(1)</script>'],
  household: BAD_OBJECT.concat([{}]),
  'household.adults': [[], [{ age: 30 }, { age: 30 }, { age: 30 }], null, 'x', {}, [null], [1], ['34']],
  'household.adults.0': [null, 34, 'x', []],
  'household.adults.0.age': BAD_INT(18, 120),
  'household.children': [Array.from({ length: 21 }, () => ({ age: 3 })), null, 'x', {}, [null], [4]],
  'household.children.0.age': BAD_INT(0, 17),
  'household.housemates': [Array.from({ length: 21 }, () => ({ age: 30 })), null, 'x', {}, [null]],
  'household.housemates.0.age': BAD_INT(18, 120),
  'household.housemates.0.student': BAD_BOOL,
  'household.housemates.0.commercialTenant': BAD_BOOL,
  income: BAD_OBJECT.concat([{}]),
  'income.netMonthly': BAD_MONEY.concat(['100000.01']),
  'income.source': ['lottery', '', 'BIJSTAND', null, 1, 'toString', '__proto__', ['work']],
  'income.lowSinceMonths': BAD_INT(0, 1200),
  assets: BAD_MONEY.concat(['100000000.01']),
  housing: BAD_OBJECT,
  'housing.rentMonthly': BAD_MONEY.concat(['10000.01']),
  work: BAD_OBJECT,
  'work.grossHourlyWage': BAD_MONEY.concat(['1000.01']),
  'work.hoursPerWeek': [-1, 61, -0.5, '20', null, true, [], {}, new Raw('1e400'), new Raw('-1e400')],
  'work.monthsWorkingOnBijstand': BAD_INT(0, 1200),
  'work.partnerGrossMonthly': BAD_MONEY.concat(['100000.01']),
  debts: BAD_BOOL,
};

/** Keys of the contract, put where they do not belong, and typos of them. */
const UNKNOWN_KEYS = [
  'lowSinceMonth', 'netmonthly', 'Assets', 'municipalty', 'datum', 'kinderen', 'age ', 'student_', 'rentmonthly',
  'hoursperweek', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'x'.repeat(500), '💥',
  '<script>', 'partnerGrossMonthly', 'debts', 'income', 'schemes',
];
const CONTAINERS = ['', 'household', 'household.adults.0', 'household.children.0', 'household.housemates.0', 'income', 'housing', 'work'];

/** Keys that must be there; without one the refusal names it with `required`. */
const REQUIRED = [
  'date', 'municipality', 'household', 'household.adults', 'household.adults.0.age', 'household.children.0.age',
  'household.housemates.0.age', 'income', 'income.netMonthly', 'income.source', 'assets', 'housing.rentMonthly',
  'work.grossHourlyWage', 'work.hoursPerWeek',
];

/** JSON text with raw values put in place of their markers. */
function toText(value: unknown): string {
  const raws: string[] = [];
  const json = JSON.stringify(value, (_key, v: unknown) => (v instanceof Raw ? `\u0000raw${raws.push(v.text) - 1}` : v));
  return json.replace(/"\\u0000raw(\d+)"/g, (_m, i: string) => raws[Number(i)]!);
}

function at(root: unknown, path: string): Record<string, unknown> {
  return (path ? path.split('.') : []).reduce<Record<string, unknown>>((v, key) => v[key] as Record<string, unknown>, root as Record<string, unknown>);
}

function parentAndKey(root: unknown, path: string): [Record<string, unknown>, string] {
  const parts = path.split('.');
  return [at(root, parts.slice(0, -1).join('.')), parts.at(-1)!];
}

/** Every hostile case for one base household. */
export function hostileCases(base: Record<string, unknown>, label: string): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const [path, values] of Object.entries(FIELDS)) {
    values.forEach((value, i) => {
      const copy = structuredClone(base);
      const [parent, key] = parentAndKey(copy, path);
      parent[key] = value;
      cases.push({ name: `${label}: ${path} = ${value instanceof Raw ? value.text : JSON.stringify(value)?.slice(0, 40)} (#${i})`, text: toText(copy), field: path });
    });
  }
  for (const container of CONTAINERS) {
    for (const key of UNKNOWN_KEYS) {
      const copy = structuredClone(base);
      const target = at(copy, container);
      if (Object.hasOwn(target, key)) continue; // a real key of this object is not unknown here
      if (container === 'work' && key === 'partnerGrossMonthly') continue; // a contract key of work (issue 11)
      // defineProperty: `__proto__` becomes an own key, as JSON.parse makes it.
      Object.defineProperty(target, key, { value: 1, enumerable: true, configurable: true, writable: true });
      cases.push({ name: `${label}: unknown key ${container || '(root)'}.${key.slice(0, 20)}`, text: toText(copy), field: fieldPath([...(container ? container.split('.') : []), key]), code: 'unknown-key' });
    }
  }
  // Issue 23: every key of every object given twice, first with another value (`"assets":"100000000","assets":"0.00"`):
  // JSON.parse would keep the last without a word, so the CLI refuses the key.
  for (const container of CONTAINERS) {
    for (const key of Object.keys(at(base, container))) {
      const copy = structuredClone(base);
      const target = at(copy, container);
      const entries = Object.entries(target);
      for (const k of Object.keys(target)) delete target[k];
      for (const [k, v] of entries) {
        if (k === key) target['\u0000twice'] = typeof v === 'string' ? '100000000' : v;
        target[k] = v;
      }
      const text = toText(copy).replace('"\\u0000twice":', `${JSON.stringify(key)}:`);
      const field = fieldPath([...(container ? container.split('.') : []), key]);
      cases.push({ name: `${label}: ${container || '(root)'}.${key} given twice`, text, field, code: 'duplicate-key' });
    }
  }
  for (const path of REQUIRED) {
    const copy = structuredClone(base);
    const [parent, key] = parentAndKey(copy, path);
    delete parent[key];
    cases.push({ name: `${label}: without ${path}`, text: toText(copy), field: path, code: 'required' });
  }
  return cases;
}

/** Whole inputs that are no household at all: any field may be named. */
export const NOT_A_HOUSEHOLD = ['null', '[]', '"x"', '1', 'true', '{}', '{"date":"2026-07-01"}', '[{"date":"2026-07-01"}]', '{ not json', '', '\u0000'];
