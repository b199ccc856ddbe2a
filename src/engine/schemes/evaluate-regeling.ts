import type { Regeling } from '../../rules/schema.js';
import type { SchemeOutcome } from '../types.js';
import { evaluateBijzondereBijstand } from './bijzondere-bijstand.js';
import type { SchemeContext } from './context.js';
import { evaluateIit } from './iit.js';
import { evaluateInkomensregeling } from './inkomensregeling.js';
import { evaluateKwijtschelding } from './kwijtschelding.js';

/** One regeling of the gemeente for the household in `ctx`, by the kind of rule it is. */
export function evaluateRegeling(ctx: SchemeContext, regeling: Regeling): SchemeOutcome {
  switch (regeling.type) {
    case 'inkomensregeling':
      return evaluateInkomensregeling(ctx, regeling);
    case 'iit':
      return evaluateIit(ctx, regeling);
    case 'bijzondere-bijstand':
      return evaluateBijzondereBijstand(ctx, regeling);
    case 'kwijtschelding':
      return evaluateKwijtschelding(ctx, regeling);
  }
}
