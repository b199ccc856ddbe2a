import type { AlreadyOption } from '../flow/already.js';
import type { Answers } from '../flow/answers.js';
import type { StepErrors } from '../flow/questions.js';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What a step template needs from the element: texts, answers, errors and a way to change answers. */
export interface StepView {
  t: Translate;
  answers: Answers;
  errors: StepErrors;
  update(patch: Partial<Answers>): void;
  /** ids of the question's heading and help text; unique per step when all steps share one page. */
  ids: { title: string; help: string };
  /** The choices of "Krijgt u dit al?" that can apply to these answers (steps-for.ts: alreadyFor). */
  already?: AlreadyOption[];
}

/** ids of the help texts and the error that describe a field, for aria-describedby. */
export function describedBy(errors: StepErrors, field: string, ...help: (string | undefined)[]): string | undefined {
  const ids = [...help, errors[field] ? `err-${field}` : undefined].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
