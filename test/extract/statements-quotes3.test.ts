// Rules written on the tuning part of the fourth attribution set (fixtures/statements/quotes/quotes3.txt,
// issue 22): the content of a `marked` reporting verb without `bahwa` when it reads as a clause; doubled
// apostrophes nested in a straight quotation; a fronted adjunct before a titled subject; `berjanji`,
// `menjawab bahwa`, `balas X`, `tulis X`. Table cases with negatives; each pipeline case is a short article written for it.
import { describe, expect, it } from 'vitest';
import { readsAsClause } from '../../src/extract/statements/clause.js';
import { statementsOf, whoSaid } from './statement-cases.js';

const statements = statementsOf;
const who = whoSaid;

describe('readsAsClause: the words after a `marked` reporting verb', () => {
  it.each<[string, boolean]>([
    ['Bawaslu sudah memetakan kelurahan yang rawan mobilisasi pegawai.', true],
    ['hingga kini belum ada pegawai yang dijatuhi sanksi.', true],
    ['tim pemantau internal sudah dibentuk di setiap kecamatan.', true],
    ['pemeriksaan ditargetkan selesai dalam sepekan.', true],
    ['pengawasan terhadap akun media sosial pegawai kini dilakukan bersama Bawaslu.', true],
    ['dirinya menerima banyak keluhan dari warga.', true],
    ['jumlah laporan tahun ini mencapai 45 kasus.', true],
    // plain objects: a relative clause, a preposition or nothing predicative comes first
    ['apresiasi kepada seluruh pegawai yang sudah menjaga netralitas.', false],
    ['sejumlah pelanggaran yang sudah ditangani Bawaslu.', false],
    ['mekanisme pelaporan pelanggaran netralitas melalui aplikasi.', false],
    ['terima kasih atas kerja keras panitia.', false],
    ['materi tentang netralitas ASN di hadapan para camat.', false],
    ['pentingnya disiplin pegawai selama tahapan pilkada.', false],
    ['hal itu saat ditemui di kantornya.', false],
    ['sudah ada tiga camat yang dipanggil.', true],
    ['ada dua kepala desa yang sudah diberi teguran lisan.', true],
  ])('%s → %s', (content, clause) => {
    expect(readsAsClause(content)).toBe(clause);
  });
});

describe('quotes3 set rules in the pipeline', () => {
  it.each<[string, string[], Array<[string, string | null]>]>([
    [
      'a `marked` verb followed by a clause reports it',
      ['SEMARANG - Ketua Bawaslu Kota Semarang, Nur Aini Rahmawati, menjelaskan Bawaslu sudah memetakan kelurahan yang rawan mobilisasi pegawai.'],
      [['Bawaslu sudah memetakan ', 'Nur Aini Rahmawati']],
    ],
    [
      'a `marked` verb followed by a plain object reports nothing',
      ['SEMARANG - Ketua Bawaslu Kota Semarang, Nur Aini Rahmawati, menyampaikan apresiasi kepada seluruh pegawai yang sudah menjaga netralitas.'],
      [],
    ],
    [
      'doubled apostrophes inside a straight quotation nest; the attribution after it is read',
      [
        'JAKARTA - Menteri Dalam Negeri, Arifin Nasution, hadir dalam rapat koordinasi netralitas.',
        `"Kami minta kepala daerah memberi contoh. ''Jangan sampai penjabat menggerakkan birokrasi,'' itu pesan Presiden kepada kami," ujar Arifin.`,
      ],
      [['Kami minta kepala daerah', 'Arifin Nasution']],
    ],
    [
      'doubled apostrophes still close a quotation a straight mark opened',
      ['MATARAM - Kepala BKD Provinsi NTB, Yusron Hadi, hadir dalam apel.', `"Netralitas itu kewajiban semua pegawai,'' kata Yusron.`],
      [['Netralitas itu kewajiban', 'Yusron Hadi']],
    ],
    [
      'a fronted adjunct before a titled subject with a rank is not the speaker',
      ['PATI - Senada, Dandim 0718/Pati Letkol Inf Agus Setiawan Pamungkas mengatakan prajurit TNI tidak memiliki hak pilih dalam pilkada.'],
      [['prajurit TNI tidak memil', 'Agus Setiawan Pamungkas']],
    ],
    [
      'an official named after a participle in the last part (`didampingi`) is no subject: the first is',
      [
        'PRAYA - Wakil Bupati Lombok Tengah H. Muhammad Rusli, didampingi Sekda Lombok Tengah Lalu Hendra Wirawan, meminta seluruh kepala organisasi perangkat daerah memperketat pengawasan.',
      ],
      [['seluruh kepala organisas', 'Muhammad Rusli']],
    ],
    [
      '`Menurut <title>, <name>, …`: the name in apposition is no part of the content',
      ['LEBAK - Menurut Kepala BKD Lebak, Ade Suhardi, pelanggaran terbanyak dilakukan guru.'],
      [['pelanggaran terbanyak di', 'Ade Suhardi']],
    ],
    [
      '`Menurut <name>, …`: a capitalised subject after it stays in the content',
      ['LEBAK - Kepala BKD Lebak, Ade Suhardi, hadir dalam rapat.', 'Menurut Ade, Bawaslu Lebak, sudah menerima laporan itu sejak pekan lalu.'],
      [['Bawaslu Lebak, sudah men', 'Ade Suhardi']],
    ],
    [
      '`Kata <title>, <name>, …` opening a sentence reports what follows',
      ['TASIKMALAYA - Kata Ketua Bawaslu Tasikmalaya, Dodi Juanda, pengawasan akan diperketat menjelang hari pemungutan suara.'],
      [['pengawasan akan diperket', 'Dodi Juanda']],
    ],
    [
      '`Katanya, …` (no speaker phrase: often hearsay) is not read by this rule',
      ['TASIKMALAYA - Ketua Bawaslu Tasikmalaya, Dodi Juanda, hadir dalam rapat.', 'Katanya, pengawasan akan diperketat menjelang hari pemungutan suara.'],
      [],
    ],
    [
      '`berjanji` reports the pledge',
      ['TEGAL - Penjabat Wali Kota Tegal, Agung Budi Santosa, berjanji akan menindak tegas aparatur yang terbukti berpolitik.'],
      [['akan menindak tegas apar', 'Agung Budi Santosa']],
    ],
    [
      '`menjawab bahwa` reports; `balas` after a quote attributes it',
      [
        'SUKOHARJO - Sekretaris Daerah Kabupaten Sukoharjo, Widodo Handoyo, menjawab bahwa setiap laporan harus diverifikasi lebih dulu.',
        '"Dua minggu. Itu komitmen kami," balas Widodo.',
      ],
      [
        ['setiap laporan harus div', 'Widodo Handoyo'],
        ['Dua minggu. Itu komitmen', 'Widodo Handoyo'],
      ],
    ],
    [
      'a sentence whose subject is a pronoun keeps the chain: the person it names as an object does not take `tambahnya`',
      [
        '"Netralitas bukan slogan," ujar Sekda Bantul, Agus Budiraharja.',
        'Ia juga memanggil Kepala Dinas Kominfo, Budi Santoso, untuk memantau media sosial pegawai.',
        '"Kalau ada yang melanggar, laporkan saja," tambahnya.',
      ],
      [
        ['Netralitas bukan slogan', 'Agus Budiraharja'],
        ['Kalau ada yang melanggar', 'Agus Budiraharja'],
      ],
    ],
    [
      'a sentence whose subject is the person named keeps the usual reading: `tambahnya` is that person',
      [
        '"Netralitas bukan slogan," ujar Sekda Bantul, Agus Budiraharja.',
        'Kepala Dinas Kominfo, Budi Santoso, juga hadir dalam apel tersebut.',
        '"Kalau ada yang melanggar, laporkan saja," tambahnya.',
      ],
      [
        ['Netralitas bukan slogan', 'Agus Budiraharja'],
        ['Kalau ada yang melanggar', 'Budi Santoso'],
      ],
    ],
    [
      '`tulis` after a quote attributes a written statement to the institution',
      ['SURABAYA - Bawaslu Jawa Timur mengeluarkan imbauan.', '"ASN dilarang memberi dukungan di media sosial," tulis Bawaslu Jawa Timur dalam keterangan resminya, Rabu.'],
      [['ASN dilarang memberi duk', 'Bawaslu Jawa Timur']],
    ],
    [
      'a paragraph ending in a reporting verb, its object and a colon introduces the quotation after it',
      ['BLITAR - Penjabat Bupati Blitar, Rini Syarifah, menegaskan hal itu di hadapan para camat:', '"Camat jangan main dua kaki. Pilih netral atau mundur."'],
      [['Camat jangan main dua ka', 'Rini Syarifah']],
    ],
    [
      'a paragraph ending in a colon after a long stretch with no reporting verb introduces nobody',
      ['BLITAR - Penjabat Bupati Blitar, Rini Syarifah, mengatakan rapat itu membahas banyak hal, mulai dari jadwal apel sampai laporan kepala desa dan hasil pengawasan selama sepekan terakhir di semua kecamatan:', '"Camat jangan main dua kaki."'],
      [['rapat itu membahas banya', 'Rini Syarifah']],
    ],
    [
      'an institution by the first words of its full name is the institution named in full before',
      ['MALANG - Bawaslu Kota Malang meminta pegawai tidak ikut kampanye di media sosial.', 'Bawaslu juga menyebutkan sudah ada dua lurah yang diklarifikasi.'],
      [
        ['pegawai tidak ikut kampa', 'Bawaslu Kota Malang'],
        ['sudah ada dua lurah yang', 'Bawaslu Kota Malang'],
      ],
    ],
    [
      '`menjawab` with a plain object reports nothing',
      ['SUKOHARJO - Sekretaris Daerah Kabupaten Sukoharjo, Widodo Handoyo, menjawab pertanyaan anggota dewan dengan singkat.'],
      [],
    ],
  ])('%s', (_name, paras, want) => {
    expect(who(statements(paras))).toEqual(want);
  });
});
