import type { Parameter, Rules } from '../rules/schema.js';
import { own } from '../rules/own.js';
import { isUnverifiedOn, sourceOn, valueOn } from '../rules/parameter.js';
import { Decimal } from './money.js';

/** A national parameter the rules do not contain: the rules file is broken, not the input. */
export class MissingParameterError extends Error {
  constructor(readonly parameterId: string) {
    super(`rules: national parameter "${parameterId}" is missing`);
    this.name = 'MissingParameterError';
  }
}

/**
 * Reads parameters on one date and remembers which unverified figures and sources were used,
 * so that every outcome can say where its numbers come from.
 */
export class Lookup {
  readonly unverified = new Set<string>();
  readonly sources = new Set<string>();

  constructor(
    readonly rules: Rules,
    readonly date: string,
  ) {}

  national(id: string): Decimal {
    const parameter = own(this.rules.national, id);
    if (!parameter) throw new MissingParameterError(id);
    return this.read(parameter, id);
  }

  read(parameter: Parameter, id = parameter.description ?? parameter.source): Decimal {
    const value = new Decimal(valueOn(parameter, this.date, id));
    if (isUnverifiedOn(parameter, this.date)) this.unverified.add(id);
    this.sources.add(sourceOn(parameter, this.date));
    return value;
  }

  /** Valid-from date of the value in force, e.g. for "Waarom? (bedragen per 1-1-2026)". */
  validFrom(parameter: Parameter): string {
    let from = '';
    for (const date of Object.keys(parameter.values)) if (date <= this.date) from = date;
    return from;
  }
}
