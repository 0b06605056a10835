// DATA: what surrounds a person's name but is not part of it, and the words next to a name that tell
// us it is a person (speech verbs) or that a capitalised word is NOT a name.

import { INDONESIAN_MONTHS } from './calendar.js';
import { LOCAL_UNIT_WORDS } from './titles-local.js';

/** The short honorifics a sentence-opening name may carry in the statements' discourse reader
 *  (`H. Lalu Gita Ariadi mengatakan …`, `Drs. Ahmad …`). */
export const SENTENCE_NAME_HONORIFICS: readonly string[] = ['H', 'Hj', 'Dr', 'Drs', 'Ir', 'KH', 'TGH', 'Prof'];
/** The honorifics (up to three) before a person named outside the officials list, for the statements' pronoun
 *  chain (discourse.ts PERSON_NAME: `H. Ahmad Zaini`, `KH Ahmad …`): the sentence-opening ones but `Prof` (an
 *  academic rank there is read with the title, not the name). */
export const PERSON_NAME_HONORIFICS: readonly string[] = SENTENCE_NAME_HONORIFICS.filter((w) => w !== 'Prof');

/** Honorifics, religious/academic prefixes and ranks written BEFORE a name (with or without a dot). */
export const HONORIFICS_BEFORE: readonly string[] = [
  // academic / professional
  'Prof', 'Drs', 'Dra', 'Dr', 'dr', 'drg', 'Ir', 'Ns',
  // German-style doctorates written before the name: `Dr. Phil. Nama`, `Dr. rer. pol. Nama`
  'Dr. Phil', 'Dr. phil', 'Dr.phil', 'Dr. rer. nat', 'Dr. rer. pol', 'Dr. rer. soc',
  // religious / hajj (`Hi.`: the hajj as North Maluku and Gorontalo write it, `Hi. Mansur Abdullah`)
  'H.M', 'HM', 'Hj', 'Hi', 'H', 'KH', 'K.H', 'TGH', 'TGB', 'Tuan Guru Haji', 'Tuan Guru', 'Ust', 'Ustadz', 'Ustaz', 'Habib',
  'Tgk', 'Teungku',
  // royal (Yogyakarta): `Sri Sultan Hamengku Buwono X`; only as a pair, since `Sri` alone starts many names
  'Sri Sultan', 'KGPAA',
  // address
  'Bapak', 'Ibu', 'Pak', 'Bu', 'Sdr', 'Sdri', 'Saudara', 'Saudari',
  // address written short, as dated and Batak/Manado outlets write it (`Ny. Lisnawati br Manik`): Nyonya, Nona, Tuan
  'Ny', 'Nn', 'Tn',
  // police and military ranks
  'Jenderal Pol', 'Komjen Pol', 'Irjen Pol', 'Brigjen Pol', 'Kombes Pol', 'AKBP', 'AKP', 'Kompol', 'Iptu', 'Ipda',
  'Jenderal TNI', 'Laksamana TNI', 'Marsekal TNI', 'Letjen TNI', 'Mayjen TNI', 'Brigjen TNI', 'Laksdya TNI',
  'Marsdya TNI', 'Laksda TNI', 'Marsda TNI', 'Laksma TNI', 'Marsma TNI', 'Laksamana', 'Marsekal',
  'Jenderal', 'Komjen', 'Irjen', 'Brigjen', 'Kombes', 'Mayjen', 'Letjen', 'Kolonel', 'Letkol', 'Mayor', 'Kapten',
  'Kol', 'Inf', 'Kav', 'Czi', 'Arh',
  // police ranks with `Polisi` written out (`Kapolri Jenderal Polisi X`), and lower ranks
  'Jenderal Polisi', 'Komjen Polisi', 'Irjen Polisi', 'Brigjen Polisi', 'Kombes Polisi', 'Aiptu', 'Aipda', 'Bripka', 'Brigpol', 'Briptu', 'Bripda',
  // navy, air force and lower army ranks; army corps after the rank (`Letkol Arm X`, `Kolonel Pnb X`, `Letkol Mar X`)
  'Laksma', 'Laksda', 'Marsma', 'Marsda', 'Lettu', 'Letda', 'Letnan', 'Peltu', 'Pelda', 'Serma', 'Serka', 'Sertu', 'Serda',
  'Arm', 'Mar', 'Pnb', 'Cpm', 'Chk', 'Cba', 'Cpl', 'Caj', 'Ckm', 'Cku', 'Chb', 'Cpn', 'Psk',
  // navy corps after the rank, in parentheses (`Letkol Laut (P) X`, `Kolonel Laut (KH) X`), and `Marinir`
  'Laut (P)', 'Laut (T)', 'Laut (E)', 'Laut (S)', 'Laut (K)', 'Laut (KH)', 'Laut (PM)', 'Laut', 'Marinir',
];

/** Terms of address that make a nickname (Javanese `Mas`, `Mbak`, `Cak`, `Gus`, `Ning`; Sundanese `Kang`, `Aa`, `Teh`;
 *  Betawi and Malay `Bang`, `Abang`; Minang `Uda`; Makassar `Daeng`; the nationalist `Bung`). Convention: before a name
 *  of two words or more they are an address and are dropped (`Kang Ahmad Yani` → `Ahmad Yani`); before one word they
 *  are the nickname the person is known by and stay (`Cak Imin`, `Gus Dur`, `Kang Emil`: the NER gold's spans). */
export const NICKNAME_HONORIFICS: readonly string[] = ['Bung', 'Kang', 'Akang', 'Aa', 'Teh', 'Cak', 'Gus', 'Ning', 'Mas', 'Mbak', 'Bang', 'Abang', 'Uda', 'Daeng'];

/** Police and military ranks (lower-case, first word): a rank ends the run of capitalised words before it, which
 *  is then a unit's own name, not a person's (`Pangdam Iskandar Muda Mayjen TNI X`, `Danlanud Iswahjudi Marsma TNI X`). */
export const RANK_HEADS: readonly string[] = [
  'jenderal', 'komjen', 'irjen', 'brigjen', 'kombes', 'akbp', 'akp', 'kompol', 'iptu', 'ipda', 'aiptu', 'aipda', 'bripka',
  'brigpol', 'briptu', 'bripda', 'laksamana', 'marsekal', 'letjen', 'mayjen', 'laksdya', 'marsdya', 'laksda', 'marsda',
  'laksma', 'marsma', 'kolonel', 'letkol', 'mayor', 'kapten', 'lettu', 'letda', 'peltu', 'pelda', 'serma', 'serka', 'sertu',
  'serda',
];

/** Status written in parentheses after a rank: `Komjen Pol (Purn) Nana Sudjana`. */
export const RANK_SUFFIXES: readonly string[] = ['Purn', 'Purnawirawan', 'Ret'];

/** Degrees written AFTER a name (degrees.ts: the one degree list and its key set). */
export { DEGREES_AFTER } from './degrees.js';

/** Convention (the gold of the earlier blind sets: check5 keeps `Tb.`; every set keeps `Andi`, `Cut`, `Teuku`,
 *  `Raden`): a regional particle of birth or nobility is part of the person's name and stays at its start, written
 *  out (`Tubagus`, `Raden`, `Raden Roro`, `Andi`, `Teuku`, `Cut`, `Tengku`, `Daeng`, `Lalu`, `Baiq`, `Ida Bagus`,
 *  `Anak Agung`: ordinary name words) or abbreviated with a dot (these, read as name tokens: `Tb. Haerul Jaman`,
 *  `Rr. Siti`, `Dg. Manye`; the Minang adat title `Dt.`, Datuk, carried inside the name with its gelar: `Irwan Fikri
 *  Dt. Bandaro Kayo`, the gold of check7); a religious or earned honorific (`H.`, `Hj.`, `KH`, `TGH`, `Tuan Guru`, `Tgk.`/`Teungku`,
 *  `Ustaz`, academic degrees, ranks) is dropped (HONORIFICS_BEFORE). */
export const NOBLE_ABBREVIATIONS: readonly string[] = ['Tb', 'Rr', 'Dg', 'Dt'];

/** Abbreviated given names written with a dot that are part of the name: `Moh. Ramdhan Pomanto`, `Abd. Rahman`; and
 *  the baptismal names that Christian names of eastern Indonesia and Batak names write short, first or inside the
 *  name (`Moses Ch. Kaibu`, `Yoh. Bata Lewar`, `Th. Kristina Manuhutu`): Christian/Christoffel, Theodorus, Philipus,
 *  Fransiskus, Fransiskus Xaverius, Yohanes, Ignatius. */
export const NAME_ABBREVIATIONS: readonly string[] = [
  'Moh', 'Muh', 'Moch', 'Mochd', 'Mohd', 'Muhd', 'Mhd', 'Abd', 'Ach', 'Achm',
  'Ch', 'Chr', 'Th', 'Ph', 'Fr', 'Fx', 'FX', 'Yoh', 'Ign',
  ...NOBLE_ABBREVIATIONS,
];


/** Name-prefix words that ARE part of a name (Sasak, Bugis, Acehnese, Balinese) yet are also ordinary words
 *  (`lalu` = "then"): an all-caps name (`H. LALU GITA ARIADI`) may contain them even though the article writes
 *  them in lower case elsewhere. Lower-case. */
export const NAME_PREFIX_WORDS: readonly string[] = [
  'lalu', 'baiq', 'andi', 'teuku', 'cut', 'dewa', 'ida', 'bagus', 'gusti', 'ngurah', 'made', 'wayan', 'nyoman',
  'ketut', 'putu', 'gede', 'kadek', 'komang', 'ni', 'luh', 'sang', 'anak', 'agung', 'i', 'al', 'abdul', 'sri',
  'tubagus', 'raden', 'tengku', 'daeng',
];

/** NAME_PREFIX_WORDS that open a person's name and never a place's (noble and birth-order words: Sasak `Lalu`,
 *  `Baiq`; Acehnese `Teuku`, `Cut`; Bugis `Andi`; Balinese `I`, `Ni`, `Made`, `Wayan`, …): after a village's or a
 *  kecamatan's post, the place's name ends before one (`Kades Jonggat Baiq Nurhayati`). Lower-case. */
export const PERSON_OPENING_WORDS: readonly string[] = [
  'lalu', 'baiq', 'teuku', 'cut', 'andi', 'i', 'ni', 'ngurah', 'made', 'wayan', 'nyoman', 'ketut', 'putu', 'kadek', 'komang',
  // Banten's, Java's and Malay nobility (`Kades Sukamaju Tubagus Ahmad`, `Tb. Ahmad`, `Raden Ahmad`, `Tengku Ahmad`)
  'tubagus', 'tb', 'raden', 'tengku',
];

/** Words in NOT_NAME_WORDS that may still continue a name (never start one): `I Gusti Ngurah Jaya Negara`. */
export const NAME_INNER_WORDS: readonly string[] = ['negara'];

/** Given-name prefixes that many people carry; the identity key drops them when ≥ 2 other tokens remain. */
export const COMMON_NAME_PREFIXES: readonly string[] = ['muhammad', 'muhamad', 'mohammad', 'mohamad', 'mohammed', 'muhammed', 'moh', 'muh', 'moch', 'mochammad', 'm'];

/** Function words that open a sentence or a heading, capitalised there and never a name. Lower-case. */
export const SENTENCE_FUNCTION_WORDS: readonly string[] = [
  'di', 'ke', 'dari', 'dalam', 'pada', 'yang', 'dan', 'atau', 'untuk', 'saat', 'ketika', 'menurut', 'selaku', 'sebagai',
  'juga', 'ini', 'itu', 'tersebut', 'bahwa', 'kata', 'ujar', 'ia', 'dia', 'beliau', 'kami', 'kita', 'saya', 'mereka',
  'para', 'seluruh', 'semua', 'setiap', 'bersama', 'serta', 'dengan', 'oleh', 'tak', 'tidak', 'bukan', 'namun',
  'sementara', 'selain', 'sedangkan', 'kemudian', 'selanjutnya', 'sebelumnya', 'hadir', 'turut', 'inilah',
  'berikut', 'adapun', 'yakni', 'yaitu', 'acara', 'kegiatan', 'webinar',
];

/** Sentence connectives and capitalised sentence starters (`Oleh karena itu, camat …`, `Hanya, kades …`; `Lalu` =
 *  "then" is left out: it is a Sasak name prefix). Lower-case. */
export const SENTENCE_CONNECTIVES: readonly string[] = [
  'karena', 'sebab', 'akibat', 'meski', 'meskipun', 'walau', 'walaupun', 'bahkan', 'apalagi', 'terlebih', 'sehingga',
  'agar', 'supaya', 'jika', 'apabila', 'bila', 'kalau', 'maka', 'tetapi', 'tapi', 'melainkan', 'padahal', 'hanya',
  'setelah', 'sebelum', 'sesudah', 'usai', 'seusai', 'sejak', 'hingga', 'sampai', 'soal', 'mengenai', 'tentang',
  'terkait', 'berdasarkan', 'sesuai', 'sehubungan', 'demikian', 'begitu', 'jadi', 'pun', 'lagi', 'kini', 'sekarang',
  'nanti', 'kemarin', 'besok', 'tadi', 'pagi', 'siang', 'sore', 'malam', 'pertama', 'kedua', 'ketiga', 'terakhir',
  'misal', 'contoh', 'tentu', 'tetap', 'masih', 'sudah', 'telah', 'belum', 'akan', 'harus', 'wajib', 'dilarang',
  'hal', 'pihak', 'atas', 'bagi', 'tanpa', 'antara', 'lain', 'sedang', 'apa', 'siapa', 'mengapa', 'bagaimana',
  'kapan', 'mana', 'ada', 'adalah', 'merupakan',
];

/** Pronouns (never a name). Lower-case. */
export const PRONOUN_WORDS: readonly string[] = [
  'anda', 'kalian', 'aku', 'kamu', 'engkau', 'kau', 'beliau',
];

/** Capitalised words that open a sentence and never a name: function words, connectives, pronouns (the sentence
 *  splitter reads them after a dotted form: `…, S.H. Dalam rapat itu`, `terbitnya SE. Meski demikian`). */
export const SENTENCE_STARTER_WORDS: readonly string[] = [...SENTENCE_FUNCTION_WORDS, ...SENTENCE_CONNECTIVES, ...PRONOUN_WORDS];

/** Capitalised words that are never (part of) a person's name. Lower-case. */
export const NOT_NAME_WORDS: readonly string[] = [
  // days and months
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad',
  ...INDONESIAN_MONTHS,
  // (`Lalu`, `Baiq` are Sasak name prefixes in Lombok: never listed here)
  // function words at the start of a sentence or a heading
  ...SENTENCE_FUNCTION_WORDS,
  // administrative and institutional words
  'pemerintah', 'pemerintahan', 'pemkab', 'pemkot', 'pemprov', 'pemda', 'kabupaten', 'kota', 'provinsi', 'kecamatan',
  'desa', 'kelurahan', 'kantor', 'aula', 'gedung', 'dinas', 'badan', 'bagian', 'sekretariat', 'kementerian',
  'bawaslu', 'kpu', 'kpud', 'panwaslu', 'dkpp', 'kasn', 'bkn', 'dprd', 'dpr', 'asn', 'pns', 'pppk', 'tni', 'polri',
  'polda', 'polres', 'pilkada', 'pemilu', 'pilpres', 'pileg', 'pilkades', 'netralitas', 'deklarasi', 'republik',
  'indonesia', 'negara', 'daerah', 'nasional', 'pusat', 'ri', 'nkri', 'undang', 'uu', 'pasal', 'peraturan', 'surat',
  'edaran', 'nomor', 'no', 'warga', 'tahun', 'wib', 'wita', 'wit', 'kepala', 'ketua', 'anggota', 'komisioner', 'wakil', 'sekretaris',
  'gubernur', 'bupati', 'walikota', 'wali', 'sekda', 'camat', 'lurah', 'kades', 'menteri', 'presiden', 'penjabat',
  'pj', 'plt', 'plh', 'jalan', 'jl', 'gang', 'program', 'partai', 'paslon', 'calon', 'tim', 'grup', 'pos', 'post',
  'baca', 'berita', 'terkait', 'foto', 'video', 'editor', 'reporter', 'penulis', 'sumber', 'antara',
  'deputi', 'direktur', 'dirjen', 'asisten', 'inspektur', 'inspektorat', 'perbekel', 'keuchik', 'kapolres',
  'kapolda', 'dandim', 'kajari', 'panwaslih', 'setda', 'setdakab', 'setdakot', 'setdaprov', 'setwan', 'setdprd', 'setjen', 'setneg', 'setkab', 'bidang', 'divisi', 'koordinator',
  'kemendagri', 'humas', 'kominfo', 'diskominfo', 'bkpsdm', 'bkd',
  // the forums of a region's and a district's leaders (`unsur Forkopimda`, `Muspika Kecamatan X`), old and new names
  'forkopimda', 'forkompinda', 'forkopimcam', 'forkopimca', 'forkopimka', 'muspida', 'muspika', 'muspiko',
  // the regional names of kecamatan, villages and hamlets (titles-local.ts)
  'distrik', 'gampong', 'nagari', 'jorong', 'pekon', ...LOCAL_UNIT_WORDS.map((w) => w.toLowerCase()),
  // sentence connectives and capitalised sentence starters, pronouns
  ...SENTENCE_CONNECTIVES,
  ...PRONOUN_WORDS,
];

/** Nominalisations (pe(N)-/per-/ke- … -an: `Pelaporan`, `Pembinaan`, `Kesehatan`, `Perhubungan`) name a unit's
 *  field, never a person: a "name" after a title that starts with one is the rest of an unknown unit's name
 *  (`Kepala Pusat Pelaporan dan Analisis Transaksi Keuangan X`). Prefixes, lower-case; the stem has ≥ 3 letters. */
export const NOMINAL_PREFIXES: readonly string[] = ['peng', 'peny', 'pem', 'pen', 'per', 'pe', 'ke'];
export const NOMINAL_SUFFIX = 'an';

/** Clitics that make a capitalised word an ordinary word, never a name, when they end a word with at least
 *  MIN_CLITIC_STEM letters before them: `Menurutnya`, `Pasalnya`, `Sebelumnya`, `Intinya`, `Meskipun`.
 *  (Short words keep their chance: `Sonya`, `Tanya` are names.) `-lah`/`-kah` are left out: `Abdullah`. */
export const NOT_NAME_CLITICS: readonly string[] = ['nya', 'pun'];
export const MIN_CLITIC_STEM = 3;

/** Words that begin the name of a place, building or body: the capitalised words after them belong to that
 *  name (`Hotel Lombok Raya`, `Masjid Hubbul Wathan`, `Lapangan Bumi Gora`), so such a run is never a person.
 *  Lower-case; they are never names themselves either. */
export const PLACE_HEAD_WORDS: readonly string[] = [
  // buildings and venues
  'hotel', 'masjid', 'musala', 'mushola', 'gereja', 'pura', 'vihara', 'klenteng', 'lapangan', 'alun', 'stadion',
  'gelanggang', 'gedung', 'graha', 'wisma', 'balai', 'bale', 'aula', 'pendopo', 'pendapa', 'auditorium', 'convention',
  'ballroom', 'restoran', 'rumah', 'kafe', 'taman', 'pantai', 'pasar', 'terminal', 'bandara', 'pelabuhan', 'islamic',
  // schools, hospitals, offices and posts
  'universitas', 'institut', 'sekolah', 'madrasah', 'pondok', 'ponpes', 'pesantren', 'sma', 'smp', 'smk',
  'mts', 'rsud', 'puskesmas', 'mapolres', 'mapolda', 'mapolsek', 'makodim', 'makorem', 'kodim', 'korem', 'polsek',
  'koramil', 'kejari', 'kejati', 'pengadilan', 'markas', 'kantor', 'sekretariat',
  // associations and bodies: `Ikatan Ahli Perencanaan`, `Persatuan Guru Republik Indonesia`
  'ikatan', 'persatuan', 'asosiasi', 'himpunan', 'perhimpunan', 'lembaga', 'yayasan', 'majelis', 'perkumpulan',
  'serikat', 'koalisi', 'aliansi', 'forum', 'paguyuban', 'komunitas', 'dewan', 'komisi',
  // settlements and roads
  'dusun', 'kampung', 'lingkungan', 'perumahan', 'kompleks', 'komplek', 'jalan', 'jl', 'gang', 'gg',
];

/** Words right before a capitalised run that make it a place: `di Sangkareang, Gubernur NTB …`. Lower-case. */
export const PLACE_PREPOSITIONS: readonly string[] = ['di', 'ke', 'menuju', 'sekitar'];
/** Words before a name that make the name a clause's source or topic (`Menurut Budi, Kepala Dinas sudah dipanggil`):
 *  a title after its comma is in apposition only when a comma or a sentence end closes it (`Menurut Budi, Kepala Dinas
 *  X, …`). Lower-case. */
export const SOURCE_PREPOSITIONS: readonly string[] = ['menurut', 'bagi'];

/** Speech verbs written right BEFORE the speaker: `ujar Ilham`, `kata Hesty`, `disampaikan oleh Ilham`. */
export const SPEECH_VERBS_BEFORE: readonly string[] = [
  'ujar', 'ujarnya', 'kata', 'ucap', 'tegas', 'jelas', 'tutur', 'imbuh', 'pungkas', 'lanjut', 'tutup', 'ungkap',
  'sebut', 'terang', 'papar', 'tambah', 'sambung', 'kilah', 'seru', 'harap', 'pinta', 'ajak', 'oleh', 'menurut',
];

/** Verbs written right AFTER a subject name: `Ilham menegaskan`, `Hesty menjelaskan`. */
export const SUBJECT_VERBS_AFTER: readonly string[] = [
  'mengatakan', 'menegaskan', 'menyampaikan', 'menjelaskan', 'mengajak', 'menekankan', 'menyoroti', 'mengingatkan',
  'berharap', 'meminta', 'mengungkapkan', 'menyebut', 'menyebutkan', 'menilai', 'menambahkan', 'mengimbau',
  'menginstruksikan', 'memaparkan', 'menuturkan', 'membuka', 'mengapresiasi', 'menyatakan', 'juga',
];

/** Regnal numbers that may end a name as a lone capital (`Hamengku Buwono X`). */
export const REGNAL_NUMBERS: readonly string[] = ['II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Particles between name words, before a capital: `Nasir bin Abdullah`, `Aini binti Zulkifli`; the Batak `br`/`boru`
 *  of a woman's clan name (`Lisnawati br Manik`). Lower-case. */
export const NAME_PARTICLES: readonly string[] = ['bin', 'binti', 'bte', 'br', 'boru'];

/** Honorifics written INSIDE a name, before the father's name (North Maluku and Gorontalo: `Rusdi Hi. Umar`, son of
 *  Haji Umar). Convention: dropped from the name, as an honorific before it is (`Rusdi Umar`). Lower-case, written
 *  with their dot; `H.` is not here: inside a name it is as often an initial (`Ahmad H. Siregar`). */
export const NAME_INNER_HONORIFICS: readonly string[] = ['hi'];

/** Arabic articles joined to a name word by a hyphen: `Omar al-Bashir`, `Ahmad al-Habsyi`. Lower-case. */
export const NAME_ARTICLES: readonly string[] = ['al', 'el', 'as', 'ad', 'asy', 'at', 'az', 'ar', 'an'];

/** Words between a name and the title after it: `Budi selaku Kepala …`, `Budi yang juga Ketua …`. Lower-case;
 *  a space is one space. */
export const NAME_TITLE_CONNECTORS: readonly string[] = ['selaku', 'sebagai', 'yang juga', 'yang merupakan', 'yang menjabat', 'yang menjabat sebagai'];

/** Speech phrases written right BEFORE the speaker besides SPEECH_VERBS_BEFORE: `disampaikan oleh Ilham`.
 *  Lower-case; a space is one space or tab. Their last word must be in SPEECH_VERBS_BEFORE's word set too. */
export const SPEECH_PHRASES_BEFORE: readonly string[] = ['disampaikan oleh'];
