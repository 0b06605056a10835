// Paradigm of a site's search box and welcome line (`search-box-line`, `welcome-line`, src/clean/rules/shape.ts; words
// in src/lexicon/page-meta.ts, issue 22) and of the links to the outlet's other articles (`channel-promo-line`'s
// targets): every placeholder word with and without an object, with each ellipsis form; every welcome opener in each
// case before a site's name; "Lihat" / "Baca" before each of the outlet's-articles targets. Above the headline and
// below the body; the lines go, the headline and the body stay. Negative rows are body.
// Before (1249bba): 0 of the 36 search boxes, 12 of the 18 welcome lines (above and below) and 4 of the 28 links below
// the body were removed; every negative row stayed. Now all of them, and every negative row stays.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { describeBodyStays } from './paradigm.js';
import { SEARCH_BOX_WORDS, WELCOME_OPENERS } from '../../src/lexicon/page-meta.js';

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const HEADLINE = 'Bawaslu Jayawijaya Soroti Kepala Distrik yang Bagikan Sembako';
const BODY = 'Bawaslu Kabupaten Jayawijaya menyoroti seorang kepala distrik yang diduga membagikan paket sembako.';
const SECOND = 'Koordinator Divisi Hukum Bawaslu Jayawijaya mengatakan pihaknya sudah memanggil kepala distrik tersebut.';
const OTHER_ARTICLES = ['artikel lain', 'artikel lainnya', 'berita lain', 'berita lainnya', 'semua berita', 'semua artikel', 'indeks berita'];

function lines(): string[] {
  const out: string[] = [];
  for (const w of SEARCH_BOX_WORDS) for (const obj of ['', ' berita']) for (const dots of ['...', '…', '..']) out.push(`${cap(w)}${obj}${dots}`);
  for (const w of WELCOME_OPENERS) for (const form of [cap(w), w.toUpperCase()]) for (const site of ['Tabloid Jubi', 'Portal Resmi Kabupaten Sikka', 'KABARBANUA.ID']) out.push(`${form} ${site}`);
  for (const t of OTHER_ARTICLES) for (const verb of ['Lihat', 'Baca']) for (const place of ['', ' Padang Pariaman']) out.push(`${verb} ${t}${place}`);
  return out;
}

describe('search boxes, welcome lines, links to other articles (paradigm)', () => {
  const all = lines();
  it('has the rows', () => {
    expect(all.length).toBe(SEARCH_BOX_WORDS.length * 6 + WELCOME_OPENERS.length * 6 + OTHER_ARTICLES.length * 4);
  });
  it('removes each below the body', () => {
    const failed = all.filter((l) => {
      const below = clean([HEADLINE, BODY, SECOND, l].join('\n'));
      return below.text.includes(l) || !below.text.includes(SECOND);
    });
    expect(failed, failed.join('\n')).toEqual([]);
  });
  // (a "Lihat berita lainnya" above the headline is a list's heading, and takes the headline under it as its item: a
  // kind left open, so the links are checked below the body only)
  it('removes each search box and welcome line above the headline, which stays', () => {
    const failed = all.filter((l) => !l.startsWith('Lihat ') && !l.startsWith('Baca ')).filter((l) => {
      const above = clean([l, HEADLINE, BODY, SECOND].join('\n'));
      return above.text.includes(l) || above.title !== HEADLINE;
    });
    expect(failed, failed.join('\n')).toEqual([]);
  });
});

describeBodyStays('search boxes and welcome lines: body stays (negative rows)', (line) => [HEADLINE, BODY, line, SECOND].join('\n'), [
  'Selamat datang di Kabupaten Sikka, kata Bupati kepada rombongan pengawas.',
  'Cari tahu faktanya sebelum menyebarkan kabar, pesan Bawaslu kepada warga.',
  'Lihat saja berita di media sosial, kata dia, banyak ASN yang ikut berkomentar.',
]);
