// REGIONS: every Indonesian province, regency or city named in the cleaned body, with Kemendagri codes.
//
// Layout (chrono-style; this file is the configuration: it fixes the order of the parsers and refiners):
//   parsers/   — one file each, pattern then extract (extract may reject): `gazetteer` (names and aliases, with the
//                context cues of cues.ts), `admin-context` (`Kecamatan X`, `Desa Y`, `Camat X`), `dateline` (the
//                dateline's place, e.g. `KASONGAN` → Kabupaten Katingan), `coordinated` (`Pemkab dan Pemkot Bekasi`).
//   refiners/  — one file each, run in the order below.
//   shared     — hit.ts (the Hit shape, the compiled phrase matcher), cues.ts (context regexes and cueMask),
//                venue-chain.ts (a risky name closing a place phrase, read by list-items).
// Word lists are data in src/lexicon/ (region-aliases.ts, gazetteer.ts).
//
// What counts as a region mention (the tool's convention, decided in round 13; corpora that tag otherwise, such as the
// ner-dev news NER gold, are not followed where they disagree):
//   - a region named as part of a government's, a public body's, a party branch's, a court's or a firm's branch name is
//     that body's region, and a mention: `Pemkab Bogor`, `Polres Gowa`, `KPU Sampang`, `DPD Partai Demokrat Bali`,
//     `PN Jakarta Pusat`, `BEI Medan`; so is a region after an office title (`Gubernur DKI Jakarta`, `Wali Kota Solo`:
//     the officials extractor reads the title, and the region is the office's);
//   - not a mention: a region word ending an academic institution's or a facility's name (`Universitas Mataram`,
//     `Bandara Internasional Sepinggan Balikpapan`, `Jalan Sumatera`), a masthead (`Radar Lombok`), a people, language
//     or custom (`suku Bima`), a police or military region's own name (`Polda Metro Jaya`), a foreign name holding a
//     region word (`Papua Nugini`), a common word or personal name with no context (RISKY_REGION_NAMES).
import type { ExtractContext, RegionMention } from '../../model.js';
import { indexOf } from '../../text/index.js';
import { compile, newHit, type Hit } from './hit.js';
import { shortFormVariant } from './short-form.js';
import { extractAdminContext } from './parsers/admin-context.js';
import { extractCoordinated } from './parsers/coordinated.js';
import { extractDateline, extractDatelineProvince } from './parsers/dateline.js';
import { extractGazetteer } from './parsers/gazetteer.js';
import { aggregate } from './refiners/aggregate.js';
import { confirmPlaces } from './refiners/confirm-places.js';
import { dropOverlaps } from './refiners/drop-overlaps.js';
import { confirmListItems } from './refiners/list-items.js';
import { resolveShared } from './refiners/resolve-shared.js';
import { resolveTownAppositions } from './refiners/town-apposition.js';

// The old single-file module's exports, for the tests and other branches.
export { cueInternals } from './cues.js';
// Refiner person-names — after the officials (pipeline.ts runs it): a region word that ends an official's name is the
// person's.
export { dropPersonNameSpans } from './refiners/person-names.js';

export function extractRegions(ctx: ExtractContext): RegionMention[] {
  const text = ctx.text;
  const index = indexOf(ctx);
  const tokens = index.tokens;
  const { matcher } = compile();
  const hits: Hit[] = [];
  // Parser 1, gazetteer — every name and alias, in one pass over the tokens.
  for (const m of matcher.matchAll(text, tokens)) {
    const h = extractGazetteer(text, tokens, m);
    if (!h) continue;
    // (a short form then a compass word, `OKU Timur`, is the split regency the words name: short-form.ts)
    const v = shortFormVariant(text, h.code, h.start, h.end);
    hits.push(v ? newHit(v.code, h.start, v.end, h.rule) : h);
  }
  // Parser 2, admin-context — after the gazetteer, though drop-overlaps sorts all hits by position (the longer
  // first at one start), so this order settles exact ties only: a district or village after its admin word
  // loses to a gazetteer hit on the same span.
  hits.push(...extractAdminContext(index));
  // Refiner drop-overlaps — first: every later refiner reads neighbours, which must be the hits that stay.
  // Refiner list-items — right after it, so the neighbours are the hits that stay; before the dateline, which
  // names a city anyway.
  // Refiner town-apposition — before list-items, which would read `Depok, Sleman` as a list of two places.
  let refined = confirmListItems(text, resolveTownAppositions(text, dropOverlaps(hits)));
  // Parser 3, dateline — after the body's hits: it is skipped where a body hit already covers the place, and a
  // town in several regencies is settled by the regencies the body names.
  const dl = extractDateline(ctx, refined);
  // (a body hit on the dateline's own span gives way to it)
  if (dl) refined = dropOverlaps([...refined.filter((h) => h.start < 0 || h.start !== dl.start || h.end !== dl.end), dl]);
  // (and the province written after the dateline's place, `Lombok Timur, NTB –`, when no hit has it)
  const dlProvince = extractDatelineProvince(ctx, refined);
  if (dlProvince) refined.push(dlProvince);
  // Refiner resolve-shared — after the dateline, whose explicit city counts as the article naming one.
  refined = resolveShared(refined, text);
  // Parser 4, coordinated-level — after resolve-shared, so the hit it reads has its final level (`Pemkab dan
  // Pemkot Bekasi`: the city hit; this adds the regency).
  refined.push(...extractCoordinated(text, refined));
  // Refiner confirm-places — after resolve-shared: a district or village is confirmed by the regencies as
  // resolved.
  refined = confirmPlaces(refined);
  // Refiner aggregate — last: one RegionMention per code from the final hits.
  return aggregate(text, refined);
}
