// Folds finished articles into corpus-wide tables one at a time, so memory stays flat: only one small
// record per distinct official key, region code and summary cell is kept, never the articles.
// Cross-article identity (which article-level official keys are one person) is decided at the end,
// from those records alone, order-independently: a sharded run merged later gives the same ids.
import type { Article } from '../model.js';
import { corpusRecord, type CorpusRecord } from './record.js';
import { resolveIdentities } from './identity.js';
import { ClaimFold, claimSummary, electionKey, reporterKey, type ClaimRow, type ClaimTally } from './claims.js';
import { mode, PeopleFold, type PersonRow } from './people.js';

export interface OfficialRow {
  id: string;
  name: string;
  nameAsWritten: string;
  title: string | null;
  role: string | null;
  acting: boolean;
  institution: string | null;
  regionCode: string | null;
  regionName: string | null;
  articles: number;
  mentions: number;
  statements: number;
  /** Every article-level key folded into this person (for joining jsonl output). */
  keys: string[];
}

export interface RegionRow {
  code: string;
  name: string;
  level: string;
  surface: string[];
  articles: number;
  mentions: number;
  statements: number;
}

export interface Summary {
  articles: number;
  ok: number;
  failed: number;
  statements: number;
  neutralityStatements: number;
  officials: number;
  regions: number;
  dates: number;
  /** Count mentions (rows of the violations table). */
  violationCounts: number;
  /** Distinct figures (rows of the claims table). */
  claims: number;
  /** Speakers with no official entry (rows of the people table). */
  people: number;
  removed: number;
  statementsByRegion: Record<string, number>;
  statementsByOfficial: Record<string, number>;
  statementsByMonth: Record<string, number>;
  neutralityByType: Record<string, number>;
  /** Distinct claims per election and year (see corpus/claims.ts: bounds never added to exact values). */
  claimsByElection: Record<string, ClaimTally>;
  /** Distinct claims per reporting body. */
  claimsByReporter: Record<string, ClaimTally>;
  failures: Array<{ id: string; source: string; error: string }>;
  /** Web-archive records skipped, by reason; present only when some were. */
  skipped?: Record<string, number>;
}

export interface CorpusResult {
  /** article-level official key → corpus id */
  ids: Map<string, string>;
  officials: OfficialRow[];
  regions: RegionRow[];
  people: PersonRow[];
  claims: ClaimRow[];
  summary: Summary;
}

interface KeyRecord {
  key: string;
  names: Map<string, number>;
  written: Map<string, number>;
  titles: Map<string, number>;
  institutions: Map<string, number>;
  role: string | null;
  acting: boolean;
  regionCode: string | null;
  regionName: string | null;
  articles: number;
  mentions: number;
  statements: number;
}

const inc = (m: Map<string, number>, k: string | null, n = 1) => {
  if (k) m.set(k, (m.get(k) ?? 0) + n);
};
const incR = (r: Record<string, number>, k: string, n = 1) => {
  r[k] = (r[k] ?? 0) + n;
};
function sortedRecord<T>(r: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(r).sort().map((k) => [k, r[k]!]));
}

/** The article-level key of an official: `key` when present (after id rewriting), else its id. */
export const officialKeyOf = (o: { id: string; key?: string }): string => o.key ?? o.id;

export class Corpus {
  private keys = new Map<string, KeyRecord>();
  private regions = new Map<string, RegionRow>();
  private s: Summary = {
    articles: 0, ok: 0, failed: 0, statements: 0, neutralityStatements: 0, officials: 0, regions: 0, dates: 0,
    violationCounts: 0, claims: 0, people: 0, removed: 0, statementsByRegion: {}, statementsByOfficial: {}, statementsByMonth: {},
    neutralityByType: {}, claimsByElection: {}, claimsByReporter: {}, failures: [],
  };
  private claims = new ClaimFold();
  private people = new PeopleFold();
  /** statements per article-level speaker key, folded into corpus ids at the end */
  private speakerCounts = new Map<string, number>();

  /** Folds a whole article (merge, check, tests). */
  add(a: Article): void {
    this.addRecord(corpusRecord(a));
  }

  /** Counts a web-archive record skipped by the reader or the gate. */
  addSkip(reason: string): void {
    const r = (this.s.skipped ??= {});
    r[reason] = (r[reason] ?? 0) + 1;
  }

  /** Folds one article's corpus record (what workers send). */
  addRecord(a: CorpusRecord): void {
    const s = this.s;
    if (a.status === 'skipped') {
      this.addSkip(a.error ?? 'skipped');
      return;
    }
    s.articles++;
    if (a.status !== 'ok') {
      s.failed++;
      s.failures.push({ id: a.id, source: a.source, error: a.error ?? 'error' });
      return;
    }
    s.ok++;
    s.removed += a.removed;
    s.dates += a.dates;
    const idToKey = new Map<string, string>();
    for (const o of a.officials) {
      const key = officialKeyOf(o);
      idToKey.set(o.id, key);
      let r = this.keys.get(key);
      if (!r) {
        r = {
          key, names: new Map(), written: new Map(), titles: new Map(), institutions: new Map(), role: o.role, acting: o.acting,
          regionCode: o.region?.code ?? null, regionName: o.region?.name ?? null,
          articles: 0, mentions: 0, statements: 0,
        };
        this.keys.set(key, r);
      }
      r.articles++;
      r.mentions += o.mentions;
      inc(r.names, o.name);
      inc(r.written, o.nameAsWritten);
      inc(r.titles, o.title);
      inc(r.institutions, o.institution);
      r.acting ||= o.acting;
    }
    for (const g of a.regions) {
      let r = this.regions.get(g.code);
      if (!r) {
        r = { code: g.code, name: g.name, level: g.level, surface: [], articles: 0, mentions: 0, statements: 0 };
        this.regions.set(g.code, r);
      }
      r.articles++;
      r.mentions += g.mentions;
      for (const f of g.surface) if (!r.surface.includes(f)) r.surface.push(f);
    }
    this.people.nextArticle();
    for (const st of a.statements) {
      s.statements++;
      if (st.neutrality) {
        s.neutralityStatements++;
        incR(s.neutralityByType, st.type);
      }
      incR(s.statementsByRegion, st.regionCode ?? '(none)');
      const month = (st.date ?? a.published ?? '').slice(0, 7) || '(unknown)';
      incR(s.statementsByMonth, month);
      const key = st.speakerId ? idToKey.get(st.speakerId) : undefined;
      if (key) this.speakerCounts.set(key, (this.speakerCounts.get(key) ?? 0) + 1);
      else if (st.speakerId) this.people.add(st.speakerId, st.speakerName, st.speakerTitle);
      else incR(s.statementsByOfficial, '(unattributed)');
      if (st.regionCode) {
        const r = this.regions.get(st.regionCode);
        if (r) r.statements++;
      }
    }
    s.violationCounts += a.violations.length;
    this.claims.add(a.id, a.published, a.violations);
  }

  finish(): CorpusResult {
    const entries = [...this.keys.values()].map((r) => ({ id: r.key, name: mode(r.names) ?? '', role: r.role, regionCode: r.regionCode }));
    const ids = resolveIdentities(entries);
    const groups = new Map<string, KeyRecord[]>();
    for (const r of this.keys.values()) {
      const id = ids.get(r.key) ?? r.key;
      const g = groups.get(id);
      if (g) g.push(r);
      else groups.set(id, [r]);
    }
    const officials: OfficialRow[] = [];
    for (const [id, rs] of groups) {
      const names = new Map<string, number>();
      const written = new Map<string, number>();
      const titles = new Map<string, number>();
      const institutions = new Map<string, number>();
      let articles = 0, mentions = 0, statements = 0, acting = false;
      for (const r of rs) {
        for (const [k, n] of r.names) inc(names, k, n);
        for (const [k, n] of r.written) inc(written, k, n);
        for (const [k, n] of r.titles) inc(titles, k, n);
        for (const [k, n] of r.institutions) inc(institutions, k, n);
        articles += r.articles;
        mentions += r.mentions;
        statements += this.speakerCounts.get(r.key) ?? 0;
        acting ||= r.acting;
      }
      const first = [...rs].sort((a, b) => (a.key < b.key ? -1 : 1))[0]!;
      officials.push({
        id, name: mode(names) ?? '', nameAsWritten: mode(written) ?? '', title: mode(titles), role: first.role, acting,
        institution: mode(institutions), regionCode: first.regionCode, regionName: first.regionName,
        articles, mentions, statements, keys: rs.map((r) => r.key).sort(),
      });
    }
    officials.sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const regions = [...this.regions.values()]
      .map((r) => ({ ...r, surface: [...r.surface].sort() }))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const s = this.s;
    const byOfficial: Record<string, number> = { ...s.statementsByOfficial };
    for (const o of officials) if (o.statements) byOfficial[`${o.id} ${o.name}`] = o.statements;
    const people = this.people.finish();
    for (const p of people) byOfficial[`${p.id} ${p.name}`] = p.statements;
    const claims = this.claims.finish(ids);
    const summary: Summary = {
      ...s,
      officials: officials.length,
      regions: regions.length,
      claims: claims.length,
      people: people.length,
      statementsByRegion: sortedRecord(s.statementsByRegion),
      statementsByOfficial: sortedRecord(byOfficial),
      statementsByMonth: sortedRecord(s.statementsByMonth),
      neutralityByType: sortedRecord(s.neutralityByType),
      claimsByElection: claimSummary(claims, electionKey),
      claimsByReporter: claimSummary(claims, reporterKey),
    };
    if (s.skipped) summary.skipped = sortedRecord(s.skipped);
    return { ids, officials, regions, people, claims, summary };
  }
}

/** Rewrites an article's official and speaker ids to corpus ids, keeping the article-level key. */
export function applyIds(a: Article, ids: Map<string, string>): Article {
  if (a.status !== 'ok' || a.officials.length === 0) return a;
  const idMap = new Map<string, string>();
  const officials = a.officials.map((o) => {
    const key = officialKeyOf(o);
    const id = ids.get(key) ?? key;
    idMap.set(o.id, id);
    return { ...o, id, key };
  });
  const statements = a.statements.map((st) =>
    st.speaker && idMap.has(st.speaker.id) ? { ...st, speaker: { ...st.speaker, id: idMap.get(st.speaker.id)! } } : st,
  );
  const violations = a.violations.map((v) => (v.sourceId && idMap.has(v.sourceId) ? { ...v, sourceId: idMap.get(v.sourceId)! } : v));
  return { ...a, officials, statements, violations };
}
