// Scorer for the quotes development set (fixtures/statements/quotes/articles.txt, issue 22): each article is
// run through the whole pipeline (clean → extract) and its statements, direct and reported, are compared
// with the gold written before the first run. See the fixture's header for the format.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model.js';
import { processArticle } from '../../src/pipeline.js';
import { rawText } from './helpers.js';

export interface GoldStatement {
  /** Fragments one statement must contain (several for a quote running over paragraphs). */
  frags: string[];
  /** The speaker's full name as first introduced (or an institution); null: no speaker. */
  speaker: string | null;
}

export interface DevArticle {
  num: string;
  slug: string;
  text: string;
  held: boolean;
  statements: GoldStatement[];
  forbidden: string[];
  optional: string[];
}

const FILE = fileURLToPath(new URL('../../fixtures/statements/quotes/articles.txt', import.meta.url));

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();
/** Lower case, no quote marks or backslashes, white space squashed. */
export const normText = (s: string): string => squash(s.toLowerCase().replace(/[\\“”"'‘’«»„]/gu, ' '));

/** Honorifics, degrees and ranks: left out when comparing names. Single letters (initials, the pieces of a
 *  dotted degree such as `S.H.`) are left out too. */
const NAME_NOISE = new Set(
  ('h hj hm dr drs dra ir prof kh tgh ust ustadz sh mh msi si mkes kes mpd pd spd se st sos ssos sip ip ag sag mag ' +
    'ma mm mt kom ak bapak ibu pak bu akbp kombes pol irjen brigjen letkol kolonel inf')
    .split(' '),
);
export function nameWords(s: string): string[] {
  return [...new Set(squash(s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')).split(' '))]
    .filter((w) => w.length > 1 && !NAME_NOISE.has(w))
    .sort();
}
/** The output names the gold speaker: the same words, honorifics, degrees and ranks aside. */
export function sameSpeaker(out: string | null | undefined, gold: string | null): boolean {
  if (gold === null) return out === null || out === undefined;
  if (!out) return false;
  return nameWords(out).join(' ') === nameWords(gold).join(' ');
}

/** The articles of a set in this format (default: the first quotes development set). */
export function loadDevSet(file: string = FILE): DevArticle[] {
  const raw = readFileSync(file, 'utf8');
  const out: DevArticle[] = [];
  const blocks = raw.split(/^### /mu).slice(1);
  blocks.forEach((b, i) => {
    const nl = b.indexOf('\n');
    const [num, slug] = b.slice(0, nl).trim().split(/\s+/u) as [string, string];
    const sep = b.indexOf('\n---\n');
    if (sep < 0) throw new Error(`quotes dev set: article ${num} has no gold`);
    const text = b.slice(nl + 1, sep).trim() + '\n';
    const art: DevArticle = { num, slug, text, held: i % 3 === 2, statements: [], forbidden: [], optional: [] };
    for (const line of b.slice(sep + 5).split('\n')) addGoldLine(art, line, `quotes dev set: article ${num}`);
    out.push(art);
  });
  return out;
}

/** One gold line into `art`: `q fragment ++ fragment || speaker` (a statement; `-` for none), `x text` (must not be
 *  a statement), `o text` (may be one); blank lines are skipped. */
export function addGoldLine(art: DevArticle, line: string, where: string): void {
  const l = line.trim();
  if (!l) return;
  const kind = l.slice(0, 2);
  const body = l.slice(2).trim();
  if (kind === 'q ') {
    const [fr, sp] = body.split('||').map((x) => x.trim()) as [string, string];
    art.statements.push({ frags: fr.split('++').map((x) => normText(x)), speaker: sp === '-' ? null : sp });
  } else if (kind === 'x ') art.forbidden.push(normText(body));
  else if (kind === 'o ') art.optional.push(normText(body));
  else throw new Error(`${where}: bad gold line: ${l}`);
}

/** A set of whole pages, one file each, with the statements' gold in the folder's `expected.json`
 *  (`articles: {file: {statements: [gold lines]}}`): check9 (scraped text) and check11 (saved web pages). Every page
 *  is held out. */
export function loadPagesSet(dir: URL, set: string): DevArticle[] {
  const gold = JSON.parse(readFileSync(fileURLToPath(new URL('expected.json', dir)), 'utf8')) as {
    articles: Record<string, { statements: string[] }>;
  };
  return Object.entries(gold.articles).map(([file, g]) => {
    const [num, ...rest] = file.replace(/\.[a-z]+$/u, '').split('-');
    const art: DevArticle = { num: num!, slug: rest.join('-'), text: readFileSync(fileURLToPath(new URL(file, dir)), 'utf8'), held: true, statements: [], forbidden: [], optional: [] };
    for (const l of g.statements) addGoldLine(art, l, `${set}: ${file}`);
    return art;
  });
}

/**
 * The statements test of a set of pages scored through the whole pipeline (check9's scraped text, check11's and
 * check13's saved web pages: the caller's `vi.mock` of the pipeline decides the path): the set's size, then recall,
 * precision, right speaker and forbidden statements against `floor`; `<SET>_REPORT=1` prints the figures and the
 * problems.
 */
export function describePagesStatements(o: { set: string; dir: URL; pages: number; gold: number; title: string; floor: { recall: number; precision: number; speaker: number; forbidden?: number } }): void {
  const arts = loadPagesSet(o.dir, o.set);
  const s = scoreDevSet(arts);
  const m = summary(s);
  if (process.env[`${o.set.toUpperCase()}_REPORT`]) {
    console.log(`${o.set} statements: recall ${m.recall.toFixed(3)} (${s.found}/${s.gold}) precision ${m.precision.toFixed(3)} (spurious ${s.spurious}, forbidden ${s.forbidden}) speaker ${m.speaker.toFixed(3)} (${s.rightSpeaker}/${s.found})`);
    for (const p of s.problems) console.log(`  ${p}`);
  }
  describe(o.title, () => {
    it(`holds ${o.pages} pages with ${o.gold} gold statements`, () => {
      expect(arts.length).toBe(o.pages);
      expect(arts.reduce((n, a) => n + a.statements.length, 0)).toBe(o.gold);
    });
    it("finds and attributes the pages' statements", () => {
      const why = s.problems.join('\n');
      expect(m.recall, why).toBeGreaterThanOrEqual(o.floor.recall);
      expect(m.precision, why).toBeGreaterThanOrEqual(o.floor.precision);
      expect(m.speaker, why).toBeGreaterThanOrEqual(o.floor.speaker);
      if (o.floor.forbidden !== undefined) expect(s.forbidden, why).toBeLessThanOrEqual(o.floor.forbidden);
    });
  });
}

export function runArticle(a: DevArticle): Article {
  return processArticle(rawText(`${a.num}-${a.slug}`, a.text));
}

export interface DevScore {
  articles: number;
  gold: number;
  found: number;
  /** Output statements matched to no gold statement and no optional fragment. */
  spurious: number;
  /** Found statements whose speaker is right. */
  rightSpeaker: number;
  /** Output statements containing a forbidden fragment. */
  forbidden: number;
  problems: string[];
}

export function scoreDevSet(articles: DevArticle[]): DevScore {
  const s: DevScore = { articles: articles.length, gold: 0, found: 0, spurious: 0, rightSpeaker: 0, forbidden: 0, problems: [] };
  for (const a of articles) {
    const art = runArticle(a);
    const outs = art.statements.map((x) => ({ st: x, norm: normText(x.quote) }));
    const used = new Set<number>();
    const tag = `${a.num}-${a.slug}`;
    for (const g of a.statements) {
      s.gold++;
      const i = outs.findIndex((o, j) => !used.has(j) && g.frags.every((f) => o.norm.includes(f)));
      if (i < 0) {
        const partial = outs.filter((o) => g.frags.some((f) => o.norm.includes(f))).length;
        s.problems.push(`${tag}: missing${partial ? ` (in ${partial} pieces)` : ''}: ${g.frags.join(' ++ ')}`);
        continue;
      }
      used.add(i);
      s.found++;
      const sp = outs[i]!.st.speaker;
      if (sameSpeaker(sp?.name, g.speaker)) s.rightSpeaker++;
      else s.problems.push(`${tag}: "${g.frags[0]}" → ${sp?.name ?? 'nobody'} (${outs[i]!.st.speakerRule ?? '-'}/${outs[i]!.st.rule}), gold ${g.speaker ?? 'nobody'}`);
    }
    outs.forEach((o, j) => {
      const bad = a.forbidden.find((f) => o.norm.includes(f));
      if (bad) {
        s.forbidden++;
        s.problems.push(`${tag}: forbidden statement: ${o.norm.slice(0, 70)}`);
      }
      if (used.has(j)) return;
      if (!bad && a.optional.some((f) => o.norm.includes(f))) return;
      s.spurious++;
      s.problems.push(`${tag}: spurious ${o.st.kind} (${o.st.rule}): ${o.norm.slice(0, 70)} [${o.st.speaker?.name ?? '-'}]`);
    });
  }
  return s;
}

export function summary(s: DevScore): { recall: number; precision: number; speaker: number } {
  return {
    recall: s.found / Math.max(1, s.gold),
    precision: s.found / Math.max(1, s.found + s.spurious),
    speaker: s.rightSpeaker / Math.max(1, s.found),
  };
}

/** Prints both parts' figures when the environment variable `envName` is set, and the problems of one part:
 *  the held-out part's only when it is `held` (for a final report: held-out articles are not read while
 *  tuning), else the tuning part's. */
export function reportParts(envName: string, tune: DevScore, held: DevScore): void {
  const report = process.env[envName];
  if (!report) return;
  for (const [name, s] of [
    ['tuning', tune],
    ['held-out', held],
  ] as const) {
    const m = summary(s);
    console.log(
      `${name}: ${s.articles} articles, ${s.gold} gold; recall ${m.recall.toFixed(3)} (${s.found}/${s.gold}) precision ${m.precision.toFixed(3)} ` +
        `right speaker ${m.speaker.toFixed(3)} (${s.rightSpeaker}/${s.found}); forbidden ${s.forbidden}`,
    );
    if ((report === 'held') === (name === 'held-out')) for (const p of s.problems) console.log(`  ${p}`);
  }
}

export interface PartFloor {
  recall: number;
  precision: number;
  speaker: number;
}

/**
 * The tests of a quotes set with a held-out part (quotes3 and later): its size, then each part's floors. The tuning
 * part's failures list its problems; the held-out part's list none (its articles are not read while tuning).
 * `REPORT` is the environment variable of reportParts.
 */
export function describeHeldOutSet(o: {
  name: string;
  file: string;
  report: string;
  articles: number;
  held: number;
  tune: PartFloor;
  heldOut: PartFloor;
}): void {
  const all = loadDevSet(o.file);
  const tune = scoreDevSet(all.filter((a) => !a.held));
  const held = scoreDevSet(all.filter((a) => a.held));
  reportParts(o.report, tune, held);
  const label = (f: PartFloor) => `recall ≥ ${f.recall}, precision ≥ ${f.precision}, right speaker ≥ ${f.speaker}`;
  describe(o.name, () => {
    it(`reads ${o.articles} articles, ${o.held} held out, each with gold`, () => {
      expect(all.length).toBe(o.articles);
      expect(all.filter((a) => a.held).length).toBe(o.held);
      for (const a of all) expect(a.statements.length, a.num).toBeGreaterThan(0);
    });
  });
  describe(`${o.name}: floors`, () => {
    const t = summary(tune);
    const h = summary(held);
    it(`tuning part: ${label(o.tune)}`, () => {
      const why = tune.problems.join('\n');
      expect(t.recall, why).toBeGreaterThanOrEqual(o.tune.recall);
      expect(t.precision, why).toBeGreaterThanOrEqual(o.tune.precision);
      expect(t.speaker, why).toBeGreaterThanOrEqual(o.tune.speaker);
    });
    it(`held-out part: ${label(o.heldOut)}`, () => {
      expect(h.recall).toBeGreaterThanOrEqual(o.heldOut.recall);
      expect(h.precision).toBeGreaterThanOrEqual(o.heldOut.precision);
      expect(h.speaker).toBeGreaterThanOrEqual(o.heldOut.speaker);
    });
  });
}
