import { html, nothing } from 'lit';
import type { SchemeOutcome } from '../engine/types.js';
import type { Translate } from './view.js';

/**
 * Issue 20: next to an amount, in the same line, "bedrag van 2018" when its figure is from a year before the
 * check's date and "niet gecontroleerd" when it was not read in an official text. Under "Waarom?" alone a
 * resident would take an old or unchecked amount for this year's.
 */
export function amountNote(amount: NonNullable<SchemeOutcome['amount']>, t: Translate) {
  const notes = [
    ...(amount.fromEarlierYear && amount.validFrom ? [t('result.amountFromYear', { year: amount.validFrom.slice(0, 4) })] : []),
    ...(amount.unverified ? [t('result.amountUnverified')] : []),
  ];
  return notes.length ? html` <span class="amount-note">(${notes.join(t('result.amountNoteSeparator'))})</span>` : nothing;
}
