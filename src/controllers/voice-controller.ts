import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onVoicesChanged, speak, stopSpeaking, voiceFor } from '../i18n/speak.js';
import { readableText } from '../ui/readable-text.js';

/** "Lees voor": offered only when the device has a local voice for the language; the list often arrives late. */
export class VoiceController implements ReactiveController {
  private stopListening: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stopListening = onVoicesChanged(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stopListening?.();
  }

  canSpeak(intl: string): boolean {
    return voiceFor(intl) !== undefined;
  }

  /** Reads the screen as a resident sees it, without the bar above it. */
  readScreen(intl: string): void {
    const screen = this.host.renderRoot.querySelector<HTMLElement>('.screen');
    if (screen) speak(readableText(screen), intl);
  }

  stop(): void {
    stopSpeaking();
  }
}
