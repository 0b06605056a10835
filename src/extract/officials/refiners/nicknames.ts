// Refiner `nicknames` (read by bare-mentions): a nickname the text introduces right after an official's name
// (`Bupati Ende, Marselinus Wangge, yang akrab disapa Marsel, …`, `…, biasa dipanggil Anam,`) names the same person:
// its later bare mentions (`kata Marsel`) are that official's, never a second official's. The cue words are the
// attribution lexicon's (`disapa`, `dipanggil`, `sapaan`, `panggilan`), with `yang` and `akrab`/`biasa` before them.
import { NICKNAME_ADDRESS_TERMS, NICKNAME_CUE_MODIFIERS } from '../../../lexicon/clause-words.js';
import { NICKNAME_CUES } from '../../../lexicon/attribution.js';
import { alternationOf, SPACE } from '../../../text/regex.js';
import { normTokens } from '../names.js';
import type { Candidate } from '../types.js';

const CUES = NICKNAME_CUES.filter((c) => c !== 'bernama');
/** `, yang akrab disapa Marsel`, `, biasa dipanggil Pak Anam`, ` (sapaan akrabnya Rafi)`: the nickname in group 1. */
const NICKNAME_AFTER_RE = new RegExp(
  `[ \\t]{0,2}[,(][ \\t]{0,2}(?:yang[ \\t]{1,2})?(?:(?:${alternationOf(NICKNAME_CUE_MODIFIERS, { space: SPACE.blank1to2 })})[ \\t]{1,2})?(?:${alternationOf(CUES, { space: SPACE.literal })})(?:[ \\t]{1,2}akrab)?(?:nya)?[ \\t]{1,2}(?:(?:${alternationOf(NICKNAME_ADDRESS_TERMS, { space: SPACE.literal })})[ \\t]{1,2})?(\\p{Lu}[\\p{L}'’-]{1,20}(?:[ \\t]\\p{Lu}[\\p{L}'’-]{1,20})?)`,
  'uy',
);

/** The nickname tokens (normalised) each candidate's name introduces, for bare-mentions; empty for most articles. */
export function nicknamesOf(text: string, offs: readonly Candidate[]): Map<Candidate, string[]> {
  const out = new Map<Candidate, string[]>();
  // (a cue word must be in the text at all: most articles have none)
  if (!CUES.some((c) => text.includes(c))) return out;
  for (const o of offs)
    for (const s of o.spans) {
      if (s.rule !== 'title-before-name') continue;
      NICKNAME_AFTER_RE.lastIndex = s.end;
      const m = NICKNAME_AFTER_RE.exec(text);
      if (m) out.set(o, normTokens(m[1]!.split(/[ \t]+/u)));
    }
  return out;
}
