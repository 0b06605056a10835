// DATA: how regional news writes region names that the gazetteer does not spell that way.
// Each alias points to a Kemendagri CODE; the official name always comes from the gazetteer.
// `mode: 'exact'` = written as given (or all caps, for ≥ 4 letters): `NTB`, `Lotim`, `LOTIM`;
// `mode: 'title'` = any capitalised form: `Pangkalpinang`, `PANGKALPINANG`.
import type { CaseMode } from './matcher.js';
import { REGION_ABBREVIATIONS } from './region-abbreviations.js';

export interface RegionAlias {
  alias: string;
  code: string;
  mode: CaseMode;
}

const exact = (alias: string, code: string): RegionAlias => ({ alias, code, mode: 'exact' });
const title = (alias: string, code: string): RegionAlias => ({ alias, code, mode: 'title' });

export const REGION_ALIASES: readonly RegionAlias[] = [
  // Province abbreviations (Sumatra)
  exact('NAD', '11'),
  exact('Sumut', '12'),
  exact('Sumbar', '13'),
  exact('Sumsel', '16'),
  exact('Kepri', '21'),
  exact('Babel', '19'),
  title('Bangka Belitung', '19'),
  title('Kepulauan Babel', '19'),
  title('Sumatra Utara', '12'),
  title('Sumatra Barat', '13'),
  title('Sumatra Selatan', '16'),
  // Province abbreviations (Java, Bali, Nusa Tenggara)
  exact('DKI', '31'),
  title('Jakarta', '31'),
  exact('Jabar', '32'),
  exact('Jateng', '33'),
  exact('DIY', '34'),
  title('Jogja', '34'),
  title('Yogya', '34'),
  title('Jogjakarta', '34'),
  exact('Jatim', '35'),
  exact('NTB', '52'),
  exact('NTT', '53'),
  // Province abbreviations (Kalimantan, Sulawesi, Maluku, Papua)
  exact('Kalbar', '61'),
  exact('Kalteng', '62'),
  exact('Kalsel', '63'),
  exact('Kaltim', '64'),
  exact('Kaltara', '65'),
  exact('Sulut', '71'),
  exact('Sulteng', '72'),
  exact('Sulsel', '73'),
  exact('Sultra', '74'),
  exact('Sulbar', '76'),
  exact('Malut', '82'),
  exact('Pabar', '92'),
  exact('PBD', '96'),
  // The province by its capital's name, only picked when the context asks for a province
  // (`Provinsi Yogyakarta`, `Gubernur Yogyakarta`); a bare `Yogyakarta` stays the city.
  title('Yogyakarta', '34'),
  // The province by its status: "Sekda Daerah Istimewa", "keistimewaan Yogyakarta" (the special status is the
  // province's, never the city's).
  title('Daerah Istimewa', '34'),
  exact('keistimewaan Yogyakarta', '34'),
  exact('Keistimewaan Yogyakarta', '34'),
  // NTB regencies
  exact('Lobar', '52.01'),
  exact('Loteng', '52.02'),
  exact('Lotim', '52.03'),
  exact('KSB', '52.07'),
  exact('KLU', '52.08'),
  // Former names of renamed regencies, still written in reports on earlier elections (Mamuju Utara → Pasangkayu in
  // 2017, Maluku Tenggara Barat → Kepulauan Tanimbar in 2019, Toba Samosir → Toba in 2020): without them "Mamuju
  // Utara" read as Kabupaten Mamuju and "Maluku Tenggara Barat" as Maluku Tenggara.
  title('Mamuju Utara', '76.01'),
  title('Maluku Tenggara Barat', '81.03'),
  title('Toba Samosir', '12.12'),
  exact('Tobasa', '12.12'),
  // Java: popular spellings
  title('Gunung Kidul', '34.03'),
  title('Kulonprogo', '34.01'),
  exact('KBB', '32.17'),
  // Bali: regency seats used as datelines and in `Puspem Mangupura`
  title('Mangupura', '51.03'),
  // NTT regencies
  exact('TTS', '53.02'),
  exact('TTU', '53.03'),
  exact('SBD', '53.18'),
  exact('Mabar', '53.15'),
  exact('Matim', '53.19'),
  exact('Flotim', '53.06'),
  // Kalimantan regencies
  exact('Kobar', '62.01'),
  exact('Kotim', '62.02'),
  exact('Barsel', '62.04'),
  exact('Barut', '62.05'),
  exact('Gumas', '62.10'),
  exact('Pulpis', '62.11'),
  exact('Bartim', '62.13'),
  title('Palangka Raya', '62.71'),
  exact('Batola', '63.04'),
  exact('HSS', '63.06'),
  exact('HST', '63.07'),
  exact('HSU', '63.08'),
  exact('Kukar', '64.02'),
  exact('Kubar', '64.07'),
  exact('Kutim', '64.08'),
  exact('PPU', '64.09'),
  exact('Mahulu', '64.11'),
  exact('KKU', '61.11'),
  // Sumatra regencies and cities written as one word or by their popular name
  title('Pematang Siantar', '12.72'),
  title('Siantar', '12.72'),
  title('Tanjungbalai', '12.74'),
  title('Padangsidimpuan', '12.77'),
  title('Padang Sidimpuan', '12.77'),
  title('Gunung Sitoli', '12.78'),
  exact('Labura', '12.23'),
  exact('Labusel', '12.22'),
  exact('Taput', '12.02'),
  exact('Tapteng', '12.01'),
  exact('Tapsel', '12.03'),
  exact('Madina', '12.13'),
  exact('Sergai', '12.18'),
  exact('Paluta', '12.20'),
  exact('Humbahas', '12.16'),
  exact('Pasbar', '13.12'),
  exact('Pessel', '13.01'),
  exact('Solsel', '13.11'),
  exact('Inhu', '14.02'),
  exact('Inhil', '14.04'),
  exact('Rohul', '14.06'),
  exact('Rohil', '14.07'),
  exact('Kuansing', '14.09'),
  exact('Tanjabbar', '15.06'),
  exact('Tanjabtim', '15.07'),
  exact('OKU', '16.01'),
  exact('OKI', '16.02'),
  exact('Muba', '16.06'),
  exact('OKUT', '16.08'),
  exact('OKUS', '16.09'),
  exact('PALI', '16.12'),
  exact('Muratara', '16.13'),
  exact('Lamsel', '18.01'),
  exact('Lamteng', '18.02'),
  exact('Lampura', '18.03'),
  exact('Lamtim', '18.07'),
  exact('Tubaba', '18.12'),
  exact('Abdya', '11.12'),
  exact('Agara', '11.02'),
  title('Pagaralam', '16.72'),
  title('Lubuklinggau', '16.73'),
  title('Bandarlampung', '18.71'),
  title('Pangkalpinang', '19.71'),
  title('Tanjungpinang', '21.72'),
  // Jakarta, Banten, Java cities
  exact('Jakpus', '31.71'),
  exact('Jakut', '31.72'),
  exact('Jakbar', '31.73'),
  exact('Jaksel', '31.74'),
  exact('Jaktim', '31.75'),
  exact('Tangsel', '36.74'),
  title('Solo', '33.72'),
  // Sulawesi, Maluku regencies
  exact('Pangkep', '73.10'),
  exact('Sidrap', '73.14'),
  exact('Lutra', '73.22'),
  exact('Lutim', '73.24'),
  exact('Parimo', '72.08'),
  exact('Morut', '72.12'),
  exact('Bolmong', '71.01'),
  exact('Minut', '71.06'),
  exact('Minsel', '71.05'),
  exact('Konsel', '74.05'),
  exact('Koltim', '74.11'),
  exact('Butur', '74.10'),
  exact('Bonbol', '75.03'),
  exact('Gorut', '75.05'),
  exact('Halbar', '82.01'),
  exact('Halteng', '82.02'),
  exact('Halut', '82.03'),
  exact('Halsel', '82.04'),
  exact('Haltim', '82.06'),
  exact('MBD', '81.08'),
  exact('Malra', '81.02'),
  exact('SBB', '81.06'),
  exact('SBT', '81.05'),
  // Sulawesi cities
  title('Tolitoli', '72.04'),
  title('Pare-Pare', '73.72'),
  title('Baubau', '74.72'),
  // the short forms of kabupaten and kota read from the region table (region-abbreviations.ts)
  ...REGION_ABBREVIATIONS,
];

/**
 * Names that hold a region name but name something else: a foreign country (`Papua Nugini` is not Papua), a
 * strait, a police region (`Polda Metro Jaya` is Jakarta's, not Kota Metro in Lampung). Matched as phrases, so
 * the longer name wins over the region name inside it, and they give no region.
 */
export const NOT_REGION_PHRASES: readonly string[] = [
  'Papua Nugini', 'Papua New Guinea', 'Selat Malaka', 'Semenanjung Malaka', 'Metro Jaya',
];

/**
 * Words that pick a region's level when written right before its name (the name is not in their span):
 * `Pemkab Bima`, `Wabup Tegal` (regency); `Pemkot Bima`, `Pemko Medan`, `Wawali Magelang` (city); `Pemprov Jambi`,
 * `Wagub Gorontalo` (province). Matched with the first letter in either case.
 */
export const REGION_LEVEL_CUES: Readonly<Record<'regency' | 'city' | 'province', readonly string[]>> = {
  regency: ['Bupati', 'Wakil Bupati', 'Wabup', 'Pemkab', 'Sekdakab', 'Setdakab', 'Sekkab'],
  city: ['Wali Kota', 'Walikota', 'Wakil Wali Kota', 'Wakil Walikota', 'Walkot', 'Wawali', 'Wawalkot', 'Pemkot', 'Pemko', 'Sekdakot', 'Setdakot', 'Sekkot', 'Setko'],
  province: ['Gubernur', 'Wakil Gubernur', 'Wagub', 'Pemprov', 'Sekdaprov', 'Setdaprov'],
};

/** Level words that may be joined before one name (`Pemkab dan Pemkot Bekasi`, `Bupati dan Wali Kota Bogor`,
 *  `Kota/Kabupaten Bima`): the name then stands for both the regency and the city. */
export const COORDINATED_LEVEL_WORDS: Readonly<Record<'regency' | 'city', readonly string[]>> = {
  regency: ['Kabupaten', 'Kab.', 'Pemkab', 'Bupati', 'Pemerintah Kabupaten'],
  city: ['Kota', 'Pemkot', 'Pemko', 'Wali Kota', 'Walikota', 'Pemerintah Kota'],
};

/**
 * Words that name a level with no region after them (`Wali kota meminta …`, `ASN Pemkot`, `bupati
 * mengumpulkan …`): in an article that never says which of a regency and a city of one name (`Tasikmalaya`) it
 * means, such words of one level only settle it. Lower-cased when compared.
 */
export const BARE_LEVEL_WORDS: Readonly<Record<'regency' | 'city', readonly string[]>> = {
  regency: ['bupati', 'wakil bupati', 'wabup', 'pemkab', 'pemerintah kabupaten', 'sekdakab', 'pendopo kabupaten'],
  city: ['wali kota', 'walikota', 'wakil wali kota', 'wawali', 'pemkot', 'pemko', 'pemerintah kota', 'balai kota', 'sekdakot', 'sekkot'],
};

/** Lower-case words right before a region name that make it a people, a language or a custom, not the region:
 *  `adat Minahasa`, `suku Bima`, `bahasa Sunda`. (Capitalised, as in `Dewan Adat Papua`, they are an
 *  institution's name and the region stays.) */
export const CULTURE_WORDS_BEFORE: readonly string[] = [
  'suku', 'etnis', 'adat', 'bahasa', 'budaya', 'tari', 'tarian', 'tenun', 'kain', 'kuliner', 'masakan', 'logat', 'dialek',
];

/** Head words of an academic institution's name (`Universitas Mataram`, `Universitas Negeri Semarang`, `UIN
 *  Sunan Kalijaga Yogyakarta`): a region name at the end of such a name is part of it, not a region mention. */
export const ACADEMIC_NAME_HEADS: readonly string[] = [
  'Universitas', 'Institut', 'Politeknik', 'Akademi', 'Sekolah Tinggi', 'UIN', 'IAIN', 'STAIN', 'STKIP', 'STIE', 'Unversitas',
];

/** Head words of a facility's or a firm's name (`Bandara Internasional Sepinggan Balikpapan`, `Bursa Efek Surabaya`,
 *  `Hotel Santika Mataram`, `RSUD Kota Bima`, `Jalan Sumatera`): a region name at the end of such a name (a run of
 *  capitalised words from the head) is part of it, not a region the article is about. Not the offices of government
 *  (`Kantor Bupati Merangin`, `Pendopo Kabupaten`, `Pemkab X`, `Bawaslu X`: their region is the article's) and not
 *  a place after a comma or a lower-case word (`di Bandara Soekarno-Hatta, Tangerang`, `hotel di Mataram`). */
export const FACILITY_NAME_HEADS: readonly string[] = [
  // transport
  'Bandara', 'Bandar Udara', 'Pelabuhan', 'Stasiun', 'Terminal',
  // finance and trade
  'Bursa Efek', 'Bank', 'Mal', 'Mall',
  // lodging, sport, culture
  'Hotel', 'Stadion', 'Gelora', 'Museum',
  // health
  'Rumah Sakit', 'RSUD', 'RSU', 'Puskesmas',
  // places of worship
  'Masjid', 'Gereja', 'Pura', 'Vihara', 'Klenteng',
  // prisons
  'Lapas', 'Rutan',
  // streets and housing
  'Jalan', 'Perumahan', 'Kompleks',
];

/**
 * Single-word gazetteer names that are also ordinary words or common personal names: they count as a
 * region only with context (`Kabupaten X`, `Kota X`, `Pemkab X`, `Bupati X`, `di X`, …).
 */
export const RISKY_REGION_NAMES: readonly string[] = [
  // common Indonesian words
  'Agam', 'Batang', 'Batu', 'Banjar', 'Bone', 'Buru', 'Kaur', 'Kuningan', 'Lingga', 'Malaka', 'Metro', 'Muna',
  'Pati', 'Puncak', 'Tegal', 'Maros', 'Lebak', 'Sigi', 'Tual', 'Palu', 'Sorong', 'Binjai', 'Medan', 'Padang',
  'Alor', 'Ende', 'Belu', 'Poso', 'Paser', 'Barru', 'Wajo', 'Luwu', 'Toba', 'Karo', 'Asmat', 'Nias',
  'Lahat', 'Siak', 'Tebo', 'Bungo', 'Kendal', 'Demak', 'Kudus', 'Blora', 'Garut', 'Subang', 'Sampang', 'Tuban',
  // common personal names
  'Bima', 'Dompu', 'Jember', 'Gowa', 'Buol', 'Mimika', 'Nabire', 'Sarmi', 'Mappi', 'Dairi', 'Samosir', 'Solok',
  'Serang', 'Kapuas', 'Banggai', 'Bangli', 'Badung', 'Natuna', 'Karimun', 'Bintan', 'Sintang', 'Sambas', 'Berau',
];

/** Prepositions and collectives right before a region name: weak context (`di Batu`); a risky name after one of
 *  them with a capitalised word after the name (`di Batu Jaya`) is part of another place. Lower-case. */
export const REGION_WEAK_CONTEXT_BEFORE: readonly string[] = ['di', 'ke', 'dari', 'asal', 'wilayah', 'warga', 'masyarakat', 'se', 'daerah'];

/** Words right before a region name that make it a region (case-insensitive on the first letter). */
export const REGION_CONTEXT_BEFORE: readonly string[] = [
  // administrative prefixes and governments
  'Kabupaten', 'Kab', 'Kota', 'Provinsi', 'Prov', 'Pemkab', 'Pemkot', 'Pemprov', 'Pemda', 'Setda', 'Setdakab',
  'Setdakot', 'Setdaprov', 'Inspektorat',
  // regional heads and officials (`Kapolres Bone`, `Pj Bupati Maros`)
  'Bupati', 'Walikota', 'Wali Kota', 'Gubernur', 'Wakil Bupati', 'Wabup', 'Wawali', 'Wagub', 'Sekda', 'Inspektur',
  'Pemko', 'Walkot', 'Sekdakab', 'Sekdakot', 'Sekkot', 'Sekdaprov',
  'Kapolres', 'Kapolresta', 'Kapolda', 'Kajari', 'Kajati', 'Dandim', 'Danrem', 'Wakapolres', 'Wakapolresta', 'Wakapolda',
  // bodies and their offices (agency acronyms such as BKPSDM are added from the titles lexicon)
  'DPRD', 'KPU', 'KPUD', 'Bawaslu', 'Panwaslu', 'Panwaslih', 'Polres', 'Polresta', 'Kejari', 'Kejati', 'Kodim',
  'Korem', 'Polda',
  // prepositions and collectives
  ...REGION_WEAK_CONTEXT_BEFORE,
];

/** All-capital words that are not a body's acronym: company forms (`PT Batu`, `CV Padang`) and time zones. A risky
 *  name right after any other acronym is that body's region (`Kepala BEI Medan`, `DPC PDIP Garut`, `Kantor PLN Padang`,
 *  `ASN Tegal`): the convention for a region inside an organisation's name. */
export const ACRONYMS_NOT_BODIES: readonly string[] = ['PT', 'CV', 'UD', 'PD', 'TBK', 'WIB', 'WITA', 'WIT'];

/** `Kodim 1608/Bima`, `Dandim 0905/Balikpapan`: a unit number then a slash before the region. */
export const UNIT_NUMBER_BEFORE: readonly string[] = ['Kodim', 'Dandim', 'Korem', 'Danrem', 'Koramil', 'Danramil'];

/**
 * Newspaper and broadcaster names built on a region name (`Kalteng Pos`, `Radar Lombok`, `Tribun Jatim`):
 * a region followed by one of AFTER, or preceded by one of BEFORE, is a masthead, not a mention.
 */
export const MEDIA_WORDS_AFTER: readonly string[] = ['Pos', 'Post', 'Ekspres', 'Express', 'Today', 'Times', 'News', 'TV', 'FM', 'Online', 'Terkini', 'Network', 'Satu'];
export const MEDIA_WORDS_BEFORE: readonly string[] = ['Radar', 'Tribun', 'Harian', 'Koran', 'Warta', 'Kabar', 'Suara', 'Lensa', 'Insan', 'Info', 'Portal'];

/** Administrative words before a district or village name, as written (`Kecamatan Selong`, `Desa Sukamaju`,
 *  `Kel. Pancor`): they make the capitalised words after them a district / village lookup. */
export const ADMIN_AREA_WORDS: Readonly<Record<'district' | 'village', readonly string[]>> = {
  district: ['Kecamatan', 'KECAMATAN', 'Kec.'],
  village: ['Desa', 'DESA', 'Kelurahan', 'KELURAHAN', 'Kel.'],
};

/** Titles and bodies of a district written before its name (`Camat Kediri`, `Wakil Camat Depok`, `Panwascam Depok`;
 *  `Panwaslu Kecamatan X` is read by its `Kecamatan`): the name is the
 *  district (looked up as after `Kecamatan`), never a regency or city of that name; the span is the name only. */
export const DISTRICT_TITLE_WORDS: readonly string[] = ['Camat', 'Sekcam', 'Panwascam'];

/** Prepositions that open a place phrase whose chain of comma-joined names ends on the town (`di Jalan Asia No. 182,
 *  Medan`, `ujar X di Kantor Bawaslu, Serang, Senin`, `berangkat dari Terminal Terboyo, Kudus`). Lower-case. */
export const VENUE_PREPOSITIONS: readonly string[] = ['di', 'ke', 'dari'];
/** Lower-case or abbreviated words of a street address inside such a chain (`Jalan Asia No. 182`, `Lt. 4`, `RT 02/RW
 *  05`, `Kav. 7`): with capitalised words and numbers, the only words a venue's name and address are made of. */
export const ADDRESS_WORDS: readonly string[] = ['No.', 'No', 'no.', 'Nomor', 'nomor', 'Lt.', 'Lantai', 'lantai', 'RT', 'RW', 'Km', 'KM', 'km', 'Blok', 'Kav.', 'Kav', 'Gg.', 'Jl.'];

/** Conjunctions between items of a list of places: `Medan, Binjai dan Deli Serdang`. Lower-case. */
export const LIST_CONJUNCTIONS: readonly string[] = ['dan', 'serta', 'atau'];
