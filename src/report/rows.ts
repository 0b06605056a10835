// Row shapes per table: the single place that decides the CSV columns, their order and their types
// (datapackage.json is generated from the same definitions, so the two cannot drift apart).
import type { OfficialRow, RegionRow, Summary } from '../corpus/aggregate.js';
import type { Article } from '../model.js';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';
export interface Field {
  name: string;
  type: FieldType;
  description: string;
}
export type Cell = string | number | boolean | null;
export type Row = Cell[];

export const TABLES = ['articles', 'statements', 'officials', 'regions', 'dates', 'violations', 'summary'] as const;
export type TableName = (typeof TABLES)[number];
/** Tables with one row per article item: streamed as articles finish. The rest are corpus-wide. */
export const PER_ARTICLE: ReadonlySet<TableName> = new Set(['articles', 'statements', 'dates', 'violations']);

const f = (name: string, type: FieldType, description: string): Field => ({ name, type, description });

export const SCHEMAS: Record<TableName, Field[]> = {
  articles: [
    f('id', 'string', 'Article id: JSONL id, else <file>:<line>, else the file path'),
    f('source', 'string', 'Input file as given, or - for stdin'),
    f('status', 'string', 'ok, error, or skipped (web archives, with --keep-skipped)'),
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
  ],
  statements: [
    f('id', 'string', 'Statement id (hash of article id and quote)'),
    f('article_id', 'string', 'Article the statement is in'),
    f('kind', 'string', 'direct (a quotation) or indirect (reported speech)'),
    f('speaker_id', 'string', 'Official id of the speaker'),
    f('speaker_name', 'string', 'Speaker name without honorifics'),
    f('speaker_title', 'string', 'Speaker title as written'),
    f('speaker_rule', 'string', 'How the speaker was found'),
    f('neutrality', 'boolean', 'Whether the statement is about ASN neutrality'),
    f('type', 'string', 'sanction, warning, commitment, instruction, appeal, assessment or other (decision rules in src/lexicon/statement-types.ts)'),
    f('cues', 'string', 'Cue words the topic and type rules fired on, separated by |'),
    f('date', 'date', 'Date the statement was made, when known'),
    f('region_code', 'string', 'Kemendagri code of the speaker region, else the article region'),
    f('region_name', 'string', 'Region name'),
    f('quote', 'string', 'What was said'),
    f('start', 'integer', 'Start offset in the cleaned text (UTF-16 units)'),
    f('end', 'integer', 'End offset (exclusive)'),
    f('rule', 'string', 'Rule that found the statement'),
  ],
  officials: [
    f('id', 'string', 'Corpus-wide official id'),
    f('name', 'string', 'Name without honorifics and degrees'),
    f('name_as_written', 'string', 'Most frequent full form as written'),
    f('title', 'string', 'Most frequent title as written'),
    f('role', 'string', 'Normalised role'),
    f('acting', 'boolean', 'Pj, Penjabat, Plt or Plh'),
    f('institution', 'string', 'Institution'),
    f('region_code', 'string', 'Kemendagri code of the region the title refers to'),
    f('region_name', 'string', 'Region name'),
    f('articles', 'integer', 'Articles that mention the official'),
    f('mentions', 'integer', 'Mentions across the corpus'),
    f('statements', 'integer', 'Statements attributed to the official'),
    f('keys', 'string', 'Article-level keys folded into this id, separated by |'),
  ],
  regions: [
    f('code', 'string', 'Kemendagri code (idn-area-data)'),
    f('name', 'string', 'Official name'),
    f('level', 'string', 'province, regency, city, district or village'),
    f('surface', 'string', 'Forms seen in the text, separated by |'),
    f('articles', 'integer', 'Articles that mention the region'),
    f('mentions', 'integer', 'Mentions across the corpus'),
    f('statements', 'integer', 'Statements placed in the region'),
  ],
  dates: [
    f('article_id', 'string', 'Article the date is in'),
    f('text', 'string', 'Date as written'),
    f('iso', 'date', 'Resolved date, when the text pins it down'),
    f('certain', 'boolean', 'false when the year or month was inferred'),
    f('kind', 'string', 'event, election, publication or reference'),
    f('time', 'string', 'Time of day (HH:MM) when given'),
    f('weekday_mismatch', 'boolean', 'A written weekday disagrees with the date'),
    f('start', 'integer', 'Start offset in the cleaned text'),
    f('end', 'integer', 'End offset (exclusive)'),
    f('rule', 'string', 'Rule that found the date'),
  ],
  violations: [
    f('article_id', 'string', 'Article the count is in'),
    f('value', 'number', 'Number of violations, cases, reports or findings'),
    f('qualifier', 'string', 'exact, at_most, at_least or approximate'),
    f('unit', 'string', 'perkara, pelanggaran, kasus, laporan, temuan, ASN, ...'),
    f('election', 'string', 'Election the count refers to'),
    f('year', 'integer', 'Election year'),
    f('reporter', 'string', 'Body that reported the count'),
    f('text', 'string', 'The count as written'),
    f('start', 'integer', 'Start offset in the cleaned text'),
    f('end', 'integer', 'End offset (exclusive)'),
    f('rule', 'string', 'Rule that found the count'),
  ],
  summary: [
    f('section', 'string', 'What is counted'),
    f('key', 'string', 'Group'),
    f('count', 'integer', 'Number of items'),
    f('total', 'number', 'Sum of values (violation counts only)'),
  ],
};

export function articleRows(a: Article, table: TableName): Row[] {
  switch (table) {
    case 'articles':
      return [[
        a.id, a.source, a.status, a.error, a.title, a.published, a.publishedFrom, a.dateline?.place ?? null,
        a.publisher ?? a.dateline?.publisher ?? null, a.url, a.statements.length, a.officials.length, a.regions.length,
        a.dates.length, a.violations.length, a.removed.length, a.contentHash, a.fetched ?? null, a.offset ?? null,
        a.fetched !== undefined ? (a.partial ?? false) : null,
      ]];
    case 'statements':
      return a.statements.map((s) => [
        s.id, a.id, s.kind, s.speaker?.id ?? null, s.speaker?.name ?? null, s.speaker?.title ?? null, s.speakerRule,
        s.neutrality, s.type, s.cues.join('|'), s.date, s.region?.code ?? null, s.region?.name ?? null, s.quote,
        s.start, s.end, s.rule,
      ]);
    case 'dates':
      return a.dates.map((d) => [a.id, d.text, d.iso, d.certain, d.kind, d.time, d.weekdayMismatch, d.start, d.end, d.rule]);
    case 'violations':
      return a.violations.map((v) => [a.id, v.value, v.qualifier, v.unit, v.election, v.year, v.reporter, v.text, v.start, v.end, v.rule]);
    default:
      return [];
  }
}

export function officialRows(rows: OfficialRow[]): Row[] {
  return rows.map((o) => [
    o.id, o.name, o.nameAsWritten, o.title, o.role, o.acting, o.institution, o.regionCode, o.regionName, o.articles,
    o.mentions, o.statements, o.keys.join('|'),
  ]);
}

export function regionRows(rows: RegionRow[]): Row[] {
  return rows.map((r) => [r.code, r.name, r.level, r.surface.join('|'), r.articles, r.mentions, r.statements]);
}

export function summaryRows(s: Summary): Row[] {
  const rows: Row[] = [
    ['articles', 'total', s.articles, null],
    ['articles', 'ok', s.ok, null],
    ['articles', 'error', s.failed, null],
    ['statements', 'total', s.statements, null],
    ['statements', 'neutrality', s.neutralityStatements, null],
    ['officials', 'total', s.officials, null],
    ['regions', 'total', s.regions, null],
    ['dates', 'total', s.dates, null],
    ['violations', 'total', s.violationCounts, null],
    ['removed', 'total', s.removed, null],
  ];
  for (const [k, n] of Object.entries(s.statementsByRegion)) rows.push(['statements_by_region', k, n, null]);
  for (const [k, n] of Object.entries(s.statementsByOfficial)) rows.push(['statements_by_official', k, n, null]);
  for (const [k, n] of Object.entries(s.statementsByMonth)) rows.push(['statements_by_month', k, n, null]);
  for (const [k, n] of Object.entries(s.neutralityByType)) rows.push(['neutrality_by_type', k, n, null]);
  for (const [k, v] of Object.entries(s.violationsByElection)) rows.push(['violations_by_election', k, v.counts, v.total]);
  for (const [k, v] of Object.entries(s.violationsByReporter)) rows.push(['violations_by_reporter', k, v.counts, v.total]);
  for (const [k, n] of Object.entries(s.skipped ?? {})) rows.push(['skipped', k, n, null]);
  return rows;
}
