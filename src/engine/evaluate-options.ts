import type { SchemeContext } from './schemes/context.js';
import type { WerkenLoontOutcome } from './werken-loont/types.js';

/**
 * Optional parts of the evaluation, passed in so that a caller that does not need them does not load them:
 * the browser loads the werken-loont calculation and its tax and toeslagen rules only when asked for.
 */
export interface EvaluateOptions {
  werkenLoont?: (ctx: SchemeContext) => WerkenLoontOutcome | undefined;
}
