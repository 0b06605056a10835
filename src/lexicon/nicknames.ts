// Nicknames and naming cues (split from lexicon/attribution.ts, which re-exports them, to keep it under 500 lines).
/** Words that introduce a person's nickname or name inside a descriptive phrase: `akrab disapa Anam`. */
export const NICKNAME_CUES: readonly string[] = ['disapa', 'dipanggil', 'bernama', 'sapaan', 'panggilan'];
/** Words between a nickname and its cue written after it, and after the cue (`kata Febri, sapaan akrabnya`, `ujar
 *  Ijul, begitu ia akrab disapa`, `Rizki, panggilan akrabnya,`): the nickname is given to the person named before. */
export const NICKNAME_BEFORE_CUE_WORDS: readonly string[] = ['begitu', 'ia', 'dia', 'beliau', 'akrab', 'biasa', 'karib'];
/** The naming verb among them: it gives the person just mentioned another name only in a relative clause (`Kepala desa
 *  itu, yang bernama Slamet, …`); elsewhere it introduces someone new (`seorang lurah bernama Budi Santoso`). */
export const NAMING_CUE = 'bernama';
