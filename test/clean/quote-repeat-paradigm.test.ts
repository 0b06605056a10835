// Paradigm of the contained-duplicate step (src/clean/dedup.ts, step 4; issue 22: "the body loses nothing"): a
// second, distinct quote by the same speaker reuses words of an earlier, longer quote ("“ASN yang ikut kampanye akan
// kami copot,” kata Indah." after "“Kalau ada ASN yang terbukti ikut kampanye, kami copot dari jabatannya. …” tegas
// Indah."). It is a separate statement, not a scraped repeat, and must stay. Rows that must keep going: a real
// repeat (the same sentence pasted again inside or after a longer paragraph, a lead copied into the body).
// Blind score before (7724b49): 1 of 5 distinct-quote rows kept (the first: under half its word pairs stand in
// the earlier paragraph); 4 of 4 repeat rows dropped. Now 5 of 5 kept and 4 of 4 dropped.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';

const HEADLINE = 'Bawaslu Ancam Copot ASN yang Ikut Kampanye';
const FILLER = 'Bawaslu kabupaten juga membuka posko pengaduan di setiap kecamatan selama masa kampanye berlangsung.';
const page = (a: string, b: string): string => [HEADLINE, a, FILLER, b].join('\n\n');

/** [earlier, longer paragraph, later distinct paragraph that must stay]. */
const DISTINCT: readonly (readonly [string, string])[] = [
  [
    '“Kalau ada ASN yang terbukti ikut kampanye, kami copot dari jabatannya. Tidak ada toleransi untuk itu,” tegas Indah.',
    '“ASN yang ikut kampanye akan kami copot,” kata Indah.',
  ],
  [
    '"Setiap ASN yang terbukti ikut kampanye pasangan calon akan kami laporkan ke KASN. Tidak ada pengecualian," ujar Ketua Bawaslu Rudi Hartono.',
    '"ASN yang ikut kampanye pasangan calon pasti kami laporkan," kata Rudi Hartono.',
  ],
  [
    'Menurut Indah, ASN yang terbukti ikut kampanye pasangan calon akan dicopot dari jabatannya dan tidak ada toleransi.',
    'Indah kembali menegaskan, ASN yang ikut kampanye pasangan calon akan dicopot.',
  ],
  [
    '“Kami minta seluruh kepala desa dan ASN menjaga netralitas selama pilkada, jangan ikut kampanye,” kata Bupati Ahmad Yani.',
    '“Kepala desa dan ASN jangan ikut kampanye selama pilkada,” pinta Ahmad Yani.',
  ],
  [
    '"Sudah ada tiga ASN yang kami periksa karena ikut kampanye calon bupati. Mereka mengaku hadir atas undangan," kata Indah.',
    '"Tiga ASN yang kami periksa mengaku ikut kampanye calon bupati," tambah Indah.',
  ],
];

/** [earlier, longer paragraph, later repeat that must go]. */
const REPEATS: readonly (readonly [string, string])[] = [
  [
    'Bawaslu Kabupaten Lombok Barat menemukan tiga ASN yang ikut kampanye pasangan calon bupati di Kecamatan Gerung. Ketiganya sudah dipanggil untuk klarifikasi.',
    'Bawaslu Kabupaten Lombok Barat menemukan tiga ASN yang ikut kampanye pasangan calon bupati di Kecamatan Gerung.',
  ],
  [
    '“Kalau ada ASN yang terbukti ikut kampanye, kami copot dari jabatannya. Tidak ada toleransi untuk itu,” tegas Indah.',
    '“Kalau ada ASN yang terbukti ikut kampanye, kami copot dari jabatannya,” tegas Indah.',
  ],
  [
    'Ketua Bawaslu Rudi Hartono mengatakan, pihaknya sudah menerima laporan dugaan pelanggaran netralitas ASN dari warga. Laporan itu kini diproses.',
    'Ketua Bawaslu Rudi Hartono mengatakan pihaknya sudah menerima laporan dugaan pelanggaran netralitas ASN dari warga',
  ],
  [
    'Sebanyak 12 ASN di lingkungan Pemkab Sumbawa dilaporkan ke KASN karena mengunggah dukungan kepada calon bupati di media sosial, kata Rudi.',
    'Sebanyak 12 ASN di lingkungan Pemkab Sumbawa dilaporkan ke KASN karena mengunggah dukungan kepada calon bupati',
  ],
];

describe('contained-duplicate: a distinct later quote by the same speaker stays (paradigm)', () => {
  for (const [a, b] of DISTINCT) {
    it(b, () => {
      const text = clean(page(a, b)).text;
      expect(text).toContain(a);
      expect(text).toContain(b);
    });
  }
});

describe('contained-duplicate: a real repeat still goes (negative rows)', () => {
  for (const [a, b] of REPEATS) {
    it(b, () => {
      const c = clean(page(a, b));
      expect(c.text).toContain(a);
      expect(c.text.split('\n').map((l) => l.trim())).not.toContain(b);
    });
  }
});
