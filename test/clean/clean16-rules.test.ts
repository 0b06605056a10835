// Table-driven cases of clean16's rules (round 17, issue 22), each with the body lines that must not match:
//   staff-credit-joined and related-heading-headline (src/clean/rules/credits.ts), labelled-caption-by-credit
//   (src/clean/cascade.ts with isLabelledCaption of src/clean/line-shape.ts).
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';

const HEADLINE = 'Bawaslu Sekadau Periksa Lima Kepala Desa Terkait Deklarasi Dukungan';
const LEAD = 'Bawaslu Kabupaten Sekadau memeriksa lima kepala desa yang diduga ikut deklarasi dukungan kepada salah satu calon bupati.';
const SECOND = 'Pemeriksaan dilakukan setelah video deklarasi itu beredar luas di media sosial pekan lalu.';
const THIRD = 'Hasil pemeriksaan akan diteruskan kepada bupati sebagai pejabat pembina kepegawaian.';
const paras = (lines: readonly string[]): string[] => clean(lines.join('\n')).text.split('\n\n');

describe('staff-credit-joined: two roles joined, or a role and the outlet, a colon and a name', () => {
  const GOES = [
    'Redaktur & Reporter : Fathan Sinaga',
    'Penulis dan Editor: Siti Nur Aini',
    'Reporter/Editor: Agus Salimullah',
    'Reporter Tempo: Andi Prasetyo',
    'Kontributor Kompas.com: Reni Susanti',
    'PEWARTA & EDITOR: M. YUSUF HARAHAP',
  ];
  it.each(GOES)('%s goes below the body and under the headline', (line) => {
    expect(paras([HEADLINE, LEAD, SECOND, THIRD, line])).toEqual([HEADLINE, LEAD, SECOND, THIRD]);
    expect(paras([HEADLINE, line, LEAD, SECOND, THIRD])).toEqual([HEADLINE, LEAD, SECOND, THIRD]);
  });
  const STAYS = [
    'Reporter senior itu: kami hanya meliput apa yang terjadi di lapangan.',
    'Editor & Penulis Buku Itu Dilaporkan ke Bawaslu karena Kampanye di Sekolah',
    'Penulis dan editor: keduanya sudah dimintai keterangan oleh Bawaslu.',
  ];
  it.each(STAYS)('%s stays between body lines and below the body', (line) => {
    expect(paras([HEADLINE, LEAD, SECOND, line, THIRD])).toContain(line);
    expect(paras([HEADLINE, LEAD, SECOND, THIRD, line])).toContain(line);
  });
});

describe('related-heading-headline: a related heading, its colon and one linked headline', () => {
  const GOES = [
    'Pilihan Editor: Bawaslu Temukan 200 ASN Langgar Netralitas',
    'Berita Terkait: Camat di Sekadau Dilaporkan ke Bawaslu',
    'BACA BERITA LAINNYA: Lima Kades Diperiksa Bawaslu Sekadau',
    'Terpopuler: "Kami Netral," Kata Sekda Sekadau di Depan Ratusan ASN',
  ];
  it.each(GOES)('%s goes below the body and between body lines', (line) => {
    expect(paras([HEADLINE, LEAD, SECOND, THIRD, line])).toEqual([HEADLINE, LEAD, SECOND, THIRD]);
    expect(paras([HEADLINE, LEAD, SECOND, line, THIRD])).toEqual([HEADLINE, LEAD, SECOND, THIRD]);
  });
  const STAYS = [
    'Rekomendasi: ASN tersebut dijatuhi sanksi teguran tertulis oleh bupati.',
    'Terkini: lima kepala desa sudah memenuhi panggilan Bawaslu',
    'Berita terkait netralitas ASN kerap muncul menjelang pilkada.',
    'Populer: Dua Kata',
  ];
  it.each(STAYS)('%s stays between body lines', (line) => {
    expect(paras([HEADLINE, LEAD, SECOND, line, THIRD])).toContain(line);
  });
});

describe('labelled-caption-by-credit: a caption under a label in capitals beside its photo credit, below the lead', () => {
  const CAPTION = 'PENGAWASAN: Panwaslu Sekadau saat menggelar rapat koordinasi.';
  const CREDITS = ['FOTO: ADE/KENDARI POS', 'Foto: Dok. Humas Bawaslu', 'ANTARA FOTO/Nova Wahyudi'];
  it.each(CREDITS)('under and over the credit %s, below the body and between body lines, the caption goes', (credit) => {
    expect(paras([HEADLINE, LEAD, SECOND, THIRD, credit, CAPTION])).toEqual([HEADLINE, LEAD, SECOND, THIRD]);
    expect(paras([HEADLINE, LEAD, SECOND, THIRD, CAPTION, credit])).toEqual([HEADLINE, LEAD, SECOND, THIRD]);
    expect(paras([HEADLINE, LEAD, SECOND, credit, CAPTION, THIRD])).toEqual([HEADLINE, LEAD, SECOND, THIRD]);
  });
  // negative rows: the shape alone, with no credit beside it; a quote or two sentences after the label; a dateline
  const STAYS_ALONE = ['SANKSI: Bawaslu merekomendasikan teguran tertulis bagi kelima kepala desa.'];
  it.each(STAYS_ALONE)('%s with no credit beside it stays', (line) => {
    expect(paras([HEADLINE, LEAD, SECOND, line, THIRD])).toContain(line);
    expect(paras([HEADLINE, LEAD, SECOND, THIRD, line])).toContain(line);
  });
  const STAYS_BY_CREDIT = [
    'TEGAS: "Kami tidak akan tebang pilih," kata Ketua Bawaslu Sekadau.',
    'PEMERIKSAAN: Lima kepala desa diperiksa. Mereka mengaku hadir atas undangan panitia.',
    'Sanksi: teguran tertulis dan penundaan tunjangan.',
  ];
  it.each(STAYS_BY_CREDIT)('%s under a credit stays', (line) => {
    expect(paras([HEADLINE, LEAD, SECOND, 'FOTO: ADE/KENDARI POS', line, THIRD])).toContain(line);
  });
});

describe('a headline whose second clause reports (a complaint or report verb) is no call to a channel', () => {
  it.each([
    'Lihat Status WhatsApp Kades, Warga Lapor ke Bawaslu',
    'Tonton Live TikTok Camat, Warga Adukan ke Panwascam',
  ])('%s stays as the headline', (line) => {
    const out = clean([line, LEAD, SECOND].join('\n'));
    expect(out.title).toBe(line);
    expect(out.text.split('\n\n')).toEqual([line, LEAD, SECOND]);
  });
  // negative rows: calls to a channel, with a comma and a second imperative or none, still go
  it.each([
    'Ikuti saluran WhatsApp kami, dukung jurnalisme lokal',
    'Lihat Video Selengkapnya di Kanal YouTube Kabar Sekadau',
    'Ikuti Kami di WhatsApp, Gratis',
  ])('%s goes below the body', (line) => {
    expect(paras([HEADLINE, LEAD, SECOND, THIRD, line])).toEqual([HEADLINE, LEAD, SECOND, THIRD]);
  });
});

describe('a short headline over a sentence-case deck keeps its place', () => {
  const DECK = 'Bawaslu mengingatkan seluruh aparatur sipil negara agar tidak terlibat politik praktis menjelang pilkada';
  const DATED = `SEKADAU, KABARBORNEO.com - ${LEAD}`;
  it.each(['ASN Wajib Netral', 'Kades Dilarang Ikut Kampanye', 'Camat Diminta Netral'])('%s over the deck is the headline', (h) => {
    const out = clean([h, DECK, DATED, SECOND].join('\n'));
    expect(out.title).toBe(h);
    expect(out.text.split('\n\n')).toEqual([h, DECK, LEAD, SECOND]);
  });
  // negative rows: a rubric (a year, one or two words, a menu's words) or a masthead over a sentence-case headline goes
  it.each(['Pilkada Serentak 2024', 'Politik', 'Sulawesi Barat', 'Berita Daerah Terkini', 'Portal Berita Sekadau'])('%s over a sentence-case headline goes', (label) => {
    const out = clean([label, DECK, DATED, SECOND].join('\n'));
    expect(out.text.split('\n\n')).toEqual([DECK, LEAD, SECOND]);
  });
});
