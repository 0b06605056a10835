// DATA: the verbs a headline writes in their bare form right after its subject (`Pj Bupati Sumarno Larang ASN Ikut
// Kampanye`, `KETUA BAWASLU BELTIM MINTA ASN NETRAL`, `Kapolres Tegaskan …`): the headline register drops the me-
// prefix (larang = melarang, minta = meminta, tegaskan = menegaskan). Capitalised there, such a word runs on from
// the subject's name, so it is never (part of) a person's name: names.ts stops a name before it.
//
// The class, by what the headline reports (the verbs of ASN-neutrality news: orders and appeals, warnings,
// statements, checks and sanctions, support and refusal, the election's events), in the bare (`larang`) and the
// -kan / -i forms (`tegaskan`, `awasi`). Left out: stems that are also given names or name parts (`Jamin` as in
// `Djamin Ginting`, `Bela`, `Harap`, `Bakar` as in `Abu Bakar`, `Jaya`), and stems that are also nouns written
// capitalised inside units' and documents' names (`Nilai Dasar`, `Tindak Pidana`, `Proses`, `Sanksi`, `Klarifikasi`,
// `Gelar`, `Bentuk`, `Pesan`, `Janji`, `Kritik`, `Respons`, `Apresiasi`, `Klaim`).
export const HEADLINE_VERBS: readonly string[] = [
  // orders, appeals and reminders
  'larang', 'minta', 'imbau', 'himbau', 'ajak', 'ingatkan', 'peringatkan', 'serukan', 'tekankan', 'tegaskan', 'instruksikan',
  'perintahkan', 'desak', 'dorong', 'pinta', 'harapkan', 'pesankan', 'wanti-wanti', 'tegur', 'ancam', 'sentil',
  // statements and reactions
  'sebut', 'ungkap', 'ungkapkan', 'beberkan', 'bantah', 'akui', 'benarkan', 'soroti', 'sikapi', 'tanggapi',
  'kecam', 'sesalkan', 'pastikan', 'janjikan', 'jelaskan', 'paparkan',
  'umumkan', 'sampaikan', 'bongkar',
  // checks, supervision and sanctions
  'pantau', 'awasi', 'kawal', 'sidak', 'periksa', 'panggil', 'selidiki', 'telusuri', 'dalami', 'temukan',
  'laporkan', 'rekomendasikan', 'teruskan', 'copot', 'pecat', 'nonaktifkan', 'berhentikan',
  'jatuhkan', 'tangkap', 'amankan', 'tangani', 'catat', 'terima', 'tolak', 'dukung',
  // acts and events
  'buka', 'tutup', 'tinjau', 'kunjungi', 'sambangi', 'datangi', 'hadiri', 'lantik', 'kukuhkan', 'resmikan',
  'sosialisasikan', 'petakan', 'siagakan', 'siapkan', 'targetkan', 'terbitkan', 'keluarkan', 'berikan', 'bagikan',
  'serahkan', 'usulkan', 'sambut',
  // complaints and reports a headline's second clause tells (round 17, clean16, closing16's leftover: "Lihat Status
  // WhatsApp Kades, Warga Lapor ke Bawaslu" is a headline, not a call to a channel)
  'lapor', 'adukan', 'tuntut', 'geruduk',
];

/** The headline's passive and stative predicates right after its subject (`Camat Diduga Ikut Kampanye Caleg`, `Kades
 *  Dilaporkan ke Bawaslu`, `Lurah Terbukti Langgar Netralitas`, `ASN Kedapatan Hadiri Deklarasi`): what is done to the
 *  subject in ASN-neutrality news (suspicion and reports, summons and checks, sanctions, arrests, appointments) in the
 *  di- form, the ter-/ke- forms of being caught or proven, and `ikut`/`kena`. Capitalised there, such a word runs on from
 *  the subject, so it is never (part of) a name. Left out: di- words that are given names (`Dimas`, `Dian`, `Dina`,
 *  `Didik`, `Dirman`) and any word also written capitalised inside a unit's or a document's name. */
export const HEADLINE_PASSIVES: readonly string[] = [
  // suspicion, reports and accusations
  'diduga', 'disinyalir', 'ditengarai', 'dilaporkan', 'diadukan', 'dipolisikan', 'dituding', 'dituduh', 'disebut',
  'dikabarkan', 'digugat',
  // summons, checks and supervision
  'dipanggil', 'diperiksa', 'diklarifikasi', 'dimintai', 'dipantau', 'diawasi', 'disidak', 'ditegur', 'diingatkan',
  'diimbau', 'dilarang', 'diminta', 'didesak', 'diancam',
  // sanctions and their outcome
  'dicopot', 'dinonaktifkan', 'diberhentikan', 'dipecat', 'dimutasi', 'disanksi', 'dijatuhi', 'divonis', 'dihukum',
  'ditangkap', 'diamankan', 'ditetapkan', 'dibebastugaskan', 'diturunkan', 'dilantik',
  // caught or proven, and taking part
  'terbukti', 'terancam', 'tertangkap', 'terseret', 'terjerat', 'tersandung', 'terekam', 'terciduk', 'kedapatan',
  'kepergok', 'ketahuan', 'ikut', 'kena',
];
