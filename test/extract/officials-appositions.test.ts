// Officials written as "long title, name" and with a bare region after the unit: forms seen failing on the
// news5 check set's tuning half (see officials-news5.test.ts), written here as new sentences with negatives.
import { describe, expect, it } from 'vitest';
import { extractOfficials } from '../../src/extract/officials/index.js';
import { extractRegions } from '../../src/extract/regions/index.js';
import { ctxOf } from './helpers.js';

function run(sentence: string): Array<[string, string]> {
  const ctx = ctxOf(`Judul Berita\n\n${sentence}`);
  return extractOfficials(ctx, extractRegions(ctx)).map((o) => [o.name, o.title ?? '']);
}

describe('a title that runs on to a comma, then the name', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['unit named after a ministry', 'Direktur Jenderal Politik dan Pemerintahan Umum Kementerian Dalam Negeri, Bahtiar Harahap, hadir.', [['Bahtiar Harahap', 'Direktur Jenderal Politik dan Pemerintahan Umum Kementerian Dalam Negeri']]],
    ['field after a body acronym', 'Komisioner KASN Bidang Mediasi dan Advokasi, Sri Wahyuni Lestari, menjelaskan.', [['Sri Wahyuni Lestari', 'Komisioner KASN Bidang Mediasi dan Advokasi']]],
    ['assistant of a deputy', 'Asisten Deputi Perumusan Kebijakan Manajemen ASN, Hendra Kusuma, menyebut.', [['Hendra Kusuma', 'Asisten Deputi Perumusan Kebijakan Manajemen ASN']]],
    ['acronym in parentheses and a bare region', 'Plt Kepala Dinas Pemberdayaan Perempuan dan Anak (DP3A) Bantaeng, Nurhayati, mengatakan.', [['Nurhayati', 'Plt Kepala Dinas Pemberdayaan Perempuan dan Anak (DP3A) Bantaeng']]],
    ['degrees after the name', 'Deputi Bidang Kelembagaan Kementerian PANRB, Dr. Yusuf Hidayat, S.H., M.Si., mengingatkan.', [['Yusuf Hidayat', 'Deputi Bidang Kelembagaan Kementerian PANRB']]],
  ])('%s', (_, s, want) => expect(run(s)).toEqual(want));

  it.each<[string, string]>([
    // the run holds a verb or a lower-case word: it is a sentence, not a title
    ['a clause, not a title', 'Kepala Dinas Pendidikan menegaskan Kurikulum Merdeka, Budi Santoso, sudah berjalan.'],
    // no institution word in the run: a list of places, not a unit
    ['a list of places', 'Bupati mengunjungi Sungai Raya, Sungai Ambawang, dan Kubu Raya.'],
  ])('not: %s', (_, s) => expect(run(s).filter(([n]) => /Budi|Raya|Ambawang/u.test(n))).toEqual([]));
});

describe('a region named bare after the unit', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['regency before the name', 'Kepala Dinas Kesehatan Bantaeng Andi Rusdi mengaku belum menerima laporan.', [['Andi Rusdi', 'Kepala Dinas Kesehatan Bantaeng']]],
    ['regency, comma, one-word name', 'Kepala Dinas Sosial Jeneponto, Syamsuddin, membenarkan.', [['Syamsuddin', 'Kepala Dinas Sosial Jeneponto']]],
    ['honorific after the region', 'Kepala Dinas Pendidikan Takalar Dr Hasanuddin, MPd mengaku kaget.', [['Hasanuddin', 'Kepala Dinas Pendidikan Takalar']]],
  ])('%s', (_, s, want) => expect(run(s)).toEqual(want));

  it('a name that merely starts with a region word after a region already read stays whole', () => {
    expect(run('Wali Kota Bogor Bima Arya Sugiarto meminta ASN netral.')).toEqual([['Bima Arya Sugiarto', 'Wali Kota Bogor']]);
  });
});

describe('village heads by their regional names', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['kepala kampung', 'Kepala Kampung Sungai Limau, Rusli Hamid, mengundurkan diri.', [['Rusli Hamid', 'Kepala Kampung Sungai Limau']]],
    ['kepala pekon', 'Kepala Pekon Sukaraja Ahmad Yani hadir.', [['Ahmad Yani', 'Kepala Pekon Sukaraja']]],
    ['kepala gampong', 'Kepala Gampong Lam Ujong, Teuku Razali, menyampaikan.', [['Teuku Razali', 'Kepala Gampong Lam Ujong']]],
  ])('%s', (_, s, want) => expect(run(s)).toEqual(want));
});

describe('bodies of a kecamatan or a village: the word after them is the place', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['place then name', 'Ketua Panwascam Jonggat Ahmad Yani mengatakan pihaknya siap.', [['Ahmad Yani', 'Ketua Panwascam Jonggat']]],
    ['place, comma, name', 'Ketua PPK Kopang, Baiq Rina, mengatakan.', [['Baiq Rina', 'Ketua PPK Kopang']]],
    ['the place alone is nobody', 'Ketua Panwascam Jonggat mengatakan pihaknya siap.', []],
  ])('%s', (_, s, want) => expect(run(s)).toEqual(want));
});

describe('a committee between the position and the house', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['lower-case member of a numbered committee', 'Di sisi lain, anggota Komisi II DPR RI Rahmat Hidayatullah meminta pemerintah.', [['Rahmat Hidayatullah', 'anggota Komisi II DPR RI']]],
    ['chair of a lettered committee, comma, name', 'Ketua Komisi A DPRD Jawa Timur, Dedi Supriadi, mengatakan.', [['Dedi Supriadi', 'Ketua Komisi A DPRD Jawa Timur']]],
    ['a commission that is a body is no committee', 'Ketua Komisi Pemilihan Umum Ahmad Dani hadir.', [['Ahmad Dani', 'Ketua Komisi Pemilihan Umum']]],
  ])('%s', (_, s, want) => expect(run(s)).toEqual(want));
});
