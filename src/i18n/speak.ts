/**
 * Voorlezen through the Web Speech API, in the chosen language. Only voices that run on the device
 * (`localService === true`) are used: a network voice (e.g. a browser's online voices) would send the
 * text of the screen, results included, to a server. The button is hidden when there is no local voice
 * for the language.
 */
const synth = (): SpeechSynthesis | undefined => (typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis);

export function voiceFor(intl: string): SpeechSynthesisVoice | undefined {
  const lang = intl.slice(0, 2).toLowerCase();
  const voices = (synth()?.getVoices() ?? []).filter((v) => v.localService === true);
  return voices.find((v) => v.lang.toLowerCase() === intl.toLowerCase()) ?? voices.find((v) => v.lang.toLowerCase().startsWith(lang));
}

export function speak(text: string, intl: string): void {
  const s = synth();
  const voice = voiceFor(intl);
  if (!s || !voice) return;
  s.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  // The local voice itself, so the browser cannot pick a network voice for the language. (Browsers
  // only give real SpeechSynthesisVoice objects; the check keeps test stubs from throwing.)
  if (voice instanceof SpeechSynthesisVoice) utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.9; // a little slower than default: many listeners are reading along in a second language
  s.speak(utterance);
}

/** Calls back when the browser's list of voices changes (it is often empty until the first event). */
export function onVoicesChanged(callback: () => void): () => void {
  const s = synth();
  s?.addEventListener('voiceschanged', callback);
  return () => s?.removeEventListener('voiceschanged', callback);
}

/** Stops reading: on a kiosk reset nothing of the last person's screen may still be heard. */
export function stopSpeaking(): void {
  synth()?.cancel();
}
