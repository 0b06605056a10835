// Title complements, places: the kecamatan's or the village's name after a local post (`Camat Selong, X`, `Kades
// Sukamaju Kecamatan Cibeber X`, `Camat Lubuklinggau Timur II, X`), and the field after a post (skipTail). Split from
// complement.ts (its job: the other complements, institutions, region lookups), which calls parsePlace.
import { alternationOf, alternationOfSources, SPACE } from '../../text/regex.js';
import { districtsByName, regencyOf, villagesByName } from '../../lexicon/gazetteer.js';
import { PLACE_UNIT_WORDS, TITLE_TAIL_STARTS, type TitleDef } from '../../lexicon/titles.js';
import { PERSON_OPENING_WORDS } from '../../lexicon/honorifics.js';
import { PLACE_CLOSING_WORDS, PLACE_NUMBERS } from '../../lexicon/titles-local.js';
import { HONORIFIC_WORDS, notName, RANK_HEAD } from './names.js';
import { commaLenAt, spaceLenAt, stickyAt } from './scan.js';
import { UPPER, classAt, runEndAt } from '../../lexicon/matcher.js';
import { ORG, phrasePattern, titleAt } from './title-compile.js';
import type { Complement } from './types.js';
import { POST_ENDING_UNITS } from '../../lexicon/admin-units.js';

/** The field of a post after its region: `Bidang Pemerintahan dan Kesra`, `Divisi Penanganan Pelanggaran`. */
const TAIL_START_RE = new RegExp(`[ \\t]{1,2}(?:${alternationOfSources(TITLE_TAIL_STARTS.map((t) => phrasePattern(t)))})(?![\\p{L}\\p{N}])`, 'uy');
const TAIL_WORD_RE = /(?:[ \t]{0,2},)?[ \t]{1,2}([\p{L}&][\p{L}-]{0,30})/uy;
const PERSON_OPENING: ReadonlySet<string> = new Set(PERSON_OPENING_WORDS);
export const CAP_WORD_RE = /\p{Lu}[\p{L}'’-]{1,30}/uy;
/** ` Kecamatan` / ` Kec.` after a village's name, up to the space before the kecamatan's (kept: districtNameAt reads it). */
const KECAMATAN_AFTER_RE = /[ \t]{1,2}(?:Kecamatan|Kec\.?)(?=[ \t])[ \t]/uy;
/** The ends of the first one, two and three capitalised words at `p` (spaces between them), as many as there are:
 *  the candidate ends of a place name, read longest first by its callers. */
export function capWordEnds(text: string, p: number): number[] {
  const ends: number[] = [];
  let q = p;
  for (let i = 0; i < 3; i++) {
    const w = stickyAt(CAP_WORD_RE, text, q);
    if (!w) break;
    ends.push(q + w[0].length);
    q += w[0].length;
    const s2 = spaceLenAt(text, q);
    if (s2 === 0) break;
    q += s2;
  }
  return ends;
}
/** Where the kecamatan's name after the space at `q` ends (the longest run of 1–3 capitalised words that is one), or `q`. */
export function districtNameAt(text: string, q: number): number {
  const sp = spaceLenAt(text, q);
  if (sp === 0) return q;
  const start = q + sp;
  const ends = capWordEnds(text, start);
  for (let n = ends.length; n >= 1; n--) if (districtsByName(text.slice(start, ends[n - 1]).replace(/[ \t]+/gu, ' ')).length > 0) return ends[n - 1]!;
  return q;
}
/** Where the village's name after the space at `q` ends, or `q`: the longest run of 1–3 capitalised words the gazetteer
 *  knows as a village; else (a village it does not know) 1–2 words a comma closes, or one word the article also writes
 *  after the same unit word elsewhere (`Kasi Pemerintahan Desa Tirtosworo Sri Lestari` after `Kepala Desa Tirtosworo`). */
export function villageNameAt(text: string, q: number, unitWord: string): number {
  const sp = spaceLenAt(text, q);
  if (sp === 0) return q;
  const start = q + sp;
  const ends = capWordEnds(text, start);
  for (let n = ends.length; n >= 1; n--) if (villagesByName(text.slice(start, ends[n - 1]).replace(/[ \t]+/gu, ' ')).length > 0) return ends[n - 1]!;
  for (let n = Math.min(2, ends.length); n >= 1; n--) if (commaLenAt(text, ends[n - 1]!) > 0) return notName(text.slice(start, ends[n - 1]).toLowerCase()) ? q : ends[n - 1]!;
  if (ends.length >= 2) {
    const one = `${unitWord} ${text.slice(start, ends[0])}`;
    const first = text.indexOf(one);
    const at = q - unitWord.length;
    if (first >= 0 && (first !== at || text.indexOf(one, first + 1) >= 0) && !notName(text.slice(start, ends[0]).toLowerCase())) return ends[0]!;
  }
  return q;
}
/** A place's unit word or a polling station's number before the place's name (`Desa`, `Kelurahan`, `TPS 05`, `05`). */
const PLACE_LEAD_RE = new RegExp(`(?:(?:${alternationOf(PLACE_UNIT_WORDS, { space: SPACE.literal })})[ \\t]{1,2})?(?:\\d{1,3}[ \\t]{1,2})?(?=\\p{Lu})`, 'uy');
/** After the comma at `at`: a capitalised word that may open a name (an honorific or a name word, no title head). */
function nameAfterComma(text: string, at: number): boolean {
  const q = at + commaLenAt(text, at);
  if (q === at || !(classAt(text, q) & UPPER)) return false;
  const lw = text.slice(q, runEndAt(text, q)).toLowerCase();
  return HONORIFIC_WORDS.has(lw) || PERSON_OPENING.has(lw) || (lw.length >= 2 && !notName(lw) && !titleAt(text, q));
}
/** A post whose phrase ends with its place's unit word (`Ketua Panwaslu Kecamatan`). */
const UNIT_ENDED_RE = new RegExp(`(?:^| )(?:${alternationOf(POST_ENDING_UNITS, { space: SPACE.literal })})$`, 'u');
/** How many of the first 1–3 words of an unknown place after a post (the post's last word ends at `pos`) the article
 *  writes elsewhere after the same word and closed by a comma (`Kepala Desa Pansur Natolu, Name`), longest first; 0 when
 *  none. */
function placeWrittenElsewhere(text: string, pos: number, words: ReadonlyArray<{ w: string }>): number {
  const before = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, pos - 40), pos))?.[0];
  if (!before) return 0;
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const written = `${before} ${words.slice(0, n).map((x) => x.w).join(' ')},`;
    const at = pos - before.length;
    let i = text.indexOf(written);
    while (i >= 0 && i === at) i = text.indexOf(written, i + 1);
    if (i >= 0) return n;
  }
  return 0;
}
/** A lone capital closing a village's name: `Lurah Sei Sikambing B, X`. */
const LETTER_RE = /\p{Lu}(?![\p{L}\p{N}'’-])/uy;

const CLOSING: ReadonlySet<string> = new Set(PLACE_CLOSING_WORDS.map((w) => w.split(' ')[0]!));
const CLOSING_SECOND: ReadonlySet<string> = new Set(PLACE_CLOSING_WORDS.map((w) => w.split(' ')[1]).filter((w): w is string => !!w));
const PLACE_NUMBER: ReadonlySet<string> = new Set(PLACE_NUMBERS);
/** The capitalised word after the space at `q`, or ''. */
function nextWordAt(text: string, q: number): string {
  const sp = spaceLenAt(text, q);
  return sp > 0 ? (stickyAt(CAP_WORD_RE, text, q + sp)?.[0] ?? '') : '';
}
/** How many of the words read after a local post make a place closed by a compass word and its optional number
 *  (`Lubuklinggau Timur II`, `Sukamaju Barat Daya`), the place's own name before it (one or two words); 0 when none. */
function closedPlaceEnd(words: ReadonlyArray<{ w: string }>): number {
  for (let k = Math.min(2, words.length - 1); k >= 1; k--) {
    if (!CLOSING.has(words[k]!.w)) continue;
    let n = k + 1;
    if (n < words.length && CLOSING_SECOND.has(words[n]!.w) && PLACE_CLOSING_WORDS.includes(`${words[k]!.w} ${words[n]!.w}`)) n++;
    if (n < words.length && PLACE_NUMBER.has(words[n]!.w)) n++;
    return n;
  }
  return 0;
}

/** The place after a kecamatan's or a village's post at `p` (the post ends at `pos`), into `out`. */
export function parsePlace(
  text: string,
  pos: number,
  p: number,
  kind: 'district' | 'village',
  def: TitleDef | null,
  out: Complement,
  mentionedRegencies: () => ReadonlySet<string>,
): Complement {
  const mentioned = mentionedRegencies();
  const words: Array<{ w: string; end: number }> = [];
  // `Ketua PPS Desa Kadibolo X`, `Ketua KPPS 05 Kadibolo X`: the place's own unit word, or a polling station's number,
  // before its name
  const lead = stickyAt(PLACE_LEAD_RE, text, p);
  let q = lead ? p + lead[0].length : p;
  // a place name may hold a word that is never a person's (`Kepala Desa Sumber Jaya X`, `Lurah Pasar Baru`): such
  // words are read on, but a run holding one counts only as a name the gazetteer knows
  let plain = -1;
  let personAfter = false;
  for (let i = 0; i < 4; i++) {
    const w = stickyAt(CAP_WORD_RE, text, q) ?? (words.length > 0 ? stickyAt(LETTER_RE, text, q) : null);
    if (!w) break;
    // `Kades Jonggat Baiq Nurhayati`: a word that opens only a person's name ends the place's
    // (a rank too: `Kapolsek Gerung Iptu Made X`)
    // (not a place's number after its compass word, `Linggau Utara I Yuliana`, unless a Balinese name goes on: `… I
    // Made X`)
    const prev = words[words.length - 1]?.w ?? '';
    const number = PLACE_NUMBER.has(w[0]) && (CLOSING.has(prev) || CLOSING_SECOND.has(prev)) && !PERSON_OPENING.has(nextWordAt(text, q + w[0].length).toLowerCase());
    if (words.length > 0 && !number && (PERSON_OPENING.has(w[0].toLowerCase()) || RANK_HEAD.has(w[0].toLowerCase()))) {
      personAfter = true;
      break;
    }
    if (plain < 0 && notName(w[0].toLowerCase())) plain = words.length;
    words.push({ w: w[0], end: q + w[0].length });
    q += w[0].length;
    const s2 = spaceLenAt(text, q);
    if (s2 === 0) break;
    q += s2;
  }
  const look = kind === 'district' ? districtsByName : villagesByName;
  const commaAfterAll = words.length > 0 && commaLenAt(text, words[words.length - 1]!.end) > 0;
  // `Plt Kades Narimbang Mulya, Suherman`: two words a comma closes, with a name after the comma, are the place's
  // whole name even when the gazetteer knows only its first word (a name of one word never stands before the comma
  // of an apposition whose holder follows it)
  // (the same when a word that opens a person's name follows the place: `Kades Jonggat Baiq Nurhayati`)
  if (personAfter && words.length <= 2 && plain < 0 && look(words.map((x) => x.w).join(' ')).length === 0) {
    out.place = { code: '', name: words.map((x) => x.w).join(' ') };
    out.end = words[words.length - 1]!.end;
    return out;
  }
  if (commaAfterAll && words.length === 2 && plain < 0 && look(`${words[0]!.w} ${words[1]!.w}`).length === 0 && nameAfterComma(text, words[1]!.end)) {
    out.place = { code: '', name: `${words[0]!.w} ${words[1]!.w}` };
    out.end = words[1]!.end;
    return out;
  }
  // `Camat Selong, H. Ahmad`: the whole run before the comma is the place (when it is one).
  // `Camat Selong Ahmad Yani`: the longest gazetteer prefix is the place, the rest the name.
  // `Camat Sambelia mengimbau`, `Kades Sembalun Bumbung dan …`: the whole run is the place ("the camat of
  // Sambelia"), not a person. Villages are many (83k) and some carry people's names (`Rahayu`), so a whole
  // run counts as a village only inside a regency the article names, or when it names none.
  // a place closed by a compass word (closedPlaceEnd) is read whole: the gazetteer's shorter place is its parent
  // (`Kades Sukamaju Barat Daya, X`: not `Sukamaju` with `Barat Daya` its holder)
  const closed = plain < 0 || plain > 2 ? closedPlaceEnd(words) : 0;
  for (let n = words.length; n >= 1 && n >= closed; n--) {
    const name = words.slice(0, n).map((x) => x.w).join(' ');
    const found = look(name);
    if (found.length === 0) continue;
    // one candidate, or the only one inside a regency the article names
    const inside = found.filter((a) => mentioned.has(regencyOf(a.code) ?? ''));
    if (n === words.length && !commaAfterAll && kind === 'village' && inside.length === 0 && mentioned.size > 0) continue;
    const inRegion = found.length === 1 ? found[0]! : inside.length === 1 ? inside[0]! : null;
    out.place = { code: inRegion?.code ?? '', name };
    out.end = words[n - 1]!.end;
    // `Kades Sukamaju Kecamatan Cibeber X`: the village's kecamatan belongs to the title
    if (kind === 'village') {
      const k = stickyAt(KECAMATAN_AFTER_RE, text, out.end);
      const end = k ? districtNameAt(text, out.end + k[0].length - 1) : -1;
      if (k && end > out.end + k[0].length) out.end = end;
    }
    // `Anggota Panwascam Wedi Divisi Hukum, Pencegahan … dan Humas, X`: a member's division after the place
    out.end = skipTail(text, out.end);
    return out;
  }
  // `Camat Lubuklinggau Timur II, Ir. X`, `Kades Sukamaju Barat Ahmad`: a place the gazetteer spells otherwise, closed
  // by a compass word (and its number), which no person's name ends with
  if (closed > 0) {
    out.place = { code: '', name: words.slice(0, closed).map((x) => x.w).join(' ') };
    out.end = words[closed - 1]!.end;
    return out;
  }
  // a place the gazetteer does not know, its name read where the article writes it closed by a comma after the same
  // post (`Kasus Kepala Desa Pansur Natolu ke Pj Bupati` after `Kepala Desa Pansur Natolu, Tigor Manalu`), or its
  // first word when the place's own unit word led and two more capitalised words follow (`Ketua Panwaslu Kecamatan
  // Siborongborong Jonner Simanjuntak`: a place is named by one word more often than a person)
  const unitLed = (lead !== null && /^\p{L}/u.test(lead[0])) || UNIT_ENDED_RE.test(def?.phrase ?? '');
  const known = plain < 0 && !commaAfterAll ? placeWrittenElsewhere(text, pos, words) : 0;
  if (known > 0 || (unitLed && plain < 0 && words.length >= 3 && !commaAfterAll)) {
    const n = known > 0 ? known : 1;
    out.place = { code: '', name: words.slice(0, n).map((x) => x.w).join(' ') };
    out.end = words[n - 1]!.end;
    return out;
  }
  if (plain >= 0) words.length = plain;
  if (commaAfterAll && words.length <= 2 && plain < 0) {
    out.place = { code: '', name: words.map((x) => x.w).join(' ') };
    out.end = words[words.length - 1]!.end;
  }
  return out;
}

/** Past the field of a post (`Bidang Pemerintahan dan Kesra`, `Divisi Hukum, Pencegahan dan Humas`), else `pos`.
 *  Only organisation words may follow the tail's first word; it ends on the last of them. */
export function skipTail(text: string, pos: number): number {
  const t = stickyAt(TAIL_START_RE, text, pos);
  if (!t) return pos;
  let q = pos + t[0].length;
  let end = -1;
  for (let i = 0; i < 14; i++) {
    const w = stickyAt(TAIL_WORD_RE, text, q);
    if (!w) break;
    const lw = w[1]!.toLowerCase();
    if (!ORG.has(lw) || lw === 'dan' || lw === '&') {
      if (lw !== 'dan' && lw !== '&') break;
      q += w[0].length;
      continue;
    }
    q += w[0].length;
    end = q;
  }
  return end > 0 ? end : pos;
}
