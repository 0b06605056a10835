// The records that flow through the pipeline: ingest → clean → extract → corpus → report.
//
// Conventions (see README "Design"):
// - Offsets are `[start, end)` in UTF-16 code units into the *cleaned* text (`Article.text`), the way
//   JavaScript strings count. `text.slice(start, end) === item.text` always holds.
// - Every extracted item names the `rule` that produced it, so `--explain` and reviewers can see why.
// - Values inferred rather than stated carry `certain: false` (dates) or a cue (statement types).
// - Nothing here holds a timestamp or run-order counter: the same input gives the same bytes.
import type { TextIndex } from './text/index.js';

/** Where an item came from in the cleaned text, and which rule found it. */
export interface Span {
  start: number;
  end: number;
  text: string;
  rule: string;
}

/** The input formats ingest knows; the extension decides (see ingest/discover.ts). */
export type InputFormat = 'text' | 'html' | 'jsonl' | 'warc';

/** One article as read from disk or stdin, before cleaning. Produced by ingest, consumed by clean. */
export interface RawArticle {
  /** JSONL `id`, else `<file>:<line>` for JSONL, else the source path. */
  id: string;
  /** The path as given on the command line (joined with the folder walk), or `-` for stdin. */
  source: string;
  /** 1-based line number for JSONL records. */
  line: number | null;
  format: InputFormat;
  /** Plain text body (text files, JSONL text fields). */
  text: string | null;
  /** Raw HTML (html files, JSONL html/raw_html fields). */
  html: string | null;
  title: string | null;
  url: string | null;
  /** Publication date as given by metadata (JSONL field, HTML meta), ISO `YYYY-MM-DD` or null. */
  published: string | null;
  /** Set when the input could not be read; the article is then reported with status "error". */
  error: string | null;
  /** Web archives (WARC): the record's WARC-Date, its offset in the file, WARC-Truncated, and why the gate
   *  or the reader skipped it (then reported with status "skipped", with --keep-skipped). */
  fetched?: string | null;
  offset?: number | null;
  partial?: boolean;
  skip?: string | null;
}

/** What the cleaning cascade removed, and why. */
export interface Removal {
  /** Coarse class users filter on: related-link, related-block, furniture, editor-initials, footer,
   *  duplicate, weather-header, inline-related, … */
  kind: string;
  /** The named rule in clean/rules.ts that fired. */
  rule: string;
  /** The removed text, as it was in the input. */
  text: string;
}

export interface Dateline {
  /** `LOTIM`, `Pangkalpinang`, `KASONGAN`, as written. */
  place: string | null;
  /** `LombokJoutnal.com`, `ANTARA`, `PROKALTENG.CO`, as written. */
  publisher: string | null;
  /** The whole dateline as it stood, separator included. */
  text: string;
}

/** Output of the clean stage: the body text extractors work on, plus what was taken away. */
export interface Cleaned {
  /** Cleaned body: paragraphs separated by a blank line ("\n\n"), no trailing whitespace. */
  text: string;
  /** `[start,end)` of each paragraph in `text`. */
  paragraphs: Array<{ start: number; end: number }>;
  /** The headline when the first line looks like one (short, no final period); it stays in `text`. */
  title: string | null;
  dateline: Dateline | null;
  /** An ISO date found in page furniture (a header such as `Friday, November 22, 2024`), else null. */
  headerDate: string | null;
  removed: Removal[];
}

export type RegionLevel = 'province' | 'regency' | 'city' | 'district' | 'village';

export interface RegionRef {
  code: string;
  name: string;
}

export interface RegionMention {
  /** Kemendagri code as in idn-area-data: `52`, `52.03`, `62.06.02`, … */
  code: string;
  /** Official name, title-cased: `Kabupaten Lombok Timur`, `Nusa Tenggara Barat`. */
  name: string;
  level: RegionLevel;
  /** Forms seen in the text, sorted, distinct: `["Lombok Timur", "Lotim"]`. */
  surface: string[];
  mentions: number;
  spans: Span[];
}

export interface Official {
  /** Stable id derived from content (normalised name + role + region). In `json` and `--out` output it is
   *  the corpus id (one per person across articles); in streamed `jsonl` it equals `key`. */
  id: string;
  /** Article-level key (hash of normalised name + role + region); `merge` re-resolves identities from it. */
  key?: string;
  /** Name without honorifics and degrees: `Juaini Taofik`. */
  name: string;
  /** The fullest form as written: `Drs. HM Juaini Taofik`. */
  nameAsWritten: string;
  /** Title as written in the text: `Penjabat Bupati Lombok Timur`. */
  title: string | null;
  /** Normalised role: `bupati`, `gubernur`, `sekda`, `ketua bawaslu`, … */
  role: string | null;
  acting: boolean;
  /** Present only when the person does not (yet or any more) hold the post: `terpilih` (elected, not sworn in),
   *  `calon` (a candidate), `mantan` (a former holder). */
  modifier?: 'terpilih' | 'calon' | 'mantan';
  /** `Pemkab Lombok Timur`, `Bawaslu RI`, `Bawaslu Lombok Barat`, … */
  institution: string | null;
  region: RegionRef | null;
  mentions: number;
  spans: Span[];
  rule: string;
}

export type DateKind = 'event' | 'election' | 'publication' | 'reference' | 'period';

export interface DateMention {
  text: string;
  /** Offsets into the text; both -1 for the one mention with no span in the body, the date of a release's dateline
   *  the cleaner split off (`Jakarta, 11 Januari 2024 – …`, rule `dateline-removed`; its text as the dateline writes it). */
  start: number;
  end: number;
  /** `YYYY-MM-DD`; for kind `period` a month `YYYY-MM` or a year `YYYY`; null when the text does not pin the date down. */
  iso: string | null;
  /** false when the year or month was inferred (from the publication date or the article's years). */
  certain: boolean;
  kind: DateKind;
  /** `HH:MM` when a time was given (`pukul 10.15 WIB`). */
  time: string | null;
  /** Set when a weekday was written that disagrees with the resolved date. */
  weekdayMismatch: boolean;
  rule: string;
}

export interface Election {
  /** `Pilkada`, `Pemilu`, `Pilpres`, `Pileg`, `Pilkades`, as written (capitalised). */
  name: string;
  year: number;
  text: string;
  start: number;
  end: number;
  /** `election-year`: a name and its year (`Pilkada Serentak 2024`); `election-joined-year`: another year joined to
   *  the same name (the `2024` of `Pemilu 2019 atau 2024`). */
  rule: string;
}

/** `range`: between `value` and `upper` ("30 sampai 40 laporan"); `forecast`: a prediction or target ("diperkirakan
 *  mencapai 60 kasus"), never added to what was counted. */
export type Qualifier = 'exact' | 'at_most' | 'at_least' | 'approximate' | 'range' | 'forecast';

/** Whether a figure covers only the neutrality of civil servants and officials, or all election violations. */
export type CountScope = 'neutrality' | 'all';

/** How far a reporting body's remit reaches, when the text says it: `Bawaslu RI` (national), `Bawaslu Provinsi
 *  Jawa Tengah` (province), `Bawaslu Kabupaten Purbalingga` (regency), `Bawaslu Kota Semarang` (city). */
export type ReporterLevel = 'national' | 'province' | 'regency' | 'city';

export interface ViolationCount {
  value: number;
  qualifier: Qualifier;
  /** perkara, pelanggaran, kasus, laporan, temuan, ASN, … */
  unit: string;
  /** The upper end of a range (qualifier `range`), else null. Absent in results written before it existed. */
  upper?: number | null;
  /** Only ASN/official neutrality, or all election violations (see CountScope). */
  scope?: CountScope | null;
  /** The count this one is a part of ("dari 27 ASN yang dilaporkan, 19 direkomendasikan": 19's parent is 27). */
  parent?: { value: number; unit: string } | null;
  /** The region the figure is for, when it is an item of a per-region breakdown ("Jawa Barat 12 kasus, Jawa
   *  Timur 9"), else null. */
  region?: RegionRef | null;
  election: string | null;
  year: number | null;
  /** Bawaslu, KASN, BKN, … or null. */
  reporter: string | null;
  /** The reporter's level when the text says it (level word, or the level of the region named after it); a
   *  national body (KASN, BKN) is `national`. Absent in results written before it existed. */
  reporterLevel?: ReporterLevel | null;
  /** The region named with the reporter (`Bawaslu Kabupaten Purbalingga` → 33.03), else null. */
  reporterRegion?: RegionRef | null;
  /** The statement (quote or reported speech) the count stands in, else null. */
  statementId?: string | null;
  /** The speaker of that statement, else an official of the reporting body named in the count's sentence
   *  (article-level key in streamed output, corpus id in json and --out, like `Statement.speaker.id`). */
  sourceId?: string | null;
  text: string;
  start: number;
  end: number;
  rule: string;
}

/** The statement-type scheme: each type's decision rule is documented in src/lexicon/statement-types.ts. */
export type StatementType = 'sanction' | 'warning' | 'commitment' | 'instruction' | 'appeal' | 'assessment' | 'other';

export interface SpeakerRef {
  id: string;
  name: string;
  title: string | null;
  /** Present only for a speaker that is not a person: an institution, party, company or state
   *  (`Partai Gerindra`, `Kementerian Dalam Negeri`); its id starts with `i_`. */
  kind?: 'institution';
}

export interface Statement {
  /** Content-derived id: hash of article id + normalised quote. */
  id: string;
  kind: 'direct' | 'indirect';
  quote: string;
  speaker: SpeakerRef | null;
  /** How the speaker was found: `verb-after`, `pronoun`, `bare-title`, … or null. */
  speakerRule: string | null;
  neutrality: boolean;
  type: StatementType;
  /** The cue words the type and neutrality rules fired on. */
  cues: string[];
  /** ISO date the statement was made, when known. */
  date: string | null;
  region: RegionRef | null;
  start: number;
  end: number;
  rule: string;
  /** Present (false) when no one is quoted and the speaker is implied: the agent of a reported act (`dicopot …
   *  oleh Pj Bupati`, `Bawaslu X telah merekomendasikan …`), or nobody named (`Para camat diminta agar …`). */
  certain?: false;
}

/** Input to every extractor: one cleaned article and what is known about it. */
export interface ExtractContext {
  articleId: string;
  text: string;
  paragraphs: Array<{ start: number; end: number }>;
  title: string | null;
  /** ISO publication date when known (metadata, or a date line at the top). */
  published: string | null;
  dateline: Dateline | null;
  /** The text's TextIndex (src/text/): runs, tokens, sentences… computed once per article and shared by the
   *  extractors. Built on first use by `indexOf(ctx)` when the caller gave none. */
  index?: TextIndex;
}

/** What the extract stage adds to an article. */
export interface Extracted {
  officials: Official[];
  regions: RegionMention[];
  dates: DateMention[];
  elections: Election[];
  violations: ViolationCount[];
  statements: Statement[];
}

export type ArticleStatus = 'ok' | 'error' | 'skipped';

/** One finished article: the unit that workers return and reports write. */
export interface Article extends Extracted {
  id: string;
  source: string;
  line: number | null;
  status: ArticleStatus;
  error: string | null;
  title: string | null;
  url: string | null;
  publisher: string | null;
  author: string | null;
  lang: string | null;
  published: string | null;
  /** How `published` was found: `metadata`, `header`, `dateline`, or null. */
  publishedFrom: string | null;
  dateline: Dateline | null;
  /** Web archives only (absent otherwise): fetch time (WARC-Date, never the publication date), the record's
   *  byte offset in the WARC (uncompressed stream), and whether the record was truncated (WARC-Truncated). */
  fetched?: string | null;
  offset?: number | null;
  partial?: boolean;
  /** sha256 (first 16 hex) of the cleaned text: lets `check` tell a changed article from a moved one. */
  contentHash: string | null;
  /** Cleaned text; only serialised with --include-text. */
  text: string;
  removed: Removal[];
  /** Story signature (null when the text has no words, or for failed articles). */
  signature?: StorySignatureRef | null;
  /** Story id, decided once the corpus is seen (`json`, `--out` folders, `merge`); absent in streamed jsonl. */
  storyId?: string | null;
  /** Id of the canonical article of the story, when this article is a copy. */
  duplicateOf?: string | null;
  /** Similarity to the canonical article, when a copy. */
  similarity?: number | null;
  /** Time spent per stage in ms, for `npm run bench`; never serialised. */
  timings?: Record<string, number>;
}

/** Story clustering (issue 23): what an article carries so copies can be found across the corpus
 *  (see corpus/story-signature.ts), and, once the corpus is seen, its story (corpus/stories.ts). */
export interface StorySignatureRef {
  /** 128 16-bit MinHash bins of the cleaned text's word 4-gram shingles, base64 (256 bytes). */
  minhash: string;
  /** Distinct shingles in the text. */
  shingles: number;
}

/** A message for stderr: one line, prefixed `asn-scan:` by the CLI. */
export interface Message {
  level: 'error' | 'warning' | 'info';
  source: string;
  reason: string;
}
