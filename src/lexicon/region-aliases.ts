// DATA: how regional news writes region names that the gazetteer does not spell that way.
// Each alias points to a Kemendagri CODE; the official name always comes from the gazetteer.
// `mode: 'exact'` = written as given (or all caps, for ≥ 4 letters): `NTB`, `Lotim`, `LOTIM`;
// `mode: 'title'` = any capitalised form: `Pangkalpinang`, `PANGKALPINANG`.
import type { CaseMode } from './matcher.js';

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
  // NTB regencies
  exact('Lobar', '52.01'),
  exact('Loteng', '52.02'),
  exact('Lotim', '52.03'),
  exact('KSB', '52.07'),
  exact('KLU', '52.08'),
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
  // Sumatra regencies and cities written as one word or by their popular name
  title('Pematang Siantar', '12.72'),
  title('Siantar', '12.72'),
  title('Tanjungbalai', '12.74'),
  title('Padangsidimpuan', '12.77'),
  title('Padang Sidimpuan', '12.77'),
  title('Gunung Sitoli', '12.78'),
  exact('OKU', '16.01'),
  exact('OKI', '16.02'),
  exact('Muba', '16.06'),
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
  // Sulawesi cities
  title('Tolitoli', '72.04'),
  title('Pare-Pare', '73.72'),
  title('Baubau', '74.72'),
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

/** Words right before a region name that make it a region (case-insensitive on the first letter). */
export const REGION_CONTEXT_BEFORE: readonly string[] = [
  'Kabupaten', 'Kab', 'Kota', 'Provinsi', 'Prov', 'Pemkab', 'Pemkot', 'Pemprov', 'Pemda', 'Bupati', 'Walikota',
  'Wali Kota', 'Gubernur', 'Wakil Bupati', 'Sekda', 'DPRD', 'KPU', 'KPUD', 'Bawaslu', 'Polres', 'Polresta', 'Kejari',
  'Kodim', 'Polda', 'di', 'ke', 'dari', 'asal', 'wilayah', 'warga', 'masyarakat', 'se', 'daerah',
];

/**
 * Newspaper and broadcaster names built on a region name (`Kalteng Pos`, `Radar Lombok`, `Tribun Jatim`):
 * a region followed by one of AFTER, or preceded by one of BEFORE, is a masthead, not a mention.
 */
export const MEDIA_WORDS_AFTER: readonly string[] = ['Pos', 'Post', 'Ekspres', 'Express', 'Today', 'Times', 'News', 'TV', 'FM', 'Online', 'Terkini', 'Network', 'Satu'];
export const MEDIA_WORDS_BEFORE: readonly string[] = ['Radar', 'Tribun', 'Harian', 'Koran', 'Warta', 'Kabar', 'Suara', 'Lensa', 'Insan', 'Info', 'Portal'];
