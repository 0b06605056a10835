// The report as one self-contained HTML page: static SVG charts, the first page of the statements table
// pre-rendered, the data as JSON for the script, a strict Content-Security-Policy (the script and styles
// allowed by hash: nothing else runs, nothing is fetched). Every string from the corpus is escaped here.
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { provinces } from '../../lexicon/gazetteer.js';
import { CLIENT_JS } from './client.js';
import { type Chart, type ChartTable, type PeriodCount, type ProvinceCount, provinceBars, tileMap, timelineChart } from './charts.js';
import { cmp, type ReportData, type ReportStatement } from './collect.js';
import { monthOf, periodOf, type Granularity } from './periods.js';
import { PROVINCE_GRID } from './province-grid.js';
import { CSS } from './style.js';

const PAGE_ROWS = 100;
const TOP_OFFICIALS = 25;

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text or attribute value → HTML. */
export const esc = (s: string | number | null | undefined): string => String(s ?? '').replace(/[&<>"']/gu, (c) => ESC[c]!);

/** The page's data: JSON, deflated (raw DEFLATE, level 9) and base64-encoded, in 64 Ki-character chunks, each
 *  the text of one `<script type="application/octet-stream" class="report-data">`. Base64 holds no `<`, `&`
 *  or quote, so no scraped string can close the element or become markup; the script joins the chunks,
 *  decodes them and inflates them with the browser's own DecompressionStream. The page's load time is
 *  mostly its bytes (Chromium reads and tokenises them), and the text of a corpus's statements deflates to
 *  a third or less of its size (quotes and their contexts overlap within an article), so this is the
 *  largest single saving (`npm run bench:report`). Chunks: Chromium parses one huge block about twice as
 *  slowly as the same text in pieces. */
export function packData(v: unknown): string[] {
  return chunks(deflateRawSync(Buffer.from(JSON.stringify(v), 'utf8'), { level: 9 }).toString('base64'));
}

/** The data back from the chunks of packData (tests, the bench). */
export function unpackData<T>(parts: string[]): T {
  return JSON.parse(inflateRawSync(Buffer.from(parts.join(''), 'base64')).toString('utf8')) as T;
}

/** A string in pieces of at most `size` UTF-16 units, never split inside a surrogate pair. */
export function chunks(s: string, size = 65536): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length;) {
    let j = Math.min(s.length, i + size);
    const c = s.charCodeAt(j - 1);
    if (j < s.length && c >= 0xd800 && c <= 0xdbff) j--;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** Numbers with a thin grouping, independent of the machine's locale. */
const num = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ',');

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}
export const tableCsv = (t: ChartTable): string => [t.columns, ...t.rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';

function dataTable(t: ChartTable, caption: string): string {
  const head = t.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
  const body = t.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table class="alt"><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A chart with its caption, CSV download and text alternative (the data as a table). */
function figure(id: string, title: string, chart: Chart, note: string, attrs = ''): string {
  const csv = `data:text/csv;charset=utf-8,${encodeURIComponent(tableCsv(chart.table))}`;
  return `<figure id="${id}"${attrs}>
<figcaption><b>${esc(title)}</b> <span class="note">${esc(note)}</span> <a class="csv" download="${id}.csv" href="${esc(csv)}">Download CSV</a></figcaption>
${chart.svg}
<details><summary>Data as text (${num(chart.table.rows.length)} rows)</summary>
${dataTable(chart.table, title)}
</details>
</figure>`;
}

/** Statement records for the script: arrays, columns as in client.ts. */
interface Dicts {
  sp: Array<[string, string, string]>;
  spIndex: Map<string, number>;
}
function speakerIndex(d: Dicts, s: ReportStatement): number {
  if (!s.speakerName && !s.speakerId) return -1;
  const k = JSON.stringify([s.speakerId, s.speakerName, s.speakerTitle]);
  let i = d.spIndex.get(k);
  if (i === undefined) {
    i = d.sp.length;
    d.sp.push([s.speakerId ?? '', s.speakerName ?? '', s.speakerTitle ?? '']);
    d.spIndex.set(k, i);
  }
  return i;
}

/** The statements in the table's default order (newest first, undated last, then corpus order). */
function defaultOrder(st: ReportStatement[]): number[] {
  return st.map((_, i) => i).sort((a, b) => {
    const x = st[a]!.date ?? '', y = st[b]!.date ?? '';
    if (x !== y) return x === '' ? 1 : y === '' ? -1 : cmp(y, x);
    return a - b;
  });
}

function rowHtml(d: ReportData, s: ReportStatement, i: number): string {
  const art = d.articles[s.article]!;
  const who = s.speakerName
    ? `<b>${esc(s.speakerName)}</b>${s.speakerTitle ? `<br><small>${esc(s.speakerTitle)}</small>` : ''}`
    : '<i>unattributed</i>';
  // the context keeps its own white space around the quote (see context.ts)
  const quote = `${s.before ? `<span class="ctx">${esc(s.before)}</span>` : ''}<mark>${esc(s.quote)}</mark>${s.after ? `<span class="ctx">${esc(s.after)}</span>` : ''}`;
  const label = art.title ?? art.label;
  const link = art.href ? `<a href="${esc(art.href)}">${esc(label)}</a>` : `<span>${esc(label)}</span>`;
  return `<tr data-row="${i}"><td class="date">${esc(s.date)}</td><td class="who">${who}</td><td class="quote">${quote}</td>` +
    `<td class="region">${esc(s.regionName)}</td><td class="type">${esc(s.type)}${s.kind === 'direct' ? '' : ' (reported)'}</td>` +
    `<td class="art">${link}${art.title ? `<br><small>${esc(art.label)}</small>` : ''}</td></tr>`;
}

function periodCounts(d: ReportData, g: Granularity): PeriodCount[] {
  const m = new Map<string, PeriodCount>();
  const get = (k: string) => m.get(k) ?? (m.set(k, { period: k, statements: 0, claims: 0 }), m.get(k)!);
  for (const s of d.statements) {
    const k = periodOf(s.date, g);
    if (k) get(k).statements++;
  }
  for (const date of d.claimDates) {
    const k = periodOf(date, g);
    if (k) get(k).claims++;
  }
  return [...m.values()].sort((a, b) => cmp(a.period, b.period));
}

function provinceCounts(d: ReportData): ProvinceCount[] {
  const names = new Map(provinces().map((p) => [p.code, p.name]));
  const n = new Map<string, number>();
  for (const s of d.statements) if (s.province) n.set(s.province, (n.get(s.province) ?? 0) + 1);
  return PROVINCE_GRID.map((t) => ({ code: t.code, iso: t.iso, name: names.get(t.code) ?? t.code, statements: n.get(t.code) ?? 0 }));
}

/** The `stories` cell and header of a corpus row, when the run has stories (as its CSV table does). */
const storyCell = (d: ReportData, n: number | undefined) => (d.stories ? `<td class="n">${esc(n)}</td>` : '');
const storyHead = (d: ReportData) => (d.stories ? '<th scope="col">stories</th>' : '');
const storyNote = (d: ReportData, what: string) => (d.stories ? ` <i>stories</i>: the distinct stories ${what} (copies of one story, similarity ≥ ${d.stories.sameStory}, count once).` : '');

function officialsSection(d: ReportData): string {
  const top = d.officials.filter((o) => o.statements > 0)
    .sort((a, b) => b.statements - a.statements || b.articles - a.articles || cmp(a.id, b.id)).slice(0, TOP_OFFICIALS);
  const rows = top.map((o) => `<tr><td><a href="#official=${esc(encodeURIComponent(o.id))}">${esc(o.name)}</a></td><td>${esc(o.title)}</td>` +
    `<td>${esc(o.role)}</td><td>${esc(o.regionName)}</td><td class="n">${o.statements}</td><td class="n">${o.articles}</td>${storyCell(d, o.stories)}</tr>`).join('\n');
  return `<section id="officials"><h2>Top officials</h2>
<p class="note">The ${top.length} officials with the most statements. A name filters the table to that official.${storyNote(d, 'mentioning the official')}</p>
<table class="list"><thead><tr><th scope="col">name</th><th scope="col">title</th><th scope="col">role</th><th scope="col">region</th><th scope="col">statements</th><th scope="col">articles</th>${storyHead(d)}</tr></thead>
<tbody>
${rows}
</tbody></table></section>`;
}

function claimsSection(d: ReportData): string {
  const rows = d.claims.map((c) => `<tr><td class="n">${esc(c.value)}</td><td>${esc(c.qualifier)}</td><td>${esc(c.unit)}</td><td>${esc(c.election)}</td>` +
    `<td>${esc(c.year)}</td><td>${esc(c.reporter)}</td><td>${esc(c.regionName)}</td><td class="n">${c.articles}</td>${storyCell(d, c.stories)}<td>${esc(c.firstDate)}</td><td>${esc(c.lastDate)}</td></tr>`).join('\n');
  return `<section id="claims"><h2>Claims</h2>
<p class="note">${num(d.claims.length)} distinct violation figures (the <code>claims</code> table): the same value, qualifier, unit, election, year and reporter is one claim, however many articles cite it.${storyNote(d, 'citing it')}</p>
<table class="list"><thead><tr><th scope="col">value</th><th scope="col">qualifier</th><th scope="col">unit</th><th scope="col">election</th><th scope="col">year</th><th scope="col">reporter</th><th scope="col">reporter region</th><th scope="col">articles</th>${storyHead(d)}<th scope="col">first cited</th><th scope="col">last cited</th></tr></thead>
<tbody>
${rows}
</tbody></table></section>`;
}

/** The run's story settings, for the header: what a story is, and how many articles are copies. */
function storySettings(d: ReportData): string {
  const st = d.stories;
  if (!st) return '';
  return ` · stories: articles with similarity ≥ <code>${esc(st.sameStory)}</code> are one story (<code>--same-story</code>), ${num(st.copies)} ${st.copies === 1 ? 'article is a copy' : 'articles are copies'}` +
    `${st.countCopies ? ' (<code>--count-copies</code>: the summary counts every copy)' : ''}; the statements below are every article's`;
}

function select(id: string, label: string): string {
  return `<label>${esc(label)} <select id="f-${id}"><option value="">all</option></select></label>`;
}

export function reportHtml(d: ReportData): string {
  const s = d.summary;
  const dates = d.statements.map((x) => x.date).filter((x): x is string => Boolean(x && monthOf(x))).sort();
  const range = dates.length ? `${dates[0]} to ${dates[dates.length - 1]}` : 'no dates';
  const prov = provinceCounts(d);
  const dicts: Dicts = { sp: [], spIndex: new Map() };
  // regions: [province code, region name], each once; a statement's week and month are computed by the script
  const rg: Array<[string, string]> = [];
  const rgIndex = new Map<string, number>();
  const regionIndex = (x: ReportStatement): number => {
    if (!x.province && !x.regionName) return -1;
    const k = `${x.province ?? ''}\u0000${x.regionName ?? ''}`;
    let i = rgIndex.get(k);
    if (i === undefined) rgIndex.set(k, (i = rg.push([x.province ?? '', x.regionName ?? '']) - 1));
    return i;
  };
  const st = d.statements.map((x) => [
    x.article, speakerIndex(dicts, x), x.date ?? '', regionIndex(x), x.type, x.kind,
  ]);
  const data = {
    art: d.articles.map((a) => [a.title ?? '', a.href ?? '', a.label, a.published ?? '']),
    sp: dicts.sp,
    rg,
    prov: Object.fromEntries(prov.map((p) => [p.code, p.name])),
    st,
  };
  const order = defaultOrder(d.statements).slice(0, PAGE_ROWS);
  const pages = Math.max(1, Math.ceil(d.statements.length / PAGE_ROWS));
  const figures: Array<[string, string]> = [
    ['Articles', num(s.articles)], ...(d.stories ? [['Stories', num(d.stories.stories)] as [string, string]] : []), ['Failed', num(s.failed)],
    ['Statements', num(s.statements)], ['Officials', num(s.officials)],
    ['Regions', num(s.regions)], ['Distinct claims', num(d.claims.length)], ['Dates', range],
  ];
  const settings = d.settings;
  const week = figure('timeline-week', 'Statements and violation claims per week', timelineChart(periodCounts(d, 'week'), 'week'),
    'Weeks start on Monday (Asia/Jakarta calendar days). Claims: violation figures cited, by their article\'s date. A bar filters the table to its week.', ' data-granularity="week"');
  const month = figure('timeline-month', 'Statements and violation claims per month', timelineChart(periodCounts(d, 'month'), 'month'),
    'Claims: violation figures cited, by their article\'s date. A bar filters the table to its month.', ' data-granularity="month"');
  const body = `<header>
<h1>asn-scan report</h1>
<dl class="figures">${figures.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd id="fig-${esc(k.toLowerCase().replace(/ /gu, '-'))}">${esc(v)}</dd></div>`).join('')}</dl>
<p class="settings">Inputs: <code>${esc(settings.inputs.join(' '))}</code>${settings.shard ? ` · shard <code>${esc(settings.shard)}</code>` : ''}${storySettings(d)} · asn-scan ${esc(settings.version)} · statements dated by the statement, else by the article.</p>
</header>
<main>
<section id="timeline"><h2>Timeline</h2>
<fieldset class="switch"><legend>Per</legend><label><input type="radio" name="granularity" value="week" id="g-week"> week</label> <label><input type="radio" name="granularity" value="month" id="g-month" checked> month</label></fieldset>
${month}
${week}
</section>
<section id="provinces"><h2>Provinces</h2>
<div class="pair">
${figure('province-map', 'Statements per province', tileMap(prov), 'Tiles laid out roughly by geography; darker means more statements. A tile filters the table.')}
${figure('province-ranking', 'Provinces ranked', provinceBars(prov), 'A bar filters the table.')}
</div>
</section>
${officialsSection(d)}
${claimsSection(d)}
<section id="table"><h2>Statements</h2>
<form id="search" class="filters" role="search"><label>Search <input id="q" type="search" placeholder="quote, speaker, region, headline"></label>
${select('province', 'Province')} ${select('official', 'Official')} ${select('type', 'Type')} ${select('month', 'Month')} ${select('week', 'Week')}
<button type="button" id="clear">Clear</button></form>
<p><output id="count" data-count="${d.statements.length}">${num(d.statements.length)} statements</output></p>
<table id="statements" class="list"><thead><tr><th scope="col" data-sort="date" aria-sort="descending"><button type="button">Date</button></th><th scope="col" data-sort="speaker" aria-sort="none"><button type="button">Speaker</button></th><th scope="col">Quote in context</th><th scope="col" data-sort="region" aria-sort="none"><button type="button">Region</button></th><th scope="col" data-sort="type" aria-sort="none"><button type="button">Type</button></th><th scope="col">Article</th></tr></thead>
<tbody id="rows">
${order.map((i) => rowHtml(d, d.statements[i]!, i)).join('\n')}
</tbody></table>
<nav class="pager"><button type="button" id="prev" disabled>Previous</button> <span id="page" data-page="1">Page 1 of ${pages}</span> <button type="button" id="next"${pages > 1 ? '' : ' disabled'}>Next</button></nav>
</section>
</main>`;
  // Every <style> in the page (ours and the ones Plot puts in its SVGs) is allowed by its hash.
  const styles = new Set<string>([CSS]);
  for (const m of body.matchAll(/<style>([\s\S]*?)<\/style>/gu)) styles.add(m[1]!);
  const csp = [
    "default-src 'none'", `script-src ${sha256(CLIENT_JS)}`, `style-src ${[...styles].map(sha256).join(' ')}`,
    'img-src data:', "base-uri 'none'", "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="asn-scan ${esc(settings.version)}">
<title>asn-scan report: ${num(s.statements)} statements from ${num(s.articles)} articles</title>
<style>${CSS}</style>
</head>
<body>
${body}
${packData(data).map((c) => `<script type="application/octet-stream" class="report-data">${c}</script>`).join('\n')}
<script>${CLIENT_JS}</script>
${packData(d.statements.map((x) => [x.quote, x.before, x.after])).map((c) => `<script type="application/octet-stream" class="report-text">${c}</script>`).join('\n')}
</body>
</html>
`;
}
