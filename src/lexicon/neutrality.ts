// Topic cues: is a statement about ASN neutrality? Matching is on natural's Indonesian stems of the
// statement's tokens (so `kenetralan`, `netralnya`, `pelanggaran`, `melanggar` all count), plus a few
// multi-word phrases matched on the lower-cased, space-squashed text.

/** Stems that mark the topic on their own. A token counts when its stem equals the entry, or (for
 *  `prefixStem`) starts with it (`netralitas`, `netralitasnya` are left unstemmed by natural). */
export const NEUTRALITY_STEMS: ReadonlyArray<{ stem: string; prefixStem?: boolean }> = [
  // neutrality itself
  { stem: 'netral', prefixStem: true },
  // campaigning
  { stem: 'kampanye' },
  // sanctions and violations
  { stem: 'sanksi' },
  { stem: 'langgar' },
];

/** Stems that only count in an affixed form: `pihak` alone is "party/side" (`seluruh pihak`), but
 *  `memihak`, `berpihak`, `keberpihakan` are about taking sides. The token must start with one of `prefixes`. */
export const NEUTRALITY_AFFIXED: ReadonlyArray<{ stem: string; prefixes: readonly string[] }> = [
  { stem: 'pihak', prefixes: ['mem', 'ber', 'keber', 'diper', 'dipihak'] },
];

/** Negated nominal forms natural does not stem: `ketidaknetralan` → `kenetralan`, `ketidakberpihakan`
 *  → `keberpihakan`. The prefix is replaced by `ke` before stemming. */
export const NEGATION_PREFIXES: readonly string[] = ['ketidak'];

/** Phrases (lower-case, single spaces) that mark the topic: `politik praktis`, `politik uang`. */
export const NEUTRALITY_PHRASES: readonly string[] = [
  'politik praktis',
  'politik uang',
  'money politic',
  'tidak netral',
  'kode etik',
  'disiplin pegawai',
  'hukuman disiplin',
];
