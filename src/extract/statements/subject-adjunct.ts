// An adjunct between a subject and its reporting verb (SUBJECT_ADJUNCTS): which part of the subject speaks.
//   - `Partai X melalui pernyataan tertulisnya menyatakan …`, `Bawaslu NTB dalam rilisnya menyebut …`, and a party
//     speaking through its officer (`DPC Partai X melalui Sekretaris DPC, Nama, menyatakan …`): the capitalised head
//     before the adjunct;
//   - an office or a body speaking through a person (`Kapolres X AKBP Nama melalui Kasat Reskrim AKP Nama2, …,
//     mengatakan …`, `Pemkab X lewat Kabag Hukum, Nama, menjelaskan …`): the person after the adjunct, the one
//     who spoke (the earlier sets' gold, and check14's: "X melalui Y mengatakan": the speaker is Y).
// Split out of speaker.ts (fromSubject), which reads the range returned here as the subject.
import { CLAUSE_CONNECTIVES, PARTY_ORGANS, PARTY_SPEAKER_WORDS, SUBJECT_ADJUNCTS, SUBJECT_VIA_ADJUNCTS } from '../../lexicon/attribution.js';
import { SPACE, WE, alternationOf } from '../../text/regex.js';
import type { Range } from './doc.js';

/** A lower-case adjunct word after a subject: `melalui`, `dalam`, `lewat`. */
const SUBJECT_ADJUNCT = new RegExp(`\\s(?:${alternationOf(SUBJECT_ADJUNCTS, { space: SPACE.literal })})\\s`, 'u');
const VIA = new Set(SUBJECT_VIA_ADJUNCTS);
const alt = (words: readonly string[]): string => alternationOf(words, { space: SPACE.literal });
/** A head before the adjunct that is a party (PARTY_SPEAKER_WORDS), after a connective and an organ at most. */
const PARTY_HEAD = new RegExp(
  `^\\s*(?:(?:${alt(CLAUSE_CONNECTIVES)})\\s+)?(?:(?:${alt(PARTY_ORGANS)})\\s+)?(?:${alt(PARTY_SPEAKER_WORDS)})${WE}`,
  'iu',
);

/** The part of the subject [start,end) that speaks when an adjunct stands in it, or null (no adjunct, or none
 *  that decides). `mentionIn(a, b)`: whether a person or official is mentioned in [a,b). */
export function adjunctSubject(text: string, start: number, end: number, mentionIn: (a: number, b: number) => boolean): Range | null {
  const subject = text.slice(start, end);
  const adj = SUBJECT_ADJUNCT.exec(subject);
  if (!adj || adj.index === 0) return null;
  const word = adj[0].trim();
  const at = start + adj.index;
  const party = word !== 'dalam' && PARTY_HEAD.test(text.slice(start, at));
  // (not `X melalui anggotanya, Nama, menegaskan`: the person after `melalui` speaks for X, unless X is a party)
  if (party || (!subject.includes(',') && !mentionIn(at, end))) {
    const head = text.slice(start, at);
    if (/^\s*\p{Lu}/u.test(head) && head.trim().split(/\s+/u).every((w) => /^[\p{Lu}(]/u.test(w))) return { start, end: at };
    return null;
  }
  // a person after `melalui`/`lewat`, an official or a body before it: the person speaks
  const after = at + adj[0].length;
  if (VIA.has(word) && mentionIn(after, end) && /^\s*\p{Lu}/u.test(text.slice(start, at))) return { start: after, end };
  return null;
}
