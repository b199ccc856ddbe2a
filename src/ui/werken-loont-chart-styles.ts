import { css, unsafeCSS } from 'lit';
import { KNOWN_PARTS } from './werken-loont-parts.js';

/** Text size inside the chart, in CSS px: the chart is drawn at the element's own width, so it stays this size. */
export const FONT = 14;

/** The chart's look; colours per part come from the page's theme tokens (NL Design System) with fallbacks. */
export const chartStyles = css`
  :host {
    display: block;
    --_wl-text: var(--rc-color-text, var(--utrecht-document-color, #1a1a1a));
    --_wl-primary: var(--rc-color-primary, var(--utrecht-color-blue-500, #0b5cad));
    --_wl-grid: var(--rc-color-border, var(--utrecht-color-grey-300, #c4c4c4));
    --_wl-warning: var(--rc-color-warning, #7a4d00); /* dark amber: 7:1 on white, also where a theme's warning token is a light yellow */
    --_wl-netWage: var(--rc-chart-color-1, var(--utrecht-color-blue-500, #0b5cad));
    --_wl-partnerNetWage: var(--rc-chart-color-10, var(--utrecht-color-blue-300, #5b8fd1));
    --_wl-otherIncome: var(--rc-chart-color-11, var(--utrecht-color-grey-500, #6b6b6b));
    --_wl-bijstand: var(--rc-chart-color-2, var(--utrecht-color-orange-500, #b35900));
    --_wl-zorgtoeslag: var(--rc-chart-color-3, var(--utrecht-color-green-500, #1e6b35));
    --_wl-huurtoeslag: var(--rc-chart-color-4, var(--utrecht-color-purple-500, #6a3d9a));
    --_wl-kindgebondenBudget: var(--rc-chart-color-5, var(--utrecht-color-turquoise-500, #00707a));
    --_wl-kinderbijslag: var(--rc-chart-color-6, var(--utrecht-color-yellow-700, #8a6d00));
    --_wl-iit: var(--rc-chart-color-7, var(--utrecht-color-red-500, #a8323e));
    --_wl-stadspas: var(--rc-chart-color-8, var(--utrecht-color-grey-600, #555555));
    --_wl-other: var(--rc-chart-color-9, var(--utrecht-color-grey-400, #8a8a8a));
    color: var(--_wl-text);
    font-family: var(--rc-font-family, var(--utrecht-document-font-family, system-ui, sans-serif));
  }
  svg { width: 100%; height: auto; display: block; }
  svg text { font-size: ${FONT}px; fill: currentColor; }
  .axis-title { font-weight: bold; }
  .trap-band { fill: var(--_wl-warning); fill-opacity: 0.16; stroke: var(--_wl-warning); stroke-width: 2; stroke-dasharray: 4 3; }
  .trap-label { fill: var(--_wl-warning); font-weight: bold; }
  .now-dot { fill: var(--_wl-text); stroke: #fff; stroke-width: 2; }
  .grid { stroke: var(--_wl-grid); stroke-width: 1; }
  .total { fill: none; stroke: var(--_wl-text); stroke-width: 3; }
  .now { stroke: var(--_wl-text); stroke-width: 2; stroke-dasharray: 6 4; }
  .now-label { font-weight: bold; }
  .legend { display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: 0.125rem 0.75rem; padding: 0; margin: 0.25rem 0 0.75rem; list-style: none; font-size: 0.875rem; line-height: 1.3; }
  .legend li { display: flex; align-items: center; gap: 0.375rem; }
  .swatch { width: 0.75rem; height: 0.75rem; border-radius: 2px; flex: none; }
  .swatch.line { height: 3px; background: var(--_wl-text); }
  .swatch.trap { background: var(--_wl-warning); opacity: 0.5; }
  ${unsafeCSS([...KNOWN_PARTS, 'other'].map((p) => `.c-${p} { background: var(--_wl-${p}); fill: var(--_wl-${p}); }`).join('\n'))}
  .trap { color: var(--_wl-warning); font-weight: bold; }
  .table-wrap { overflow-x: auto; }
  table { border-collapse: collapse; font-variant-numeric: tabular-nums; min-width: 100%; }
  th, td { padding: 0.25rem 0.5rem; text-align: end; border-block-end: 1px solid var(--_wl-grid); white-space: nowrap; }
  th[scope='row'], thead th:first-child { text-align: start; }
  summary { cursor: pointer; min-height: var(--rc-target-size, 48px); display: flex; align-items: center; gap: 0.5rem; text-decoration: underline; }
  summary::before { content: '▸'; }
  details[open] > summary::before { content: '▾'; }
  summary:focus-visible { outline: 3px solid var(--rc-color-focus, var(--utrecht-focus-outline-color, #000)); outline-offset: 2px; }
  .disclaimer { font-size: 0.9em; }
  h5 { font-size: 1em; margin: 1rem 0 0.25rem; }
`;
