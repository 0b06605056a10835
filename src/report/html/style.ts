// The report's stylesheet (allowed by its hash in the page's Content-Security-Policy).
export const CSS = `
:root { color-scheme: light; --ink: #1a202c; --muted: #4a5568; --line: #e2e8f0; --accent: #2b6cb0; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem 3rem; font: 15px/1.45 system-ui, "DejaVu Sans", sans-serif; color: var(--ink); }
h1 { margin: 0 0 .5rem; font-size: 1.6rem; }
h2 { margin: 2rem 0 .5rem; font-size: 1.25rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
.figures { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: 0; }
.figures div { min-width: 6rem; }
.figures dt { color: var(--muted); font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; }
.figures dd { margin: 0; font-size: 1.35rem; font-weight: 600; }
.settings, .note { color: var(--muted); font-size: .85rem; }
figure { margin: 1rem 0; }
figcaption { margin-bottom: .3rem; }
.csv { font-size: .85rem; margin-left: .5rem; }
details { font-size: .85rem; margin-top: .3rem; }
details table { margin-top: .3rem; }
.switch { border: 0; padding: 0; margin: 0; display: inline-flex; gap: .6rem; align-items: center; }
.switch legend { float: left; margin-right: .5rem; color: var(--muted); }
.pair { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: flex-start; }
.pair figure { flex: 1 1 420px; }
table { border-collapse: collapse; }
table.list, table.alt { width: 100%; font-size: .9rem; }
table.list th, table.list td, table.alt th, table.alt td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
th button { all: unset; cursor: pointer; font-weight: 600; }
th[aria-sort=ascending] button::after { content: " ▲"; }
th[aria-sort=descending] button::after { content: " ▼"; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: .5rem 0; }
.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
.filters input, .filters select { font: inherit; font-size: .9rem; max-width: 16rem; }
#q { width: 16rem; }
td.date { white-space: nowrap; }
td.quote { max-width: 38rem; }
.ctx { color: var(--muted); }
mark { background: #fefcbf; color: inherit; }
td.art small, td.who small { color: var(--muted); }
td.art small { overflow-wrap: anywhere; }
.pager { margin: .8rem 0; display: flex; gap: 1rem; align-items: center; }
[hidden] { display: none !important; }
`;
