// The tile-grid map of Indonesia's 38 provinces: one tile per Kemendagri province code, laid out roughly
// by geography (west → east, north → south), so Sumatra runs down the left, Java and Nusa Tenggara along
// the bottom, Kalimantan and Sulawesi in the middle and Papua on the right. Data only; names come from the
// gazetteer (idn-area-data). `iso` is the ISO 3166-2:ID subdivision code, used as the tile label.
export interface ProvinceTile {
  code: string;
  iso: string;
  col: number;
  row: number;
}

export const PROVINCE_GRID: readonly ProvinceTile[] = [
  { code: '11', iso: 'AC', col: 0, row: 0 }, // Aceh
  { code: '12', iso: 'SU', col: 1, row: 0 }, // Sumatera Utara
  { code: '13', iso: 'SB', col: 1, row: 1 }, // Sumatera Barat
  { code: '14', iso: 'RI', col: 2, row: 1 }, // Riau
  { code: '15', iso: 'JA', col: 2, row: 2 }, // Jambi
  { code: '16', iso: 'SS', col: 2, row: 3 }, // Sumatera Selatan
  { code: '17', iso: 'BE', col: 1, row: 2 }, // Bengkulu
  { code: '18', iso: 'LA', col: 3, row: 3 }, // Lampung
  { code: '19', iso: 'BB', col: 3, row: 2 }, // Kepulauan Bangka Belitung
  { code: '21', iso: 'KR', col: 3, row: 0 }, // Kepulauan Riau
  { code: '31', iso: 'JK', col: 4, row: 3 }, // DKI Jakarta
  { code: '32', iso: 'JB', col: 4, row: 4 }, // Jawa Barat
  { code: '33', iso: 'JT', col: 5, row: 4 }, // Jawa Tengah
  { code: '34', iso: 'YO', col: 5, row: 5 }, // DI Yogyakarta
  { code: '35', iso: 'JI', col: 6, row: 4 }, // Jawa Timur
  { code: '36', iso: 'BT', col: 3, row: 4 }, // Banten
  { code: '51', iso: 'BA', col: 7, row: 4 }, // Bali
  { code: '52', iso: 'NB', col: 8, row: 4 }, // Nusa Tenggara Barat
  { code: '53', iso: 'NT', col: 9, row: 4 }, // Nusa Tenggara Timur
  { code: '61', iso: 'KB', col: 5, row: 1 }, // Kalimantan Barat
  { code: '62', iso: 'KT', col: 6, row: 2 }, // Kalimantan Tengah
  { code: '63', iso: 'KS', col: 7, row: 2 }, // Kalimantan Selatan
  { code: '64', iso: 'KI', col: 7, row: 1 }, // Kalimantan Timur
  { code: '65', iso: 'KU', col: 7, row: 0 }, // Kalimantan Utara
  { code: '71', iso: 'SA', col: 11, row: 1 }, // Sulawesi Utara
  { code: '72', iso: 'ST', col: 9, row: 2 }, // Sulawesi Tengah
  { code: '73', iso: 'SN', col: 8, row: 3 }, // Sulawesi Selatan
  { code: '74', iso: 'SG', col: 9, row: 3 }, // Sulawesi Tenggara
  { code: '75', iso: 'GO', col: 10, row: 1 }, // Gorontalo
  { code: '76', iso: 'SR', col: 8, row: 2 }, // Sulawesi Barat
  { code: '81', iso: 'MA', col: 11, row: 3 }, // Maluku
  { code: '82', iso: 'MU', col: 12, row: 1 }, // Maluku Utara
  { code: '91', iso: 'PA', col: 15, row: 1 }, // Papua
  { code: '92', iso: 'PB', col: 14, row: 1 }, // Papua Barat
  { code: '93', iso: 'PS', col: 15, row: 3 }, // Papua Selatan
  { code: '94', iso: 'PT', col: 14, row: 2 }, // Papua Tengah
  { code: '95', iso: 'PE', col: 15, row: 2 }, // Papua Pegunungan
  { code: '96', iso: 'PD', col: 13, row: 1 }, // Papua Barat Daya
];
