// Paradigm of the page's head read as blocks (round 15, issue 22; the head kinds check16 left: a summary box above the
// body, its disclaimer alone, a byline "Laporan oleh <Name>", a breadcrumb with "›", a site's tagline under its masthead,
// a previous/next row, the leads "Place -" and "Place:"), and of the byline date read anywhere in the head (a menu
// pushed the byline past line 8 and `published` stayed null). Each structure is crossed with its natural variation
// (the lexicon's words, bullets, separators, case, regions from the gazetteer, positions: first line, after a menu,
// after the headline, after a caption), with negative rows that must stay: a body bullet list that says what the body
// does not, a sentence about AI, a headline with a colon or an arrow, a kicker right above the headline, a first body
// sentence opening with a place and a comma, a colon after a word that names no place.
// Before (d687d47): the summary box, its disclaimer, the breadcrumb with a lower-case first item, the "… oleh" bylines
// of the nouns, the taglines, the colon leads and the dates under long menus failed.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { AI_WORDS, BYLINE_COLON_NOUNS, BYLINE_OPENERS, SUMMARY_MADE_VERBS } from '../../src/lexicon/page-head.js';
import { TOP_MENU_WORDS } from '../../src/lexicon/page-top.js';
import { regencies } from '../../src/lexicon/gazetteer.js';

const cap = (w: string): string => w.replace(/(^|[\s/-])(\p{Ll})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
const HEADLINES = ['Inspektorat Periksa 19 Pegawai soal Netralitas, 11 di Antaranya PPPK', 'Bawaslu: ASN Dilarang Berpose Dua Jari', 'ASN Wajib Netral di Pilkada'];
const LEAD_REST = 'Inspektorat Kabupaten memeriksa 19 pegawai yang diduga tidak netral selama Pemilu 2024. Sebelas di antaranya berstatus PPPK.';
const BODY = ['Pemeriksaan dilakukan setelah Bawaslu meneruskan 22 laporan sejak Desember 2023.', '"Sebagian besar karena unggahan di media sosial," kata Inspektur, Faozatulo Laia, Kamis (4/4/2024).'];
const MENU = ['Berita', 'Politik', 'Hukum', 'Daerah', 'Olahraga'];
const BYLINE = ['Nurhayati Siregar - detikSumut', 'Kamis, 04 Apr 2024 15:20 WIB'];
const CAPTION = ['Ilustrasi ASN. (Foto: Istimewa)'];
/** Where a block stands: under the headline, under the headline and its byline, under a caption, under a menu. */
const POSITIONS: Record<string, (h: string, block: string[]) => string[]> = {
  'under the headline': (h, b) => [h, ...b],
  'under the byline': (h, b) => [h, ...BYLINE, ...b],
  'under a caption': (h, b) => [h, ...BYLINE, ...CAPTION, ...b],
  'under a menu and the headline': (h, b) => [...MENU, h, ...BYLINE, ...b],
};
const page = (lines: string[]): string => [...lines, `MEDAN - ${LEAD_REST}`, ...BODY].join('\n');

function expectBodyKept(text: string, headline: string): void {
  const c = clean(text);
  expect(c.title).toBe(headline);
  expect(c.text).toContain(LEAD_REST);
  for (const b of BODY) expect(c.text).toContain(b);
  expect(c.dateline?.text).toBe('MEDAN -');
}

describe('a summary box above the body goes (heading × bullet × bullets × disclaimer × position)', () => {
  const HEADINGS = ['Ringkasan Berita', 'Poin Penting', 'Rangkuman', 'Intisari Berita', 'RINGKASAN', 'Baca Ringkasan Berita', 'Poin Penting:'];
  const BULLETS = ['•', '-', '*', '▪', '►', '✓'];
  const RESTATED = ['Inspektorat memeriksa 19 pegawai terkait netralitas Pemilu 2024.', 'Pemeriksaan berdasarkan 22 laporan dari Bawaslu.', 'Sebelas pegawai berstatus PPPK.'];
  const DISCLAIMERS = AI_WORDS.slice(0, 4).flatMap((ai) => SUMMARY_MADE_VERBS.slice(0, 4).map((v) => `Ringkasan ini ${v} dengan bantuan ${ai} dan telah diperiksa redaksi.`));
  const rows: Array<{ name: string; block: string[]; gone: string[] }> = [];
  for (const heading of HEADINGS) for (const b of BULLETS) for (const n of [2, 3]) for (const d of [null, DISCLAIMERS[(n + b.length) % DISCLAIMERS.length]!]) {
    const items = RESTATED.slice(0, n).map((x) => `${b} ${x}`);
    const block = [heading, ...items, ...(d === null ? [] : [`${b} ${d}`])];
    rows.push({ name: block.join(' / '), block, gone: block });
  }
  for (const [where, at] of Object.entries(POSITIONS)) {
    it(`${where}: ${rows.length} boxes`, () => {
      for (const r of rows) {
        const h = HEADLINES[r.block.length % HEADLINES.length]!;
        const c = clean(page(at(h, r.block)));
        for (const g of r.gone) expect(c.text, r.name).not.toContain(g.replace(/^\S+ /u, ''));
        expectBodyKept(page(at(h, r.block)), h);
      }
    });
  }
});

describe('a summary disclaimer alone goes, with the summary link above it (× noun × verb × machine word)', () => {
  const lines = AI_WORDS.flatMap((ai) => SUMMARY_MADE_VERBS.map((v) => `Ringkasan ${v} oleh ${ai}. Cek kembali informasi di artikel lengkap.`));
  for (const [where, at] of Object.entries(POSITIONS)) {
    it(`${where}: ${lines.length} disclaimers`, () => {
      for (const d of lines) {
        const text = page(at(HEADLINES[0]!, ['Baca Ringkasan Berita', d]));
        const c = clean(text);
        expect(c.text, d).not.toContain(d);
        expect(c.text, d).not.toContain('Baca Ringkasan');
        expectBodyKept(text, HEADLINES[0]!);
      }
    });
  }
});

describe('a byline "<opener> oleh <Name>" under the headline goes (every opener × name × case)', () => {
  const NAMES = ['Wildan Pratama', 'Andi Tenri Ola', 'Muh. Rusdi'];
  const lines = BYLINE_OPENERS.flatMap((o) => NAMES.flatMap((n) => [`${cap(o)} oleh ${n}`, `${cap(o)} oleh: ${n}`, `${o.toUpperCase()} OLEH ${n.toUpperCase()}`]))
    .concat(BYLINE_COLON_NOUNS.flatMap((o) => NAMES.flatMap((n) => [`${cap(o)}: ${n}`, `${o.toUpperCase()}: ${n.toUpperCase()}`])));
  it(`${lines.length} bylines`, () => {
    for (const l of lines) {
      const text = page([HEADLINES[0]!, l, 'Editor: Rudi Hartono']);
      expect(clean(text).text, l).not.toContain(l);
      expectBodyKept(text, HEADLINES[0]!);
    }
  });
});

describe('a breadcrumb whatever its arrow and its first item goes above the headline (arrow × items × case × position)', () => {
  const ARROWS = [' › ', ' » ', ' > ', ' → '];
  const ITEMS = [['detikSumut', 'Berita'], ['Kanal', 'Daerah', 'Sumatera Utara'], ['kompasTV', 'Regional', 'Aceh'], ['Politik', 'Pilkada 2024']];
  const rows = ARROWS.flatMap((a) => ITEMS.flatMap((it) => [it.join(a), it.join(a).toUpperCase()]));
  for (const [where, before] of Object.entries({ 'first line': [] as string[], 'after a menu': MENU, 'after a network label': ['detikNetwork'] })) {
    it(`${where}: ${rows.length} breadcrumbs`, () => {
      for (const r of rows) {
        const text = page([...before, r, HEADLINES[0]!, ...BYLINE]);
        expect(clean(text).text, r).not.toContain(r);
        expectBodyKept(text, HEADLINES[0]!);
      }
    });
  }
});

describe("a site's tagline under its masthead, above its menu, goes (tagline × menu length)", () => {
  const TAGLINES = ['Berita Terkini dari Bumi Moro', 'Suara dari Ujung Barat Aceh', 'Media Informasi Masyarakat Pesisir', 'Cepat, Akurat dan Terpercaya', 'Portal Berita Kabupaten Paser'];
  const menus = [2, 4, 6].map((n) => TOP_MENU_WORDS.filter((w) => !w.includes(' ')).slice(0, n).map(cap));
  it(`${TAGLINES.length * menus.length} pages`, () => {
    for (const t of TAGLINES) for (const m of menus) {
      const text = page(['MOROTAI NEWS', t, ...m, 'Rabu, 28 Maret 2024', HEADLINES[0]!]);
      expect(clean(text).text, t).not.toContain(t);
      expectBodyKept(text, HEADLINES[0]!);
    }
  });
});

describe('a previous/next row goes (noun × direction × arrows)', () => {
  const rows = ['Halaman', 'Laman', 'Artikel', 'Berita'].flatMap((n) => [`« ${n} Sebelumnya | ${n} Berikutnya »`, `${n} Sebelumnya | ${n} Selanjutnya`, `‹ ${n.toUpperCase()} SEBELUMNYA | ${n.toUpperCase()} BERIKUTNYA ›`]);
  it(`${rows.length} rows`, () => {
    for (const r of rows) {
      const text = page(['E-PAPER SUMATERA EKSPRES', r, HEADLINES[0]!]);
      expect(clean(text).text, r).not.toContain(r);
      expectBodyKept(text, HEADLINES[0]!);
    }
  });
});

describe('the lead "Place -" or "Place:" is split off (region from the gazetteer × separator × case × what stands above)', () => {
  const places = regencies().filter((_, k) => k % 23 === 0).map((a) => a.core).filter((p) => p.split(' ').length <= 3);
  const SEPS = [' -', ' –', ' —', ':'];
  const ABOVE: Record<string, string[]> = { 'a summary box': ['Ringkasan Berita', '• Inspektorat memeriksa 19 pegawai terkait netralitas.', '• Sebelas pegawai berstatus PPPK.'], 'a caption': CAPTION, 'a byline': BYLINE };
  for (const [what, lines] of Object.entries(ABOVE)) {
    it(`under ${what}: ${places.length * SEPS.length * 2} leads`, () => {
      for (const p of places) for (const sep of SEPS) for (const pl of [p, p.toUpperCase()]) {
        const c = clean([HEADLINES[0], ...lines, `${pl}${sep} ${LEAD_REST}`, ...BODY].join('\n'));
        expect(c.dateline?.text, `${pl}${sep}`).toBe(`${pl}${sep}`);
        expect(c.text.split('\n\n'), `${pl}${sep}`).toContain(LEAD_REST);
      }
    });
  }
});

describe('the byline date anywhere in the head gives the publication date (menu length × byline form)', () => {
  const DATES: Array<[string, string]> = [['Kamis, 04 Apr 2024 15:20 WIB', '2024-04-04'], ['Posted by admin | 9 September 2025 | Berita Daerah | 0 Comments', '2025-09-09'], ['Andi Muhammad Yusuf • 02 November 2024 09:12', '2024-11-02']];
  const words = TOP_MENU_WORDS.filter((w) => !w.includes(' ')).map(cap);
  it('menus of 0 to 20 entries', () => {
    for (const n of [0, 4, 8, 12, 16, 20]) for (const [line, iso] of DATES) {
      const c = clean([...words.slice(0, n), HEADLINES[0], line, `MEDAN - ${LEAD_REST}`, ...BODY].join('\n'));
      expect(c.headerDate, `${n} ${line}`).toBe(iso);
    }
  });
});

describe('negative rows: the body stays and nothing dates the page from its body', () => {
  it('a bullet list under the headline that says what the body does not stays', () => {
    const list = ['Ringkasan Berita', '• Warga diminta melapor lewat aplikasi Gowaslu.', '• Posko pengaduan dibuka hingga akhir Desember.'];
    const c = clean(page([HEADLINES[0]!, ...list]));
    for (const l of list.slice(1)) expect(c.text).toContain(l.slice(2));
  });
  it('a bullet list in the body stays, restating or not', () => {
    const list = ['Berikut poin penting:', '• Inspektorat memeriksa 19 pegawai terkait netralitas Pemilu 2024.', '• Pemeriksaan berdasarkan 22 laporan dari Bawaslu.'];
    const c = clean([HEADLINES[0], `MEDAN - ${LEAD_REST}`, ...list, ...BODY].join('\n'));
    for (const l of list) expect(c.text).toContain(l);
  });
  it('a sentence about AI stays, in the head or the body', () => {
    const s = 'Bawaslu menggunakan kecerdasan buatan (AI) untuk memantau unggahan ASN di media sosial.';
    expect(clean(page([HEADLINES[0]!, s])).text).toContain(s);
    expect(clean([HEADLINES[0], `MEDAN - ${LEAD_REST}`, s, ...BODY].join('\n')).text).toContain(s);
  });
  it('a sentence opening with a byline opener and "oleh" stays', () => {
    for (const s of ['Laporan oleh Bawaslu diteruskan ke KASN.', 'Liputan: 21 aduan diterima Bawaslu sepanjang kampanye.', 'Tulisan: Bawaslu menilai unggahan itu melanggar aturan.', 'Liputan oleh wartawan setempat menunjukkan hal serupa.', 'Foto oleh warga itu beredar luas di grup WhatsApp.']) {
      expect(clean([HEADLINES[0], `MEDAN - ${LEAD_REST}`, s, ...BODY].join('\n')).text).toContain(s);
    }
  });
  it('a headline with a colon or an arrow stays the title', () => {
    for (const h of ['Bawaslu: ASN Dilarang Berpose Dua Jari', 'Catatan Bawaslu Morotai: 21 Dugaan Pelanggaran', 'Suara Paslon 1 > Paslon 2 di Lima Kecamatan']) expectBodyKept(page([...MENU, h, ...BYLINE]), h);
  });
  it('a kicker right above the headline stays', () => {
    const c = clean(page([...MENU, 'Sorotan Pilkada Serentak Nusantara', HEADLINES[0]!]));
    expect(c.text).toContain('Sorotan Pilkada Serentak Nusantara');
  });
  it('a first body sentence opening with a place and a comma, or a colon after no place, stays whole', () => {
    for (const s of ['Luwu Timur, kabupaten di ujung utara Sulawesi Selatan, mencatat 21 laporan netralitas ASN.', 'Catatan Bawaslu: Dua puluh satu laporan diterima sepanjang tahapan kampanye.', 'Update: Bawaslu menerima tujuh laporan baru dari warga desa.']) {
      const c = clean([HEADLINES[0], s, ...BODY].join('\n'));
      expect(c.text.split('\n\n'), s).toContain(s);
      expect(c.dateline).toBeNull();
    }
  });
  it('a quote as the first body line stays', () => {
    const q = '"Kami tidak akan menoleransi ASN yang terang-terangan mendukung pasangan calon," kata Ketua Bawaslu.';
    expect(clean([HEADLINES[0], q, ...BODY].join('\n')).text.split('\n\n')).toContain(q);
  });
  it('a date line in the body does not date the page', () => {
    const c = clean([HEADLINES[0], `MEDAN - ${LEAD_REST}`, BODY[0], 'Senin, 4 November 2024', ...BODY.slice(1)].join('\n'));
    expect(c.headerDate).toBeNull();
  });
});
