import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { findEntry } from '../engine/gemeente.js';
import { emptyAnswers } from '../flow/answers.js';
import type { Language } from '../i18n/languages.js';
import type { FlowController } from './flow-controller.js';
import type { RulesController } from './rules-controller.js';

export interface TakeHomeWiring {
  rules: RulesController;
  flow: FlowController;
  /** The page names its gemeente: a code for another one is refused. */
  pageGemeente(): string | undefined;
  language(): Language;
  chooseLanguage(code: string): void;
  showResults(): Promise<void>;
}

/**
 * A take-home QR code opened on the resident's phone: the answers are in the fragment (`#rc=…`). They are
 * taken and removed from the address bar at once (no new history entry), kept only in memory, and shown
 * once the element has drawn its first screen.
 */
export class TakeHomeController implements ReactiveController {
  private fragment: string | undefined;
  /**
   * Opened from a take-home code: the page is the resident's own phone, whatever page made the code (a
   * kiosk's or a volunteer's). It then works as `inwoner`: links that open, no QR codes, no idle reset.
   */
  opened = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly wiring: TakeHomeWiring,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!location.hash.startsWith('#rc=')) return;
    this.fragment = location.hash;
    this.opened = true;
    history.replaceState(history.state, '', location.href.replace(/#.*$/, ''));
  }

  hostUpdated(): void {
    const fragment = this.fragment;
    this.fragment = undefined;
    if (fragment) void openTakeHome(fragment, this.wiring);
  }
}

/**
 * Shows the results of a take-home code, or a clear message: a damaged, unknown or incomplete code, or one
 * for another gemeente than this page's, never gives results for other answers.
 */
async function openTakeHome(fragment: string, w: TakeHomeWiring): Promise<void> {
  // The decoder is a chunk of its own: only a page opened from a take-home code needs it.
  const read = (await import('../flow/share.js')).decodeShare(fragment);
  await w.rules.ready;
  if (w.rules.problem) return;
  const rules = w.rules.rules;
  if (!read.ok || !rules) return w.flow.go('share-error');
  const { gemeente, answers, language } = read.shared;
  // The results in the language the check was done in; the page's language stays the one a kiosk resets to.
  if (language && language !== w.language()) w.chooseLanguage(language);
  if (w.pageGemeente()) {
    if (w.rules.placeCode !== gemeente) return w.flow.go('share-error');
  } else {
    const entry = findEntry(rules.gemeenten, gemeente);
    if (entry) await w.rules.choose(entry);
    else {
      const cbs = await w.rules.findUncovered(gemeente);
      if (cbs.length === 1) w.rules.chooseUncovered(cbs[0]!);
    }
    if (!w.rules.placeCode) return w.flow.go('share-error');
  }
  w.flow.replaceAnswers(answers);
  if (w.flow.steps.some((id) => !w.flow.isComplete(id))) {
    w.flow.replaceAnswers(emptyAnswers());
    return w.flow.go('share-error');
  }
  await w.showResults();
}
