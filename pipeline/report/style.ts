/** Colours of the marks, by field: the same in the text and on the buttons of the record panel. */
const FIELD_COLOURS: Readonly<Record<string, string>> = {
  laureate: '#eef2f7',
  tier: '#ffe08a',
  category: '#d9c7f2',
  awardee: '#a8e0b0',
  project: '#a9d4f5',
  event: '#f1ece2',
  date: '#f7c59f',
  city: '#f4a9b8',
  criterion: '#cfe9e3',
  figure: '#f9d67a',
  edition: '#e3e3a6',
  warning: '#ffb3a7',
};

const fieldRules = Object.entries(FIELD_COLOURS)
  .map(([field, colour]) => `.f-${field} { background: ${colour}; }`)
  .join('\n');

/** `report.css`: one stylesheet for every page; one column below 56rem, down to a 375 px phone. */
export const STYLESHEET = `:root {
  color-scheme: light;
  --ink: #1d232b;
  --muted: #5b6573;
  --line: #d5dae1;
  --accent: #1f5fbf;
  --mark: #d7263d;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink);
  background: #fbfbfc;
  line-height: 1.45;
}
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--accent); }
header.top { border-bottom: 1px solid var(--line); background: #fff; position: sticky; top: 0; z-index: 2; }
header.top nav { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: baseline; padding: 0.5rem 1rem; }
header.top .brand { font-weight: 700; }
header.top a[aria-current="page"] { font-weight: 700; text-decoration: none; color: var(--ink); }
main { padding: 1rem; max-width: 90rem; margin: 0 auto; }
h1 { font-size: 1.4rem; margin: 0.2rem 0 0.6rem; overflow-wrap: anywhere; }
h2 { font-size: 1.15rem; margin: 1.4rem 0 0.5rem; }
h3 { font-size: 1rem; margin: 1rem 0 0.4rem; }
p, li, dd { overflow-wrap: anywhere; }
td, th { overflow-wrap: break-word; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.85em; }
.muted { color: var(--muted); }
.notice { border-left: 4px solid var(--mark); background: #fff4f2; padding: 0.5rem 0.75rem; }
.ok { border-left: 4px solid #2e8540; background: #f0f8f1; padding: 0.5rem 0.75rem; }
.table-wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--line); }
th { font-weight: 600; background: #f2f4f7; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.chart { max-width: 42rem; }
.chart svg { width: 100%; height: auto; display: block; }
.legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; padding: 0; list-style: none; font-size: 0.9rem; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.3em; vertical-align: -0.1em; border: 1px solid #0003; }
.tier-gold { fill: #d4a017; background: #d4a017; }
.tier-silver { fill: #a7adb5; background: #a7adb5; }
.tier-bronze { fill: #b0703c; background: #b0703c; }
.tier-other { fill: #6b8fbf; background: #6b8fbf; }
.doc { display: grid; gap: 1rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 56rem) {
  .doc { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
  .pane { position: sticky; top: 3rem; max-height: calc(100vh - 4rem); overflow: auto; }
}
.pane { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem; min-width: 0; }
pre.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; font: 0.92rem/1.55 ui-monospace, Menlo, Consolas, monospace; }
.m { border-radius: 2px; cursor: pointer; }
.m.is-marked, button.v.is-marked { outline: 2px solid var(--mark); outline-offset: 1px; background: #ffd9de; }
.page-break { display: block; margin: 0.8rem 0; border-top: 1px dashed var(--muted); color: var(--muted); font-size: 0.8rem; text-align: right; }
button.v { font: inherit; text-align: left; border: 1px solid #0002; border-radius: 4px; padding: 0.05rem 0.35rem; margin: 0.1rem 0; cursor: pointer; color: var(--ink); max-width: 100%; overflow-wrap: anywhere; }
button.v:focus-visible { outline: 3px solid var(--accent); outline-offset: 1px; }
button.v.no-evidence { border-style: dashed; }
.record dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.2rem 0.75rem; margin: 0; }
.record dt { color: var(--muted); }
.record dd { margin: 0; }
.record ol, .record ul { padding-left: 1.3rem; margin: 0.3rem 0; }
.record li { margin: 0.35rem 0; }
.laureate { border-top: 1px solid var(--line); padding-top: 0.35rem; }
.resolution, .rule, .page { font-size: 0.82rem; color: var(--muted); }
#status { min-height: 1.4em; font-size: 0.85rem; color: var(--muted); margin: 0 0 0.5rem; overflow-wrap: anywhere; }
details > summary { cursor: pointer; }
pre.json { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.8rem; background: #f6f7f9; padding: 0.5rem; }
.changes td:nth-child(2) { background: #fff1f0; }
.changes td:nth-child(3) { background: #eefaf0; }
.jsondiff { overflow-x: auto; max-width: 100%; }
${fieldRules}
`;
