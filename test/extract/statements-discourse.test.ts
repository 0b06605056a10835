// The discourse model for speakers (issue 22): nicknames, short names, titles and pronouns refer to the
// person the text introduced; quote marks of every style; quotations over paragraphs; attributions in the
// next paragraph. Each case runs the whole pipeline on a short article written for it.
import { describe, expect, it } from 'vitest';
import { statementsOf, whoSaid } from './statement-cases.js';

const statements = statementsOf;
const who = whoSaid;

describe('speakers: the person the text introduced', () => {
  it.each<[string, string[], Array<[string, string | null]>]>([
    [
      'a nickname given with `akrab disapa` is the person',
      [
        'BIMA - Kepala Dinas Kominfo Kabupaten Bima, Muhammad Rafi, akrab disapa Rafi, hadir dalam rapat.',
        '"Sekarang semua jejak digital bisa dilacak oleh siapa saja," kata Rafi.',
      ],
      [['Sekarang semua jejak dig', 'Muhammad Rafi']],
    ],
    [
      'a nickname given with `atau yang akrab disapa` is the person, though the officials extractor lists it',
      [
        'JONGGAT - Kepala Desa Sukarara, Lalu Ahmad Fauzan atau yang akrab disapa Miq Ojan, memenuhi panggilan.',
        '"Video itu dibuat sebelum saya tahu ada larangan," kata Miq Ojan.',
      ],
      [['Video itu dibuat sebelum', 'Lalu Ahmad Fauzan']],
    ],
    [
      'a nickname in brackets after the name',
      [
        'PRAYA - Kepala Desa Mertak, Lalu Sahabudin (Miq Sahab), diperiksa pengawas.',
        '"Saya hanya mengajak warga datang ke TPS," kata Miq Sahab.',
      ],
      [['Saya hanya mengajak warg', 'Lalu Sahabudin']],
    ],
    [
      'a short name is the person named in full before (not an official)',
      [
        'MATARAM - Pengamat politik Universitas Mataram, Dr. Agus Salim Fadli, menilai pola itu berulang terus.',
        '"Pola ini sudah ada sejak pilkada langsung pertama," ujar Agus.',
      ],
      [
        ['pola itu berulang terus.', 'Agus Salim Fadli'],
        ['Pola ini sudah ada sejak', 'Agus Salim Fadli'],
      ],
    ],
    [
      'a long apposition after the name before the verb',
      [
        'PRAYA - Lalu Wiranata Kusuma, yang sejak Januari lalu menjabat Kepala BKPSDM Lombok Tengah, mengatakan pihaknya menyiapkan sanksi bagi pegawai.',
        '"Kami tidak mau kecolongan seperti pemilu lalu," sambungnya.',
      ],
      [
        ['pihaknya menyiapkan sank', 'Lalu Wiranata Kusuma'],
        ['Kami tidak mau kecolonga', 'Lalu Wiranata Kusuma'],
      ],
    ],
    [
      'a descriptive subject (`Mantan Kapolres … itu`) and `kata mantan Kapolres itu` refer to the person named',
      [
        'BANJARNEGARA - Tri Harso Widirahmanto dilantik sebagai penjabat bupati pekan ini.',
        '"Aturan netralitas tidak perlu adaptasi, sudah jelas sejak dulu," kata mantan Kapolres itu.',
      ],
      [['Aturan netralitas tidak ', 'Tri Harso Widirahmanto']],
    ],
    [
      '`Dirinya` and `Beliau` are pronouns, never names',
      [
        'PRAYA - Wakil Bupati Lombok Tengah, Nursiah, mengingatkan para kepala desa.',
        'Dirinya menegaskan pemerintah daerah tidak akan melindungi kepala desa.',
        'Beliau juga meminta camat aktif memantau kegiatan di desa.',
      ],
      [
        ['pemerintah daerah tidak ', 'Nursiah'],
        ['camat aktif memantau keg', 'Nursiah'],
      ],
    ],
    [
      'a title and a lower-case word before the apposition comma',
      ['CAKRANEGARA - "Kami punya rekaman suaranya dan sudah kami serahkan," kata Ketua RT setempat, Made Suarta.'],
      [['Kami punya rekaman suara', 'Made Suarta']],
    ],
    [
      'an official mention that misreads a place as the name yields to the name the phrase gives',
      ['JONGGAT - Ketua Panwascam Jonggat, Sri Handayani, mengatakan keterangan itu akan dikaji bersama saksi.'],
      [['keterangan itu akan dika', 'Sri Handayani']],
    ],
    [
      'negative: a subordinate clause names no speaker (`Kendati …`)',
      ['JAKARTA - Kendati Jepang telah mengaku kalah pada sekutu, kabar itu baru tiba sepekan kemudian.'],
      [],
    ],
    [
      'negative: a village after `Warga desa,` is no person for a later pronoun',
      ['Bupati Sugito hadir di acara itu.', 'Warga desa, Sokong Baru, menolak kampanye di masjid.', '"Netralitas ASN harus dijaga oleh semua pihak," ujar dia.'],
      [['Netralitas ASN harus dij', 'Sugito']],
    ],
  ])('%s', (_name, paras, expected) => {
    expect(who(statements(paras))).toEqual(expected);
  });
});

describe('quotations: marks and layouts', () => {
  it.each<[string, string[], Array<[string, string | null]>]>([
    [
      'straight, curly, escaped and doubled-apostrophe marks in one article',
      [
        'KOTA BIMA - Penjabat Wali Kota Bima, Mukhtar Landa, memimpin deklarasi.',
        '"Deklarasi ini bukan seremoni belaka," kata Mukhtar.',
        '“Kalau ada kepala OPD yang terlibat, saya copot,” tegasnya.',
        '\\"ASN harus menjadi contoh bagi masyarakat,\\" ujar Mukhtar lagi.',
        "''Jangan sampai pelayanan publik terganggu,'' pungkas Mukhtar.",
      ],
      [
        ['Deklarasi ini bukan sere', 'Mukhtar Landa'],
        ['Kalau ada kepala OPD yan', 'Mukhtar Landa'],
        ['ASN harus menjadi contoh', 'Mukhtar Landa'],
        ['Jangan sampai pelayanan ', 'Mukhtar Landa'],
      ],
    ],
    [
      'a quotation over three paragraphs, the opening mark repeated on each: one statement',
      [
        'GERUNG - Ketua Bawaslu Lombok Barat, Bahrul Ulum, memaparkan modus pelanggaran.',
        '"Modus pertama, ASN ikut menjadi admin grup relawan.',
        '"Modus kedua, pegawai memasang bingkai foto bergambar calon.',
        '"Modus ketiga, pejabat membuat kebijakan yang menguntungkan calon," papar Bahrul.',
      ],
      [['Modus pertama, ASN ikut ', 'Bahrul Ulum']],
    ],
    [
      'a forgotten closing mark before the attribution ends the quotation at its paragraph',
      [
        'SELONG - Inspektur Lombok Timur, Lalu Ahmad Mukhlis, memeriksa pegawai.',
        '"Lima orang sudah kami periksa, dua di antaranya guru, ujar Mukhlis.',
        '"Hasilnya kami serahkan ke bupati sebagai pejabat pembina," katanya lagi.',
      ],
      [
        ['Lima orang sudah kami pe', 'Lalu Ahmad Mukhlis'],
        ['Hasilnya kami serahkan k', 'Lalu Ahmad Mukhlis'],
      ],
    ],
    [
      'the attribution opening the next paragraph (`Demikian disampaikan X`)',
      [
        'PRINGGABAYA - "ASN yang hadir di kampanye tetap melanggar, dengan seragam atau tanpa seragam."',
        'Demikian disampaikan anggota Bawaslu Lombok Timur, Hasan Basri, saat sosialisasi.',
      ],
      [['ASN yang hadir di kampan', 'Hasan Basri']],
    ],
    [
      'negative: an event title and scare quotes are no statements',
      [
        'SELONG - Ribuan pegawai mengikuti "Jalan Sehat Netralitas ASN" yang digelar pemerintah daerah.',
        'Warga menyebut mobil itu sebagai "mobil siluman" karena hanya muncul malam hari.',
      ],
      [],
    ],
  ])('%s', (_name, paras, expected) => {
    expect(who(statements(paras))).toEqual(expected);
  });
});

describe('portal and wire shapes (issue 22, statements-portal set)', () => {
  it.each<[string, string[], Array<[string, string | null]>]>([
    [
      'a pronoun attribution, then `Hal tersebut disampaikan oleh X` in the same paragraph',
      [
        '"Seluruh kepala dinas wajib mengawasi bawahannya selama masa kampanye," ujarnya. Hal tersebut disampaikan oleh Penjabat Bupati Dompu, Rahmat Hidayat, saat apel pagi, Senin.',
      ],
      [['Seluruh kepala dinas waj', 'Rahmat Hidayat']],
    ],
    [
      'a pronoun attribution with an earlier antecedent and no back-reference stays with the antecedent',
      [
        'Ketua Bawaslu Dompu, Siti Rohmah, membuka rapat koordinasi di aula kantor bupati.',
        '"Kami sudah menerima tiga laporan dari masyarakat sejak pekan lalu," ujarnya. Rapat itu berlangsung dua jam.',
      ],
      [['Kami sudah menerima tiga', 'Siti Rohmah']],
    ],
    [
      'a name in apposition after a lower-case description',
      ['"Mohon para orang tua mengingatkan anak-anaknya agar tetap netral," ujar tokoh masyarakat Karangasem, Ida Bagus Rai.'],
      [['Mohon para orang tua men', 'Ida Bagus Rai']],
    ],
    [
      'negative: a weekday after a lower-case description is no name',
      ['"Saya tidak tahu apa-apa soal spanduk itu, sungguh," kata seorang warga, Senin (4/11/2024).'],
      [['Saya tidak tahu apa-apa ', null]],
    ],
    [
      '`pihaknya` opens reported content after a marked verb',
      ['Ketua Bawaslu Provinsi Bali, Fadli Ramadhan, mengungkapkan pihaknya sudah meneruskan dua rekomendasi kepada KASN.'],
      [['pihaknya sudah meneruska', 'Fadli Ramadhan']],
    ],
    [
      'negative: a marked verb with a plain object is no report',
      ['Ketua Bawaslu Provinsi Bali, Fadli Ramadhan, mengungkapkan rasa terima kasih kepada seluruh pengawas.'],
      [],
    ],
  ])('%s', (_name, paras, expected) => {
    expect(who(statements(paras))).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['the reporting verb names the act: a request', 'Pj Wali Kota Mataram, Hamzah Fansuri, meminta inspektorat segera memeriksa pegawai itu.', 'instruction'],
    ['the reporting verb names the act: a hope', 'Ketua KPU Kota Mataram, Dewi Anggraini, berharap seluruh pihak menjaga suasana yang sejuk.', 'appeal'],
    ['content opened by agar is a request', 'Pj Bupati Alor, Hendrik Manu, menekankan agar setiap pimpinan perangkat daerah menjadi teladan.', 'instruction'],
    ['negative: a plain reporting verb adds nothing', 'Kepala Dinas Kominfo Bima, Muhammad Ridwan, mengatakan debat kandidat disiarkan langsung di kanal resmi.', 'other'],
  ])('%s', (_name, para, type) => {
    const ss = statements([para]);
    expect(ss.map((s) => s.type)).toEqual([type]);
  });
});

describe('speakers: salience, titles, next paragraphs, documents, interviews (discourse set rules)', () => {
  it.each<[string, string[], Array<[string, string | null]>]>([
    [
      'a person introduced as the object of an active verb is a new participant and takes the pronoun',
      [
        'DOMPU - Ketua Bawaslu Dompu, Rahmat Hidayat, menyebut pengawasan diperketat sampai hari pencoblosan.',
        'Sosialisasi itu menghadirkan narasumber Kepala BKPSDM Dompu, Sahril Amin.',
        '"Pegawai yang berfoto dengan calon akan kami periksa," ujarnya.',
      ],
      [
        ['pengawasan diperketat sa', 'Rahmat Hidayat'],
        ['Pegawai yang berfoto den', 'Sahril Amin'],
      ],
    ],
    [
      'the agent of a passive is a new participant and takes the pronoun',
      [
        'DOMPU - Ketua Bawaslu Dompu, Rahmat Hidayat, menyebut pengawasan diperketat sampai hari pencoblosan.',
        'Apel itu dibuka oleh Bupati Dompu, Kader Jaelani.',
        '"Saya minta seluruh pegawai menjaga jarak dari semua calon," ujarnya.',
      ],
      [
        ['pengawasan diperketat sa', 'Rahmat Hidayat'],
        ['Saya minta seluruh pegaw', 'Kader Jaelani'],
      ],
    ],
    [
      '`disebutnya` is the last speaker\'s, though a person is named in its sentence',
      [
        'BIMA - Sekretaris Daerah Kabupaten Bima, Muhammad Taufik, mengatakan laporan warga sudah diteruskan ke Inspektorat.',
        'Inspektur Kabupaten Bima, Syamsul Bahri, disebutnya sudah memanggil dua kepala desa.',
        '"Kami langsung klarifikasi begitu ada indikasi pelanggaran," imbuhnya.',
      ],
      [
        ['laporan warga sudah dite', 'Muhammad Taufik'],
        ['Inspektur Kabupaten Bima', 'Muhammad Taufik'],
        ['Kami langsung klarifikas', 'Muhammad Taufik'],
      ],
    ],
    [
      'a name after a title and relative clauses in apposition is the person a short name refers to',
      [
        'BIMA - Sekretaris Daerah Kabupaten Bima yang juga Ketua Tim Pembina Netralitas, yang pada pilkada lalu dipercaya memimpin satuan tugas pengawasan internal di lingkup pemerintah daerah, Drs. H. Muhammad Taufik Hidayat, M.Si, mengingatkan para camat untuk mengawasi kepala desa.',
        '"Camat harus tahu lebih dulu kalau ada kades berkampanye," ujar Taufik.',
      ],
      [
        ['para camat untuk mengawa', 'Muhammad Taufik Hidayat'],
        ['Camat harus tahu lebih d', 'Muhammad Taufik Hidayat'],
      ],
    ],
    [
      'a bare title with the region in another form (`Ketua Bawaslu KSB tersebut`)',
      [
        'TALIWANG - Ketua Badan Pengawas Pemilihan Umum Kabupaten Sumbawa Barat, Mustakim Sulaiman, menyatakan pihaknya menangani dua kasus kepala desa.',
        'Camat Seteluk, Irwan Hakim, mengaku belum menerima tembusan laporan itu dari pengawas.',
        '"Prinsipnya kami tidak akan melindungi siapa pun," pungkas Ketua Bawaslu KSB tersebut.',
      ],
      [
        ['pihaknya menangani dua k', 'Mustakim Sulaiman'],
        ['belum menerima tembusan ', 'Irwan Hakim'],
        ['Prinsipnya kami tidak ak', 'Mustakim Sulaiman'],
      ],
    ],
    [
      'a quote paragraph after `X menjelaskan:`; a quote paragraph before `X mengatakan hal itu saat …`',
      [
        'SUMBAWA BESAR - Kepada wartawan, Jumat (1/11/2024), Inspektur Kabupaten Sumbawa, I Made Suarjana, menjelaskan:',
        '"Empat orang itu sudah kami periksa semua dan tinggal berita acara."',
        '"Ketiganya sudah kami panggil dan mengakui unggahan itu di media sosial."',
        'Koordinator Divisi Hukum Bawaslu Sumbawa, Syukri Ramadhan, mengatakan hal itu saat ditemui di kantornya.',
      ],
      [
        ['Empat orang itu sudah ka', 'I Made Suarjana'],
        ['Ketiganya sudah kami pan', 'Syukri Ramadhan'],
      ],
    ],
    [
      'a document\'s words have no speaker; the person who issued it speaks for himself',
      [
        'TANJUNG - Bupati Lombok Utara, Zulkifli Rahman, menerbitkan surat edaran netralitas.',
        'Dalam surat edaran itu tertulis, "Kepala desa dilarang membuat keputusan yang menguntungkan salah satu pasangan calon."',
        '"Saya hanya mengingatkan aturan yang sudah ada," kata Zulkifli.',
      ],
      [
        ['Kepala desa dilarang mem', null],
        ['Saya hanya mengingatkan ', 'Zulkifli Rahman'],
      ],
    ],
    [
      'a fronted clause closed by a comma, then the subject; an institution before an adjunct',
      [
        'TALIWANG - Saat dikonfirmasi terpisah, Camat Seteluk, Irwan Hakim, mengaku belum menerima tembusan laporan itu.',
        'Bawaslu NTB dalam rilisnya menyebut telah menerima salinan surat edaran itu.',
      ],
      [
        ['belum menerima tembusan ', 'Irwan Hakim'],
        ['telah menerima salinan s', 'Bawaslu NTB'],
      ],
    ],
    [
      'an institution subject after the lead\'s dateline, with its acronym in brackets',
      ['MATARAM - Partai Persatuan Pembangunan (PPP) NTB menyatakan mendukung penuh surat edaran tersebut.'],
      [['mendukung penuh surat ed', 'Partai Persatuan Pembangunan']],
    ],
    [
      'negative: a title with a bracketed acronym before a name is the person',
      ['MATARAM - Ketua Komisi Pemilihan Umum (KPU) Kota Mataram, Budi Santoso, menyatakan siap menindak petugas yang tidak netral.'],
      [['siap menindak petugas ya', 'Budi Santoso']],
    ],
    [
      'negative: `X melalui anggotanya, Y, menegaskan` is Y',
      ['BIMA - Bawaslu Kota Bima melalui anggotanya, Nur Aisyah, menegaskan ASN tidak boleh membagikan unggahan peserta pemilu.'],
      [['ASN tidak boleh membagik', 'Nur Aisyah']],
    ],
    [
      'interview answers (questions and answers, labelled) are the interviewee\'s',
      [
        'SELONG - Ketua Bawaslu Lombok Timur, Sahdan Ramli, menjawab pertanyaan wartawan soal deklarasi kepala desa.',
        'Tanya: Apa langkah Bawaslu atas deklarasi itu?',
        'Jawab: Kami sudah membentuk tim untuk menelusuri semua nama.',
        'Tanya: Kapan hasilnya diumumkan?',
        'Jawab: Paling lambat 14 hari setelah laporan diregistrasi.',
      ],
      [
        ['Kami sudah membentuk tim', 'Sahdan Ramli'],
        ['Paling lambat 14 hari se', 'Sahdan Ramli'],
      ],
    ],
    [
      'negative: one rhetorical question in a news article makes no interview',
      [
        'MATARAM - Ketua Bawaslu NTB, Itratip, menyebut pengawasan diperketat di semua kabupaten.',
        'Lalu bagaimana dengan ASN yang terlanjur mengunggah dukungan?',
        'Unggahan semacam itu tetap diproses sesuai aturan yang berlaku di daerah.',
      ],
      [['pengawasan diperketat di', 'Itratip']],
    ],
  ])('%s', (_name, paras, want) => {
    expect(who(statements(paras))).toEqual(want);
  });
});
