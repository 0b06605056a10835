// Words of forecasts and targets for the VIOLATION COUNTS extractor (extract/violations/forecasts.ts, parsers.ts): a
// figure governed by one of them is qualifier `forecast` and never added to what was counted. Data only; lower-case.
// Re-exported by violations.ts.

/** Words of a forecast or target: a figure in a clause governed by one of them is qualifier `forecast`
 *  ("diperkirakan mencapai 60 kasus", "memprediksi … akan naik hingga 50 kasus") and is never added to what was
 *  counted. Read in the clause before the number (back to the sentence start or a contrast word). */
export const FORECAST_CUES: readonly string[] = [
  // the closed class of forecast and target verbs, each root with its passive, active and noun forms (the bare
  // roots of headlines are FORECAST_HEADLINE_ROOTS)
  'diprediksi', 'diprediksikan', 'memprediksi', 'memprediksikan', 'prediksi',
  'diperkirakan', 'memperkirakan', 'perkiraan', 'diprakirakan', 'memprakirakan', 'prakiraan',
  'diproyeksikan', 'memproyeksikan', 'proyeksi',
  'ditargetkan', 'menargetkan', 'target',
  'diramalkan', 'meramalkan', 'ramalan',
  'diestimasi', 'diestimasikan', 'mengestimasi', 'mengestimasikan', 'estimasi',
  'ditaksir', 'menaksir', 'taksiran',
  'berpotensi', 'berpeluang',
];
/** The bare roots of those verbs, as headlines write them ("Bawaslu NTB Perkirakan Laporan Netralitas ASN Tembus 80"):
 *  a forecast only with a verb of change (FORECAST_CHANGES) a few words after them, before the figure; "Bawaslu
 *  Targetkan Kajian 50 Laporan Rampung" names the object of a target, not its value. */
export const FORECAST_HEADLINE_ROOTS: readonly string[] = [
  'prediksikan', 'perkirakan', 'prakirakan', 'proyeksikan', 'targetkan', 'ramalkan', 'estimasikan', 'taksir',
];
/** A modal followed (within a word) by a verb of change is a forecast too: "bisa bertambah hingga 10 kasus",
 *  "akan naik hingga 50 kasus", "berpotensi menembus 40". */
export const FORECAST_MODALS: readonly string[] = [
  'akan', 'bakal', 'bisa', 'dapat', 'mungkin', 'kemungkinan', 'berpotensi', 'berpeluang', 'diprediksi', 'diperkirakan',
  'diproyeksikan', 'ditargetkan', 'diyakini',
];
export const FORECAST_CHANGES: readonly string[] = [
  'naik', 'bertambah', 'meningkat', 'mencapai', 'menembus', 'melonjak', 'membengkak', 'tembus', 'menyentuh',
  'melampaui', 'melebihi',
  // the bare roots of headlines ("… Bisa Capai 60")
  'capai', 'sentuh', 'lampaui', 'lebihi',
];

/** Words between a forecast's verb of change and a bare figure ("memperkirakan jumlah aduan masih akan bertambah hingga
 *  45", "memprediksi angka itu naik sampai 45"): with a subject pointing back to a count (QUANTITY_HEADS, "-nya", a
 *  demonstrative), the figure is a forecast of that count, in its unit (forecasts.ts bareForecasts). */
export const FORECAST_BOUNDS: readonly string[] = ['hingga', 'sampai', 'menjadi', 'jadi', 'ke angka', 'di angka', 'pada angka'];

/** Prepositions that make the figure after them an existing object of the forecast or target, not its value:
 *  "menargetkan kajian atas 50 laporan rampung pekan ini", "diprediksi naik dari 12 menjadi 20" (12 is no forecast). */
export const FORECAST_OBJECT_PREPOSITIONS: readonly string[] = ['atas', 'terhadap', 'dari'];
