/**
 * The package's engine entry (`import … from 'regelingencheck/engine'`): the pure engine and the rules
 * validation, for node scripts, a gemeente's CI and bundlers. No DOM, no i18n; the rules files are in the
 * package under `regelingencheck/rules/…` and must be validated with `validateRules` before `evaluate`.
 */
export { evaluate, type EvaluateOptions } from './engine/evaluate.js';
export { evaluateWithWerkenLoont } from './engine/evaluate-with-werken-loont.js';
export { InputError, INPUT_LIMITS, householdInputSchema, parseHouseholdInput } from './engine/input.js';
export { outcomeSchema } from './engine/outcome-schema.js';
export { REASON_CODES } from './engine/types.js';
export type {
  AmountPer,
  HouseholdInput,
  HouseholdType,
  IncomeSource,
  NoticeCode,
  Outcome,
  ReasonCode,
  SchemeOutcome,
  Status,
} from './engine/types.js';
export type { WerkenLoontOutcome } from './engine/werken-loont/types.js';
export { type Fault, type Validated, type ValidateOptions, validateRules } from './rules/validate.js';
export type { RuleFiles, Rules } from './rules/schema.js';
export { gemeentenFile, nationalFile, organisationFile } from './rules/schema.js';
