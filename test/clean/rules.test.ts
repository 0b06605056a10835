import { describe, expect, it } from 'vitest';
import { matchDateline } from '../../src/clean/dateline.js';
import { findDuplicates, isTitleCase } from '../../src/clean/dedup.js';
import { clean } from '../../src/clean/cascade.js';
import { RULES, fires, type CleanRule } from '../../src/clean/rules.js';

const rule = (name: string): CleanRule => {
  const r = RULES.find((x) => x.name === name);
  if (!r) throw new Error(`no rule ${name}`);
  return r;
};

/** Each rule: lines it must fire on (real motivating lines first) and look-alikes it must not fire on. */
const TABLE: Record<string, { yes: string[]; no: string[] }> = {
  'weather-temperature': {
    yes: ['32.7 C', '28 °C', '31,5°C', '-2 C'],
    no: ['32.7 persen', 'C', '2024 C', 'Suhu 32 C hari ini'],
  },
  'header-date': {
    yes: ['Friday, November 22, 2024', 'November 22, 2024', 'Jumat, 22 November 2024', 'Selasa, 5 Nov 2024 | 10:15 WIB', '22 Agustus 2024'],
    no: ['Friday, November 22, 2024 adalah hari pencoblosan', 'Pada 22 November 2024 Bawaslu', 'Kamis (03/10/24)'],
  },
  'header-place': {
    yes: ['Jakarta', 'Lombok Timur', 'Kota Mataram'],
    no: ['Jakarta, Selasa', 'jakarta', 'Pj Gubernur NTB Hassanudin Hadir'],
  },
  'header-time': { yes: ['10:15 WIB', '09.30'], no: ['10:15 WIB Bawaslu rapat', '2024'] },
  'header-weather-word': { yes: ['Berawan', 'Partly Cloudy'], no: ['Berawan dan hujan sore ini'] },
  'weather-widget-line': {
    yes: ['Cuaca Hari Ini: Cerah Berawan 31°C', 'Prakiraan Cuaca Mataram 29°', 'Weather Jakarta | 32 °C', 'cuaca: hujan ringan 24,5°C'],
    no: ['Cuaca hari ini cerah, suhu 31°C.', 'Cuaca ekstrem melanda Bima sejak pagi dengan suhu 35°C dan angin kencang', 'Cuaca 31 derajat'],
  },
  'reading-time-line': {
    yes: ['Waktu baca 2 menit', 'Estimasi baca: 3 menit', '4 min read', 'Reading time: 5 minutes', '3 menit baca'],
    no: ['Waktu baca siswa meningkat 2 menit per hari.', 'Rapat berlangsung 2 menit', 'Baca juga: 2 menit yang menentukan'],
  },
  'related-link-line': {
    yes: [
      'BACA JUGA : Kapolda NTB Putra Daerah, Diharapkan Tingkatkan Kamtibmas NTB', // seed 000
      'BACA JUGA : Serah Terima Pataka Kapolda NTB Lama kepada Penggantinya', // seed 000
      'BACA JUGA: DETIK Dinilai Kebablasan, Petinggi PKS NTB Bantah Elektabilitas ZulUhel Jeblok. Yeq Agil: Judul Beritanya Tendensius!', // seed 003 (NBSP normalised)
      'Baca Juga : Siapkan 56 Orang Calon Anggota Paskibraka, Wanto : Sebelum Tugas Akan Diberikan Pelatihan', // seed 004
      'baca juga: Bawaslu NTB temukan 12 ASN tidak netral',
      'Baca: Bawaslu Rilis Indeks Kerawanan',
      'Simak juga: Video Deklarasi Netralitas ASN',
      'Lihat Juga » Daftar Calon Bupati Lombok Timur',
      'Baca juga - Bupati Lantik Pejabat Baru',
      'Baca Selengkapnya: Bawaslu Ingatkan ASN',
    ],
    no: [
      'Ia meminta warga membaca juga aturan kampanye.',
      'Baca juga aturan kampanye sebelum berangkat ke TPS.',
      'Bacaan: Pedoman Netralitas',
      'Lihat saja bagaimana ASN di Lombok Timur menjaga netralitas.',
      'Simak penjelasan Bawaslu berikut ini.',
    ],
  },
  'click-here-line': {
    yes: ['Klik di sini untuk membaca berita selengkapnya', 'KLIK DISINI', 'Klik link berikut untuk update terbaru'],
    no: ['Klikan berita itu viral di media sosial.', 'Warga diminta klik di sini', 'Klik di sini ' + 'kata '.repeat(30)],
  },
  'furniture-line': {
    yes: ['Post a Comment', 'ADVERTISEMENT', 'SCROLL TO CONTINUE WITH CONTENT', 'Share', 'Bagikan', 'Komentar', 'Bagikan:', '- Advertisement -', '— IKLAN —', 'X', 'Posting Komentar', 'Lihat Hasil'],
    no: ['Post a Comment on this page to win', 'Bagikan bantuan kepada warga miskin.', 'Komentar Bawaslu soal netralitas ASN', '- Advertisement itu dipasang di baliho', 'X-Ray', 'Posting komentar dukungan dilarang.', 'Pilih pemimpin yang jujur'],
  },
  'relative-time-line': {
    yes: ['18 menit lalu', '25 menit lalu', '2 jam lalu', '3 hari yang lalu', '5 minutes ago'],
    no: ['Rapat digelar 10 menit lalu di aula kantor bupati.', '18 menit', 'menit lalu'],
  },
  'follow-us-line': {
    yes: ['Ikuti berita terkini dari kami di Google News', 'Dapatkan update berita pilihan setiap hari dari kami di WhatsApp Channel'],
    no: ['Ikuti aturan netralitas, kata Sekda.', 'Warga mengikuti sosialisasi lewat WhatsApp.'],
  },
  'footer-credit': {
    yes: ['Kredit Foto: Humas Pemkab Bulukumba', 'Sumber foto: tangkapan layar', 'Editor: Andi Syahputra', 'Penulis : Ahmad Subaidi', 'Pewarta: Ahmad Subaidi', 'Reporter: Ali', 'Sumber: ANTARA', 'Editor : Budi | Penulis : Ani'],
    no: [
      'Editor senior itu mengatakan netralitas ASN penting.',
      'Sumber daya manusia ASN harus ditingkatkan.',
      'Penulis buku itu hadir dalam deklarasi.',
      'Sumber: ' + 'kata '.repeat(20),
    ],
  },
  'footer-copyright': {
    yes: ['Copyright © 2024 LombokJournal.com. All rights reserved.', '© 2024 PROKALTENG.CO', 'Hak Cipta Dilindungi Undang-Undang', 'Hak Cipta 2024 Radar Daerah. All rights reserved'],
    no: ['Hak cipta karya itu milik pemerintah daerah.', 'Copywriter muda itu hadir.', 'Hak cipta lagu itu didaftarkan pada 2019.'],
  },
  'related-block-heading': {
    yes: ['Berita Terkait', 'Terpopuler', 'Artikel Terbaru', 'Berita Lainnya', 'Baca Berita Lainnya', 'Rekomendasi', 'BERITA TERKAIT:', 'Baca Juga'],
    no: ['Berita terkait netralitas ASN kerap muncul menjelang pilkada.', 'Terpopuler di kalangan ASN adalah aplikasi itu.', 'Rekomendasi Bawaslu'],
  },
  'related-block-time': { yes: ['18 menit lalu', '2 jam lalu'], no: ['18 menit lalu warga datang'] },
  'related-block-date': { yes: ['Senin, 12 Agustus 2024 | 10:15 WIB'], no: ['Senin, 12 Agustus 2024 Bawaslu rapat'] },
  'inline-related-paren': {
    yes: ['kata dia. (Baca juga: Bawaslu temukan 12 ASN tidak netral)', 'ujarnya (Baca: KPU tetapkan DPT) kemarin.', 'x [Simak juga: video deklarasi]'],
    no: ['kata dia (baca juga aturan) kemarin.', 'Bawaslu (Badan Pengawas Pemilu) hadir.'],
  },
  'editor-initials-paren': {
    yes: [
      'program dari masing-masing pasangan calon.(eri/art/kpg)', // seed 004
      'tutup Ilham. (editorMRC)', // seed 003
      'kata dia. (ant)',
      'kata dia. (*)',
      'kata dia.” (rls)',
      'kata dia. (ANT)',
      '(ant)',
      '(HLM)',
      ' (RED)',
      '(Rhm)',
    ],
    no: ['dilaporkan ke Badan Kepegawaian Negara (BKN)', 'kata dia (ant)', 'hadir. (Bawaslu)', 'Sekda. (ASN)', '(Bawaslu)', '(ABCDEF)', 'Ketua (KPU)', 'kata Sekda. (Rhm)'],
  },
  'search-box-line': {
    yes: ['Cari berita...', 'Cari...', 'Search…', 'Ketik kata kunci...'],
    no: ['Cari tahu faktanya di sini', 'Cari berita itu, kata dia, di arsip.', 'Carilah pemimpin yang netral...'],
  },
  'welcome-line': {
    yes: ['Selamat datang di Tabloid Jubi', 'SELAMAT DATANG DI PORTAL RESMI KABUPATEN SIKKA', 'Welcome to Kabar Banua'],
    no: ['Selamat datang di Kabupaten Sikka, kata Bupati.', 'Selamat datang di era politik baru.', 'Selamat datang di desa kami'],
  },
  'mail-header-line': {
    yes: ['Dari: Humas Pemkab Bolaang Mongondow <humas@bolmongkab.example>', 'Kepada: redaksi', 'Subject: [RILIS] Wali Kota Tarakan Ingatkan Lurah', 'Lampiran: 3 foto (apel_netralitas.jpg)'],
    no: ['Dari 27 ASN yang dilaporkan, 19 direkomendasikan ke BKN.', 'Kepada wartawan, Ketua Bawaslu menyampaikan hal itu.', 'Perihal netralitas ASN'],
  },
  'mail-cover-line': {
    yes: ['Yth. Rekan-rekan Media,', 'Berikut kami sampaikan rilis kegiatan hari ini untuk dapat dipublikasikan.', 'Mohon dimuat. Terima kasih.', 'Hormat kami,'],
    no: ['Berikut daftar kecamatan yang diawasi:', 'Demikian disampaikan Ketua Bawaslu.', 'Hormatilah pilihan warga, kata Bupati.'],
  },
  'disclaimer-opener-line': {
    yes: ['Disclaimer: Tulisan ini merupakan tanggung jawab penulis sepenuhnya.', '*Penulis adalah dosen Ilmu Pemerintahan di sebuah universitas negeri', 'Catatan Redaksi: artikel ini diperbarui'],
    no: ['Penulis buku itu adalah mantan komisioner Bawaslu.', 'Pandangan Bawaslu soal netralitas tidak berubah.'],
  },
  'disclaimer-line': {
    yes: ['Artikel ini merupakan tanggung jawab penulis', 'Tulisan dari Rudi Kurniawan tidak mewakili pandangan dari redaksi', 'Isi tulisan di luar tanggung jawab redaksi.'],
    no: ['Camat bertanggung jawab penuh atas netralitas aparatur di wilayahnya.', 'Pandangan Bawaslu soal netralitas tidak berubah.', 'Admin grup mengaku tidak bertanggung jawab atas isi unggahan anggotanya.', 'Media partner Bawaslu ikut memantau kampanye.'],
  },
  'outlet-credit-paren': {
    yes: ['(Tribunlampung.co.id/Yoga Pratama)', 'ujar Desi. (Tribun-Sulbar.com/Suandi)', 'di Banjarmasin. (BANJARMASINPOST.CO.ID/MUHAMMAD FADLI)'],
    no: ['(lapor.bawaslu.go.id/pengaduan)', 'kata dia (Tribunnews.com/Reza)', 'ke Badan Kepegawaian Negara (BKN)', '(Kepala Dinas/Sekretaris Daerah)'],
  },
  // check7/10 and its class: an outlet named in words, a slash, a person, in brackets after a stop
  'outlet-name-credit-paren': {
    yes: ['Ilustrasi. (Harian Jogja/Dwi Anggoro)', 'sebelum dihapus. (Tribun Jogja/Rina)', 'kata dia." (RRI Sampit/Dhani)', 'di halaman kantor. (Kepri TV/Rd)', 'ujarnya. (Diskominfo/Humas Nabire)'],
    no: ['(Kepala Dinas/Sekretaris Daerah)', 'dihadiri pejabat daerah. (Kepala Dinas/Sekretaris Daerah)', 'dua pejabat. (Bupati/Wakil Bupati)', 'kata dia (Tribun Jogja/Rina)', 'tertutup. (nda/alt)', 'dari dua partai (Gerindra/PKB)', 'ke Badan Kepegawaian Negara (BKN)', 'sebelum dihapus. (Harian Jogja/dwi)'],
  },
  'chapter-number-line': {
    yes: ['BAB III', 'Bab 4', 'BAB IV.', 'Chapter 2'],
    no: ['Bab III laporan itu memuat temuan pengawasan.', 'BAB', 'Babinsa III', 'Bab Keempat'],
  },
  'editor-initials-bare': {
    yes: ['kampanye terbuka maupun tertutup. jm/her', 'kata dia. ant/rls', 'jm/her'],
    no: ['memilih dan/atau dipilih', 'kata dia. Jm/Her', 'tertutup jm/her', 'melapor melalui laman https://lapor.bawaslu.go.id/form/asn', 'di www.kabarsultra.id/rls'],
  },
  // ─── rules added for real scraped news (fixtures/clean/news) ───
  'byline-date': {
    yes: ['JUMAT, 16 OKTOBER 2020 | 10:15 WIB LAPORAN: ANDI SAPUTRA', 'Senin, 4 Nov 2024 - Penulis: Rina Sari', 
      'Senin, 04 Nov 2024 10:15 WIB', // news/01 Detik
      'Kompas.com - 12/11/2024, 14:30 WIB', // news/02 Kompas
      'Rabu, 20 November 2024 16:42 WIB', // news/03 Antara
      'Diposting oleh: Admin Diskominfo | 06 November 2024', // news/11
      'Ade Putra, Jurnalis · Kamis 14 November 2024 11:20 WIB', // news/13 Okezone
      'Kamis, 21 November 2024 - 08:45 WIB', // news/14 Sindonews
      'Update: Selasa, 29 Oktober 2024 / 11.05', // a date label, a slash before the time
      'By Admin Humas | Published 22 Oktober 2024',
      'Diperbarui 3 November 2024, 10:15 WIB',
    ],
    no: ['Jumat, 16 Oktober 2020 | Bawaslu menggelar rapat pleno di Mataram', 
      'Rapat digelar 5 November 2024',
      'Update terbaru: Bawaslu merilis 12 temuan pada 5 November 2024',
      'Gerung, 25 November 2024 — Bawaslu Kabupaten Lombok Barat telah merekomendasikan 9 ASN',
      'Pemungutan suara pilkada dijadwalkan pada Rabu, 27 November 2024.',
      'Ia berkata. Lalu, 5 November 2024',
      'Kamis (03/10/24)',
    ],
  },
  'byline-author-outlet': {
    yes: ['Ahmad Fauzi - detikBali', 'Tim Redaksi - suarantb.com'],
    no: ['Jakarta - Bawaslu menemukan 12 ASN tidak netral', 'Pilkada Lotim – Bawaslu Ingatkan ASN', 'Ahmad Fauzi - Bawaslu'],
  },
  'video-promo-line': {
    yes: ['Simak Video "Video: Bawaslu Ingatkan ASN Tak Ikut Kampanye"', 'Jangan Lewatkan Video Terbaru:', 'Tonton juga video: Debat Pilkada',
      // check7/04 and its class: the piece, how much of it, its channel
      'Simak video selengkapnya di kanal YouTube TVRI Kalteng.', 'Saksikan liputan lengkapnya melalui channel YouTube RRI Sampit', 'Tonton videonya di bawah ini:', 'Simak video selengkapnya.', 'Lihat tayangan berikut di akun Instagram @kabarbanua'],
    no: ['Simak video kampanye itu, kata Bawaslu, ada ASN berseragam.', 'Jangan lewatkan kesempatan memilih pada 27 November.', 'Tonton video itu, warga langsung melapor ke Bawaslu.', 'Lihat video tersebut, Bawaslu memanggil kepala sekolah itu.', 'Simak video berdurasi 30 detik yang beredar di grup wali murid itu.'],
  },
  'embed-placeholder-line': {
    yes: ['[Gambas:Video 20detik]', '[Gambas:Instagram]'],
    no: ['[Ralat: nama pejabat telah diperbaiki]', 'Gambas video itu viral'],
  },
  'outlet-domain-place-line': {
    // (round 18, clean18: the host in capitals and a place in Title Case are the same line: 'jpnn.com, Jakarta' moved to yes)
    yes: ['jpnn.com, BLANGPIDIE', 'kalbar.jpnn.com, SANGGAU', 'JPNN.com, TANAH MERAH', 'JPNN.COM, BLANGPIDIE', 'jpnn.com, Jakarta', 'Kompas.com, Muara Enim'],
    no: ['JPNN.com, JAKARTA - Bawaslu memeriksa lima ASN.', 'kepada jpnn.com, Senin (25/11/2024)', 'jpnn.com, Jakarta dan sekitarnya', 'KOMPAS.COM, Sampit, Kamis (5/12/2024).'],
  },
  'reporter-byline': {
    yes: ['Laporan Wartawan TribunLombok.com, Ahmad Wawan Sugandika', 'Laporan Reporter Tribun, Rina', 'Laporan Wartawan: M. Rizal', 'LAPORAN WARTAWAN: RIZAL'],
    no: ['Laporan Bawaslu menyebut 12 ASN melanggar netralitas', 'Laporan wartawan itu dibantah Bupati.', 'Laporan wartawan itu diteruskan ke Dewan Pers karena dianggap mengandung fitnah terhadap ASN.'],
  },
  'reporter-pipe-place': {
    yes: ['Laporan Rizwan Murdani | Aceh Jaya', 'Laporan Hendra Saputra | Sleman', 'Liputan M. Iqbal | Kota Medan'],
    no: ['Laporan Bawaslu menyebut 12 ASN melanggar netralitas', 'Laporan Warga Sekadau Diteruskan ke Bupati', 'Laporan Hendra | dibacakan di sidang'],
  },
  'credit-pipe-line': {
    yes: ['Penulis Dian Erika Nugraheny | Editor Dani Prabowo', 'Editor : Hendri Yadi | Penulis : Rian Hidayat', 'Reporter: X Y | Editor: Z'],
    no: ['Editor senior itu mengatakan | menurutnya', 'Penulis buku netralitas ASN hadir'],
  },
  'read-at-outlet-line': {
    yes: ['Baca artikel detiksulsel, "Bawaslu Ingatkan ASN Jaga Netralitas" selengkapnya https://www.detik.com/sulsel/berita/d-7654321/bawaslu', 'Baca artikel detikjatim, "KPU Tetapkan DPT" selengkapnya di sini.', 'Simak berita detikbali, “Polres Gianyar Amankan Kampanye” selengkapnya'],
    no: ['Baca artikel itu dengan teliti, kata Ketua Bawaslu.', 'Baca artikel berjudul "Netralitas ASN" di laman Bawaslu.', 'Ia meminta warga membaca artikel "Netralitas ASN" selengkapnya.'],
  },
  'prayer-times-line': {
    yes: ['Imsak 04:11 | Subuh 04:21 | Dzuhur 11:50 | Ashar 15:12 | Maghrib 18:02 | Isya 19:14', 'Subuh 04:21 WITA', 'Subuh: 04.19 Zuhur: 11.48 Asar: 15.10', 'MAGHRIB 18:02'],
    no: ['Subuh tadi sekitar pukul 04.21 WITA, petugas menemukan spanduk.', 'Subuh', 'Isya 19:14 warga berkumpul di masjid', 'Jadwal Sholat'],
  },
  'reaction-poll-line': {
    yes: ['Senang 0%', 'Senang 40% Sedih 0% Marah 20% Terinspirasi 40%', 'Terinspirasi 3', 'Kaget 12 | Terhibur 4'],
    no: ['Setuju 62%', 'Senang 10 tahun bertugas di sini, kata Camat.', 'Senang', 'Marah 20% warga menolak'],
  },
  'weather-place-line': {
    yes: ['Mataram 31°C Berawan', 'SUMBAWA BESAR 29 °C CERAH', 'Kupang 33° Cerah Berawan'],
    no: ['Suhu di Mataram mencapai 31°C saat apel siaga digelar.', 'Mataram 31°C', 'Suhu 31°C Berawan Sejak Pagi di Mataram'],
  },
  'syndication-line': {
    yes: ['Artikel ini telah tayang di TribunLombok.com dengan judul Ratusan Laporan Netralitas ASN, https://lombok.tribunnews.com/x', 'Berita ini juga tayang di Kompas.com'],
    no: ['Artikel tersebut telah tayang di media sosial dan dilaporkan ke Bawaslu.'],
  },
  'reuse-notice-line': {
    yes: [
      'Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.',
      'Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel di atas untuk konten akun media sosial komersil tanpa seizin redaksi.',
    ],
    no: ['Dilarang keras mengambil foto bersama paslon, kata Sekda.', 'ASN dilarang mengambil konten kampanye paslon.'],
  },
  'breadcrumb-line': {
    yes: ['Beranda » Politik » Lombok Tengah', 'Home > Daerah > NTB', 'Beranda / Berita'],
    no: ['Beranda kantor bupati dipadati ASN', 'Home'],
  },
  'share-bar-line': {
    yes: ['Facebook Twitter WhatsApp Telegram', 'Bagikan: Facebook Twitter WhatsApp', 'Share: Facebook, Twitter, WA'],
    no: ['Facebook', 'Twitter dan Facebook dipantau Bawaslu', 'Bagikan: unggahan paslon dilarang'],
  },
  'pagination-line': {
    yes: ['Halaman 1 2 3 Selanjutnya', 'Halaman Selanjutnya', 'Halaman: 1 2 Selanjutnya', 'Halaman 2 dari 3', 'Halaman 1 2 3', '« Halaman Sebelumnya'],
    no: ['Halaman kantor bupati dipadati ratusan ASN yang mengikuti apel sejak pukul 07.30 WITA.', 'Halaman 3', 'Halaman depan kantor Bawaslu'],
  },
  'view-count-line': {
    yes: ['Dibaca 245 kali', 'Dilihat: 1.204', '245 views', '1,2K views', '3,4 rb dilihat'],
    no: ['Dibaca 245 kali oleh ASN yang hadir', 'Dibaca', '2 dilihat warga'],
  },
  'next-page-line': {
    yes: ['Klik halaman selanjutnya', 'Halaman Selanjutnya', 'Klik untuk baca selengkapnya', 'Baca selengkapnya »', 'Lanjutkan membaca berita selengkapnya'],
    no: ['Klik tautan itu, kata dia, berisi formulir pengaduan', 'Halaman selanjutnya memuat daftar nama ASN yang dilaporkan.'],
  },
  'scroll-prompt-line': {
    yes: ['Scroll untuk membaca artikel', 'SCROLL TO RESUME CONTENT', 'Scroll ke bawah untuk melanjutkan membaca', 'Gulir untuk membaca'],
    no: ['Scroll untuk membaca artikel ini kata petugas sambil menunjukkan layar ponselnya kepada wartawan', 'Scroll'],
  },
  'url-line': {
    yes: ['https://kabardaerah.com/2024/10/17/inspektorat-periksa-camat/', 'www.borneonews.co.id/berita/123'],
    no: ['Laporan dapat dikirim lewat https://lapor.go.id mulai hari ini', 'https://'],
  },
  'section-label-line': {
    yes: ['Pemerintahan', 'NASIONAL', 'Nasional | Politik', 'Daerah » Hukum'],
    no: ['Politik uang masih marak', 'Pemerintahan desa diminta netral'],
  },
  'gambling-spam-line': {
    yes: ['SLOT GACOR HARI INI GAMPANG MAXWIN DEPO 10RB', 'situs toto togel online terpercaya bandar slot88 resmi', 'AGEN SLOT88 GACOR MAXWIN'],
    no: [
      'Polisi Tangkap Bandar Judi Slot di Mataram',
      'Kominfo Blokir Daftar Situs Judi Online',
      'Polisi menyebut situs judi itu terpercaya di kalangan pemain dan menawarkan bonus besar.',
    ],
  },
  'app-banner-line': {
    yes: [
      'Dapatkan update berita pilihan dan breaking news setiap hari dari KabarDaerah. Download aplikasinya sekarang!',
      'Unduh aplikasi BorneoNews untuk pengalaman membaca yang lebih baik',
      'Download aplikasi KabarDaerah sekarang!',
      'Unduh aplikasi BorneoNews di Google Play dan App Store',
      'Install aplikasinya',
      'Pasang aplikasi NTBNews',
      'Download Aplikasi Kabar Lombok, gratis!',
    ],
    no: [
      'Warga bisa mengunduh aplikasi Sirekap untuk memantau hasil penghitungan suara.',
      'Aplikasi itu diunduh ribuan warga.',
      // instructions in the body open with the imperative too (clean7, round 9: removed before)
      'Unduh aplikasi Sirekap untuk memantau hasil.',
      'Unduh aplikasi Cek DPT Online untuk memastikan nama Anda terdaftar sebagai pemilih.',
      'Pasang aplikasi Siwaslu agar pengawas TPS bisa melaporkan hasil pengawasan secara langsung.',
      'Download aplikasi Gowaslu, lalu laporkan dugaan pelanggaran netralitas ASN yang Anda temukan.',
    ],
  },
  'caption-paren-credit-line': {
    yes: ['Ilustrasi pengawas pemilu memantau kampanye. (Foto: Dok. Istimewa)', 'Ilustrasi. (Ist)', 'Suasana apel netralitas di halaman kantor bupati. (Dok. Humas)',
      // a stock picture's source: the web, an image bank
      'Ilustrasi. (Net)', 'Petugas Bawaslu memeriksa berkas laporan. (Freepik)', 'Ilustrasi ASN berseragam. (Shutterstock)'],
    no: ['Ketua Bawaslu (kiri) menyerahkan berkas.', 'Rapat digelar di aula (lantai dua) kantor bupati.', 'Laporan disampaikan lewat jaringan internet (net)', 'Warga mengaku menerima video itu lewat grup (Netizen)'],
  },
  'photo-credit-line': {
    yes: ['Dok. Istimewa', '(Foto/Ist)', 'Dok. Humas Pemkab Garut', 'Istimewa', '(Istimewa)', 'Ilustrasi', 'ILUSTRASI', 'Ilustrasi/Net', 'Foto ilustrasi/Freepik', '(Ilustrasi)'],
    no: ['Dokumen itu diserahkan ke Bawaslu', 'Foto bersama calon bupati'],
  },
  'hashtag-line': {
    yes: ['#BawasluMengawasi #NetralitasASN', '#Pilkada2024'],
    no: ['#BawasluMengawasi adalah tagar resmi', 'Tagar #NetralitasASN ramai'],
  },
  'follow-us-line': {
    yes: [
      'Follow Berita Lombok Post di Google News',
      'Simak berita dan artikel lainnya di Google News',
      'Ikuti berita terkini dari kami di Google News',
      'Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "Kompas.com News Update", caranya klik link https://t.me/kompascomupdate, kemudian join. Anda harus install aplikasi Telegram terlebih dulu di ponsel.',
      'Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029Va. Pastikan kamu sudah install aplikasi WhatsApp ya.',
    ],
    no: [
      'Gabung di grup WhatsApp tim pemenangan salah satu paslon, tiga ASN Dinas Pendidikan dipanggil Bawaslu untuk klarifikasi.',
      'Ikuti arahan Bawaslu, ASN diminta tidak bergabung di grup WhatsApp paslon.',
    ],
  },
  // clean21: an English theme's tag row without its colon
  'footer-tags-bare': {
    yes: ['Tagged ASN, Bawaslu', 'Tagged Netralitas ASN, Pilkada 2024, Sumbawa', 'TAGS pilkada, asn'],
    no: ['Tagar #NetralitasASN ramai di media sosial.', 'Tag ASN, Bawaslu', 'Tagged ASN. Bawaslu menegaskan sanksi.'],
  },
  // clean21: a line of separator marks alone
  'separator-only-line': { yes: ['•', '·', '***'], no: ['---', '___', '• Bawaslu', '*) Penulis adalah dosen.'] },
  // clean21: a social account's handle alone on its line
  'social-handle-line': {
    yes: ['bawaslu.kepulauanyapen', '@kpu_kabmalang', 'humas_polresbima'],
    no: ['Tujuh diregistrasi.', 'e-KTP', 'bawaslu', 'PNS guru.', '1.204', 'dll.'],
  },
  // clean21: a social post's reaction label
  'social-reaction-line': {
    yes: ['Semua reaksi:', 'All reactions: 1,2 rb', 'Semua reaksi: 73'],
    no: ['Reaksi Warga', 'Semua reaksi warga kami catat dan teruskan ke Bawaslu provinsi.', 'Reaksi:'],
  },
  'footer-tags': {
    yes: ['Tag: netralitas ASN KASN pilkada 2024 Agus Pramusinto sanksi ASN aduan netralitas Bawaslu RI pemilihan kepala daerah serentak', 'Topik: Pilkada 2024', 'Tagged: gakkumdu kades pidana pemilihan pujut', 'Ditandai: asn, pilkada'],
    no: ['Tagar itu ramai di media sosial', 'Ditandai merah oleh Bawaslu, dua desa dipantau.', 'Topik diskusi: netralitas ASN dibahas bersama Bawaslu dan KPU dalam rapat koordinasi yang digelar Senin di aula kantor bupati dengan menghadirkan seluruh kepala perangkat daerah, camat, lurah, dan kepala desa se-kabupaten yang diminta menjaga netralitas selama tahapan pilkada berlangsung hingga pelantikan'],
  },
  'caption-label-line': {
    yes: ['Foto: Asisten I Setda KSB saat membuka sosialisasi netralitas ASN di Aula Graha Fitrah, Rabu (6/11/2024).', 'Ilustrasi - Petugas Bawaslu memeriksa berkas laporan dugaan pelanggaran netralitas ASN.',
      // check7/10 and its class: a stop after the label, with or without a description
      'Ilustrasi. (Harian Jogja/Dwi Anggoro)', 'Ilustrasi.', 'ILUSTRASI. Petugas Bawaslu memeriksa berkas laporan', 'Foto ilustrasi. ASN mengikuti apel netralitas'],
    no: ['Ilustrasi.Petugas', 'Fotonya. Itu kata dia.', 'Foto bersama calon kepala daerah juga termasuk bentuk pelanggaran netralitas.', 'Ilustrasi yang dipasang di baliho kampanye, kata dia, tidak boleh memuat foto ASN berseragam.'],
  },
  'caption-credit-line': {
    yes: [
      'Ketua Bawaslu NTB Itratip (tengah) memberikan keterangan pers di Mataram, Rabu (20/11/2024). ANTARA/Nur Imansyah',
      'Petugas Bawaslu memeriksa berkas laporan. (Foto: ANTARA/Akbar Tado)',
      'Apel netralitas ASN di Kendari. ANTARA FOTO/Jojon',
      'Sosialisasi netralitas ASN. (Dok. Istimewa/Pemkab)',
    ],
    no: ['Ia menyebut 2/3 anggota tim pemeriksa berasal dari BKD provinsi.', 'kata Kepala Biro Humas/Protokol.', 'dan/atau Dipilih'],
  },  // ─── part 3 (rules/portal.ts): portals, TV sites, gambling spam ───
  'counter-line': {
    yes: ['Hits: 87', 'Pengunjung Hari Ini : 312', 'Total Pengunjung : 1.204.556', 'Online: 4', 'Bulan ini: 3.980', 'Kemarin : 2.110', 'Dilihat 1.022 kali'],
    no: ['Hari ini 12 ASN dipanggil Bawaslu', 'Total: 21', 'Lombok Timur: 12', 'Pengunjung pasar mengeluhkan harga cabai.', 'Online: rapat dimulai pukul 09.00'],
  },
  'category-line': {
    yes: ['Kategori: Berita Daerah', 'Category: Pemerintahan', 'Posted in Berita Daerah, Pemerintahan', 'Filed under: Politik', 'Rubrik : Hukum'],
    no: ['Kategori pelanggaran yang paling banyak ditemukan Bawaslu adalah unggahan di media sosial.', 'Kategori: pelanggaran berat.', 'Posted in grup WhatsApp oleh seorang camat.'],
  },
  'contact-line': {
    yes: ['Telp. (0370) 6123456 | Email: diskominfo@lombokutarakab.go.id', 'Alamat: Jl. Letjen S. Parman No. 108, Padang Jati', 'Email: humas@bengkulukota.go.id', 'Jam Pelayanan: Senin - Kamis 08.00 - 16.00 WITA', 'Call Center: 0511-4772xxx', 'WA 0812-3456-7890'],
    no: ['Telepon genggam milik camat itu disita pada 2024', 'Email itu dikirim pada 12 November.', 'Alamat rumah pelapor dirahasiakan', 'Jam kerja ASN tetap seperti biasa'],
  },
  'street-address-line': {
    yes: ['Jl. Tioq Tata Tunaq No. 1, Tanjung, Lombok Utara 83352', 'Jalan Soekarno-Hatta No 12, Giri Menang', 'Jln. Udayana, Mataram 83122'],
    no: ['Jalan Pejanggik No. 12 menjadi lokasi posko pemenangan.', 'Jalan menuju TPS 05 rusak parah', 'Jl. Udayana ditutup sementara selama kampanye'],
  },
  'office-hours-line': {
    yes: ['Jam Kerja: Senin – Jumat 07.30 – 16.00 WITA', 'Senin - Kamis 08.00 - 16.00 WIB, Jumat 08.00 - 11.00 WIB', 'Senin s.d. Jumat: 07.30 - 16.00'],
    no: ['Senin - Jumat pukul 08.00 - 16.00 layanan pengaduan dibuka di kantor Bawaslu.', 'Senin, 4 November 2024', 'Rapat digelar Senin 08.00'],
  },
  'staff-byline-line': {
    yes: ['Tim Redaksi', 'Admin Humas', 'Diposting oleh admin', 'Oleh Redaksi', 'Posted by: admin', 'Ditulis oleh Admin Diskominfo', 'Written by Humas Setda', 'Diposting oleh Rina Wulandari'],
    no: ['Admin grup itu ditangkap.', 'Tim Pemenangan Paslon', 'Redaksi menerima hak jawab dari Pemkab Bima', 'Ditulis oleh warga di media sosial, unggahan itu viral.'],
  },
  'welcome-banner-line': {
    yes: ['Selamat Datang di Website Resmi Pemerintah Kabupaten Sumbawa', 'SELAMAT DATANG DI PORTAL RESMI PEMKOT MATARAM'],
    no: ['Selamat datang di Kabupaten Bima, kata Bupati menyambut tamu.', 'Selamat bertugas kepada pejabat yang baru dilantik'],
  },
  'site-masthead-line': {
    yes: ['Pemerintah Kota Bengkulu', 'Pemerintah Provinsi Kalimantan Selatan', 'Kabupaten Sumbawa Barat', 'RADARMANDALIKA.ID', 'Kompas.com'],
    no: ['Pemerintah Kota Bengkulu menerbitkan surat edaran.', 'Kabupaten Sumbawa Barat mencatat 12 laporan', 'Kota'],
  },
  'widget-line': {
    yes: ['Play', 'Lihat Semua', 'Skip to content', 'PPID', 'Layanan Publik', 'Details', 'Statistik Pengunjung', 'Audio'],
    no: ['Play video itu diputar ulang di ruang sidang.', 'Lihat semua kegiatan bupati di kanal resmi pemda', 'Pemerintahan desa wajib netral.'],
  },
  'video-timecode-line': {
    yes: ['00:00 / 02:15', '00:00', '1:02:33 / 1:45:00'],
    no: ['10:15 WIB', 'Skor 2:1', '00:00 / 02:15 durasi video itu'],
  },
  'hashtag-phrase-line': {
    yes: ['#Pilgub Jateng #Netralitas ASN #Bawaslu', '#Pilkada 2024 #ASN Netral'],
    no: ['#1 dalam daftar pelanggaran', '#Pilkada 2024 menjadi tagar populer.'],
  },
  'gambling-vocabulary-line': {
    yes: ['slot88', 'togel online', 'Mahjong Ways 2', 'KOITOTO situs toto macau link alternatif', 'scatter hitam', 'rtp slot live tertinggi', 'link alternatif', 'Prediksi Togel Hongkong Malam Ini', 'daftar sbobet88 login mudah', 'BOCORAN ADMIN JARWO 💥 DEPO 10K WD 5JT 💥'],
    no: ['Polisi Tangkap Bandar Judi Slot di Selong', 'Judi Online', 'Kominfo Blokir Daftar Situs Judi Online', 'Slot iklan di baliho kampanye dijual mahal', 'togel online.', 'Winarto Hadiri Apel', 'Admin Jarwo ditangkap polisi', 'Depo 10K ditutup'],
  },
  'disclosure-line': {
    yes: ['Konten ini dibuat oleh tim redaksi iNews.id dan tidak mewakili pandangan pengiklan.', 'Artikel ini merupakan bagian dari jaringan tvOne.', 'Konten berikut adalah iklan platform Geoparx, media tidak terkait dengan materi konten ini.'],
    no: ['Konten itu dibuat oleh tim sukses paslon.', 'Artikel ini menjelaskan aturan netralitas ASN.', 'Konten berikut adalah bukti unggahan camat itu.'],
  },
  'reader-promo-line': {
    yes: ['Simak breaking news dan berita pilihan kami langsung di ponselmu.', 'Gabung Channel', 'Berita Terkini, Eksklusif di WhatsApp Kami', 'Pastikan kamu sudah install aplikasi WhatsApp ya.', 'Saksikan berita terkini seputar Bali di KompasTV Bali setiap hari pukul 17.00 WITA.', 'Follow Instagram @kaltarapos untuk update berita lainnya'],
    no: ['Ikuti arahan kami, jangan gabung grup WhatsApp paslon, kata Sekda.', 'Simak penjelasan Bawaslu berikut ini.', '"Simak berita di WhatsApp," katanya.', 'Saksikan debat kandidat yang disiarkan langsung pukul 19.00 WITA.', 'Follow akun Instagram camat itu sudah dihapus.'],
  },
  'share-bar-to-line': {
    yes: ['Bagikan ke: Facebook Twitter WhatsApp', 'Share on Facebook | Twitter', 'Bagikan via WhatsApp, Telegram'],
    no: ['Bagikan ke warga sembako itu dilarang bagi ASN.', 'Share ke grup WhatsApp tim sukses'],
  },
  'copyright-sign-line': {
    yes: ['Hak Cipta © 2024 Pemerintah Kota Bengkulu', '© 2024 Bagian Prokopim Setda Kabupaten Bima', 'COPYRIGHT © ANTARA 2024'],
    no: ['Hak cipta foto itu milik Humas Pemkab.'],
  },
  'running-head-line': {
    yes: ['RADAR BUTON | SENIN, 11 NOVEMBER 2024 | HALAMAN 3', 'Laporan Hasil Pengawasan Pilkada Lembata 2024 | 12', 'Surat Edaran Bupati | Hal. 2', 'Laporan Hasil Pengawasan | halaman 4', 'Harian Rakyat Maluku * Kamis, 14 November 2024 * 2'],
    no: ['Kecamatan | Jumlah | 12 orang', 'Nubatukan | 3', 'Skor akhir 2 | 1 untuk tuan rumah, kata wasit 3', 'Jumlah ASN dilaporkan 12',
      // rows of a table whose label is a clause (two lower-case words running), not a title
      'Memberikan dukungan melalui media sosial | 7', 'Membuat keputusan yang menguntungkan pasangan calon | 1', 'Mengikuti apel siaga pasangan calon | 12'],
  },
  'page-number-dashes-line': {
    yes: ['- 2 -', '— 12 —', '-3-'],
    no: ['- 2 orang -', '2 - 1', '- Sanksi -'],
  },
  'continued-from-line': {
    yes: ['Sambungan dari Hal 3', '(Sambungan dari halaman 1)', 'Lanjutan Hal. 2'],
    no: ['Sambungan telepon terputus saat rapat berlangsung.', 'Sambungan dari pusat'],
  },
  'live-time-stamp-line': {
    yes: ['14:52 WIB', '09.40 WITA', '7:05 WIT'],
    no: ['14:52', 'Pukul 14.52 WIB', '14.52 WIB, TPS dibuka', '2024 WIB'],
  },
  'page-turn-line': {
    yes: ['Lanjut ke halaman berikutnya', 'Klik halaman selanjutnya »', 'Baca halaman sebelumnya'],
    no: ['Lanjut ke halaman berikutnya untuk membaca aturan lengkapnya.', 'Baca halaman ini dengan saksama.', 'Lanjut ke tahap berikutnya'],
  },
  'page-section-line': {
    yes: ['Halaman 2 - Politik', 'HAL. 7 | METROPOLIS', 'Halaman 12: Daerah'],
    no: ['Halaman 2 - Politik dan pemerintahan dibahas dalam rapat itu.', 'Halaman 2', 'Halaman kantor bupati - lokasi apel'],
  },
  'share-this-line': {
    yes: ['Bagikan liputan ini:', 'Bagikan artikel ini', 'Sebarkan berita ini'],
    no: ['Bagikan sembako ini kepada warga.', 'Bagikan', 'Bagikan kepada warga yang membutuhkan ini'],
  },
  'release-end-mark': {
    yes: ['###', '-30-', '- SELESAI -', '–selesai–', '(selesai)'],
    no: ['## Sanksi', 'Selesai', 'Rapat selesai pukul 12.00.', '#Pilkada2024'],
  },
  'continued-line': {
    yes: ['Bersambung ke halaman 7', 'Bersambung', '(Bersambung)'],
    no: ['Bersambung ke sesi kedua, rapat membahas netralitas.', 'Berbeda dengan tahun lalu'],
  },
  'breadcrumb-path-line': {
    yes: ['Berita / Pemerintahan / Detail Berita', 'Berita » Daerah » Lombok Timur', 'News > Politik > Pilkada 2024', 'Kabar Banten › Banten Raya', 'Politik » Pilkada 2024'],
    no: ['Lombok Timur | 12 | 4', 'dan/atau', 'Berita / Pemerintahan', 'Bupati / Wakil Bupati wajib netral / kata dia.', 'Berita > Daerah', 'Kabar Banten › Bupati Pandeglang menyerahkan surat keputusan kepada pegawai'],
  },
  'list-heading': {
    yes: ['Pilihan Untuk Anda', 'Topik Menarik', 'Tonton Juga', 'Video Pilihan', 'Rekomendasi Untuk Anda', 'Artikel Menarik Lainnya', 'Tag :', 'Topik Terpopuler'],
    no: ['Video Viral', 'Sanksi Tegas', 'Berita itu menarik perhatian warga', 'Tag', 'Pilihan ada di tangan rakyat'],
  },
  // part 4 (src/clean/rules/platform.ts), from fixtures/clean/regional2
  'platform-string-line': {
    yes: [
      'Leave a Reply Cancel reply', 'Save my name, email, and website in this browser for the next time I comment.',
      'Kirimkan Ini lewat Email BlogThis! Berbagi ke Twitter Berbagi ke Facebook Bagikan ke Pinterest', 'Diberdayakan oleh Blogger.',
      'Lihat semua tulisan dari Tim Redaksi', 'CONTINUE READING BELOW', 'Lihat Versi Lengkap', 'Belum ada komentar. Jadilah yang pertama berkomentar!',
      'Langganan: Posting Komentar (Atom)', 'Posting Lebih Baru Posting Lama Beranda',
    ],
    no: ['Belum ada komentar dari Bupati soal laporan itu.', 'Posting lamanya sudah dihapus.', 'Lihat semua tulisan di spanduk itu.', 'Tinggalkan'],
  },
  'post-meta-line': {
    yes: ['Posted on 5 November 2024 by admin', 'Diposting oleh Kabar Lotim di 09.41', 'Last updated: 19 November 2024', 'Diposting oleh Warta Sinjai di 11.20 Tidak ada komentar:', 'Updated 12/11/2024, 10:30 WIB'],
    no: ['Diposting oleh warga di grup itu pada 5 November 2024, foto itu viral.', 'Diposting oleh admin', 'Posted on Facebook by the candidate'],
  },
  'comment-thread-heading': {
    yes: ['1 komentar', '12 Comments', '3 thoughts on “Dua Kades di Sumbawa Barat Dilaporkan ke Bawaslu karena Ikut Deklarasi”', 'Tidak ada komentar:', '12 Komentar:', 'One thought on "Kades Diperiksa"'],
    no: ['Tidak ada komentar dari Bupati.', '3 komentar warga menjadi bukti', 'Tidak ada komentar'],
  },
  'footer-menu-line': {
    yes: ['Tentang Kami | Redaksi | Pedoman Media Siber | Kode Etik | Kontak | Disclaimer', 'Redaksi • Kontak • Privacy Policy'],
    no: ['Kecamatan | Jumlah ASN | Keterangan', 'Redaksi | Kontak', 'Tentang Kami: Redaksi, Kontak'],
  },
  'site-tagline-line': {
    yes: ['Radar Bima | Berita Bima dan Dompu Terkini', 'Berita Hari Ini - Portal Berita Sulawesi Tenggara', 'RRI.co.id - Berita Terpercaya'],
    no: ['Bawaslu: Berita Hoaks Terkini Soal ASN Harus Dilawan', 'Berita terkini - Bawaslu temukan 12 ASN tidak netral.', 'Portal Berita Desa Diluncurkan'],
  },
  'post-nav-line': {
    yes: ['Sebelumnya Bupati Kolaka Resmikan Pasar Rakyat', 'Selanjutnya Harga Cabai di Kolaka Turun Drastis', '« Artikel Sebelumnya: Pemkab Gelar Rakor Inflasi'],
    no: ['Sebelumnya Bupati Kolaka meresmikan pasar rakyat.', 'Selanjutnya, Bupati Meminta Camat Mengawasi', 'Sebelumnya ia menjabat camat di Wolo', 'Selanjutnya'],
  },
  'page-numbers-line': {
    yes: ['« Sebelumnya 1 2 3 Selanjutnya »', '1 2', '1 2 3 … 12 Next ›'],
    no: ['1 2 3 4 5 orang', '2024', '1. Menghadiri deklarasi', 'Selanjutnya 1 kasus'],
  },
  'caption-trailing-credit-line': {
    yes: ['Camat (kiri) saat berfoto bersama calon bupati. FOTO: tangkapan layar', 'Suasana apel netralitas di halaman kantor bupati. Foto: Humas Pemkab', 'Ilustrasi kampanye pasangan calon. Foto: Dok. Istimewa', 'Apel netralitas di halaman kantor bupati. FOTO: DOK. HUMAS PEMKAB', 'Camat saat diperiksa Bawaslu. Foto: Arsip. Radar Bima'],
    no: ['Dia mengatakan foto itu diambil pada Senin. Foto: milik warga yang melapor', 'Foto: Humas Pemkab', 'Bawaslu menyita foto itu. Dok: arsip'],
  },
  'contact-segments-line': {
    yes: ['Redaksi KalbarOnline | Jl. Ahmad Yani No. 7, Pontianak | redaksi@kalbaronline.com', 'Kantor Redaksi | Jalan Pemuda No. 12 Mataram'],
    no: ['Kecamatan | Jumlah | Keterangan', 'Laporan dikirim ke humas@bawaslu.go.id.', 'Posko | Jl. Pejanggik'],
  },
  'channel-pointer-line': {
    yes: ['Cek Berita dan Artikel yang lain di Google News', 'Baca berita lainnya di Google News', 'Lihat update terbaru via WhatsApp Channel'],
    no: ['Cek fakta berita hoaks di WhatsApp dilakukan Diskominfo.', 'Baca juga aturan netralitas di Google News dan media lain, katanya.', 'Cekcok terjadi di Google News'],
  },
  'icon-figure-line': {
    yes: ['⏱ 3 menit', '👁 1,2K', '💬 12 komentar'],
    no: ['⏱ 3 menit lagi debat dimulai', '3 menit', '👁 Bupati memantau'],
  },
  'poll-heading': {
    yes: ['POLLING', 'Jajak Pendapat', 'Polling:'],
    no: ['Polling Bawaslu menunjukkan 12 persen ASN', 'Vote'],
  },
  'caption-slash-credit-line': {
    yes: ['Ilustrasi ASN. /Pixabay', 'Bupati Kuningan saat apel netralitas ASN, Senin. /Dok. Humas Pemkab', 'Suasana rapat koordinasi /Istimewa'],
    no: ['ASN/PNS dilarang ikut kampanye', 'Sanksi diberikan sesuai PP 94/2021.', 'Ia menyebut aturan itu berlaku dan/atau mengikat / wajib', 'Bupati menegaskan / Ilustrasi.'],
  },
  'office-address-line': {
    yes: ['Kantor Wali Kota Tidore Kepulauan, Jl. Sultan Zainal Abidin Syah', 'Sekretariat DPRD Kabupaten Sinjai, Jln Persatuan Raya', 'Dinas Kominfo dan Statistik, JL. Ahmad Yani'],
    no: ['Rapat digelar di Kantor Bupati, Jl. Sudirman.', 'Warga berkumpul di depan kantor desa, Jalan Merdeka', 'Jl. Sudirman No. 2 Mataram', 'Bupati Lantik Camat, Jalan Tol Dibuka'],
  },
  'link-label-line': {
    yes: [
      'Selengkapnya di kabargarut.com', // clean4b/03
      'Unduh sekarang: https://kabarsulbar.id/app', // clean4b/04
      'Baca di www.kabarsigi.co.id',
      'Sumber: https://diskominfo.sigikab.go.id/berita/123',
      'kabarlampung.com',
    ],
    no: [
      'Warga dapat melapor melalui laman lapor.go.id.', // a sentence
      'Bawaslu meminta warga yang melihat ASN berkampanye segera melapor ke posko atau lewat lapor.go.id', // too long
      'Pj Bupati Sigi Kunjungi Kantor Camat', // no address
      'Rp1.500 per kilogram', // a figure, no host
    ],
  },
  'shared-from-line': {
    yes: ['Dibagikan dari aplikasi Kabar Sulbar', 'Dikirim dari iPhone saya', 'Shared via Kabar Sigi App'],
    no: ['Dikirim dari Jakarta, bantuan tiba di Palu pada Senin.', 'Dibagikan kepada warga miskin', '"Dikirim dari kantor bupati," katanya.'],
  },
  'post-category-line': {
    yes: ['in Politik', 'in Hukum & Kriminal', 'in Daerah', 'in Pemilu', 'in Berita Utama'],
    no: ['in politik praktis', 'di Politik', 'Ini Politik', 'in Kabupaten Poso, kata dia.', 'In Politik', 'in 2024'],
  },
  'click-prompt-line': {
    yes: [
      'Klik dan dengarkan Swara Maluku Digital', // round 16, a radio network's page
      'Ketuk untuk mendengarkan',
      'Klik untuk menonton siaran ulang',
      'Tap & dengarkan podcast kami',
    ],
    no: [
      'Klik dan dengarkan, kata Rudi menirukan ajakan relawan kepada para honorer.',
      'Klik tombol di bawah ini',
      '"Klik dan bagikan," tulis akun itu',
      'Tekan untuk berbicara adalah fitur yang dipakai relawan saat kampanye berlangsung di kecamatan.',
    ],
  },
  'channel-promo-line': {
    yes: [
      'Tonton video selengkapnya di kanal YouTube KabarBanten TV', // clean3/03
      'Jangan lupa subscribe, like dan share', // clean3/03
      'Baca artikel selengkapnya di sumber', // clean3/07
      'Saksikan siaran langsung debat di channel YouTube kami!',
      'Follow Instagram @lombokpost untuk info terbaru',
      'Gabung saluran WhatsApp Radar Bima',
      'Dapatkan newsletter harian kami langsung di email Anda',
      'Simak Video Pilihan Berikut Ini',
    ],
    no: [
      'Tonton video itu, kata Rudi, terlihat seorang camat berorasi di depan relawan.',
      'Ikuti arahan pimpinan dan jaga netralitas',
      'Baca juga aturan kampanye sebelum berangkat ke TPS',
      '"Tonton saja video di YouTube itu"',
      'Video camat berkampanye beredar di YouTube',
      'Kanal YouTube Pemkab Sinjai menayangkan apel netralitas',
    ],
  },
  'tag-list-heading': {
    yes: ['Tags', 'Tags:', 'TOPIK', 'Kata Kunci', 'Tag Terkait'],
    no: ['Tags: Netralitas ASN, Pilkada', 'Topik rapat itu adalah netralitas ASN.', 'Label kampanye', 'Tagar #ASNNetral viral'],
  },
  'comment-form-heading': {
    yes: ['Tulis komentar Anda', 'Berikan komentar', 'Tinggalkan Balasan Batalkan balasan', 'Leave a Reply Cancel reply', 'Komentar', 'KIRIM KOMENTAR', 'Komentar (3)'],
    no: [
      'Komentar warga di media sosial umumnya mendukung langkah tersebut.',
      'Komentar camat itu memicu reaksi',
      'Tulis komentar dukungan di akun paslon dilarang bagi ASN',
      'Berikan komentar yang santun, kata Bupati',
    ],
  },
  'author-box-heading': {
    yes: ['Tentang Penulis', 'About the Author', 'Profil Penulis:'],
    no: ['Tentang penulis buku itu, Bupati tidak berkomentar.', 'Penulis'],
  },
  // round 9 (check6, clean5, clean5b, check3 released parts): station, print-view, document and reader-prompt lines
  'print-view-line': {
    yes: ['Versi cetak - Harian Palu Ekspres', 'Versi Cetak', 'PRINTER FRIENDLY VERSION', 'Tampilan cetak | Radar Sulteng', 'Print this page'],
    no: ['Versi cetak surat suara sudah diterima KPU.', 'Versi cetak dan digital sama-sama dibagikan kepada pemilih di TPS.'],
  },
  'print-date-line': {
    yes: ['Tanggal cetak: 02/11/2024 20:14', 'Dicetak pada: Sabtu, 2 November 2024 pukul 20.14 WITA', 'Printed on 2 November 2024', 'EDISI SELASA 12 NOVEMBER 2024'],
    no: ['Dicetak pada 5 November sebanyak 200 ribu lembar', 'Tanggal cetak surat suara 12 November', 'Edisi khusus Pilkada 2024', 'Tanggal cetak'],
  },
  'on-air-line': {
    yes: ['On Air: Banjar Pagi Ini (06.00–09.00 WITA)', 'NOW PLAYING: Dialog Interaktif', 'Sedang mengudara - Warta Berita Siang'],
    no: ['On air, Bupati menyampaikan larangan itu.', 'Mengudara sejak 1998, radio itu kini diawasi KPID', 'On Air'],
  },
  'request-line': {
    yes: ['Request lagu via WhatsApp 0811-5123-992', 'Request lagu? Kirim WA ke 0812 2233 4455', 'Kirim salam dan request: SMS 0811 555 666', 'Titip salam lewat DM Instagram kami'],
    no: ['Request warga agar jalan diperbaiki disampaikan lewat WA ke Bupati.', 'Request lagu', 'Kirim salam untuk keluarga di kampung halaman'],
  },
  'document-number-line': {
    yes: ['SIARAN PERS NOMOR: 061/RILIS/BKN/X/2024', 'NOMOR 800/1245/BKPSDM/2024', 'Surat Edaran No. 12/SE/2024', 'Nomor: 270/123/Bawaslu.NTB/X/2024'],
    no: ['Nomor 12 Tahun 2024 tentang Netralitas', 'Surat Edaran Nomor 800/1245/BKPSDM/2024 mengatur larangan itu.', 'Nomor urut 2', 'Siaran pers'],
  },
  'reaction-prompt-line': {
    yes: ['Suka tulisan ini?', 'Kamu Sudah Menonton Video Ini?', 'Apakah artikel ini bermanfaat?', 'Bagaimana reaksi Anda tentang berita ini?'],
    no: ['Apakah ini bisa diubah?', 'Apakah berita ini benar?', '"Suka atau tidak, berita ini harus diluruskan?"', 'Suka tulisan ini.'],
  },
  'donation-banner-line': {
    yes: ['Dukung Jubi: donasi untuk jurnalisme independen di Tanah Papua', 'Dukung Kami: Traktir redaksi kopi lewat Saweria', 'Support Kabar Banua: berlangganan mulai Rp 10.000'],
    no: ['Dukung Pilkada Damai, ASN Diminta Tidak Berpolitik', 'Dukung Netralitas: Bupati Ajak ASN Tolak Politik Uang', 'Bantu korban banjir: donasi dibuka di posko BPBD.'],
  },
  'credit-url-line': {
    yes: ['(mar/mar)https://poskupang-online.example/2024/11/09/asn-pemprov-ntt-dilarang', 'https://kabar.id/berita/123 (ant)', '(rd/sbfm) www.swarabanjar.example/berita'],
    no: ['(mar/mar)', 'https://kabar.id/berita/123', 'Selengkapnya (ant) di https://kabar.id'],
  },
  'social-stamp-line': {
    yes: ['12 j ·', '3 mnt ·', '2 hr •', '5h ·', '1 mgg · 🌐', '5 November 2024 · 🌏', 'Selasa, 5 November 2024 · 🌐'],
    no: ['12 j', '12 jam lalu warga berkumpul ·', '2024 ·', '25 November 2024 ·'],
  },
  'signed-document-line': {
    yes: ['Dokumen ini telah ditandatangani secara elektronik', 'Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan BSrE'],
    no: ['Dokumen itu ditandatangani Bupati pada Senin.', 'Surat edaran ini telah ditandatangani Sekda'],
  },
  'file-download-line': {
    yes: ['Unduh PDF (218 KB)', 'Download Dokumen', 'Unduh lampiran di sini', 'Lihat file [1,2 MB]'],
    no: ['Unduh aplikasi Sirekap untuk memantau hasil.', 'Lihat dokumen lengkapnya di laman KPU.', 'Unduh'],
  },
  // round 11 (clean9): check8/04's radio promos, check9/10's share label and previous-link line
  'programme-promo-line': {
    yes: ['Dengarkan selengkapnya dalam program Kabar Sakti pukul 17.00 WIB.', 'Saksikan siaran Sulteng Hari Ini setiap hari pukul 18.00 WITA', 'Nantikan talkshow Pilkada Damai setiap Sabtu di 102,5 FM!'],
    no: ['Dengarkan aspirasi warga, kata Bupati kepada para camat.', 'Ikuti aturan yang berlaku, pinta Sekda setiap apel pagi.', 'Simak berita ini pukul 10.00, "kata dia".'],
  },
  'promo-exclamation-line': {
    yes: ['Jangan lewatkan!', 'JANGAN SAMPAI KETINGGALAN!!', 'Stay tuned...', 'Nantikan!'],
    no: ['Jangan lewatkan kesempatan untuk memilih, kata Ketua KPU.', 'Jangan lewatkan', 'Nantikan pengumuman KPU.'],
  },
  // round 12 (clean10): check10/04's related label with no separator, check10/09's empty credit label
  'related-bare-label-line': {
    yes: ['Baca Juga  Pj Wali Kota Terbitkan Surat Edaran Netralitas ASN', 'BACA JUGA Bawaslu Periksa Camat', 'Simak juga Bupati Larang ASN Ikut Kampanye', 'Lihat Pula: x'.replace(': x', ' Dua Kades Dipanggil Bawaslu?')],
    no: ['Baca juga aturan kampanye di laman Bawaslu.', 'Baca juga Peraturan Bawaslu Nomor 6 Tahun 2018.', 'Baca juga Peraturan Bawaslu Nomor 6 Tahun 2018 sebelum berkomentar', 'Baca Juga'],
  },
  'related-bare-label-tail': {
    yes: ['Ia menegaskan hal itu. Baca Juga Pj Wali Kota Terbitkan Surat Edaran', 'kata dia. BACA JUGA KPU Tetapkan DPT'],
    no: ['Ia menegaskan hal itu. Baca juga aturan kampanye di laman resmi.', 'Ia meminta warga baca juga Aturan Kampanye Terbaru', 'Ia menegaskan hal itu. Baca Juga Surat Edaran Bupati.'],
  },
  'related-bare-label-inline': {
    yes: ['katanya. Baca Juga Pj Wali Kota Terbitkan Surat Edaran “Kami sudah bentuk tim,” katanya.', 'kata dia. Baca juga Bawaslu Periksa Dua Camat "Kami panggil," ujarnya.'],
    no: ['katanya. Baca juga aturan kampanye di laman Bawaslu. “Kami sudah bentuk tim,” katanya.', 'katanya. Baca Juga Pj Wali Kota Terbitkan Surat Edaran dan Bawaslu'],
  },
  'empty-credit-label': {
    yes: ['Sumber:', 'Editor :', 'PENULIS:', 'Reporter：'],
    no: ['Sumber: ANTARA', 'Sumber', 'Sumber dana kampanye:', 'Editor senior itu:'],
  },
  'share-label-line': {
    yes: ['Berbagi:', 'Bagikan:', 'SHARE:', 'Bagikan ke:', 'Share this…'],
    no: ['Berbagi informasi adalah kewajiban ASN.', 'Bagikan', 'Berbagi: sebuah catatan'],
  },
  'signature-mark-line': {
    yes: ['ttd.', '(ttd)', 'Tertanda', 'TTD', 't.t.d.', 'Ttd'],
    no: ['ttd. Ketua Bawaslu', 'Tertanda kepala desa itu mengaku lupa.', 'tertanda tangan'],
  },
  'post-nav-headline-line': {
    yes: ['Berita Sebelumnya: Babinsa Koramil 1412-02/Wolo Bantu Petani Panen Jagung', 'Next Post » Kapolres Sambangi Warga Desa', '« Previous: Bupati Lantik Pejabat Eselon II', 'Artikel Selanjutnya - Bawaslu Gelar Rakor'],
    no: ['Sebelumnya, Bupati meminta seluruh ASN menjaga netralitas.', 'Selanjutnya: Bawaslu akan memanggil camat tersebut pekan depan.', 'Berikutnya kami panggil kepala desa'],
  },
  // part 8 (src/clean/rules/classes.ts), round 13's classes from check12 and check13
  'share-object-line': {
    yes: ['Share Artikel', 'Bagikan Berita Ini', 'Sebarkan tulisan ini via:', 'SHARE THIS ARTICLE', 'Berbagi Link', 'Bagikan Artikel ke:'],
    no: ['Bagikan artikel ini kepada keluarga Anda.', 'Bagikan sembako', 'Share', 'Bagikan berita hoaks itu dilarang', 'Sebarkan kebaikan'],
  },
  'caption-role-credit-line': {
    yes: ['Foto Kontributor: Humas Kemenag Seluma', 'Foto oleh: Andi Rahman', 'FOTO KREDIT: Istimewa', 'Ilustrasi Sumber: Freepik'],
    no: ['Foto kontributor itu beredar luas di media sosial.', 'Foto: Humas', 'Foto bersama kontributor: sebuah kenangan yang tidak terlupakan bagi semua warga desa itu sampai hari ini dan nanti'],
  },
  'subregion-masthead-line': {
    yes: ['Website Resmi Desa Tirtosari', 'Pemerintah Nagari Koto Baru', 'Situs Resmi Kelurahan Talise', 'Pemdes Gampong Lamreung', 'Website Kecamatan Baturetno'],
    no: ['Desa Tirtosari', 'Pemerintah desa harus netral', 'Website Resmi Desa Tirtosari diretas.', 'Pemerintah Desa'],
  },
  'partner-note-line': {
    yes: ['Konten ini dibuat dan diterbitkan oleh media partner. kumparan tidak bertanggung jawab atas isi konten ini.', 'Artikel ini ditulis oleh pengguna', 'TULISAN INI DIUNGGAH OLEH MITRA MEDIA.'],
    no: ['Konten itu dibuat oleh pengguna akun palsu, kata polisi.', 'Surat edaran ini diterbitkan oleh bupati pada Senin.', 'Berita ini ditulis oleh wartawan kami di lapangan.'],
  },
  'denial-line': {
    yes: ['Konten ini dibuat dan diterbitkan oleh media partner. kumparan tidak bertanggung jawab atas isi konten ini.', 'Redaksi tidak bertanggung jawab terhadap isi tulisan ini.', 'KAMI TIDAK BERTANGGUNG JAWAB ATAS ISI ARTIKEL INI'],
    no: ['Admin grup mengaku tidak bertanggung jawab atas isi unggahan anggotanya.', 'Bupati menegaskan pemkab tidak bertanggung jawab atas konten ini, kata dia.', 'Menurut Andi, yang selama ini menjabat sebagai camat di kecamatan itu, panitia tidak bertanggung jawab atas berita ini.'],
  },
  'reader-call-line': {
    yes: [
      'Ingin menulis opini di Halsel Post? Kirim naskah 700–1.000 kata beserta foto dan identitas ke opini@halselpost.id.',
      'Punya informasi menarik? Hubungi redaksi kami di 0812-3456-7890',
      'Tertarik beriklan? Kunjungi https://contoh.id/iklan',
    ],
    no: [
      'Ingin tahu hasilnya? Kirim surat ke bupati, kata warga itu.',
      'Ingin menulis opini? Silakan, asal tidak menyerang pribadi, kata Ketua Bawaslu.',
      'Warga yang ingin melapor dapat menghubungi posko di 0812-3456-7890.',
    ],
  },
  'channel-promo-line-marked': {
    yes: ['* Follow Official WhatsApp Channel Liputan6.com untuk mendapatkan Berita Terkini di WhatsApp', '• Ikuti saluran WhatsApp Kabar Sulbar', '👉 Gabung saluran Telegram Radar Bima', '- Simak video pilihan berikut ini'],
    no: ['* Ikuti arahan kepala dinas', '- Ikuti aturan kampanye yang berlaku.', '* Follow Official WhatsApp Channel Liputan6.com.'],
  },
  'reader-promo-line-marked': {
    yes: ['* Ikuti berita terkini dan terbaru setiap hari di Google News', '• Dapatkan update berita pilihan di channel WhatsApp kami'],
    no: ['* Ikuti arahan kami, jangan gabung grup WhatsApp paslon.', '- Dapatkan izin atasan sebelum cuti'],
  },
  'press-office-paren': {
    yes: ['(Prokopim KSB)', '(ewi/r5)', '(Humas Setda)', '(Pendim 1207/Ptk)', '(Penrem 121/Abw)'],
    no: ['dilaporkan ke Badan Kepegawaian Negara (BKN)', '(2/3)', 'kata Kepala Bagian (Humas)'],
  },  // round 14 (rules/credits.ts)
  'media-button-line': {
    yes: ['Lihat Foto', 'Tonton Video', 'LIHAT SEMUA FOTO', 'Perbesar Gambar', 'Lihat Galeri Foto', 'View Gallery'],
    no: ['Lihat foto itu, warga langsung melapor.', 'Foto', 'Lihat', 'Tonton video kampanye itu', 'Lihat Foto Kampanye Caleg di Sambas'],
  },
  'staff-credit-bare': {
    yes: ['Penulis Kontributor Garut, Agus Salimullah', '| Editor Reni Susanti', 'Reporter Garut, Dedi Irawan', '/ Redaktur M. Yusuf', 'Pewarta Kontributor Sumbawa, Ahmad bin Said', '• Editor: Rina'],
    no: ['Penulis buku itu hadir dalam diskusi.', 'Editor Senior Tempo Dilaporkan ke Polisi', 'Reporter Tempo, Budi, Dilaporkan', 'Editor Senior Tempo', 'Penulis Kontributor Garut, Agus Tegaskan Netral', '| editor senior itu hadir'],
  },
  'bracketed-name-paragraph': {
    yes: ['(Khafid Mardiyansyah)', '(Tim Liputan)', '[Nur Aini Putri]', '(Ahmad Yani Siregar)'],
    no: ['(Red)', '(Pasal 280 UU Pemilu)', 'kata Ketua KPU (Ahmad Yani)', '(Kepala Dinas/Sekretaris Daerah)', '(Foto: Humas)', '(ant)'],
  },
  'engine-credit-line': {
    yes: ['Theme by ThemeGrill. Powered by WordPress.', 'Powered by WordPress', 'Designed by Themeisle | Powered by WordPress', 'Dikembangkan oleh Diskominfo Kabupaten Pohuwato', 'Proudly powered by WordPress'],
    no: ['Dikembangkan oleh warga desa bersama kampus.', 'Didukung oleh Pemkab Garut, kegiatan itu diikuti 300 ASN.', 'Theme by ThemeGrill mengatakan hal itu kemarin', 'Dirancang oleh pemerintah'],
  },
  'staff-credit-joined': {
    yes: ['Redaktur & Reporter : Fathan Sinaga', 'Reporter Tempo: Andi Prasetyo', 'Penulis dan Editor: Siti Nur Aini', 'Reporter/Editor: Agus Salimullah', 'PEWARTA & EDITOR: M. YUSUF HARAHAP'],
    no: ['Reporter senior itu: kami hanya meliput.', 'Penulis dan editor: keduanya diperiksa Bawaslu.', 'Reporter Tempo: Andi Prasetyo dan Budi', 'Editor & Penulis Buku Itu Dilaporkan'],
  },
  'related-heading-headline': {
    yes: ['Pilihan Editor: Bawaslu Temukan 200 ASN Langgar Netralitas', 'Berita Terkait: Camat di Sekadau Dilaporkan ke Bawaslu', 'BACA BERITA LAINNYA: Lima Kades Diperiksa Bawaslu'],
    // (a one-word heading is the edge rule's: between body lines it is also a subhead, review17/k3)
    no: ['Rekomendasi: ASN tersebut dijatuhi sanksi teguran tertulis oleh bupati.', 'Pilihan Editor: Bawaslu Temukan 200 ASN Langgar Netralitas.', 'Rekomendasi: Bawaslu Minta Bupati Bima Jatuhkan Sanksi Kepada Dua Belas ASN', 'Terpopuler: "Kami Netral," Kata Sekda di Depan ASN'],
  },
  'related-heading-headline-edge': {
    yes: ['Terpopuler: "Kami Netral," Kata Sekda di Depan ASN', 'Rekomendasi: Bawaslu Minta Bupati Bima Jatuhkan Sanksi Kepada Dua Belas ASN', 'Trending: Video Camat Ajak Warga Pilih Paslon'],
    no: ['Rekomendasi: ASN tersebut dijatuhi sanksi teguran tertulis oleh bupati.', 'Terkini: lima kepala desa sudah memenuhi panggilan', 'Populer: Dua Kata', 'Pilihan Editor: Bawaslu Temukan 200 ASN Langgar Netralitas'],
  },
};

for (const [name, { yes, no }] of Object.entries(TABLE)) {
  describe(`rule ${name}`, () => {
    it.each(yes)('fires on %j', (line) => {
      expect(fires(rule(name), line)).toBe(true);
    });
    it.each(no)('does not fire on %j', (line) => {
      expect(fires(rule(name), line)).toBe(false);
    });
  });
}

describe('every rule is covered by the table', () => {
  it('has a table entry', () => {
    expect(RULES.map((r) => r.name).filter((n) => !(n in TABLE))).toEqual([]);
  });
  it('has unique names', () => {
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
  });
});

describe('related links with a no-break space (seeds 003, 004) through clean()', () => {
  it.each([
    ['BACA JUGA:\u00a0 DETIK Dinilai Kebablasan, Petinggi PKS NTB Bantah', 'BACA JUGA:\u00a0 DETIK Dinilai Kebablasan, Petinggi PKS NTB Bantah'],
    ['Baca Juga :\u00a0 Siapkan 56 Orang Calon Anggota Paskibraka', 'Baca Juga :\u00a0 Siapkan 56 Orang Calon Anggota Paskibraka'],
  ])('removes %j and records it as written', (line, recorded) => {
    const body = 'Bawaslu meminta seluruh ASN menjaga netralitas selama tahapan kampanye pilkada berlangsung.';
    const c = clean(`${body}\n\n${line}\n\n${body.replace('Bawaslu', 'KPU')}`);
    expect(c.text).not.toContain('Siapkan');
    expect(c.text).not.toContain('DETIK');
    expect(c.removed).toContainEqual({ kind: 'related-link', rule: 'related-link-line', text: recorded });
  });
});

describe('inline related links keep their paragraph', () => {
  it.each([
    [
      'Bawaslu menemukan 12 ASN tidak netral (Baca juga: KPU Tetapkan DPT) selama masa kampanye.',
      'Bawaslu menemukan 12 ASN tidak netral selama masa kampanye.',
    ],
    ['Bawaslu menemukan 12 ASN tidak netral. (Baca: KPU Tetapkan DPT)', 'Bawaslu menemukan 12 ASN tidak netral.'],
    ['Bawaslu menemukan 12 ASN tidak netral (Baca juga: KPU Tetapkan DPT).', 'Bawaslu menemukan 12 ASN tidak netral.'],
  ])('%j', (input, expected) => {
    const c = clean(input);
    expect(c.text).toBe(expected);
    expect(c.removed[0]!.kind).toBe('inline-related');
  });
});

describe('editor initials keep the sentence', () => {
  it.each([
    ['…serta tidak terlibat langsung kampanye terbuka maupun tertutup. jm/her', '…serta tidak terlibat langsung kampanye terbuka maupun tertutup.'],
    ['Sebab ASN juga perlu mendengarkan program dari masing-masing pasangan calon.(eri/art/kpg)', 'Sebab ASN juga perlu mendengarkan program dari masing-masing pasangan calon.'],
    ['Pengawasan masyarakat akan sangat membantu,” tutup Ilham. (editorMRC)', 'Pengawasan masyarakat akan sangat membantu,” tutup Ilham.'],
    ['Bawaslu mengimbau ASN netral. (ant) (rls)', 'Bawaslu mengimbau ASN netral.'],
  ])('%j', (input, expected) => {
    expect(clean(input).text).toBe(expected);
  });
});

describe('datelines', () => {
  it.each([
    ['LOTIM.LombokJoutnal.com ~ Deklarasi Netralitas Aparat Sipil Negara (ASN) yang dilakukan', 'LOTIM', 'LombokJoutnal.com', 'LOTIM.LombokJoutnal.com ~', 'dateline-place-dot-domain'],
    ['Pangkalpinang (ANTARA) - Penjabat Gubernur Kepulauan Bangka Belitung Sugito menegaskan', 'Pangkalpinang', 'ANTARA', 'Pangkalpinang (ANTARA) -', 'dateline-place-paren-agency'],
    ['Mataram (ANTARA) - Bawaslu NTB mencatat sejumlah pelanggaran.', 'Mataram', 'ANTARA', 'Mataram (ANTARA) -', 'dateline-place-paren-agency'],
    ['KASONGAN, PROKALTENG.CO – Dalam menghadapi pemilihan kepala daerah', 'KASONGAN', 'PROKALTENG.CO', 'KASONGAN, PROKALTENG.CO –', 'dateline-place-comma-outlet'],
    ['JAKARTA, KOMPAS.com - Badan Kepegawaian Negara mencatat pelanggaran', 'JAKARTA', 'KOMPAS.com', 'JAKARTA, KOMPAS.com -', 'dateline-place-comma-outlet'],
    ['Jakarta, CNN Indonesia -- Bawaslu mencatat ratusan pelanggaran netralitas', 'Jakarta', 'CNN Indonesia', 'Jakarta, CNN Indonesia --', 'dateline-place-comma-outlet'],
    ['Lombok Timur NTB – Untuk menjaga kondusifitas daerah dan menegakkan', 'Lombok Timur NTB', null, 'Lombok Timur NTB –', 'dateline-place-only'],
    ['MATARAM - Bawaslu NTB mengingatkan ASN agar netral.', 'MATARAM', null, 'MATARAM -', 'dateline-place-only'],
    ['TRIBUNLOMBOK.COM, LOMBOK TIMUR - Bupati Lombok Timur mengingatkan ASN.', 'LOMBOK TIMUR', 'TRIBUNLOMBOK.COM', 'TRIBUNLOMBOK.COM, LOMBOK TIMUR -', 'dateline-outlet-comma-place'],
    ['SuaraNTB.com, Mataram – Bawaslu NTB mencatat dua laporan baru.', 'Mataram', 'SuaraNTB.com', 'SuaraNTB.com, Mataram –', 'dateline-outlet-comma-place'],
    ['MATARAM-Pemerintah Provinsi NTB mengingatkan seluruh ASN agar netral.', 'MATARAM', null, 'MATARAM-', 'dateline-caps-tight-dash'],
    ['PRAYA–Sekretaris Daerah Lombok Tengah meminta ASN menjaga netralitas.', 'PRAYA', null, 'PRAYA–', 'dateline-caps-tight-dash'],
    ['LOMBOK TIMUR – Bupati meminta ASN menjaga netralitas selama pilkada.', 'LOMBOK TIMUR', null, 'LOMBOK TIMUR –', 'dateline-place-only'],
  ])('%j', (para, place, publisher, text, ruleName) => {
    const m = matchDateline(para, true);
    expect(m).not.toBeNull();
    expect(m!.dateline).toEqual({ place, publisher, text });
    expect(m!.rule).toBe(ruleName);
    expect(para.startsWith(text)).toBe(true);
  });

  it.each([
    'Menurut dia - dan ini penting - ASN harus netral.',
    'Bawaslu Lombok Timur – yang dipimpin Ketua – menggelar rapat.',
    'Selasa - Bawaslu menggelar rapat koordinasi di Mataram.',
    'Pj Gubernur NTB, Hassanudin - Bawaslu hadir juga di sana.',
    'Pilkada 2024 – Waktu Ujian Netralitas ASN di Lombok Barat',
    'Jakarta - Mataram',
    'Netralitas ASN adalah kunci - kata Bawaslu.',
    'KPU-Bawaslu sepakat memperketat pengawasan netralitas ASN di daerah.',
    'COVID-19 tidak lagi menjadi alasan menunda tahapan pilkada di daerah.',
    'Jakarta-Bandung ditempuh dua jam oleh rombongan Bawaslu pusat kemarin.',
    'ASN-ASN yang terlibat kampanye akan dipanggil Bawaslu pekan depan.',
  ])('does not fire on %j', (para) => {
    expect(matchDateline(para, true)).toBeNull();
  });

  it('place-only datelines are not tried when weak patterns are off', () => {
    expect(matchDateline('MATARAM - Bawaslu NTB mengingatkan ASN agar netral.', false)).toBeNull();
  });

  it('splits the dateline off the first body paragraph and records it', () => {
    const c = clean('Bupati Ingatkan ASN Netral\n\nMATARAM - Bawaslu NTB mengingatkan ASN agar netral selama pilkada.');
    expect(c.title).toBe('Bupati Ingatkan ASN Netral');
    expect(c.dateline).toEqual({ place: 'MATARAM', publisher: null, text: 'MATARAM -' });
    expect(c.text).toBe('Bupati Ingatkan ASN Netral\n\nBawaslu NTB mengingatkan ASN agar netral selama pilkada.');
    expect(c.removed).toContainEqual({ kind: 'dateline', rule: 'dateline-place-only', text: 'MATARAM -' });
  });

  it('a headline with a dash is a title, not a dateline', () => {
    const c = clean('Pilkada Lotim – Bawaslu Ingatkan ASN Netral\n\nBawaslu NTB mengingatkan ASN agar netral selama pilkada.');
    expect(c.title).toBe('Pilkada Lotim – Bawaslu Ingatkan ASN Netral');
    expect(c.dateline).toBeNull();
  });
});

describe('dedup', () => {
  const A = 'Meskipun ASN memiliki hak pilih, tegas Sekda, sesuai dengan aturan dan ketentuan ASN tidak dibolehkan untuk ikut politik praktis.';
  const B = 'Dia juga mengatakan, netralitas ASN merupakan hal penting untuk memastikan proses pilkada berjalan sesuai prinsip demokrasi.';
  it('drops a later exact copy (after case/punctuation/space normalisation)', () => {
    expect(findDuplicates([A, B, A.toUpperCase().replace(/,/g, '')])).toEqual([{ index: 2, keptIndex: 0, rule: 'exact-duplicate' }]);
  });
  it('drops a later near copy with a few words changed', () => {
    const A2 = A.replace('tegas Sekda', 'kata Sekda').replace('praktis', 'praktis saat ini');
    expect(findDuplicates([A, B, A2])).toEqual([{ index: 2, keptIndex: 0, rule: 'near-duplicate' }]);
  });
  it('keeps the body copy of a pull quote (seed 000)', () => {
    const pq = 'Indeks kerawanan Pemilu di NTB, terutama netralitas, masih TINGGI sehingga isu ini menjadi fokus utama Badan Pengawas Pemilu (Bawaslu)';
    const body =
      'Ditambahkannya, indeks kerawanan Pemilu di NTB masih tinggi terutama netralitas sehingga menjadi fokus utama stakeholder terkait seperti Badan Pengawas Pemilu (Bawaslu).';
    expect(findDuplicates(['Judul', pq, B, body], (i) => i === 0)).toEqual([{ index: 1, keptIndex: 3, rule: 'pull-quote' }]);
  });
  it('never drops a protected title; a repeated headline later goes', () => {
    const t = 'Netralitas ASN Jadi Indikator Kualitas Demokrasi';
    expect(findDuplicates([t, A, t], (i) => i === 0)).toEqual([{ index: 2, keptIndex: 0, rule: 'exact-duplicate' }]);
  });
  it('keeps a subheading that summarises the next paragraph (seed 003)', () => {
    const sub = 'Menjaga Kerukunan di Tengah Perbedaan Pilihan Politik';
    const body =
      'Selain menekankan pentingnya netralitas, Ilham juga menyoroti pentingnya menjaga keharmonisan dan kerukunan di tengah perbedaan politik di masyarakat.';
    expect(findDuplicates([sub, body])).toEqual([]);
    expect(isTitleCase(sub)).toBe(true);
  });
  it('keeps distinct paragraphs that share common phrases', () => {
    const p1 = 'Bawaslu Lombok Timur meminta seluruh ASN menjaga netralitas selama tahapan kampanye pilkada serentak.';
    const p2 = 'KPU Lombok Timur menetapkan daftar pemilih tetap untuk pilkada serentak pada rapat pleno terbuka.';
    expect(findDuplicates([p1, p2])).toEqual([]);
  });
  it('gives a character-for-character copy the decisions a re-read gives (copies share the first profile)', () => {
    const C = `${A} Ia menambahkan bahwa pengawasan akan diperketat.`;
    // a copy of the protected title stays and the unprotected first occurrence goes
    expect(findDuplicates([A, B, A], (i) => i === 2)).toEqual([{ index: 0, keptIndex: 2, rule: 'exact-duplicate' }]);
    // copies separated by a different text of the same length, and a copy that is contained in a larger one
    const sameLength = `${B} ${B}`.slice(0, A.length);
    expect(sameLength.length).toBe(A.length);
    expect(findDuplicates([A, sameLength, A, C, A])).toEqual([
      { index: 0, keptIndex: 3, rule: 'pull-quote' },
      { index: 2, keptIndex: 0, rule: 'exact-duplicate' },
      { index: 4, keptIndex: 0, rule: 'exact-duplicate' },
    ]);
  });
  it('keeps short repeated-word paragraphs apart unless identical', () => {
    expect(findDuplicates(['Ya.', 'Tidak.', 'Ya!'])).toEqual([{ index: 2, keptIndex: 0, rule: 'exact-duplicate' }]);
  });
});

describe('body sentences that merely look like boilerplate stay', () => {
  it.each([
    'Ia meminta warga membaca juga aturan kampanye.',
    'Berita terkait netralitas ASN kerap muncul menjelang pilkada.',
    'Editor senior itu mengatakan netralitas ASN penting.',
    'Rapat itu digelar 10 menit lalu di aula kantor bupati.',
    'Sumber daya manusia ASN harus ditingkatkan.',
    'Share kepemilikan saham daerah dibahas DPRD.',
  ])('%j', (sentence) => {
    const text = `Bawaslu meminta seluruh ASN menjaga netralitas selama tahapan kampanye pilkada berlangsung.\n\n${sentence}`;
    const c = clean(text);
    expect(c.text).toContain(sentence);
    expect(c.removed).toEqual([]);
  });

  it('a lone "Jakarta" line is furniture only inside the top header cluster', () => {
    const c = clean('Pilkada Damai di Ibu Kota\n\nBawaslu menggelar apel siaga di lapangan.\n\nJakarta\n\nKPU juga hadir dalam apel itu.');
    expect(c.text).toContain('\n\nJakarta\n\n');
    const h = clean('31 C\nJakarta\nFriday, November 22, 2024\n\nPilkada Damai di Ibu Kota\n\nBawaslu menggelar apel siaga di lapangan.');
    expect(h.text).toBe('Pilkada Damai di Ibu Kota\n\nBawaslu menggelar apel siaga di lapangan.');
    expect(h.headerDate).toBe('2024-11-22');
    expect(h.removed.map((r) => r.rule)).toEqual(['weather-temperature', 'header-place', 'header-date']);
  });

  it('a header place line without a strong header line stays', () => {
    const c = clean('Jakarta\nBawaslu menggelar apel siaga di lapangan.');
    expect(c.text).toBe('Jakarta\n\nBawaslu menggelar apel siaga di lapangan.');
    expect(c.headerDate).toBeNull();
  });

  it('reads an Indonesian header date', () => {
    expect(clean('Jumat, 22 November 2024\n\nJudul Berita Netralitas\n\nIsi berita.').headerDate).toBe('2024-11-22');
  });
});

describe('related-news blocks', () => {
  it('takes the headlines and time stamps under the heading (seed 002 tail)', () => {
    const c = clean(
      '"Dlam momentum Kornas ini, kami mencurahkan segala daya dan upaya," katanya.\nBerita Terkait\nWarga Koba datang lebih awal ke TPS\n18 menit lalu\nDwi Aryani: Memilih untuk masa depan lebih baik\n25 menit lalu',
    );
    expect(c.text).toBe('"Dlam momentum Kornas ini, kami mencurahkan segala daya dan upaya," katanya.');
    expect(c.removed.map((r) => [r.kind, r.rule])).toEqual([
      ['related-block', 'related-block-heading'],
      ['related-block', 'related-block-headline'],
      ['related-block', 'related-block-time'],
      ['related-block', 'related-block-headline'],
      ['related-block', 'related-block-time'],
    ]);
  });
  it('stops where body text resumes', () => {
    const body = 'Bawaslu Lombok Timur meminta seluruh ASN menjaga netralitas selama tahapan kampanye pilkada serentak tahun ini.';
    const c = clean(`Berita Terkait\nWarga Koba datang lebih awal ke TPS\n${body}`);
    expect(c.text).toBe(body);
  });
});
