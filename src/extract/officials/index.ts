// OFFICIALS: named persons with a public title, one entry per person per article.
//
// Layout (chrono-style; this file is the configuration: it fixes the order of the parsers and refiners):
//   parsers/   — one file each, pattern then extract (extract may reject); their order is in parsers/index.ts:
//                `title` (title-compile.ts: one sticky regex per title head word; complement.ts reads what
//                follows the head), `name-after-title`, `name-before-title`.
//   refiners/  — one file each, run in the order below.
//   shared     — names.ts (name parsing), title-compile.ts (title regexes), title-phrases.ts (title words), unit-runs.ts
//                (a unit's words written on after a title),
//                complement.ts (complements, institutions, region lookups; complement-place.ts: a kecamatan's or a
//                village's name after its post), word-before.ts (`para`, `calon`,
//                `Jalan`, `ujar` before a title or run), article-words.ts (per-article word sets), person-runs.ts
//                (capitalised runs for bare mentions), coverage.ts, word-filter.ts, scan.ts, types.ts.
// Word lists are data in src/lexicon/ (titles.ts, title-words.ts, honorifics.ts).
//
// Precision guards (each a general cause seen on unseen news):
//   - a "name" that is the title's own jurisdiction is its region (`Camat Sambelia mengimbau`,
//     `Kades Sembalun Bumbung dan …`, `Bupati Bone mengatakan`);
//   - plural/generic titles (`para camat`, `seluruh kepala desa`, `119 kepala desa`) and posts the person does
//     not hold (`calon Bupati`, `mantan Bupati`: kept, marked) are skipped;
//   - never names: connectives and `-nya`/`-pun` words (`Menurutnya`, `Pasalnya`), place runs (`Hotel Lombok
//     Raya`, `di Sangkareang`), a sentence adverbial (`Terpisah, Kepala BKD …`);
//   - a name after the comma of a fronted clause ending in a title is the main clause's subject (`Membacakan amanat
//     Bupati Pulang Pisau, Yusuf mengingatkan`: fronted-clause.ts); a place the article writes as one (dateline,
//     `Kabupaten X`) is no name after a title (`LEMBAH HIJAU – Bupati Lembah Hijau mengumpulkan`);
//   - the name before a title must not reach into the previous title, and a lower-case title with nothing after
//     it (`Zulkifli, lurah yang …`) is the generic post, not an apposition.
import { indexOf } from '../../text/index.js';
import { SPACE, alternationOf } from '../../text/regex.js';
import { REGION_SPAN_PREFIXES } from '../../lexicon/admin-units.js';
import type { ExtractContext, Official, RegionMention } from '../../model.js';
import { regencyOf } from '../../lexicon/gazetteer.js';
import { headlineEndOf, lazyLowerWords } from './article-words.js';
import { Coverage } from './coverage.js';
import { parseTitles } from './parsers/index.js';
import { personRuns, type PersonRun } from './person-runs.js';
import { possessivePosts } from './possessive-posts.js';
import { addBareMentions } from './refiners/bare-mentions.js';
import { officialOf } from './refiners/build.js';
import { assignHeadlineTitle, leadTitleOf } from './refiners/headline-title.js';
import { commissionsFromArticle, headsFromArticle, inheritRegions } from './refiners/inherit-region.js';
import { mergeSamePerson } from './refiners/merge-same-person.js';
import { nicknamesOf } from './refiners/nicknames.js';
import type { RegionAt } from './types.js';
import { unwrapped } from './wrapped.js';
import { extractRegions } from '../regions/index.js';

// The old single-file module's exports, for the tests and other branches.
export { lazyLowerWords, type LowerWords } from './article-words.js';
export { tokenKind } from './names.js';
export { personNameEndAt, personRunsOf } from './person-runs.js';
export { commaLenAt, spaceLenAt } from './scan.js';
export { titleRegexPair } from './title-compile.js';
export { DOCUMENT_BEFORE, GENERIC_BEFORE, HOLDER_BEFORE, NOT_TITLE_BEFORE_WORD, precededBy, SPEECH_BEFORE, type WordBefore } from './word-before.js';
export { WordFilter } from './word-filter.js';

export function extractOfficials(written: ExtractContext, regionsWritten: RegionMention[]): Official[] {
  // a title split over a hard line break is read whole (wrapped.ts), with the regions of the text so read (`Ogan
  // Komering Ulu⏎⏎Timur` is OKU Timur); spans keep the text as written
  const ctx = unwrapped(written);
  const regions = ctx === written ? regionsWritten : extractRegions(ctx);
  const text = ctx.text;
  const regionStarts = new Map<number, RegionAt>();
  for (const r of regions)
    for (const s of r.spans) {
      const bare = s.text.replace(ADMIN_PREFIX_RE, '');
      const code = r.level === 'district' || r.level === 'village' ? (regencyOf(r.code) ?? r.code) : r.code;
      regionStarts.set(s.start, { end: s.end, code, bare });
    }
  const headlineEnd = headlineEndOf(ctx);
  const index = indexOf(ctx);
  const lower = lazyLowerWords(index);
  // Parsers (order in parsers/index.ts): every title with the name after or before it; a deputy inherits its
  // head's region there.
  const { named, unnamed } = parseTitles(ctx, regionStarts, headlineEnd, lower);
  // Parser 4, possessive-post — after the titles: a body's post named by its possessive (`ketuanya, X`), its body the
  // one named last before it; merged with the titled mentions below
  for (const c of possessivePosts(ctx, regionStarts, headlineEnd, lower)) named.push(c);
  // Refiner 1, merge-same-person — first: the others look officials up by person, so each must be one entry.
  const merged = mergeSamePerson(named);
  // Refiner 1b, inherit-region — right after: a regional post named without its region takes its family's region
  // named before it (before the bare mentions and the headline title, which read officials' regions too)
  inheritRegions(merged);
  // (and a region's head written without its region takes the article's only area of its level named before it)
  headsFromArticle(merged, regions);
  commissionsFromArticle(merged, regions, text);
  const taken = new Coverage(text.length, 0);
  for (const o of merged) for (const s of o.spans) taken.add(s.start, s.end);
  for (const u of unnamed) taken.add(u.start, u.end);
  // Region names are never bare person names.
  const blocked = new Coverage(text.length, 1);
  for (const r of regions) for (const s of r.spans) blocked.add(s.start, s.end);
  // Capitalised runs are found once (lazily) and shared by both refiners. Refiner 3 reads all of them, and only
  // when the lead has its title (known already: it does not depend on refiner 2); otherwise refiner 2 alone
  // reads them and may leave out runs that cannot be its officials' (most of them).
  const lead = leadTitleOf(ctx, unnamed);
  let runsCache: PersonRun[] | null = null;
  const runs = (): PersonRun[] => (runsCache ??= personRuns(index, blocked, null));
  // Refiner 2, bare-mentions — before headline-title: a run that is a known official's bare name must be taken
  // first, so it is never counted as the untitled recurring speaker.
  addBareMentions(text, merged, taken, (tokens) => (lead ? runs() : personRuns(index, blocked, tokens)), nicknamesOf(text, merged));
  // Refiner 3, headline-title — after the titled and bare mentions are taken: only what is left may be the
  // headline title's holder.
  if (lead) assignHeadlineTitle(ctx, lead, merged, taken, runs, lower);
  // Refiner 4, build — last: ids and order need the final names, roles and regions.
  // (a loop, not merged.map(): map() over an empty list gives an array of another kind, and the sort below
  // then deoptimised on it)
  const out: Official[] = [];
  for (const o of merged) out.push(officialOf(o));
  if (ctx !== written)
    for (const o of out) {
      // (the cleaner leaves no double space inside a line: one here is a joined break)
      if (o.title) o.title = o.title.replace(/ {2}/gu, ' ');
      o.nameAsWritten = o.nameAsWritten.replace(/ {2}/gu, ' ');
      for (const s of o.spans) s.text = written.text.slice(s.start, s.end);
    }
  return out.sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0) || (a.id < b.id ? -1 : 1));
}

/** The admin prefix of a region span, dropped for the bare name (`Kabupaten Katingan` → `Katingan`). */
const ADMIN_PREFIX_RE = new RegExp(`^(?:${alternationOf(REGION_SPAN_PREFIXES, { space: SPACE.literal })})[ \\t]{1,2}`, 'u');
