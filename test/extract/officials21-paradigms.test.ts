// Paradigms for officials21 (round 20): invented lines of regional news, a third of each table held out (marked
// `held`: not looked at while writing the rule).
//   1. a regency's short form whose own words name no region, then a compass word (`Tanjab Barat` for Tanjung Jabung
//      Barat, `Tanjab Timur`): the short form is derived from the gazetteer's full name by a rule (each word's first
//      closed syllable, joined: `Tanjung Jabung` → `Tanjab`), never listed (regions/short-spelling.ts), and read whole.
//      Negatives: a spelling no rule derives, a name after the short form, the compass word on its own.
//      Blind score (main dff52b2): 3/7 rows (every positive fails: no region, and the holder is `Tanjab Barat`);
//      after: 7/7, held-out rows 2/2.
import { describe, expect, it } from 'vitest';
import { extractRegions } from '../../src/extract/regions/index.js';
import { ctxOf, officialsOfBody } from './helpers.js';

const LEAD = 'Pegawai diminta netral selama Pilkada 2024.\n\n';
const regionCodes = (text: string): string[] => extractRegions(ctxOf(`${LEAD}${text}`)).map((r) => r.code);

describe('paradigm 1: a derived short form of a regency\'s words, then a compass word, is that regency', () => {
  // [text, code that must be listed (or '-'), code that must not be listed (or '-'), holder (or '-'), held out]
  const rows: Array<[string, string, string, string, boolean]> = [
    ['Ketua Bawaslu Tanjab Barat, Hendra Wijaya, mengatakan pengawasan diperketat.', '15.06', '-', 'Hendra Wijaya', false],
    ['Pemkab Tanjab Timur menggelar apel netralitas ASN di halaman kantor bupati.', '15.07', '15.06', '-', false],
    ['Kepala BKPSDM Tanjab Timur Agus Salim menegaskan larangan itu.', '15.07', '-', 'Agus Salim', true],
    ['Sebanyak 12 ASN di Kabupaten Tanjab Barat dilaporkan ke Bawaslu.', '15.06', '-', '-', true],
    // negatives: no rule derives `Tanjub`; a name after the short form is no compass word; `Barat` alone
    ['Ketua Bawaslu Tanjub Barat, Hendra Wijaya, mengatakan pengawasan diperketat.', '-', '15.06', '-', false],
    ['Bawaslu memanggil Tanjab Hendra Wijaya untuk klarifikasi.', '-', '15.06', '-', false],
    ['Ketua Bawaslu Jawa Barat, Rahmat Jaya Parlindungan, mengatakan pengawasan diperketat.', '32', '15.06', 'Rahmat Jaya Parlindungan', true],
  ];
  it.each(rows)('%s', (text, want, not, holder) => {
    const codes = regionCodes(text);
    if (want !== '-') expect(codes).toContain(want);
    if (not !== '-') expect(codes).not.toContain(not);
    if (holder !== '-') expect(officialsOfBody(`${LEAD}${text}`).map((o) => o.name)).toContain(holder);
  });
});

//   2. a regional firm's legal form (`Perumda`, `Perusda`, `PDAM`: NAMED_UNIT_HEADS) after a firm's head opens the
//      firm's name, read up to the comma as the institution; the holder follows the comma (was: the firm's name read as
//      the holder, `Direktur Utama Perumda Air Minum Tirta Bening, X` → `Perumda Air Minum Tirta Bening`).
//      Negatives: a firm's head with a bank (`Direktur Utama Bank NTB, X`, last round's rule), a private company (`PT`:
//      no state office).
//      Blind score (the code before this change): 2/6 rows; after: 6/6, held-out rows 2/2.
describe('paradigm 2: a regional firm after a firm head is its institution, the holder after the comma', () => {
  // [text, holder, institution (or '-': no official of that name), held out]
  const rows: Array<[string, string, string, boolean]> = [
    ['Direktur Utama Perumda Air Minum Tirta Bening, Ahmad Fauzi, meminta pegawai netral.', 'Ahmad Fauzi', 'Perumda Air Minum Tirta Bening', false],
    ['Direktur Utama PDAM Tirta Moedal, Yuli Setyawan, mengatakan pegawai tidak boleh berkampanye.', 'Yuli Setyawan', 'PDAM Tirta Moedal', false],
    ['Hal itu disampaikan Direktur Utama Perusda Aneka Usaha, Rudi Hartono, kemarin.', 'Rudi Hartono', 'Perusda Aneka Usaha', true],
    ['Direktur Utama Perumdam Tirta Kencana, Hj. Siti Aminah, mengingatkan karyawan.', 'Siti Aminah', 'Perumdam Tirta Kencana', true],
    // negatives: a bank keeps last round's reading; a private company's head is no state office
    ['Direktur Utama Bank NTB, M Rizal Effendi, mengatakan pegawai bank tidak boleh berpolitik.', 'M Rizal Effendi', 'Bank NTB', false],
    ['Direktur Utama PT Semen Kupang, Ahmad Yani, meminta karyawan tidak ikut kampanye.', 'Ahmad Yani', '-', false],
  ];
  it.each(rows)('%s', (text, holder, institution) => {
    const o = officialsOfBody(`${LEAD}${text}`).find((x) => x.name === holder);
    if (institution === '-') expect(o).toBeUndefined();
    else expect(o?.institution).toBe(institution);
  });
});
