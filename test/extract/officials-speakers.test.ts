// Issue 22: quote marks and speaker attribution on short texts run through the whole pipeline (clean → extract),
// so the officials come from the real extractor. Table-driven, with negative cases.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model.js';
import { processArticle } from '../../src/pipeline.js';

function run(text: string): Article {
  return processArticle({ id: 't', source: 't', line: null, format: 'text', text, html: null, title: null, url: null, published: null, error: null });
}
const direct = (text: string): Array<[string, string | null, string | undefined]> =>
  run(text)
    .statements.filter((s) => s.kind === 'direct')
    .map((s) => [s.quote, s.speaker?.name ?? null, s.speaker?.kind]);

const HEAD = 'Judul Berita Netralitas\n\nMATARAM – ';

describe('quote marks (issue 22)', () => {
  it.each<[string, string, Array<[string, string | null, string | undefined]>]>([
    [
      'escaped straight marks',
      `${HEAD}Bupati Lombok Tengah Lalu Fathurrahman meminta kepala desa netral. \\"Kantor desa milik semua warga,\\" kata Fathurrahman.`,
      [['Kantor desa milik semua warga', 'Lalu Fathurrahman', undefined]],
    ],
    [
      'doubled apostrophes',
      `${HEAD}Ketua Bawaslu NTB Itratip menyebut pengawas bergerak. ''Pengawas desa sudah kami minta memotret atribut,'' kata Itratip.`,
      [['Pengawas desa sudah kami minta memotret atribut', 'Itratip', undefined]],
    ],
    [
      'straight, curly and doubled marks mixed in one article',
      `${HEAD}Sekda NTB Lalu Gita Ariadi hadir. "Semua harus netral," kata Gita.\n\n“ASN jangan ikut kampanye,” ujar Gita.\n\n''Sanksinya tegas,'' tambah Gita.`,
      [
        ['Semua harus netral', 'Lalu Gita Ariadi', undefined],
        ['ASN jangan ikut kampanye', 'Lalu Gita Ariadi', undefined],
        ['Sanksinya tegas', 'Lalu Gita Ariadi', undefined],
      ],
    ],
    // a name's apostrophe is no quote mark
    ["an apostrophe inside a name", `${HEAD}Kepala BKD NTB Ma'ruf Hidayat hadir dan mengecek absensi pegawai.`, []],
  ])('%s', (_, text, want) => {
    expect(direct(text)).toEqual(want);
  });
});

describe('speakers (issue 22)', () => {
  it.each<[string, string, Array<[string, string | null, string | undefined]>]>([
    [
      'an institution is a speaker of kind institution',
      `${HEAD}“Kami tidak pernah menginstruksikan kades berkampanye,” kata Partai Gerindra dalam pernyataan resminya.`,
      [['Kami tidak pernah menginstruksikan kades berkampanye', 'Partai Gerindra', 'institution']],
    ],
    [
      'a bare title resolves to the official the article names',
      `${HEAD}Menteri Sosial Darmawan Saleh hadir di Mataram. "Bansos tidak boleh dipolitisasi," kata Mensos.`,
      [['Bansos tidak boleh dipolitisasi', 'Darmawan Saleh', undefined]],
    ],
    // negative: a bare title nobody in the article holds is no person
    ['a bare title nobody holds names no speaker', `${HEAD}"Tidak ada yang kebal," kata Mensos.`, [['Tidak ada yang kebal', null, undefined]]],
    [
      'a bare title names the official who holds it as a second post in apposition',
      `${HEAD}Anggota Bawaslu NTB sekaligus Koordinator Divisi Hukum, Suhardi, hadir di Mataram. "Modusnya sama saja," kata Koordinator Divisi Hukum itu.`,
      [['Modusnya sama saja', 'Suhardi', undefined]],
    ],
    // negative: a second post held by nobody named in the article
    [
      'a bare title matching no post, first or second, names no speaker',
      `${HEAD}Anggota Bawaslu NTB sekaligus Koordinator Divisi Hukum, Suhardi, hadir di Mataram. "Modusnya sama saja," kata Koordinator Divisi Pencegahan itu.`,
      [['Modusnya sama saja', null, undefined]],
    ],
    [
      'a party post is an official, not an institution',
      `${HEAD}“ASN punya hak pilih,” tegas Plt Sekjen Partai Demokrat Yusran Hadiwijaya.`,
      [['ASN punya hak pilih', 'Yusran Hadiwijaya', undefined]],
    ],
    [
      'the speaker after a long apposition',
      `${HEAD}"Pegawai jangan mengunggah konten kampanye," kata Kepala Dinas Komunikasi, Informatika dan Statistik Provinsi NTB yang juga Ketua Tim Pemantau Netralitas ASN, Lalu Ahmad Zaini, Selasa (12/11).`,
      [['Pegawai jangan mengunggah konten kampanye', 'Lalu Ahmad Zaini', undefined]],
    ],
    [
      'a pronoun is never a name',
      `${HEAD}Sekda Sumbawa Budi Harjono menegaskan akan menjatuhkan sanksi.\n\nBeliau mengingatkan kepala perangkat daerah. “Atasan ikut bertanggung jawab,” ujar Beliau.`,
      [['Atasan ikut bertanggung jawab', 'Budi Harjono', undefined]],
    ],
  ])('%s', (_, text, want) => {
    expect(direct(text)).toEqual(want);
  });
});
