/** A key missing in a language shows the Dutch text, never the bare key (src/i18n/setup.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createI18n } from '../../src/i18n/setup.js';

describe('missing locale key', () => {
  it('falls back to Dutch', async () => {
    const i18n = createI18n();
    i18n.addResourceBundle('en', 'translation', { app: { start: 'Start' } });
    await i18n.changeLanguage('en');
    assert.equal(i18n.t('app.start'), 'Start');
    assert.equal(i18n.t('app.title'), 'Welke regelingen passen bij u?');
  });
});
