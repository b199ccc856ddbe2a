import type { Parameter } from './schema.js';

/** A parameter was asked for a date before its first value: an error, never a silent zero. */
export class ParameterDateError extends Error {
  constructor(
    readonly parameterId: string,
    readonly date: string,
    readonly firstDate: string,
  ) {
    super(`${parameterId}: no value on ${date}; the first value applies from ${firstDate}`);
    this.name = 'ParameterDateError';
  }
}

/** The value in force on `date`: the one with the latest valid-from date on or before it. */
export function valueOn(parameter: Parameter, date: string, id = parameter.description ?? parameter.source): string {
  let found: string | undefined;
  for (const [from, entry] of Object.entries(parameter.values)) {
    if (from > date) break;
    found = typeof entry === 'string' ? entry : entry.value;
  }
  if (found === undefined) {
    throw new ParameterDateError(id, date, Object.keys(parameter.values)[0] ?? '');
  }
  return found;
}

/** True when the value in force on `date`, or the parameter as a whole, is marked unverified. */
export function isUnverifiedOn(parameter: Parameter, date: string): boolean {
  if (parameter.status === 'unverified') return true;
  let status: string | undefined;
  for (const [from, entry] of Object.entries(parameter.values)) {
    if (from > date) break;
    status = typeof entry === 'string' ? undefined : entry.status;
  }
  return status === 'unverified';
}

/** The source of the value in force on `date`: a per-value source wins over the parameter's. */
export function sourceOn(parameter: Parameter, date: string): string {
  let source = parameter.source;
  for (const [from, entry] of Object.entries(parameter.values)) {
    if (from > date) break;
    source = typeof entry === 'string' ? parameter.source : (entry.source ?? parameter.source);
  }
  return source;
}
