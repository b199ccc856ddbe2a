/**
 * The evaluate CLI as a function: JSON text in, exit code and output out. `npm run evaluate` calls it, and
 * the hostile-input tests run thousands of inputs through it in-process (the same code path, fast).
 */
import { evaluateWithWerkenLoont as evaluate } from '../engine/evaluate-with-werken-loont.js';
import { InputError, fieldPath } from '../engine/input.js';
import { duplicateKeys } from '../rules/json-duplicates.js';
import type { Rules } from '../rules/schema.js';

export interface CliResult {
  /** 0: an outcome; 2: the input is refused (the field is named); 1: our own fault (broken rules). */
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

export function runEvaluate(text: string, rules: Rules): CliResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { code: 2, stdout: '', stderr: `input: cannot read JSON: ${(error as Error).message}\n` };
  }
  // JSON.parse keeps the last of two equal keys: "assets" given twice would be answered with one of them.
  const duplicate = duplicateKeys(text)[0];
  if (duplicate) return { code: 2, stdout: '', stderr: `invalid input: ${fieldPath(duplicate.segments)}: duplicate-key\n` };
  try {
    return { code: 0, stdout: `${JSON.stringify(evaluate(input, rules), null, 2)}\n`, stderr: '' };
  } catch (error) {
    if (error instanceof InputError) return { code: 2, stdout: '', stderr: `invalid input: ${error.field}: ${error.code}\n` };
    // Anything else is a fault in the engine or rules: one line, no stack trace, and never an answer.
    return { code: 1, stdout: '', stderr: `error: ${(error as Error)?.message ?? String(error)}\n` };
  }
}
