// The parts between commas of a subject clause (`Ketua Panwascam X, Nama, mengatakan`, `Salah seorang kepala
// desa yang dilaporkan, Nama, Kepala Desa Y, mengaku`): which part names the speaker. Read by SpeakerResolver
// (speaker.ts) before it looks for an official mentioned anywhere in the clause.
import { SPEAKER_TAIL_WORDS } from '../../lexicon/attribution.js';
import { DEGREE_SHAPE_SOURCE } from '../../lexicon/degrees.js';
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
  const { tokens } = readSpeakerPhrase(h.doc.text, start, end);
  const t0 = tokens[0];
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
