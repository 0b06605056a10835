// The body a post acts for, written before it with `melalui`/`lewat` (BODY_VIA_WORDS): `KASN melalui Asisten Komisioner
// Bidang Pengaduan dan Penyelidikan, X`, `Bawaslu Muna lewat Koordinator Divisi Hukum, X`. Read by parsers/index.ts for a
// post that names neither its body nor its region.
import type { RegionRef } from '../../model.js';
import { BODY_VIA_WORDS } from '../../lexicon/title-context.js';
import { DIVISION_BODIES } from '../../lexicon/titles.js';
import { alternationOf, SPACE } from '../../text/regex.js';
import { isUnitCloser, regionRef } from './complement.js';
import type { RegionAt } from './types.js';

/** A body (an acronym or a closer, then at most three capitalised words: its region) right before a via word. */
const VIA_TAIL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}-]*(?:[ \\t]{1,2}\\p{Lu}[\\p{L}\\p{N}-]*){0,3})[ \\t]{1,2}(?:${alternationOf(BODY_VIA_WORDS, { space: SPACE.literal })})[ \\t]{1,2}$`,
  'u',
);
const BODY: ReadonlySet<string> = new Set(DIVISION_BODIES.map((b) => b.toLowerCase()));

/** The body before the post starting at `start` and its region (a region span inside it), or null. */
export function bodyBeforeVia(
  text: string,
  start: number,
  regionStarts: Map<number, RegionAt>,
): { institution: string; region: RegionRef | null; electionBody: string | null } | null {
  const from = Math.max(0, start - 60);
  const m = VIA_TAIL_RE.exec(text.slice(from, start));
  if (!m) return null;
  const phrase = m[1]!;
  const first = phrase.split(/[ \t]+/u)[0]!;
  if (!isUnitCloser(first) && !BODY.has(first.toLowerCase())) return null;
  const at = from + m.index;
  const end = at + phrase.length;
  let region: RegionRef | null = null;
  for (const [s, r] of regionStarts)
    if (s >= at && r.end <= end) {
      region = regionRef(r.code);
      break;
    }
  // the words after the body are its region only: anything else (`KASN Bidang …`) is left out of the institution
  const rest = text.slice(at + first.length, end).trim();
  // (an election body or a house, whose division posts are its members' posts: `anggota bawaslu`)
  const electionBody = BODY.has(first.toLowerCase()) ? (first.toUpperCase() === 'KPUD' ? 'kpu' : first.toLowerCase()) : null;
  return { institution: region || rest === '' ? phrase.replace(/[ \t]+/gu, ' ') : first, region, electionBody };
}
