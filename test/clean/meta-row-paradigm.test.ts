// Paradigm of the post-meta row under a headline (src/clean/structure.ts `metaRow`, issue 22): the author, the date,
// the time and the reading time a portal prints between separators, each part crossed with its forms, built from the
// lexicons (months and weekdays of src/lexicon/calendar.ts, reading-time labels, units and verbs of
// src/lexicon/boilerplate.ts): "Redaksi | 12 November 2024 | 4 menit baca", "Senin, 14 Oktober 2024 | Terbit pukul
// 20.10 WIT", "Admin · 12/11/2024 · Dibaca 2 menit". The row goes, the headline and the body stay. A reading time alone on
// its line ("Dibaca 2 menit") goes too. Negative rows are body: sentences and subheads holding a date, a time or a
// duration, which stay whole.
// Before (1249bba): 36 of the 240 rows under the headline and 8 of the 60 below the body were removed (none with a
// reading time or "Terbit pukul"), 4 of the 6 reading times alone; every negative row stayed. Now all of them, and
// every negative row stays.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { describeBodyStays } from './paradigm.js';
import { HEADER_MONTHS, WEEKDAYS } from '../../src/lexicon/calendar.js';

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const MONTHS = HEADER_MONTHS.map((names) => cap(names[0]!));
const WEEKDAY_NAMES = Object.keys(WEEKDAYS).filter((w) => /^[a-z]+$/u.test(w)).map(cap);

const AUTHORS = [null, 'Redaksi', 'Admin', 'Rina Marlina'];
const TIMES = [null, '10:15 WIB', 'Terbit pukul 20.10 WIT', '09.30 WITA'];
const READING = [null, '4 menit baca', 'Dibaca 2 menit', 'Waktu baca: 3 menit', '5 min read'];
const SEPARATORS = [' | ', ' · ', ' • '];
const HEADLINE = 'Sekda Berau Terbitkan Edaran Larangan Pakai Fasilitas Dinas untuk Kampanye';
const BODY = 'Sekretaris Daerah Kabupaten Berau menerbitkan surat edaran yang melarang penggunaan fasilitas dinas untuk kegiatan kampanye.';
const SECOND = 'Fasilitas yang dimaksud antara lain kendaraan dinas, gedung kantor dan perlengkapan kantor.';

function rows(): string[] {
  const out: string[] = [];
  let k = 0;
  for (const author of AUTHORS) {
    for (const time of TIMES) {
      for (const reading of READING) {
        for (const sep of SEPARATORS) {
          const m = k % 12;
          const date = k % 3 === 0 ? `${String(k % 28 + 1).padStart(2, '0')}/${String(m + 1).padStart(2, '0')}/2024` : `${k % 2 === 0 ? `${WEEKDAY_NAMES[k % 7]!}, ` : ''}${k % 28 + 1} ${MONTHS[m]!} 2024`;
          k++;
          const parts = [author, date, time, reading].filter((p): p is string => p !== null);
          out.push(parts.join(sep));
        }
      }
    }
  }
  return out;
}

describe('post-meta rows under the headline: every part crossed with its forms (paradigm)', () => {
  const all = rows();
  it('has the rows', () => {
    expect(all.length).toBe(240);
  });
  it('removes every row, the headline and body stay', () => {
    const failed: string[] = [];
    for (const row of all) {
      const c = clean([HEADLINE, row, BODY, SECOND].join('\n'));
      if (c.text.includes(row) || c.title !== HEADLINE || !c.text.includes(BODY) || !c.text.includes(SECOND)) failed.push(row);
    }
    expect(failed, failed.join('\n')).toEqual([]);
  });
  it('removes every row between the body and a related list too (below the body)', () => {
    const failed: string[] = [];
    for (const row of all.filter((_, i) => i % 4 === 0)) {
      const c = clean([HEADLINE, BODY, SECOND, row].join('\n'));
      if (c.text.includes(row) || !c.text.includes(SECOND)) failed.push(row);
    }
    expect(failed, failed.join('\n')).toEqual([]);
  });
  it('removes a reading time alone on its line', () => {
    for (const reading of READING.filter((r): r is string => r !== null).concat(['Dibaca 10 menit', 'Estimasi baca 4 menit'])) {
      const c = clean([HEADLINE, reading, BODY, SECOND].join('\n'));
      expect(c.text, reading).not.toContain(reading);
      expect(c.text).toContain(BODY);
    }
  });
});

describeBodyStays('post-meta rows: body holding a date, a time or a duration stays (negative rows)', (line) => [HEADLINE, BODY, line, SECOND].join('\n'), [
  'Rapat digelar pada 12 November 2024 pukul 09.00 WITA di aula kantor bupati.',
  'Waktu baca bagi siswa ditambah 30 menit setiap hari sejak Senin, 4 November 2024.',
  'Pencoblosan 27 November 2024',
  'Jadwal Kampanye | 25 September - 23 November 2024',
  'Dibaca 2 menit oleh para peserta, surat edaran itu langsung ditandatangani.',
]);
