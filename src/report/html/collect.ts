// The report's adapter over what the tool already computes: it folds each finished article (its JSON line
// and, from the worker, each statement's context) into compact records, and at the end joins them with the
// corpus result (official ids, summary, the distinct claims of corpus/claims.ts). A statement's province
// is the first segment of its region's Kemendagri code.
import { relative, resolve, sep } from 'node:path';
import type { CorpusResult, OfficialRow, Summary } from '../../corpus/aggregate.js';
import type { ClaimRow } from '../../corpus/claims.js';
import { storiesOf } from '../../corpus/story-counts.js';
import { officialKeyOf } from '../../corpus/aggregate.js';
import type { Article } from '../../model.js';
import { articleFromJson } from '../json.js';
import type { Processed } from '../render.js';
import { quoteContexts, type QuoteContext } from './context.js';

/** A quote is capped too (rare, but a runaway quote must not bloat the page). */
export const QUOTE_CAP = 1200;

export interface ReportArticle {
  title: string | null;
  /** An http(s) URL, or a path relative to the report's folder, or null (stdin). */
  href: string | null;
  /** What the link shows: the URL, or `source[:line]`. */
  label: string;
  published: string | null;
}

export interface ReportStatement {
  id: string;
  article: number;
  date: string | null;
  kind: string;
  type: string;
  neutrality: boolean;
  speakerId: string | null;
  speakerName: string | null;
  speakerTitle: string | null;
  regionCode: string | null;
  regionName: string | null;
  province: string | null;
  quote: string;
  before: string;
  after: string;
}

export interface ReportSettings {
  inputs: string[];
  shard: string | null;
  version: string;
}

/** Story figures (corpus/story-counts.ts): present when the run clustered its articles into stories. */
export interface ReportStories {
  /** Distinct stories, and articles that are copies of another (the summary table's `stories` section). */
  stories: number;
  copies: number;
  /** `--same-story`: the similarity at which two articles are one story. */
  sameStory: number;
  /** `--count-copies`: whether the run's summary counts every article rather than each story once. */
  countCopies: boolean;
}

/** A corpus row with its story count (the `stories` column of the CSV table), when the run has stories. */
type WithStories<T> = T & { stories?: number };

export interface ReportData {
  settings: ReportSettings;
  summary: Summary;
  stories: ReportStories | null;
  articles: ReportArticle[];
  statements: ReportStatement[];
  officials: Array<WithStories<OfficialRow>>;
  /** The distinct claims (corpus/claims.ts): one row per figure, with the articles (and stories) citing it. */
  claims: Array<WithStories<ClaimRow>>;
  /** The date of every citation of a claim (a violation count: see articleDate), for the timeline. */
  claimDates: Array<string | null>;
}

const cap = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);
/** Province of a Kemendagri code: its first segment (`52.03` → `52`). */
export const provinceOf = (code: string | null): string | null => (code ? code.split('.')[0]! : null);
const SAFE_URL = /^https?:\/\/[^\s]+$/iu;

export class ReportCollector {
  private articles: ReportArticle[] = [];
  private statements: Array<ReportStatement & { speakerKey: string | null }> = [];
  private claimDates: Array<string | null> = [];

  /** reportDir: the folder the report is written to (article links are relative to it). */
  constructor(private readonly reportDir: string) {}

  /** One finished article from a worker (its JSON line, and the contexts computed beside it). */
  item(p: Processed): void {
    if (p.record.status !== 'ok') return;
    if (p.record.statements.length === 0 && p.record.violations.length === 0) return;
    this.article(articleFromJson(JSON.parse(p.line) as Record<string, unknown>), p.contexts);
  }

  /** A whole article (merge, tests): contexts computed from its text when it has one (results written
   *  with --include-text), else none. */
  article(a: Article, given?: QuoteContext[]): void {
    if (a.status !== 'ok' || (a.statements.length === 0 && a.violations.length === 0)) return;
    const contexts = given ?? (a.text ? quoteContexts(a.text, a.statements) : undefined);
    const idx = this.articles.length;
    this.articles.push(this.articleRef(a));
    const keyOf = new Map(a.officials.map((o) => [o.id, officialKeyOf(o)]));
    a.statements.forEach((s, i) => {
      const ctx = contexts?.[i] ?? ['', ''];
      const regionCode = s.region?.code ?? null;
      this.statements.push({
        id: s.id, article: idx, date: s.date ?? a.published, kind: s.kind, type: s.type, neutrality: s.neutrality,
        speakerId: null, speakerKey: s.speaker ? keyOf.get(s.speaker.id) ?? s.speaker.id : null,
        speakerName: s.speaker?.name ?? null, speakerTitle: s.speaker?.title ?? null,
        regionCode, regionName: s.region?.name ?? null, province: provinceOf(regionCode),
        quote: cap(s.quote, QUOTE_CAP), before: ctx[0], after: ctx[1],
      });
    });
    const dated = articleDate(a);
    for (let i = 0; i < a.violations.length; i++) this.claimDates.push(dated);
  }

  private articleRef(a: Article): ReportArticle {
    if (a.url && SAFE_URL.test(a.url)) return { title: a.title, href: a.url, label: a.url, published: a.published };
    const label = a.line !== null ? `${a.source}:${a.line}` : a.source;
    if (a.source === '-') return { title: a.title, href: null, label, published: a.published };
    const rel = relative(this.reportDir, resolve(a.source)).split(sep).map(encodeURIComponent).join('/');
    return { title: a.title, href: rel, label, published: a.published };
  }

  finish(r: CorpusResult, settings: ReportSettings): ReportData {
    const statements: ReportStatement[] = this.statements.map(({ speakerKey, ...s }) => ({
      ...s, speakerId: speakerKey ? r.ids.get(speakerKey) ?? speakerKey : null,
    }));
    const claims = [...r.claims].sort((a, b) => b.articles - a.articles || b.value - a.value || cmp(a.id, b.id));
    const st = storiesOf(r)?.summary ?? null;
    const stories = st ? { stories: st.stories.stories, copies: st.stories.copies, sameStory: st.stories.sameStory, countCopies: st.counted === 'articles' } : null;
    return {
      settings, summary: r.summary, stories, articles: this.articles, statements, officials: r.officials, claims, claimDates: this.claimDates,
    };
  }
}

/** The date a claim is placed at on the timeline: its article's publication date, else the article's
 *  publication date as written in the text, else its first dated statement. */
function articleDate(a: Article): string | null {
  return a.published ?? a.dates.find((d) => d.kind === 'publication' && d.iso)?.iso ?? a.statements.find((s) => s.date)?.date ?? null;
}

export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
