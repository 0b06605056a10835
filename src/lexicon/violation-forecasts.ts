// Words of forecasts and targets for the VIOLATION COUNTS extractor (extract/violations/forecasts.ts, parsers.ts): a
// figure governed by one of them is qualifier `forecast` and never added to what was counted. Data only; lower-case.
// Re-exported by violations.ts.

/** Words of a forecast or target: a figure in a clause governed by one of them is qualifier `forecast`
 *  ("diperkirakan mencapai 60 kasus", "memprediksi … akan naik hingga 50 kasus") and is never added to what was
 *  counted. Read in the clause before the number (back to the sentence start or a contrast word). */
export const FORECAST_CUES: readonly string[] = [
  'diprediksi', 'memprediksi', 'prediksi', 'diperkirakan', 'memperkirakan', 'perkiraan', 'diproyeksikan',
  'memproyeksikan', 'proyeksi', 'ditargetkan', 'menargetkan', 'target', 'berpotensi', 'diramalkan', 'meramalkan',
  'diprakirakan',
];
/** A modal followed (within a word) by a verb of change is a forecast too: "bisa bertambah hingga 10 kasus",
 *  "akan naik hingga 50 kasus", "berpotensi menembus 40". */
export const FORECAST_MODALS: readonly string[] = ['akan', 'bisa', 'dapat', 'berpotensi', 'kemungkinan', 'diprediksi', 'diperkirakan'];
export const FORECAST_CHANGES: readonly string[] = [
  'naik', 'bertambah', 'meningkat', 'mencapai', 'menembus', 'melonjak', 'membengkak', 'tembus', 'menyentuh',
  // the bare roots of headlines ("… Bisa Capai 60")
  'capai', 'sentuh',
];

/** Words between a forecast's verb of change and a bare figure ("memperkirakan jumlah aduan masih akan bertambah hingga
 *  45", "memprediksi angka itu naik sampai 45"): with a subject pointing back to a count (QUANTITY_HEADS, "-nya", a
 *  demonstrative), the figure is a forecast of that count, in its unit (forecasts.ts bareForecasts). */
export const FORECAST_BOUNDS: readonly string[] = ['hingga', 'sampai', 'menjadi', 'jadi', 'ke angka', 'di angka', 'pada angka'];

/** Prepositions that make the figure after them an existing object of the forecast or target, not its value:
 *  "menargetkan kajian atas 50 laporan rampung pekan ini", "diprediksi naik dari 12 menjadi 20" (12 is no forecast). */
export const FORECAST_OBJECT_PREPOSITIONS: readonly string[] = ['atas', 'terhadap', 'dari'];
