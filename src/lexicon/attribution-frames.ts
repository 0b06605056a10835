// Frames fronted inside reported content (issue 22, round 18): the words a reporter puts before the clause a
// `marked` reporting verb reports, when no `bahwa` or comma follows the verb.

/** Prepositions opening a frame of time, occasion or source before the reported clause (`mengungkapkan pada pemilu
 *  sebelumnya Bawaslu menerima laporan …`, `menyebutkan dari 4.318 pegawai, baru sekitar separuh …`, `menjelaskan
 *  dalam pemeriksaan itu dua pegawai mengakui …`, `menyampaikan hingga kini belum ada …`). Topic prepositions
 *  (`bagi`, `terkait`) are SUBJECT_PREPOSITIONS (attribution.ts); addressee ones (`kepada`) open no frame. */
export const CONTENT_FRAME_PREPOSITIONS: readonly string[] = [
  'pada', 'sejak', 'selama', 'sepanjang', 'dalam', 'dari', 'hingga', 'sampai', 'menjelang', 'jelang',
];
