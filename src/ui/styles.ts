import { css } from 'lit';

/**
 * Public custom properties are --rc-*, each falling back to an NL Design System token and then to a
 * default, so the element fits a gemeente's own theme (e.g. @utrecht/design-tokens) or none at all.
 * Private ones are --_rc-*.
 */
export const styles = css`
  :host {
    --_rc-font: var(--rc-font-family, var(--utrecht-document-font-family, system-ui, -apple-system, 'Segoe UI', sans-serif));
    --_rc-text: var(--rc-color-text, var(--utrecht-document-color, #1a1a1a));
    --_rc-bg: var(--rc-color-background, var(--utrecht-document-background-color, #ffffff));
    --_rc-primary: var(--rc-color-primary, var(--utrecht-button-primary-action-background-color, #0b5cad));
    --_rc-primary-text: var(--rc-color-primary-text, var(--utrecht-button-primary-action-color, #ffffff));
    --_rc-border: var(--rc-color-border, var(--utrecht-form-control-border-color, #5c5c5c));
    --_rc-muted: var(--rc-color-muted, #f2f4f7);
    --_rc-error: var(--rc-color-error, var(--utrecht-feedback-invalid-color, #b3261e));
    --_rc-yes: var(--rc-color-yes, #1e6b35);
    --_rc-maybe: var(--rc-color-maybe, #7a4d00);
    --_rc-no: var(--rc-color-no, #5c5c5c);
    --_rc-focus: var(--rc-color-focus, var(--utrecht-focus-outline-color, #000000));
    --_rc-radius: var(--rc-border-radius, var(--utrecht-button-border-radius, 6px));
    --_rc-target: var(--rc-target-size, 48px);
    display: block;
    container-type: inline-size;
    font-family: var(--_rc-font);
    font-size: var(--rc-font-size, var(--utrecht-document-font-size, 1.125rem));
    line-height: 1.5;
    color: var(--_rc-text);
    background: var(--_rc-bg);
  }
  :host([mode='kiosk']) {
    --_rc-target: var(--rc-target-size, 64px);
    font-size: var(--rc-font-size, 1.375rem);
  }
  * { box-sizing: border-box; }
  .rc { max-width: 42rem; margin-inline: auto; padding: 1rem; overflow-wrap: anywhere; }
  .bar { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; justify-content: space-between; margin-block-end: 1rem; }
  .bar label { display: flex; gap: 0.5rem; align-items: center; }
  /* A fixed width: otherwise the browser measures every option, and finding fonts for the Arabic and
     Cyrillic names costs about 15 ms of a slow phone's first paint. 9em holds the longest name. */
  .bar select { inline-size: 9em; }
  /* The list of all 342 gemeenten: as wide as the screen, never wider (long names, long prompts at 320 px). */
  #gemeente-list { display: block; inline-size: 100%; max-inline-size: 100%; margin-block-end: 1rem; }
  h2 { font-size: 1.5em; line-height: 1.25; margin: 0.5rem 0 1rem; }
  h2:focus { outline: none; }
  h3 { font-size: 1.2em; margin: 0 0 0.5rem; }
  p { margin: 0 0 1rem; }
  .progress { font-weight: 600; margin: 0; }
  .help { margin-block-start: -0.5rem; }
  button, .button, select, input {
    font: inherit;
    min-block-size: var(--_rc-target);
  }
  button, .button {
    display: inline-flex; align-items: center; justify-content: center; gap: 0.5rem;
    min-inline-size: var(--_rc-target);
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_rc-primary);
    border-radius: var(--_rc-radius);
    background: var(--_rc-bg);
    color: var(--_rc-primary);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .primary { background: var(--_rc-primary); color: var(--_rc-primary-text); }
  .link { border: none; padding-inline: 0.25rem; text-decoration: underline; min-inline-size: auto; }
  :focus-visible { outline: 3px solid var(--_rc-focus); outline-offset: 3px; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-block: 1.5rem; }
  fieldset { border: none; margin: 0 0 1rem; padding: 0; min-inline-size: 0; }
  legend { padding: 0; }
  .choice {
    display: flex; align-items: center; gap: 0.75rem;
    min-block-size: var(--_rc-target);
    padding: 0.5rem 0.75rem; margin-block: 0.5rem;
    border: 2px solid var(--_rc-border); border-radius: var(--_rc-radius);
    cursor: pointer;
  }
  .choice:has(input:checked) { border-color: var(--_rc-primary); box-shadow: inset 0 0 0 1px var(--_rc-primary); }
  .choice input { inline-size: 1.5rem; block-size: 1.5rem; min-block-size: 0; margin: 0; flex: none; }
  .field { margin-block-end: 1rem; }
  .field > label { display: block; font-weight: 600; margin-block-end: 0.25rem; }
  input[type='text'] {
    inline-size: 100%; max-inline-size: 16rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_rc-border); border-radius: var(--_rc-radius);
    background: var(--_rc-bg); color: var(--_rc-text);
  }
  input[aria-invalid='true'] { border-color: var(--_rc-error); border-width: 3px; }
  .money { display: flex; align-items: center; gap: 0.5rem; }
  .money input { flex: 1 1 auto; min-inline-size: 0; max-inline-size: 12rem; }
  .money span { white-space: nowrap; }
  .error { color: var(--_rc-error); font-weight: 600; margin: 0.25rem 0; }
  .error::before { content: '⚠ '; }
  .row { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; padding: 0.75rem; margin-block-end: 0.75rem; background: var(--_rc-muted); border-radius: var(--_rc-radius); }
  .row .field { margin: 0; }
  .row .choice { border: none; padding: 0; margin: 0; min-block-size: 2.75rem; }
  details { margin-block: 0.75rem; }
  summary { cursor: pointer; font-weight: 600; min-block-size: 2.75rem; display: flex; align-items: center; gap: 0.5rem; color: var(--_rc-primary); text-decoration: underline; }
  summary::before { content: '▸'; text-decoration: none; }
  [dir='rtl'] summary::before { content: '◂'; }
  details[open] > summary::before { content: '▾'; }
  /* Label and answer side by side only when both get room; else the label stands above its answer. The flex
     bases (not the text) set the widths, so the columns line up from row to row and no label is squeezed
     to a letter or two per line (issue 22). */
  dl.answers { margin: 0; hyphens: auto; }
  dl.answers > div { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 1rem; padding-block: 0.25rem; border-block-end: 1px solid var(--_rc-muted); }
  dl.answers dt { flex: 1 1 9em; }
  dl.answers dd { flex: 2 1 14em; display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0 0.5rem; }
  dl.answers .value { flex: 1 1 8em; }
  dl.answers .link { margin-inline-start: -0.25rem; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  .card { border: 2px solid var(--_rc-border); border-radius: var(--_rc-radius); padding: 1rem; margin-block: 1rem; }
  .card[data-status='yes'] { border-inline-start: 8px solid var(--_rc-yes); }
  .card[data-status='maybe'] { border-inline-start: 8px solid var(--_rc-maybe); }
  .card[data-status='no'] { border-inline-start: 8px solid var(--_rc-no); }
  .status { display: flex; align-items: center; gap: 0.25rem; font-weight: 700; font-size: 0.9em; margin-block-end: 0.25rem; }
  .status svg { flex: none; inline-size: 1.3em; block-size: 1.3em; }
  [data-status='yes'] .status { color: var(--_rc-yes); }
  [data-status='maybe'] .status { color: var(--_rc-maybe); }
  [data-status='no'] .status { color: var(--_rc-no); }
  .amount { font-size: 1.25em; font-weight: 700; font-variant-numeric: tabular-nums; }
  .amount-note { font-size: 0.8em; font-weight: 400; }
  .notice { padding: 0.75rem 1rem; background: var(--_rc-muted); border-radius: var(--_rc-radius); }
  ul { padding-inline-start: 1.25rem; }
  .sr-only { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .speak { min-inline-size: auto; }
  .print-only { display: none; }
  .nowrap { white-space: nowrap; }
  .answer { padding: 0.5rem 0.75rem; margin-block-end: 1rem; border-inline-start: 6px solid var(--_rc-yes); background: var(--_rc-muted); border-radius: var(--_rc-radius); }
  .answer p { margin-block: 0 0.25rem; }
  .answer p:last-child { margin-block-end: 0; }
  /* Issue 22: the short answer as a list, plain name first; new money apart from what the resident already gets. */
  .answer-head { margin: 0.25rem 0 0.5rem; font-size: 1.05em; }
  .answer-head ~ .answer-head { margin-block-start: 1rem; }
  .answer-list { list-style: none; padding: 0; margin: 0 0 0.5rem; }
  .answer-item { display: flex; gap: 0.5rem; align-items: flex-start; margin-block-end: 0.5rem; }
  .answer-item svg { flex: none; }
  .answer-body { display: flex; flex-direction: column; min-inline-size: 0; overflow-wrap: anywhere; }
  .answer-item[data-status='yes'] svg { color: var(--_rc-yes); }
  .already-which { margin-block-start: 0.75rem; }
  .small { font-size: 0.9em; }
  .scheme + .scheme { border-block-start: 1px solid var(--_rc-border); padding-block-start: 0.75rem; }
  .scheme details { margin-block: 0 0.5rem; }
  .scheme .amount { margin-block-end: 0.25rem; }
  .apply { margin-block: 0.75rem 0.5rem; }
  .card h4 { margin: 0 0 0.25rem; font-size: 1.05em; }
  .contact { list-style: none; padding: 0; margin: 0 0 0.5rem; }
  .plain { list-style: none; padding: 0; margin: 0; }
  .plain details { margin-block: 0 0.5rem; }
  .step { border-block-start: 2px solid var(--_rc-muted); padding-block-start: 1rem; }
  .idle {
    position: fixed; inset: 0; z-index: 10;
    display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 1rem;
    padding: 2rem; text-align: center;
    background: var(--_rc-bg); border: 6px solid var(--_rc-primary);
  }
  .qr { margin: 0.5rem 0; }
  .qr svg { inline-size: 12rem; block-size: auto; display: block; }
  .qr figcaption { font-size: 0.9em; overflow-wrap: anywhere; }
  @container (max-width: 24rem) {
    .actions > * { flex: 1 1 100%; }
    .rc { padding: 0.5rem; }
    .card { padding: 0.625rem; margin-block: 0.75rem; }
    h2 { font-size: 1.3em; }
  }
  @media (forced-colors: active) {
    .card { border-color: CanvasText; }
    .choice:has(input:checked) { outline: 3px solid Highlight; }
  }
  @media print {
    :host, :host([mode='kiosk']) { font-size: 10pt; line-height: 1.25; }
    .rc { max-width: none; padding: 0; }
    .slip p, .slip ul { margin: 0 0 0.25rem; }
    .slip h4 { margin: 0.4rem 0 0.1rem; font-size: 1em; }
    .slip ul { padding-inline-start: 1rem; }
    .slip .answer { padding: 0.25rem 0.5rem; margin-block-end: 0.4rem; }
    .slip .answer p { margin: 0; }
    .slip .slip-schemes { list-style: none; padding: 0; columns: 2; column-gap: 6mm; }
    .pair .slip-schemes { columns: 1; }
    .slip-schemes li { break-inside: avoid; }
    /* Where to go and what to bring in 9 pt, the answer and the schemes in 10 pt: the kiosk slip stays one
       A4 page in the longer languages (Ukrainian) under a page's own heading (issue 22). */
    .slip-loket { break-inside: avoid; border-block-start: 1px solid #999; font-size: 0.9em; }
    .slip .docs { columns: 2; column-gap: 6mm; }
    .slip .contact { display: flex; flex-wrap: wrap; gap: 0 1em; margin: 0; }
    .slip .docs-title { margin: 0; }
    /* As many codes side by side as the paper holds: a fixed 35 mm wrapped the fifth code to a second row
       on a page with its own padding, and the kiosk slip to a second page (issue 22). */
    .slip-qr { display: grid; grid-template-columns: repeat(auto-fit, minmax(28mm, 1fr)); gap: 2mm; break-inside: avoid; }
    .slip-qr .qr { margin: 0; }
    .slip-qr svg { inline-size: 24mm; }
    .slip-qr figcaption { font-size: 6.5pt; }
    .pair .docs { columns: 1; }
    .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; break-inside: avoid; }
    .small { font-size: 0.85em; }
    .notes { border: 1px solid #555; min-block-size: 45mm; padding: 2mm; margin-block-start: 3mm; break-inside: avoid; }
    .bar, .actions, button, .no-print, rc-work-form, summary { display: none !important; }
    .print-only { display: block; }
    details { display: block; }
    .card { break-inside: avoid; }
    details > *:not(summary) { display: block; }
  }
`;
