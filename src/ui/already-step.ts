import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AlreadyOption } from '../flow/already.js';
import { errorText, radios } from './fields.js';
import { type StepView, describedBy } from './view.js';

/** The label of a choice: the gemeente's own name for its stadspas and IIT (U-pas), else the plain one. */
export const alreadyLabel = (o: AlreadyOption, t: StepView['t']) => t(`q.already.option.${o.id}`, { name: o.name ?? '' });

/**
 * "Krijgt u dit al?" (issue 22): Ja, Nee or "Sla over", like the debts question; after "Ja" a box for each
 * scheme that can apply, so the results can tell new money from money the resident already gets.
 */
export function alreadyStep(view: StepView) {
  const { t, answers: a, update } = view;
  const helpId = view.ids.help;
  const options = view.already ?? [];
  const ticked = new Set(a.alreadyGets ?? []);
  const listId = `${view.ids.title}-list`;
  return html`<p class="help" id=${helpId}>${t('q.already.help')}</p>
    <ul class="plain" aria-label=${t('q.already.listLabel')}>
      ${options.map((o) => html`<li>${alreadyLabel(o, t)}</li>`)}
    </ul>
    ${radios(
      view,
      'already',
      a.already,
      (['yes', 'no', 'skip'] as const).map((value) => ({ value, label: t(`q.already.${value}`) })),
      (already) => update({ already, ...(already !== 'yes' && { alreadyGets: [] }) }),
      helpId,
    )}
    ${a.already === 'yes'
      ? html`<fieldset class="already-which">
          <legend id=${listId}>${t('q.already.which')}</legend>
          ${errorText(view, 'alreadyGets')}
          ${options.map(
            (o) => html`<label class="choice">
              <input
                type="checkbox"
                id="f-already-${o.id}"
                .checked=${ticked.has(o.id)}
                aria-invalid=${view.errors.alreadyGets ? 'true' : 'false'}
                aria-describedby=${ifDefined(describedBy(view.errors, 'alreadyGets'))}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  update({ alreadyGets: options.map((x) => x.id).filter((id) => (id === o.id ? on : ticked.has(id))) });
                }}
              />
              <span>${alreadyLabel(o, t)}</span>
            </label>`,
          )}
        </fieldset>`
      : nothing}`;
}
