// A bare period after the genre noun of a report, a review or a meeting (`rilis akhir tahun`, `Laporan Akhir Bulan`,
// `rapat awal tahun`) names the genre, not a date (check12 d05: "menyampaikan rilis akhir tahun di Mapolres"). Rows
// cross every genre noun of PERIOD_GENRE_NOUNS with every period modifier, both units that take a bare period
// (`tahun`, `bulan`) and both cases; negative rows keep the date after a preposition, a verb, a stretch of time
// (`libur akhir tahun`, general b03) and with a direction or a year after it.
import { describe, expect, it } from 'vitest';
import { PERIOD_GENRE_NOUNS, PERIOD_MODIFIERS } from '../../src/lexicon/calendar.js';
import { extractDates } from '../../src/extract/dates/index.js';
import type { ExtractContext } from '../../src/model.js';
import { ctxOf } from './helpers.js';

const ctx = (text: string, published: string | null): ExtractContext => ({ ...ctxOf(text), published });
const found = (text: string, published: string): Array<[string, string | null]> =>
  extractDates(ctx(text, published)).dates.map((d) => [d.text, d.iso]);
const title = (s: string): string => s.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());

describe('a bare period after a report or meeting genre noun is no date', () => {
  const rows: string[] = [];
  for (const noun of PERIOD_GENRE_NOUNS)
    for (const mod of PERIOD_MODIFIERS)
      for (const unit of ['tahun', 'bulan']) {
        rows.push(`Kapolres menyampaikan ${noun} ${mod} ${unit} di aula kantornya.`);
        rows.push(`Kegiatan ${title(`${noun} ${mod} ${unit}`)} Polres Pacitan dihadiri wartawan.`);
      }
  it.each(rows)('%s', (text) => {
    expect(found(text, '2024-12-30')).toEqual([]);
  });
});

describe('the same period stays a date elsewhere', () => {
  const rows: Array<[string, string, string]> = [];
  for (const mod of PERIOD_MODIFIERS) {
    // a preposition, a verb, a stretch of time (a holiday falls at that time), a capitalised sentence start
    rows.push([`Pendaftaran dibuka hingga ${mod} tahun.`, `${mod} tahun`, '2024']);
    rows.push([`Proyek itu ditargetkan rampung ${mod} tahun.`, `${mod} tahun`, '2024']);
    rows.push([`Harga tiket naik jelang libur ${mod} tahun.`, `${mod} tahun`, '2024']);
    rows.push([`Rapat digelar ${mod} bulan di kantor bupati.`, `${mod} bulan`, '2024-12']);
    // a direction after the period: the genre noun no longer decides
    rows.push([`Kapolres menyampaikan laporan ${mod} tahun lalu.`, `${mod} tahun lalu`, '2023']);
    rows.push([`Evaluasi ${mod} tahun ini digelar di aula.`, `${mod} tahun ini`, '2024']);
  }
  it.each(rows)('%s: %s', (text, span, iso) => {
    expect(found(text, '2024-12-30')).toContainEqual([span, iso]);
  });
});
