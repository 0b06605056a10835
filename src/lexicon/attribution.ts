// Attribution vocabulary for the statements extractor: the verbs and phrases Indonesian news uses to say
// who said a quote or a piece of reported speech. Lower-case; matching is case-insensitive and on word
// boundaries. Multi-word entries use single spaces (the matcher allows any run of 1–3 spaces/newlines).

import { CLAUSE_AGENT_SUBJECTS } from './clause-closers.js';
import { ACTING_PREFIXES as TITLE_ACTING_PREFIXES } from './titles.js';

// Documents quoted and interviews: their words, in a file of their own.
export * from './attribution-documents.js';
// Origins, institution joiners and anonymous sources (round 9): in a file of their own.
export * from './attribution-sources.js';
// Reporting verbs of indirect speech (round 10): in a file of their own.
export * from './attribution-verbs.js';

/** Short speech verbs written next to a direct quote: `"…," kata Sugito`, `"…" ujar Ilham`, `tegas Sekda`.
 *  Each also takes the pronoun suffix -nya (`katanya`, `tegasnya`), matched by the patterns in code. */
export const QUOTE_VERBS: readonly string[] = [
  // plain "say"
  'kata', 'ujar', 'ucap', 'tutur', 'sebut', 'ungkap', 'aku',
  // explain / describe
  'jelas', 'terang', 'urai', 'papar', 'beber',
  // emphasise / firm
  'tegas', 'tandas', 'tukas', 'seru', 'kilah',
  // continue / add
  'lanjut', 'tambah', 'imbuh', 'sambung', 'timpal', 'sahut', 'jawab', 'balas',
  // a written statement (`"…," tulis Bawaslu dalam keterangan resminya`)
  'tulis',
  // close, and the manner of a short reply closing it (`"…," singkatnya`, `singkat Camat`)
  'pungkas', 'tutup', 'singkat',
  // appeal / request / hope (also used as "…," harap Bupati)
  'harap', 'pinta', 'ajak', 'imbau', 'pesan',
  // quip / recall / complain / ask / rebut / urge (`"…," seloroh Bupati`, `cetusnya`, `kenang dia`, `keluhnya`,
  // `tanya Ketua Bawaslu`, `tepis Kadis`, `sergahnya`, `desak Ketua DPRD`): verbs only, never a noun that could
  // stand after a comma before a capital (`nilai`, `janji`, `cerita` are left out for that reason)
  'cetus', 'celetuk', 'seloroh', 'canda', 'kelakar', 'kenang', 'keluh', 'sesal', 'sindir', 'tanya',
  'tepis', 'sergah', 'bantah', 'elak', 'akui', 'ulas', 'desak', 'tekan',
  // the rest of denial (`"…," sangkal Kades`, `tampik Camat`)
  'sangkal', 'tampik',
];

/** Pronouns that may follow a quote verb: `kata dia`, `ujar beliau`, `tegas ia`, `kata dirinya`. Never a name. */
export const SPEAKER_PRONOUNS: readonly string[] = ['dia', 'ia', 'beliau', 'dirinya'];

/** Sentence-initial pronoun subjects of reported speech: `Ia menyatakan …`, `Dia juga mengatakan …`,
 *  `Dirinya menegaskan …`. */
export const SUBJECT_PRONOUNS: readonly string[] = ['ia', 'dia', 'beliau', 'dirinya'];

/** Words that make the words after a `marked` reporting verb a clause (the reported content) rather than
 *  the verb's plain object, when one stands after the clause's first word and before any CONTENT_BOUNDARIES
 *  word: aspect, modality, negation and the copulas (`menjelaskan Bawaslu sudah memetakan …`, `menyebutkan
 *  hingga kini belum ada …`, `mengungkapkan tim pemantau telah dibentuk`), where an object runs into a
 *  relative clause or a preposition first (`menyampaikan apresiasi kepada …`, `menjelaskan program yang akan
 *  …`). */
export const CLAUSE_PREDICATE_MARKERS: readonly string[] = [
  'sudah', 'telah', 'akan', 'sedang', 'tengah', 'masih', 'tetap', 'belum', 'tidak', 'tak', 'bukan', 'harus', 'wajib',
  'mesti', 'bisa', 'dapat', 'boleh', 'perlu', 'adalah', 'merupakan', 'menjadi', 'ialah', 'mencapai', 'ada',
  // continuing aspect (`meminta masyarakat terus melapor`: a clause in three words, the object then its predicate)
  'terus',
  // existence, a predicate whatever precedes it (`sepanjang Pilkada 2020 terdapat 1.597 ASN …`); `terjadi` is left
  // out: after `mengungkap` the portal set reads `pelanggaran … paling banyak terjadi di …` as no statement
  'terdapat',
  // possession, a predicate whatever precedes it (`pengawasan pilkada di Bali punya tantangan tersendiri`)
  'punya', 'mempunyai', 'memiliki',
  // verbs of composition, predicates whatever precedes them (`tim pemantau itu terdiri atas …`)
  'terdiri', 'berjumlah',
  // intransitive verbs of change, predicates whatever precedes them (`laporan pelanggaran … meningkat tajam`)
  'meningkat', 'menurun', 'melonjak', 'bertambah', 'berkurang', 'merosot', 'menyusut', 'membengkak',
];
/** Adjectives and auxiliaries of readiness, ability and will that open a predicate whose subject is the speaker
 *  (`menyatakan siap memberikan klarifikasi`, `mengaku enggan berkomentar`, `menegaskan sanggup menuntaskan …`):
 *  like an active verb first (`opensWithActiveVerb`), content opening with one is a proposition in three words.
 *  The closed class without a `ber-`/`me-` prefix (`bersedia`, `berniat`, `bertekad` are verbs already). */
export const MODAL_PREDICATES: readonly string[] = ['siap', 'sanggup', 'mampu', 'enggan', 'ingin', 'rela', 'urung', 'ogah'];
/** Determiners of number and totality that open a noun phrase of people or things (`para pelapor`, `seluruh
 *  kepala desa`, `sejumlah ASN`): content opening with one is a subject when a verb follows the noun before any
 *  word that ends an object (`mengungkapkan para pelapor menyerahkan rekaman …`); without a verb it stays an
 *  object (`menjelaskan seluruh tahapan pengawasan`). The closed class of plural and universal determiners. */
export const QUANTIFIER_DETERMINERS: readonly string[] = ['para', 'seluruh', 'semua', 'segenap', 'setiap', 'tiap', 'sejumlah', 'beberapa', 'banyak', 'segelintir'];
/** Prepositions that are the predicate of a subject closed by a demonstrative (`keputusan itu berdasarkan
 *  rekomendasi BKN`, `langkah tersebut sesuai aturan`). */
export const DEMONSTRATIVE_PREDICATE_PREPOSITIONS: readonly string[] = ['berdasarkan', 'sesuai', 'berdasar'];
/** Verbs of classification, a predicate before what they class the subject in (`pamong kalurahan termasuk
 *  pihak yang dilarang …`, `tindakan itu tergolong pelanggaran berat`); `termasuk` is also the preposition
 *  `including` (`menjelaskan sejumlah aturan termasuk larangan …`), so it is a predicate only before a word of
 *  CLASS_NOUNS (a class, a party, a part, or the relative `yang`). */
export const CLASSIFYING_PREDICATES: readonly string[] = ['termasuk', 'tergolong', 'terkategori'];
export const CLASS_NOUNS: readonly string[] = [
  'pihak', 'kategori', 'golongan', 'kelompok', 'jenis', 'kelas', 'salah', 'dalam', 'yang', 'pelanggaran', 'ringan',
  'sedang', 'berat',
];
/** The verbs of denial (`X membantah telah berkampanye`, `menyangkal pernah menerima …`): what they report is
 *  the negation of their content, short as it may be when it opens with a predicate (an aspect, a modal, an
 *  active verb); their type is read as from the content negated (NEGATION_ACT: a denied instruction gives no
 *  order). A plain object (`membantah tudingan itu`) stays too short to report. */
export const DENIAL_VERBS: readonly string[] = ['membantah', 'menyangkal', 'menampik', 'menepis', 'mengelak'];
export const NEGATION_ACT = 'tidak';
/** Fewest words of a denial's content when it opens with a predicate. */
export const MIN_DENIAL_WORDS = 2;
/** Institutions that, opening the content and followed by an active verb after at most a few words of their
 *  name, are the subject of a clause (`menyampaikan pemkab mendukung penuh …`, `menjelaskan
 *  Bawaslu Kota Malang menemukan …`). */
export const CLAUSE_INSTITUTION_SUBJECTS: readonly string[] = [
  'pemkab', 'pemkot', 'pemprov', 'pemda', 'pemko', 'pemerintah', 'bawaslu', 'panwaslu', 'panwascam', 'kpu',
  'kasn', 'bkn', 'bkd', 'bkpsdm', 'inspektorat', 'dprd', 'polri', 'tni', 'polda', 'polres', 'polresta', 'kodim',
  'kemendagri', 'kementerian', 'satgas', 'propam', ...CLAUSE_AGENT_SUBJECTS,
];
/** Prepositions after which a CLAUSE_PREDICATE_MARKERS word is a noun (`di tengah kontestasi`, `dari
 *  tengah …`), no predicate. */
export const LOCATIVE_PREPOSITIONS: readonly string[] = ['di', 'ke', 'dari', 'pada'];
/** First words of reported content that are the subject of a clause, not a plain object: a part of a whole
 *  (`menyebutkan sebagian besar pelanggaran berupa unggahan …`) or a measure (`menjelaskan jumlah ASN yang
 *  dilaporkan … sebanyak 12 orang`, `tingkat tindak lanjut … baru sekitar 70 persen`). After one, an active
 *  verb or a quantity with a number (QUANTITY_PREDICATES) makes the clause, a relative clause or a
 *  preposition before it notwithstanding. */
export const CLAUSE_SUBJECT_HEADS: readonly string[] = [
  'sebagian', 'mayoritas', 'kebanyakan', 'jumlah', 'total', 'angka', 'tingkat', 'persentase',
];
/** CLAUSE_SUBJECT_HEADS that name a part of a whole (`sebagian besar laporan soal unggahan …`): after one and a
 *  noun, a preposition of topic or origin (PART_PREDICATE_PREPOSITIONS) is the clause's predicate. */
export const PART_SUBJECT_HEADS: readonly string[] = ['sebagian', 'mayoritas', 'kebanyakan'];
export const PART_PREDICATE_PREPOSITIONS: readonly string[] = ['soal', 'dari', 'di', 'tentang', 'terkait', 'menyangkut'];
/** Superlatives that close a subject of one or two words, the predicate a prepositional phrase or a number
 *  after them (`pelanggar terbanyak dari kalangan guru`, `kasus tertinggi di Kecamatan X`). */
export const CLAUSE_SUPERLATIVES: readonly string[] = ['terbanyak', 'tertinggi', 'terbesar', 'terendah', 'terkecil', 'terparah'];
/** Words before a number that make it a predicate of quantity after a CLAUSE_SUBJECT_HEADS subject
 *  (`… sebanyak 12 orang`, `… baru sekitar 70 persen`). */
export const QUANTITY_PREDICATES: readonly string[] = [
  'sebanyak', 'sekitar', 'mencapai', 'baru', 'hanya', 'cuma', 'sebesar', 'tercatat', 'berjumlah', 'hampir',
  'sedikitnya', 'setidaknya', 'kurang-lebih',
];
/** Verbs of aspect that, after a subject closed by a demonstrative, are its predicate (`tim itu mulai
 *  bekerja`), unless the next word makes them a preposition (`tahapan itu mulai dari …`: ASPECT_NOT_BEFORE). */
export const DEMONSTRATIVE_ASPECT_VERBS: readonly string[] = ['mulai'];
export const ASPECT_NOT_BEFORE: readonly string[] = ['dari', 'pada', 'tanggal', 'hari', 'pukul'];
/** Comparatives that, after the content's first word, are a predicate (`pengawasan di kabupaten lebih
 *  berat`), unless the next word makes them a quantity or an adverb of the verb (`lebih dari 100 …`, `lebih
 *  lanjut`: COMPARATIVE_NOT_BEFORE). */
export const COMPARATIVE_PREDICATES: readonly string[] = ['lebih', 'semakin', 'makin'];
export const COMPARATIVE_NOT_BEFORE: readonly string[] = ['dari', 'lanjut', 'dulu', 'dahulu', 'daripada', 'banyak'];
/** The words among COMPARATIVE_NOT_BEFORE that make a quantity of an object (`menjelaskan lebih banyak …`): after
 *  a subject closed by its relative clause (`pengaduan yang masuk justru lebih banyak …`) they are a predicate. */
export const QUANTITY_COMPARATIVES: readonly string[] = ['banyak'];
/** The relative pronoun: a relative clause inside the content's subject (`pemeriksaan terhadap camat yang
 *  diduga berkampanye sudah rampung`) ends at its verb; a predicate word after that makes a clause. */
export const RELATIVE_PRONOUN = 'yang';
/** Words opening with `me`/`ber`/`ter` that are no verb (prepositions, conjunctions, pronouns, adverbs,
 *  nouns, superlatives): after a subject closed by a demonstrative or a part or measure subject a verb makes a
 *  clause (`surat edaran itu juga memuat …`, `sebagian besar kasus terjadi di …`), these do not (`hal itu
 *  melalui …`, `jumlah pemilih tersebut …`). */
export const ME_BER_NOT_VERBS: readonly string[] = [
  'tersebut', 'terhadap', 'terkait', 'termasuk', 'terutama', 'terakhir', 'tertentu', 'terlalu', 'terbanyak',
  'tertinggi', 'terbesar', 'terbaru', 'terdekat', 'terendah', 'terkecil', 'terpilih', 'terdahulu', 'terpadu',
  'terbaik', 'terbuka', 'tertulis', 'terpencil', 'terpisah', 'tertua', 'termuda', 'terus', 'terlebih',
  'meski', 'meskipun', 'melalui', 'menurut', 'mengenai', 'menjelang', 'menuju', 'melainkan', 'mengingat',
  'memang', 'mereka', 'merdeka', 'berdasarkan', 'bersama', 'bersamaan', 'beserta', 'berikut', 'berikutnya',
  'berkaitan', 'berkenaan', 'bersama-sama', 'berbagai',
  // nouns (`media sosial`, `berkas laporan`)
  'media', 'menit', 'menteri', 'merek', 'mesin', 'metode', 'medis', 'meter', 'memori', 'mental', 'menara',
  'berkas', 'berita', 'beranda', 'berlian',
];
/** Words that end a `marked` verb's object before any clause could begin: a relative clause, a preposition
 *  or a subordinator (`menyampaikan terima kasih kepada …`, `menjelaskan sejumlah pelanggaran yang sudah …`). */
export const CONTENT_BOUNDARIES: readonly string[] = [
  'yang', 'kepada', 'bagi', 'atas', 'untuk', 'tentang', 'mengenai', 'terkait', 'seputar', 'soal', 'karena',
  'sebab', 'sehingga', 'agar', 'supaya', 'sebagai', 'saat', 'ketika', 'melalui', 'lewat', 'serta', 'dan',
];
/** The prepositions among CONTENT_BOUNDARIES that may also stand inside a subject's noun phrase (`memastikan
 *  surat suara untuk PSU sudah dicetak`): after one, a noun or two and then a predicate word
 *  (CLAUSE_PREDICATE_MARKERS) make a clause; a relative clause or another boundary first leaves it an object. */
export const SUBJECT_PREPOSITIONS: readonly string[] = ['kepada', 'bagi', 'atas', 'untuk', 'tentang', 'mengenai', 'terkait', 'seputar', 'soal'];
/** Distributive words that open a nominal predicate after a subject closed by a demonstrative (`menyebutkan kedua
 *  ASN tersebut masing-masing seorang guru …`; hyphen written or not). */
export const DISTRIBUTIVE_PREDICATES: readonly string[] = ['masing-masing', 'masing', 'tiap-tiap', 'sama-sama'];
/** Prefixes of an active `meN-` verb (`mengapresiasi`, `menyesalkan`, `merasa`): right after a `marked`
 *  reporting verb one opens reported content whose subject is the speaker (`menyampaikan mengapresiasi langkah
 *  …`, `mengungkapkan merasa prihatin …`); a noun spelled with `me` (`mekanisme`, `metode`) has none of them. */
export const ACTIVE_VERB_PREFIXES: readonly string[] = ['mem', 'men', 'meng', 'meny', 'mel', 'mer', 'mew', 'mey'];

/** Words beginning with `di` that are no passive verb (a passive `di-` verb after the first word makes a
 *  clause: `menyebutkan pemeriksaan ditargetkan selesai …`). Lower-case; only words of 6 letters or more are
 *  read as passives. */
export const DI_NOT_PASSIVE: readonly string[] = [
  'dinas', 'direktur', 'direktorat', 'dirjen', 'direksi', 'diskusi', 'dialog', 'digital', 'dinamika', 'dirinya',
  'disiplin', 'distrik', 'divisi', 'diklat', 'diskominfo', 'disdik', 'dispora', 'dikbud', 'diaspora',
  'dimensi', 'diagram', 'diploma', 'diplomat', 'diplomasi', 'dinasti', 'dilema', 'diskon', 'distribusi',
  'diantaranya', 'disabilitas', 'dispendukcapil', 'dinkes', 'diskriminasi',
];
/** Subject pronouns after which an active verb (`me-`/`ber-`) makes the words after a `marked` verb a clause
 *  (`mengungkapkan dirinya menerima …`). */
export const CLAUSE_SUBJECT_PRONOUNS: readonly string[] = ['dirinya', 'ia', 'dia', 'mereka', 'kami', 'beliau', 'semua', 'seluruhnya'];

/** Words after the object of an `order` reporting verb that open what the object is to do (`memerintahkan
 *  para camat untuk mengawasi …`). */
export const ORDER_COMPLEMENTISERS: readonly string[] = ['untuk', 'agar', 'supaya'];

/** Complementisers that make reported content a request whatever the reporting verb (`X menegaskan agar
 *  setiap pimpinan …` asks as `X meminta agar …` does): the content's type is read after DIRECTIVE_ACT. */
export const DIRECTIVE_COMPLEMENTISERS: readonly string[] = ['agar', 'supaya'];
export const DIRECTIVE_ACT = 'meminta';

/** Subjects that open only reported content (the speaker's own side): after them a `marked` verb needs no
 *  `bahwa` (`X mengungkapkan pihaknya sudah meneruskan …`). */
export const REPORTED_SUBJECTS: readonly string[] = ['pihaknya', 'akan', 'tidak akan', 'tak akan'];

/** Words before a passive report verb right after a quote: `"…," demikian disampaikan X`, `begitu kata X`. */
export const REPORT_CLOSERS: readonly string[] = ['demikian', 'begitu'];
/** Passive report verbs after REPORT_CLOSERS (`"…" demikian dikatakan Kapolres`, `… ditegaskan oleh X`). */
export const PASSIVE_REPORT_VERBS: readonly string[] = [
  'disampaikan', 'dikatakan', 'ditegaskan', 'diungkapkan', 'dijelaskan', 'ditekankan', 'dinyatakan', 'diutarakan',
  'dipaparkan', 'dikemukakan', 'dituturkan', 'diterangkan', 'disebutkan', 'diucapkan', 'ditandaskan',
];
/** Nouns of a statement after REPORT_CLOSERS, the speaker after them (`"…," demikian keterangan tertulis DPC Partai
 *  X`, `demikian pernyataan resmi Bawaslu`, `demikian bunyi poin ketiga surat edaran itu`, `demikian
 *  pernyataannya`): the whole class of words for a statement, a release, a message or a written text. */
export const REPORT_NOUNS: readonly string[] = [
  'keterangan', 'pernyataan', 'penjelasan', 'rilis', 'siaran pers', 'isi', 'bunyi', 'kutipan', 'petikan', 'pesan',
  'imbauan', 'himbauan', 'seruan', 'instruksi', 'arahan', 'penegasan', 'jawaban', 'tanggapan', 'komentar',
  'unggahan', 'cuitan', 'tulisan', 'pengumuman', 'sambutan', 'pidato',
];
/** First words of an institution speaking in its own name, beside the institution heads of the titles lexicon:
 *  a party's organs at each level (`DPD Partai Gerindra NTB`, `DPC PDI Perjuangan`), the election and oversight
 *  bodies below the province, the regional offices, police and military commands, prosecutors and courts
 *  (`"…," kata Panwascam Praya`, `demikian keterangan tertulis Polresta Mataram`). Lower-case. */
export const SPEAKER_INSTITUTION_HEADS: readonly string[] = [
  'dpp', 'dpw', 'dpd', 'dpc', 'pac', 'panwaslu', 'panwascam', 'panwaslih', 'bkd', 'bkpsdm', 'bkpp', 'inspektorat',
  'dinas', 'diskominfo', 'satpol', 'kesbangpol', 'polresta', 'polrestabes', 'polsek', 'kodim', 'korem', 'kodam',
  'kejati', 'kejari', 'kejaksaan', 'pengadilan', 'ombudsman', 'setda', 'sekretariat', 'kemenpan', 'kemenag',
  // a state speaking (`Republik Demokratik Kongo mengonfirmasi …`, `Kerajaan Arab Saudi menyatakan …`)
  'republik', 'kerajaan', 'negara',
];
/** The prefix of a party's faction in a parliament written as one word with the party (`F-PDIP`, `F-Golkar`). */
export const FACTION_PREFIX = 'f-';

/** Qualifiers after a REPORT_NOUNS word (`keterangan tertulis`, `pernyataan resmi`, `keterangan pers`). */
export const REPORT_NOUN_QUALIFIERS: readonly string[] = ['tertulis', 'resmi', 'pers', 'persnya'];

/** Words that may stand where a sentence-final indirect statement's sentence would end, after its speaker
 *  (`…, kata Kapolres dalam keterangan pers`). */
export const SPEAKER_TAIL_WORDS: readonly string[] = ['dalam', 'saat', 'di', 'pada', 'kepada', 'usai', 'seusai', 'ketika'];
/** Prepositions opening an adjunct between a subject and its reporting verb (`Partai X melalui pernyataan
 *  tertulisnya menyatakan …`, `Bawaslu NTB dalam rilisnya menyebut …`). */
export const SUBJECT_ADJUNCTS: readonly string[] = ['melalui', 'lewat', 'dalam'];
/** The SUBJECT_ADJUNCTS of means (`melalui`, `lewat`): a person named after one speaks for the office or body
 *  before it (`Kapolres X melalui Kasat Reskrim Y mengatakan`, `Bupati X melalui Sekda Y menyatakan`: Y, the one who
 *  speaks the words; the convention of every released gold set), unless that is a party (PARTY_SPEAKER_WORDS). */
export const SUBJECT_VIA_ADJUNCTS: readonly string[] = ['melalui', 'lewat'];
/** A political party speaking through one of its officers (`Partai X melalui Sekretaris DPC, Nama, menyatakan
 *  partainya …`, `DPD Partai Y lewat ketuanya, Nama, …`): the party is the speaker, its officer its voice. A
 *  government body or an official doing the same (`Pemkab X melalui Kabag Hukum, Nama`, `Kapolres melalui Kasi
 *  Humas, Nama`) is given to the person who spoke, as the earlier sets' gold has it. Lower-case words of the head. */
export const PARTY_SPEAKER_WORDS: readonly string[] = ['partai'];
/** A party's organs at each level, before its name (`DPC Partai X melalui …`). Lower-case. */
export const PARTY_ORGANS: readonly string[] = ['dpp', 'dpw', 'dpd', 'dpc', 'pac'];
/** Passive verbs of standing in for someone (`Nama yang diwakili Sekda X mengatakan`): in a relative clause after
 *  a name they make the one named inside it the speaker, not the name before (see speaker.ts fromSubject). */
export const STAND_IN_PASSIVES: readonly string[] = ['diwakili', 'diwakilkan', 'digantikan'];
/** Words after a comma that open an apposition to the name before it (`Lalu Wiranata, yang …`, `…, akrab disapa`). */
export const APPOSITION_OPENERS: readonly string[] = ['yang', 'akrab', 'biasa', 'atau'];
export { VERB_PREFIXES } from './verb-prefixes.js';

/** Verbs that, at the end of the text before a direct quote, introduce it: `Sugito mengatakan, "…"`.
 *  (All INDIRECT_VERBS also qualify; these are extra forms that only introduce quotes.) */
export const QUOTE_INTRO_VERBS: readonly string[] = [
  'berkata', 'berujar', 'berpesan', 'menuturkan', 'bertutur', 'berucap', 'berseru', 'berseloroh', 'berkelakar',
  'bercanda', 'bertanya', 'berkomentar', 'berargumen', 'menulis', 'menuliskan', 'mencuit', 'berteriak',
];

/** The complementiser that may follow a reporting verb: `mengatakan bahwa …`. */
export const COMPLEMENTISERS: readonly string[] = ['bahwa'];

/** Passive third-person forms with the content around them: `Pelanggaran … dikatakannya akan …`,
 *  `Ditambahkannya, …`. The speaker is the pronoun's antecedent. */
export const PASSIVE_NYA_VERBS: readonly string[] = [
  'dikatakannya', 'ditambahkannya', 'ditegaskannya', 'dijelaskannya', 'disampaikannya', 'diungkapkannya',
  'diingatkannya', 'disebutkannya', 'disebutnya', 'dituturkannya', 'dipaparkannya', 'diterangkannya',
  'ditekankannya', 'diakuinya', 'dinilainya', 'diutarakannya', 'dikemukakannya', 'ditandaskannya',
  'diuraikannya', 'dibeberkannya', 'dilanjutkannya', 'diimbaukannya', 'diharapkannya',
  // itemising (`Dirincinya, …`). Never denial or confirmation (`Tudingan itu dibantahnya`, `Hal itu
  // dibenarkannya`): what is around them is another's claim, denied or confirmed, not the speaker's words
  'dirincinya', 'dijabarkannya',
];

/** `Penilaian itu disampaikan X`, `Hal tersebut ditegaskan oleh X`: the content is what came just before.
 *  Head nouns that can open such a back-reference sentence. */
export const BACKREF_NOUNS: readonly string[] = [
  'hal', 'penilaian', 'pernyataan', 'penegasan', 'pesan', 'imbauan', 'himbauan', 'harapan', 'peringatan',
  'instruksi', 'ajakan', 'arahan', 'permintaan', 'penjelasan', 'keterangan', 'demikian', 'itu',
  'ungkapan', 'komentar', 'tanggapan', 'jawaban', 'seruan', 'desakan', 'saran', 'usulan', 'janji', 'ancaman',
  'sindiran', 'klarifikasi', 'penekanan', 'kritik', 'pengakuan', 'pandangan',
];
/** Determiners after a back-reference noun: `hal itu`, `hal tersebut`, `pesan ini`. */
export const BACKREF_DETERMINERS: readonly string[] = ['itu', 'tersebut', 'ini'];
/** Particles that may follow them (`Hal itu pun ditegaskan …`). */
export const BACKREF_PARTICLES: readonly string[] = ['juga', 'pun', 'pula'];
/** Passive verbs of a back-reference sentence: `… disampaikan (oleh) X`. */
export const BACKREF_VERBS: readonly string[] = [
  'disampaikan', 'dikatakan', 'ditegaskan', 'diungkapkan', 'dijelaskan', 'ditekankan', 'dinyatakan',
  'diutarakan', 'dipaparkan', 'diingatkan', 'dikemukakan', 'dituturkan', 'diterangkan', 'disebutkan',
  'diucapkan', 'ditandaskan', 'dibeberkan', 'diuraikan',
  // itemising what came before (`… dirinci oleh X`); never confirming it (`Hal itu dibenarkan Camat X`: the
  // statement stays its first speaker's, the one confirming speaks next)
  'dirinci', 'dijabarkan',
];

/** Passive verbs of saying whose subject is a claim another person answers (`Tudingan itu sebelumnya
 *  dilontarkan anggota DPRD, X, …`): with BACKREF_VERBS, the agent named after one, in a sentence opening with
 *  a noun and a determiner that is no BACKREF_NOUNS word, is a side participant: a subject pronoun after it
 *  continues the chain of the speaker already reporting (src/extract/statements/discourse.ts). */
export const CLAIM_PASSIVE_VERBS: readonly string[] = ['dilontarkan', 'dilayangkan', 'diajukan', 'dituduhkan', 'dialamatkan'];

/** Words that end a speaker phrase after an attribution verb: `kata Sugito dalam keterangan pers`. */
export const SPEAKER_STOP_WORDS: readonly string[] = [
  'dalam', 'saat', 'ketika', 'di', 'pada', 'usai', 'seusai', 'sesudah', 'setelah', 'sebelum', 'kepada',
  'dengan', 'yang', 'sembari', 'sambil', 'selaku', 'kemarin', 'ini', 'itu', 'tersebut', 'juga', 'pula',
  'melalui', 'lewat', 'via', 'dari', 'untuk', 'bahwa', 'seraya', 'menutup', 'mengakhiri', 'hari', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'sore',
  'pagi', 'siang', 'malam', 'sebagaimana', 'seperti', 'dikutip', 'dilansir', 'menjawab',
];

/** Honorifics and degrees that may precede or follow a name in a speaker phrase; skipped when matching
 *  names (lower-case, dots removed). */
export const SPEAKER_HONORIFICS: readonly string[] = [
  'drs', 'dra', 'dr', 'h', 'hj', 'hm', 'ir', 'prof', 'kh', 'sh', 'mh', 'msi', 'mm', 'mpd', 'spd', 'se',
  'st', 'ssos', 'sip', 'sag', 'mag', 'ma', 'mt', 'bapak', 'ibu', 'pak', 'bu', 'ust', 'ustadz', 'tgh',
  // regional, religious and professional forms (`Tgk. Zulkifli`, `Pdt. Yohanes`, `drg. Ani`, `Dt. Rajo`)
  'tgk', 'teungku', 'ustaz', 'ustazah', 'ustadzah', 'kiai', 'kyai', 'pdt', 'drg', 'ns', 'dt',
  // written lower case before a name (`ujar dokter Arief`)
  'dokter',
];

/** Role words a speaker phrase may consist of (`jelas Gubernur`, `tegas Sekda`, `kata Kepala Dinas …`).
 *  A bare-title attribution needs at least one of these. Lower-case. */
export const SPEAKER_ROLE_WORDS: readonly string[] = [
  // regional heads and their deputies
  'gubernur', 'wagub', 'bupati', 'wabup', 'walikota', 'wali', 'wawali', 'wakil',
  // secretaries and heads of offices
  'sekda', 'sekdakab', 'sekdaprov', 'sekretaris', 'kepala', 'kadis', 'kaban', 'kabag', 'kasubag', 'kabid',
  'direktur', 'dirjen', 'inspektur', 'asisten', 'staf', 'ahli',
  // election bodies and commissions
  'ketua', 'anggota', 'komisioner', 'koordinator', 'kordiv',
  // police, military, ministers, local heads, academics
  'kapolda', 'kapolres', 'kapolsek', 'kapolresta', 'dandim', 'danrem', 'pangdam', 'menteri', 'menpan',
  // the other commanders and the village-level posts of the army and police (`kata Danramil`, `tegas Danlanal`)
  'danramil', 'danyon', 'danlanal', 'danlanud', 'danlantamal', 'kapolrestabes', 'wakapolres', 'wakapolda',
  'kapospol', 'babinsa', 'bhabinkamtibmas', 'babinkamtibmas',
  'mendagri', 'camat', 'lurah', 'kades', 'sekcam', 'kasat', 'kasatpol', 'rektor', 'dekan',
  // spokespersons (`Juru Bicara KPK`, `Jurubicara MDC`, `Jubir Pemprov`): a post, never a name
  'juru', 'jurubicara', 'jubir',
];

/** Office and institution words that appear inside titles (`Kepala Dinas Kominfo`, `Ketua Bawaslu`): not
 *  part of a person's name. Lower-case. */
export const SPEAKER_ORG_WORDS: readonly string[] = [
  'kota', 'daerah', 'divisi', 'dinas', 'badan', 'bagian', 'bidang', 'kantor', 'bawaslu', 'kpu', 'kasn', 'bkn',
  'panwascam', 'panwaslu', 'bkd', 'bkpsdm', 'bkdpsdm', 'bkpp', 'diskominfo', 'kominfo', 'inspektorat',
  'pemkab', 'pemkot', 'pemprov', 'pemda', 'dprd', 'polda', 'polres', 'kodim', 'korem', 'provinsi',
  'kabupaten', 'kecamatan', 'desa', 'kelurahan', 'ri', 'republik', 'indonesia', 'pusat', 'sekretariat',
  'satpol', 'pp', 'umum', 'hukum', 'pengawasan', 'penindakan', 'humas',
];

/** Words of a title in full that its short form may leave out in the middle (`Kepala Badan Kesatuan Bangsa dan
 *  Politik` → `Kaban Kesbangpol`): see src/extract/statements/short-title.ts. */
export const SHORT_TITLE_SKIPPABLE: readonly string[] = ['dan', 'serta'];

/** Acting prefixes (ignored when matching a bare title to an official's title; never a speaker by themselves:
 *  `Pjs Bupati menyampaikan` names the acting Bupati, not a person called Pjs). The words of the officials'
 *  acting prefixes (titles.ts, the complete class: Pelaksana Tugas/Harian, Penjabat, Pjs, Pj, Plt, Plh), lower
 *  case, except `pejabat`: also a person noun (PERSON_NOUNS, `kata pejabat itu`). */
export const ACTING_PREFIXES: readonly string[] = [
  ...new Set(TITLE_ACTING_PREFIXES.flatMap((p) => p.toLowerCase().split(' ')).filter((w) => w !== 'pejabat')),
];

/** Words right before a reporting verb that make it subordinate, not the clause's main verb:
 *  `yang mengatakan` (relative), `untuk mengingatkan` (purpose), `tidak menyampaikan` (negated). */
export const INDIRECT_BLOCKERS: readonly string[] = [
  'yang', 'untuk', 'agar', 'guna', 'supaya', 'dan', 'serta', 'akan', 'dapat', 'bisa', 'tidak', 'belum',
  'ingin', 'mau', 'perlu', 'harus', 'sering', 'kerap', 'enggan', 'bukan', 'tak', 'jangan', 'hendak',
  // willingness, like `ingin`/`mau`: `Ia tidak bersedia menyebut nama kelima ASN tersebut` names nothing it says
  'bersedia',
];

/** Adverbs that may sit between a subject and its verb and are skipped when reading the subject:
 *  `Ilham juga menegaskan`, `Ia pun mengatakan`. */
/** Connectives that may open a clause before its subject: `Sementara Andi Suriani mengatakan …`, `Tapi Budi
 *  menegaskan …`. Never the first word of a person's name. */
export const CLAUSE_CONNECTIVES: readonly string[] = ['sementara', 'namun', 'adapun', 'tapi', 'tetapi', 'sedangkan', 'bahkan', 'selanjutnya'];

/** Sentence adverbials that open a paragraph or a section and are closed by a comma (`Terpisah, Pj Bupati X, Nama,
 *  mengatakan …`, `Sementara itu, …`, `Dikonfirmasi terpisah, …`, `Hal senada, …`, `Lebih lanjut, …`): never a
 *  speaker; the subject follows the comma. The first word of each (a capitalised connective reads like a one-word
 *  name), then at most three lower-case words before the comma (`itu`, `terpisah`, `demikian`, `karena itu`).
 *  The complete class of the news register: contrast and addition, sequence and time, the same view, the
 *  reporter's access (`dikonfirmasi`, `ditemui`, `dihubungi`), consequence and concession. Lower-case. */
export const SECTION_CONNECTIVES: readonly string[] = [
  // separately, the same view, the reporter's access
  'terpisah', 'senada', 'sejalan', 'serupa', 'dikonfirmasi', 'ditemui', 'dihubungi', 'dijumpai', 'diwawancarai', 'secara', 'hal',
  // contrast and addition
  'sementara', 'namun', 'tetapi', 'tapi', 'sedangkan', 'adapun', 'bahkan', 'selain', 'sebaliknya', 'padahal', 'apalagi', 'disamping',
  // sequence and time
  'sebelumnya', 'selanjutnya', 'kemudian', 'lalu', 'lantas', 'akhirnya', 'kini', 'sekarang', 'setelahnya', 'sesudahnya',
  // elaboration, consequence and concession
  'lebih', 'jadi', 'maka', 'karenanya', 'makanya', 'oleh', 'untuk', 'dengan', 'meski', 'kendati', 'walau', 'walaupun',
  'pasalnya', 'rupanya', 'ternyata', 'sayangnya', 'intinya', 'singkatnya', 'misalnya', 'contohnya', 'diketahui',
];
/** Passive verbs of the reporter's access to a person (`X yang dihubungi terpisah …`, `saat dikonfirmasi`): only a
 *  person is reached so, so a capitalised phrase before `yang` and one of them is a person's name (relative-name.ts).
 *  The closed class: reached by phone or message, met, confirmed with, interviewed, asked. */
export const REPORTER_ACCESS_VERBS: readonly string[] = ['dihubungi', 'dikonfirmasi', 'ditemui', 'dijumpai', 'diwawancarai', 'ditanya', 'ditanyai', 'disambangi'];
/** Most lower-case words after a section connective's first word, before its comma (`Oleh karena itu,`). */
export const SECTION_CONNECTIVE_TAIL_WORDS = 3;

export const SUBJECT_ADVERBS: readonly string[] = [
  'juga', 'pun', 'pula', 'kembali', 'lalu', 'kemudian', 'lantas', 'sempat', 'telah', 'sudah', 'lebih', 'lanjut',
  // of time, and the emphatic `sendiri` (`Bawaslu X sebelumnya menyebut …`, `Bupati sendiri menegaskan …`)
  'sebelumnya', 'kini', 'akhirnya', 'sendiri',
  ...CLAUSE_CONNECTIVES,
];

/** Words that open a subordinate clause: a reporting verb after one (`Kendati Jepang telah mengaku kalah …`,
 *  `Jika pegawai menyatakan …`) is not the sentence's main verb, and the clause names no speaker. */
export const SUBORDINATORS: readonly string[] = [
  'kendati', 'meski', 'meskipun', 'walau', 'walaupun', 'jika', 'kalau', 'apabila', 'bila', 'ketika', 'saat',
  'sebelum', 'setelah', 'sejak', 'karena', 'sebab', 'agar', 'supaya', 'seandainya', 'andai',
];

/** Prepositions opening an adjunct fronted before the subject and closed by a comma (`Dalam keterangan yang
 *  sama, KASN mengimbau …`, `Di hadapan para camat, Bupati menegaskan …`, `Menanggapi laporan itu, X …`): the
 *  subject follows the comma. Without a comma the clause is read whole. */
export const FRONTED_ADJUNCT_OPENERS: readonly string[] = [
  'dalam', 'di', 'pada', 'usai', 'seusai', 'selepas', 'terkait', 'menanggapi', 'menyikapi', 'atas', 'kepada',
  // the temporal prepositions (`Menjelang pemungutan suara …, Bawaslu Kabupaten X mencatat …`, `Sepanjang 2024, …`)
  // and those of basis (`Berdasarkan hasil pengawasan, …`)
  'menjelang', 'jelang', 'selama', 'sepanjang', 'hingga', 'sampai', 'memasuki', 'menghadapi', 'berdasarkan',
];
/** Words closing a fronted adjunct written without its comma, besides the determiners (BACKREF_DETERMINERS):
 *  `Pada kesempatan yang sama Kapolres mengatakan …`. */
export const SAME_WORDS: readonly string[] = ['sama', 'serupa'];
/** The possessive enclitic closing a fronted adjunct's noun (`Dalam paparannya`, `Pada sambutannya`). */
export const POSSESSIVE_NYA = 'nya';

/** Capitalised words that are not names: a `Menurut Undang-Undang …` or `kata Data …` phrase made only of
 *  these (plus title words) never yields a stated speaker. Lower-case. */
export const NOT_NAME_WORDS: readonly string[] = [
  'undang', 'undang-undang', 'uu', 'peraturan', 'perbup', 'perda', 'pergub', 'permen', 'pp', 'pasal', 'ayat',
  'nomor', 'data', 'hasil', 'surat', 'keputusan', 'sk', 'aturan', 'ketentuan', 'laporan', 'catatan', 'survei',
  'indeks', 'pemerintah', 'negara', 'asn', 'pns', 'pppk', 'tni', 'polri', 'pilkada', 'pemilu', 'sementara',
  'selain', 'dalam', 'pada', 'saat', 'di', 'itu', 'ini', 'dia', 'ia', 'mereka', 'kami', 'kita', 'saya',
  'masyarakat', 'warga', 'pihak', 'tim', 'panitia', 'kegiatan', 'acara', 'deklarasi', 'sosialisasi',
  // a force or a profession as a subject (`Polisi memastikan …`): nobody in particular
  'polisi', 'aparat',
];

/** Heads of a descriptive noun phrase after a quote verb that refers back to a person already named:
 *  `kata mantan Sekda itu`, `ucap pria yang akrab disapa Anam itu`, `ujar perempuan berhijab tersebut`.
 *  The phrase must end in a demonstrative (DESCRIPTIVE_DEMONSTRATIVES). Words for an unnamed member of the
 *  public (`warga`, `seorang warga`) are deliberately absent: those quotes keep no speaker. Lower-case. */
export const DESCRIPTIVE_HEADS: readonly string[] = [
  // man / woman / person
  'pria', 'wanita', 'perempuan', 'lelaki', 'laki-laki', 'sosok', 'bapak', 'ibu', 'pemuda', 'kakek', 'nenek',
  // former office holders and career words (`mantan Kapolres Bima itu`, `jenderal bintang dua itu`)
  'mantan', 'eks', 'purnawirawan', 'jenderal', 'perwira', 'pejabat', 'birokrat', 'politisi', 'politikus',
  'alumnus', 'alumni', 'lulusan', 'jebolan', 'akademisi', 'doktor', 'profesor', 'putra', 'putri', 'orang',
  // occupations (`ujar guru besar hukum itu`, `kata dosen Fakultas Hukum tersebut`)
  'guru', 'dosen', 'pakar', 'pengamat', 'peneliti', 'tokoh', 'aktivis',
];
/** Demonstratives that close a descriptive back-reference: `… itu`, `… tersebut`. */
export const DESCRIPTIVE_DEMONSTRATIVES: readonly string[] = ['itu', 'tersebut'];
export { NAMING_CUE, NICKNAME_BEFORE_CUE_WORDS, NICKNAME_CUES } from './nicknames.js';
/** Words of the noun phrase before the naming verb that make what it names a person (besides the speaker role words
 *  and PERSON_NOUNS): the person classifier `seorang`, the nouns of people by sex, age and standing, and the civil
 *  servant's statuses (`seorang lurah`, `ASN bernama`, `pria bernama`); `sebuah desa bernama Sukamaju` names a place. */
export const NAMED_PERSON_HEADS: readonly string[] = [
  'seorang', 'seseorang', 'orang', 'oknum', 'pria', 'wanita', 'perempuan', 'laki-laki', 'pemuda', 'pemudi', 'ibu',
  'bapak', 'warga', 'asn', 'pns', 'pppk', 'p3k', 'honorer',
];

/** Nouns for a person's standing that may come before a name in apposition, in any case, beside the role
 *  words: `Pengamat politik Universitas Mataram, Agus Salim,`, `Tokoh agama Lombok Tengah, TGH Lalu …,`,
 *  `Dua pejabat di lingkup Pemkab Maros, A dan B,`. The person so named is kept for later references
 *  (a surname, a nickname, a pronoun). Nouns for groups of residents (`warga`, `ibu`) are left out: a place
 *  follows them as often as a name (`Warga desa, Sokong Baru, menolak …`). Lower-case. */
export const PERSON_NOUNS: readonly string[] = [
  'pengamat', 'akademisi', 'dosen', 'guru', 'pakar', 'peneliti', 'aktivis', 'tokoh', 'pejabat', 'pegawai',
  'petugas', 'mahasiswa', 'honorer', 'relawan', 'pengurus', 'politisi',
  'politikus', 'praktisi', 'rohaniwan', 'ulama', 'budayawan', 'pengusaha', 'advokat', 'pengacara', 'kuasa',
];

/** Nouns of a chant, a song or a cry (`menyerukan yel-yel pasangan calon`, `menyerukan takbir`): the object of a
 *  verb of saying that opens with one of them and does not read as a clause is what was chanted or sung, no
 *  reported content (`mengatakan yel-yel itu tidak mengandung ajakan memilih` is a clause and reports). The
 *  complete class of the news register: chants, slogans, cries, songs. Lower-case. */
export const CHANT_NOUNS: readonly string[] = [
  'yel-yel', 'yel', 'yelyel', 'slogan', 'jargon', 'semboyan', 'tagline', 'takbir', 'tahlil', 'salawat', 'shalawat', 'selawat',
  'pekik', 'pekikan', 'teriakan', 'sorak', 'sorakan', 'sorak-sorai', 'lagu', 'mars', 'hymne', 'himne', 'nyanyian',
];

/** Verbs that also name or label (`warga menyebut mobil itu sebagai "mobil siluman"`): with `sebagai` in
 *  the first words after them, they label a thing and report no speech. */
export const NAMING_VERBS: readonly string[] = ['menyebut', 'menyebutkan'];
/** The word of a naming use (NAMING_VERBS). */
export const NAMING_MARKERS: readonly string[] = ['sebagai'];
