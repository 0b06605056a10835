// The one list of sentence abbreviations: words written with a final dot that does not end a sentence (`Drs.`,
// `No.`, `dll.`). Data only: lower-case, without the dot. Both sentence splitters read it (issue 19: "one list of
// abbreviations"):
//   - `quote`: the quote-aware splitter (src/nlp/sentences.ts, SENTENCE_ABBREVIATIONS). It tells initials (`H.`)
//     and dotted forms with an inner dot (`S.H.`, `M.Si.`, `a.n.`) by their shape, so it needs no single letters
//     and no second half of a dotted degree;
//   - `line`: the line splitter of the dates, counts and reporter extractors (src/text/sentences.ts,
//     NON_FINAL_ABBREVIATIONS). It reads only the letters right before the dot, so `S.Sos.` is `sos` to it and
//     `H.` is `h`: it needs single letters and the halves of degrees.
// The two splitters do not read the same words yet: each row says which reads it. Making them agree changes output
// (a separate change, measured on the eval gate), so the differences stay visible here, row by row.

type Splitters = 'both' | 'quote' | 'line';

const ROWS: ReadonlyArray<readonly [Splitters, readonly string[]]> = [
  // honorifics and academic titles
  ['both', ['drs', 'dra', 'dr', 'h', 'hj', 'ir', 'prof', 'kh', 'st', 'sh', 'se', 'mh', 'msi', 'mm', 'mpd', 'bpk', 'sdr', 'hm']],
  ['quote', ['tgh', 'ust', 'spd', 'ssos', 'sip', 'skm', 'sst', 'ybs', 'sdri', 'ny', 'nn', 'tn']],
  ['line', ['mr', 'mrs']],
  // the second halves of dotted degrees (`S.Sos.`, `S.Pd.`, `S.Kom.`, `M.Si.`, `S.Ak.`, `S.I.Pol.`): the line splitter
  // sees only the letters after the last inner dot
  ['line', ['pol', 'sos', 'pd', 'kom', 'si', 'ak']],
  // regional and religious honorifics written short before a name (`Tgk. Zulkifli`, `Dt. Rajo`, `Pdt. Yohanes`,
  // `drg. Ani`); `Tb.` is left to the officials' name reader (it keeps `Tb.` in the name)
  ['quote', ['tgk', 'dt', 'pdt', 'drg', 'ns', 'hi']],
  // given names written short (lexicon/honorifics.ts NAME_ABBREVIATIONS)
  ['both', ['moh', 'muh']],
  ['quote', ['moch', 'mochd', 'mohd', 'muhd', 'mhd', 'abd', 'ach', 'achm', 'ch', 'chr', 'th', 'ph', 'fr', 'fx', 'yoh', 'ign']],
  // initials (`M. Yusuf`, `H. Ahmad`): the quote-aware splitter reads any one capital before a dot as one
  ['line', ['m', 's', 'a', 'b', 'c', 'd', 'e', 'i', 'j', 'k', 'l', 'n', 'p', 'r', 't', 'u', 'w', 'y']],
  // addresses and references
  ['both', ['no', 'jl', 'kec', 'kel', 'kab']],
  ['quote', ['jln', 'gg', 'prov', 'rt', 'rw', 'hlm', 'hal', 'vol', 'tel', 'telp', 'kp']],
  ['line', ['tgl', 'ds']],
  // lists and Latin
  ['quote', ['dll', 'dsb', 'dst', 'dkk', 'sbb', 'yth', 'tsb', 'vs', 'etc', 'cs']],
  // military and police ranks
  ['quote', ['kol', 'letkol', 'mayjen', 'brigjen', 'irjen', 'kompol', 'akbp', 'ipda', 'iptu', 'aiptu', 'bripka', 'serka']],
];

/** Every sentence abbreviation the tool knows (the union of the views below). */
export const ABBREVIATIONS: readonly string[] = ROWS.flatMap(([, words]) => words);

const view = (splitter: 'quote' | 'line'): readonly string[] => ROWS.flatMap(([s, words]) => (s === 'both' || s === splitter ? words : []));

/** The quote-aware splitter (src/nlp/sentences.ts): abbreviations written with a final dot. Dotted forms with an
 *  inner dot (`s.h`, `m.si`, `a.n`) and initials are recognised structurally and need no entry. */
export const SENTENCE_ABBREVIATIONS: readonly string[] = view('quote');

/** The line splitter (src/text/sentences.ts): abbreviations whose final dot does not end a sentence (`Drs. HM Juaini`). */
export const NON_FINAL_ABBREVIATIONS: readonly string[] = view('line');
