// Paradigm of an opinion column's disclaimer and author's note (`disclaimer-line`, src/clean/rules/shape.ts; its words
// in src/lexicon/page-meta.ts, issue 22): every disclaimer phrase of the lexicon in a sentence frame ("Tulisan ini
// merupakan …", "Isi artikel … sepenuhnya …", "Artikel dari Nama …"), with and without a stop, and every opener
// ("Disclaimer:", "*Penulis adalah …"), below the body and between the byline and the body. The line goes, the body
// stays. Negative rows are body: sentences on responsibility and views that are no disclaimer.
// Before (1249bba): none of the 60 lines was removed below the body, none between the byline and the body; every
// negative row stayed. Now all of them, and every negative row stays.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { describeBodyStays } from './paradigm.js';
import { DISCLAIMER_OPENERS, DISCLAIMER_PHRASES } from '../../src/lexicon/page-meta.js';

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const HEADLINE = 'Menjaga Netralitas Guru di Tahun Politik';
const BODY = 'Guru adalah bagian dari aparatur sipil negara yang wajib menjaga netralitas selama masa kampanye.';
const SECOND = 'Sekolah harus tetap menjadi ruang yang bebas dari kepentingan politik praktis.';
const FRAMES = ['Tulisan ini merupakan {}', 'Isi artikel ini {} sepenuhnya.', 'Artikel dari Rudi Kurniawan {}'];

function lines(): string[] {
  const out: string[] = [];
  for (const phrase of DISCLAIMER_PHRASES) for (const frame of FRAMES) out.push(frame.replace('{}', phrase));
  for (const opener of DISCLAIMER_OPENERS) {
    out.push(`${cap(opener)}${opener.includes(' adalah') || opener.includes(' merupakan') || opener.includes(' ialah') ? '' : ':'} dosen ilmu pemerintahan di sebuah universitas negeri`);
    out.push(`*${cap(opener)}${opener.includes(' adalah') || opener.includes(' merupakan') || opener.includes(' ialah') ? '' : ':'} pegiat pemilu di Garut.`);
  }
  return out;
}

describe('disclaimers and authors\' notes: every phrase and opener in its frames (paradigm)', () => {
  const all = lines();
  it('has the rows the lexicon gives', () => {
    expect(all.length).toBe(DISCLAIMER_PHRASES.length * FRAMES.length + DISCLAIMER_OPENERS.length * 2);
  });
  it('removes each below the body', () => {
    const failed = all.filter((l) => {
      const c = clean([HEADLINE, BODY, SECOND, l].join('\n'));
      return c.text.includes(l) || !c.text.includes(SECOND);
    });
    expect(failed, failed.join('\n')).toEqual([]);
  });
  it('removes each between the byline and the body', () => {
    const failed = all.filter((l) => {
      const c = clean([HEADLINE, '15 November 2024 9:12 WIB', l, BODY, SECOND].join('\n'));
      return c.text.includes(l) || !c.text.includes(BODY) || c.title !== HEADLINE;
    });
    expect(failed, failed.join('\n')).toEqual([]);
  });
});

describeBodyStays('disclaimers: body on responsibility and views stays (negative rows)', (line) => [HEADLINE, BODY, line, SECOND].join('\n'), [
  'Camat bertanggung jawab penuh atas netralitas aparatur di wilayahnya.',
  'Menurut Bawaslu, tanggung jawab menjaga netralitas ada pada setiap pegawai.',
  'Penulis buku itu adalah mantan komisioner Bawaslu.',
  'Pandangan Bawaslu soal netralitas tidak berubah sejak pemilu lalu.',
]);
