// Statement types: the closed word classes and reaches the type rules read besides the word features of
// statement-types.ts (hortatives, the speaker's side, conditions, negation, imperatives, passives, …). Data only;
// the scheme and its decision rules are documented at the top of statement-types.ts, which re-exports this file.

/** Hortatives opening a statement (`Mari …`, `Ayo …`): what it forbids without any sanction word is part
 *  of the appeal (`Ayo jaga …, jangan sampai saling menjatuhkan`); and the politeness markers that open a
 *  request (`Tolong jangan libatkan ASN …`, `Mohon jangan …`): a polite prohibition asks. */
import { PERSON_UNITS } from './violations.js';
export const HORTATIVES: readonly string[] = ['mari', 'marilah', 'ayo', 'ayolah', 'tolong', 'mohon'];
/** Apologies: right after an order or appeal word they make an idiom, no request (`meminta maaf`, `mohon
 *  maaf atas …`). */
export const APOLOGIES: readonly string[] = ['maaf'];
/** Recommendation nouns (among the `recommend` words): a sanction only when issued, after an ISSUING verb
 *  within GET_REACH words, reported as done (`KASN sudah mengeluarkan rekomendasi untuk lima pejabat`); alone
 *  they are awaited, received or discussed (`Kami menunggu rekomendasi KASN`). */
export const RECOMMEND_NOUNS: readonly string[] = ['rekomendasi', 'rekomendasinya'];
/** Verbs of signing a decree (the bare `teken` after a pronoun reads as `diteken`, `tanda tangani` is joined by
 *  split-compounds.ts): a decree signed is a decree issued (`SK penurunan pangkat … sudah saya teken kemarin`). */
export const SIGNING: readonly string[] = ['diteken', 'meneken', 'ditandatangani', 'menandatangani'];
export const ISSUING: readonly string[] = ['mengeluarkan', 'menerbitkan', 'memberikan', 'dikeluarkan', 'diterbitkan', ...SIGNING];
/** The speaker's side as a subject (among the `pronoun` words; `kita` includes the hearer, so it appeals):
 *  with a future modal (FUTURE_MODALS) within SELF_REACH words a pledge (`kami akan menindaklanjuti`, `saya
 *  tidak akan ikut kampanye`, `pihaknya akan …`); with NEUTRAL_WORDS a declaration (`kami netral`); before
 *  a REPORT_WORDS verb under a condition a threat (`kalau …, kami catat dan laporkan`). */
export const SELF_WORDS: readonly string[] = ['kami', 'saya', 'aku', 'pihaknya'];
/** The speaker's own government or unit named as the subject of its future (`menyatakan pemkab akan
 *  menindaklanjuti …`, `seluruh jajarannya tidak akan …`): the speaker's side for the future-of-the-side rule only
 *  (never as the subject of an obligation: `pemkab harus menindak` orders), the pledge of the head who speaks for
 *  it. The closed class: the regional governments' short names and the possessed unit words. */
export const SELF_INSTITUTIONS: readonly string[] = ['pemkab', 'pemkot', 'pemprov', 'pemda', 'lembaganya', 'instansinya', 'jajarannya', 'institusinya'];
export const FUTURE_MODALS: readonly string[] = ['akan', 'bakal', 'nanti'];
/** Nouns of a stance: right before a SELF_WORDS word they declare the speaker's side's position, a pledge
 *  (`Netral. Itu sikap kami sejak awal`, `prinsip saya jelas`); of anyone else they pledge nothing (`sikap ASN`). */
export const STANCE_NOUNS: readonly string[] = ['sikap', 'prinsip', 'pendirian'];
/** A future modal right before the speaker's side opens the object-fronted passive (`itu akan kami
 *  buktikan`, `hasilnya nanti kami serahkan`): the speaker's side says what it will do, as `kami akan …`. */
export const NEUTRAL_WORDS: readonly string[] = ['netral'];
/** Reporting someone: among the `recommend` words, but reported as done no sanction (`dilaporkan ke Bawaslu`
 *  is a complaint); under a condition after the speaker's side, a threat. */
export const REPORT_WORDS: readonly string[] = ['melaporkan', 'dilaporkan', 'laporkan'];
/** Comparisons of amounts, a finding as a pair: `paling banyak`, `lebih tinggi` (not `paling lambat`). */
export const COMPARISON_DEGREE: readonly string[] = ['paling', 'lebih', 'kurang', 'cukup'];
/** A quality judged by degree (round 18): after a COMPARISON_DEGREE word, a judgement of the situation, an assessment
 *  (`Pemahaman ASN soal netralitas sudah jauh lebih baik dibanding pemilu lalu`, `pengawasan di desa masih kurang
 *  baik`); alone nothing (`baik ASN maupun honorer`). Not inside a purpose (`agar pengawas bekerja lebih baik`) nor
 *  opening the statement (`Lebih baik ASN tidak datang …` advises); a hope, an order or a pledge around it decides
 *  first (`Semoga … lebih baik`, `harus bekerja lebih baik`, `akan melayani lebih baik`: the rules' order). */
export const COMPARISON_QUALITY: readonly string[] = [
  'baik', 'buruk', 'bagus', 'jelek', 'parah', 'terjaga', 'paham', 'sadar', 'patuh', 'optimal', 'maksimal',
  'ketat', 'longgar', 'mudah', 'sulit', 'matang', 'serius', 'memadai',
  // (not `disiplin`: a sanction body's word, and its di- look reads `disiplinnya` as a passive with an enclitic)
];
export const COMPARISON_QUANTITY: readonly string[] = ['banyak', 'tinggi', 'rendah', 'sedikit', 'besar', 'kecil'];
/** After `saling` a verb is reciprocal, no sanction or enforcement (`saling menjatuhkan`). */
export const RECIPROCALS: readonly string[] = ['saling'];
/** Negations of a noun predicate: right before a tolerance noun they deny a description, no tolerance
 *  (`JAKARTA bukan pengecualian`, "is no exception"), where `tidak ada pengecualian` refuses one. */
export const PREDICATE_NEGATIONS: readonly string[] = ['bukan'];
/** Prohibition nouns as the object of an active verb or a topic preposition name a topic, not a prohibition
 *  (`menyosialisasikan larangan …`, `soal larangan kampanye`). */
export const TOPIC_PREPOSITIONS: readonly string[] = ['soal', 'tentang', 'mengenai', 'terkait', 'seputar', 'perihal'];

/** The generic subjects among the `irrealis` words: a condition on what follows, unless a perfect marker
 *  reports it (`siapa pun yang ketahuan …, tunjangannya kami potong` threatens; `yang kedapatan ikut konvoi
 *  sudah ditegur` reports). */
export const GENERIC_CONDITIONS: readonly string[] = ['siapa', 'siapapun', 'barangsiapa', 'ketahuan', 'kedapatan', 'terbukti', 'tertangkap', 'kepergok'];
/** Permission words. After a generic offender named as a condition before them (GENERIC_CONDITIONS: `Siapa yang
 *  masih nekat, silakan berhadapan dengan Propam`, `Kalau ada lurah yang kedapatan …, silakan siap-siap angkat koper`,
 *  `ASN yang terbukti … tidak akan kami lindungi. Silakan Bawaslu proses`) they dare the offender to face what
 *  follows: a threat. Addressed to a witness, a report word within PERMISSION_REPORT_REACH words after them
 *  (`Kalau ada ASN yang ketahuan, silakan laporkan ke kami`), or with no offender before them (`Silakan datang ke
 *  posko kami kalau melihat …`), they invite: an appeal. */
/** Most words before the relative marker of a generic subject fronted at a statement's start (FeatureSeq.genericAt:
 *  `Anggota yang …`, `Kepala desa yang …`, `ASN di lingkungan X yang …`). */
export const GENERIC_HEAD_WORDS = 3;
/** The person nouns that head a fronted generic subject (`Anggota yang …`, `ASN yang …`, `Kepala desa yang …`): the
 *  violations lexicon's person units (PERSON_UNITS, each word of them) and the ranks of the police, the army and the
 *  election staff; a thing heading it is no offender (`Laporan yang masuk akan kami periksa` pledges a procedure). */
export const OFFENDER_HEADS: readonly string[] = [
  ...new Set(Object.keys(PERSON_UNITS).flatMap((k) => k.split(' '))),
  'anggota', 'personel', 'prajurit', 'petugas', 'penyelenggara', 'pengawas', 'staf', 'karyawan', 'aparatur', 'oknum',
];
/** Verbs of renewing or keeping an office, a contract or pay: negated under a modal or condition, a loss of it, a
 *  threat (`Kalau terbukti berpihak, kontraknya bisa tidak diperpanjang`, `jabatannya tidak akan dipertahankan`);
 *  asserted, none (`kontraknya diperpanjang`). Read with the `removal` words (an office word beside them). */
export const RENEWING: readonly string[] = ['diperpanjang', 'memperpanjang', 'perpanjang', 'dilanjutkan', 'dipertahankan', 'mempertahankan'];
/** Nouns of hope, appeal and invitation that frame a statement before the speaker's side (`Harapan kami, …`,
 *  `Imbauan saya, …`): what the frame holds, a prohibition with no sanction word included, is the appeal's. */
export const APPEAL_FRAMES: readonly string[] = ['harapan', 'imbauan', 'himbauan', 'ajakan', 'seruan', 'permohonan'];
export const PERMISSIONS: readonly string[] = ['silakan', 'silahkan', 'dipersilakan', 'dipersilahkan', 'persilakan', 'persilahkan'];
/** Stems of reporting to someone (a witness's act) after a permission word. */
export const PERMISSION_REPORT_STEMS: readonly string[] = ['lapor', 'adu', 'sampai', 'kirim', 'hubung'];
export const PERMISSION_REPORT_REACH = 4;
/** Being found out, after a relative marker, makes a generic subject a condition (`ASN yang terbukti tidak
 *  netral, …`, `yang tertangkap tangan …`); alone it reports (`tujuh di antaranya terbukti melanggar`). The
 *  others among GENERIC_CONDITIONS are conditions anywhere. */
export const PROVEN_AFTER_RELATIVE: readonly string[] = ['terbukti', 'tertangkap', 'kepergok'];
/** The counted referent (round 18): a numeral or one of these heading the noun before `yang terbukti …`, `yang
 *  kedapatan …` names who, it sets no condition: what is done to them is reported (`Kontrak seorang PPPK yang terbukti
 *  berkampanye tidak diperpanjang pemerintah kabupaten`, `Tiga kepala desa yang terbukti memasang baliho dikenai
 *  teguran`); a bare or universal head stays a generic condition (`ASN yang terbukti …`, `setiap kepala desa yang …`). */
export const COUNTED_HEADS: readonly string[] = ['seorang', 'sebuah', 'kedua', 'ketiga', 'keempat', 'kelima'];
/** Right after the numeral, focus makes it a condition again ("even one"): `Satu saja ASN yang terbukti …, kepala
 *  dinasnya kami copot`. */
export const NUMERAL_FOCUS: readonly string[] = ['saja', 'pun'];
/** Requests that request only with their content after them, a purpose word within REMIND_REACH words or a
 *  request complementiser in their clause: reminding, warning and urging (among the `order` words: `para lurah
 *  diingatkan agar tidak …`, `saya ingatkan untuk …`, `memperingatkan ASN agar …`, `mendesak bupati untuk …`) and
 *  encouraging (among the `appeal` words: `mendorong ASN untuk melapor`). Alone a reminder frames what follows
 *  (`Kami ingatkan, ASN yang ikut kampanye bisa dicopot` warns), and the others describe (`kebutuhan yang
 *  mendesak`, `faktor yang mendorong pelanggaran`). */
export const REMINDERS: readonly string[] = [
  'mengingatkan', 'diingatkan', 'ingatkan', 'berpesan', 'dipesankan', 'memperingatkan', 'diperingatkan', 'mewanti-wanti',
  'diwanti-wanti', 'mendesak', 'didesak', 'mendesakkan', 'mendorong', 'didorong', 'menekankan', 'ditekankan',
];
export const REMIND_REACH = 6;
/** A reminder's content without `untuk`/`agar` (round 18): the active verb after its addressee is the act it asks for
 *  (`mendorong pemerintah desa membuka posko pengaduan …`, `menyarankan para nakes menonaktifkan grup …`). Copulas and
 *  verbs of having or undergoing state a fact, no act (`mengingatkan netralitas aparatur menjadi indikator
 *  kerawanan`): they end the search, as a negation, a modal, a preposition or a relative clause does. */
export const STATIVE_VERBS: readonly string[] = ['menjadi', 'merupakan', 'memiliki', 'mempunyai', 'mencapai', 'mengalami', 'menyangkut'];
/** The request complementisers among the `purpose` words: after a reminder in the same clause (no punctuation
 *  between), however long the reminded object (`mengingatkan seluruh aparatur sipil negara (ASN) di lingkungan
 *  Pemkab agar tidak …`), they open its content. */
export const REQUEST_COMPLEMENTISERS: readonly string[] = ['agar', 'supaya'];
/** Opening a statement (the content of a verb of saying: `X menekankan agar setiap pimpinan …`), or after an
 *  addressee headed by a universal quantifier (ADDRESSEE_HEADS, at its clause's start or after `kepada`) with no
 *  verb and no pronoun between, the request complementisers are the jussive of an official's directive, an order
 *  of its own (`Seluruh baliho … di lingkungan kantor pemerintah agar segera diturunkan`, `Seluruh ASN agar menjaga
 *  netralitas`, `kepada seluruh kapolres agar memastikan …`). After a predicate (`pengawasan diperketat agar …`,
 *  `kami bekerja keras agar …`, `sinergi ini penting supaya …`) or a comma (`…, supaya tidak terulang`) they open a
 *  purpose. */
export const ADDRESSEE_HEADS: readonly string[] = ['seluruh', 'semua', 'segenap', 'para', 'setiap', 'tiap'];
/** Verbs of assigned responsibility: after such an addressee, with no predicate before them, they oblige it as
 *  the jussive `agar` does (`Saya tegaskan, setiap camat bertanggung jawab penuh atas netralitas perangkat desanya`,
 *  `setiap pimpinan perangkat daerah bertanggung jawab atas netralitas bawahannya`); of the speaker's side or a
 *  named subject they describe (`kami bertanggung jawab`, `Kepala dinas bertanggung jawab atas …`). */
export const RESPONSIBILITY: readonly string[] = ['bertanggung', 'bertanggungjawab'];
/** How far (in words) before a passive removal verb its office word may stand as the subject: the subject's
 *  head with a modifier and a perfect marker (`Gaji berkala yang bersangkutan sudah ditunda`, `Tunjangan
 *  kinerja yang bersangkutan kami potong`). */
export const SUBJECT_OFFICE_REACH = 6;
/** Enclitics a verb may carry (`mencopotnya`, `memprosesnya`): a prefixed me-/di- verb with one has its
 *  features without it. */
/** The existential verb: negated (`tidak ada`, `belum ada`) with a relative clause after it within
 *  EXISTENTIAL_REACH words, it denies what the clause says (`belum ada ASN yang dijatuhi sanksi`, `tidak ada
 *  camat yang dicopot`): nothing in the clause is reported or threatened, and the statement is a finding. */
export const EXISTENTIALS: readonly string[] = ['ada'];
export const EXISTENTIAL_REACH = 6;
/** Aspect markers that, right before the existential, assert what its relative clause says as found (`masih
 *  ada yang belum paham batasan …`, `sudah ada laporan yang masuk`): a finding, unless a condition comes
 *  first (`kalau masih ada kepala desa yang …` supposes) or a stronger rule decides (`sudah ada empat ASN yang
 *  menerima sanksi` reports a sanction). So does the existential opening a sentence (`Ada juga kepala desa
 *  yang hadir …`); inside a clause a bare `ada … yang` asserts too little (`kalau ada yang …`, `bahwa ada …`). */
export const EXISTENTIAL_ASPECTS: readonly string[] = ['masih', 'sudah'];
/** Adverbs of frequency among the `finding` words: right after a relative marker they qualify a noun, no
 *  judgement of the situation (`Itu yang sering ditanyakan kepada kami`, `calon yang sering dikritiknya`). */
export const FREQUENCY_ADVERBS: readonly string[] = ['sering', 'kerap'];
/** Nouns of what is reported and found, and of the civil servants it concerns, that a figure counts: right
 *  after a numeral (a digit, or a number word of src/lexicon/numerals.ts) they make a finding (`menerima 112
 *  aduan`, `menangani 17 dugaan pelanggaran`, `ada 14 ASN yang sedang diperiksa`); alone they name a channel
 *  or a kind (`posko pengaduan`, `kanal aduan`). A numeral right after a passive verb counts its agents, an
 *  event's participants, no finding (`apel yang diikuti 2.000 ASN`); a reminder's addressees are the order's
 *  (`mengingatkan 9.800 ASN untuk …`). `orang` is not among them: teams and crowds (`tim yang terdiri dari
 *  lima orang`). The finding is the weakest rule: a sanction, threat, pledge, order or appeal with a figure
 *  keeps its type. */
export const COUNTED_NOUNS: readonly string[] = ['aduan', 'pengaduan', 'pelanggaran', 'dugaan', 'asn', 'pns', 'pegawai'];
/** Quantifiers whose stem is a finding word: they count nothing themselves (`sejumlah partai koalisinya`,
 *  "several"); the features of the stem do not apply. */
export const QUANTIFIERS: readonly string[] = ['sejumlah'];
/** Threat words whose content must stand beside them (`terancam dipecat`, `ancaman pidana`, `mengancam
 *  akan mencopot`, `terancam didiskualifikasi`, `sanksi pemecatan mengancam …`): alone they name a danger,
 *  not a sanction (`terancam punah`, `menghadapi ancaman`). By stem; the content is a sanction, removal,
 *  enforcement, law or office word within THREAT_REACH words after (or before) it, or a passive verb right
 *  after it (`terancam dicoret`, `terancam dibatalkan`: what would be done to the one threatened). */
export const THREAT_STEMS: readonly string[] = ['ancam'];
/** Forms of a threat stem that threaten on their own: `terancam` of a person in these texts is nearly always
 *  threatened with a sanction, often named later or by a phrase (`terancam tidak bisa ikut seleksi jabatan`);
 *  kept a threat though it also says `terancam punah` (measured: a held-out regional row needs it). */
export const THREATENED: readonly string[] = ['terancam'];
export const THREAT_REACH = 3;
/** Imposing verbs (among `sanctionAct`) that sanction only with what they impose beside them, a sanction
 *  noun or a law word within GET_REACH words either side (`dijatuhi hukuman`, `sanksi yang dijatuhkan`,
 *  `dikenai sanksi`); alone they drop, bring down or wear (`menjatuhkan Republik Islam`, `mengenakan cadar`).
 *  Also their bare forms after a pronoun (`kami jatuhkan`). */
export const IMPOSING: readonly string[] = [
  'dijatuhi', 'menjatuhi', 'dijatuhkan', 'menjatuhkan', 'dikenai', 'dikenakan', 'mengenakan', 'jatuhi', 'jatuhkan', 'kenai', 'kenakan',
];
/** Attributive enforcement words (`tegas`): a threat only after an act they qualify (ENFORCING_ACTS:
 *  `tindakan tegas`, `bertindak tegas`, `langkah tegas`); alone an adjective of manner (`pendirian yang
 *  tegas`, `dengan tegas saya katakan`) or the reporting verb (`…, tegas Kapolres`). */
export const ATTRIBUTIVE_ENFORCE: readonly string[] = ['tegas'];
export const ENFORCING_ACTS: readonly string[] = ['tindakan', 'bertindak', 'langkah', 'bersikap'];
/** Obligation modals (among the `order` words): with the speaker's side as subject (SELF_WORDS within
 *  OBLIGED_REACH words before, no other feature word between: `saya kira camat harus …` orders) the speaker binds their own side, a pledge (`kami harus menjaga netralitas`,
 *  `saya wajib netral`); with the inclusive `kita` (INCLUSIVE_WORDS) they appeal (`kita harus bersama-sama
 *  menjaga …`). With anyone else they order. */
export const OBLIGATION_MODALS: readonly string[] = ['harus', 'wajib', 'mesti'];
export const INCLUSIVE_WORDS: readonly string[] = ['kita'];
export const OBLIGED_REACH = 2;
export const VERB_ENCLITICS: readonly string[] = ['nya'];
/** Consequence nouns among the `warnNoun` words (see there). */
export const CONSEQUENCES: readonly string[] = ['risiko', 'risikonya', 'konsekuensi', 'konsekuensinya', 'akibatnya'];
/** The conditions among the `irrealis` words (a consequence noun threatens only after one). */
export const CONDITIONALS: readonly string[] = ['jika', 'jikalau', 'apabila', 'bila', 'bilamana', 'kalau', 'seandainya', 'manakala'];
/** Epistemic modals among the `irrealis` words: a sanction after them is not reported, but a finding after
 *  them is still a (hedged) finding (`mungkin jumlahnya lebih banyak`), as after `bisa jadi`. */
export const EPISTEMIC: readonly string[] = ['mungkin', 'barangkali'];
/** Opinion verbs that head a statement on their own, as its reporting verb (`X menilai …`). */
export const OPINION_REPORTING: readonly string[] = ['menilai', 'berpendapat', 'memandang', 'menganggap'];
/** Opinion words that frame a statement only right before the speaker's side (`Menurut saya, …`; `Menurut
 *  Kapolres, dua ASN dicopot` reports). */
export const OPINION_SOURCES: readonly string[] = ['menurut'];

/** Bare verb bases used as imperatives at a clause start without a suffix (`Jaga netralitas, …`). */
/** The morphology (classify.ts `imperativeForm`) reads -kan and -lah forms; -i forms are too often nouns
 *  (`politisi`, `Slipi`), so the common -i imperatives are listed here. */
export const IMPERATIVE_BASES: readonly string[] = [
  'jaga', 'ingat', 'junjung', 'awasi', 'layani', 'patuhi', 'taati', 'hormati', 'jauhi', 'ikuti', 'pahami', 'hindari',
  // the bases of a monitor's orders (`Catat setiap ASN yang hadir, …, lalu kirim …`, `Cek dulu …`, `Tolak …`);
  // never a base that opens a noun phrase as often (`Tindak lanjut …`, `Foto itu …`, `Rekam jejak …`)
  'catat', 'kirim', 'cek', 'periksa', 'cegah', 'tolak', 'tegur', 'lapor', 'simak', 'pastikan',
];
/** Clause-initial forms with an imperative's shape that are not one: connectives and copulas (`Sedangkan
 *  …`, `Bukanlah …`) and forms that suppose rather than order (`Misalkan ada …`). */
export const NOT_IMPERATIVE: readonly string[] = [
  'sedangkan', 'bahkan', 'bukanlah', 'adalah', 'ialah', 'misalkan', 'andaikan', 'katakanlah', 'umpamakan', 'bayangkan',
  // jussives let rather than order (`Yang lalu biarlah berlalu`)
  'biarlah', 'biarkan', 'biarkanlah',
];
/** The shortest stem an imperative's suffix may stand on (`aja` in a mis-stemmed `ajakan` is too short). */
export const IMPERATIVE_MIN_STEM = 4;
/** Words after which a new clause starts, as after a comma (`…, dan jauhkan kantor …`). */
export const CLAUSE_COORDINATORS: readonly string[] = ['dan', 'lalu', 'serta', 'kemudian', 'tapi', 'tetapi', 'namun'];
/** Prepositions: a pronoun after one is no subject (`laporan yang masuk ke kami akan …`). */
export const SUBJECT_BLOCKERS: readonly string[] = [
  'ke', 'dari', 'kepada', 'bagi', 'untuk', 'oleh', 'dengan', 'pada', 'di', 'terhadap', 'antara', 'seperti', 'dalam',
];
/** Prepositions of place and occasion: a pledge word after one names an event someone attends, no pledge of
 *  the speaker's (`terbukti hadir dalam deklarasi calon`, `datang ke deklarasi relawan`). Not `dengan`
 *  (`Dengan deklarasi ini, …` refers to the speaker's own). */
export const EVENT_PREPOSITIONS: readonly string[] = ['dalam', 'di', 'pada', 'ke'];
/** Temporal subordinators: the clause they open (to its punctuation) is background, not the statement's act
 *  (`Namun, rencana itu dibatalkan setelah ada teguran dari dinas` tells a cancellation; `X mengajukan banding
 *  setelah dijatuhi hukuman disiplin` an appeal): a sanction, removal, recommendation, enforcement or pledge word
 *  inside it decides nothing. Right before a demonstrative (`Setelah itu …`, "after that") they are an adverb
 *  and open no clause. Not `sejak` ("since"): `Sejak Oktober sudah empat kepala desa yang kami berhentikan`
 *  dates the act it reports; nor `sebelum` ("before"): what it names is often the act to come (`akan menunggu hasil
 *  kajian Bawaslu sebelum memberikan sanksi`). */
export const TEMPORAL_SUBORDINATORS: readonly string[] = ['setelah', 'sesudah', 'usai', 'seusai', 'selepas'];
/** The sanctioning bodies whose names are spelled out in words none of which names the body alone (`Komisi ASN`,
 *  `Komisi Aparatur Sipil Negara`; `Komisi` alone is any commission, `Komisi II DPR`): the statement-type scan
 *  reads each as one word (type-titles.ts), a `sanctionBody` word. `Badan Kepegawaian Negara` needs none: its
 *  `kepegawaian` names it. Lower-case, one space. */
export const SANCTION_BODY_NAMES: readonly string[] = ['komisi asn', 'komisi aparatur sipil negara'];
/** Verbs of attending and visiting: a pledge word right after one names the event attended, as after an
 *  EVENT_PREPOSITIONS word (`terbukti menghadiri deklarasi salah satu pasangan calon`, `deklarasi yang dihadiri
 *  …`), no pledge of the speaker's. Not `ikut`/`mengikuti`: `kami ikut mendeklarasikan netralitas` pledges. */
export const ATTENDING_VERBS: readonly string[] = ['menghadiri', 'dihadiri', 'hadiri', 'mendatangi', 'didatangi', 'datangi'];
/** Words that, right after a clause-initial -kan form, make it a noun heading a phrase (`Desakan itu …`,
 *  `Pasukan kami …`); a capital after it does too (`Pasukan Misrata`). An imperative takes an object. */
export const NOUN_PHRASE_FOLLOWERS: readonly string[] = ['itu', 'ini', 'tersebut', 'kami', 'kita', 'mereka', 'saya', 'kalian'];
/** A pronoun right before a relative marker heads no clause of its own (`pasien saya yang akan berangkat`). */
export const RELATIVE_MARKERS: readonly string[] = ['yang'];
/** How far (in words) the speaker's side reaches forward to its future modal or `netral`: `kami akan`,
 *  `kami juga akan`, `kami di kecamatan tetap netral`. */
export const SELF_REACH = 3;
/** How far (in words) from the statement's start an opinion verb frames it: `menilai …` (0), `Saya kira …`
 *  (1), `Secara pribadi saya melihat …` (3). */
export const OPINION_REACH = 3;

/** The scope of a negation: it reaches forward over the words it is transparent to (NEGATION_TRANSPARENT:
 *  modals, aspect, the existential, light verbs, pronouns, restrictive focus) to the first other word, its
 *  target, and covers all of them, at most NEGATION_REACH words: `tidak ada toleransi`, `tidak akan
 *  memberikan toleransi`, `tidak dijatuhi sanksi`, `bukan hanya ditegur`. A prefixed verb as target takes
 *  its object along (`tanpa mematuhi perintah`, `tidak memiliki komitmen`). It stops at its target:
 *  `tidak segan menindak` negates `segan`, `yang tidak netral akan diproses` negates `netral`, `tidak
 *  main-main dengan sanksi` negates `main-main`. */
export const NEGATION_REACH = 4;
/** Rhetorical questions assert their answer (review 17: `Kalau ada ASN yang terbukti ikut kampanye, kenapa tidak
 *  kami copot dari jabatannya?` threatens): a why-word right before a negation at a clause's start (`kenapa tidak
 *  …`, `mengapa tidak …`: the negation opens no scope, the clause asserts), and the openers of a clause that
 *  expects agreement (`Bukankah ASN yang ikut kampanye akan dikenai sanksi?`, `Masa ASN ikut kampanye?`). A
 *  sentence holding one keeps its features even when it ends in `?`; an information question (`Apakah …?`,
 *  `Kapan …?`) sets no type. */
export const RHETORICAL_WHY: readonly string[] = ['kenapa', 'mengapa'];
export const RHETORICAL_OPENERS: readonly string[] = ['bukankah', 'bukannya', 'masa', 'masak'];
export const NEGATION_TRANSPARENT: readonly string[] = [
  // modals and aspect
  'akan', 'bakal', 'bisa', 'dapat', 'mau', 'ingin', 'pernah', 'lagi', 'juga', 'pula', 'sempat', 'perlu', 'segera', 'pun',
  // the existential
  'ada',
  // light verbs before what they give, get or impose; `tinggal` before what it keeps (`tidak tinggal diam`)
  'memberi', 'memberikan', 'diberi', 'diberikan', 'mendapat', 'mendapatkan', 'menerima', 'melakukan', 'dilakukan', 'memiliki', 'punya',
  'mengambil', 'tinggal', 'dijatuhi', 'dijatuhkan', 'menjatuhkan', 'dikenai', 'dikenakan', 'mengenakan',
  // pronouns of the object-fronted passive (`tidak kami proses`)
  'kami', 'saya', 'kita',
  // restrictive focus (`bukan hanya ditegur`: not only)
  'hanya', 'sekadar', 'cuma', 'semata',
];
/** Assuring verbs among the `pledge` words: a pledge only with a future modal (FUTURE_MODALS) after them in
 *  their clause, what the speaker's side assures will (not) happen (`X memastikan penyaluran bantuan sosial
 *  tidak akan dimanfaatkan …`); with a present state they judge it (`memastikan situasi tetap aman`) or
 *  describe an act (`alat itu memastikan …`). */
export const ASSURING: readonly string[] = ['memastikan'];
/** How far (in words) a pledge reaches forward to an accepting verb: `bersedia menerima`, `siap untuk
 *  menerima`. */
export const PLEDGE_ACCEPT_REACH = 2;
/** The pledge words of willingness: before a passive sanction verb the speaker's side pledges to receive it
 *  (`kami siap diberhentikan jika …`, `bersedia disanksi`). Ensuring is no willingness: `kalau ada yang
 *  terbukti, kami pastikan diproses` threatens others. */
export const WILLING: readonly string[] = ['siap', 'bersedia', 'sanggup'];
/** How far (in words) a negated hesitation word reaches forward to its enforcement verb: `tidak segan
 *  menindak`, `tidak ragu untuk memberikan sanksi`. */
export const HESITATE_REACH = 3;
/** Investigating and summoning (among the `enforce` words): enforcement only as what a negated hesitation
 *  refuses to hesitate over (`pihaknya tidak akan segan memeriksa kepala OPD …`, `tidak ragu memanggil`), a
 *  threat; alone a procedure (`sudah diperiksa Inspektorat` reports no sanction, `akan dipanggil untuk
 *  klarifikasi` threatens nothing). */
export const INVESTIGATING: readonly string[] = [
  'memeriksa', 'diperiksa', 'mengusut', 'diusut', 'menyelidiki', 'diselidiki', 'menyidik', 'disidik', 'memanggil',
  'dipanggil', 'menelusuri', 'ditelusuri', 'menertibkan', 'ditertibkan',
  // their bare forms, the object-fronted passive (`sudah kami periksa`, `akan kami panggil`)
  'periksa', 'usut', 'selidiki', 'sidik', 'panggil', 'telusuri', 'tertibkan',
];
/** How far (in words) a removal verb and its office word may be apart, either way: `dibebaskan dari
 *  jabatannya`, `ditunda kenaikan pangkatnya`, `pangkatnya diturunkan`. */
export const OFFICE_REACH = 3;
/** Verbs of moving someone (round 18): a removal only to a post without office, an office word negated within
 *  MOVE_OFFICE_REACH words after it (`sudah kami pindahkan ke sekolah lain tanpa jabatan`); a move to an office is a
 *  rotation (`pejabat yang dipindahkan ke jabatan baru`), a move of a thing nothing. */
export const MOVING: readonly string[] = ['dipindahkan', 'memindahkan'];
/** Words from the move to the office it denies: the destination and the new post stand between (`dipindahkan ke kantor
 *  bupati sebagai staf biasa tanpa jabatan`: 8). */
export const MOVE_OFFICE_REACH = 9;
/** Demotion: a removal verb right before one of these takes the office away for the post after it (`sudah kami
 *  turunkan jadi guru biasa`, `dimutasi menjadi staf pelaksana`, `diturunkan sebagai pelaksana`): the word reads as
 *  an office word (OFFICE). */
export const DEMOTED_TO: readonly string[] = ['jadi', 'menjadi', 'sebagai'];
/** The subject and the predicate of one clause: how far (in words) a clause's subject (a sanction noun, an office
 *  word, the speaker's side) may stand before its predicate (a perfect passive, a passive removal, a future
 *  modal) when no verb stands between them in the clause (FeatureSeq.pred): the subject's modifiers, a relative
 *  clause, a coordinated subject (`keputusan penurunan jabatan … bagi seorang kepala bidang di dinas pertanian
 *  sudah diserahkan`, `tunjangan kinerja dua ASN yang terbukti ikut kampanye telah dipotong`, `kami dari jajaran
 *  Dinas Pendidikan akan menjaga …`, `saya pribadi dan keluarga tidak akan ikut …`). */
export const CLAUSE_SUBJECT_REACH = 16;
/** How far (in words) a `confront` word reaches forward to its law word: `berurusan dengan aparat`,
 *  `berhadapan dengan hukum`. */
export const CONFRONT_REACH = 3;
/** How far (in words) a receiving verb reaches forward to its sanction noun: `mendapat teguran`,
 *  `menerima surat teguran`. */
export const GET_REACH = 3;
/** How far (in words) a perfect marker reaches forward to the sanction it reports: `sudah kami
 *  rekomendasikan`, `telah resmi dicopot`. */
export const REALIS_REACH = 4;
/** Verbs of regulating and describing: a sanction noun as their subject names a rule, not a sanction imposed
 *  (`sanksi bagi ASN yang tidak netral sudah diatur dengan jelas`, `sanksinya sudah tercantum dalam PP 94`): no
 *  report of a sanction, though a perfect marker opens their passive. */
export const REGULATING: readonly string[] = [
  'diatur', 'atur', 'dijelaskan', 'disebutkan', 'ditegaskan', 'dibahas', 'disosialisasikan', 'sosialisasikan', 'dikaji',
  'kaji', 'disiapkan', 'siapkan', 'dirumuskan', 'disusun', 'susun', 'dicantumkan', 'dituangkan',
];
/** Verbs of being in force: a sanction noun that is their subject after a perfect marker is reported as
 *  imposed (`Penundaan kenaikan pangkat … sudah berlaku untuk camat itu`, `sanksinya telah efektif`). */
export const IN_FORCE_VERBS: readonly string[] = ['berlaku', 'efektif', 'dijalani', 'dijalankan', 'diberlakukan', 'diterapkan'];
/** How far (in words) a sanction noun reaches forward to the perfect marker before its in-force verb (the
 *  noun's modifiers between: `penundaan kenaikan pangkat selama satu tahun sudah berlaku`). */
export const IN_FORCE_REACH = 7;
/** Removal verbs whose object stands between them and the office taken (`membebaskan Kepala Dinas Perhubungan
 *  dari jabatannya`): the office may stand REMOVING_FROM_REACH words after them. And the act as a noun, the content of a
 *  decree (round 19: `bupati sudah menandatangani keputusan pembebasan seorang kepala seksi … dari jabatannya`). */
export const REMOVING_FROM: readonly string[] = ['membebaskan', 'membebastugaskan', 'pembebasan'];
/** How far (in words) the office taken stands after a removal from (REMOVING_FROM): the object between is an official's
 *  whole title with its unit (`seorang kepala seksi dinas perikanan dari jabatannya`: 7; `Kepala Bagian Umum Sekretariat
 *  Daerah Kota itu dari jabatannya`: 9), longer than a subject's modifiers. */
export const REMOVING_FROM_REACH = 10;
/** The shortest di- word read as a passive verb (`dicap` and longer; `diri`, `dia` are not verbs). */
export const PASSIVE_MIN_LENGTH = 5;
/** The stemmer leaves compound verbs whole (`ditandatangani`, `ditindaklanjuti`, `dipertanggungjawabkan`): a
 *  di- word of at least this length it leaves whole is still a passive verb when it ends in a verb suffix
 *  (PASSIVE_SUFFIXES), unless in a loanword noun's ending (`diskualifikasi`, `distribusi`). */
export const PASSIVE_COMPOUND_MIN_LENGTH = 9;
export const PASSIVE_SUFFIXES: readonly string[] = ['kan', 'i'];
export const NOT_PASSIVE_ENDINGS: readonly string[] = ['si'];
/** Compound verbs written as two words (`akan kami tindak lanjuti`, `sudah kami tanda tangani`, `harus kami
 *  tanggung jawabkan`): read as the one word they make (`tindaklanjuti`: a follow-up, not the enforcement verb
 *  `tindak`), so the first part after a pronoun is no bare verb of its own. Lower-case, one space. */
export const SPLIT_COMPOUND_VERBS: readonly string[] = ['tindak lanjut', 'tanda tangan', 'tanggung jawab', 'garis bawah', 'alih fungsi'];
/** Words of bracing oneself (`siap-siap`, `bersiap-siap`): after a generic offender named before them, as a
 *  permission there (PERMISSIONS), they dare the offender to face what comes, a threat (`Kepala desa yang masih
 *  memasang baliho calon, siap-siap saja`); of anyone else they prepare (`KPU bersiap-siap menghadapi …`). */
export const BRACING: readonly string[] = ['siap-siap', 'bersiap-siap', 'bersiaplah', 'siap-siaplah', 'bersiap-siaplah'];
/** Waiting for what comes (round 18): after a generic offender named before it, a dare as BRACING is (`Yang masih
 *  pasang stiker calon di mobil dinas, tunggu saja panggilan dari BKD`); the speaker's own waiting is none (`Kami tunggu
 *  saja keputusan dari pusat`: no offender), nor is the encouraging `jangan tunggu …`. */
export const AWAITING: readonly string[] = ['tunggu', 'tunggulah'];
/** The offender's matter, as a noun with its possessor (round 18): `urusannya dengan saya`, `urusannya dengan polisi`
 *  face the speaker or the law as `berurusan dengan` does, but only after a generic offender or a condition (`Pegawai
 *  yang berani ikut kampanye, urusannya dengan saya`, `Kalau terbukti, urusannya bukan lagi dengan kami tapi dengan
 *  kejaksaan`). Not the bare `urusan`, a matter handled or deflected (`urusan administrasi … sudah diselesaikan`,
 *  `Kalau sudah masuk ranah pidana, … Itu urusan penegak hukum`). */
export const CONFRONT_NOUNS: readonly string[] = ['urusannya'];
/** Words from the matter noun to whom it is with: longer than CONFRONT_REACH, since a contrast may stand between (`urusannya
 *  bukan lagi dengan kami, tapi dengan aparat penegak hukum`). */
export const CONFRONT_NOUN_REACH = 9;
/** Adverbs of the past that, right before a pledge word, report a pledge once made, no pledge of the speaker's
 *  now (`Para kepala desa itu dulu berjanji netral, tapi faktanya …`, `pernah menyatakan siap …`). */
export const RETROSPECTIVE: readonly string[] = ['dulu', 'dahulu', 'pernah'];
/** Adverbs of urgency that may open an imperative clause before its verb (`Segera laporkan ke Panwascam bila …`,
 *  `Langsung laporkan …`): the verb after them is still at its clause's start. */
export const IMPERATIVE_ADVERBS: readonly string[] = ['segera', 'langsung', 'cepat', 'buruan'];
/** Verbs of stopping (among the `removal` words): with an office, pay or honorarium word beside them a sanction
 *  (`Honorarium tiga ketua RT itu sudah dihentikan oleh pemerintah kabupaten`, `siltapnya kami hentikan`); a case is
 *  stopped too (`dua kasus dihentikan karena tidak memenuhi unsur`), so a sanctioning body named in the statement does
 *  not make a stop a sanction (removalByBody), as it does a transfer. */
// (round 18 release: the loan `stop`/`setop` is the same verb, `Honor … distop sejak Oktober`, `tunjangannya kami setop`; with no
// office word beside it nothing, `Penyaluran bantuan pangan distop sementara`)
export const STOPPING: readonly string[] = ['dihentikan', 'menghentikan', 'penghentian', 'distop', 'disetop', 'menyetop', 'menstop', 'penyetopan'];
/** Words of needlessness (round 18 release): right after a negation they make the soft negative imperative (`tidak
 *  usah`, "no need to"), read as `jangan` is: a prohibition before an act (`ASN tidak usah ikut kampanye`), and before a
 *  feeling it encourages (`Tidak usah ragu melapor …`: an appeal, as `Jangan takut melapor`). Not `perlu`, which also
 *  states a need (`Kami tidak perlu menunggu …`). */
export const NEEDLESS: readonly string[] = ['usah'];
/** Verbs of an attribute a person has (round 18 release): right after an obligation modal they state a requirement, an
 *  eligibility rule, no act ordered (`pendaftar harus berdomisili di desa setempat dan berusia paling rendah 17 tahun`:
 *  other); `harus bersikap netral`, `harus berada di kantor` order conduct, so only attributes one has, not does. */
export const ATTRIBUTE_VERBS: readonly string[] = [
  'berdomisili', 'berusia', 'berumur', 'berijazah', 'berpendidikan', 'bertempat', 'berkewarganegaraan', 'berbadan', 'berstatus',
  'berkelakuan', 'berpengalaman',
];
/** Verbs of favouring or discriminating (round 19): negated, by the speaker's side, they declare equal treatment, a
 *  commitment (`…, tidak ada warga yang kami istimewakan karena pilihan politiknya`, `Kami tidak membeda-bedakan
 *  pasangan calon`, `Semua warga kami layani tanpa membeda-bedakan …`); asserted, or forbidden, asked or said of
 *  another, nothing of the speaker's (`ASN dilarang mengistimewakan …`, `Camat diminta tidak membeda-bedakan …`). */
/** Modals of ability (review19): between a negation and a favouring verb (FAVOURING) they report an inability, no
 *  pledge (`Kami tidak bisa membedakan mana akun asli dan mana akun palsu`: tells apart). Lower-case. */
export const ABILITY_MODALS: readonly string[] = ['bisa', 'dapat', 'mampu', 'sanggup', 'sempat'];
export const FAVOURING: readonly string[] = [
  'istimewakan', 'mengistimewakan', 'diistimewakan', 'bedakan', 'membedakan', 'dibedakan', 'beda-bedakan', 'membeda-bedakan',
  'dibeda-bedakan', 'anakemaskan', 'menganakemaskan', 'dianakemaskan', 'diskriminasikan', 'mendiskriminasikan', 'didiskriminasikan',
  'anaktirikan', 'menganaktirikan', 'dianaktirikan',
];
/** Verbs of receiving (round 19): pay an offender no longer receives, or receives only in part, is pay withheld told from
 *  the receiver's side (`Tiga pegawai yang terbukti ikut kampanye kini hanya menerima separuh tunjangan kinerja`, `…
 *  tidak lagi mendapat TPP sejak Oktober`): a sanction reported, and under a modal or condition a threat. */
export const RECEIVING: readonly string[] = ['menerima', 'mendapat', 'mendapatkan', 'memperoleh', 'diberi'];
/** Restrictive focus before a receiving verb (RECEIVING): only part of the pay is received (`hanya menerima separuh …`). */
export const RESTRICTIVE: readonly string[] = ['hanya', 'cuma'];
/** How far (in words) a restrictive focus (RESTRICTIVE) stands before its receiving verb: right before it, or with a
 *  modal between (`hanya akan menerima separuh siltap`). */
export const RESTRICTIVE_REACH = 2;
/** Verbs of striking off or excluding (round 19), bare, as the speaker's object-fronted passive (`namanya saya coret dari
 *  daftar`): on an offender named before it (an official under a condition, `Kalau ada kepala sekolah yang …`; `yang
 *  terbukti …`; a generic subject fronted) the speaker's consequence, read as an enforcement word: a threat, or with a
 *  perfect marker a sanction. On anyone else an entry struck off a list, nothing (`Kalau ada pemilih yang meninggal dunia,
 *  namanya kami coret dari DPT`). */
export const EXCLUDING: readonly string[] = ['coret', 'coretkan', 'gugurkan', 'depak'];
/** Verbs of taking back (round 20), bare, as the speaker's object-fronted passive right before a word of return
 *  (RETURNING: `kunci mobil itu saya minta kembali`, `kendaraannya kami tarik kembali`): on an offender named before them
 *  (as EXCLUDING) what the post lends is taken back, the speaker's consequence, an enforcement word and no request. On
 *  anyone else nothing is read into them (`Saya minta kembali seluruh ASN …` asks again). */
export const RECLAIMING: readonly string[] = ['minta', 'tarik', 'ambil'];
/** Words that, right after a relative marker, refer back to someone already named (round 20: `Kades yang bersangkutan juga
 *  akan kami panggil`, `pegawai yang dimaksud`): a definite referent, no generic subject (FeatureSeq.genericAt). */
export const ANAPHORIC_RELATIVES: readonly string[] = ['bersangkutan', 'dimaksud'];
/** Words of return, after a verb of taking back (RECLAIMING). */
export const RETURNING: readonly string[] = ['kembali'];
/** Partisan words (review19) that, beside a neutrality cue or a finding (`berkampanye`, `berpihak`, `melanggar`,
 *  `terbukti`), make an official's relative clause under a condition an offence: the candidate, the party and the
 *  campaign's own events (`Kalau ada kepala desa yang ikut menggiring warga ke posko calon, namanya kami coret …`). Any
 *  other relative names no offender (`Kalau ada ASN yang sudah meninggal dunia tetapi masih terdaftar di DPT, namanya
 *  kami coret`: an entry struck off a list). Lower-case. */
export const PARTISAN_WORDS: readonly string[] = [
  'calon', 'paslon', 'caleg', 'kandidat', 'cabup', 'cawabup', 'cagub', 'cawagub', 'cawalkot', 'partai', 'parpol',
  'timses', 'posko', 'deklarasi', 'konsolidasi',
  // campaign events and material (merge of round 19's release: `Kalau ada kepala desa yang memakai motor dinas untuk
  // konvoi, motornya kami tarik kembali`, types18's taking-back row)
  'konvoi', 'baliho', 'spanduk', 'atribut',
];
