import { html, nothing } from 'lit';
import type { StepId } from '../flow/questions.js';
import { alreadyStep } from './already-step.js';
import { radios, textField, yesNo } from './fields.js';
import type { StepView } from './view.js';

/** The title of a step, which is also the heading that gets focus. */
export function stepTitle(id: StepId, view: StepView): string {
  if (id === 'ages' && view.answers.partner) return view.t('q.ages.titlePartner');
  return view.t(`q.${id}.title`);
}

/** Without a partner the help says nothing of one ("u en uw partner"): its own text, in every language. */
const alone = (a: StepView['answers'], key: string) => (a.partner === false ? `${key}.helpAlone` : `${key}.help`);

/** The body of one question screen. */
export function stepBody(id: StepId, view: StepView) {
  const { t, answers: a, update } = view;
  const helpId = view.ids.help;
  switch (id) {
    case 'partner':
      return html`<p class="help" id=${helpId}>${t('q.partner.help')}</p>
        ${radios(view, 'partner', a.partner, yesNo(view), (partner) => update({ partner }), helpId)}`;
    case 'ages':
      return html`${textField(view, 'age', t('q.ages.age'), a.age, (age) => update({ age }), { inputmode: 'numeric', suffix: t('q.ages.unit') })}
      ${a.partner
        ? textField(view, 'partnerAge', t('q.ages.partnerAge'), a.partnerAge, (partnerAge) => update({ partnerAge }), {
            inputmode: 'numeric',
            suffix: t('q.ages.unit'),
          })
        : nothing}`;
    case 'children':
      return html`<p class="help" id=${helpId}>${t('q.children.help')}</p>
        ${radios(view, 'hasChildren', a.hasChildren, yesNo(view), (hasChildren) =>
          update({ hasChildren, childAges: hasChildren && a.childAges.length === 0 ? [''] : a.childAges }), helpId)}
        ${a.hasChildren
          ? html`${a.childAges.map(
                (age, i) => html`<div class="row">
                  ${textField(view, `child-${i}`, t('q.children.childAge', { n: i + 1 }), age, (v) =>
                    update({ childAges: a.childAges.map((x, j) => (j === i ? v : x)) }), { inputmode: 'numeric', suffix: t('q.ages.unit') })}
                  <button type="button" @click=${() => update({ childAges: a.childAges.filter((_, j) => j !== i) })}>
                    ${t('app.remove')}<span class="sr-only"> ${t('q.children.childAge', { n: i + 1 })}</span>
                  </button>
                </div>`,
              )}
              <button type="button" @click=${() => update({ childAges: [...a.childAges, ''] })}>+ ${t('q.children.add')}</button>`
          : nothing}`;
    case 'housemates':
      return html`<p class="help" id=${helpId}>${t(alone(a, 'q.housemates'))}</p>
        ${radios(view, 'hasHousemates', a.hasHousemates, yesNo(view), (hasHousemates) =>
          update({
            hasHousemates,
            housemates: hasHousemates && a.housemates.length === 0 ? [{ age: '', student: false, commercialTenant: false }] : a.housemates,
          }), helpId)}
        ${a.hasHousemates
          ? html`${a.housemates.map((h, i) => {
                const set = (patch: Partial<typeof h>) => update({ housemates: a.housemates.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
                return html`<div class="row">
                  ${textField(view, `housemate-${i}`, t('q.housemates.age', { n: i + 1 }), h.age, (age) => set({ age }), {
                    inputmode: 'numeric',
                    suffix: t('q.ages.unit'),
                  })}
                  <label class="choice"><input type="checkbox" .checked=${h.student} @change=${(e: Event) => set({ student: (e.target as HTMLInputElement).checked })} /> ${t('q.housemates.student')}</label>
                  <label class="choice"><input type="checkbox" .checked=${h.commercialTenant} @change=${(e: Event) => set({ commercialTenant: (e.target as HTMLInputElement).checked })} /> ${t('q.housemates.commercialTenant')}</label>
                  <button type="button" @click=${() => update({ housemates: a.housemates.filter((_, j) => j !== i) })}>
                    ${t('app.remove')}<span class="sr-only"> ${t('q.housemates.age', { n: i + 1 })}</span>
                  </button>
                </div>`;
              })}
              <button type="button" @click=${() => update({ housemates: [...a.housemates, { age: '', student: false, commercialTenant: false }] })}>
                + ${t('q.housemates.add')}
              </button>`
          : nothing}`;
    case 'income-source':
      return radios(
        view,
        'incomeSource',
        a.incomeSource,
        (['bijstand', 'work', 'benefit', 'pension', 'study', 'none'] as const).map((value) => ({ value, label: t(`q.income-source.${value}`) })),
        (incomeSource) => update({ incomeSource }),
      );
    case 'income':
      return html`<p class="help" id=${helpId}>${t(alone(a, 'q.income'))}</p>
        ${textField(view, 'netMonthly', t('q.income.label'), a.netMonthly, (netMonthly) => update({ netMonthly }), {
          inputmode: 'decimal', prefix: '€', hint: t('q.income.hint'), help: helpId,
        })}`;
    case 'low-since':
      return html`<p class="help" id=${helpId}>${t('q.low-since.help')}</p>
        ${radios(
          view,
          'lowSince',
          a.lowSince,
          (['short', 'medium', 'long', 'unknown'] as const).map((value) => ({ value, label: t(`q.low-since.${value}`) })),
          (lowSince) => update({ lowSince }),
          helpId,
        )}`;
    case 'assets':
      return html`<p class="help" id=${helpId}>${t(alone(a, 'q.assets'))}</p>
        ${textField(view, 'assets', t('q.assets.label'), a.assets, (assets) => update({ assets }), {
          inputmode: 'decimal', prefix: '€', hint: t('q.assets.hint'), help: helpId,
        })}`;
    case 'rent':
      return html`<p class="help" id=${helpId}>${t('q.rent.help')}</p>
        ${radios(view, 'renting', a.renting, yesNo(view), (renting) => update({ renting }), helpId)}
        ${a.renting
          ? textField(view, 'rent', t('q.rent.label'), a.rent, (rent) => update({ rent }), {
              inputmode: 'decimal', prefix: '€', hint: t('q.rent.hint'),
            })
          : nothing}`;
    case 'debts':
      return html`<p class="help" id=${helpId}>${t('q.debts.help')}</p>
        ${radios(
          view,
          'debts',
          a.debts,
          (['yes', 'no', 'skip'] as const).map((value) => ({ value, label: t(`q.debts.${value}`) })),
          (debts) => update({ debts }),
          helpId,
        )}`;
    case 'already':
      return alreadyStep(view);
  }
}

