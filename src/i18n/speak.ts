/**
 * Voorlezen through the Web Speech API, in the chosen language. Nothing is sent anywhere by us; the
 * browser's own voices are used, and the button is hidden when there is no voice for the language.
 */
const synth = (): SpeechSynthesis | undefined => (typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis);

export function voiceFor(intl: string): SpeechSynthesisVoice | undefined {
  const lang = intl.slice(0, 2).toLowerCase();
  const voices = synth()?.getVoices() ?? [];
  return voices.find((v) => v.lang.toLowerCase() === intl.toLowerCase()) ?? voices.find((v) => v.lang.toLowerCase().startsWith(lang));
}

export function speak(text: string, intl: string): void {
  const s = synth();
  const voice = voiceFor(intl);
  if (!s || !voice) return;
  s.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  // A real voice object where the browser gives one; the language alone still picks a matching voice.
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
