// A document as the subject of a reporting verb: `Surat Edaran Wali Kota Pontianak Nomor 800/… itu
// menyebutkan …`, `Keputusan Bupati Banyuasin tentang … menyebutkan …`, `Edaran yang diteken Nama itu juga
// mewajibkan …`. Its words are its issuer's: the title or name written right after the document's name
// words, or after a signer verb in a relative clause. (A document quoted with no issuer in its subject,
// `Dalam surat edaran itu tertulis, "…"`, keeps no speaker: see direct.ts.)
import { DOCUMENT_HEADS, DOCUMENT_NAME_STOPS, DOCUMENT_NAME_WORDS, DOCUMENT_SIGNER_VERBS, RELATIVE_PRONOUN } from '../../lexicon/attribution.js';
import { NOT_NAME, type PhraseToken, readSpeakerPhrase } from './phrase.js';

const HEAD = new Set(DOCUMENT_HEADS);
const NAME_WORD = new Set(DOCUMENT_NAME_WORDS);
const NAME_STOP = new Set(DOCUMENT_NAME_STOPS);
const SIGNER = new Set(DOCUMENT_SIGNER_VERBS);
/** Most words read after the document's name words for a signer verb. */
const MAX_SIGNER_DISTANCE = 4;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\-/.]*/gu;

/** Whether `low` (a lower-case word) heads a document's name. */
export const isDocumentHead = (low: string): boolean => HEAD.has(low);

/** The issuer's tokens in the subject [start, end) whose first word (at `start`) heads a document's name, or
 *  null: the capitalised words after the name words up to a number or a DOCUMENT_NAME_STOPS word, else the
 *  words after `yang <signer verb>`. */
export function documentIssuer(text: string, start: number, end: number): PhraseToken[] | null {
  WORD.lastIndex = start;
  let k = 0;
  let after = start;
  let m: RegExpExecArray | null;
  // the document's name words (`Surat Edaran`, `Keputusan`)
  while ((m = WORD.exec(text)) !== null && m.index < end && NAME_WORD.has(m[0].toLowerCase())) {
    after = m.index + m[0].length;
    k++;
  }
  if (k === 0) return null;
  const { tokens } = readSpeakerPhrase(text, after, end);
  let n = 0;
  while (n < tokens.length && !NAME_STOP.has(tokens[n]!.low) && !/^\d/u.test(tokens[n]!.raw)) n++;
  if (n > 0 && tokens.slice(0, n).some((t) => !NOT_NAME.has(t.low))) return tokens.slice(0, n);
  // `… yang diteken Nama …`
  for (let i = 0; m && m.index < end && i < MAX_SIGNER_DISTANCE; i++, m = WORD.exec(text)) {
    if (m[0].toLowerCase() !== RELATIVE_PRONOUN) continue;
    const v = WORD.exec(text);
    if (!v || !SIGNER.has(v[0].toLowerCase())) return null;
    let at = v.index + v[0].length;
    const oleh = /^\s{1,3}oleh(?=\s)/u.exec(text.slice(at, at + 10));
    if (oleh) at += oleh[0].length;
    const signer = readSpeakerPhrase(text, at, end).tokens;
    return signer.length > 0 ? signer : null;
  }
  return null;
}
