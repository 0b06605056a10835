// Title grammar: the words around a title rather than in it: a field's tail after the region, the words before a
// title that make it a place, a document, a relation or a generic mention, candidates and former holders, second
// posts, the level a role's region has, party posts and region-bound bodies. Data only; titles.ts re-exports it.
import { LOCAL_UNIT_WORDS } from './titles-local.js';
import { lookupTable } from '../util/table.js';

/** Words that start a tail after the region naming the post's field: `Asisten I Setda NTB Bidang Pemerintahan`,
 *  `Anggota Bawaslu Kota Malang Divisi Penanganan Pelanggaran`. The tail is made of ORG_WORDS. */
export const TITLE_TAIL_STARTS: readonly string[] = ['Bidang', 'Divisi', 'Koordinator Divisi'];

/** Words right before a title that make it part of a place or programme name, not a person's title:
 *  `Jalan Bupati …`, `Kantor Bupati …`, `Program Bupati Peduli …`, `Piala Gubernur …`. */
export const NOT_TITLE_BEFORE: readonly string[] = [
  'Jalan', 'Jl', 'Gang', 'Gg', 'Kantor', 'Rumah Dinas', 'Rumah Jabatan', 'Pendopo', 'Pendapa', 'Aula', 'Gedung',
  'Program', 'Piala', 'Lomba', 'Festival', 'Cup', 'Pekan',
  // associations named after a post: `Forum Kepala Desa`, `Asosiasi Pemerintah Desa`, `Paguyuban Lurah`
  'Forum', 'Asosiasi', 'Paguyuban', 'Persatuan', 'Ikatan', 'Perkumpulan',
];

/** A relative, an aide or a legal representative of a post's holder, right before the title: a name after the title's
 *  comma is theirs, not the holder's (`Anak Wali Kota Solo, X`, `ajudan Bupati Pati, X`, `sopir Kepala Dinas, X`,
 *  `kuasa hukum Bupati, X`); a name right after the title is still the holder (`putra Bupati Pati Haryanto`). Before an
 *  official's bare name with a name in apposition after its comma (`Kuasa hukum Sarnubi, Yudi …`), the official is the
 *  possessor inside the phrase, not its referent. Lower-case. */
export const RELATION_BEFORE_TITLE: readonly string[] = [
  'istri', 'suami', 'anak', 'putra', 'putri', 'menantu', 'adik', 'kakak', 'ayah', 'ayahanda', 'ibunda', 'keponakan',
  'cucu', 'ipar', 'mertua', 'kerabat', 'keluarga', 'ajudan', 'sopir', 'supir', 'pengawal', 'pengacara', 'relawan',
  'kuasa hukum', 'penasihat hukum', 'penasehat hukum', 'advokat',
];

/** Heads of a fronted adjunct clause that opens a sentence and ends in a title (`Membacakan amanat Bupati Pulang
 *  Pisau, Yusuf mengingatkan …`, `Mewakili Kepala Dinas X, Y membuka …`, `Atas nama Camat X, Y …`, `Didampingi Camat X,
 *  Y meninjau …`): the name after the clause's comma is the main clause's subject, who acts for or with the post's
 *  holder, not the holder. Written capitalised, at a sentence's start; at most FRONTED_CLAUSE_WORDS lower-case words
 *  (`amanat`, `sambutan`) between the head and the title. Not the speech passives (`Dikatakan Bupati X, Y, …`: there the
 *  name is the holder). */
export const FRONTED_ADJUNCT_HEADS: readonly string[] = [
  'Mewakili', 'Membacakan', 'Atas nama', 'Atas Nama', 'Didampingi', 'Mendampingi', 'Menggantikan', 'Bersama',
  'Menyampaikan', 'Mengutip', 'Menindaklanjuti', 'Menanggapi', 'Merujuk', 'Diutus', 'Ditugaskan',
];
/** How many lower-case words may stand between a fronted adjunct's head and its title (`Membacakan amanat tertulis
 *  Bupati X`: two); more reads into a clause of its own. */
export const FRONTED_CLAUSE_WORDS = 3;

/** Documents named after a post (`Keputusan Presiden Nomor 12`, `Instruksi Gubernur`, `Surat Edaran Bupati`):
 *  the title names nobody when no name follows, but a name after it is still the holder (`keputusan Presiden
 *  Jokowi menunjuk …`). Lower-case is matched too. */
export const DOCUMENT_BEFORE_TITLE: readonly string[] = ['Instruksi', 'Peraturan', 'Keputusan', 'Surat Edaran', 'Edaran', 'Perintah', 'Arahan', 'Kebijakan'];

/** Words right before a title that make it plural or generic (`para camat`, `seluruh kepala desa`,
 *  `seorang kepala desa`, `oknum lurah`): no one person holds it, so no name goes with it, before or after.
 *  A number before the title (`119 kepala desa`) counts too. Lower-case. */
export const GENERIC_BEFORE_TITLE: readonly string[] = [
  'para', 'seluruh', 'semua', 'segenap', 'setiap', 'tiap', 'sejumlah', 'beberapa', 'banyak', 'sebagian', 'belasan',
  'puluhan', 'ratusan', 'ribuan', 'seorang', 'oknum', 'sesama', 'kalangan', 'jajaran', 'sekian', 'mayoritas',
  // counts written out: `dua kepala desa`, `Seratus kepala desa`, `kedua camat`
  'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas', 'seratus', 'kedua',
  'ketiga', 'keempat', 'kelima',
];

/** A candidate pair (`pasangan calon`, `paslon`) after an indefinite or plural determiner (GENERIC_BEFORE_TITLE, or
 *  `salah satu`, `salah seorang`) before a post: `salah satu pasangan calon bupati`, `para paslon bupati`, `dua
 *  pasangan calon wali kota` name no holder (a name after the post's comma is someone of the pair's team). */
export const CANDIDATE_PAIR_NOUNS: readonly string[] = ['pasangan calon', 'paslon'];
export const INDEFINITE_BEFORE_PAIR: readonly string[] = ['salah satu', 'salah seorang'];
/** Words right before a title that mean the person does NOT hold the post: a candidate in the election the
 *  articles are about (`calon Bupati Lombok Timur X`, `pasangan calon Gubernur`), or a former holder
 *  (`mantan Bupati X`, `eks Kapolres`). Such a title is not the person's office, so it is skipped. Lower-case. */
export const NOT_HOLDER_BEFORE: readonly string[] = ['calon', 'cabup', 'cawabup', 'cagub', 'cawagub', 'cawalkot', 'paslon', 'mantan', 'eks', 'bekas', 'almarhum', 'almarhumah', 'mendiang', 'pemberhentian', 'pencopotan', 'pemecatan'];
/** The modifier each NOT_HOLDER_BEFORE word gives (the person is kept, marked as not sitting): a candidate or a
 *  former holder. `terpilih` (elected, not yet sworn in) is written right AFTER the title head
 *  (`Wali Kota terpilih Kendari`, `Presiden terpilih X`): TITLE_MODIFIERS_AFTER. */
export const HOLDER_MODIFIER: Readonly<Record<string, 'calon' | 'mantan'>> = lookupTable({
  calon: 'calon', cabup: 'calon', cawabup: 'calon', cagub: 'calon', cawagub: 'calon', cawalkot: 'calon', paslon: 'calon',
  mantan: 'mantan', eks: 'mantan', bekas: 'mantan', almarhum: 'mantan', almarhumah: 'mantan', mendiang: 'mantan',
  // a dismissal noun before the post: the post is taken away (`pemberhentian Kapitalaung Lenganeng, X`, `pencopotan
  // Camat X`, `pemecatan Kades Y`); the person is kept as a former holder
  pemberhentian: 'mantan', pencopotan: 'mantan', pemecatan: 'mantan',
});
/** A candidate's ballot number after the post (`calon wakil bupati nomor urut 2, X`): part of the title. Lower-case;
 *  a space is 1–2 spaces or tabs; the number follows. */
export const CANDIDATE_NUMBER_BEFORE: readonly string[] = ['nomor urut', 'no. urut', 'no urut', 'nomor'];
/** Words right after a title's head or its place that mark a holder not (or no longer) sitting: `terpilih` (elected, not
 *  yet sworn in: `Wali Kota terpilih Kendari`); a suspended holder (`Kepala Desa Waru nonaktif, X`, `Bupati non-aktif
 *  Kolaka Timur, X`) and the holder of the last term (`Kapolres Kolaka periode lalu, AKBP X`) are former holders.
 *  Lower-case; a space inside a phrase is 1–2 spaces or tabs. A term written with its years (`periode 2016–2021`) is
 *  not here: whether it is past depends on the article's date. */
export const TITLE_MODIFIERS_AFTER: Readonly<Record<string, 'terpilih' | 'mantan'>> = lookupTable({
  terpilih: 'terpilih',
  nonaktif: 'mantan', 'non-aktif': 'mantan', 'non aktif': 'mantan',
  'periode lalu': 'mantan', 'periode sebelumnya': 'mantan',
});

/** The words of a role frame that give the person named right before an acting post (`menunjuk sekretaris desa
 *  setempat, X, sebagai Plh Sangadi`, `Y ditunjuk menjadi Plt Kepala Dinas …`, `Z selaku Pj Kepala Desa`): the acting
 *  post is the one the person holds in the article when the post named first only describes them in lower case (a
 *  capitalised title named first is their own post and stays). Lower-case. */
export const ACTING_FRAME_CONNECTIVES: readonly string[] = ['sebagai', 'menjadi', 'selaku'];
/** Words that open a second post in apposition after a title: `Kepala Dinas Kominfo NTB yang juga Ketua Tim …,
 *  Ahmad Yusri`. Lower-case; a space is 1–2 spaces or tabs. */
export const SECOND_POST_CONNECTIVES: readonly string[] = ['yang juga', 'sekaligus', 'yang sekaligus'];

/** Words between a body's post and the division its holder leads there: `Anggota Bawaslu Poso selaku Koordinator Divisi
 *  …, X`, `Anggota KPU Riau sekaligus Ketua Divisi …, X` (also a comma or nothing at all: `Anggota Bawaslu Muna
 *  Koordinator Divisi …`). Lower-case; a space is 1–2 spaces, tabs or a hard wrap. */
export const DIVISION_JOINERS: readonly string[] = ['selaku', 'sekaligus', 'yang juga', 'yang sekaligus', 'sebagai', 'merangkap'];

/** Words between a body and the post through which it acts, written before the holder: `KASN melalui Asisten Komisioner
 *  Bidang Pengaduan, X`, `Bawaslu Muna lewat Koordinator Divisi Hukum, X`: a post written without its body belongs to
 *  the body before the word. Lower-case. */
export const BODY_VIA_WORDS: readonly string[] = ['melalui', 'lewat'];

/** Roles whose region is a province, a regency or a city (a role not listed takes any level). */
export const ROLE_REGION_LEVEL: Readonly<Record<string, 'province' | 'regency' | 'city'>> = lookupTable({
  gubernur: 'province', 'wakil gubernur': 'province', kapolda: 'province', kajati: 'province',
  bupati: 'regency', 'wakil bupati': 'regency', walikota: 'city', 'wakil walikota': 'city',
});

/** Generic roles that name a party post when a party follows (`Ketua Umum Gerindra`, `Sekjen Partai Golkar`). */
export const PARTY_POST_ROLES: readonly string[] = ['ketua umum', 'wakil ketua umum', 'sekjen', 'bendahara umum'];

/** Institutions (after `{R}` is dropped) that mean nothing without their region: `Pemkab`, `Desa`. */
export const REGION_BOUND_BODIES: readonly string[] = ['Pemkab', 'Pemkot', 'Pemprov', 'Pemda', 'Kecamatan', 'Kelurahan', 'Desa'];

/** What may qualify a post between the title (with its region) and the holder's name, closed by a comma: `Calon Wali
 *  Kota Pontianak petahana, X`, `anggota DPRD Kutai Timur terpilih periode 2024-2029, X`, `Gubernur terpilih pada
 *  Pilkada 2020, X`, `Anggota Komisi II DPR RI dari daerah pemilihan Riau I, X`, `Bupati nonaktif, X`. Four kinds,
 *  each a closed class (officials/parsers/name-after-title.ts builds one sticky regex from them):
 *  - words that say how the person holds the post (lower-case, also without the comma: `Bupati petahana X`); */
export const POST_QUALIFIER_WORDS: readonly string[] = [
  'petahana', 'inkumben', 'incumbent', 'nonaktif', 'non-aktif', 'definitif', 'sebelumnya', 'terdahulu', 'sekarang',
  'saat ini', 'saat itu', 'kala itu', 'ketika itu', 'waktu itu', 'pada saat itu', 'aktif',
  'dua periode', 'periode lalu', 'periode sebelumnya', 'periode ini', 'lama', 'baru',
];
/**  - a term: one of these heads, then a year or a span of years (`periode 2019–2024`, `masa jabatan 2020-2025`); */
export const POST_TERM_HEADS: readonly string[] = ['periode', 'masa jabatan', 'masa bakti', 'tahun', 'hasil pemilu', 'hasil pilkada'];
/**    a span's years joined by a dash or a slash, or by one of these words (`periode 2019 hingga 2022`, `masa jabatan 2015
 *    s.d. 2020`); lower-case. A span that ended before the article's year marks a former holder (`Bupati Sumba Barat
 *    periode 2016–2021, X` in a 2024 article: officials/parsers/name-after-title.ts); */
export const POST_TERM_LINK_WORDS: readonly string[] = ['hingga', 'sampai', 'sampai dengan', 's.d.', 's.d', 's/d', 'sd'];
/**  - an election: a connective, then the election and its year (`pada Pilkada 2020`, `hasil Pemilu 2024`, `dalam
 *    Pilkades 2019`); */
export const POST_ELECTION_CONNECTIVES: readonly string[] = ['pada', 'hasil', 'dalam'];
export const ELECTION_NAMES: readonly string[] = [
  'Pilkada', 'Pemilu', 'Pileg', 'Pilpres', 'Pilgub', 'Pilbup', 'Pilwalkot', 'Pilwako', 'Pilwali', 'Pilkades',
  'Pemilihan', 'Pemilihan Umum', 'Pemilihan Kepala Daerah', 'Pilkada Serentak', 'Pemilu Serentak',
];
/**  - a constituency, then its name in capitals and numerals (`dari daerah pemilihan (dapil) Riau I`, `dapil Jabar
 *    III`, `dari Dapil 2`). */
export const CONSTITUENCY_HEADS: readonly string[] = ['dari daerah pemilihan', 'daerah pemilihan', 'dari dapil', 'dapil'];

/** A place's unit word written between a village's or a kecamatan's post and the place's name (`Ketua PPS Desa
 *  Kadibolo X`, `keuchik Gampong Ujong Fatihah, X`, `Wali Nagari Nagari Tuo`): the village's kinds by region (Aceh
 *  gampong, West Sumatra nagari and jorong, Lampung pekon, Toraja lembang, Bali banjar, Papua and Riau kampung, Java
 *  dusun and dukuh), the kecamatan's (Bali and Papua `Distrik`), their abbreviations, and a polling station. Capitalised
 *  as written. */
export const PLACE_UNIT_WORDS: readonly string[] = [
  'Desa', 'Kelurahan', 'Kecamatan', 'Kec.', 'Kel.', 'Ds.', 'Gampong', 'Nagari', 'Jorong', 'Pekon', 'Lembang', 'Banjar',
  'Kampung', 'Dusun', 'Dukuh', 'Distrik', 'TPS', ...LOCAL_UNIT_WORDS,
];

/** A business's legal form written in capitals before its name (`PT Flores Indah`, `CV Karya Mandiri`, `UD Sinar Jaya`,
 *  a regional company `PD Pasar`, a bus firm `PO`, a cooperative `KSP`, `KUD`): opens a company's name, never a
 *  person's initials (`Bupati Sikka PT Flores Indah mendapat teguran …`). Capitalised as written. */
export const COMPANY_FORM_CAPS: readonly string[] = ['PT', 'CV', 'UD', 'PD', 'PO', 'KSP', 'KUD', 'BUMD', 'BUMN'];

/** Posts inside a regional government or a police command, which news names without their region once the article
 *  has named it (`Kapolres Madiun Kota AKBP X … Wakapolres Kompol Y, Kasat Reskrim AKP Z`, `Bupati Garut … Kepala Dinas
 *  Komunikasi dan Informatika Hj. W`): such a post takes the region of the nearest official of its family named
 *  before it (officials/refiners/inherit-region.ts). `police`: a police command's posts; `civil`: a regional
 *  government's; `either`: section and division heads found in both. The heads of both families are sources too. */
export const REGION_FAMILY_ROLES: Readonly<Record<string, 'police' | 'civil' | 'either'>> = lookupTable({
  kapolres: 'police', wakapolres: 'police', kasat: 'police', wakasat: 'police', kanit: 'police',
  gubernur: 'civil', 'wakil gubernur': 'civil', bupati: 'civil', 'wakil bupati': 'civil', walikota: 'civil',
  'wakil walikota': 'civil', sekda: 'civil', asisten: 'civil', 'kepala dinas': 'civil', 'sekretaris dinas': 'civil',
  'kepala badan': 'civil', 'sekretaris badan': 'civil', 'kepala pelaksana': 'civil', inspektur: 'civil',
  'inspektur pembantu': 'civil', 'sekretaris inspektorat': 'civil', 'kepala satpol pp': 'civil',
  'kepala bidang': 'either', 'kepala bagian': 'either', 'kepala seksi': 'either', 'kepala subbagian': 'either',
  'kepala subbidang': 'either',
});
/** Heads of a region: sources of a region only, never takers (another head named before is as often another region's:
 *  `Pj Bupati Pulpis X … Pj Bupati Y`). */
export const REGION_HEAD_ROLES: readonly string[] = ['gubernur', 'bupati', 'walikota'];
/** Words of an institution that put a post outside the regional government or police command named before it (a
 *  ministry, an election body, a court, the armed forces, a house): such a post never takes that region. Lower-case;
 *  a word starting `kemen`/`kem` + letters counts as a ministry too. */
export const REGION_FAMILY_OUTSIDERS: readonly string[] = [
  'kementerian', 'polri', 'mabes', 'polda', 'bkn', 'kasn', 'bawaslu', 'kpu', 'kpud', 'panwaslu', 'panwaslih', 'panwascam',
  'dkpp', 'ombudsman', 'kejaksaan', 'kejari', 'kejati', 'kejagung', 'pengadilan', 'tni', 'kodim', 'korem', 'kodam',
  'koramil', 'dprd', 'dpr', 'kanwil', 'bpk', 'bpkp', 'universitas', 'rsud', 'puskesmas',
];

/** Role frames: a post with no name written next to it, then a frame that names its holder. Lower-case.
 *  - FILL_VERBS: the post is filled by the name after the verb, its lower-case role noun phrase and a comma (`jabatan
 *    Camat Gesi saat ini diisi pelaksana tugas, X`, `Sebagai Plt Lurah Y ditunjuk sekretaris kelurahan setempat, X`,
 *    `Kursi Kepala Desa Z kini dijabat oleh X`): the passive verbs of appointing and holding (the active ones take
 *    the appointer as subject); FILL_TIME_WORDS may stand before the verb;
 *  - PLACE_FRAME_PREPOSITIONS: a lower-case post, then where it is (`di Kecamatan X`, `dari Desa Y`) or `setempat`,
 *    then the comma of the apposition and the name (`salah seorang calon kepala desa di Kecamatan X, Y`). */
export const FILL_VERBS: readonly string[] = [
  'diisi', 'dijabat', 'dipegang', 'diemban', 'ditempati', 'ditunjuk', 'diangkat', 'dilantik', 'ditetapkan', 'dikukuhkan',
  'digantikan', 'diganti', 'dirangkap', 'diduduki',
];
export const FILL_TIME_WORDS: readonly string[] = ['saat ini', 'kini', 'sekarang', 'untuk sementara', 'sementara', 'sejak itu', 'kemudian', 'lalu', 'pun'];
export const PLACE_FRAME_PREPOSITIONS: readonly string[] = ['di', 'dari', 'untuk'];
/** The lower-case words of a role noun phrase in a frame that make the holder acting (`pelaksana tugas`, `plt`). */
export const ACTING_FRAME_WORDS: readonly string[] = ['pelaksana tugas', 'pelaksana harian', 'penjabat', 'pejabat sementara', 'plt', 'plh', 'pj', 'pjs'];

/** Regional election bodies and houses whose posts (`anggota kpu`, `ketua bawaslu`, `koordinator divisi`) news names
 *  without the region once a post of the same body has named it (`Ketua KPU Asahan X didampingi anggota KPU divisi
 *  teknis Y`): such a post takes that region (officials/refiners/inherit-region.ts). Lower-case, as in roles. */
export const REGION_BOUND_ELECTION_BODIES: readonly string[] = ['kpu', 'bawaslu', 'kip', 'panwaslih', 'panwaslu', 'dprd'];
/** How far after the post that named its body's region a post of the same body may take it (characters). */
export const BODY_REGION_REACH = 600;
/** The role of a division post (`Koordinator Divisi Penanganan Pelanggaran, X`, `Kordiv`): written without its body,
 *  it is a member's post of the election body named before it (inherit-region.ts). */
export const DIVISION_ROLE = 'koordinator divisi';
/** The houses among REGION_BOUND_ELECTION_BODIES: they have no divisions, so a division post never joins them. */
export const HOUSES_WITHOUT_DIVISIONS: readonly string[] = ['dprd'];

/** Associations of a profession, of workers or of village governments, and chambers of business and youth: a post of
 *  one (`Ketua PGRI Kabupaten Barito Timur, X`, `Ketua DPC Apdesi …`, `Ketua PPNI …`) is no public office (the sets'
 *  convention since check14: union posts are not gold; party posts are). Their posts held ex officio by officials are
 *  read from the official's own title (`Sekda X, yang juga Ketua Dewan Pengurus Korpri`), so `Korpri` (the civil
 *  servants' corps its Sekda chairs) is not here. Written as the associations write their acronyms, compared
 *  upper-cased: teachers (PGRI, IGI, FSGI, P2G, PGSI), doctors and health workers (IDI, PDGI, PPNI, IBI, IAI, PERSAGI,
 *  IAKMI), journalists (PWI, AJI, IJTI), advocates (PERADI, IKADIN), workers' unions (SPSI, KSPSI, KSPI, KSBSI, FSPMI,
 *  KSPN), village governments and their staff (APDESI, PAPDESI, PPDI, ABPEDNAS), farmers and fishers (HKTI, HNSI),
 *  youth and business (KNPI, HIPMI, KADIN, APINDO, IWAPI). */
export const ASSOCIATION_BODIES: readonly string[] = [
  'PGRI', 'IGI', 'FSGI', 'P2G', 'PGSI', 'IDI', 'PDGI', 'PPNI', 'IBI', 'IAI', 'PERSAGI', 'IAKMI', 'PWI', 'AJI', 'IJTI',
  'PERADI', 'IKADIN', 'SPSI', 'KSPSI', 'KSPI', 'KSBSI', 'FSPMI', 'KSPN', 'APDESI', 'PAPDESI', 'PPDI', 'ABPEDNAS', 'HKTI',
  'HNSI', 'KNPI', 'HIPMI', 'KADIN', 'APINDO', 'IWAPI',
];

/** The names of a house's commissions: a DPRD's are letters (`Komisi A` to `Komisi E`), the DPR's and some DPRDs'
 *  Roman numerals (`Komisi I` to `Komisi XIII`). Case-sensitive, written as a whole word. */
export const HOUSE_COMMISSION_NAMES: readonly string[] = [
  'A', 'B', 'C', 'D', 'E', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII',
];

/** A regional house as written after its commission in a lead (`Komisi A DPRD Kabupaten X menggelar rapat …`):
 *  the commission's posts written later without it (`Ketua Komisi A, Y`) serve that house's region. */
export const REGIONAL_HOUSE_NAMES: readonly string[] = ['DPRD', 'Dewan Perwakilan Rakyat Daerah'];

/** The kinds of civil body a generic post (`Ketua`, `Direktur`, `Sekretaris`) may head, written as the first words of
 *  its institution: a post of one is no state office (README: officials are state officials; party boards are kept,
 *  associations are not: ASSOCIATION_BODIES). `Ketua LSM Garuda Nusantara, X, menilai …`, `Direktur PT Sinar Abadi, X`,
 *  `Ketua BEM Universitas X, Y`, `Ketua Koperasi Unit Desa X, Y`: an NGO, an ormas, a foundation, a forum, an alliance,
 *  a community, a paguyuban, a student body, a company, a cooperative, a union, a youth group, volunteers. Lower-case;
 *  a phrase's space is 1–2 spaces or tabs. */
export const CIVIL_BODY_WORDS: readonly string[] = [
  'lsm', 'lembaga swadaya masyarakat', 'ngo', 'ormas', 'organisasi kemasyarakatan', 'yayasan', 'forum', 'aliansi',
  'komunitas', 'paguyuban', 'perkumpulan', 'perhimpunan', 'himpunan', 'ikatan', 'persatuan', 'serikat', 'gerakan',
  'solidaritas', 'relawan', 'karang taruna', 'bem', 'badan eksekutif mahasiswa', 'dema', 'sema', 'senat mahasiswa',
  'pt', 'cv', 'koperasi', 'kud',
];
