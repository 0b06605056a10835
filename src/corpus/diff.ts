// The comparison behind `asn-scan check` and `asn-scan diff`: two lists of articles (a saved result and a
// new one) → what was added, removed, moved or changed. Pure and deterministic: output order follows the
// inputs (removed items in `before` order, everything else in `after` order), never Map iteration over
// unordered sources.
//
// Identity:
//   - articles by `id` relative to the corpus root, so the same corpus named under another path (copied,
//     moved, `./corpus` or `/abs/corpus`) is the same corpus: see `corpusRoots` for the rule. Within that,
//     the n-th occurrence of an id matches the n-th occurrence on the other side, so
//     JSONL corpora with repeated ids still pair up); an article that disappeared under one id and
//     appeared under another with the same `contentHash` is reported as moved, not as removed + added;
//   - statements by `id` (an article paired under another path — whose statement ids, hashed from the
//     article id, all differ — by kind and quote instead), officials by `id`, regions by `code`, dates by `iso`+`text`, violation counts
//     by `value`+`qualifier`+`text`; also elections by `name`+`year`+`text` and removed boilerplate
//     (`Article.removed`, reported as `boilerplate`) by `kind`+`rule`+`text`, so a change in what cleaning
//     strips is seen even when the cleaned text stays the same. Items are multisets: the same date written
//     twice counts twice.
//   - an item present on both sides under the same key whose other fields differ (a statement's type or
//     speaker, an official's role) is "modified". Offsets and spans are ignored for this: they move
//     whenever text above them is edited, which the article's `contentChanged` already says.
import { corpusRoots, NO_ROOTS, relative, relativeId, type Roots } from './roots.js';
import type { Article, DateMention, Election, Official, RegionMention, Removal, Statement, ViolationCount } from '../model.js';
import { plural } from '../util/plural.js';

export const ITEM_KINDS = ['statements', 'officials', 'regions', 'dates', 'violations', 'elections', 'boilerplate'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface ItemsOf {
  statements: Statement[];
  officials: Official[];
  regions: RegionMention[];
  dates: DateMention[];
  violations: ViolationCount[];
  elections: Election[];
  /** `Article.removed`: what cleaning stripped. */
  boilerplate: Removal[];
}

/** An article's items of one kind. */
export function itemsOf<K extends ItemKind>(a: Article, kind: K): ItemsOf[K] {
  const v = kind === 'boilerplate' ? a.removed : a[kind as Exclude<ItemKind, 'boilerplate'>];
  return (Array.isArray(v) ? v : []) as ItemsOf[K];
}

export interface Modified<T> {
  key: string;
  before: T;
  after: T;
  /** Names of the compared fields that differ, sorted. */
  fields: string[];
}

export type ModifiedOf = { [K in ItemKind]: Array<Modified<ItemsOf[K][number]>> };

/** An article as named in the diff. */
export interface ArticleRef {
  id: string;
  source: string;
  line: number | null;
  status: Article['status'];
  error: string | null;
  contentHash: string | null;
  /** Item counts, so a reader sees what an added or removed article held. */
  counts: Record<ItemKind, number>;
}

/** Article-level fields whose change is reported (the items and the text hash are reported separately). */
export const ARTICLE_FIELDS = ['status', 'error', 'source', 'line', 'title', 'url', 'publisher', 'author', 'lang', 'published', 'publishedFrom', 'dateline'] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

export interface FieldChange {
  field: ArticleField;
  before: unknown;
  after: unknown;
}

export interface ArticleChange {
  id: string;
  source: string;
  line: number | null;
  /** The cleaned text differs (by `contentHash`). */
  contentChanged: boolean;
  contentHash: { before: string | null; after: string | null };
  fields: FieldChange[];
  added: ItemsOf;
  removed: ItemsOf;
  modified: ModifiedOf;
}

export interface MovedArticle {
  from: ArticleRef;
  to: ArticleRef;
}

export interface ResultDiff {
  changed: boolean;
  articles: {
    added: ArticleRef[];
    removed: ArticleRef[];
    moved: MovedArticle[];
    changed: ArticleChange[];
  };
  /** Articles on each side, and how many were identical. */
  totals: { before: number; after: number; unchanged: number };
}

// ---- item keys and the fields compared for "modified" ----------------------------------------------

const KEY: { [K in ItemKind]: (x: ItemsOf[K][number]) => string } = {
  statements: (s) => s.id,
  officials: (o) => o.id,
  regions: (r) => r.code,
  dates: (d) => `${d.iso ?? ''}\u0000${d.text}`,
  violations: (v) => `${v.value}\u0000${v.qualifier}\u0000${v.text}`,
  elections: (e) => `${e.name}\u0000${e.year}\u0000${e.text}`,
  boilerplate: (r) => `${r.kind}\u0000${r.rule}\u0000${r.text}`,
};

/** Fields compared for "modified": everything but offsets, spans and the keys themselves. */
const COMPARED: { [K in ItemKind]: ReadonlyArray<keyof ItemsOf[K][number] & string> } = {
  statements: ['kind', 'quote', 'speaker', 'speakerRule', 'neutrality', 'type', 'cues', 'date', 'region', 'rule'],
  officials: ['name', 'nameAsWritten', 'title', 'role', 'acting', 'institution', 'region', 'mentions', 'rule'],
  regions: ['name', 'level', 'surface', 'mentions'],
  dates: ['certain', 'kind', 'time', 'weekdayMismatch', 'rule'],
  violations: ['unit', 'election', 'year', 'reporter', 'reporterLevel', 'reporterRegion', 'sourceId', 'rule'],
  elections: [],
  boilerplate: [],
};

/** JSON with sorted object keys, so `{a,b}` and `{b,a}` compare equal; `undefined` reads as null. */
export function canonical(v: unknown): string {
  if (v === undefined || v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

function emptyItems(): ItemsOf {
  return { statements: [], officials: [], regions: [], dates: [], violations: [], elections: [], boilerplate: [] };
}
function emptyModified(): ModifiedOf {
  return { statements: [], officials: [], regions: [], dates: [], violations: [], elections: [], boilerplate: [] };
}

/** Keys of `xs` with an occurrence suffix (`k`, `k#2`, …), so multisets pair up one to one, in order. */
function occurrenceKeys<T>(xs: readonly T[], key: (x: T) => string): string[] {
  const seen = new Map<string, number>();
  return xs.map((x) => {
    const k = key(x);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}\u0000#${n}`;
  });
}

function diffKind<K extends ItemKind>(
  kind: K,
  before: ReadonlyArray<ItemsOf[K][number]>,
  after: ReadonlyArray<ItemsOf[K][number]>,
  keyOverride?: (x: ItemsOf[K][number]) => string,
): { added: Array<ItemsOf[K][number]>; removed: Array<ItemsOf[K][number]>; modified: Array<Modified<ItemsOf[K][number]>> } {
  type T = ItemsOf[K][number];
  const keyOf = keyOverride ?? (KEY[kind] as (x: T) => string);
  const bKeys = occurrenceKeys(before, keyOf);
  const aKeys = occurrenceKeys(after, keyOf);
  const bIndex = new Map<string, number>();
  bKeys.forEach((k, i) => bIndex.set(k, i));
  const aSet = new Set(aKeys);
  const removed = before.filter((_, i) => !aSet.has(bKeys[i]!));
  const added: T[] = [];
  const modified: Array<Modified<T>> = [];
  const fields = COMPARED[kind] as ReadonlyArray<string>;
  after.forEach((x, i) => {
    const j = bIndex.get(aKeys[i]!);
    if (j === undefined) {
      added.push(x);
      return;
    }
    const b = before[j]! as unknown as Record<string, unknown>;
    const a = x as unknown as Record<string, unknown>;
    const diff = fields.filter((f) => canonical(b[f]) !== canonical(a[f])).sort();
    if (diff.length) modified.push({ key: keyOf(x), before: before[j]!, after: x, fields: diff });
  });
  return { added, removed, modified };
}

function counts(a: Article): Record<ItemKind, number> {
  const c = {} as Record<ItemKind, number>;
  for (const k of ITEM_KINDS) c[k] = itemsOf(a, k).length;
  return c;
}

export function articleRef(a: Article): ArticleRef {
  return { id: a.id, source: a.source, line: a.line, status: a.status, error: a.error, contentHash: a.contentHash, counts: counts(a) };
}

/** Statements of an article paired under another id: their ids differ, their kind and quote do not. */
const statementByQuote = (s: Statement) => `${s.kind}\u0000${s.quote.replace(/\s+/gu, ' ').trim()}`;

/** The changes inside one article seen on both sides, or null when nothing reportable differs. `roots`:
 *  the corpus roots of the two sides (see corpusRoots), so a source is compared relative to its root. */
export function diffArticle(before: Article, after: Article, roots: Roots = NO_ROOTS): ArticleChange | null {
  const fields: FieldChange[] = [];
  for (const f of ARTICLE_FIELDS) {
    const b = f === 'source' ? relative(before.source, roots.before) : before[f];
    const a = f === 'source' ? relative(after.source, roots.after) : after[f];
    if (canonical(b) !== canonical(a)) fields.push({ field: f, before: before[f] ?? null, after: after[f] ?? null });
  }
  const contentChanged = (before.contentHash ?? null) !== (after.contentHash ?? null);
  const added = emptyItems();
  const removed = emptyItems();
  const modified = emptyModified();
  let items = 0;
  const renamed = before.id !== after.id;
  for (const k of ITEM_KINDS) {
    const override = k === 'statements' && renamed ? (statementByQuote as (x: ItemsOf[typeof k][number]) => string) : undefined;
    const d = diffKind(k, itemsOf(before, k), itemsOf(after, k), override);
    (added as Record<ItemKind, unknown[]>)[k] = d.added;
    (removed as Record<ItemKind, unknown[]>)[k] = d.removed;
    (modified as Record<ItemKind, unknown[]>)[k] = d.modified;
    items += d.added.length + d.removed.length + d.modified.length;
  }
  if (!contentChanged && fields.length === 0 && items === 0) return null;
  return {
    id: after.id,
    source: after.source,
    line: after.line,
    contentChanged,
    contentHash: { before: before.contentHash ?? null, after: after.contentHash ?? null },
    fields,
    added,
    removed,
    modified,
  };
}

/** Compares two results article by article. */
export function diffResults(before: readonly Article[], after: readonly Article[]): ResultDiff {
  const roots = corpusRoots(before, after);
  const bKeys = occurrenceKeys(before, (a) => relativeId(a, roots.before));
  const aKeys = occurrenceKeys(after, (a) => relativeId(a, roots.after));
  const bIndex = new Map<string, number>();
  bKeys.forEach((k, i) => bIndex.set(k, i));
  const aSet = new Set(aKeys);

  const changed: ArticleChange[] = [];
  let unchanged = 0;
  const addedIdx: number[] = [];
  after.forEach((a, i) => {
    const j = bIndex.get(aKeys[i]!);
    if (j === undefined) {
      addedIdx.push(i);
      return;
    }
    const c = diffArticle(before[j]!, a, roots);
    if (c) changed.push(c);
    else unchanged++;
  });
  const removedIdx = before.map((_, i) => i).filter((i) => !aSet.has(bKeys[i]!));

  // Moved: an id that went away and one that appeared, holding the same cleaned text. Paired first come,
  // first served in input order; articles without a hash (failed inputs) never pair.
  const moved: MovedArticle[] = [];
  const removedByHash = new Map<string, number[]>();
  for (const i of removedIdx) {
    const h = before[i]!.contentHash;
    if (!h || before[i]!.status !== 'ok') continue;
    const l = removedByHash.get(h);
    if (l) l.push(i);
    else removedByHash.set(h, [i]);
  }
  const pairedBefore = new Set<number>();
  const stillAdded: number[] = [];
  for (const i of addedIdx) {
    const a = after[i]!;
    const l = a.contentHash && a.status === 'ok' ? removedByHash.get(a.contentHash) : undefined;
    const j = l?.shift();
    if (j === undefined) {
      stillAdded.push(i);
      continue;
    }
    pairedBefore.add(j);
    moved.push({ from: articleRef(before[j]!), to: articleRef(a) });
  }

  const added = stillAdded.map((i) => articleRef(after[i]!));
  const removed = removedIdx.filter((i) => !pairedBefore.has(i)).map((i) => articleRef(before[i]!));
  return {
    changed: added.length + removed.length + moved.length + changed.length > 0,
    articles: { added, removed, moved, changed },
    totals: { before: before.length, after: after.length, unchanged },
  };
}

// ---- rendering ---------------------------------------------------------------------------------------

const SINGULAR: Record<ItemKind, [string, string]> = {
  statements: ['statement', 'statements'],
  officials: ['official', 'officials'],
  regions: ['region', 'regions'],
  dates: ['date', 'dates'],
  violations: ['count', 'counts'],
  elections: ['election', 'elections'],
  boilerplate: ['boilerplate removal', 'boilerplate removals'],
};

function noun(kind: ItemKind, n: number): string {
  const [one, many] = SINGULAR[kind];
  return `${n} ${n === 1 ? one : many}`;
}

/** A value on one line, cut to `max` characters. */
function short(s: string, max = 100): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** One readable line per item: `statement "…" (Sugito)`, `date "3 Oktober 2024" (2024-10-03)`. */
export function describeItem(kind: ItemKind, x: ItemsOf[ItemKind][number]): string {
  switch (kind) {
    case 'statements': {
      const s = x as Statement;
      return `statement ${JSON.stringify(short(s.quote))}${s.speaker ? ` (${s.speaker.name})` : ''}`;
    }
    case 'officials': {
      const o = x as Official;
      return `official ${o.name}${o.title ? ` (${o.title})` : ''}`;
    }
    case 'regions': {
      const r = x as RegionMention;
      return `region ${r.code} ${r.name}`;
    }
    case 'dates': {
      const d = x as DateMention;
      return `date ${JSON.stringify(short(d.text))}${d.iso ? ` (${d.iso})` : ''}`;
    }
    case 'violations': {
      const v = x as ViolationCount;
      return `count ${v.value} ${v.unit} (${v.qualifier}) ${JSON.stringify(short(v.text))}`;
    }
    case 'elections': {
      const e = x as Election;
      return `election ${e.name} ${e.year} ${JSON.stringify(short(e.text))}`;
    }
    case 'boilerplate': {
      const r = x as Removal;
      return `boilerplate ${r.kind} ${JSON.stringify(short(r.text))} (${r.rule})`;
    }
  }
}

function articleName(r: { id: string; source: string; line: number | null }): string {
  if (r.id === r.source) return r.id;
  return `${r.id} (${r.source}${r.line !== null ? `:${r.line}` : ''})`;
}

function countsText(c: Record<ItemKind, number>): string {
  return ITEM_KINDS.filter((k) => k !== 'boilerplate' && c[k] > 0).map((k) => noun(k, c[k])).join(', ') || 'nothing extracted';
}

const showValue = (v: unknown): string => (v === null || v === undefined ? 'null' : short(typeof v === 'string' ? JSON.stringify(v) : canonical(v), 80));

/** The readable diff: one `asn-scan:` line per article, then indented `+`/`-`/`~` lines, then a total. */
export function renderDiff(d: ResultDiff): string[] {
  const out: string[] = [];
  for (const c of d.articles.changed) {
    const parts: string[] = [];
    for (const k of ITEM_KINDS) if (c.added[k].length) parts.push(`+${noun(k, c.added[k].length)}`);
    for (const k of ITEM_KINDS) if (c.removed[k].length) parts.push(`-${noun(k, c.removed[k].length)}`);
    for (const k of ITEM_KINDS) if (c.modified[k].length) parts.push(`~${noun(k, c.modified[k].length)}`);
    for (const f of c.fields) parts.push(f.field);
    if (c.contentChanged) parts.push('text');
    out.push(`asn-scan: changed ${articleName(c)}: ${parts.join(', ')}`);
    for (const f of c.fields) out.push(`  ~ ${f.field}: ${showValue(f.before)} → ${showValue(f.after)}`);
    if (c.contentChanged) out.push(`  ~ text: ${c.contentHash.before ?? 'null'} → ${c.contentHash.after ?? 'null'}`);
    for (const k of ITEM_KINDS) for (const x of c.added[k]) out.push(`  + ${describeItem(k, x)}`);
    for (const k of ITEM_KINDS) for (const x of c.removed[k]) out.push(`  - ${describeItem(k, x)}`);
    for (const k of ITEM_KINDS) {
      for (const m of c.modified[k]) {
        const b = m.before as unknown as Record<string, unknown>;
        const a = m.after as unknown as Record<string, unknown>;
        const what = m.fields.map((f) => `${f} ${showValue(b[f])} → ${showValue(a[f])}`).join('; ');
        out.push(`  ~ ${describeItem(k, m.after)}: ${what}`);
      }
    }
  }
  for (const r of d.articles.added) out.push(`asn-scan: added ${articleName(r)}: ${r.status === 'error' ? `error: ${r.error ?? ''}` : countsText(r.counts)}`);
  for (const r of d.articles.removed) out.push(`asn-scan: removed ${articleName(r)}: ${r.status === 'error' ? `error: ${r.error ?? ''}` : countsText(r.counts)}`);
  for (const m of d.articles.moved) out.push(`asn-scan: moved ${articleName(m.from)} → ${articleName(m.to)}`);
  out.push(summaryLine(d));
  return out;
}

export function summaryLine(d: ResultDiff): string {
  const { added, removed, moved, changed } = d.articles;
  if (!d.changed) return `asn-scan: no changes (${plural(d.totals.after, 'article')})`;
  return (
    `asn-scan: ${changed.length} changed, ${added.length} added, ${removed.length} removed, ${moved.length} moved ` +
    `(${d.totals.unchanged} of ${plural(d.totals.after, 'article')} unchanged)`
  );
}

/** The machine-readable diff document (`--format json`). */
export function diffDocument(d: ResultDiff): Record<string, unknown> {
  return { changed: d.changed, articles: d.articles, totals: d.totals };
}
