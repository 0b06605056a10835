// The parts between commas of a subject clause (`Ketua Panwascam X, Nama, mengatakan`, `Salah seorang kepala
// desa yang dilaporkan, Nama, Kepala Desa Y, mengaku`): which part names the speaker. Read by SpeakerResolver
// (speaker.ts) before it looks for an official mentioned anywhere in the clause.
import { PERSON_NOUNS, SPEAKER_TAIL_WORDS } from '../../lexicon/attribution.js';
import { DEGREE_SHAPE_SOURCE } from '../../lexicon/degrees.js';
import { PLACE_HEAD_WORDS } from '../../lexicon/honorifics.js';
import { FACILITY_NAME_HEADS } from '../../lexicon/region-aliases.js';
import { SERVING_NOUNS } from '../../lexicon/serving-nouns.js';
import { COMPANY_FORM_CAPS } from '../../lexicon/title-context.js';
import { PARTY_ORGANS } from '../../lexicon/title-words.js';
import { endBeforeOrigin } from './subject-words.js';
import { type Doc } from './doc.js';
import { type Discourse, mentionRef } from './discourse.js';
import { INSTITUTION_HEAD, TITLE_WORD, notPersonWord, type Resolved, resolvedAs } from './names.js';
import { ACTING, HONORIFIC, NAME_PREFIX, NOT_NAME, ORG, PRONOUN, ROLE, readSpeakerPhrase, startsUpper } from './phrase.js';

/** A degree written by its shape (`M.Pd.I.`, `S.I.K.`, `S.Ag.`): capitals and short small-letter groups between dots. */
const DOTTED_DEGREE_RE = new RegExp(`^${DEGREE_SHAPE_SOURCE}$`, 'u');
/** Lower-case words opening an adjunct after a speaker's name (`saat dihubungi`, `usai apel`). */
const TAIL_OPENER = new Set(SPEAKER_TAIL_WORDS);
const FIRST_LOWER = /^\s*(\p{Ll}+)(?![\p{L}\p{N}])/u;
/** Four capitals or more alone (`PPATK`) name an institution; persons go by two or three (`SBY`, `AHY`). */
export const LONG_ACRONYM = /^\p{Lu}{4,9}$/u;

/** What the apposition reader needs of the resolver. */
export interface AppositionHost {
  readonly doc: Doc;
  readonly d: Discourse;
  fromPhrase(start: number, end: number, pos: number, rule: string, titleAfter: null, allowStated: boolean): Resolved | null;
  inRegion(pos: number): boolean;
}

/** Most apposition parts walked back over, between the verb and a name before them (`Nama, Datok Penghulu
 *  Kampung X, mengaku`; `Nama, S.H., Ketua …, menyatakan`). */
const MAX_TITLE_PARTS = 2;

/** A subject clause's part between commas that reads as a person's name (capitalised words, honorifics
 *  and degrees aside, none of them a title, organisation, place or other non-name word): the speaker that
 *  name resolves to. The part must be delimited by a comma on at least one side. */
export function appositionName(h: AppositionHost, start: number, end: number, rule: string): Resolved | null {
  const text = h.doc.text;
  const first = text.indexOf(',', start);
  if (first < 0 || first >= end) return null;
  // the part right before the verb (`…, Agus Salim Fadli, menilai`, `Dalam kesempatan itu, Budi mengatakan`)
  let b = end;
  while (b > start && /[\s,]/u.test(text[b - 1]!)) b--;
  let a = text.lastIndexOf(',', b - 1) + 1;
  // an adjunct of time or place between the last comma and the verb (`Mantan Kapitalaung X, Yulius, saat dihubungi
  // mengaku …`): the part before it
  if (a > start && TAIL_OPENER.has(FIRST_LOWER.exec(text.slice(a, b))?.[1] ?? '')) {
    for (b = a - 1; b > start && /[\s,]/u.test(text[b - 1]!); ) b--;
    a = text.lastIndexOf(',', b - 1) + 1;
  }
  // degrees written after the name between commas (`…, Prof. Dr. Nama, S.H., M.H., menilai`): the name decides
  for (; a > start && degreesOnly(text, a, b); a = text.lastIndexOf(',', b - 1) + 1) for (b = a - 1; b > start && /\s/u.test(text[b - 1]!); ) b--;
  const nb = a > start ? endBeforeOrigin(text, a, b) : b; // (`Tgk. Zulkifli dari Gampong X`: the name)
  if (a > start && readsAsName(h, a, nb)) {
    const r = h.fromPhrase(a, nb, end, rule, null, true);
    if (r) return r;
  }
  // a noun of standing, its words and the name (`Pembicara lain, dosen hukum tata negara Rizal Effendi, menilai`)
  const standing = a > start ? nameAfterStanding(h, a, nb) : -1;
  if (standing >= 0) {
    const r = h.fromPhrase(standing, nb, end, rule, null, true);
    if (r) return r;
  }
  // a fronted adjunct before a titled subject (`Senada, Dandim 0718/Pati Letkol Inf Nama mengatakan`): an
  // official named wholly inside the last part, opening it, is the subject (not one after `didampingi`)
  if (a > start) {
    const m = h.d.mentionIn(a, b);
    if (m && m.start >= a && text.slice(a, m.start).trim() === '') return resolvedAs(mentionRef(m), m.official, rule);
  }
  // a name between commas with a title in apposition after it that no list knows (`Salah seorang datok
  // penghulu yang dilaporkan, Saiful Bahri, Datok Penghulu Kampung X, mengaku`): the capitalised parts
  // before the verb are walked back over, and a middle part that reads as a name decides
  for (let k = 0; k < MAX_TITLE_PARTS && a > start; k++) {
    if (!titleLikePart(text, a, b)) break;
    b = a - 1;
    while (b > start && /[\s,]/u.test(text[b - 1]!)) b--;
    a = text.lastIndexOf(',', b - 1) + 1;
    if (a <= start) break;
    if (readsAsName(h, a, b)) {
      const r = h.fromPhrase(a, b, end, rule, null, true);
      if (r) return r;
    }
  }
  // the first part, an apposition after it (`Lalu Wiranata Kusuma, yang sejak Januari …, mengatakan`), unless an
  // official's mention runs on past it: then it is that official's title, one no list knows (`Petinggi Kampung
  // Ngenyan Asa, Lukas Ding, salah satu yang berada dalam foto, mengaku …`), and the mention decides
  const titled = h.d.mentionIn(start, first);
  if (titled?.official && titled.end > first) return null;
  if (readsAsName(h, start, first)) return h.fromPhrase(start, first, end, rule, null, true);
  return null;
}

/** [a, b) may be a title in apposition: capitalised words only (no pronoun), no sentence's end inside (`…, Nama,
 *  S.STP. Ia meminta`: a degree's dot the splitter kept, then the next sentence's subject). */
function titleLikePart(text: string, a: number, b: number): boolean {
  if (/[.!?]\s/u.test(text.slice(a, b))) return false;
  const { tokens, stop } = readSpeakerPhrase(text, a, b);
  if (tokens.length === 0 || text.slice(stop, b).trim() !== '') return false;
  return tokens.every((t) => startsUpper(t.raw) && !PRONOUN.has(t.low));
}

/** [a, b) holds only degrees and honorifics (`S.H.`, `M.Si`, `SH`). */
function degreesOnly(text: string, a: number, b: number): boolean {
  const { tokens, stop } = readSpeakerPhrase(text, a, b);
  return tokens.length > 0 && text.slice(stop, b).trim() === '' && tokens.every((t) => HONORIFIC.has(t.low) || DOTTED_DEGREE_RE.test(t.raw));
}

/** [a, b) holds one to five capitalised name words (honorifics and initials allowed), no other word. */
export function readsAsName(h: AppositionHost, a: number, b: number): boolean {
  const text = h.doc.text;
  const { tokens, stop } = readSpeakerPhrase(text, a, b);
  if (tokens.length === 0 || tokens.length > 6 || (tokens.length === 1 && LONG_ACRONYM.test(tokens[0]!.raw))) return false;
  for (let i = stop; i < b; i++) if (!/\s/u.test(text[i]!)) return false;
  let names = 0;
  let titleWords = 0;
  for (const t of tokens) {
    // (a degree by its shape, `M.Pd.I.`, `S.I.K.`, is no name word either)
    if (HONORIFIC.has(t.low) || NAME_PREFIX.has(t.low) || (t.raw.includes('.') && DOTTED_DEGREE_RE.test(t.raw))) continue;
    if (!startsUpper(t.raw) || ROLE.has(t.low) || ORG.has(t.low) || ACTING.has(t.low) || NOT_NAME.has(t.low) || PRONOUN.has(t.low)) return false;
    if ((names === 0 && INSTITUTION_HEAD.has(t.low)) || notPersonWord(t.low) || h.inRegion(t.start)) return false;
    if (TITLE_WORD.has(t.low)) titleWords++;
    if (t.raw.replace(/\./gu, '').length > 1) names++;
  }
  // a country or a party (`Sri Lanka`) is no name, though one of its words may be (`Sri Handayani`)
  return names > 0 && names <= 4 && titleWords < names;
}

/** Most words of a bare title in lower case (`kepala dinas pendidikan`). */
const MAX_LOWER_TITLE_WORDS = 4;

/** A subject opening with a title in lower case: its words and a name without commas (`Dalam rapat itu, anggota
 *  Komisi I Rusdiansyah Syarif mempertanyakan …`): where the name starts (the longest run of last words that reads as
 *  a name), `named`; or the title alone (`…, S.E., M.M. Dalam amanatnya bupati meminta …`): its start, not `named`
 *  (the official holding it). Null for other subjects (`anggota KPPS di TPS 5`: neither). */
export function lowerTitleSubject(h: AppositionHost, start: number, end: number): { start: number; named: boolean } | null {
  // a noun of standing first, in any case (the speaker phrase reader stops at a lower-case one: `Sementara itu,
  // pengamat politik Andi Saputra mengatakan …` was read as no subject)
  const standing = nameAfterStanding(h, start, end);
  if (standing >= 0) return { start: standing, named: true };
  const { tokens } = readSpeakerPhrase(h.doc.text, start, end);
  const t0 = tokens[0];
  if (t0 && PERSON_NOUN.has(t0.low)) return null;
  if (!t0 || startsUpper(t0.raw) || !ROLE.has(t0.low)) return null;
  if (tokens.length <= MAX_LOWER_TITLE_WORDS && tokens.every((t) => !startsUpper(t.raw) && (ROLE.has(t.low) || ORG.has(t.low)))) return { start: t0.start, named: false };
  if (tokens.length < 3) return null;
  let from = -1;
  for (let i = tokens.length - 1; i >= 1; i--) {
    if (!readsAsName(h, tokens[i]!.start, tokens[tokens.length - 1]!.end)) break;
    from = tokens[i]!.start;
  }
  return from >= 0 ? { start: from, named: true } : null;
}

const PERSON_NOUN = new Set(PERSON_NOUNS);
/** Nouns of standing that take whom one serves or works for after them (`Relawan <candidate>`). */
const SERVING_NOUN = new Set(SERVING_NOUNS);
/** Words of an institution's, a firm's or a party's name (`Bank`, `Partai`, `DPD`): a capitalised run holding one
 *  after a lone noun of standing names no person (`Pegawai Bank Sulteng`). */
const INSTITUTION_WORD = new Set([...FACILITY_NAME_HEADS, ...PARTY_ORGANS, ...COMPANY_FORM_CAPS].filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()));
/** A word in capitals (`ICW`, `UGM`): an organisation's acronym. */
const ACRONYM = /^\p{Lu}{2,}$/u;
/** Heads of a place, school or body (`Universitas`, `Kampung`): a capitalised run holding one is no name. */
const PLACE_HEAD = new Set(PLACE_HEAD_WORDS.map((w) => w.toLowerCase()));
/** A word of the phrase (letters, then letters, dots, apostrophes and hyphens: `S.H.`, `Ma'ruf`). */
const STANDING_WORD = /[\p{L}][\p{L}.'’-]*/gu;
/** Fewest words of a noun of standing and its words before the name (`dosen hukum tata negara`, `pengamat politik
 *  Universitas X`): the noun alone before a name is a title no list knows, left to the readers above. */
const MIN_STANDING_WORDS = 2;
/** Fewest words of the name after them: a person is introduced by the full name, and one capitalised word there is
 *  as often a people or a place (`Tokoh adat Minahasa meminta …`, `pengamat politik Jawa`). */
const MIN_STANDING_NAME_WORDS = 2;
/** Fewest words of the name after a noun of standing alone: two, as after its words (a title no list knows written
 *  alone before a name, `Tokoh Adat`, `Kuasa Hukum`, leaves its second word before the name: read as a name word,
 *  readsAsName decides). */
const MIN_LONE_NOUN_NAME_WORDS = 2;
/** [start, end) opens with a noun of standing (PERSON_NOUNS, in any case) and its words, then a name with no comma
 *  before it (`dosen hukum tata negara Rizal Effendi`, `Pengamat politik Universitas Tanjungpura Agus Salim`): where
 *  the name starts (its first capitalised word, the rest reading as a name), or -1 (`Pengamat politik dari
 *  sejumlah kampus`). */
export function nameAfterStanding(h: AppositionHost, start: number, end: number): number {
  const tokens: Array<{ start: number; end: number; raw: string }> = [];
  STANDING_WORD.lastIndex = start;
  for (let m = STANDING_WORD.exec(h.doc.text); m && m.index < end; m = STANDING_WORD.exec(h.doc.text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, raw: m[0] });
  }
  const t0 = tokens[0];
  if (!t0 || !PERSON_NOUN.has(t0.raw.toLowerCase()) || tokens.length < MIN_STANDING_WORDS + 1 || tokens[tokens.length - 1]!.end > end) return -1;
  // the noun's words in lower case, then the name: its first capitalised word (a capitalised unit before the name,
  // `pengamat politik Universitas X Agus Salim`, leaves the name's start unknown: none)
  let i = 1;
  while (i < tokens.length && !startsUpper(tokens[i]!.raw)) i++;
  // the noun alone (`Pengamat Andi Saputra mengatakan …`, `Dosen Rahmat Hidayat menilai …`) before a full name
  if (i < MIN_STANDING_WORDS - (tokens.length - i >= MIN_LONE_NOUN_NAME_WORDS ? 1 : 0) || tokens.length - i < MIN_STANDING_NAME_WORDS) return -1;
  for (let k = i; k < tokens.length; k++) if (PLACE_HEAD.has(tokens[k]!.raw.toLowerCase())) return -1;
  // after the noun alone, the capitalised words are the person's own name only if no institution word is among them
  // and the noun does not take whom one serves (review19: `Pegawai Bank Sulteng mengaku …` gave `Bank Sulteng`,
  // `Relawan Rusdy Mastura mengatakan …` the candidate; `Pengamat Andi Saputra mengatakan …` stays named)
  if (i === 1 && (SERVING_NOUN.has(t0.raw.toLowerCase()) || tokens.slice(i).some((t) => INSTITUTION_WORD.has(t.raw.toLowerCase())))) return -1;
  // a capitalised run longer than a name's shortest form may open with the slot of an affiliation or a place
  // (review18b: `Tokoh adat Sikka Yohanes Dua`, `Peneliti senior ICW Nama Dua`): a place the article names there, an
  // acronym in capitals or an organisation word is passed over (a word no list knows, `Undana`, stays: not fixed)
  if (tokens.length - i > MIN_STANDING_NAME_WORDS) {
    const w = tokens[i]!.raw;
    if (h.inRegion(tokens[i]!.start) || ORG.has(w.toLowerCase()) || ACRONYM.test(w)) i++;
  }
  return readsAsName(h, tokens[i]!.start, tokens[tokens.length - 1]!.end) ? tokens[i]!.start : -1;
}
