import type { i18n } from 'i18next';
import { type ReactiveController, type ReactiveControllerHost, type TemplateResult, render } from 'lit';
import type { HouseholdInput, Outcome } from '../engine/types.js';
import type { Language } from '../i18n/languages.js';
import type { Rules } from '../rules/schema.js';
import { whenIdle } from '../ui/idle.js';
import type { ResultsView } from '../ui/results-screen.js';

/** What the results screen needs from the element; the outcome, the QR code and the take-home code come from here. */
export type ResultsContext = Omit<ResultsView, 'outcome' | 'partial' | 'qr' | 'takeHome'> & { deelUrl: string | undefined };

export type ResultsModule = typeof import('../ui/results-view.js');

/** The results on screen: an outcome is never shown without the answers and rules it was computed from. */
export interface ShownResults {
  readonly outcome: Outcome;
  /**
   * A new outcome is drawn in two steps: the answer and the first cards, then (after that is painted) the
   * rest of the results. On a slow phone the resident sees the answer about twice as soon.
   */
  complete: boolean;
}

/**
 * Owns the results: the chunk with the engine and the result cards (loaded from the summary on), the QR code
 * and take-home chunks for a kiosk or a volunteer, the outcome on screen, and the head start in idle time.
 */
export class ResultsController implements ReactiveController {
  module: ResultsModule | undefined;
  qr: typeof import('../ui/qr-code.js') | undefined;
  takeHome: typeof import('../ui/take-home.js') | undefined;
  shown: ShownResults | undefined;
  private loading: Promise<ResultsModule> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly i18n: i18n,
    private readonly language: () => Language,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const shown = this.shown;
    if (!shown || shown.complete) return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (this.shown !== shown || shown.complete) return;
        shown.complete = true;
        this.host.requestUpdate();
      }),
    );
  }

  /** The results chunk with the texts of the current language. */
  load(): Promise<ResultsModule> {
    this.loading ??= import('../ui/results-view.js').then((m) => (this.module = m));
    return this.loading.then(async (m) => {
      await m.loadResultTexts(this.i18n, this.language());
      return m;
    });
  }

  /** The language changed: the result texts in it, when the results chunk is in use. */
  async changeLanguage(): Promise<void> {
    if (this.module) await this.module.loadResultTexts(this.i18n, this.language());
  }

  /** Computes and shows the outcome; false when the engine refused (the element says so, never a wrong answer). */
  async show(inputs: () => Promise<[HouseholdInput, Rules]>, chunks: { qr: boolean; takeHome: boolean }): Promise<boolean> {
    const { evaluate } = await this.load();
    if (chunks.qr) this.qr ??= await import('../ui/qr-code.js');
    if (chunks.takeHome) this.takeHome ??= await import('../ui/take-home.js');
    try {
      this.shown = { outcome: evaluate(...(await inputs())), complete: false };
    } catch {
      this.shown = undefined;
      return false;
    }
    this.host.requestUpdate();
    return true;
  }

  /** The results screen, drawn by the results chunk (loaded from the summary on, before any outcome exists). */
  draw(outcome: Outcome, partial: boolean, context: ResultsContext): TemplateResult {
    const { deelUrl, ...view } = context;
    const { kiosk, volunteer, t, answers, language } = view;
    const home = this.takeHome;
    const share = (kiosk || volunteer) && home?.takeHome(t, home.shareBase(deelUrl, location.href), outcome.municipality, answers, language);
    return this.module!.resultsScreen({ ...view, outcome, partial, qr: this.qr?.qrCode, ...(share && { takeHome: share }) });
  }

  /** Results must never show for other answers or other rules. */
  clear(): void {
    if (this.shown === undefined) return;
    this.shown = undefined;
    this.host.requestUpdate();
  }

  /**
   * While the resident reads the summary, the results are computed once in idle time, so "Toon resultaten"
   * only has to draw them (results-view.ts keeps the last outcome for the same household and rules).
   */
  async headStart(inputs: () => Promise<[HouseholdInput, Rules]>, stillWanted: () => boolean, draw: (outcome: Outcome) => TemplateResult): Promise<void> {
    const { evaluate } = await this.load();
    await whenIdle();
    if (!stillWanted()) return;
    let outcome: Outcome;
    try {
      outcome = evaluate(...(await inputs()));
    } catch {
      return; // Shown, with its message, when the resident asks for the results.
    }
    await whenIdle();
    if (!stillWanted()) return;
    // Drawing these same results once into a detached element (no style, no layout) builds every number,
    // date and list formatter they use, fills the text memo (memo-t.ts) and prepares Lit's templates: the
    // drawing after the click then only clones the DOM.
    try {
      render(draw(outcome), document.createElement('div'));
    } catch {
      // Only a head start: the real drawing after the click shows any problem.
    }
  }
}
