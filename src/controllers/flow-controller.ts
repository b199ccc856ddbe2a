import type { LitElement, ReactiveController } from 'lit';
import { type AlreadyOption, keepOffered } from '../flow/already.js';
import { type Answers, emptyAnswers } from '../flow/answers.js';
import { STEPS, type StepErrors, type StepId, validateStep } from '../flow/questions.js';
import type { StepView, Translate } from '../ui/view.js';

/** The screens of the check itself; what stops every answer (rules-controller.ts) is not one of them. */
export type Screen = 'intro' | 'location' | 'question' | 'summary' | 'volunteer' | 'results' | 'uncovered' | 'elsewhere' | 'share-error';

type Host = Pick<LitElement, 'addController' | 'requestUpdate' | 'renderRoot' | 'updateComplete'>;

export interface FlowContext {
  t: Translate;
  /** The questions for the answers so far (steps-for.ts). */
  steps(answers: Answers): StepId[];
  volunteer(): boolean;
  /** Whether results exist to go back to; without them the back button shows the summary. */
  hasOutcome(): boolean;
  /** An answer changed: results must never show for other answers. */
  answered(): void;
  /** A screen is about to show: the element starts what that screen will need. */
  entering(screen: Screen): void;
  /** The first screen before the questions: the intro when the page names the gemeente, else the place. */
  placeScreen(): Screen;
  /** The choices of "Krijgt u dit al?" for these answers (steps-for.ts: alreadyFor); absent: zorgtoeslag only. */
  already?(answers: Answers): AlreadyOption[];
}

/**
 * Owns where the resident is and what they answered: the screen, the question, the answers and their
 * errors, the announcement for screen readers, the focus after a new screen, and the browser's history.
 */
export class FlowController implements ReactiveController {
  screen: Screen = 'intro';
  step: StepId = 'partner';
  answers: Answers = emptyAnswers();
  errors: StepErrors = {};
  announcement = '';
  /** Set when a question is opened from the summary: "Volgende" then goes back there. */
  private returnToSummary = false;
  private focusTarget: string | undefined;
  /** The screens this resident has seen, for the browser's back and forward buttons. */
  private screens: { screen: Screen; step: StepId }[] = [];
  private historyToken = newToken();
  private restoring = false;

  constructor(
    private readonly host: Host,
    private readonly context: FlowContext,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Reloaded on a screen of the check: this entry is now the intro of this load, not a screen that is gone.
    const state = history.state as HistoryEntry | null;
    if (state?.regelingenCheck !== undefined && state.load !== PAGE_LOAD) history.replaceState(null, '');
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  hostUpdated(): void {
    if (!this.focusTarget) return;
    // Focus after the new screen is painted: focusing at once forces a synchronous layout of the whole
    // screen (≈ 70 ms of a results screen on a slow phone) before the resident sees anything.
    const target = this.focusTarget;
    this.focusTarget = undefined;
    requestAnimationFrame(() => setTimeout(() => this.host.renderRoot.querySelector<HTMLElement>(target)?.focus()));
  }

  get steps(): StepId[] {
    return this.context.steps(this.answers);
  }

  go(screen: Screen, step?: StepId, focus = 'h2'): void {
    this.context.entering(screen);
    if (!this.restoring) this.remember(screen, step ?? this.step);
    this.screen = screen;
    if (step) this.step = step;
    this.errors = {};
    this.focusTarget = focus;
    this.announcement = screen === 'question' ? this.context.t('app.progressAtMost', this.progress()) : '';
    this.host.requestUpdate();
  }

  /**
   * "Vraag 3 van hoogstens 9": the questions asked so far, this one, and every later question that an answer
   * not given yet could still bring. Going on, the total can only go down (a skipped question drops out once
   * it is passed); it never grows the way the number of questions for the answers so far does.
   */
  progress(): { current: number; total: number } {
    const current = this.steps.indexOf(this.step) + 1;
    const later = STEPS.length - STEPS.findIndex((s) => s.id === this.step) - 1;
    return { current, total: current + later };
  }

  replaceAnswers(answers: Answers): void {
    this.answers = answers;
    this.host.requestUpdate();
  }

  update(patch: Partial<Answers>): void {
    // A choice that no longer applies (no rent, so no huurtoeslag) is dropped, so "Ja" is asked again.
    const answers = { ...this.answers, ...patch };
    this.answers = keepOffered(answers, this.alreadyOptions(answers));
    this.host.requestUpdate();
  }

  private alreadyOptions(answers: Answers): AlreadyOption[] {
    return this.context.already?.(answers) ?? [{ id: 'zorgtoeslag' }];
  }

  /** What a question's template needs; `id` when all questions share one page (volunteer mode). */
  stepView(id?: StepId): StepView {
    return {
      t: this.context.t,
      answers: this.answers,
      errors: this.errors,
      update: (patch) => {
        this.update(patch);
        this.context.answered();
      },
      ids: id ? { title: `${id}-title`, help: `${id}-help` } : { title: 'q-title', help: 'help' },
      already: this.alreadyOptions(this.answers),
    };
  }

  /** The questions: one per screen, or all at once for a volunteer. */
  toQuestions(): void {
    if (this.context.volunteer()) this.go('volunteer');
    else this.go('question', this.steps[0]);
  }

  next(): void {
    const errors = validateStep(this.step, this.answers);
    if (Object.keys(errors).length > 0) return this.showErrors(errors);
    const steps = this.steps;
    const rest = steps.slice(steps.indexOf(this.step) + 1);
    // After a change from the summary, only the questions the change made necessary are asked again.
    const following = this.returnToSummary ? rest.find((id) => !this.isComplete(id)) : rest[0];
    if (following) this.go('question', following);
    else {
      this.returnToSummary = false;
      this.go('summary');
    }
  }

  edit(id: StepId): void {
    this.returnToSummary = true;
    this.go('question', id);
  }

  back(): void {
    if (this.screen === 'summary') return this.go('question', this.steps.at(-1));
    const steps = this.steps;
    const previous = steps[steps.indexOf(this.step) - 1];
    if (previous) this.go('question', previous);
    else this.go(this.context.placeScreen());
  }

  /** Every question answered as asked, or the errors of those that are not (shown, with focus on the first). */
  checkAll(): boolean {
    const errors = Object.assign({}, ...this.steps.map((id) => validateStep(id, this.answers))) as StepErrors;
    if (Object.keys(errors).length === 0) return true;
    this.showErrors(errors);
    return false;
  }

  isComplete(id: StepId): boolean {
    return Object.keys(validateStep(id, this.answers)).length === 0;
  }

  showErrors(errors: StepErrors): void {
    this.errors = errors;
    this.announcement = this.context.t('app.errorSummary');
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  /** Back to the intro without a history entry: the rules changed under the check (rules-controller.ts). */
  startOver(): void {
    this.screen = 'intro';
    this.errors = {};
  }

  /** Clears every answer; the previous resident's screens are no longer reachable with the back button. */
  restart(): void {
    this.returnToSummary = false;
    this.answers = emptyAnswers();
    this.screens = [];
    this.historyToken = newToken();
    this.go('intro');
  }

  /**
   * The browser's back button goes back one screen instead of leaving the page and losing every answer.
   * Each screen is a history entry with the same URL; its state holds only this element's token and the
   * entry's number, never an answer.
   */
  private remember(screen: Screen, step: StepId): void {
    this.screens.push({ screen, step });
    const entry: HistoryEntry = { regelingenCheck: this.historyToken, depth: this.screens.length - 1, load: PAGE_LOAD };
    history.pushState(entry, '');
  }

  private readonly onPopState = (event: PopStateEvent): void => {
    const state = event.state as HistoryEntry | null;
    if (state?.regelingenCheck !== undefined && state.load !== PAGE_LOAD) return skipEarlierLoad(event, state.depth ?? 0);
    if (this.screens.length === 0) return;
    // An entry of another element on the page, or of an earlier resident on a kiosk: not ours to restore.
    if (state?.regelingenCheck !== undefined && state.regelingenCheck !== this.historyToken) return;
    const target = state?.depth !== undefined ? this.screens[state.depth] : { screen: 'intro' as const, step: this.step };
    if (!target) return;
    const screen = (target.screen === 'results' || target.screen === 'volunteer') && !this.context.hasOutcome() ? 'summary' : target.screen;
    this.restoring = true;
    this.go(screen === 'summary' && this.context.volunteer() ? 'volunteer' : screen, target.step);
    this.restoring = false;
  };
}

/** The state of a history entry: this element's token, the entry's number and the page load; never an answer. */
interface HistoryEntry {
  regelingenCheck?: string;
  depth?: number;
  load?: string;
}

/** Differs per page load: after a reload, the screens of the load before are gone with their answers. */
const PAGE_LOAD = newToken();
const skipped = new WeakSet<Event>();

/**
 * Back onto a screen of a load before a reload: that load's screens, and the entry it started on, are skipped
 * in one go (`depth` + 1 screens and that first entry), so one press leaves the check instead of eleven.
 * Every element on the page hears the same event; only the first one moves.
 */
function skipEarlierLoad(event: PopStateEvent, depth: number): void {
  if (skipped.has(event)) return;
  skipped.add(event);
  history.go(-(depth + 2));
}

function newToken(): string {
  return Math.random().toString(36).slice(2);
}
