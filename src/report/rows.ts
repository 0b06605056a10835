// Row shapes per table: the single place that decides the CSV columns, their order and their types
// (datapackage.json is generated from the same definitions, so the two cannot drift apart).
import type { CorpusResult, OfficialRow, RegionRow, Summary } from '../corpus/aggregate.js';
import { claimId, type ClaimRow } from '../corpus/claims.js';
import type { PersonRow } from '../corpus/people.js';
import { areaByCode } from '../lexicon/gazetteer.js';
import type { StorySummary } from '../corpus/story-counts.js';
import type { Article, CountScope, DateKind, Qualifier, RegionLevel, ReporterLevel, Statement, StatementType } from '../model.js';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';
export interface Field {
  name: string;
  type: FieldType;
  description: string;
  /** The values a string column may hold (Table Schema `enum` constraint). */
  enum?: readonly string[];
  /** A Kemendagri region code: text, never a number (`11.10` is not 11.1); see `--text-codes`. */
  code?: boolean;
}
export type Cell = string | number | boolean | null;
export type Row = Cell[];

export const TABLES = ['articles', 'statements', 'officials', 'people', 'regions', 'dates', 'violations', 'claims', 'summary'] as const;
export type TableName = (typeof TABLES)[number];
/** Tables with one row per article item: streamed as articles finish. The rest are corpus-wide. */
export const PER_ARTICLE: ReadonlySet<TableName> = new Set(['articles', 'statements', 'dates', 'violations']);

const f = (name: string, type: FieldType, description: string): Field => ({ name, type, description });
/** A string column restricted to `values`. */
const e = (name: string, values: readonly string[], description: string): Field => ({ name, type: 'string', description, enum: values });
/** A region code column. */
const c = (name: string, description: string): Field => ({ name, type: 'string', description, code: true });

/** Every value of the union `T`, checked both ways at compile time: a value the model lacks, or a model value
 *  left out (a new statement type, say), fails to compile, so the datapackage enums cannot drift. */
const every =
  <T extends string>() =>
  <const A extends readonly T[]>(values: A & ([T] extends [A[number]] ? unknown : 'missing a value of the union')): A =>
    values;

// The enum values of the datapackage's constrained columns.
export const STATUSES = every<Article['status']>()(['ok', 'error', 'skipped']);
export const STATEMENT_KINDS = every<Statement['kind']>()(['direct', 'indirect']);
export const STATEMENT_TYPES = every<StatementType>()(['sanction', 'warning', 'commitment', 'instruction', 'appeal', 'assessment', 'other']);
export const QUALIFIERS = every<Qualifier>()(['exact', 'at_most', 'at_least', 'approximate', 'range', 'forecast']);
export const REGION_LEVELS = every<RegionLevel>()(['province', 'regency', 'city', 'district', 'village']);
export const COUNT_SCOPES = every<CountScope>()(['neutrality', 'all']);
export const REPORTER_LEVELS = every<ReporterLevel>()(['national', 'province', 'regency', 'city']);
export const DATE_KINDS = every<DateKind>()(['event', 'election', 'publication', 'reference', 'period']);

/** The columns that describe a figure, shared by a count (`violations`) and a distinct claim (`claims`). */
function figureFields(what: 'count' | 'figure'): Field[] {
  return [
    f('value', 'number', what === 'count' ? 'Number of violations, cases, reports or findings' : 'The figure'),
    e('qualifier', QUALIFIERS, 'exact, at_most, at_least, approximate, range (value to upper) or forecast (a prediction or target); only exact values are ever added up'),
    f('unit', 'string', 'perkara, pelanggaran, kasus, laporan, temuan, ASN, ...'),
    f('election', 'string', `Election the ${what} refers to`),
    f('year', 'integer', 'Election year'),
    f('reporter', 'string', `Body that reported the ${what}`),
    e('reporter_level', REPORTER_LEVELS, 'national, province, regency or city, when the text says it'),
  ];
}

export const SCHEMAS: Record<TableName, Field[]> = {
  articles: [
    f('id', 'string', 'Article id: JSONL id, else <file>:<line>, else the file path'),
    f('source', 'string', 'Input file as given, or - for stdin'),
    e('status', STATUSES, 'ok, error, or skipped (web archives, with --keep-skipped)'),
    f('error', 'string', 'One-line reason when status is error; the skip reason when skipped'),
    f('title', 'string', 'Headline'),
    f('published', 'date', 'Publication date (ISO)'),
    f('published_from', 'string', 'Where the publication date came from: metadata, text, header'),
    f('dateline_place', 'string', 'Place in the dateline, as written'),
    f('publisher', 'string', 'Publisher from the dateline or page metadata'),
    f('url', 'string', 'Article URL when known'),
    f('statements', 'integer', 'Statements found'),
    f('officials', 'integer', 'Officials found'),
    f('regions', 'integer', 'Regions found'),
    f('dates', 'integer', 'Date mentions found'),
    f('violations', 'integer', 'Violation counts found'),
    f('removed', 'integer', 'Boilerplate items removed by cleaning'),
    f('content_hash', 'string', 'Hash of the cleaned text'),
    f('fetched', 'string', 'Web archives: when the page was fetched (WARC-Date), never the publication date'),
    f('offset', 'integer', 'Web archives: byte offset of the record in the uncompressed WARC'),
    f('partial', 'boolean', 'Web archives: the record was truncated (WARC-Truncated, or a short Content-Length)'),
    f('story_id', 'string', 'Story the article belongs to (syndicated copies share it)'),
    f('duplicate_of', 'string', 'Id of the canonical article (earliest published) when this article is a copy'),
    f('similarity', 'number', 'Estimated share of the shorter text found in the canonical article, for a copy'),
  ],
  statements: [
    f('id', 'string', 'Statement id (hash of article id and quote)'),
    f('article_id', 'string', 'Article the statement is in'),
    e('kind', STATEMENT_KINDS, 'direct (a quotation) or indirect (reported speech)'),
    f('speaker_id', 'string', 'Speaker id: an official (o_…, joins officials.id) or another named person (p_…, joins people.id)'),
    f('official_id', 'string', 'speaker_id when the speaker is an official (joins officials.id)'),
    f('person_id', 'string', 'speaker_id when the speaker is another named person (joins people.id)'),
    f('speaker_name', 'string', 'Speaker name without honorifics'),
    f('speaker_title', 'string', 'Speaker title as written'),
    f('speaker_rule', 'string', 'How the speaker was found'),
    f('neutrality', 'boolean', 'Whether the statement is about ASN neutrality'),
    e('type', STATEMENT_TYPES, 'sanction, warning, commitment, instruction, appeal, assessment or other (decision rules in src/lexicon/statement-types.ts)'),
    f('cues', 'string', 'Cue words the topic and type rules fired on, separated by |'),
    f('date', 'date', 'Date the statement was made, when known'),
    c('region_code', 'Kemendagri code of the speaker region, else the article region'),
    f('region_name', 'string', 'Region name'),
    c('province_code', 'Kemendagri code of the province of region_code'),
    f('province_name', 'string', 'Province name'),
    f('quote', 'string', 'What was said'),
    f('start', 'integer', 'Start offset in the cleaned text (UTF-16 units)'),
    f('end', 'integer', 'End offset (exclusive)'),
    f('rule', 'string', 'Rule that found the statement'),
    f('story_id', 'string', 'Story of the article'),
    f('duplicate_of', 'string', 'Canonical article, when the statement comes from a copy of it'),
  ],
  officials: [
    f('id', 'string', 'Corpus-wide official id'),
    f('name', 'string', 'Name without honorifics and degrees'),
    f('name_as_written', 'string', 'Most frequent full form as written'),
    f('title', 'string', 'Most frequent title as written'),
    f('role', 'string', 'Normalised role'),
    f('acting', 'boolean', 'Pj, Penjabat, Plt or Plh'),
    f('institution', 'string', 'Institution'),
    c('region_code', 'Kemendagri code of the region the title refers to'),
    f('region_name', 'string', 'Region name'),
    f('articles', 'integer', 'Articles that mention the official'),
    f('mentions', 'integer', 'Mentions across the corpus'),
    f('statements', 'integer', 'Statements attributed to the official'),
    f('keys', 'string', 'Article-level keys folded into this id, separated by |'),
    f('stories', 'integer', 'Distinct stories that mention the official (copies of one story count once)'),
    f('story_statements', 'integer', 'Statements attributed to the official, counted once per (story, speaker, quote)'),
  ],
  people: [
    f('id', 'string', 'Person id (p_…, hash of the normalised name): speakers with no official entry'),
    f('name', 'string', 'Most frequent name as written'),
    f('title', 'string', 'Most frequent description as written'),
    f('articles', 'integer', 'Articles with a statement by the person'),
    f('statements', 'integer', 'Statements attributed to the person'),
  ],
  regions: [
    c('code', 'Kemendagri code (idn-area-data)'),
    f('name', 'string', 'Official name'),
    e('level', REGION_LEVELS, 'province, regency, city, district or village'),
    f('surface', 'string', 'Forms seen in the text, separated by |'),
    f('articles', 'integer', 'Articles that mention the region'),
    f('mentions', 'integer', 'Mentions across the corpus'),
    f('statements', 'integer', 'Statements placed in the region'),
    f('stories', 'integer', 'Distinct stories that mention the region'),
    f('story_statements', 'integer', 'Statements placed in the region, counted once per (story, speaker, quote)'),
  ],
  dates: [
    f('article_id', 'string', 'Article the date is in'),
    f('text', 'string', 'Date as written'),
    // a string, not a Table Schema date: a `period` holds a month `YYYY-MM` or a year `YYYY`
    f('iso', 'string', 'Resolved date YYYY-MM-DD (for kind period a month YYYY-MM or a year YYYY), when the text pins it down'),
    f('certain', 'boolean', 'false when the year or month was inferred'),
    e('kind', DATE_KINDS, 'event, election, publication, reference or period (a month or a year)'),
    f('time', 'string', 'Time of day (HH:MM) when given'),
    f('weekday_mismatch', 'boolean', 'A written weekday disagrees with the date'),
    // (round 18, dates13: src/extract/dates/dateline-removed.ts)
    f('start', 'integer', 'Start offset in the cleaned text; -1 for the date of a dateline the cleaner split off (rule dateline-removed)'),
    f('end', 'integer', 'End offset (exclusive)'),
    f('rule', 'string', 'Rule that found the date'),
  ],
  violations: [
    f('article_id', 'string', 'Article the count is in'),
    ...figureFields('count'),
    c('reporter_region_code', 'Kemendagri code of the region named with the reporter (Bawaslu Kabupaten Purbalingga)'),
    f('reporter_region_name', 'string', 'Region name'),
    f('statement_id', 'string', 'Statement the count stands in (joins statements.id)'),
    f('source_id', 'string', 'Speaker of that statement, else an official of the reporting body in the same sentence'),
    f('claim_id', 'string', 'The distinct claim this count cites (joins claims.id)'),
    f('text', 'string', 'The count as written'),
    f('start', 'integer', 'Start offset in the cleaned text'),
    f('end', 'integer', 'End offset (exclusive)'),
    f('rule', 'string', 'Rule that found the count'),
    f('upper', 'number', 'Upper end of a range (qualifier range), else empty'),
    e('scope', COUNT_SCOPES, 'neutrality (ASN and officials\' neutrality only) or all (all election violations)'),
    f('parent_value', 'number', 'The count this one is a part of ("dari 27 ASN yang dilaporkan, 19 …": 27), else empty'),
    f('parent_unit', 'string', 'Unit of that count'),
    c('count_region_code', 'Kemendagri code of the region the figure is for, when it is an item of a per-region breakdown'),
    f('count_region_name', 'string', 'Region name'),
  ],
  claims: [
    f('id', 'string', 'Claim id (hash of the figure: value, qualifier, unit, election, year, reporter, level, region)'),
    ...figureFields('figure'),
    c('region_code', 'Kemendagri code of the reporter region, when stated'),
    f('region_name', 'string', 'Region name'),
    f('articles', 'integer', 'Articles citing the figure'),
    f('first_date', 'date', 'Earliest publication date of a citing article'),
    f('last_date', 'date', 'Latest publication date of a citing article'),
    f('article_ids', 'string', 'Citing articles, separated by |'),
    f('source_ids', 'string', 'Speakers or officials the figure came from (officials.id or people.id), separated by |'),
    f('upper', 'number', 'Upper end of a range (qualifier range), else empty'),
    c('count_region_code', 'Kemendagri code of the region the figure is for (per-region breakdowns), else empty'),
    f('count_region_name', 'string', 'Region name'),
    f('stories', 'integer', 'Distinct stories citing the figure (syndicated copies of one story count once)'),
  ],
  summary: [
    f('section', 'string', 'What is counted (story_…: copies of one story counted once; without --count-copies)'),
    f('key', 'string', 'Group'),
    f('count', 'integer', 'Number of items (claims_by_*: distinct claims)'),
    f('exact_claims', 'integer', 'claims_by_*: distinct claims with an exact value'),
    f('exact_value_sum', 'number', 'claims_by_*: sum of the exact claims only (at_most, at_least and approximate values are never added)'),
  ],
};

/** The province of a region code (its first two digits), with its gazetteer name. */
export function provinceOf(code: string | null): { code: string; name: string } | null {
  if (!code) return null;
  const p = code.slice(0, 2);
  const area = areaByCode(p);
  return area ? { code: p, name: area.name } : null;
}

export function articleRows(a: Article, table: TableName): Row[] {
  switch (table) {
    case 'articles':
      return [[
        a.id, a.source, a.status, a.error, a.title, a.published, a.publishedFrom, a.dateline?.place ?? null,
        a.publisher ?? a.dateline?.publisher ?? null, a.url, a.statements.length, a.officials.length, a.regions.length,
        a.dates.length, a.violations.length, a.removed.length, a.contentHash, a.fetched ?? null, a.offset ?? null,
        a.fetched !== undefined ? (a.partial ?? false) : null,
        a.storyId ?? null, a.duplicateOf ?? null,
        a.similarity ?? null,
      ]];
    case 'statements': {
      const officials = new Set(a.officials.map((o) => o.id));
      return a.statements.map((s) => {
        const sid = s.speaker?.id ?? null;
        const official = sid !== null && officials.has(sid);
        const province = provinceOf(s.region?.code ?? null);
        return [
          s.id, a.id, s.kind, sid, official ? sid : null, sid !== null && !official ? sid : null, s.speaker?.name ?? null,
          s.speaker?.title ?? null, s.speakerRule, s.neutrality, s.type, s.cues.join('|'), s.date, s.region?.code ?? null,
          s.region?.name ?? null, province?.code ?? null, province?.name ?? null, s.quote, s.start, s.end, s.rule,
          a.storyId ?? null, a.duplicateOf ?? null,
        ];
      });
    }
    case 'dates':
      return a.dates.map((d) => [a.id, d.text, d.iso, d.certain, d.kind, d.time, d.weekdayMismatch, d.start, d.end, d.rule]);
    case 'violations':
      return a.violations.map((v) => [
        a.id, v.value, v.qualifier, v.unit, v.election, v.year, v.reporter, v.reporterLevel ?? null, v.reporterRegion?.code ?? null,
        v.reporterRegion?.name ?? null, v.statementId ?? null, v.sourceId ?? null, claimId(v), v.text, v.start, v.end, v.rule,
        v.upper ?? null, v.scope ?? null, v.parent?.value ?? null, v.parent?.unit ?? null, v.region?.code ?? null, v.region?.name ?? null,
      ]);
    default:
      return [];
  }
}

/** Story counts of a corpus row (corpus/story-counts.ts), when the fold was story-aware. */
type StoryCounted = { stories?: number; storyStatements?: number };

export function officialRows(rows: Array<OfficialRow & StoryCounted>): Row[] {
  return rows.map((o) => [
    o.id, o.name, o.nameAsWritten, o.title, o.role, o.acting, o.institution, o.regionCode, o.regionName, o.articles,
    o.mentions, o.statements, o.keys.join('|'), o.stories ?? null, o.storyStatements ?? null,
  ]);
}

export function regionRows(rows: Array<RegionRow & StoryCounted>): Row[] {
  return rows.map((r) => [r.code, r.name, r.level, r.surface.join('|'), r.articles, r.mentions, r.statements, r.stories ?? null, r.storyStatements ?? null]);
}

export function peopleRows(rows: PersonRow[]): Row[] {
  return rows.map((p) => [p.id, p.name, p.title, p.articles, p.statements]);
}

export function claimRows(rows: Array<ClaimRow & { stories?: number }>): Row[] {
  return rows.map((c) => [
    c.id, c.value, c.qualifier, c.unit, c.election, c.year, c.reporter, c.reporterLevel, c.regionCode, c.regionName, c.articles,
    c.firstDate, c.lastDate, c.articleIds.join('|'), c.sourceIds.join('|'), c.upper, c.countRegionCode, c.countRegionName, c.stories ?? null,
  ]);
}

export function summaryRows(s: Summary & Partial<StorySummary>): Row[] {
  // Statement figures count each story once (sections prefixed story_) unless the run said --count-copies, or
  // the fold was not story-aware. Claims are distinct figures already (corpus/claims.ts).
  const st = s.counted === 'stories' && s.storyStatementsByRegion ? (s as Summary & StorySummary) : null;
  const p = st ? 'story_' : '';
  const rows: Row[] = [
    ['articles', 'total', s.articles, null, null],
    ['articles', 'ok', s.ok, null, null],
    ['articles', 'error', s.failed, null, null],
  ];
  if (s.stories) rows.push(['stories', 'total', s.stories.stories, null, null], ['stories', 'copies', s.stories.copies, null, null]);
  rows.push(
    [`${p}statements`, 'total', st ? st.storyStatements : s.statements, null, null],
    [`${p}statements`, 'neutrality', st ? st.storyNeutralityStatements : s.neutralityStatements, null, null],
    ['officials', 'total', s.officials, null, null],
    ['people', 'total', s.people, null, null],
    ['regions', 'total', s.regions, null, null],
    ['dates', 'total', s.dates, null, null],
    ['violations', 'total', s.violationCounts, null, null],
    ['claims', 'total', s.claims, null, null],
    ['removed', 'total', s.removed, null, null],
  );
  const sec = (name: string, r: Record<string, number>) => {
    for (const [k, n] of Object.entries(r)) rows.push([`${p}${name}`, k, n, null, null]);
  };
  sec('statements_by_region', st ? st.storyStatementsByRegion : s.statementsByRegion);
  sec('statements_by_official', st ? st.storyStatementsByOfficial : s.statementsByOfficial);
  sec('statements_by_month', st ? st.storyStatementsByMonth : s.statementsByMonth);
  sec('neutrality_by_type', st ? st.storyNeutralityByType : s.neutralityByType);
  for (const [k, v] of Object.entries(s.claimsByElection)) rows.push(['claims_by_election', k, v.claims, v.exactClaims, v.exactValueSum]);
  for (const [k, v] of Object.entries(s.claimsByReporter)) rows.push(['claims_by_reporter', k, v.claims, v.exactClaims, v.exactValueSum]);
  for (const [k, n] of Object.entries(s.skipped ?? {})) rows.push(['skipped', k, n, null, null]);
  return rows;
}

/** The rows of a corpus-wide table (empty for a per-article one). */
export function corpusTableRows(table: TableName, r: CorpusResult): Row[] {
  switch (table) {
    case 'officials':
      return officialRows(r.officials);
    case 'people':
      return peopleRows(r.people);
    case 'regions':
      return regionRows(r.regions);
    case 'claims':
      return claimRows(r.claims);
    case 'summary':
      return summaryRows(r.summary);
    default:
      return [];
  }
}
