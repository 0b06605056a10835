// Cue words for the topic gate (`--topic asn`, src/ingest/gate/topic.ts): is a web-archive page about
// civil servants (ASN) and elections at all? A cheap filter before cleaning and extraction, tuned to
// let through anything the extractors could use: recall matters more than precision here.
// Data only. Words are matched on lower-cased whole words; an entry ending in `*` matches a prefix.

/** Civil-service cues: a page must name the civil service (or its neutrality) to pass. */
export const CORE_CUES: readonly string[] = [
  'asn', 'pns', 'pppk', 'p3k', 'aparatur', 'aparatur sipil negara', 'pegawai negeri', 'pegawai negeri sipil',
  'netral*', 'ketidaknetral*', 'kasn', 'komisi aparatur', 'bkn', 'badan kepegawaian', 'bkd', 'bkpsdm',
  'kepegawaian', 'birokrasi', 'birokrat',
];

/** Election cues: they add to the score, but never pass a page alone. */
export const CONTEXT_CUES: readonly string[] = [
  'bawaslu', 'panwaslu', 'panwascam', 'gakkumdu', 'kpu', 'dkpp',
  'pilkada', 'pemilu', 'pilpres', 'pileg', 'pilgub', 'pilbup', 'pilwalkot', 'pilkades', 'pemilihan',
  'kampanye', 'paslon', 'pasangan calon', 'calon', 'politik praktis', 'politik uang', 'tps', 'coblos*',
  'kades', 'kepala desa', 'perangkat desa', 'tni', 'polri',
  'pj', 'penjabat', 'plt', 'sekda', 'bupati', 'wali kota', 'walikota', 'gubernur', 'camat', 'lurah',
  'pelanggaran', 'sanksi', 'disiplin', 'kode etik', 'imbau*', 'mengimbau', 'larang*', 'dilarang',
];

/** A core cue counts this many points, a context cue one. */
export const CORE_WEIGHT = 2;
/** Points a page needs to pass, with at least one core cue among them. Two core mentions, or one with
 *  one election cue, are enough: `ASN diminta netral` passes, a sports page that says `TNI` once does not. */
export const TOPIC_THRESHOLD = 3;
