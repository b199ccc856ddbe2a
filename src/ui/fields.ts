import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type StepView, describedBy } from './view.js';

export function errorText(view: StepView, field: string) {
  const code = view.errors[field];
  return code ? html`<p class="error" id="err-${field}">${view.t(`errors.${code}`)}</p>` : nothing;
}

/** A radio group whose legend is the question heading; large targets, label around the input. */
export function radios<T extends string | boolean>(
  view: StepView,
  field: string,
  value: T | undefined,
  options: { value: T; label: string }[],
  onChange: (value: T) => void,
  help?: string,
) {
  return html`<fieldset aria-labelledby=${view.ids.title}>
    ${errorText(view, field)}
    ${options.map(
      (o) => html`<label class="choice">
        <input
          type="radio"
          name=${field}
          .checked=${value === o.value}
          aria-invalid=${view.errors[field] ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy(view.errors, field, help))}
          @change=${() => onChange(o.value)}
        />
        <span>${o.label}</span>
      </label>`,
    )}
  </fieldset>`;
}

export const yesNo = (view: StepView) => [
  { value: true, label: view.t('app.yes') },
  { value: false, label: view.t('app.no') },
];

/** A text field; `inputmode` picks the phone keyboard (numeric for ages, decimal for money). */
export function textField(
  view: StepView,
  field: string,
  label: string,
  value: string | undefined,
  onInput: (value: string) => void,
  opts: { inputmode: 'numeric' | 'decimal'; prefix?: string; suffix?: string; hint?: string; help?: string },
) {
  const hintId = opts.hint ? `hint-${field}` : undefined;
  return html`<div class="field">
    <label for="f-${field}">${label}</label>
    ${opts.hint ? html`<p class="help" id=${hintId!}>${opts.hint}</p>` : nothing}
    ${errorText(view, field)}
    <span class="money">
      ${opts.prefix ? html`<span aria-hidden="true">${opts.prefix}</span>` : nothing}
      <input
        id="f-${field}"
        type="text"
        inputmode=${opts.inputmode}
        autocomplete="off"
        .value=${value ?? ''}
        aria-invalid=${view.errors[field] ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(view.errors, field, opts.help, hintId))}
        @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
      />
      ${opts.suffix ? html`<span>${opts.suffix}</span>` : nothing}
    </span>
  </div>`;
}
