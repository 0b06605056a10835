// DATA for cleaning's hard-wrap join (src/clean/wrap.ts, issue 22: "Lines hard-wrapped at a fixed width in the middle
// of a sentence are joined again before extraction").
import { NAME_ABBREVIATIONS, SENTENCE_NAME_HONORIFICS } from './honorifics.js';

/** Abbreviations written with a dot BEFORE a name (a hajj, academic or religious honorific, an address, an abbreviated
 *  given name): a line that ends with one ends in the middle of a name, never a sentence, so the next line opening with
 *  a capital is the rest of the name ("… Kepala Dinas Pendidikan Drs." / "H. Ahmad Fauzi mengatakan …"). Case as
 *  written: "dr." (a physician) and "Dr." (a doctorate) both; "Pak."/"Bu." are words and can end a quoted sentence. */
export const WRAP_NAME_ABBREVIATIONS: readonly string[] = [
  ...SENTENCE_NAME_HONORIFICS,
  'Dra', 'dr', 'drg', 'HM', 'H.M', 'K.H', 'TGB', 'Tgk', 'Ust', 'Sdr', 'Sdri',
  ...NAME_ABBREVIATIONS,
];
