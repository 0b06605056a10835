// Furniture at the edges of the body, by shape and context (src/clean/edges.ts, issue 22, clean4): the tail run after
// the last sentence, the author-and-outlet row and the label between furniture under the headline. Table-driven, with
// the short body lines that must stay (subheads, list items, one-sentence paragraphs, quotes) as negative cases.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { isTailFurniture } from '../../src/clean/edges.js';

const paras = (raw: string): string[] => clean(raw).text.split('\n\n');
const rules = (raw: string): string[] => clean(raw).removed.map((r) => `${r.rule}: ${r.text}`);
const TITLE = 'Bawaslu Periksa Camat yang Hadiri Kampanye Paslon';
const BODY = 'Bawaslu memeriksa seorang camat yang diduga menghadiri kampanye pasangan calon bupati.';
const BODY2 = 'Hasil pemeriksaan akan diteruskan ke Badan Kepegawaian Negara pekan depan.';

describe('a line built like a link or a label', () => {
  it.each([
    'Pilkada Sigi', 'netralitas ASN', '1', '02', 'Halaman', 'Produser: Maria Goreti', 'Video Editor: Yohanes Lado',
    'Harga Cabai di Pasar Inpres Manonda Naik', 'Pasar Bandar Jaya Terbakar, Ratusan Kios Ludes', '------------',
  ])('%j is', (t) => expect(isTailFurniture(t)).toBe(true));
  it.each([
    'Hasil pemeriksaan akan diteruskan ke BKN.', // a sentence
    '"Kami akan awasi," ujarnya', // a quotation
    'Berikut daftar kecamatan rawan:', // announces a list
    '- Kecamatan Sigi Biromaru', '1. Rekaman video berdurasi 45 detik', 'a. larangan memakai atribut partai', // list items
    'ia juga meminta camat memantau kegiatan di wilayahnya', // a clause in sentence case
    'harus netral', // short, but a function word
  ])('%j is not', (t) => expect(isTailFurniture(t)).toBe(false));
});

describe('the tail run after the last sentence', () => {
  it('takes tags and a popular list when a rule marked the tail (clean4/01, 08)', () => {
    expect(paras(`${TITLE}\n${BODY}\n${BODY2}\n(ars/ars)\nPilkada Sigi\nnetralitas ASN\nPaling Banyak Dibaca\n1\nHarga Cabai Naik di Pasar Inpres`)).toEqual([TITLE, BODY, BODY2]);
    expect(paras(`${TITLE}\n${BODY}\nSimak berita dan artikel lainnya di Google News\n1\nJalan Lintas Rusak Parah di Terbanggi Besar\n2\nDua Pelajar Terseret Arus Sungai`)).toEqual([TITLE, BODY]);
    expect(rules(`${TITLE}\n${BODY}\nSaksikan selengkapnya di program Kabar Petang setiap hari\nProduser: Maria Goreti`)).toContain('tail-furniture-run: Produser: Maria Goreti');
  });
  it('editor initials keep their own rule', () => {
    expect(rules(`${TITLE}\n${BODY}\n(ars/ars)\nPilkada Sigi\nBAGIKAN`)).toEqual(expect.arrayContaining(['editor-initials-paren: (ars/ars)', 'tail-furniture-run: Pilkada Sigi']));
  });
  it.each([
    ['a list the body announces', `${TITLE}\n${BODY}\nBerikut kecamatan yang diawasi:\nKecamatan Dolo\nKecamatan Marawola\nBAGIKAN`],
    ['a marked list', `${TITLE}\n${BODY}\n- Kecamatan Dolo\n- Kecamatan Marawola\nBAGIKAN`],
    ['a run with nothing removed around it (a list ending the article)', `${TITLE}\n${BODY}\nDesa yang lolos\nDesa Wombo Juara Satu\nDesa Tondo Juara Dua\nDesa Sibalaya Juara Tiga`],
    ['a table of four rows', `${TITLE}\n${BODY}\nKecamatan Dolo: 4 laporan\nKecamatan Marawola: 2 laporan\nKecamatan Biromaru: 1 laporan\nKecamatan Kinovaro: 3 laporan\nBAGIKAN`],
    ['a clause without its stop', `${TITLE}\n${BODY}\nia juga meminta camat memantau kegiatan di wilayahnya\nBAGIKAN`],
  ])('leaves %s', (_, raw) => {
    const kept = paras(raw).join('\n');
    for (const l of raw.split('\n').slice(1, -1)) if (l !== 'BAGIKAN') expect(kept).toContain(l);
  });
  it("takes a widget's short empty state and a link inside the run (clean4b/01, 03)", () => {
    expect(paras(`${TITLE}\n${BODY}\nKategori: Berita Desa\nAgenda\nBelum ada agenda\nArsip Artikel\nJadwal Posyandu Bulan Desember`)).toEqual([TITLE, BODY]);
    expect(paras(`${TITLE}\n${BODY}\nSelengkapnya di kabargarut\nSuka\nBAGIKAN`)).toEqual([TITLE, BODY]);
  });
  it('takes a row of links and a widget trailing off (a footer menu, "Loading...")', () => {
    expect(paras(`${TITLE}\n${BODY}\nKomentar\nMohon tunggu...\nRedaksi | Pedoman Media Siber | Info Iklan | Kontak`)).toEqual([TITLE, BODY]);
    expect(paras(`${TITLE}\n${BODY}\nBAGIKAN\nLoading...`)).toEqual([TITLE, BODY]);
  });
  it('leaves a sentence trailing off that ends the article', () => {
    expect(paras(`${TITLE}\n${BODY}\nWarga masih menunggu keputusan Bawaslu soal laporan itu...\nBAGIKAN`)).toContain('Warga masih menunggu keputusan Bawaslu soal laporan itu...');
  });
  it('leaves a short clause that ends the page with no link below it', () => {
    expect(paras(`${TITLE}\n${BODY}\nBAGIKAN\nharus netral`)).toContain('harus netral');
  });
  it('leaves a subhead and a one-sentence paragraph between body lines', () => {
    expect(paras(`${TITLE}\n${BODY}\nSanksi Disiplin\nTidak ada toleransi.\n${BODY2}\nBAGIKAN\nPilkada Sigi`)).toEqual([TITLE, BODY, 'Sanksi Disiplin', 'Tidak ada toleransi.', BODY2]);
  });
});

describe('under the headline', () => {
  it('an author and the outlet across a separator go (clean4/01)', () => {
    const c = clean(`${TITLE}\nArif Rahmanto - kabarsulteng\nSelasa, 12 Nov 2024 14:05 WITA\nSigi - ${BODY}\n${BODY2}`);
    expect(c.title).toBe(TITLE);
    expect(c.dateline?.place).toBe('Sigi');
    expect(c.removed.map((r) => r.rule)).toContain('author-outlet-row');
  });
  it('a headline with a dash on top, and such a row in the body, stay', () => {
    expect(paras(`Pilkada Sigi - Bawaslu\n${BODY}`)[0]).toBe('Pilkada Sigi - Bawaslu');
    expect(paras(`${TITLE}\n${BODY}\nArif Rahmanto - kabarsulteng\n${BODY2}`)).toContain('Arif Rahmanto - kabarsulteng');
  });
  it('a name between a date line and a credit line goes', () => {
    expect(paras(`${TITLE}\nSelasa, 12 Nov 2024 14:05 WITA\nRedaksi Kabar Sigi\nEditor: Rina Marlina\n${BODY}`)).toEqual([TITLE, BODY]);
  });
  it.each([
    ['a headline wrapped over two lines', `Lurah di Kota Kupang Dilarang Fasilitasi\nPertemuan Paslon\nKUPANG, TIMEX - ${BODY}\nSelasa, 12 Nov 2024 14:05 WITA`, 'Pertemuan Paslon'],
    ['a subhead between two ad lines in the body', `${TITLE}\n${BODY}\nADVERTISEMENT\nSanksi Disiplin\nSCROLL TO CONTINUE WITH CONTENT\n${BODY2}`, 'Sanksi Disiplin'],
  ])('%s stays', (_, raw, line) => expect(clean(raw).text).toContain(line));
});

describe('labels above the headline (clean/page-head.ts)', () => {
  it('a headline wrapped over two lines is found, and the labels above it go (clean4b/05)', () => {
    const c = clean(`HALUAN RIAU\nHal. 3\nCamat di Kampar Dilaporkan\nke Panwascam\nBANGKINANG (HR) - Seorang camat di Kabupaten Kampar dilaporkan ke\npanitia pengawas kecamatan.`);
    expect(c.title).toBe('Camat di Kampar Dilaporkan ke Panwascam');
    expect(c.text).not.toContain('HALUAN');
  });
  it('a row of name words between two labels goes; a kicker right above its headline stays (clean4b/01)', () => {
    const site = `Website Resmi Desa Sukamakmur\nKecamatan Cibungbulang Kabupaten Bogor\nData Desa\n${TITLE}\n${BODY}`;
    expect(paras(site)).toEqual([TITLE, BODY]);
    expect(paras(`Data Desa\nSorotan Pilkada Serentak Nusantara\n${TITLE}\n${BODY}`)).toContain('Sorotan Pilkada Serentak Nusantara');
  });
});

// issue 22, clean5: pages that were printed or mailed before they were scraped, live blogs, widget rows, meta labels
describe('meta labels between the headline and the body (clean/page-head.ts, clean5)', () => {
  it('a run of short labels under the headline goes, the labels above it too', () => {
    const c = clean(`Kompasiana\nTulis\n${TITLE}\nYohanes Bili Lero\nGuru | Penulis lepas\n12 November 2024 19:41\n${BODY}`);
    expect(c.title).toBe(TITLE);
    expect(paras(c.text)).toEqual([TITLE, BODY]);
  });
  it('one label set apart from the headline by a removed line goes; a ticker above the headline goes', () => {
    expect(paras(`LIVE\n${TITLE}\nRabu, 27 November 2024\nRefresh\n${BODY}`)).toEqual([TITLE, BODY]);
    expect(paras(`IHSG 7.215,34 ▲ 0,42%\n${TITLE}\nSelasa, 12 Nov 2024 14:05 WITA\n1.204 kali ditonton\n${BODY}`)).toEqual([TITLE, BODY]);
  });
  it.each([
    ['a wrapped headline\'s short second line before a byline', `Kepala Sekolah di Pinrang Diduga Arahkan Guru\nPilih Paslon Tertentu\nLaporan Wartawan: M. Rizal\n${BODY}`, 'Pilih Paslon Tertentu'],
    ['a kicker with a year above the headline', `Dinas Pendidikan Pilkada 2024\n${TITLE}\n${BODY}`, 'Dinas Pendidikan Pilkada 2024'],
    ['a subhead in the body', `${TITLE}\n${BODY}\nSanksi Disiplin\n${BODY2}`, 'Sanksi Disiplin'],
    ['a table\'s row of plain numbers above a headline (html-bench)', `Palm Bay 18 22 13 17 — 70\n${TITLE}\n${BODY}`, 'Palm Bay 18 22 13 17 — 70'],
  ])('%s stays', (_, raw, line) => expect(clean(raw).text).toContain(line));
});

describe('a headline under a media kicker (clean5/07)', () => {
  it('is the article\'s headline above the body, a link under the article\'s own headline', () => {
    const c = clean(`TV Sorong\nVideo: Ratusan ASN Sorong Ikuti Apel Netralitas\nDurasi 02:31\n${BODY}`);
    expect(c.title).toBe('Video: Ratusan ASN Sorong Ikuti Apel Netralitas');
    expect(paras(`${TITLE}\nVideo: Detik-detik Warga Tangkap Oknum ASN di Lokasi Kampanye\n${BODY}`)).toEqual([TITLE, BODY]);
    // a caption in sentence case with its credit is no headline
    expect(paras(`Foto: Antrean pemilih di TPS 05 Sungai Jawi (Dok. Redaksi)\n${TITLE}\n${BODY}`)).toEqual([TITLE, BODY]);
  });
});

describe('a printed page\'s furniture (clean5)', () => {
  it('running heads and feet, page numbers and continuation notes go; the text on both pages stays', () => {
    const raw = `LAPORAN HASIL PENGAWASAN\n${TITLE}\n${BODY}\nLaporan Hasil Pengawasan Pilkada Lembata 2024 | 12\n- 12 -\nLAPORAN HASIL PENGAWASAN\nSambungan dari Hal 3\n${BODY2}`;
    expect(paras(raw)).toEqual([TITLE, BODY, BODY2]);
    expect(rules(raw)).toEqual(expect.arrayContaining(['running-head-repeat: LAPORAN HASIL PENGAWASAN', 'running-head-line: Laporan Hasil Pengawasan Pilkada Lembata 2024 | 12']));
  });
  it('a one-word capitals cell repeated between sentences is no running head (html-bench: a roster\'s "DL")', () => {
    expect(rules(`${TITLE}\n${BODY}\nDL\n${BODY2}\nDL\nPelanggaran akan dilaporkan ke BKN.`)).not.toContain('running-head-repeat: DL');
  });
  it('a capitals subhead found once, and a capitals headline repeated below the body, stay', () => {
    expect(paras(`${TITLE}\n${BODY}\nSANKSI DISIPLIN\n${BODY2}`)).toContain('SANKSI DISIPLIN');
    expect(clean(`BAWASLU PERIKSA CAMAT SIGI\n${BODY}\n${BODY2}\nBerita Lainnya\nBAWASLU PERIKSA CAMAT SIGI`).title).toBe('BAWASLU PERIKSA CAMAT SIGI');
  });
  it('a table\'s rows after the last sentence stay, with its caption', () => {
    const table = 'Tabel 3.1 Rekapitulasi Dugaan Pelanggaran\nKecamatan Nubatukan 3\nKecamatan Ile Ape 2\nKecamatan Omesuri 4';
    expect(clean(`${TITLE}\n${BODY}\n${table}\nLaporan Hasil Pengawasan Pilkada Lembata 2024 | 13`).text).toContain('Kecamatan Omesuri 4');
  });
  // (round 15, fix15a: a live report's stamps over their entries are body, clean/live-entries.ts; a lone clock goes)
  it('a live blog\'s time stamps over its entries stay, with its entries', () => {
    expect(paras(`${TITLE}\n${BODY}\n14:52 WIB\n${BODY2}\n09.40 WIB\nTPS dibuka serentak pukul 07.00 WIB.`)).toEqual([TITLE, BODY, '14:52 WIB', BODY2, '09.40 WIB', 'TPS dibuka serentak pukul 07.00 WIB.']);
    expect(paras(`${TITLE}\n${BODY}\n14:52 WIB\n${BODY2}\nTPS dibuka serentak pukul 07.00 WIB.`)).toEqual([TITLE, BODY, BODY2, 'TPS dibuka serentak pukul 07.00 WIB.']);
  });
  it('a press release\'s end mark takes the issuer\'s boilerplate after it', () => {
    const raw = `${TITLE}\n${BODY}\nRincian perkara:\n1. Kabupaten Gorontalo: tiga perkara\n###\nTentang Bawaslu\nBawaslu adalah lembaga pengawas pemilu.\nKontak Media:\nhumas@bawaslu.example`;
    expect(paras(raw)).toEqual([TITLE, BODY, 'Rincian perkara:', '1. Kabupaten Gorontalo: tiga perkara']);
  });
});

describe('a masthead repeated between body lines (clean5)', () => {
  it('goes, alone or with its tagline; a subhead stays', () => {
    const raw = `Kabar Teluk Online\nBerita\n${TITLE}\nRedaksi\n${BODY}\nKABAR TELUK ONLINE - Informasi Terpercaya\nSanksi Disiplin\n${BODY2}\nKabar Teluk Online\nCamat diminta memantau kegiatan kepala desa.`;
    expect(paras(raw)).toEqual([TITLE, BODY, 'Sanksi Disiplin', BODY2, 'Camat diminta memantau kegiatan kepala desa.']);
  });
});

describe('clean5b shapes', () => {
  it('a masthead naming the dateline\'s outlet between body lines goes; a sentence naming it stays', () => {
    const raw = `${TITLE}\nLASUSUA, KENDARIPOS.ID — ${BODY}\nKENDARI POS - Media Terdepan di Sultra\n${BODY2}\nKendari Pos - yang terbit sejak 1995 - ikut memantau.`;
    expect(paras(raw)).toEqual([TITLE, BODY, BODY2, 'Kendari Pos - yang terbit sejak 1995 - ikut memantau.']);
  });
  it('a Title Case line repeated beside a capitals running head goes with the page numbers beside it', () => {
    const head = 'Bawaslu Kabupaten Sikka\nLAPORAN AKHIR PENGAWASAN TAHAPAN KAMPANYE';
    expect(paras(`${head}\n2\n${TITLE}\n${BODY}\n${head}\n3\n${BODY2}`)).toEqual([TITLE, BODY, BODY2]);
  });
});
