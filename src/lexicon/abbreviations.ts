// Abbreviations whose final dot does not end a sentence, for the sentence splitters (src/nlp/sentences.ts,
// src/text/sentences.ts). Data only: lower-case, without the dot.

/** Abbreviations written with a final dot, lower-case, without the dot. Dotted forms with an inner dot
 *  (`s.h`, `m.si`, `a.n`) are recognised structurally and need no entry. */
export const SENTENCE_ABBREVIATIONS: readonly string[] = [
  // honorifics and academic titles
  'drs', 'dra', 'dr', 'h', 'hj', 'ir', 'prof', 'kh', 'tgh', 'ust', 'st', 'sh', 'se', 'mh', 'msi', 'mm', 'mpd',
  'spd', 'ssos', 'sip', 'skm', 'sst', 'bpk', 'ybs', 'sdr', 'sdri', 'ny', 'nn', 'tn',
  // regional and religious honorifics written short before a name (`Tgk. Zulkifli`, `Dt. Rajo`, `Pdt. Yohanes`,
  // `drg. Ani`), and given names written short (lexicon/honorifics.ts NAME_ABBREVIATIONS); `Tb.` is left to the
  // officials' name reader (it keeps `Tb.` in the name)
  'tgk', 'dt', 'pdt', 'drg', 'hm', 'ns', 'hi',
  'moh', 'muh', 'moch', 'mochd', 'mohd', 'muhd', 'mhd', 'abd', 'ach', 'achm', 'ch', 'chr', 'th', 'ph', 'fr', 'fx', 'yoh', 'ign',
  // addresses and references
  'no', 'jl', 'jln', 'gg', 'kec', 'kel', 'kab', 'prov', 'rt', 'rw', 'hlm', 'hal', 'vol', 'tel', 'telp', 'kp',
  // lists and Latin
  'dll', 'dsb', 'dst', 'dkk', 'sbb', 'yth', 'tsb', 'vs', 'etc', 'cs',
  // military and police ranks
  'kol', 'letkol', 'mayjen', 'brigjen', 'irjen', 'kompol', 'akbp', 'ipda', 'iptu', 'aiptu', 'bripka', 'serka',
];
