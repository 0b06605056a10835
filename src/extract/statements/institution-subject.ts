// An institution written in full as a reporting verb's subject (SpeakerResolver.fromSubject): `Partai Persatuan
// Pembangunan (PPP) NTB menyatakan …`, `Dewan Pimpinan Wilayah Partai … menegaskan …`, `Kementerian
// Pendayagunaan Aparatur Negara dan Reformasi Birokrasi meminta …` (its words capitalised, joined by `dan` or
// `serta`).
import { INSTITUTION_JOINERS } from '../../lexicon/attribution.js';
import { SPACE, alternationOf } from '../../text/regex.js';
import { INSTITUTION_HEAD, institutionName } from './names.js';
import { type PhraseToken, STOP, readSpeakerPhrase } from './phrase.js';

/** An acronym in brackets after a name written in full: ` (PPP)`, ` (KPU)`; its closing bracket may be left
 *  out of the words read (`Komisi Aparatur Sipil Negara (KASN) menyebut`: the words end at `KASN`). */
const ACRONYM_BRACKET = /\s\(\p{Lu}[\p{Lu}\p{N}-]{1,11}(?:\)|$)/u;
/** Capitalised words, a joiner allowed between two of them. */
const JOINED_CAPITALS = new RegExp(`^\\p{Lu}\\S*(?:\\s{1,3}(?:(?:${alternationOf(INSTITUTION_JOINERS, { space: SPACE.literal })})\\s{1,3})?\\p{Lu}\\S*)*$`, 'u');
const JOINER = new RegExp(`\\s(?:${alternationOf(INSTITUTION_JOINERS, { space: SPACE.literal })})\\s`, 'gu');

/** The institution named by the subject's content words [firstStart, lastEnd) (`contentCount` of them,
 *  `allUpper` when all are capitalised): its name; null when the subject can name no one (a clause of more than
 *  four words, not capitalised or no institution); undefined when it may still be a person's name. */
export function institutionSubject(text: string, firstStart: number, lastEnd: number, contentCount: number, allUpper: boolean): string | null | undefined {
  const words = text.slice(firstStart, lastEnd);
  if (!allUpper) {
    // only joined capitals of an institution written in full (never `Budi dan Ani`: four words at most)
    if (contentCount <= 4 || !JOINED_CAPITALS.test(words)) return null;
    const tokens: PhraseToken[] = [];
    let from = firstStart;
    JOINER.lastIndex = 0;
    for (let m = JOINER.exec(words); ; m = JOINER.exec(words)) {
      const to = m ? firstStart + m.index : lastEnd;
      const piece = readSpeakerPhrase(text, from, to);
      if (piece.tokens.length === 0 || piece.tokens[piece.tokens.length - 1]!.end !== to) return null;
      // two bodies joined (`Korea Selatan dan Hong Kong`, `KPU dan Bawaslu`), or a day after the name: no one name
      if (from > firstStart && INSTITUTION_HEAD.has(piece.tokens[0]!.low)) return null;
      if (piece.tokens.some((t) => STOP.has(t.low))) return null;
      tokens.push(...piece.tokens);
      if (!m) break;
      from = firstStart + m.index + m[0].length;
    }
    return institutionName(text, tokens);
  }
  const bracket = words.search(ACRONYM_BRACKET);
  if (bracket > 0) {
    const { tokens } = readSpeakerPhrase(text, firstStart, firstStart + bracket);
    const inst = tokens.length > 1 ? institutionName(text, tokens) : null;
    if (inst) return inst;
  }
  if (contentCount > 4) {
    const { tokens } = readSpeakerPhrase(text, firstStart, lastEnd);
    return tokens.length > 0 && tokens[tokens.length - 1]!.end === lastEnd ? institutionName(text, tokens) : null;
  }
  return undefined;
}
