// Paradigm of the furniture of Indonesian outlet families (issue 22, "Cleaning": at most 1 boilerplate line left per 10
// unseen pages and no body line lost). Each row is a line written by clean16 from the shapes of one outlet family
// (Tribun network, Kompas.com and its regionals, detik network, Liputan6, Antara regional sites, iNews/Okezone/
// Sindonews, Suara.com network, JPNN network, Tempo, Jawa Pos Radar network, Pikiran Rakyat network, kabupaten
// Diskominfo portals, Blogspot/WordPress local sites), in its own words (names, places and headlines invented), at the
// place it stands on a page: under the headline above the lead ('top'), between body lines ('mid'), below the body
// ('end'). Body rows: lines of an article that look like furniture (short quotes, capitals, colons, "Baca"/"Klik" as
// verbs, a credit inside a sentence, a subheading); they must stay whole.
// A third of the rows (marked `held`) were held out from tuning: no rule was written from them; they are scored apart.
//
// Blind score (code at main 05fc75f, before any change of clean16), written before any tuning:
//   furniture: tuned 42 rows, 3 left; held out 21 rows, 4 left (held-out rows printed as counts only).
//   body:      tuned 18 rows, 0 lost; held out 9 rows, 0 lost.
// Tuned rows left blind: a JPNN credit of two roles joined by "&" ("Redaktur & Reporter : <Name>"), a Tempo credit of
// role and outlet ("Reporter Tempo: <Name>"), a Tempo "Pilihan Editor: <headline>" below the body.
// After clean16 (staff-credit-joined, related-heading-headline): tuned 0 of 42 left; held out 4 of 21 left (unchanged: no
// rule was written from them); body 0 lost in both.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';

const HEADLINE = 'Bawaslu Lebak Panggil Camat yang Hadiri Deklarasi Relawan Paslon';
const LEAD = 'Bawaslu Kabupaten Lebak memanggil seorang camat yang diduga menghadiri deklarasi relawan salah satu pasangan calon bupati.';
const SECOND = 'Pemanggilan itu dilakukan setelah warga melaporkan foto camat tersebut bersama relawan di sebuah rumah makan.';
const THIRD = 'Ketua Bawaslu Lebak mengatakan hasil klarifikasi akan diteruskan ke Badan Kepegawaian Negara bila terbukti melanggar.';
const BODY = [LEAD, SECOND, THIRD];

type Place = 'top' | 'mid' | 'end';
interface Row { line: string; at: Place; held?: true }

function page(r: Row): string[] {
  if (r.at === 'top') return [HEADLINE, r.line, LEAD, SECOND, THIRD];
  if (r.at === 'mid') return [HEADLINE, LEAD, SECOND, r.line, THIRD];
  return [HEADLINE, LEAD, SECOND, THIRD, r.line];
}

// furniture: the line must go, and the headline and the three body lines stay whole
const FURNITURE: Row[] = [
  // Tribun network
  { line: 'Artikel ini telah tayang di TribunBanten.com dengan judul Bawaslu Lebak Panggil Camat, Diduga Hadiri Deklarasi Relawan', at: 'end' },
  { line: 'Simak berita TribunBanten.com lainnya di Google News', at: 'end' },
  { line: 'Ikuti saluran WhatsApp TribunBanten.com untuk mendapat update berita terbaru', at: 'end', held: true },
  { line: 'Penulis: Yudhi Maulana | Editor: Dedi Nurdin', at: 'top' },
  { line: 'Laporan Wartawan TribunBanten.com, Yudhi Maulana', at: 'top' },
  { line: '(TribunBanten.com/Yudhi Maulana)', at: 'end', held: true },
  { line: 'Baca juga: Ratusan ASN Lebak Ikuti Apel Siaga Netralitas', at: 'mid' },
  // Kompas.com and its regionals
  { line: 'Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "Kompas.com News Update", caranya klik link https://t.me/kompascomupdate, kemudian join.', at: 'end' },
  { line: 'Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029VaXXXXabc. Pastikan kamu sudah install aplikasi WhatsApp ya.', at: 'end', held: true },
  { line: 'Kontributor Kompas.com, Acep Nazmudin', at: 'top' },
  { line: 'Penulis: Kontributor Serang, Acep Nazmudin | Editor: Reni Susanti', at: 'top' },
  { line: 'KOMPAS.com/ACEP NAZMUDIN', at: 'mid', held: true },
  { line: 'Copyright 2008 - 2024 PT. Kompas Cyber Media (Kompas Gramedia Digital Group). All Rights Reserved.', at: 'end' },
  // detik network
  { line: 'Andi Saputra - detikJabar', at: 'top' },
  { line: 'Kamis, 14 Mar 2024 10:15 WIB', at: 'top', held: true },
  { line: '(yum/yum)', at: 'end' },
  { line: 'ADVERTISEMENT', at: 'mid' },
  { line: 'SCROLL TO CONTINUE WITH CONTENT', at: 'mid', held: true },
  { line: 'Halaman selanjutnya', at: 'end' },
  // Liputan6
  { line: 'Oleh Ady Anugrahadi pada 12 Mar 2024, 14:05 WIB', at: 'top' },
  { line: 'Saksikan Video Pilihan di Bawah Ini:', at: 'end', held: true },
  { line: 'Advertisement', at: 'mid' },
  // Antara regional sites
  { line: 'Pewarta: Mulyana', at: 'end' },
  { line: 'Editor: Budi Suyanto', at: 'end', held: true },
  { line: 'COPYRIGHT © ANTARA 2024', at: 'end' },
  { line: 'Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.', at: 'end' },
  // iNews / Okezone / Sindonews
  { line: 'Rizky Pratama, Jurnalis · Rabu 13 Maret 2024 09:12 WIB', at: 'top', held: true },
  { line: 'Follow Berita Okezone di Google News', at: 'end' },
  { line: 'Dapatkan berita terupdate dari kami setiap hari, ikuti Instagram dan WhatsApp Channel iNews.id', at: 'end' },
  { line: 'Foto/Ilustrasi/SINDOnews', at: 'mid', held: true },
  // Suara.com network
  { line: 'Reporter: Yuliani | Editor: Bangun Santoso', at: 'top' },
  { line: 'Baca berita menarik lainnya di SuaraBanten.id dengan klik tautan berikut', at: 'end' },
  { line: 'Tag # bawaslu # netralitas asn # pilkada 2024', at: 'end', held: true },
  // JPNN network
  { line: 'Redaktur & Reporter : Fathan Sinaga', at: 'end' },
  { line: 'Jangan Lewatkan Video Terbaru:', at: 'end' },
  { line: 'Klik di sini untuk mengikuti JPNN.com di Google News', at: 'end', held: true },
  // Tempo
  { line: 'Reporter Tempo: Andi Prasetyo', at: 'top' },
  { line: 'Pilihan Editor: Bawaslu Temukan 200 ASN Langgar Netralitas', at: 'end' },
  { line: 'Ikuti berita terkini dari Tempo di Google News, klik di sini', at: 'end', held: true },
  // Jawa Pos Radar network
  { line: 'Editor: Mohammad Ilham | Reporter: Ali Syahrul', at: 'top' },
  { line: 'Share: Facebook Twitter WhatsApp Telegram', at: 'end' },
  { line: 'Baca Juga: Camat Disanksi Bawaslu Usai Foto Bareng Caleg', at: 'mid', held: true },
  // Pikiran Rakyat network
  { line: 'Penulis: Rahmi Nurhasanah · Editor: Hilda Julaika', at: 'top' },
  { line: 'Cek berita dan artikel lainnya di Google News', at: 'end' },
  { line: 'Dapatkan informasi, inspirasi dan insight di email kamu. Daftarkan email', at: 'end', held: true },
  // kabupaten Diskominfo portals
  { line: 'Diposting oleh : Admin Diskominfo | Dilihat : 312 kali', at: 'top' },
  { line: 'Bagikan ke: Facebook | Twitter | WhatsApp', at: 'end' },
  { line: 'Hak Cipta © 2024 Dinas Komunikasi dan Informatika Kabupaten Lebak', at: 'end', held: true },
  // Blogspot / WordPress local sites
  { line: 'Posted by Redaksi at 10.25', at: 'end' },
  { line: 'Tidak ada komentar:', at: 'end' },
  { line: 'Posting Komentar', at: 'end', held: true },
  { line: 'Leave a Reply Cancel reply', at: 'end' },
  { line: 'Your email address will not be published. Required fields are marked *', at: 'end' },
  { line: 'Subscribe to: Post Comments (Atom)', at: 'end', held: true },
  // captions, ads labels, comment widgets, newsletter prompts, paging, tags (any family)
  { line: 'Ketua Bawaslu Lebak saat memberikan keterangan kepada wartawan, Rabu (13/3/2024). (Foto: Istimewa)', at: 'mid' },
  { line: 'FOTO: Dok. Humas Bawaslu Lebak', at: 'mid' },
  { line: 'ILUSTRASI - Petugas memeriksa berkas laporan di kantor Bawaslu. (ANTARA/Mulyana)', at: 'mid', held: true },
  { line: 'Gulir ke bawah untuk melanjutkan membaca', at: 'mid' },
  { line: 'Tulis Komentar', at: 'end' },
  { line: 'Dapatkan berita terbaru langsung di email Anda. Daftar newsletter sekarang!', at: 'end', held: true },
  { line: 'Halaman: 1 2 Selanjutnya', at: 'end' },
  { line: 'Lihat Foto', at: 'mid' },
  { line: 'Tags: Bawaslu, ASN, netralitas, Pilkada 2024', at: 'end', held: true },
];

// body lines that resemble furniture: each must stay whole, with the rest of the body
const BODY_ROWS: Row[] = [
  { line: '"Kami tidak akan tebang pilih," tegasnya.', at: 'end' },
  { line: '"Itu jelas melanggar," katanya singkat.', at: 'mid' },
  { line: '"TIDAK ADA TOLERANSI," tulis Bawaslu dalam unggahannya.', at: 'mid', held: true },
  { line: 'BAWASLU Kabupaten Lebak mencatat 12 ASN terbukti melanggar netralitas sepanjang masa kampanye.', at: 'mid' },
  { line: 'Adapun sanksinya: teguran tertulis, penundaan kenaikan pangkat, hingga pemberhentian.', at: 'mid' },
  { line: 'Berikut kecamatan dengan laporan terbanyak: Rangkasbitung, Malingping, dan Cibeber.', at: 'end', held: true },
  { line: 'Camat itu membaca surat edaran netralitas di hadapan para kepala desa.', at: 'mid' },
  { line: 'Baca dulu aturannya sebelum berkomentar di media sosial, pesan Ketua Bawaslu kepada para ASN.', at: 'end' },
  { line: 'Warga cukup klik aplikasi Gowaslu untuk melaporkan pelanggaran yang mereka temukan.', at: 'end', held: true },
  { line: 'Editor video itu, kata dia, adalah seorang honorer di dinas pendidikan.', at: 'mid' },
  { line: 'Penulis unggahan itu, yang juga ASN, kini diperiksa Inspektorat.', at: 'end' },
  { line: 'Reporter sebuah media lokal turut merekam kejadian tersebut.', at: 'mid', held: true },
  { line: 'Foto yang dibagikan ke grup WhatsApp itu kemudian viral di media sosial.', at: 'mid' },
  { line: 'Para ASN diminta mengikuti apel netralitas di halaman kantor bupati.', at: 'end' },
  { line: 'Sumber di internal Bawaslu menyebut laporan itu sudah diregistrasi.', at: 'mid', held: true },
  { line: 'Video itu sempat diunggah ke YouTube dan ditonton ribuan kali sebelum dihapus.', at: 'end' },
  { line: 'Sidang putusan dijadwalkan Kamis, 14 Maret 2024 pukul 10.00 WIB.', at: 'end' },
  { line: 'Dalam foto yang beredar, camat itu tampak mengacungkan dua jari bersama seorang caleg.', at: 'mid', held: true },
  { line: 'Tagar #ASNNetral ramai digunakan warganet sejak pekan lalu.', at: 'end' },
  { line: 'Halaman kantor camat dipenuhi warga yang menunggu hasil klarifikasi.', at: 'mid' },
  { line: 'Hak cipta foto itu, menurut pelapor, milik seorang wartawan lokal.', at: 'end', held: true },
  { line: '"Lihat saja nanti hasilnya," ujar Ahmad.', at: 'end' },
  { line: 'Kasus ini masih didalami.', at: 'end' },
  { line: 'Komentar camat itu di media sosial menjadi bukti utama laporan.', at: 'mid', held: true },
  { line: 'Bawaslu Temukan Foto Camat di Grup Relawan', at: 'mid' },
  { line: 'Ikuti perkembangan kasus ini, kata dia, karena putusannya akan diumumkan terbuka.', at: 'end' },
  { line: 'WhatsApp grup relawan itu beranggotakan sekitar 200 orang, termasuk lima ASN.', at: 'mid', held: true },
];

/** The rows whose line stays in what a user sees, or whose page loses the headline or a body line. */
function furnitureLeft(rows: readonly Row[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const c = clean(page(r).join('\n'));
    const paras = c.text.split('\n\n');
    if (c.text.includes(r.line)) out.push(`left: ${r.line}`);
    else if (!BODY.every((b) => paras.includes(b)) || !(c.title === HEADLINE || paras.includes(HEADLINE))) out.push(`took body: ${r.line}`);
  }
  return out;
}
function bodyLost(rows: readonly Row[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const c = clean(page(r).join('\n'));
    const paras = c.text.split('\n\n');
    if (!paras.includes(r.line) || !BODY.every((b) => paras.includes(b))) out.push(`lost: ${r.line}`);
  }
  return out;
}

const tuned = (rows: readonly Row[]): Row[] => rows.filter((r) => !r.held);
const held = (rows: readonly Row[]): Row[] => rows.filter((r) => r.held);

// at most these many rows fail (blind: 3, 4, 0, 0)
const FLOOR = { tunedLeft: 0, heldLeft: 4, tunedLost: 0, heldLost: 0 };

describe('furniture of Indonesian outlet families (paradigm16)', () => {
  const report = process.env.PARADIGM16_REPORT === '1';
  it('counts the rows', () => {
    expect(FURNITURE.length).toBeGreaterThanOrEqual(60);
    expect(BODY_ROWS.length).toBeGreaterThanOrEqual(25);
    expect(held(FURNITURE).length * 3).toBeGreaterThanOrEqual(FURNITURE.length - 2);
  });
  it('removes the furniture of the tuned rows', () => {
    const f = furnitureLeft(tuned(FURNITURE));
    if (report) console.log(`tuned furniture ${tuned(FURNITURE).length}, left ${f.length}\n  ${f.join('\n  ')}`);
    expect(f.length, f.join('\n')).toBeLessThanOrEqual(FLOOR.tunedLeft);
  });
  it('removes the furniture of the held-out rows', () => {
    const f = furnitureLeft(held(FURNITURE));
    // held-out rows: counts only, so that no rule is written from them
    if (report) console.log(`held furniture ${held(FURNITURE).length}, left ${f.length}`);
    expect(f.length, f.join('\n')).toBeLessThanOrEqual(FLOOR.heldLeft);
  });
  it('keeps the body rows that look like furniture (tuned)', () => {
    const f = bodyLost(tuned(BODY_ROWS));
    if (report) console.log(`tuned body ${tuned(BODY_ROWS).length}, lost ${f.length}\n  ${f.join('\n  ')}`);
    expect(f.length, f.join('\n')).toBeLessThanOrEqual(FLOOR.tunedLost);
  });
  it('keeps the body rows that look like furniture (held out)', () => {
    const f = bodyLost(held(BODY_ROWS));
    // held-out rows: counts only, so that no rule is written from them
    if (report) console.log(`held body ${held(BODY_ROWS).length}, lost ${f.length}`);
    expect(f.length, f.join('\n')).toBeLessThanOrEqual(FLOOR.heldLost);
  });
});
