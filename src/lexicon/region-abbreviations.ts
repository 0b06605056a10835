// DATA: the short forms that regional outlets write for kabupaten and kota (`Beltim`, `Polman`, `Konut`), beyond the
// ones in region-aliases.ts. Each row is [short form, Kemendagri code, the core name of that code in the gazetteer
// (idn-area-data's regencies.csv, the project's region table)]: test/lexicon/region-abbreviations.test.ts checks
// every code against the gazetteer's name, so a row can never point at the wrong place.
//
// Source: the region table itself (each short form is the syllable abbreviation of the name's words, as the
// regencies' own governments, DPRDs, Bawaslu and KPU offices and their local press write it: `Belitung Timur` →
// `Beltim`, `Polewali Mandar` → `Polman`, `Konawe Utara` → `Konut`), and the popular one-word name of a regency
// whose official name carries `Kepulauan`/`Pulau` (`Talaud`, `Morotai`).
// Left out: short forms that are also common words or names (`Benteng` a fort, `Mitra` a partner, `Balut` a
// bandage, `Tala`), `Seribu` (Kepulauan Seribu: the number word "thousand"), short forms two regencies share (`Mura`: Musi Rawas and Murung Raya; `Tasik`: the regency and
// the city), and all-capital initials that are also other acronyms (`KTT` a summit, `MTB`, `BS`, `BU`).
import type { RegionAlias } from './region-aliases.js';

type Row = readonly [alias: string, code: string, core: string, mode?: 'exact' | 'title'];

export const REGION_ABBREVIATION_ROWS: readonly Row[] = [
  // Sumatra
  ['Galus', '11.13', 'Gayo Lues'],
  ['Nisel', '12.14', 'Nias Selatan'],
  ['Nisut', '12.24', 'Nias Utara'],
  ['Nisbar', '12.25', 'Nias Barat'],
  ['Palas', '12.21', 'Padang Lawas'],
  ['Muarojambi', '15.05', 'Muaro Jambi', 'title'],
  ['Lambar', '18.04', 'Lampung Barat'],
  ['Tuba', '18.05', 'Tulang Bawang'],
  ['Pesibar', '18.13', 'Pesisir Barat'],
  ['Waykanan', '18.08', 'Way Kanan', 'title'],
  ['Bateng', '19.04', 'Bangka Tengah'],
  ['Basel', '19.03', 'Bangka Selatan'],
  ['Babar', '19.05', 'Bangka Barat'],
  ['Beltim', '19.06', 'Belitung Timur'],
  ['Mentawai', '13.09', 'Kepulauan Mentawai', 'title'],
  ['Meranti', '14.10', 'Kepulauan Meranti', 'title'],
  ['Anambas', '21.05', 'Kepulauan Anambas', 'title'],
  // Kalimantan
  ['Tanbu', '63.10', 'Tanah Bumbu'],
  // Sulawesi
  ['Bolmut', '71.08', 'Bolaang Mongondow Utara'],
  ['Boltim', '71.10', 'Bolaang Mongondow Timur'],
  ['Bolsel', '71.11', 'Bolaang Mongondow Selatan'],
  ['Sitaro', '71.09', 'Kepulauan Siau Tagulandang Biaro'],
  ['Sangihe', '71.03', 'Kepulauan Sangihe', 'title'],
  ['Talaud', '71.04', 'Kepulauan Talaud', 'title'],
  ['Bangkep', '72.07', 'Banggai Kepulauan'],
  ['Touna', '72.09', 'Tojo Una Una'],
  ['Selayar', '73.01', 'Kepulauan Selayar', 'title'],
  ['Tator', '73.18', 'Tana Toraja'],
  ['Torut', '73.26', 'Toraja Utara'],
  ['Konut', '74.09', 'Konawe Utara'],
  ['Konkep', '74.12', 'Konawe Kepulauan'],
  ['Kolut', '74.08', 'Kolaka Utara'],
  ['Mubar', '74.13', 'Muna Barat'],
  ['Buteng', '74.14', 'Buton Tengah'],
  ['Busel', '74.15', 'Buton Selatan'],
  ['Polman', '76.04', 'Polewali Mandar'],
  ['Mateng', '76.06', 'Mamuju Tengah'],
  // Maluku and Maluku Utara
  ['Malteng', '81.01', 'Maluku Tengah'],
  ['Bursel', '81.09', 'Buru Selatan'],
  ['KKT', '81.03', 'Kepulauan Tanimbar'],
  ['Tanimbar', '81.03', 'Kepulauan Tanimbar', 'title'],
  ['Aru', '81.07', 'Kepulauan Aru', 'title'],
  ['Kepsul', '82.05', 'Kepulauan Sula'],
  ['Sula', '82.05', 'Kepulauan Sula', 'title'],
  ['Morotai', '82.07', 'Pulau Morotai', 'title'],
  ['Taliabu', '82.08', 'Pulau Taliabu', 'title'],
  // Papua
  ['Yapen', '91.05', 'Kepulauan Yapen', 'title'],
  ['Telbin', '92.06', 'Teluk Bintuni'],
  ['Telwon', '92.07', 'Teluk Wondama'],
  ['Mansel', '92.11', 'Manokwari Selatan'],
  ['Pegaf', '92.12', 'Pegunungan Arfak'],
  ['Pegubin', '95.02', 'Pegunungan Bintang'],
  ['Mamteng', '95.05', 'Mamberamo Tengah'],
  ['Sorsel', '96.02', 'Sorong Selatan'],
];

export const REGION_ABBREVIATIONS: readonly RegionAlias[] = REGION_ABBREVIATION_ROWS.map(([alias, code, , mode]) => ({ alias, code, mode: mode ?? 'exact' }));
