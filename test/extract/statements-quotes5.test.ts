// Rules written on the tuning part of the eighth attribution set (fixtures/statements/quotes/quotes5.txt, issue
// 22): a title's short form read against the title written in full (`kata Kasdim`, `ujar Kaban Kesbangpol`);
// order verbs with their object and what it is to do (`memerintahkan … untuk …`); a document naming its
// issuer as the subject of a reporting verb; a personal pronoun after an institution's statement; adverbs of
// time between a subject and its verb; a `meN-` verb after a marked verb; content whose predicate is a
// preposition after a part subject or a superlative; ranks and corps left out of stated names. Table cases with negatives; each pipeline case is a short article
// written for it.
import { describe, expect, it } from 'vitest';
import { readsAsClause, readsAsOrder } from '../../src/extract/statements/clause.js';
import { documentIssuer } from '../../src/extract/statements/document-subject.js';
import { abbreviatesTitle, titleLetterWords } from '../../src/extract/statements/short-title.js';
import { statementsOf, whoSaid } from './statement-cases.js';

const ACTING = new Set(['pj', 'plt', 'plh', 'penjabat']);

describe('abbreviatesTitle: a short form made of pieces of the title’s words', () => {
  it.each<[string, number, string, boolean]>([
    ['kasdim', 1, 'Kepala Staf Kodim 0304/Agam', true],
    ['dandim', 1, 'Komandan Kodim 1604/Kupang', true],
    ['danramil', 1, 'Komandan Koramil 05/Siantar', true],
    ['kapolres', 1, 'Kepala Kepolisian Resor Pasaman Barat', true],
    ['kasatpolpp', 2, 'Kepala Satuan Polisi Pamong Praja Kota Padang', true],
    ['kabankesbangpol', 2, 'Kepala Badan Kesatuan Bangsa dan Politik Kota Padang', true],
    ['kasatreskrim', 2, 'Kepala Satuan Reserse Kriminal Polresta Samarinda', true],
    ['kadisdikbud', 1, 'Kepala Dinas Pendidikan dan Kebudayaan Provinsi Bali', true],
    ['kapolresta', 1, 'Kepala Kepolisian Resor Kota Padang', true],
    ['wagub', 1, 'Wakil Gubernur Kalimantan Selatan', true],
    ['sekda', 1, 'Penjabat Sekretaris Daerah Kabupaten Bima', true],
    // the head must come first; every letter must be used
    ['dandim', 1, 'Kepala Staf Kodim 0304/Agam', false],
    ['kasdim', 1, 'Komandan Kodim 1604/Kupang', false],
    ['kapolsek', 1, 'Kepala Kepolisian Resor Pasaman Barat', false],
    ['kasatpolpp', 2, 'Kepala Badan Kesatuan Bangsa dan Politik Kota Padang', false],
    // a name is no short form of a title; nor is the title written out, or one of its words
    ['hendra', 1, 'Kepala Staf Kodim 0304/Agam', false],
    ['kepaladesasukamakmur', 3, 'Kepala Desa Sukamakmur', false],
    ['bupati', 1, 'Penjabat Bupati Banyuasin', false],
  ])('%s (%i words) / %s → %s', (short, written, title, want) => {
    expect(abbreviatesTitle(short, written, titleLetterWords(title), ACTING)).toBe(want);
  });
});

describe('readsAsOrder: the object of an order verb and what it is to do', () => {
  it.each<[string, boolean]>([
    ['seluruh kapolsek untuk memantau kegiatan kampanye.', true],
    ['para camat agar mengawasi kepala desa.', true],
    ['kepala perangkat daerah melaporkan setiap dugaan pelanggaran.', true],
    ['seluruh ASN tidak ikut kegiatan kampanye.', true],
    ['agar seluruh ASN menjaga netralitas.', true],
    // a plain object: an action ordered, no one told to do it
    ['pembongkaran baliho di depan kantor camat.', false],
    ['penyelidikan atas laporan warga soal kepala desa di wilayah itu.', false],
    ['pemeriksaan lanjutan melalui inspektorat daerah.', false],
  ])('%s → %s', (content, want) => {
    expect(readsAsOrder(content)).toBe(want);
  });
});

describe('readsAsClause: an active verb right after a marked reporting verb', () => {
  it.each<[string, boolean]>([
    ['mengapresiasi langkah kepolisian itu.', true],
    ['menyesalkan masih adanya pegawai yang berkampanye.', true],
    ['merasa prihatin atas kasus itu.', true],
    // a noun spelled with `me`, a preposition: no verb
    ['mekanisme pelaporan pelanggaran netralitas.', false],
    ['metode pengawasan di setiap kecamatan.', false],
    // a part subject with a preposition of topic as its predicate; a short subject closed by a superlative
    ['sebagian besar laporan soal unggahan di media sosial.', true],
    ['pelanggar terbanyak dari kalangan guru honorer.', true],
    ['sebagian dari materi sosialisasi kepada camat.', false],
    ['daerah dengan kasus terbanyak di wilayah timur.', false],
    ['mengenai tahapan kampanye kepada para camat.', false],
  ])('%s → %s', (content, want) => {
    expect(readsAsClause(content)).toBe(want);
  });
});

describe('documentIssuer: the issuer written in a document subject', () => {
  it.each<[string, string | null]>([
    ['Surat Edaran Wali Kota Pontianak Nomor 800/145/BKPSDM/2024 itu', 'Wali Kota Pontianak'],
    ['Keputusan Bupati Banyuasin tentang pemberhentian sementara itu', 'Bupati Banyuasin'],
    ['Instruksi Gubernur Sulawesi Tenggara Nomor 5 Tahun 2024 itu', 'Gubernur Sulawesi Tenggara'],
    ['Edaran yang diteken Edi Suryanto pada Jumat itu', 'Edi Suryanto'],
    ['Surat edaran yang ditandatangani oleh Penjabat Bupati Gowa itu', 'Penjabat Bupati Gowa'],
    // no issuer written
    ['Surat edaran itu', null],
    ['Surat edaran yang beredar di grup pegawai itu', null],
    ['Keputusan Nomor 12 Tahun 2024 itu', null],
  ])('%s → %s', (subject, want) => {
    const t = documentIssuer(subject, 0, subject.length);
    expect(t ? subject.slice(t[0]!.start, t[t.length - 1]!.end) : null).toBe(want);
  });
});

describe('quotes5 set rules in the pipeline', () => {
  it.each<[string, string[], Array<[string, string | null]>]>([
    [
      'a short-form title after the quote is the official introduced with the title in full',
      [
        'SOLOK - Kepala Satuan Polisi Pamong Praja Kabupaten Solok, Yusrizal Datuak Rajo, memimpin penertiban alat peraga di kantor camat.',
        'Kepala Badan Kesatuan Bangsa dan Politik Kabupaten Solok, Nofriadi Sutan Bagindo, ikut dalam penertiban itu.',
        '"Kantor pemerintah harus bersih dari atribut calon," kata Kasatpol PP.',
        '"Kami catat semua lokasi pelanggaran," ujar Kaban Kesbangpol.',
      ],
      [
        ['Kantor pemerintah harus ', 'Yusrizal Datuak Rajo'],
        ['Kami catat semua lokasi ', 'Nofriadi Sutan Bagindo'],
      ],
    ],
    [
      'a chief of staff’s title and rank; `kata Kasdim` is that officer',
      [
        'PARIAMAN - Kepala Staf Kodim 0308/Pariaman, Mayor Inf Dedi Kurniawan, memimpin apel netralitas di Makodim.',
        '"Prajurit dan PNS Kodim tidak boleh berpihak," kata Kasdim.',
      ],
      [['Prajurit dan PNS Kodim t', 'Dedi Kurniawan']],
    ],
    [
      'a short form that abbreviates no official’s title names nobody',
      [
        'SOLOK - Kepala Satuan Polisi Pamong Praja Kabupaten Solok, Yusrizal Datuak Rajo, memimpin penertiban alat peraga di kantor camat.',
        '"Kami catat semua lokasi pelanggaran," ujar Kadinkes.',
      ],
      [['Kami catat semua lokasi ', null]],
    ],
    [
      'an order verb with its object and an `untuk` clause reports the order',
      ['TANJUNG SELOR - Penjabat Bupati Bulungan, Samsul Arifin Lasari, memerintahkan para camat untuk mengawasi kepala desa selama masa kampanye.'],
      [['para camat untuk mengawa', 'Samsul Arifin Lasari']],
    ],
    [
      'an order verb with a plain object reports nothing',
      ['TANJUNG SELOR - Penjabat Bupati Bulungan, Samsul Arifin Lasari, memerintahkan pembongkaran baliho di depan kantor camat.'],
      [],
    ],
    [
      'a document naming its issuer by title: the official who holds it',
      [
        'SUNGGUMINASA - Penjabat Bupati Gowa, Andi Bakti Pallawa, menerbitkan surat edaran netralitas bagi pegawai pemerintah kabupaten.',
        'Surat Edaran Bupati Gowa Nomor 100/230/2024 itu menyebutkan ASN dilarang menghadiri kampanye pasangan calon.',
      ],
      [['ASN dilarang menghadiri ', 'Andi Bakti Pallawa']],
    ],
    [
      'a document with no issuer written names nobody',
      [
        'SUNGGUMINASA - Penjabat Bupati Gowa, Andi Bakti Pallawa, hadir dalam apel pagi.',
        'Surat edaran yang beredar di grup pegawai itu menyebutkan ASN dilarang menghadiri kampanye pasangan calon.',
      ],
      [],
    ],
    [
      'a personal pronoun after an institution’s statement is the person who spoke before',
      [
        'BANJARMASIN - Kepala Ombudsman Perwakilan Kalsel, Hadi Rahman Noor, mengatakan aduan itu sudah diteruskan ke Bawaslu.',
        'KPU Kalsel menegaskan penyelenggara yang berstatus ASN juga wajib netral.',
        'Dia menambahkan, ombudsman akan memantau tindak lanjut rekomendasi itu.',
      ],
      [
        ['aduan itu sudah diterusk', 'Hadi Rahman Noor'],
        ['penyelenggara yang berst', 'KPU Kalsel'],
        ['ombudsman akan memantau ', 'Hadi Rahman Noor'],
      ],
    ],
    [
      'an acronym with place words as the subject is an institution; a rank before a name is not',
      [
        'PADANG - BKD Kota Padang menyebut sudah ada tiga pegawai yang dipanggil inspektorat.',
        'AKBP Ferry Harahap menegaskan anggota yang berpihak akan diperiksa Propam.',
      ],
      [
        ['sudah ada tiga pegawai y', 'BKD Kota Padang'],
        ['anggota yang berpihak ak', 'Ferry Harahap'],
      ],
    ],
    [
      'an office word with its place as the subject; a document’s issuing institution',
      [
        'SERANG - Panwascam Cikande sebelumnya mencatat ada dua kepala desa yang hadir dalam acara itu.',
        'Surat edaran yang dikeluarkan BKPSDM Kabupaten Serang itu menyebutkan pegawai dilarang menghadiri deklarasi.',
      ],
      [
        ['ada dua kepala desa yang', 'Panwascam Cikande'],
        ['pegawai dilarang menghad', 'BKPSDM Kabupaten Serang'],
      ],
    ],
    [
      'a rank and corps before a stated name are no part of it',
      ['KUPANG - Komandan Batalyon Infanteri 743, Letkol Inf Ahmad Fauzi Lubis, menegaskan prajuritnya tidak akan terlibat kampanye.'],
      [['prajuritnya tidak akan t', 'Ahmad Fauzi Lubis']],
    ],
    [
      'a deputy’s police title spelled out; its short form names the deputy',
      [
        'MEDAN - Wakil Kepala Kepolisian Daerah Sumatera Utara, Brigjen Pol Dedi Saputra, memimpin apel netralitas.',
        'Wakapolda menambahkan, Propam sudah menerima dua laporan.',
      ],
      [['Propam sudah menerima du', 'Dedi Saputra']],
    ],
    [
      'an adverb of time between an institution subject and its verb',
      ['SIMPANG EMPAT - Bawaslu Pasaman Barat sebelumnya menyebut ada dua wali nagari yang sudah dipanggil.'],
      [['ada dua wali nagari yang', 'Bawaslu Pasaman Barat']],
    ],
  ])('%s', (_name, paras, want) => {
    expect(whoSaid(statementsOf(paras))).toEqual(want);
  });
});
