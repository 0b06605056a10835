// Rules written on the tuning part of the fifth attribution set (fixtures/statements/quotes/quotes4.txt,
// issue 22): reported content after a `marked` reporting verb read as a clause when its subject holds a
// relative clause, is closed by a demonstrative before an active verb, or is a part or a measure; `mencatat`
// reporting a clause; a bare title whose institution is written as the acronym of the title first written.
// Table cases with negatives; each pipeline case is a short article written for it.
import { describe, expect, it } from 'vitest';
import { agentOfClaim, readsAsClause } from '../../src/extract/statements/clause.js';
import { acronymOfTitle } from '../../src/extract/statements/names.js';
import { statementsOf, whoSaid } from './statement-cases.js';

describe('readsAsClause: subjects with a relative clause, a demonstrative, a part or a measure', () => {
  it.each<[string, boolean]>([
    // a relative clause inside the subject, then a predicate word
    ['pemeriksaan terhadap camat yang diduga berkampanye sudah rampung.', true],
    ['dari 41 laporan yang diterima, 23 di antaranya sudah direkomendasikan ke BKN.', true],
    ['laporan yang masuk ke posko masih diverifikasi petugas.', true],
    // … but a relative clause that ends the object is no clause
    ['sejumlah pelanggaran yang sudah ditangani Bawaslu.', false],
    ['program yang dijalankan pemerintah daerah selama tahun ini.', false],
    ['apresiasi kepada seluruh pegawai yang sudah menjaga netralitas.', false],
    // a subject closed by a demonstrative, then an active verb
    ['surat edaran itu juga memuat kewajiban pimpinan unit.', true],
    ['aturan tersebut melarang pegawai hadir dalam kampanye.', true],
    ['hal itu melalui surat resmi kepada bupati.', false],
    ['materi menjaga netralitas di hadapan para camat.', false],
    ['pesan itu bersama Kapolres di hadapan peserta apel.', false],
    // a part or a measure as the subject
    ['sebagian besar pelanggaran berupa unggahan dukungan di media sosial.', true],
    ['sebagian besar dugaan pelanggaran di daerahnya melibatkan kepala desa.', true],
    ['jumlah ASN yang dilaporkan ke Bawaslu sepanjang tahapan pilkada sebanyak 12 orang.', true],
    ['tingkat tindak lanjut rekomendasi pada pemilu lalu baru sekitar 70 persen.', true],
    ['jumlah laporan tahun ini meningkat dibanding pemilu sebelumnya.', true],
    ['jumlah pemilih di setiap tempat pemungutan suara.', false],
    ['tingkat kerawanan di setiap kecamatan kepada para camat.', false],
    ['pentingnya komitmen pegawai dalam menjaga situasi aman di tengah kontestasi pilkada.', false],
    // a `ter-` verb, an aspect verb or a comparative as the predicate (quotes4b)
    ['sebagian besar kasus terjadi di Kabupaten Pandeglang dan Kabupaten Lebak.', true],
    ['jumlah pemilih tersebut di setiap kecamatan kepada camat.', false],
    ['tim itu mulai bekerja sejak awal masa kampanye.', true],
    ['tahapan itu mulai dari pendaftaran sampai penetapan.', false],
    ['pengawasan di kabupaten lebih berat karena wilayahnya luas.', true],
    ['program lebih dari sepuluh kegiatan kepada warga.', false],
    ['lebih banyak contoh pelanggaran di media sosial.', false],
    // an intransitive verb of change; an institution subject before an active verb
    ['laporan pelanggaran netralitas aparatur sipil negara meningkat tajam.', true],
    ['pemkab mendukung penuh langkah tersebut.', true],
    ['Bawaslu Kota Malang menemukan dua lurah yang berkampanye.', true],
    ['Bawaslu kepada warga agar melapor.', false],
    ['program peningkatan kapasitas pengawas pemilu.', false],
    // composition verbs
    ['tim pemantau itu terdiri atas unsur inspektorat dan Satpol PP.', true],
  ])('%s → %s', (content, clause) => {
    expect(readsAsClause(content)).toBe(clause);
  });
});

describe('acronymOfTitle', () => {
  it.each<[string, string, boolean]>([
    ['Kepala Badan Kepegawaian dan Pengembangan SDM Gorontalo Utara', 'bkpsdm', true],
    ['Ketua Komisi Pemilihan Umum (KPU) Provinsi Lampung', 'kpu', true],
    ['Kepala Badan Kepegawaian Daerah Provinsi Jambi', 'bkd', true],
    ['Kepala Badan Kepegawaian Daerah Provinsi Jambi', 'bkn', false],
    ['Kepala Dinas Pendidikan Provinsi Sumatera Barat', 'dp', false],
    ['Kepala Dinas Pendidikan Provinsi Sumatera Barat', 'kpu', false],
  ])('%s / %s → %s', (title, low, want) => {
    expect(acronymOfTitle(title, low)).toBe(want);
  });
});

describe('agentOfClaim: the person after a passive verb of saying whose subject is a claim', () => {
  it.each<[string, boolean]>([
    ['Tudingan itu sebelumnya dilontarkan anggota DPRD Dompu, Arifin Yasin, dalam rapat.', true],
    ['Tuduhan tersebut disampaikan Ketua Fraksi Nasdem DPRD Sigi, Rahmat Tombolotutu, pekan lalu.', true],
    // a back-reference to the quote before: its agent is the speaker (read by the back-reference parser)
    ['Hal itu disampaikan Ketua Bawaslu Sigi, Rahmat Tombolotutu, pekan lalu.', false],
    ['Pernyataan itu disampaikan Ketua Bawaslu Sigi, Rahmat Tombolotutu, pekan lalu.', false],
    // a passive that is no verb of saying: its agent is a new participant who may speak next
    ['Acara itu dihadiri Ketua Bawaslu Sigi, Rahmat Tombolotutu, dan para camat.', false],
    ['Kegiatan tersebut dibuka oleh Bupati Sigi, Rahmat Tombolotutu.', false],
  ])('%s → %s', (sentence, want) => {
    const name = sentence.search(/Arifin|Rahmat/u);
    expect(agentOfClaim(sentence, 0, name)).toBe(want);
  });
});

describe('quotes4 set rules in the pipeline', () => {
  it.each<[string, string[], Array<[string, string | null]>]>([
    [
      'a relative clause inside the content’s subject: the clause is reported',
      ['KUPANG - Kepala Inspektorat Kabupaten Kupang, Yosef Mandala Lakapu, menyebutkan pemeriksaan terhadap camat yang diduga berkampanye sudah rampung.'],
      [['pemeriksaan terhadap cam', 'Yosef Mandala Lakapu']],
    ],
    [
      'a relative clause ending the object: nothing is reported',
      ['KUPANG - Kepala Inspektorat Kabupaten Kupang, Yosef Mandala Lakapu, menyampaikan apresiasi kepada pegawai yang sudah menjaga netralitas.'],
      [],
    ],
    [
      'a measure subject with a quantity predicate is reported',
      ['JAMBI - Kepala Badan Kepegawaian Daerah Provinsi Jambi, Sudirman Hasibuan, menjelaskan jumlah ASN yang dilaporkan ke Bawaslu sepanjang tahapan pilkada sebanyak 12 orang.'],
      [['jumlah ASN yang dilapork', 'Sudirman Hasibuan']],
    ],
    [
      'a measure as a plain object is not',
      ['JAMBI - Kepala Badan Kepegawaian Daerah Provinsi Jambi, Sudirman Hasibuan, menjelaskan jumlah pemilih di setiap tempat pemungutan suara.'],
      [],
    ],
    [
      '`mencatat` with a clause after it reports; the institution is the speaker',
      ['SUNGGUMINASA - Bawaslu Kabupaten Gowa mencatat sepanjang Oktober ada empat laporan yang melibatkan pegawai pemerintah kabupaten.'],
      [['sepanjang Oktober ada em', 'Bawaslu Kabupaten Gowa']],
    ],
    [
      '`mencatat` with a count as its object reports nothing',
      ['SUNGGUMINASA - Bawaslu Kabupaten Gowa mencatat 45 pelanggaran netralitas selama tahapan kampanye pilkada.'],
      [],
    ],
    [
      'a bare title with the acronym of the title written in full is that official',
      [
        'KWANDANG - Kepala Badan Kepegawaian dan Pengembangan SDM Gorontalo Utara, Rahman Olii, hadir dalam apel pagi.',
        'Penjabat Bupati Gorontalo Utara, Sofyan Ibrahim Thaib, memimpin apel tersebut.',
        '"Tim akan turun setiap kali ada kampanye terbuka," kata Kepala BKPSDM itu.',
      ],
      [['Tim akan turun setiap ka', 'Rahman Olii']],
    ],
    [
      'a name followed by a relative clause is the subject; `ujarnya` after it is that person',
      [
        'JAYAPURA - Ketua Bawaslu Kota Jayapura, Frans Yoku Wanimbo, mengatakan pihaknya telah memanggil Kepala Distrik Abepura, Yohanis Rumbiak, untuk klarifikasi.',
        'Yohanis yang dikonfirmasi terpisah membantah dirinya menjadi anggota tim pemenangan.',
        '"Saya datang karena diundang sebagai tokoh masyarakat," ujarnya.',
      ],
      [
        ['pihaknya telah memanggil', 'Frans Yoku Wanimbo'],
        ['dirinya menjadi anggota ', 'Yohanis Rumbiak'],
        ['Saya datang karena diund', 'Yohanis Rumbiak'],
      ],
    ],
    [
      'a lower-case noun before a relative clause names nobody',
      ['JAYAPURA - Ketua Bawaslu Kota Jayapura, Frans Yoku Wanimbo, hadir dalam rapat.', 'Warga yang dikonfirmasi terpisah membantah dirinya menjadi anggota tim pemenangan.'],
      [],
    ],
    [
      '`Kapolrestabes` is a police title: the bare title after the quote is that official',
      [
        'PALEMBANG - Penjabat Wali Kota Palembang, Ratu Dewa Sukarta, didampingi Kapolrestabes Palembang Kombes Pol Harryo Sugihartono, memimpin apel siaga.',
        '"Kami buka hotline 24 jam," kata Kapolrestabes.',
      ],
      [['Kami buka hotline 24 jam', 'Harryo Sugihartono']],
    ],
    [
      'a subject pronoun after a claim’s passive agent continues the chain of the person answering it',
      [
        'SIGI - Kepala Dinas PUPR Kabupaten Sigi, Muhammad Arsyad Lasido, membantah tudingan telah mengarahkan pegawainya mendukung calon.',
        'Tudingan itu sebelumnya disampaikan Ketua Fraksi Nasdem DPRD Sigi, Rahmat Tombolotutu, dalam rapat paripurna.',
        'Ia mengatakan pertemuan itu adalah rapat evaluasi proyek akhir tahun.',
      ],
      [
        ['tudingan telah mengarahk', 'Muhammad Arsyad Lasido'],
        ['pertemuan itu adalah rap', 'Muhammad Arsyad Lasido'],
      ],
    ],
    [
      'a subject pronoun after the agent of a passive that is no verb of saying is that agent',
      [
        'SIGI - Kepala Dinas PUPR Kabupaten Sigi, Muhammad Arsyad Lasido, membantah tudingan telah mengarahkan pegawainya mendukung calon.',
        'Rapat itu kemudian dihadiri Ketua Bawaslu Sigi, Rahmat Tombolotutu, bersama para camat.',
        'Ia mengatakan pertemuan itu adalah rapat evaluasi proyek akhir tahun.',
      ],
      [
        ['tudingan telah mengarahk', 'Muhammad Arsyad Lasido'],
        ['pertemuan itu adalah rap', 'Rahmat Tombolotutu'],
      ],
    ],
    [
      'a person after a long title with a relative clause (no comma before `yang`) is kept for the pronoun chain',
      [
        'PALU - Kepala Badan Kepegawaian Daerah Provinsi Sulawesi Tengah yang sebelumnya menjabat Kepala Biro Organisasi Setdaprov dan pernah memimpin Inspektorat Kabupaten Parigi Moutong, Dr. Irwan Lahace Saleh, hadir dalam rapat evaluasi.',
        'Dalam rapat itu ia menyebutkan hingga kini belum ada pegawai yang diberhentikan karena pelanggaran netralitas.',
      ],
      [['hingga kini belum ada pe', 'Irwan Lahace Saleh']],
    ],
    [
      'an interview’s answers are the official named last before the questions, not the interviewer',
      [
        'Kaltim Post berbincang dengan Komisioner Bawaslu Kalimantan Timur Divisi Penanganan Pelanggaran, Galeh Akbar Tanjung, di Samarinda. Berikut petikannya.',
        'Tanya: Berapa laporan yang masuk soal ASN?',
        'Jawab: Sampai pekan ini ada 37 laporan, hampir semuanya soal media sosial.',
        'Tanya: Apa pesan untuk ASN?',
        'Jawab: Media sosial itu ruang publik bagi semua orang.',
      ],
      [
        ['Sampai pekan ini ada 37 ', 'Galeh Akbar Tanjung'],
        ['Media sosial itu ruang p', 'Galeh Akbar Tanjung'],
      ],
    ],
    [
      'a bare title whose acronym matches no official’s title names nobody',
      [
        'KWANDANG - Kepala Badan Kepegawaian dan Pengembangan SDM Gorontalo Utara, Rahman Olii, hadir dalam apel pagi.',
        '"Tim akan turun setiap kali ada kampanye terbuka," kata Kepala BPBD itu.',
      ],
      [['Tim akan turun setiap ka', null]],
    ],
  ])('%s', (_name, paras, want) => {
    expect(whoSaid(statementsOf(paras))).toEqual(want);
  });
});
