// Paradigm of round 19's cleaning structures (clean20, issue 22: "at most 1 furniture line per 10 pages, no body line
// lost, on pages never seen"), three found on the released set check24b (left there after round 18) and two that no
// set holds yet but a crawl of regional portals does. Own, invented, realistic pages, written before the rules. Rows
// marked `held: true` were written with the table and not looked at while the rules were written (their score is
// printed by the last test). Each structure has negative rows that look alike and must stay (or go) as before.
//
//   1. institution-dateline (clean/dateline.ts `dateline-place-comma-outlet`): a body's own website writes itself where
//      an outlet stands in the lead, "Waghete, Bawaslu Deiyai – KASN merekomendasikan …", "Watampone, Polres Bone – …":
//      an election body, a regional government or a police/military unit (lexicon/page-furniture.ts
//      SELF_PUBLISHING_BODIES) and up to three capitalised words of its region.
//   2. subhead-under-related-item (clean/blocks.ts `relatedBlock`): in the middle of a body, "BACA JUGA:" alone on
//      its line, one related headline under it, then the body's own subhead in capitals ("TIGA SUDAH KE BKN") or a
//      short sentence ("Sanksinya tegas.") before the prose resumes: a related list's items keep one case and never
//      end in a full stop.
//   3. bracketed-tag-headline (clean/cascade.ts `isHeadlineLike`): a headline opening with a bracketed tag in capitals
//      ("[RILIS] Bawaslu Dogiyai Catat …", "[VIDEO] …"): it is still the headline, so the page-top furniture above it
//      (a Facebook post's audience icon "🌐") goes.
//   4. read-at-outlet-line (clean/rules/top-and-lines.ts): a network's syndication tail, "Baca artikel detiksulsel,
//      "<title>" selengkapnya https://…" (the detik network's regional sub-sites, copied by aggregators).
//   5. widget-strings (lexicon/boilerplate.ts FURNITURE_LINES): a photo's zoom button ("Perbesar", Kompas), a loader
//      ("Memuat..."), an ad's report link ("Laporkan Iklan"), "Kirim ke teman".
//   6. value-widgets (clean/rules/value-widgets.ts, lexicon/page-widgets.ts): a sidebar widget that reads a value, a
//      whole line of lexicon words and their values: prayer times ("Imsak 04:11 | Subuh 04:21 | …"), a reader reaction
//      poll ("Senang 40% Sedih 0% …"), the weather ("Mataram 31°C Berawan").
//
// Blind score (code at 6d8f2ac, before the rules): 17 of 51 rows (positives 3 of 36, negatives 14 of 15: "Di Nabire, KPU
// Nabire – Bersama …" was split as a lead); held-out rows 5 of 19. After: 51 of 51, held out 19 of 19. One row was
// withdrawn after the run, "[VIDEO] Bawaslu Dogiyai Gelar Patroli …" under the audience icon: it is also the line a
// scraper leaves for an embedded video and its title (rules/top-and-lines.ts embed-placeholder-line), and that rule
// keeps it.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';

interface Row {
  name: string;
  page: readonly string[];
  /** Text that must not be in what a user sees (a furniture line, or a lead's dateline) … */
  gone?: readonly string[];
  /** … and the lines that must be there whole (body). */
  stays?: readonly string[];
  held?: boolean;
}

const NEXT = 'Ia menyebut tiga laporan dugaan pelanggaran sudah masuk dan sedang dikaji oleh tim penanganan pelanggaran.';
const LAST = 'Bawaslu juga mengimbau masyarakat melapor bila menemukan ASN yang ikut berkampanye di media sosial.';
const HEAD = 'Bawaslu Ingatkan ASN Jaga Netralitas Selama Kampanye';
const LEAD = 'SUMBAWA BESAR, SUMBAWANEWS.COM – Bawaslu Kabupaten Sumbawa meminta seluruh ASN menjaga netralitas selama masa kampanye Pilkada 2024.';

// ─── 1. an institution in the lead's outlet place ─────────────────────────────────────────────────────────────────
const SENT = 'KASN merekomendasikan sanksi kepada empat ASN yang terbukti tidak netral pada masa kampanye.';
const leadRow = (name: string, lead: string, held = false): Row => ({ name, page: [HEAD, 'Kamis, 14 November 2024', `${lead} ${SENT}`, NEXT, LAST], gone: [lead], stays: [SENT], held });
const bodyRow = (name: string, line: string, held = false): Row => ({ name, page: [HEAD, LEAD, line, NEXT, LAST], stays: [line], held });
const DATELINES: Row[] = [
  leadRow('Bawaslu and its regency', 'Waghete, Bawaslu Deiyai –'),
  leadRow('KPU and a province abbreviation', 'Mamuju, KPU Sulbar -'),
  leadRow('a regency government', 'Sleman, Pemkab Sleman –'),
  leadRow('a police resort', 'Watampone, Polres Bone -'),
  leadRow('Bawaslu Kabupaten <name>, em dash', 'Raba, Bawaslu Kabupaten Bima —'),
  leadRow('KPU, a regency in capitals', 'Kefamenanu, KPU TTU –', true),
  leadRow('a city government of two words', 'Soasio, Pemkot Tidore Kepulauan -', true),
  leadRow('Bawaslu in capitals, a two-word town', 'Sumbawa Besar, BAWASLU Sumbawa –', true),
  // negatives: a person's office, a connective, a round-up item with a colon, a dash clause in lower case
  bodyRow('NOT a title before the comma', 'Ketua Bawaslu Deiyai, Yohanes Pigai – Kami sudah meneruskan empat kasus itu ke KASN pekan lalu.'),
  bodyRow('NOT a round-up item (colon)', 'Deiyai, Bawaslu Deiyai: Empat ASN direkomendasikan mendapat sanksi dari KASN.'),
  bodyRow('NOT a connective before the comma', 'Menurut Bawaslu, KPU Deiyai – Papua Tengah sudah menerima salinan rekomendasi itu.'),
  bodyRow('NOT a preposition and a place before the comma', 'Di Nabire, KPU Nabire – Bersama Bawaslu – menggelar rapat koordinasi pengawasan.', true),
  // review19 b7 (fix19b): a sentence adverb before the comma is no place; with a self-publishing body after the comma
  // the place must be one the gazetteer knows (any level) or written in capitals. Blind (main dff52b2): the b7 row
  // and its two variants failed (read as leads "Sebelumnya", "Selanjutnya", "Kemudian"); the lead rows passed.
  bodyRow('NOT an adverb before the comma (review19 b7)', 'Sebelumnya, Bawaslu Deiyai – Papua Tengah – telah memanggil dua ASN Dinas Pendidikan yang hadir dalam kampanye pasangan calon di Waghete, Senin (4/11/2024).'),
  bodyRow('NOT an adverb before the comma, KPU', 'Selanjutnya, KPU Nabire – Papua Tengah – akan menetapkan pasangan calon terpilih pekan depan.'),
  bodyRow('NOT an adverb before the comma, a police resort', 'Kemudian, Polres Bone – Sulawesi Selatan – memeriksa dua kepala desa yang hadir dalam kampanye.'),
  leadRow('a district the gazetteer knows', 'Tigi, Bawaslu Deiyai –'),
  leadRow('a town in capitals', 'WAGHETE, Bawaslu Deiyai –'),
  leadRow('a district, a regency government', 'Mlati, Pemkab Sleman -'),
];

// ─── 2. a subhead or a short sentence under a related item in the middle of the body ──────────────────────────────
const TAIL = 'Tiga di antaranya telah diteruskan ke Badan Kepegawaian Negara untuk diproses lebih lanjut.';
const relPage = (heading: string, items: readonly string[], after: string): string[] => [HEAD, LEAD, NEXT, heading, ...items, after, TAIL, LAST];
const RELATED: Row[] = [
  { name: 'a capitals subhead under one item', page: relPage('BACA JUGA:', ['Ombak Tinggi, Nelayan Sarmi Diminta Tak Melaut'], 'TIGA SUDAH KE BKN'), gone: ['Ombak Tinggi, Nelayan Sarmi Diminta Tak Melaut'], stays: ['TIGA SUDAH KE BKN', TAIL] },
  { name: 'a two-word capitals subhead', page: relPage('Baca Juga:', ['Bupati Resmikan Pasar Ikan Baru di Distrik Bonggo'], 'SANKSI BERJENJANG'), gone: ['Bupati Resmikan Pasar Ikan Baru di Distrik Bonggo'], stays: ['SANKSI BERJENJANG', TAIL] },
  { name: 'a capitals subhead under two items', page: relPage('BACA JUGA:', ['KPU Sarmi Distribusikan Logistik ke Distrik Terjauh', 'Jalan Trans Papua Rusak, Warga Minta Perbaikan'], 'LAPORAN WARGA MENINGKAT'), gone: ['KPU Sarmi Distribusikan Logistik ke Distrik Terjauh', 'Jalan Trans Papua Rusak, Warga Minta Perbaikan'], stays: ['LAPORAN WARGA MENINGKAT', TAIL] },
  { name: 'a short sentence under an item', page: relPage('BACA JUGA:', ['Ombak Tinggi, Nelayan Sarmi Diminta Tak Melaut'], 'Sanksinya tegas.'), gone: ['Ombak Tinggi, Nelayan Sarmi Diminta Tak Melaut'], stays: ['Sanksinya tegas.', TAIL] },
  { name: 'a capitals subhead (held)', page: relPage('Baca juga:', ['Harga Cabai di Pasar Inpres Naik Dua Kali Lipat'], 'KPU SIAPKAN LOGISTIK'), gone: ['Harga Cabai di Pasar Inpres Naik Dua Kali Lipat'], stays: ['KPU SIAPKAN LOGISTIK', TAIL], held: true },
  { name: 'a short sentence under an item (held)', page: relPage('BACA JUGA', ['Pemkab Gelar Lomba Perahu Hias di Teluk Youtefa'], 'Prosesnya masih berjalan.'), gone: ['Pemkab Gelar Lomba Perahu Hias di Teluk Youtefa'], stays: ['Prosesnya masih berjalan.', TAIL], held: true },
  { name: 'a one-word capitals subhead (held)', page: relPage('BACA JUGA:', ['Dua Kapal Nelayan Tenggelam di Perairan Sarmi'], 'KLARIFIKASI'), gone: ['Dua Kapal Nelayan Tenggelam di Perairan Sarmi'], stays: ['KLARIFIKASI', TAIL], held: true },
  // negatives: items in capitals under a capitals heading are all items; two title-case items both go
  { name: 'NOT a subhead: items all in capitals', page: relPage('BACA JUGA:', ['KPU SARMI TETAPKAN DPT PILKADA 2024', 'BUPATI RESMIKAN PASAR IKAN BARU'], 'POLRES GELAR APEL PENGAMANAN'), gone: ['KPU SARMI TETAPKAN DPT PILKADA 2024', 'BUPATI RESMIKAN PASAR IKAN BARU', 'POLRES GELAR APEL PENGAMANAN'], stays: [TAIL] },
  { name: 'NOT a subhead: a second title-case item', page: relPage('BACA JUGA:', ['KPU Sarmi Distribusikan Logistik ke Distrik Terjauh'], 'Jalan Trans Papua Rusak, Warga Minta Perbaikan'), gone: ['KPU Sarmi Distribusikan Logistik ke Distrik Terjauh', 'Jalan Trans Papua Rusak, Warga Minta Perbaikan'], stays: [TAIL] },
  { name: 'NOT a subhead: a question headline', page: relPage('BACA JUGA:', ['KPU Sarmi Distribusikan Logistik ke Distrik Terjauh'], 'Siapa Calon Bupati Sarmi yang Paling Populer?'), gone: ['KPU Sarmi Distribusikan Logistik ke Distrik Terjauh', 'Siapa Calon Bupati Sarmi yang Paling Populer?'], stays: [TAIL], held: true },
];

// ─── 3. a bracketed tag before the headline ───────────────────────────────────────────────────────────────────────
const FB_BODY = 'Bawaslu Kabupaten Dogiyai mencatat tiga kepala kampung dan dua anggota Polri diduga tidak netral selama masa kampanye.';
const fbPage = (headline: string): string[] => ['Bawaslu Kabupaten Dogiyai', '2 Desember 2024 ·', '🌐', headline, FB_BODY, NEXT, LAST];
const TAGGED: Row[] = [
  { name: '[RILIS]', page: fbPage('[RILIS] Bawaslu Dogiyai Catat Sembilan Dugaan Pelanggaran Netralitas'), gone: ['🌐'], stays: ['[RILIS] Bawaslu Dogiyai Catat Sembilan Dugaan Pelanggaran Netralitas'] },
  { name: '[SIARAN PERS]', page: fbPage('[SIARAN PERS] Bawaslu Dogiyai Teruskan Empat Kasus ke BKN'), gone: ['🌐'], stays: ['[SIARAN PERS] Bawaslu Dogiyai Teruskan Empat Kasus ke BKN'] },
  { name: '[INFOGRAFIS] (held)', page: fbPage('[INFOGRAFIS] Sebaran Dugaan Pelanggaran Netralitas di Dogiyai'), gone: ['🌐'], stays: ['[INFOGRAFIS] Sebaran Dugaan Pelanggaran Netralitas di Dogiyai'], held: true },
  { name: '[UPDATE] (held)', page: fbPage('[UPDATE] Bawaslu Dogiyai Periksa Dua Kepala Kampung'), gone: ['🌐'], stays: ['[UPDATE] Bawaslu Dogiyai Periksa Dua Kepala Kampung'], held: true },
  // negative: a bracketed note that is a sentence is no headline, and stays
  { name: 'NOT a headline: a bracketed editor note sentence', page: [HEAD, LEAD, NEXT, '[Catatan redaksi: artikel ini diperbarui pada Jumat pagi.]', LAST], stays: ['[Catatan redaksi: artikel ini diperbarui pada Jumat pagi.]'] },
];

// ─── 4. a network's "read the article at" tail ────────────────────────────────────────────────────────────────────
const tailRow = (name: string, line: string, held = false): Row => ({ name, page: [HEAD, LEAD, NEXT, LAST, line], gone: [line], stays: [LAST], held });
const READ_AT: Row[] = [
  tailRow('detik, a URL', 'Baca artikel detiksulsel, "Bawaslu Ingatkan ASN Jaga Netralitas" selengkapnya https://www.detik.com/sulsel/berita/d-7654321/bawaslu-ingatkan-asn.'),
  tailRow('detik, "di sini"', 'Baca artikel detikjatim, "KPU Tetapkan DPT Pilkada Kediri" selengkapnya di sini.'),
  tailRow('curly quotes, a different noun', 'Baca berita detikbali, “Polres Gianyar Amankan Kampanye Akbar” selengkapnya https://www.detik.com/bali/hukum-dan-kriminal/d-7612345/polres.', true),
  tailRow('no URL', 'Baca artikel detiksumut, "Bawaslu Padang Lawas Utara Panggil Kades" selengkapnya', true),
  bodyRow('NOT a sentence telling the reader to read', 'Baca artikel itu dengan teliti, kata Ketua Bawaslu, sebelum membagikannya di media sosial.'),
  bodyRow('NOT a quoted title inside a sentence', 'Ia meminta warga membaca artikel berjudul "Netralitas ASN" selengkapnya di laman resmi Bawaslu.'),
];

// ─── 5. widget strings ────────────────────────────────────────────────────────────────────────────────────────────
const widgetRow = (name: string, line: string, held = false): Row => ({ name, page: [HEAD, LEAD, NEXT, line, LAST], gone: [line], stays: [NEXT, LAST], held });
const WIDGETS: Row[] = [
  widgetRow('a photo zoom button', 'Perbesar'),
  widgetRow('a loader', 'Memuat...'),
  widgetRow('an ad report link', 'Laporkan Iklan'),
  widgetRow('a send-to-friend link', 'Kirim ke teman', true),
  widgetRow('a loader in capitals', 'MEMUAT...', true),
  bodyRow('NOT a sentence with the verb', 'Perbesar peluang pelapor, kata dia, dengan melengkapi bukti foto dan video.'),
];

// ─── 6. a sidebar widget that reads a value: prayer times, a reaction poll, the weather ─────────────────────────────
const VALUES: Row[] = [
  widgetRow('prayer times in a row', 'Imsak 04:11 | Subuh 04:21 | Dzuhur 11:50 | Ashar 15:12 | Maghrib 18:02 | Isya 19:14'),
  widgetRow('one prayer time', 'Subuh 04:21 WITA'),
  widgetRow('a reaction and its share', 'Senang 0%'),
  widgetRow('reactions in a row', 'Senang 40% Sedih 0% Marah 20% Terinspirasi 40%'),
  widgetRow('the weather', 'Mataram 31°C Berawan'),
  widgetRow('prayer times with colons (held)', 'Subuh: 04.19 Zuhur: 11.48 Asar: 15.10 Magrib: 18.00 Isya: 19.12', true),
  widgetRow('a reaction count (held)', 'Terinspirasi 3', true),
  widgetRow('the weather in capitals (held)', 'SUMBAWA BESAR 29 °C CERAH', true),
  bodyRow('NOT a sentence with a prayer time', 'Subuh tadi sekitar pukul 04.21 WITA, petugas menemukan spanduk calon di kantor desa.'),
  bodyRow('NOT a survey result in the body', 'Setuju 62%'),
  bodyRow('NOT a sentence with a temperature', 'Suhu di Mataram mencapai 31°C saat apel siaga digelar.', true),
  bodyRow('NOT a reaction word in a sentence', 'Senang 10 tahun bertugas di sini, kata Camat Labuhan Badas.', true),
];

const ALL = [...DATELINES, ...RELATED, ...TAGGED, ...READ_AT, ...WIDGETS, ...VALUES];

function passes(r: Row): boolean {
  const text = clean(r.page.join('\n')).text;
  const paras = text.split('\n\n').map((p) => p.trim());
  return (r.gone ?? []).every((g) => !text.includes(g)) && (r.stays ?? []).every((s) => paras.includes(s) || text.includes(s));
}

describe('clean20 paradigm', () => {
  for (const [title, rows] of [['institution dateline', DATELINES], ['subhead under a related item', RELATED], ['bracketed tag headline', TAGGED], ['read-at-outlet tail', READ_AT], ['widget strings', WIDGETS], ['value widgets', VALUES]] as const) {
    describe(title, () => {
      for (const r of rows) {
        it(r.name, () => {
          const text = clean(r.page.join('\n')).text;
          for (const g of r.gone ?? []) expect(text).not.toContain(g);
          for (const s of r.stays ?? []) expect(text).toContain(s);
        });
      }
    });
  }
  it('reports the score', () => {
    const held = ALL.filter((r) => r.held);
    process.stderr.write(`clean20 paradigm: ${ALL.filter(passes).length} of ${ALL.length}; held out ${held.filter(passes).length} of ${held.length}\n`);
  });
});
