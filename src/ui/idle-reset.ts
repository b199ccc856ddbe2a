import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Kiosk: after this long without a touch or key, a warning; after the warning, everything is cleared. */
export const IDLE_MS = 120_000;
export const WARNING_MS = 20_000;

/**
 * Watches for inactivity on a shared kiosk so the next person never sees someone else's answers.
 * `onWarn` shows the warning with the seconds left; `onReset` clears all state.
 */
export class IdleReset implements ReactiveController {
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private tick: ReturnType<typeof setInterval> | undefined;
  secondsLeft = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly enabled: () => boolean,
    private readonly onReset: () => void,
  ) {
    host.addController(this);
  }

  private readonly activity = () => this.restart();

  hostConnected(): void {
    for (const type of ['pointerdown', 'keydown', 'input', 'wheel']) this.host.addEventListener(type, this.activity, { capture: true });
    this.restart();
  }

  hostDisconnected(): void {
    for (const type of ['pointerdown', 'keydown', 'input', 'wheel']) this.host.removeEventListener(type, this.activity, { capture: true });
    this.clear();
  }

  /** Any activity (or "Ik ben er nog") starts the idle time again and hides the warning. */
  restart(): void {
    const warned = this.secondsLeft > 0;
    this.clear();
    if (warned) this.host.requestUpdate();
    if (!this.enabled()) return;
    this.idleTimer = setTimeout(() => this.warn(), IDLE_MS);
  }

  private warn(): void {
    this.secondsLeft = WARNING_MS / 1000;
    this.host.requestUpdate();
    this.tick = setInterval(() => {
      this.secondsLeft -= 1;
      if (this.secondsLeft <= 0) {
        this.clear();
        this.onReset();
        this.restart();
      }
      this.host.requestUpdate();
    }, 1000);
  }

  private clear(): void {
    clearTimeout(this.idleTimer);
    clearInterval(this.tick);
    this.secondsLeft = 0;
  }
}
