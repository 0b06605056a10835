// Officials in the forms the officials5 development set's tuning part showed missing (see officials-officials5.test.ts):
// degrees by their shape (`M.Pd.I.`, `S.I.K.`), a name before a title closed by a lower-case relative clause, a unit
// under the unit above it (`Kepala Seksi X pada Bidang Y BKPSDM Z`), mixed-case agency acronyms closing a unit, a
// list's semicolon, a rank in capitals after a unit, a village named inside a unit (`Kasi Pemerintahan Desa X`), a
// body's place after its unit word or a polling station's number (`Ketua PPS Desa X`, `Ketua KPPS 05 X`), a member's
// division after the place, village staff, branch offices of a dinas, a police command's inspector, the institution of
// a section or sub-division (the body above it). New sentences of my own, with negatives.
import { describe, expect, it } from 'vitest';
import type { RawArticle } from '../../src/model.js';
import { processArticle } from '../../src/pipeline.js';
import { officialsOfBody } from './helpers.js';

type Row = [name: string, title: string, role: string | null, institution: string | null];
function run(body: string): Row[] {
  return officialsOfBody(body).map((o) => [o.name, o.title ?? '', o.role, o.institution]);
}
const names = (s: string): string[] => run(s).map(([n]) => n);

describe('degrees by their shape, after the name', () => {
  it.each<[string, string, string[]]>([
    ['a degree with a third part', 'Kepala Dinas Sosial Kendal Budi Harjono, S.Sos., M.Pd.I., mengatakan bantuan tetap jalan.', ['Budi Harjono']],
    ['a police degree', 'Kapolres Demak AKBP Ari Wibowo, S.I.K., M.H., memimpin apel.', ['Ari Wibowo']],
    ['before a title', 'Hadir pula Rudi Santoso, S.STP., M.Si., Camat Tembalang.', ['Rudi Santoso']],
  ])('%s', (_, s, want) => expect(names(s)).toEqual(want));

  it('a degree is never the speaker of a quote', () => {
    const text = 'Judul Berita\n\nKepala Kantor Kemenag Kendal H. Zainal Arifin, S.Ag., M.Pd.I., mengatakan edaran sudah dikirim. "Guru madrasah harus netral," katanya.';
    const raw: RawArticle = { id: 't', source: 't', line: null, format: 'text', text, html: null, title: null, url: null, published: null, error: null };
    const speakers = processArticle(raw).statements.map((s) => s.speaker?.name ?? null);
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.every((n) => n === 'Zainal Arifin')).toBe(true);
  });
});

describe('a name before its title, the title closed by a relative clause', () => {
  it.each<[string, string, string[]]>([
    ['after Menurut', 'Menurut Siti Aminah, anggota KPU Kendal yang membidangi data pemilih, rekapitulasi sudah selesai.', ['Siti Aminah']],
    ['a comma apposition still', 'Menurut Siti Aminah, anggota KPU Kendal, rekapitulasi sudah selesai.', ['Siti Aminah']],
  ])('%s', (_, s, want) => expect(names(s)).toEqual(want));

  it.each<[string, string]>([
    // the title opens the clause Budi is the source of: no comma or relative clause closes it
    ['the title opens the clause', 'Menurut Budi Santoso, anggota KPU Kendal sudah bekerja keras.'],
    // a lower-case generic post
    ['a generic post', 'Menurut Budi Santoso, kepala desa yang netral tidak akan ikut kampanye.'],
  ])('not: %s', (_, s) => expect(names(s)).toEqual([]));
});

describe('a unit under the unit above it, up to the body', () => {
  it.each<[string, string, Row[]]>([
    ['pada Bidang, then the agency', 'Kepala Seksi Mutasi pada Bidang Pengadaan dan Pemberhentian BKD Kendal, Rina Wati, menjelaskan.', [['Rina Wati', 'Kepala Seksi Mutasi pada Bidang Pengadaan dan Pemberhentian BKD Kendal', 'kepala seksi', 'BKD']]],
    ['a mixed-case agency acronym closes the unit', 'Kepala Bidang Layanan Informasi Publik Diskominfo Demak, Tri Handayani, mengatakan.', [['Tri Handayani', 'Kepala Bidang Layanan Informasi Publik Diskominfo Demak', 'kepala bidang', 'Diskominfo']]],
    ['a dinas above a sub-division', 'Kepala Sub Bagian Keuangan Dinas Perhubungan Kabupaten Demak, Wulan Sari, hadir.', [['Wulan Sari', 'Kepala Sub Bagian Keuangan Dinas Perhubungan Kabupaten Demak', 'kepala subbagian', 'Dinas Perhubungan']]],
    ["a unit's fields listed with commas, up to its body", 'Kepala Bidang Pengadaan, Pemberhentian dan Informasi BKPSDM Demak, Lina Marlina, menyebut.', [['Lina Marlina', 'Kepala Bidang Pengadaan, Pemberhentian dan Informasi BKPSDM Demak', 'kepala bidang', 'BKPSDM']]],
    ['a list closed by semicolons', 'Narasumbernya Agus Salim, Kepala Bidang Penilaian Kinerja BKPSDM Demak; dan Dewi Rahma, Ketua Bawaslu Demak.', [['Agus Salim', 'Kepala Bidang Penilaian Kinerja BKPSDM Demak', 'kepala bidang', 'BKPSDM'], ['Dewi Rahma', 'Ketua Bawaslu Demak', 'ketua bawaslu', 'Bawaslu Demak']]],
    ['a service unit an acronym heads, to the comma', 'Kepala UPT Puskesmas Sukorejo, dr. Laila Fitri, menyampaikan.', [['Laila Fitri', 'Kepala UPT Puskesmas Sukorejo', 'kepala upt', 'UPT Puskesmas Sukorejo']]],
    ["a unit closed by a ministry's office and its region, no comma", 'Kasi Pendidikan Madrasah Kemenag Kabupaten Demak Nur Aini menambahkan.', [['Nur Aini', 'Kasi Pendidikan Madrasah Kemenag Kabupaten Demak', 'kepala seksi', 'Kemenag']]],
    ['a branch office of a dinas for an area', 'Kepala Cabang Dinas Pendidikan Wilayah III Jawa Timur, Hari Santoso, hadir.', [['Hari Santoso', 'Kepala Cabang Dinas Pendidikan Wilayah III Jawa Timur', 'kepala cabang dinas', 'Cabang Dinas Pendidikan Wilayah III Jawa Timur']]],
  ])('%s', (_, s, want) => expect(run(s)).toEqual(want));

  it.each<[string, string]>([
    // a unit without a name names nobody, with the unit above it or not
    // a second title after the comma: no unit's list
    ['a title in the list', 'Kepala Bidang Pengadaan, Kepala BKD Demak dan Sekda Demak hadir.'],
    ['a service unit with no name', 'Kepala UPT Puskesmas Sukorejo menyampaikan jadwal.'],
    ['a unit above, then the clause', 'Kepala Seksi Mutasi pada Bidang Pengadaan BKD Kendal mengatakan berkas lengkap.'],
    ['a unit closed by its body, then the clause', 'Kepala Bidang Pengadaan pada Bidang Mutasi BKD Kendal mengatakan berkas lengkap.'],
  ])('not: %s', (_, s) => expect(names(s)).toEqual([]));
});

describe('police and village staff', () => {
  it.each<[string, string, Row[]]>([
    ['a rank after a unit is no acronym of it', 'Kasat Lantas AKP Dimas Pratama mengatur arus lalu lintas.', [['Dimas Pratama', 'Kasat Lantas', 'kasat', 'Lantas']]],
    ["a police command's inspector", 'Irwasda Polda Bali Kombes Pol Made Arya memimpin pemeriksaan.', [['Made Arya', 'Irwasda Polda Bali', 'irwasda', 'Polda']]],
    // `Desa` closing a dinas's fields, then the regency: no village
    ['a dinas named after villages, then its regency', 'Kepala Dinas Pemberdayaan Masyarakat dan Desa Banyuwangi, Ani Susanti, hadir.', [['Ani Susanti', 'Kepala Dinas Pemberdayaan Masyarakat dan Desa Banyuwangi', 'kepala dinas', 'Dinas Pemberdayaan Masyarakat dan Desa Banyuwangi']]],
    ["a village's head of affairs and the village", 'Kaur Perencanaan Desa Sidoluhur, Sutrisno, hadir.', [['Sutrisno', 'Kaur Perencanaan Desa Sidoluhur', 'kaur', 'Perencanaan Desa Sidoluhur']]],
    ['a village named again without a comma', 'Kepala Desa Karangjati, Slamet, diperiksa. Kasi Pemerintahan Desa Karangjati Budi Prasetyo ikut hadir.', [['Slamet', 'Kepala Desa Karangjati', 'kepala desa', 'Desa Karangjati'], ['Budi Prasetyo', 'Kasi Pemerintahan Desa Karangjati', 'kepala seksi', 'Seksi Pemerintahan Desa Karangjati']]],
  ])('%s', (_, s, want) => expect(run(s)).toEqual(want));

  it.each<[string, string]>([
    // `Kaur` is also a regency: a head of affairs only with the affair after it
    ['the regency', 'Warga Kaur, Budi Santoso, ikut hadir.'],
    ['a village unit in a dinas name', 'Dinas Pemberdayaan Masyarakat dan Desa Kendal menggelar rapat.'],
  ])('not: %s', (_, s) => expect(names(s)).toEqual([]));
});

describe("election bodies' places and divisions", () => {
  it.each<[string, string, string[], string[]]>([
    ["a village's body after Desa", 'Ketua PPS Desa Sumberejo, Dewi Lestari, menerima logistik.', ['Dewi Lestari'], ['Ketua PPS Desa Sumberejo']],
    ["a polling station's number", 'Ketua KPPS 12 Sumberejo Yanto Wibisono memimpin penghitungan.', ['Yanto Wibisono'], ['Ketua KPPS 12 Sumberejo']],
    ['a division after the place', 'Anggota Panwascam Tembalang Divisi Pencegahan dan Humas, Yuli Astuti, menjelaskan.', ['Yuli Astuti'], ['Anggota Panwascam Tembalang Divisi Pencegahan dan Humas']],
  ])('%s', (_, s, wantNames, wantTitles) => {
    const rows = run(s);
    expect(rows.map(([n]) => n)).toEqual(wantNames);
    expect(rows.map(([, t]) => t)).toEqual(wantTitles);
  });

  it.each<[string, string]>([
    ['a body with no name', 'Ketua KPPS 12 Sumberejo mengatakan penghitungan selesai.'],
  ])('not: %s', (_, s) => expect(names(s)).toEqual([]));
});
