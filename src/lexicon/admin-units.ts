// DATA: the words of the administrative levels as the officials and regions extractors read them around a place's
// name: the level words before a region (`Kabupaten`, `kab.`), the units below a regency (`Kecamatan`, `Desa`), and
// the words a place's name stands after (`di Polman`, `Bawaslu Polman`). Moved here from src/extract/ (issue 19:
// lexicons are data in src/lexicon/); each list keeps the words, and their meaning, of the rule that reads it.

/** The units of a village, in a post's complement (`Kepala Desa Sukamaju`, `Lurah Kelurahan X`): the place after
 *  them is a village's, below the district (officials/complement.ts). Lower case. */
export const VILLAGE_UNITS: readonly string[] = ['desa', 'kelurahan'];

/** The units below a regency whose word may end a post's phrase, its place written apart or not at all
 *  (`Ketua Panwaslu Kecamatan`, `Kepala Desa`): officials/complement-place.ts. As written (capitalised). */
export const POST_ENDING_UNITS: readonly string[] = ['Kecamatan', 'Desa', 'Kelurahan', 'Distrik', 'Kalurahan', 'Kapanewon'];

/** The level words of a regency, a city or a province written in lower case before a lower-case region after a
 *  lower-case title (`kata kepala dinas kominfo kota madiun, …`): officials/lower-region.ts. */
export const LOWER_CASE_LEVELS: readonly string[] = ['kota', 'kabupaten', 'kab.', 'provinsi'];

/** The prefixes of a region's name that are its level, in full or abbreviated (`Kabupaten Bima`, `Kab. Bima`,
 *  `Kota Adm. Jakarta Pusat`, `Prov. NTB`): their last word cues a region (regions/cues.ts). Lower case. */
export const REGION_PREFIX_WORDS: readonly string[] = ['kabupaten', 'kab', 'kota', 'administrasi', 'adm', 'provinsi', 'prov'];

/** The words a place's name stands after, never a person's (`Kabupaten Polman`, `Pemkab Polman`, `Polres Polman`,
 *  `di Polman`, `se-Polman`, `wilayah Polman`): a capitalised word after a title that is written elsewhere only after
 *  these is a place, not the holder (officials/parsers/name-after-title.ts). Lower case. */
export const PLACE_NAME_LEADS: readonly string[] = ['kabupaten', 'kota', 'provinsi', 'kecamatan', 'pemkab', 'pemkot', 'pemprov', 'polres', 'kodim', 'di', 'ke', 'dari', 'se', 'wilayah'];

/** The level prefixes of a region's span, in full, abbreviated and upper case (`Kabupaten Katingan`, `KAB. KATINGAN`,
 *  `Kota Adm. Jakarta Pusat`, `Prov. NTB`): dropped for the bare name (officials/index.ts, ADMIN_PREFIX_RE). As
 *  written: the regex has no `i` flag, so no lower-case prefix is dropped. */
export const REGION_SPAN_PREFIXES: readonly string[] = [
  'Kabupaten', 'KABUPATEN', 'Kab.', 'Kab', 'KAB.', 'KAB',
  'Kota Administrasi', 'Kota Adm.', 'Kota', 'KOTA',
  'Provinsi', 'PROVINSI', 'Prov.', 'Prov',
];

/** Words before `Kota` that make it part of a title, not an admin word before a place (`Wali Kota Hendra Gunawan`:
 *  the holder's name follows). */
export const CITY_TITLE_BEFORE: readonly string[] = ['Wali', 'WALI', 'wali', 'Wakil Wali', 'Penjabat Wali'];

/** A city's, regency's or province's mark before its name on a place line ("Kota Banjarbaru", "Kab. Banjar",
 *  "Prov. Kalsel"), lower-case: clean/menu-rows.ts PLACE_MARK. */
export const PLACE_LINE_MARKS: readonly string[] = ['kota', 'kabupaten', 'kab.', 'kab', 'provinsi', 'prov.', 'prov'];
