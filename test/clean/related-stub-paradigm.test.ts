// A related-news block above the article (a "Trending" / "Terpopuler" list at the page top) ends at the article's own
// headline: the headline-like line right over a dateline lead stays, even when a line that can be no headline stands
// between them: a bare figure (a comment or view count, "0", "12", "1.234") or a one-word button ("Ikuti", "Follow").
// Kind: the related block took the article's headline as one of its items because such a line, read as the next
// "headline", replaced it (clean/blocks.ts relatedBlock). Generated from the lexicon's block headings; negatives: the
// block's own items still go, whatever stub follows them, above the article and under it.
// Paradigm (2026-12-07, lead): all 312 pages failed on f2b73b8 (every one has a stub between headline and lead), 0
// after; the 2 × 78 negatives (13 headings × 6 stubs) passed before and after. Its rows quote no check set's text.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { RELATED_BLOCK_HEADINGS } from '../../src/lexicon/boilerplate.js';

const HEADLINES = ['Dua ASN Terekam Ikut Konvoi Pendaftaran Paslon', 'Camat Diperiksa Bawaslu Usai Hadiri Deklarasi Relawan'];
const ITEMS = ['Harga Bawang Merah Naik Jelang Akhir Tahun', 'Banjir Rendam Tiga Desa di Pesisir'];
const LEAD = 'SAMPIT - Bawaslu Kabupaten Kotawaringin Timur memeriksa seorang camat yang diduga menghadiri deklarasi relawan pasangan calon.';
const BODY = 'Pemeriksaan berlangsung di kantor Bawaslu, Rabu (16/10/2024), dan berlangsung sekitar tiga jam.';
const QUOTE = '"Keterangannya kami catat dan kami cocokkan dengan rekaman video," ujar Ketua Bawaslu.';
const STUBS = [['0'], ['12'], ['1.234'], ['Ikuti'], ['Follow'], ['0', 'Ikuti']];
const HEADINGS = RELATED_BLOCK_HEADINGS.filter((h, i) => i % 4 === 0 && h.split(' ').length <= 3);

function pagesAbove(): Array<{ lines: string[]; headline: string }> {
  const out: Array<{ lines: string[]; headline: string }> = [];
  for (const heading of HEADINGS) {
    for (const stub of STUBS) {
      for (const [k, headline] of HEADLINES.entries()) {
        const items = ITEMS.slice(0, k + 1);
        out.push({ lines: [heading, ...items, headline, ...stub, LEAD, BODY, QUOTE], headline });
        out.push({ lines: [heading, ...items, headline, 'Oleh Redaksi', '8 Oktober 2024', ...stub, LEAD, BODY, QUOTE], headline });
      }
    }
  }
  return out;
}

describe('a related block above the article stops at its headline, across a stub line (heading × stub × items × byline)', () => {
  const pages = pagesAbove();
  it(`${pages.length} pages: the headline is the title, the block's items go, the body stays`, () => {
    const bad: string[] = [];
    for (const { lines, headline } of pages) {
      const c = clean(lines.join('\n'));
      const paras = c.text.split('\n\n');
      if (c.title !== headline && !paras.includes(headline)) bad.push(`lost headline: ${lines.join(' / ')}`);
      if (ITEMS.some((it) => paras.includes(it) || c.title === it)) bad.push(`item kept: ${lines.join(' / ')}`);
      if (![BODY, QUOTE].every((b) => c.text.includes(b))) bad.push(`body lost: ${lines.join(' / ')}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('negatives: a stub under a related item never keeps the item', () => {
  it.each(HEADINGS.flatMap((h) => STUBS.map((s) => [h, s] as const)))('%s / item / %j / item, under the article', (heading, stub) => {
    const c = clean([HEADLINES[0]!, LEAD, BODY, QUOTE, heading, ITEMS[0]!, ...stub, ITEMS[1]!, ...stub].join('\n'));
    const paras = c.text.split('\n\n');
    expect(ITEMS.filter((it) => paras.includes(it))).toEqual([]);
    expect(c.text).toContain(QUOTE);
  });
  it.each(HEADINGS.flatMap((h) => STUBS.map((s) => [h, s] as const)))('%s / item / %j / item / headline / lead, above the article', (heading, stub) => {
    const c = clean([heading, ITEMS[0]!, ...stub, ITEMS[1]!, HEADLINES[1]!, LEAD, BODY, QUOTE].join('\n'));
    const paras = c.text.split('\n\n');
    expect(ITEMS.filter((it) => paras.includes(it) || c.title === it)).toEqual([]);
    expect(c.title === HEADLINES[1] || paras.includes(HEADLINES[1]!)).toBe(true);
  });
});

// Cookie-consent banners (lexicon PLATFORM_STRINGS): the site speaking of its cookies, in Indonesian or English, at the
// top or the bottom of the page, go; a body sentence about cookies stays. Rows: all 14 banner rows failed on
// f2b73b8 (no rule knew the class); the 3 negatives passed before and after.
describe('a cookie-consent banner goes wherever it stands; a sentence about cookies stays', () => {
  const BANNERS = [
    'Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui Kebijakan Privasi kami.',
    'Situs ini menggunakan cookie untuk memastikan Anda mendapatkan pengalaman terbaik.',
    'Website ini menggunakan cookie. Baca Kebijakan Privasi kami.',
    'We use cookies to improve your experience on our website.',
    'This website uses cookies to ensure you get the best experience.',
    'Situs web ini menggunakan cookie untuk analitik dan iklan yang dipersonalisasi.',
    'Kami menggunakan kuki untuk menyesuaikan konten dan iklan.',
  ];
  const NOT_BANNERS = [
    'Pelaku diduga menggunakan cookie curian untuk membobol akun media sosial milik seorang ASN.',
    'Kepala Diskominfo menjelaskan bahwa situs resmi pemerintah daerah tidak menyimpan cookie pengunjung.',
    '"Kami menggunakan data yang sah," kata Ketua Bawaslu.',
  ];
  it.each(BANNERS.flatMap((b) => [[b, 'top'], [b, 'bottom']] as const))('%s (%s) goes', (banner, where) => {
    const lines = where === 'top' ? [banner, HEADLINES[0]!, LEAD, BODY, QUOTE] : [HEADLINES[0]!, LEAD, BODY, QUOTE, banner];
    const c = clean(lines.join('\n'));
    expect(c.text).not.toContain(banner);
    expect(c.text).toContain(BODY);
    expect(c.text).toContain(QUOTE);
  });
  it.each(NOT_BANNERS)('%s stays', (line) => {
    const c = clean([HEADLINES[0]!, LEAD, line, BODY, QUOTE].join('\n'));
    expect(c.text).toContain(line);
  });
});
