// What the corpus fold needs from one article, and nothing more. Workers send this slim record to the
// main thread instead of the whole Article (no spans, quotes or text), so the single main thread,
// which also reads and writes, never becomes the bottleneck on a 2-core machine.
import type { Article, Official, RegionMention, StorySignatureRef } from '../model.js';
import type { ClaimInput } from './claims.js';
import { quoteKeys } from './story-signature.js';

export interface CorpusRecord {
  id: string;
  source: string;
  line: number | null;
  status: Article['status'];
  error: string | null;
  published: string | null;
  removed: number;
  dates: number;
  officials: Array<Pick<Official, 'id' | 'key' | 'name' | 'nameAsWritten' | 'title' | 'role' | 'acting' | 'institution' | 'region' | 'mentions'>>;
  regions: Array<Pick<RegionMention, 'code' | 'name' | 'level' | 'surface' | 'mentions'>>;
  /** `quote`: keys of the quote's words (copies of one story repeat it: see corpus/story-counts.ts). */
  statements: Array<{
    speakerId: string | null; speakerName: string | null; speakerTitle: string | null; regionCode: string | null; date: string | null;
    neutrality: boolean; type: string;
    quote: [number, number, number];
  }>;
  violations: ClaimInput[];
  /** Story signature (corpus/story-signature.ts). */
  signature: StorySignatureRef | null;
}

export function corpusRecord(a: Article): CorpusRecord {
  return {
    id: a.id,
    source: a.source,
    line: a.line,
    status: a.status,
    error: a.error,
    published: a.published,
    removed: a.removed.length,
    dates: a.dates.length,
    officials: a.officials.map((o) => ({
      id: o.id, key: o.key, name: o.name, nameAsWritten: o.nameAsWritten, title: o.title, role: o.role, acting: o.acting,
      institution: o.institution, region: o.region, mentions: o.mentions,
    })),
    regions: a.regions.map((g) => ({ code: g.code, name: g.name, level: g.level, surface: g.surface, mentions: g.mentions })),
    statements: a.statements.map((s) => ({
      speakerId: s.speaker?.id ?? null, speakerName: s.speaker?.name ?? null, speakerTitle: s.speaker?.title ?? null, regionCode: s.region?.code ?? null, date: s.date, neutrality: s.neutrality, type: s.type,
      quote: quoteKeys(s.quote),
    })),
    violations: a.violations.map((v) => ({
      value: v.value, qualifier: v.qualifier, unit: v.unit, election: v.election, year: v.year, reporter: v.reporter,
      reporterLevel: v.reporterLevel ?? null, reporterRegion: v.reporterRegion ?? null, sourceId: v.sourceId ?? null,
      upper: v.upper ?? null, region: v.region ?? null,
    })),
    signature: a.signature ?? null,
  };
}
