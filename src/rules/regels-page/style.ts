/** The stylesheet of demo/regels.html: readable at 320 px, tables scroll sideways, prints without chrome. */
export const STYLE = `
:root { color-scheme: light; --text: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --head: #f0f0f0; --link: #0b4fa8; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: #fff; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 1.5rem 0 1rem; }
h2 { font-size: 1.4rem; line-height: 1.25; margin: 2.5rem 0 0.75rem; padding-top: 1rem; border-top: 3px solid var(--text); }
h3 { font-size: 1.15rem; line-height: 1.3; margin: 2rem 0 0.5rem; }
p, li, dd { max-width: 46rem; }
a { color: var(--link); overflow-wrap: anywhere; }
a:focus-visible, .table-wrap:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
code, .name, .code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; overflow-wrap: break-word; }
.columns { columns: 14rem; padding-left: 1.25rem; }
.columns li { break-inside: avoid; }
nav ul { padding-left: 1.25rem; }
nav li { margin: 0.2rem 0; }
.facts { display: grid; grid-template-columns: minmax(7rem, max-content) 1fr; gap: 0.25rem 1rem; margin: 0.75rem 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; min-width: 0; }
.facts ul { margin: 0; padding-left: 1.1rem; }
@media (max-width: 30rem) { .facts { grid-template-columns: 1fr; gap: 0; } .facts dd { margin-bottom: 0.5rem; } }
.table-wrap { overflow-x: auto; margin: 0.75rem 0 1.5rem; border: 1px solid var(--line); }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
table.parameters { min-width: 40rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 0.25rem; }
.gemeente .facts { margin-top: 0.25rem; }
dd .facts { grid-template-columns: 1fr; gap: 0; margin: 0.25rem 0; padding-left: 0.6rem; border-left: 3px solid var(--line); }
dd .facts dt { font-weight: normal; color: var(--muted); font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.5rem; background: var(--head); border-bottom: 1px solid var(--line); }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border: 1px solid var(--line); }
thead th { background: var(--head); }
tbody + tbody { border-top: 2px solid var(--text); }
th.parameter { font-weight: normal; background: #fafafa; }
.group { display: block; position: sticky; left: 0.5rem; max-width: calc(100vw - 3.5rem); }
th.date { font-weight: normal; width: 6.5rem; }
td.value { width: 10rem; font-variant-numeric: tabular-nums; }
td.source { width: 30%; font-size: 0.85rem; }
.name { display: block; font-weight: 600; }
.description, .reference { display: block; }
.note { display: block; color: var(--muted); font-size: 0.85rem; margin-top: 0.25rem; }
.unverified { display: inline-block; white-space: nowrap; padding: 0 0.3rem; border: 2px solid #8a5a00; background: #fff3d6; color: #4d3200; }
.verified { color: var(--muted); font-size: 0.85rem; }
.value-note { font-size: 0.85rem; }
.value .unverified { margin-top: 0.2rem; font-size: 0.85rem; }
.code { color: var(--muted); font-weight: normal; }
footer { margin-top: 3rem; padding-bottom: 2rem; border-top: 1px solid var(--line); color: var(--muted); }
@media print {
  body { font-size: 10pt; }
  nav { display: none; }
  .table-wrap { overflow: visible; border: 0; }
  table.parameters { min-width: 0; }
  .group { position: static; max-width: none; }
  h2 { break-before: page; }
  h2, h3, caption { break-after: avoid; }
  tbody, tr { break-inside: avoid; }
  a { color: inherit; }
}
`;
