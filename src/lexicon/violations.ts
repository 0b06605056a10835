// Words for the VIOLATION COUNTS extractor (src/extract/violations) and the election names the
// DATES extractor turns into `Election` records. Data only; keys lower-case unless noted.
import { lookupTable } from '../util/table.js';

// the words of per-region breakdowns and rankings live in violation-lists.ts
export * from './violation-lists.js';
// forecast and target words in violation-forecasts.ts; reporting bodies, recipients and election names in
// violation-bodies.ts
export * from './violation-forecasts.js';
export * from './violation-bodies.js';
export * from './violation-bounds.js';
export * from './violation-clause.js';

/** Case nouns a count can be "of" → the unit reported. These need a violation cue in the sentence
 *  (`5 laporan keuangan` is not a violation count). */
export const CASE_UNITS: Readonly<Record<string, string>> = lookupTable({
  // the violation itself
  pelanggaran: 'pelanggaran',
  // proceedings and complaints
  perkara: 'perkara', kasus: 'kasus', laporan: 'laporan', aduan: 'aduan', pengaduan: 'aduan',
  // supervisory findings and their outcome
  temuan: 'temuan', rekomendasi: 'rekomendasi', putusan: 'putusan',
  // election crimes ("memproses 3 dugaan tindak pidana pemilu")
  'tindak pidana': 'tindak pidana',
  // the sanctions imposed, counted by kind ("terdiri atas 121 hukuman disiplin sedang dan 62 hukuman disiplin berat",
  // "berupa tiga sanksi teguran tertulis")
  'hukuman disiplin': 'sanksi', sanksi: 'sanksi',
});

/** Canonical units that name a violation or its outcome themselves and need no cue of their own, only the domain:
 *  the violation ("12 pelanggaran"), a sanction (imposed for a violation only: "yakni 14 hukuman disiplin ringan dan 5
 *  hukuman disiplin sedang" after "menjatuhkan sanksi kepada 19 ASN yang terbukti tidak netral"), the people reported
 *  ("Empat dari sembilan terlapor merupakan kepala desa": a party to a report). */
export const SELF_CUED_UNITS: readonly string[] = ['pelanggaran', 'sanksi', 'terlapor'];
/** Canonical units of what was imposed ("121 hukuman disiplin sedang", "tiga sanksi teguran", "Sanksi berat ada 41"):
 *  never taken from inside the clause before a figure given after a cue ("ASN yang sudah dijatuhi sanksi tidak lebih
 *  dari delapan" counts ASN), from a label ("hukuman disiplin berat: 2 orang" counts people) nor after a classifier
 *  ("dua orang hukuman disiplin" counts people: the classifier is the unit). */
export const IMPOSED_UNITS: readonly string[] = ['sanksi'];

/** Person nouns: `15 ASN dilaporkan`. They count only when the sentence is about a violation,
 *  a report or a sanction (see PERSON_ACTION_CUES). */
export const PERSON_UNITS: Readonly<Record<string, string>> = lookupTable({
  // civil servants
  asn: 'ASN', pns: 'PNS', pppk: 'PPPK', pegawai: 'pegawai', aparatur: 'ASN',
  // generic
  orang: 'orang', oknum: 'oknum',
  // the party a report names ("Empat dari sembilan terlapor merupakan kepala desa": a count of the people reported)
  terlapor: 'terlapor',
  // officials and village heads (issue 22: "3 pejabat dan 6 kepala desa yang diduga tidak netral")
  pejabat: 'pejabat', 'kepala desa': 'kepala desa', kades: 'kepala desa', 'perangkat desa': 'perangkat desa',
  'aparat desa': 'perangkat desa', lurah: 'lurah', camat: 'camat', pamong: 'pamong', 'kepala sekolah': 'kepala sekolah',
  guru: 'guru', honorer: 'honorer',
  // the regional titles of a village head (the closed class: Papua, Riau kampung; Aceh gampong, geuchik/keuchik;
  // Sumatera Barat nagari; Bali perbekel; Toraja lembang; Lampung pekon, tiyuh; Maluku negeri, ohoi; Minahasa hukum
  // tua; Bolaang Mongondow sangadi; DIY kalurahan) and of a district head (Papua distrik, DIY panewu)
  'kepala kampung': 'kepala desa', 'kepala gampong': 'kepala desa', geuchik: 'kepala desa', keuchik: 'kepala desa',
  'wali nagari': 'kepala desa', 'kepala nagari': 'kepala desa', perbekel: 'kepala desa', 'kepala lembang': 'kepala desa',
  'kepala pekon': 'kepala desa', 'kepala tiyuh': 'kepala desa', 'kepala negeri': 'kepala desa', 'kepala ohoi': 'kepala desa',
  'hukum tua': 'kepala desa', sangadi: 'kepala desa', 'kepala kalurahan': 'kepala desa', 'kepala kelurahan': 'lurah',
  'kepala dusun': 'perangkat desa', kadus: 'perangkat desa', 'kepala jorong': 'perangkat desa',
  'kepala distrik': 'camat', panewu: 'camat',
  // (the rest of the class: Simalungun pangulu (nagori), Aceh Tamiang datok penghulu, Cirebon and Indramayu kuwu, Banjar
  // pambakal, Lampung Barat peratin)
  pangulu: 'kepala desa', 'pangulu nagori': 'kepala desa', 'kepala nagori': 'kepala desa', 'datok penghulu': 'kepala desa',
  'datuk penghulu': 'kepala desa', kuwu: 'kepala desa', pambakal: 'kepala desa', pembakal: 'kepala desa', peratin: 'kepala desa',
  // (not 'staf': "Bawaslu memiliki 30 staf penanganan pelanggaran" is the supervisors' own staff, dev blind7 m01)
});

/** Verbs of a finding right after `N orang` that make the people offenders, beside PERSON_ACTION_CUES ("tidak kurang
 *  dari 8 orang memenuhi unsur pelanggaran"). Not offence cues of their own: "dua di antaranya tidak memenuhi unsur"
 *  says nothing of the people of the next sentence. */
export const ORANG_FINDING_VERBS: readonly string[] = ['memenuhi unsur', 'terbukti'];

/** Role compounds headed by a person unit that name an office acting on cases, never the offenders counted:
 *  "mengirim surat kepada 545 pejabat pembina kepegawaian" (the PPK who impose sanctions). Read right after the unit. */
export const PERSON_ROLE_COMPOUNDS: readonly string[] = [
  'pembina kepegawaian', 'pembuat komitmen', 'pengelola informasi', 'pengadaan', 'penilai', 'yang berwenang',
];

/** Which group a canonical unit belongs to: a count of cases (violations, reports, findings) or of people. Two
 *  mentions of one figure in different words of the same group ("5 kasus", later "5 pelanggaran") are one claim. */
export function unitGroup(unit: string): 'case' | 'person' {
  return Object.values(PERSON_UNITS).includes(unit) ? 'person' : 'case';
}

/** Words allowed between a number and its unit: `12 dugaan pelanggaran`, `5 orang ASN`. */
export const COUNT_FILLERS: readonly string[] = ['orang', 'buah', 'dugaan', 'oknum', 'berkas', 'tenaga'];

/** Cues that the sentence is about the election / neutrality domain at all. */
export const DOMAIN_CUES: readonly string[] = [
  'netralitas', 'netral', 'asn', 'pns', 'aparatur', 'pppk', 'pemilu', 'pilkada', 'pilpres', 'pileg', 'pemilihan',
  'bawaslu', 'panwaslu', 'panwascam', 'kasn', 'bkn', 'kampanye', 'politik', 'kpu', 'gakkumdu', 'pilkades',
  // every one-word election name of ELECTION_NAMES (a test checks it) and the other supervisory bodies
  'pemilukada', 'pilgub', 'pilbup', 'pilwalkot', 'pilwali', 'pilwako', 'panwaslih', 'panwaskel', 'dkpp', 'kpud',
];

/** Cues that a case noun is about violations (`1.010 perkara … netralitas`). */
export const VIOLATION_CUES: readonly string[] = [
  'pelanggaran', 'melanggar', 'pelanggar', 'netralitas', 'dugaan', 'sanksi', 'dilaporkan', 'terlapor', 'pelapor',
  'laporan', 'temuan', 'aduan', 'pengaduan', 'rekomendasi', 'direkomendasikan', 'terbukti', 'tidak netral',
  'ketidaknetralan', 'ditindaklanjuti', 'tindaklanjuti', 'menindaklanjuti', 'ditangani', 'penanganan', 'diproses', 'perkara',
  // handling of complaints: news/13 "Sebanyak 30 kasus sudah kami teruskan ke BKN"; news/08 "belasan laporan lain
  // yang masih diverifikasi"
  'diteruskan', 'teruskan', 'meneruskan', 'rekomendasikan', 'diverifikasi', 'dikaji', 'kajian', 'diklarifikasi', 'klarifikasi',
  // kinds of election violations other than neutrality ("menerima 2 laporan politik uang")
  'politik uang', 'money politic', 'money politics', 'kode etik',
  // outcomes of handling ("2 laporan lain dihentikan", "tidak memenuhi unsur")
  'dihentikan', 'memenuhi unsur',
  // registration of a report, a stage of its handling ("27 di antaranya diregistrasi", "- Diregistrasi: 11")
  'diregistrasi', 'diregister', 'teregistrasi', 'teregister', 'registrasi',
];

/** Cues that a number of people are offenders: `15 ASN dilaporkan`, `12 ASN diberi sanksi`. */
const PERSON_ACTION_BASE: readonly string[] = [
  'dilaporkan', 'terlapor', 'melanggar', 'pelanggaran', 'terbukti', 'sanksi', 'dijatuhi', 'diberi sanksi',
  'direkomendasikan', 'merekomendasikan', 'rekomendasi', 'melaporkan', 'diperiksa', 'diklarifikasi', 'dipanggil', 'tidak netral',
  'ketidaknetralan', 'ditindak', 'diproses', 'kedapatan', 'terjaring', 'disanksi', 'dihukum', 'dicopot',
  // suspected involvement: news/08 "menemukan tiga ASN yang diduga terlibat kampanye terselubung"
  // (not a bare 'terlibat': "ASN diminta tidak terlibat politik praktis" is an appeal)
  // (not a bare 'terlibat': "ASN diminta tidak terlibat politik praktis" is an appeal; 'diduga' is: "diduga ikut
  // kampanye", "yang diduga tidak netral")
  'diduga', 'dimintai keterangan', 'dimintai klarifikasi', 'dijatuhkan', 'menjatuhkan',
  // findings of the supervisors ("Panwascam menemukan lima kepala desa yang menghadiri kampanye")
  'menemukan', 'ditemukan', 'pemeriksaan', 'memeriksa',
  // a relative clause of involvement right after the people counted ("puluhan kepala desa yang terlibat politik
  // praktis"): a finding, unlike an appeal not to take part ("diminta tidak terlibat")
  'yang terlibat',
  // the other words of suspicion beside 'diduga' ("ASN yang terindikasi ikut berkampanye", "disinyalir tidak netral")
  'terindikasi', 'disinyalir', 'ditengarai',
  // campaigning is the offence itself for a civil servant ("ASN yang ikut berkampanye")
  'berkampanye', 'ikut kampanye',
  // the evidence of a finding ("lima ASN yang cukup bukti untuk diteruskan ke BKN", "dua ASN tidak cukup bukti")
  'cukup bukti', 'bukti cukup',
  // a case passed on for sanction is about its offenders ("Tujuh guru sudah diteruskan ke BKN", "lima ASN yang kasusnya
  // dilimpahkan ke KASN"): the forward verbs of case handling (not 'dikirim' or 'disampaikan', said of letters)
  'diteruskan', 'teruskan', 'dilimpahkan',
];

/** The active (meN-) form of a passive verb `di<root>`: the nasal prefix assimilates to the root's first sound
 *  (periksa → memeriksa, panggil → memanggil, tindak → menindak, sanksi → menyanksi, klarifikasi → mengklarifikasi,
 *  proses → memproses, laporkan → melaporkan, copot → mencopot, hukum → menghukum). A root opening with a consonant
 *  cluster keeps its first consonant. Returns null for a word that is not `di` + root. */
export function activeOf(passive: string): string | null {
  const m = /^di(\p{Ll}{3,})$/u.exec(passive);
  if (m === null) return null;
  const root = m[1]!;
  const first = root[0]!;
  const cluster = !/[aiueo]/u.test(root[1]!);
  if ('ptks'.includes(first) && !cluster) return { p: 'mem', t: 'men', k: 'meng', s: 'meny' }[first]! + root.slice(1);
  if ('lrmnwy'.includes(first)) return 'me' + root;
  if ('pbfv'.includes(first)) return 'mem' + root;
  if ('tcdjzs'.includes(first)) return 'men' + root;
  return 'meng' + root;
}

/** Pronouns that stand as the agent of a bare-root passive ("yang kami periksa"). */
export const AGENT_PRONOUNS: readonly string[] = ['kami', 'kita', 'saya', 'ia', 'mereka'];

/** Actions done to or by people counted as offenders: PERSON_ACTION_BASE and the active form of each passive verb
 *  in it, first word of a phrase ("Bawaslu juga memproses 14 kepala desa", "memanggil tiga camat", "menindak"). */
export const PERSON_ACTION_CUES: readonly string[] = [
  ...new Set([
    ...PERSON_ACTION_BASE,
    ...PERSON_ACTION_BASE.flatMap((w) => {
      const [head, ...rest] = w.split(' ');
      const a = activeOf(head!);
      return a === null ? [] : [[a, ...rest].join(' ')];
    }),
    // the passive with a pronoun agent ("tujuh kepala desa yang sudah kami periksa", "ASN yang kami panggil"): the
    // bare root after the pronoun
    ...PERSON_ACTION_BASE.flatMap((w) => {
      const [head, ...rest] = w.split(' ');
      if (activeOf(head!) === null) return [];
      const root = [head!.slice(2), ...rest].join(' ');
      return AGENT_PRONOUNS.map((p) => `${p} ${root}`);
    }),
  ]),
];

/** Words linking a case noun to an election right after it ("menerima sedikitnya enam laporan terkait Pilbup Mimika
 *  2024"): reports and complaints about an election that a body receives are reports of violations. */
export const CASE_TOPIC_LINKS: readonly string[] = ['terkait', 'soal', 'tentang', 'mengenai', 'seputar', 'menyangkut', 'dalam'];
/** The topic links that may tie a case noun to the people it is about ("menerima tiga aduan soal ASN", "dua aduan warga
 *  soal ASN yang …", "laporan terkait kepala desa"): a complaint about civil servants is a report of an offence. ("dalam"
 *  is a place or an event, never whom a complaint is about.) */
export const PERSON_TOPIC_LINKS: readonly string[] = [
  ...CASE_TOPIC_LINKS.filter((w) => w !== 'dalam'),
  // the noun of the people's involvement ("Ketika itu, Panwaslu … menangani lima kasus keterlibatan ASN", round 16):
  // a case of civil servants' involvement is a case of their offence
  'keterlibatan',
];
/** Words linking a case noun to the people it is about ("laporan terhadap 7 pejabat eselon II", "aduan atas 4 ASN",
 *  "Laporan itu menyasar 9 camat", "kasus yang menyeret 5 kepala desa"): the people counted are the reported. */
export const CASE_TARGET_LINKS: readonly string[] = ['terhadap', 'atas', 'menyasar', 'menyeret', 'mengenai'];

/** Nouns among PERSON_ACTION_CUES: a sentence that only names the offence ("Foto bersama calon juga termasuk
 *  pelanggaran netralitas") does not make a bare count of people in the next one ("… oleh 45 kepala desa dan 8
 *  camat.") a count of offenders; an action done to or by them does ("diduga melanggar", "diperiksa"). */
export const PERSON_NOUN_CUES: readonly string[] = ['pelanggaran', 'rekomendasi', 'sanksi', 'pemeriksaan', 'ketidaknetralan'];

/** Verbs of attending or taking part right after a person count: the people are an audience, not offenders
 *  (news/14 "sebanyak 200 ASN hadir dalam sosialisasi pencegahan pelanggaran netralitas"; news/06 "Deklarasi
 *  diikuti 1.500 ASN"). A count whose unit is followed by one of these is dropped whatever else the clause says. */
export const PERSON_ATTENDANCE_VERBS: readonly string[] = [
  'hadir', 'menghadiri', 'mengikuti', 'ikut serta', 'berpartisipasi', 'diundang', 'dilantik', 'menandatangani',
  'mendeklarasikan', 'berikrar', 'mengucapkan', 'memadati', 'berkumpul', 'diberi pembekalan', 'mendapat sosialisasi',
  'menerima sosialisasi', 'dikukuhkan', 'terdaftar', 'bertugas',
];

/** Words that start a new clause inside a sentence: a forecast cue before one of them does not reach a figure
 *  after it ("memprediksi naik, sementara saat ini tercatat 31 kasus"). */
export const CONTRAST_WORDS: readonly string[] = [
  'sementara', 'sedangkan', 'namun', 'tetapi', 'tapi', 'padahal', 'adapun', 'saat ini', 'kini', 'hingga kini', 'sejauh ini',
];

/** Contrast words before a bare stage figure that is a part of the count before it in its sentence ("menerima 15
 *  laporan dari masyarakat, namun 9 tidak memenuhi syarat formil"; stage-parts.ts). */
export const PART_CONTRASTS: readonly string[] = ['namun', 'tetapi', 'tapi', 'akan tetapi', 'sedangkan', 'sementara', 'meski', 'walaupun'];

/** A figure in a sentence with one of these and no election of its own is from another time than the article's
 *  election ("Tahun lalu, Bawaslu DIY menangani 4 kasus"): it takes no election by default. */
export const PAST_YEAR_PHRASES: readonly string[] = ['tahun lalu', 'tahun sebelumnya', 'tahun kemarin', 'setahun lalu'];
/** A figure of "this year" in an article comparing elections is of the latest one it names ("Tahun ini, 18 dari 25
 *  kasus …" after "naik dari 12 kasus pada Pilkada 2018 menjadi 25 kasus pada Pilkada 2024"). */
export const PRESENT_YEAR_PHRASES: readonly string[] = ['tahun ini', 'kali ini', 'saat ini', 'sekarang'];

/** Words joining the two ends of a range: "30 sampai 40 laporan", "10 hingga 15 ASN", "5-7 aduan". */
export const RANGE_JOINERS: readonly string[] = ['hingga', 'sampai', 'sampai dengan', 's.d.', 's/d', '-', '–'];

/** Cues that a figure is about the neutrality of civil servants and officials only (scope `neutrality`);
 *  a figure without one, next to a kind of violation that is not neutrality or as the whole of a neutrality
 *  part, covers all violations (scope `all`). */
export const NEUTRALITY_CUES: readonly string[] = [
  'netralitas', 'netral', 'ketidaknetralan', 'asn', 'pns', 'aparatur', 'pppk', 'kepala desa', 'kades', 'perangkat desa',
];

/** Of NEUTRALITY_CUES, the words that name neutrality as a kind of violation, not the people it concerns: a case part
 *  "menyangkut netralitas ASN" says its whole covers more; "melibatkan kepala desa" does not. */
export const NEUTRALITY_KIND_WORDS: readonly string[] = ['netralitas', 'netral', 'ketidaknetralan'];

/** Kinds of election violations that are not neutrality ("15 pelanggaran kode etik", "2 laporan politik uang"). */
export const OTHER_VIOLATION_KINDS: readonly string[] = [
  'kode etik', 'etik', 'administrasi', 'administratif', 'politik uang', 'money politic', 'money politics',
  'tindak pidana', 'pidana', 'pelanggaran hukum lainnya', 'hukum lainnya',
];

/** Words that may follow a unit that stands for a set already named ("menangani 4 kasus.", "6 laporan yang
 *  masuk", "satu laporan terkait pilkada"): such a count takes the topic of the sentence next to it. A count whose
 *  unit is followed by another noun ("30 kasus DBD", "5 laporan keuangan") is not one. */
export const BARE_UNIT_FOLLOWERS: readonly string[] = [
  'yang', 'terkait', 'selama', 'sepanjang', 'pada', 'di', 'dari', 'hingga', 'sampai', 'sejak', 'dalam', 'menjelang',
  'jelang', 'itu', 'tersebut', 'ini', 'dan', 'atau', 'serta', 'sedangkan', 'sementara', 'tetapi', 'namun', 'per',
  'lainnya', 'serupa', 'sejenis',
  // the other prepositions and conjunctions of time, cause and direction that may close a unit's phrase ("hingga 50
  // laporan sebelum masa tenang", "12 kasus sejak Juli", "tiga laporan karena …")
  'sebelum', 'setelah', 'sesudah', 'usai', 'seusai', 'saat', 'ketika', 'menuju', 'untuk', 'bagi', 'oleh', 'ke',
  'kepada', 'karena', 'akibat', 'sehingga', 'sejauh', 'kini', 'masing-masing',
  // who a report came from, and its standing ("100 laporan masyarakat", "12 aduan warga", "tiga laporan resmi")
  'masyarakat', 'warga', 'publik', 'resmi', 'baru', 'tertulis',
];

/** Words after a unit that point back to a set named earlier ("belasan laporan serupa", "lima kasus sejenis"): such
 *  a count reads its topic from up to three sentences before it, not only the one next to it. */
export const SIMILAR_WORDS: readonly string[] = ['serupa', 'sejenis', 'yang sama'];

/** After a subset anchor ("Dari 27 ASN yang dilaporkan, …", "dari jumlah itu, …"), a bare number followed by one of
 *  these (or by a verb: a word starting with a verb prefix, VERB_PREFIXES) is a part of that count. */
export const BARE_PART_FOLLOWERS: readonly string[] = [
  'lainnya', 'orang', 'sudah', 'telah', 'masih', 'belum', 'sedang', 'tidak', 'merupakan', 'adalah', 'yakni',
  'menyangkut', 'terkait', 'soal', 'berupa', 'pelanggaran', 'kasus',
];
/** Indonesian verb prefixes (di-, me-, ber-, ter-): "19 direkomendasikan", "21 merupakan", "8 terbukti". */
export const VERB_PREFIXES: readonly string[] = ['di', 'me', 'ber', 'ter'];

/** Verbs that open a breakdown of a count by kind ("9 ASN … . Mereka terdiri atas 2 pejabat administrator, 4 guru dan 3
 *  tenaga kesehatan"), and the subjects that point back to the count when the breakdown opens the next sentence. */
/** Words that open where the people of a breakdown's item serve or come from, after its unit ("dua ASN di lingkungan
 *  Pemerintah Provinsi", "tiga guru dari SMP Negeri 2"): the item ends at the next comma or conjunction all the same. */
export const ITEM_PLACE_HEADS: readonly string[] = ['di', 'dari', 'pada', 'asal', 'se'];
export const BREAKDOWN_VERBS: readonly string[] = ['terdiri atas', 'terdiri dari', 'meliputi', 'rinciannya', 'perinciannya'];
export const BREAKDOWN_SUBJECTS: readonly string[] = [
  'mereka', 'keduanya', 'ketiganya', 'keempatnya', 'kelimanya', 'jumlah itu', 'jumlah tersebut', 'para pelanggar',
  'para terlapor',
];
/** Words that open a breakdown set off by a comma right after a restated whole ("Adapun tiga perangkat desa, yakni dua
 *  kepala dusun dan seorang sekretaris desa, diberhentikan …", round 16): the appositive "that is". Only after a comma
 *  and a figure restating a count read before (sums.ts restatedWholes). */
export const APPOSITION_OPENERS: readonly string[] = ['yakni', 'yaitu'];

/** Anaphoric phrases that open a part of the count just before: "Dari jumlah itu, 1.605 ASN dijatuhi sanksi". */
export const SUBSET_ANCHORS: readonly string[] = [
  'dari jumlah itu', 'dari jumlah tersebut', 'dari angka itu', 'dari angka tersebut', 'dari total itu',
  'dari total tersebut', 'dari laporan itu', 'dari laporan tersebut', 'dari kasus itu', 'dari kasus tersebut',
];

/** The case nouns of SUBSET_ANCHORS: an anchor naming its whole by one of these ("dari laporan itu") may have people
 *  for parts, the people the cases are about. */
export const CASE_ANCHOR_NOUNS: readonly string[] = ['laporan', 'kasus', 'aduan', 'temuan', 'pelanggaran', 'perkara'];

/** "8 lainnya", "Lima laporan lainnya": the rest of a count already split; it takes that count as its parent. */
export const REST_WORDS: readonly string[] = ['lainnya', 'sisanya', 'lain'];

/** After a bare number joined to a sibling count, the words for the rest of a split: REST_WORDS and "lagi" ("Satu
 *  kasus melibatkan kepala sekolah dan satu lagi staf kecamatan"). */
export const SIBLING_REST_WORDS: readonly string[] = [...REST_WORDS, 'lagi'];

/** Words between the two figures of a change ("naik dari 12 menjadi 31 laporan"): the first figure is a count in the
 *  second's unit. */
export const CHANGE_TO_WORDS: readonly string[] = ['menjadi', 'jadi', 'ke'];
/** Verbs of an increase whose figure is the new cases of a total given after "menjadi" ("bertambah 5 dalam sepekan
 *  terakhir menjadi 40 laporan"): that figure is a count, a part of the total. */
export const INCREMENT_WORDS: readonly string[] = ['bertambah', 'naik', 'meningkat', 'bertambah sebanyak', 'naik sebanyak'];
/** What may follow an increase's figure that makes it no count ("naik 40 persen menjadi …"). */
export const SHARE_WORDS: readonly string[] = ['persen', '%', 'kali', 'kali lipat', 'poin'];

/** Demonstratives after a count's unit: "5 pelanggaran tersebut", "2 kasus itu" restate a figure already given. */
export const DEMONSTRATIVES: readonly string[] = ['itu', 'tersebut', 'ini'];
/** Words after an anchor's figure that point back at a figure given before, beside the demonstratives ("Dari 12 kasus
 *  sebelumnya, delapan sudah diputus BKN", round 16): the anchor restates that figure. */
export const ANCHOR_BACK_POINTERS: readonly string[] = [...DEMONSTRATIVES, 'sebelumnya', 'tadi'];
/** Words after a breakdown's subject pointing back ("Mereka masing-masing terdiri atas …", "Jumlah itu tersebut …"). */
export const BREAKDOWN_SUBJECT_POINTERS: readonly string[] = ['masing-masing', ...DEMONSTRATIVES];

/** Events whose attendance by a civil servant or official is the offence itself: "lima kepala desa yang menghadiri
 *  kampanye" is a count of offenders, "200 ASN hadir dalam sosialisasi" an audience. */
export const OFFENCE_EVENTS: readonly string[] = [
  'kampanye', 'deklarasi', 'konsolidasi', 'rapat umum', 'pertemuan tim',
  // the campaign's own meeting forms (UU 7/2017 Pasal 275, PKPU on campaigns): "menghadiri pertemuan terbatas salah
  // satu pasangan calon", "acara tatap muka salah satu caleg"
  'pertemuan terbatas', 'pertemuan tatap muka', 'tatap muka',
];

/** Words between an election mentioned after a figure and the figure that make it a comparison, not the figure's
 *  election ("mencapai 7 kasus, lebih banyak dari Pilkada 2018"). A bare "dari" is no comparison: it names where
 *  reports came from ("sembilan laporan dari warga selama Pilwalkot Palu 2024"); after a comparative or a verb of
 *  change it is one ("naik dari 15 kasus pada Pilgub 2020"). */
/** Verbs saying a figure exceeds an earlier one ("jumlah tersebut sudah melampaui catatan pada Pilbup 2020, yang saat
 *  itu hanya empat kasus"): with COMPARISON_WORDS, they make the figure after them the earlier record (context.ts). */
export const EXCEED_WORDS: readonly string[] = ['melampaui', 'melebihi', 'melewati', 'mengungguli', 'menyamai', 'menyamakan'];
export const COMPARISON_WORDS: readonly string[] = [
  'dibanding', 'dibandingkan', 'ketimbang', 'daripada',
  ...['lebih banyak', 'lebih sedikit', 'lebih tinggi', 'lebih rendah', 'lebih besar', 'lebih kecil', 'naik', 'turun',
    'meningkat', 'menurun', 'bertambah', 'berkurang', 'melonjak', 'melonjak tajam'].map((w) => `${w} dari`),
];

/** Words between a count and an election right after it that make the election the count's own ("naik dari 12 kasus
 *  pada Pilkada 2018 menjadi 31 kasus"): that election is this count's, never another count's in the sentence. */
export const OWN_ELECTION_LINKS: readonly string[] = ['pada', 'di', 'dalam', 'selama', 'saat', 'ketika', 'sepanjang', 'jelang', 'menjelang'];

/** Words before a bare year in a count's clause that date the count ("Jika pada 2020 tercatat 65 laporan"): the
 *  count is of the article's election held that year. */
export const BARE_YEAR_LINKS: readonly string[] = ['pada', 'tahun', 'pada tahun', 'di tahun', 'selama', 'sepanjang'];

/** Words right after a count of people that place them in a workforce ("menjadi pelajaran bagi 9.412 ASN di lingkungan
 *  Pemkab Pandeglang"): with a figure of a thousand or more, the staff of an institution, not offenders. Lower-case. */
export const WORKFORCE_AFTER: readonly string[] = ['di lingkungan', 'di jajaran', 'di bawah naungan', 'yang bekerja di', 'yang bertugas di', 'yang tersebar di'];
/** The smallest figure of people read as a workforce when WORKFORCE_AFTER follows it. */
export const WORKFORCE_FLOOR = 1000;

/** Words right before a person count that make the people an audience: `Deklarasi diikuti 1.500 ASN`. */
export const PERSON_AUDIENCE_BEFORE: readonly string[] = ['diikuti', 'dihadiri', 'dipadati', 'melibatkan'];
/** Of those, the verbs whose people are offenders when a case noun is their subject ("pelanggaran itu melibatkan dua
 *  camat", "kasus yang melibatkan 3 ASN"), an audience otherwise ("kegiatan yang melibatkan 500 ASN"). */
export const CASE_INVOLVE_VERBS: readonly string[] = ['melibatkan'];

/** `12 di antaranya terbukti melanggar`: a part of a count stated just before; the part takes that count's
 *  unit. The phrase after the number, and the cue that must follow it (same clause). */
export const SUBSET_PHRASES: readonly string[] = ['di antaranya', 'diantaranya', 'dari jumlah itu', 'dari jumlah tersebut'];

// Qualifier cue phrases, read right before the number (QUALIFIER_CUES): the closed class of bound words in
// violation-bounds.ts, with the negated comparatives built from it.


/** Question words that ask for a quantity ("Berapa pelanggaran …?", "Ada berapa ASN …?", "Seberapa banyak laporan …?"):
 *  the unit after them is the unit of the answer's bare figure (qa-answers.ts). The closed class. */
export const QUANTITY_QUESTION_WORDS: readonly string[] = ['berapa', 'berapakah', 'seberapa', 'seberapa banyak', 'berapa banyak', 'berapa jumlah', 'berapa total'];

/** Words that may follow "berapa" in a question for the interview's count, no noun of another quantity ("Berapa yang
 *  sudah ditangani?", "Berapa banyak …", "Ada berapa lagi?"). After any other word that is no unit ("Berapa hari …?",
 *  "Berapa lama …?", "Berapa staf …?") the question asks for another quantity. The closed class of function words. */
export const QUANTITY_QUESTION_FILLERS: readonly string[] = [
  'yang', 'sudah', 'telah', 'sih', 'saja', 'lagi', 'pun', 'kira-kira', 'kiranya', 'sebenarnya', 'tepatnya', 'persisnya',
  'banyak', 'jumlah', 'total', 'jumlahnya', 'totalnya', 'yg',
  // the fillers between a number and its unit ("Berapa dugaan pelanggaran …?", "Berapa orang ASN …?")
  ...COUNT_FILLERS,
];

/** In an interview's answer, words right before a figure that make it no count: money, a number or rank sign, an
 *  hour, a year, an article of law, a polling station or a civil-servant number ("Rp 5", "nomor 3", "peringkat 2",
 *  "pukul 9", "TPS 12"). Lower-case; an optional dot after `rp` and `no` is read by the pattern. */
export const QA_NOT_COUNT_BEFORE: readonly string[] = ['rp', 'ke', 'nomor', 'no', 'urutan', 'peringkat', 'pukul', 'jam', 'tahun', 'pasal', 'ayat', 'tps', 'nip'];

/** In an interview's answer, a pointer or "dari" between a bare figure and the unit that follows it ("Sepuluh itu
 *  temuan", "dua dari laporan", "tiga di antaranya guru"). */
export const QA_UNIT_POINTERS: readonly string[] = ['itu', 'tersebut', 'ini', 'dari', 'di antaranya', 'berupa', 'berasal dari'];

/** Cues read only before punctuation ("laporan bertambah 13." new cases; "bertambah 5 … menjadi 40" is sums.ts's). */
export const CLAUSE_END_CUES: readonly string[] = ['bertambah', 'baru'];

/** Words right after a count that end its clause (`… tidak lebih dari seribu, tetapi …`). A count
 *  introduced after its unit must be followed by punctuation or one of these. */
export const COUNT_FOLLOWERS: readonly string[] = [
  'tetapi', 'namun', 'sedangkan', 'sementara', 'dan', 'atau', 'yang', 'di', 'dari', 'pada', 'selama', 'dalam',
  'sepanjang', 'hingga', 'sampai', 'sejak', 'tersebut', 'itu', 'saja', 'lebih', 'se',
];

/** Words right before a number that make it an identifier, never a count (`Nomor 20`, `Pasal 2`). */
export const NUMBER_ID_CUES: readonly string[] = [
  'nomor', 'no', 'nomer', 'pasal', 'ayat', 'huruf', 'angka', 'tahun', 'ke', 'tps', 'rt', 'rw', 'urut', 'perbup',
  'pergub', 'pukul', 'jam', 'tanggal', 'tgl', 'km', 'lantai', 'jilid', 'bab', 'halaman', 'hal',
];

/** "Salah satu perbekel yang dilaporkan, …" (one of the village heads reported): a word before "satu" that makes it
 *  "one of", naming one member of a group the text counts elsewhere, never a count of one. Checked for the number
 *  word ONE_OF_NUMBER only; "satu ASN dilaporkan" and "satu di antaranya" stay counts. */
export const ONE_OF_WORDS: readonly string[] = ['salah'];
export const ONE_OF_NUMBER = 'satu';

// NON_FINAL_ABBREVIATIONS (the line splitter's abbreviations): the one list, lexicon/abbreviations.ts
export { NON_FINAL_ABBREVIATIONS } from './abbreviations.js';

/** Labels of a line that closes a breakdown with its sum ("Total: 83 kasus"): not an item. */
/** Words just before a figure that make it the sum of the figures listed before it ("… empat kepala desa dan dua
 *  camat … total ada 20 orang", "- Total: 14", "Seluruhnya berjumlah 30 laporan"): an exact partition may close with
 *  it (sums.ts partitionParents). */
export const SUM_WORDS: readonly string[] = [
  'total', 'totalnya', 'jumlah', 'jumlahnya', 'seluruhnya', 'keseluruhan', 'keseluruhannya', 'semuanya',
  'akumulasi', 'akumulasinya', 'sejumlah', 'berjumlah', 'sebanyak', 'terakumulasi', 'tercatat total', 'ditotal',
];
/** Words between figures that make them terms of a change or a comparison, never parts of one whole ("bertambah 4
 *  kasus menjadi 26", "enam laporan dibanding pekan lalu, saat … baru mencatat 12"): they break an exact partition. */
export const CHANGE_GAP_WORDS: readonly string[] = [
  'naik', 'turun', 'bertambah', 'berkurang', 'meningkat', 'menurun', 'melonjak', 'merosot', 'menyusut', 'menjadi',
  'dibanding', 'dibandingkan', 'ketimbang', 'daripada', 'sebelumnya', 'semula', 'lalu', 'kemarin', 'tambahan',
];

/** Conjunctions contrasting the parts of a whole ("sembilan kasus … , sedangkan 14 kasus lainnya …"). */
export const PARTITION_CONTRASTS: readonly string[] = ['sedangkan'];

/** Words that open the parts of a whole in its own sentence ("menerima 14 aduan …, terdiri atas 9 … dan 5 …",
 *  "menangani 12 kasus, yakni …"); a colon does too. Without one, figures joined by commas and "dan" are siblings of
 *  one enumeration, never one the whole of the others ("delapan …, lima … dan tiga …": 8 = 5 + 3 by chance). */
export const PARTITION_OPENERS: readonly string[] = [
  'terdiri atas', 'terdiri dari', 'meliputi', 'rinciannya', 'perinciannya', 'dengan rincian', 'yakni', 'yaitu',
  'antara lain', 'masing-masing', 'di antaranya', 'diantaranya', 'berupa', 'mencakup',
];

/** Words opening a sentence that breaks down the figures the sentences before it are about ("Rinciannya, Kabupaten
 *  Bogor 14 kasus, …", "Adapun sebarannya: …"): its counts take the topic of those sentences. */
export const BREAKDOWN_LEADS: readonly string[] = [
  'rinciannya', 'perinciannya', 'sebarannya', 'penyebarannya', 'rincian', 'perincian', 'sebaran', 'dengan rincian',
  'adapun rinciannya', 'adapun perinciannya', 'adapun sebarannya', 'rinciannya adalah', 'sebarannya adalah',
];

export const LIST_TOTAL_LABELS: readonly string[] = ['Total', 'Jumlah', 'Totalnya', 'Jumlahnya', 'Keseluruhan'];

/** Heads of a subject noun phrase that is itself a quantity: "Jumlah pelanggaran netralitas ASN yang ditangani
 *  Bawaslu … hingga akhir Oktober mencapai 63". Its unit is read however far the cue stands in the sentence. */
export const QUANTITY_HEADS: readonly string[] = ['jumlah', 'total', 'angka', 'banyaknya', 'rekapitulasi', 'rekap'];

/** Pronouns for the rest of a whole after a figure ("Sebanyak 13 laporan diteruskan ke KASN, sedangkan sisanya
 *  dihentikan"): the figure before them is a part of the last larger count of its group. */
export const REST_PRONOUNS: readonly string[] = ['sisanya', 'selebihnya', 'sisa lainnya'];

/** Words that may open the sentence before the first item of a run closed by a rest pronoun ("Ada sembilan guru,
 *  tiga pegawai puskesmas, sisanya staf kecamatan"): nothing else may stand before the run's first figure. */
export const RUN_OPENERS: readonly string[] = ['ada', 'yakni', 'yaitu', 'terdiri atas', 'terdiri dari'];

/** Violations named by the election only, not by a kind ("1.215 laporan dan temuan dugaan pelanggaran pemilu"): a
 *  figure whose own clause names them (and no neutrality cue) covers all violations (scope `all`). */
export const GENERAL_VIOLATION_PHRASES: readonly string[] = [
  'pelanggaran pemilu', 'pelanggaran pemilihan', 'pelanggaran pilkada', 'pelanggaran pemilihan umum',
  'seluruh jenis pelanggaran', 'semua jenis pelanggaran', 'berbagai jenis pelanggaran',
  // the whole, said of the reports or violations of the clause ("laporan pelanggaran secara keseluruhan berjumlah 70")
  'secara keseluruhan', 'seluruh pelanggaran', 'keseluruhan pelanggaran',
];

/** Words after an item of a breakdown (`Sumbawa 12 desa selama …`) that end the item as a comma would. */
export const ITEM_END_WORDS: readonly string[] = ['dan', 'serta', 'selama', 'pada', 'hingga', 'sampai', 'sepanjang', 'per'];
/** Between a split's opening part and its remainder (clean of a comma): a coordinator or a contrast ("Dua melibatkan
 *  ASN …, sedangkan satu lainnya …", "… dan satu lainnya …"; extract/violations/bare-splits.ts REST_GAP). */
export const REST_GAP_WORDS: readonly string[] = ['dan', 'serta', 'sedangkan', 'sementara', 'adapun'];
/** Contrast words that open a clause of its own, never an item of a split before them ("…, sementara saksi diperiksa
 *  30": extract/violations/label-items.ts). */
export const CONTRAST_OPENERS: readonly string[] = ['sedangkan', 'sementara', 'adapun', 'namun', 'tetapi'];
/** The parties to a case: a label naming one counts people, not the cases of a split ("…, pelapor 30"). */
export const CASE_PARTY_NOUNS: readonly string[] = ['pelapor', 'terlapor', 'saksi', 'ahli'];
/** Openers of a definition after a count of sanctions: "tiga hukuman disiplin, yakni ringan, sedang, dan berat" (the
 *  tiers a regulation defines when no figure follows; extract/violations/context.ts). */
export const DEFINITION_OPENERS: readonly string[] = ['yakni', 'yaitu', 'meliputi', 'terdiri atas', 'terdiri dari', 'antara lain', 'berupa'];
