// Scorer for the cleaning development set (fixtures/clean/junk, markers described in its README): what a
// user sees is the cleaned text, so every check reads `clean(x).text` and `clean(x).dateline`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { extractHtml } from '../../src/ingest/html/extract.js';

const DIR = join('fixtures', 'clean', 'junk');

export interface JunkScore {
  junk: number;
  junkLeft: string[];
  body: number;
  bodyLost: string[];
  leads: number;
  leadsLeft: string[];
  /** `== ` lines: a second copy of a body line (an article pasted twice); its text must appear exactly once. */
  repeats: number;
  repeatsLeft: string[];
}

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

export function scoreJunk(files: readonly string[], dir: string = DIR): JunkScore {
  const s: JunkScore = { junk: 0, junkLeft: [], body: 0, bodyLost: [], leads: 0, leadsLeft: [], repeats: 0, repeatsLeft: [] };
  for (const f of files) {
    const marked = readFileSync(join(dir, f), 'utf8').split('\n');
    const input: string[] = [];
    const junk: string[] = [];
    const body: string[] = [];
    const leads: string[] = [];
    const repeats: string[] = [];
    for (const line of marked) {
      if (line.startsWith('== ')) {
        repeats.push(line.slice(3));
        input.push(line.slice(3));
        continue;
      }
      if (line.startsWith('@@ ')) {
        junk.push(line.slice(3));
        input.push(line.slice(3));
        continue;
      }
      const m = /^\{\{(.*?)\}\}\s*(.*)$/u.exec(line);
      if (m) {
        leads.push(m[1]!);
        body.push(m[2]!);
        input.push(`${m[1]} ${m[2]}`);
        continue;
      }
      if (line.trim() !== '') body.push(line);
      input.push(line);
    }
    const out = clean(input.join('\n'));
    const paras = out.text.split('\n\n').map(squash);
    const text = squash(out.text);
    for (const j of junk) {
      s.junk++;
      if (junkStays(paras, squash(j), body.map(squash))) s.junkLeft.push(`${f}: ${j}`);
    }
    for (const b of bodyOutOfOrder(text, body.map(squash))) s.bodyLost.push(`${f}: ${b}`);
    s.body += body.length;
    for (const r of repeats) {
      s.repeats++;
      const n = text.split(squash(r)).length - 1;
      if (n !== 1) s.repeatsLeft.push(`${f}: ${n}x ${r}`);
    }
    for (const l of leads) {
      s.leads++;
      if (text.includes(squash(l))) s.leadsLeft.push(`${f}: ${l}`);
    }
  }
  return s;
}

/** The body lines (squashed) that the cleaned text does not keep in their place: each must be found after the one
 *  before it, so a line is lost even when its words survive elsewhere (inside another paragraph, a caption or a
 *  repeat). A line found nowhere after its predecessor is lost and the search goes on from the same place. */
export function bodyOutOfOrder(text: string, body: readonly string[]): string[] {
  const lost: string[] = [];
  let from = 0;
  for (const b of body) {
    const at = text.indexOf(b, from);
    if (at < 0) lost.push(b);
    else from = at + b.length;
  }
  return lost;
}

/** Whether a boilerplate line stays: as a paragraph of its own, or joined to the start or end of another (a
 *  furniture line glued to a body line by the join step is left as much as one standing alone), unless a body
 *  line itself starts or ends with those words ("Pemerintah Kota Bengkulu menerbitkan …"). */
export function junkStays(paras: readonly string[], j: string, body: readonly string[] = []): boolean {
  const starts = !body.some((b) => b.startsWith(`${j} `));
  const ends = !body.some((b) => b.endsWith(` ${j}`));
  return paras.some((p) => p === j || (starts && p.startsWith(`${j} `)) || (ends && p.endsWith(` ${j}`)));
}

export const files = (from: number, to: number, dir: string = DIR): string[] =>
  readdirSync(dir).filter((f) => /^\d\d\.txt$/u.test(f) && Number(f.slice(0, 2)) >= from && Number(f.slice(0, 2)) <= to).sort();

export interface HtmlScore {
  junk: number;
  junkLeft: string[];
  body: number;
  bodyLost: string[];
  /** Paragraphs of the cleaned text that hold no gold body line (whatever their wording): a stricter count of
   *  what the gold's `junk` list may have spelled otherwise than the extraction renders it. */
  extra: string[];
}

/** Scores web pages of a set (`<dir>/html/*.html`, gold in `<dir>/html/gold.json`: `junk` lines must not stay as
 *  a paragraph, `body` text must stay), read the way the CLI reads them: main-text extraction, then cleaning. */
export function scoreHtml(dir: string, only?: (file: string) => boolean): HtmlScore {
  const gold = JSON.parse(readFileSync(join(dir, 'html', 'gold.json'), 'utf8')) as Record<string, { junk: string[]; body: string[] }>;
  const s: HtmlScore = { junk: 0, junkLeft: [], body: 0, bodyLost: [], extra: [] };
  for (const [f, g] of Object.entries(gold)) {
    if (only !== undefined && !only(f)) continue;
    const page = extractHtml(readFileSync(join(dir, 'html', f), 'utf8'));
    const out = clean(page.text ?? '');
    const paras = out.text.split('\n\n').map(squash);
    const text = squash(out.text);
    const body = g.body.map(squash);
    for (const j of g.junk) {
      s.junk++;
      if (junkStays(paras, squash(j), body)) s.junkLeft.push(`${f}: ${j}`);
    }
    for (const b of bodyOutOfOrder(text, body)) s.bodyLost.push(`${f}: ${b}`);
    s.body += body.length;
    for (const p of paras) if (p !== '' && !body.some((b) => p.includes(b) || b.includes(p))) s.extra.push(`${f}: ${p}`);
  }
  return s;
}

/** With NEWS_REPORT set, prints each part's counts; its lines too for the parts named in `shown` when NEWS_REPORT is
 *  `all` (the tuning parts), and for every part when it is `held` (never while tuning: held-out lines stay unread). */
export function reportParts(set: string, parts: ReadonlyArray<readonly [string, JunkScore]>, shown: readonly string[]): void {
  const mode = process.env['NEWS_REPORT'];
  if (!mode) return;
  for (const [n, s] of parts) {
    console.log(`${set} ${n}: junk ${s.junk}, left ${s.junkLeft.length}; body ${s.body}, lost ${s.bodyLost.length}; leads ${s.leads}, left ${s.leadsLeft.length}`);
    if (mode !== 'held' && !(mode === 'all' && shown.includes(n))) continue;
    for (const l of [...s.junkLeft.map((x) => `left: ${x}`), ...s.bodyLost.map((x) => `LOST: ${x}`), ...s.leadsLeft.map((x) => `lead left: ${x}`)]) console.log(`  ${l}`);
  }
}

/** Sizes and pinned levels of a cleaning set split into a tuning part and a held-out part. */
export interface TuneHeldSet {
  /** The folder's name under fixtures/clean/. */
  set: string;
  /** File numbers of each part, first and last. */
  tune: readonly [number, number];
  held: readonly [number, number];
  /** Furniture and body lines of [tune, held], pinned so a truncated fixture fails. */
  sizes: readonly [tuneJunk: number, tuneBody: number, heldJunk: number, heldBody: number];
  /** At most this many lines left or lost (pinned at the level reached: raise them, never lower them). */
  floors: { tuneLeft: number; heldLeft: number; leads: number; tuneLost?: number; heldLost?: number };
  /** What the pinned level says, for the test's title. */
  title: string;
}

/** The test of a tune/held cleaning set (clean3, clean3b, clean4, clean4b, clean5, clean5b): every file read, and
 *  each part's furniture left, body lost and leads left at or under its pinned level. */
export function describeTuneHeldSet(t: TuneHeldSet): void {
  const dir = join('fixtures', 'clean', t.set);
  describe(`cleaning on the ${t.set} development set (fixtures/clean/${t.set})`, () => {
    const tune = scoreJunk(files(t.tune[0], t.tune[1], dir), dir);
    const held = scoreJunk(files(t.held[0], t.held[1], dir), dir);
    reportParts(t.set, [['tune', tune], ['held', held]], ['tune']);
    it('reads every file', () => {
      expect([tune.junk, tune.body, held.junk, held.body]).toEqual([...t.sizes]);
    });
    it(t.title, () => {
      expect(tune.bodyLost.length, tune.bodyLost.join('\n')).toBeLessThanOrEqual(t.floors.tuneLost ?? 0);
      expect(held.bodyLost.length).toBeLessThanOrEqual(t.floors.heldLost ?? 0);
      expect(tune.junkLeft.length, tune.junkLeft.join('\n')).toBeLessThanOrEqual(t.floors.tuneLeft);
      expect(held.junkLeft.length).toBeLessThanOrEqual(t.floors.heldLeft);
      expect(tune.leadsLeft.length + held.leadsLeft.length).toBeLessThanOrEqual(t.floors.leads);
    });
  });
}

/** A blind cleaning check set (check4, check5): scraped text pages and web pages, every page held out. */
export interface CheckPagesSet {
  /** The folder's name under fixtures/clean/. */
  set: string;
  /** The variable that prints the figures and the lines (read them only for a final report). */
  reportEnv: string;
  /** Pinned so a truncated fixture fails: text pages, their furniture lines, the web pages' furniture and body
   *  lines, and the repeated paragraphs when the set marks them. */
  sizes: { pages: number; junk: number; htmlJunk: number; htmlBody: number; repeats?: number };
  /** At most this many lines left or lost; `repeatsLeft` is checked when the set marks repeats. */
  floor: { junkLeft: number; bodyLost: number; leadsLeft: number; repeatsLeft?: number; htmlJunkLeft: number; htmlBodyLost: number; htmlExtra: number };
}

/** The test of a blind cleaning check set: every page read, and furniture left, body lost, leads left (and
 *  repeats left) at or under the pinned levels, on the text pages and on the web pages. */
export function describeCheckPages(c: CheckPagesSet): void {
  const dir = join('fixtures', 'clean', c.set);
  const repeats = c.sizes.repeats !== undefined;
  describe(`cleaning on the ${c.set} blind set (fixtures/clean/${c.set})`, () => {
    const s = scoreJunk(files(1, 99, dir), dir);
    const h = scoreHtml(dir);
    if (process.env[c.reportEnv]) {
      console.log(`${c.set} text: junk ${s.junk}, left ${s.junkLeft.length}; body ${s.body}, lost ${s.bodyLost.length}; leads ${s.leads}, left ${s.leadsLeft.length}` +
        (repeats ? `; repeats ${s.repeats}, wrong ${s.repeatsLeft.length}` : ''));
      console.log(`${c.set} html: junk ${h.junk}, left ${h.junkLeft.length}; body ${h.body}, lost ${h.bodyLost.length}; extra paragraphs ${h.extra.length}`);
      for (const l of [...s.junkLeft.map((x) => `left: ${x}`), ...s.bodyLost.map((x) => `LOST: ${x}`), ...s.leadsLeft.map((x) => `lead left: ${x}`), ...(repeats ? s.repeatsLeft.map((x) => `repeat: ${x}`) : [])]) console.log(`  ${l}`);
      for (const l of [...h.junkLeft.map((x) => `html left: ${x}`), ...h.bodyLost.map((x) => `html LOST: ${x}`), ...h.extra.map((x) => `html extra: ${x}`)]) console.log(`  ${l}`);
    }
    it('reads every page', () => {
      expect(files(1, 99, dir).length).toBe(c.sizes.pages);
      expect(s.junk).toBe(c.sizes.junk);
      if (repeats) expect(s.repeats).toBe(c.sizes.repeats);
      expect(h.junk).toBe(c.sizes.htmlJunk);
      expect(h.body).toBe(c.sizes.htmlBody);
    });
    it(`furniture removed, body kept, leads stripped${repeats ? ', repeats once' : ''}, at or above the pinned levels`, () => {
      const f = c.floor;
      expect(s.bodyLost.length, s.bodyLost.join('\n')).toBeLessThanOrEqual(f.bodyLost);
      expect(s.junkLeft.length, s.junkLeft.join('\n')).toBeLessThanOrEqual(f.junkLeft);
      expect(s.leadsLeft.length, s.leadsLeft.join('\n')).toBeLessThanOrEqual(f.leadsLeft);
      if (repeats) expect(s.repeatsLeft.length, s.repeatsLeft.join('\n')).toBeLessThanOrEqual(f.repeatsLeft ?? 0);
      expect(h.bodyLost.length, h.bodyLost.join('\n')).toBeLessThanOrEqual(f.htmlBodyLost);
      expect(h.junkLeft.length, h.junkLeft.join('\n')).toBeLessThanOrEqual(f.htmlJunkLeft);
      expect(h.extra.length, h.extra.join('\n')).toBeLessThanOrEqual(f.htmlExtra);
    });
  });
}
