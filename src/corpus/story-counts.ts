// The corpus fold, story-aware: every article is folded as before (counting every article), and a compact
// trace of what each article contributed is kept, so that once the stories are known (corpus/stories.ts)
// the same figures are also counted once per story:
//   - statements by (story, speaker, quote): a copy's statement that its story already holds is not counted
//     again (the speaker is the corpus-wide official, so Hassanudin/Hasanuddin in two copies are one);
//   - officials and regions: `stories` (distinct stories mentioning them) and `storyStatements`;
//   - per-region, per-month, per-official and per-type statement figures;
//   - claims (corpus/claims.ts: one row per distinct figure): `stories`, the distinct stories citing it.
// The trace is a few 32-bit integers per official, region and statement (interned strings), kept in chunked
// typed arrays: about 100–250 bytes per article beside the 256-byte signature.
// Kept apart from corpus/aggregate.ts on purpose: it wraps the fold, it does not change it.
import type { Article } from '../model.js';
import { Corpus, type CorpusResult, officialKeyOf, type OfficialRow, type RegionRow, type Summary } from './aggregate.js';
import type { ClaimRow } from './claims.js';
import { corpusRecord, type CorpusRecord } from './record.js';
import { Ints, STORY_DEFAULTS, StoryIndex, type StoryRef, storyCounts } from './stories.js';

export interface StoryConfig {
  /** `--same-story`: similarity at which two articles are copies of one story. */
  sameStory: number;
  /** `--count-copies`: summaries count every article (the story figures are still computed). */
  countCopies: boolean;
}

export const DEFAULT_STORY_CONFIG: StoryConfig = { sameStory: STORY_DEFAULTS.sameStory, countCopies: false };

/** What the summary adds about stories. */
export interface StorySummary {
  /** Which figures the summary table and the stderr line show: `stories` (default) or `articles`. */
  counted: 'stories' | 'articles';
  stories: { stories: number; copies: number; copiedStories: number; sameStory: number };
  storyStatements: number;
  storyNeutralityStatements: number;
  storyStatementsByRegion: Record<string, number>;
  storyStatementsByOfficial: Record<string, number>;
  storyStatementsByMonth: Record<string, number>;
  storyNeutralityByType: Record<string, number>;
}

export type StoryOfficialRow = OfficialRow & { stories: number; storyStatements: number };
export type StoryRegionRow = RegionRow & { stories: number; storyStatements: number };

export type StoryClaimRow = ClaimRow & { stories: number };

export interface StoryResult extends CorpusResult {
  officials: StoryOfficialRow[];
  regions: StoryRegionRow[];
  claims: StoryClaimRow[];
  summary: Summary & StorySummary;
  /** Story of each article, in run order (the order the writers receive them). */
  stories: StoryRef[];
}

/** The story part of a corpus result, when the fold was story-aware. */
export function storiesOf(r: CorpusResult): StoryResult | null {
  return 'stories' in r ? (r as StoryResult) : null;
}

class Interner {
  private ids = new Map<string, number>();
  readonly values: string[] = [];
  id(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.values.length;
      this.ids.set(s, i);
      this.values.push(s);
    }
    return i;
  }
}

/** Statement fields in the trace: speaker key, its counted attributes (region, month, type, neutrality: one
 *  interned string), three quote keys. */
const ST = 5;
const SEP = '\u0000';

export class StoryCorpus extends Corpus {
  readonly index = new StoryIndex();
  private strings = new Interner();
  /** Per article: where its officials, regions and statements start in the lists below. */
  private at = new Ints();
  private offs = new Ints();
  private regs = new Ints();
  private sts = new Ints();

  constructor(private readonly cfg: StoryConfig = DEFAULT_STORY_CONFIG) {
    super();
  }

  override add(a: Article): void {
    this.addRecord(corpusRecord(a));
  }

  override addRecord(a: CorpusRecord): void {
    super.addRecord(a);
    this.index.add(a.id, a.published, a.status === 'ok' ? a.signature : null);
    this.at.push(this.offs.n);
    this.at.push(this.regs.n);
    this.at.push(this.sts.n);
    if (a.status !== 'ok') return;
    const idToKey = new Map<string, string>();
    const str = (s: string) => this.strings.id(s);
    for (const o of a.officials) {
      const key = officialKeyOf(o);
      idToKey.set(o.id, key);
      this.offs.push(str(key));
    }
    for (const g of a.regions) this.regs.push(str(g.code));
    for (const st of a.statements) {
      const key = st.speakerId ? idToKey.get(st.speakerId) ?? st.speakerId : null;
      this.sts.push(key === null ? -1 : str(key));
      const month = (st.date ?? a.published ?? '').slice(0, 7) || '(unknown)';
      this.sts.push(str([st.regionCode ?? '(none)', month, st.type, st.neutrality ? '1' : ''].join(SEP)));
      for (const q of st.quote) this.sts.push(q | 0);
    }
  }

  override finish(): StoryResult {
    const base = super.finish();
    const stories = this.index.cluster({ sameStory: this.cfg.sameStory });
    const n = this.index.size;
    const s = base.summary;
    const officials: StoryOfficialRow[] = base.officials.map((o) => ({ ...o, stories: o.articles, storyStatements: o.statements }));
    const regions: StoryRegionRow[] = base.regions.map((r) => ({ ...r, stories: r.articles, storyStatements: r.statements }));
    const officialById = new Map(officials.map((o) => [o.id, o]));
    const regionByCode = new Map(regions.map((r) => [r.code, r]));
    const byOfficial = { ...s.statementsByOfficial };
    const story: StorySummary = {
      counted: this.cfg.countCopies ? 'articles' : 'stories',
      stories: { ...storyCounts(stories), sameStory: this.cfg.sameStory },
      storyStatements: s.statements,
      storyNeutralityStatements: s.neutralityStatements,
      storyStatementsByRegion: { ...s.statementsByRegion },
      storyStatementsByOfficial: byOfficial,
      storyStatementsByMonth: { ...s.statementsByMonth },
      storyNeutralityByType: { ...s.neutralityByType },
    };
    const dec = (r: Record<string, number>, k: string) => {
      if (r[k] === undefined) return;
      if (--r[k]! <= 0) delete r[k];
    };
    const v = this.strings.values;
    // per interned string, resolved once: its corpus id (speakers, officials) and, for a statement's packed
    // attributes, their parts; a speaker id's small number keys the quotes seen from it
    const ids = new Array<string | undefined>(v.length);
    const idOfKey = (k: number) => (ids[k] ??= base.ids.get(v[k]!) ?? v[k]!);
    const attrs = new Array<string[] | undefined>(v.length);
    const speakerNums = new Map<string, number>();
    const speakerNum = (id: string) => {
      let x = speakerNums.get(id);
      if (x === undefined) speakerNums.set(id, (x = speakerNums.size));
      return x;
    };
    // Members of each story that has copies, in canonical order (the canonical first).
    const members = new Map<number, number[]>();
    for (let seq = 0; seq < n; seq++) {
      const c = this.index.canonicalOf(seq);
      if (c < 0 || !stories[seq]!.duplicateOf) continue;
      let m = members.get(c);
      if (!m) members.set(c, (m = [c]));
      m.push(seq);
    }
    const at = (seq: number, field: number) => this.at.get(seq * 3 + field);
    const end = (seq: number, field: number, list: Ints) => (seq + 1 < n ? at(seq + 1, field) : list.n);
    for (const [, m] of [...members].sort((a, b) => a[0] - b[0])) {
      m.sort((a, b) => this.index.rankOf(a) - this.index.rankOf(b));
      const seenOfficial = new Set<string>();
      const seenRegion = new Set<number>();
      // quote keys seen, per (speaker, key kind): speakerNum * 3 + kind → the kind's 32-bit keys
      const seenStatement = new Map<number, Set<number>>();
      for (const seq of m) {
        for (let i = at(seq, 0); i < end(seq, 0, this.offs); i++) {
          const id = idOfKey(this.offs.get(i));
          if (seenOfficial.has(id)) {
            const row = officialById.get(id);
            if (row) row.stories--;
          } else seenOfficial.add(id);
        }
        for (let i = at(seq, 1); i < end(seq, 1, this.regs); i++) {
          const code = this.regs.get(i);
          if (seenRegion.has(code)) {
            const row = regionByCode.get(v[code]!);
            if (row) row.stories--;
          } else seenRegion.add(code);
        }
        for (let i = at(seq, 2); i < end(seq, 2, this.sts); i += ST) {
          const t = (k: number) => this.sts.get(i + k);
          const speaker = t(0) < 0 ? null : idOfKey(t(0));
          // the same quote when any of its keys (all words, first words, last words) was seen from this speaker
          // (an unnamed speaker and a speaker id '' share the key, as they did when keys were strings)
          const sp = speakerNum(speaker ?? '') * 3;
          let seen = false;
          for (let q = 2; q <= 4; q++) {
            let keys = seenStatement.get(sp + q - 2);
            if (keys === undefined) seenStatement.set(sp + q - 2, (keys = new Set<number>()));
            const key = t(q);
            if (keys.has(key)) seen = true;
            else keys.add(key);
          }
          if (!seen) continue;
          // a statement this story already holds: not counted again
          story.storyStatements--;
          const [region, month, type, neutral] = (attrs[t(1)] ??= v[t(1)]!.split(SEP)) as [string, string, string, string];
          dec(story.storyStatementsByRegion, region);
          dec(story.storyStatementsByMonth, month);
          if (neutral) {
            story.storyNeutralityStatements--;
            dec(story.storyNeutralityByType, type);
          }
          const row = speaker ? officialById.get(speaker) : undefined;
          if (row) {
            dec(byOfficial, `${row.id} ${row.name}`);
            row.storyStatements--;
          } else if (!speaker) dec(byOfficial, '(unattributed)');
          const place = regionByCode.get(region);
          if (place) place.storyStatements--;
        }
      }
    }
    // claims: the distinct stories among the citing articles
    const storyOfId = new Map<string, string>();
    for (let seq = 0; seq < n; seq++) {
      const id = stories[seq]!.storyId;
      if (id) storyOfId.set(this.index.idOf(seq), id);
    }
    const claims = base.claims.map((c) => ({ ...c, stories: new Set(c.articleIds.map((a) => storyOfId.get(a) ?? a)).size }));
    return { ...base, officials, regions, claims, summary: { ...s, ...story }, stories };
  }
}
