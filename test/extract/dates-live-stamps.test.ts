// A live report's time stamps (`10.15 WITA` alone on a line, `Pukul 11.40 WITA`, `13.05 WITA - Rapat diskors …`,
// `14.30 WITA: …`) are the report's day at that time: the day header above them, else the publication date, else the
// lead's date; never the date an earlier update named. Rows: every zone and cue of the lexicon × the stamp's forms
// (alone, before each separator) × where the day comes from; negative rows: a time inside a sentence, a time opening
// a sentence after a comma, a bare dotted number.
import { describe, expect, it } from 'vitest';
import { TIME_CUES, TIME_ZONES } from '../../src/lexicon/calendar.js';
import { extractDates } from '../../src/extract/dates/index.js';
import { ctxOf } from './helpers.js';

const stamps = (text: string, published: string | null): Array<[string, string | null, string | null]> =>
  extractDates({ ...ctxOf(text), published })
    .dates.filter((d) => d.rule === 'live-stamp')
    .map((d) => [d.text, d.iso, d.time]);

const LEAD = 'Laporan Langsung Rekapitulasi Suara\n\nRapat pleno rekapitulasi suara tingkat kota berlangsung di aula KPU, Kamis (5/12/2024). Berikut laporannya.';
/** An update that names another date: a stamp after it keeps the report's day. */
const UPDATE = 'Saksi meminta pemungutan suara ulang pada 10 Desember 2024 di dua TPS.';

describe('a live report stamp is the report day at that time', () => {
  const forms: Array<[string, string]> = []; // [stamp as written, the mention's text]
  for (const tz of TIME_ZONES) {
    forms.push([`10.15 ${tz}`, `10.15 ${tz}`]);
    forms.push([`10:15 ${tz}`, `10:15 ${tz}`]);
    for (const cue of TIME_CUES) forms.push([`${cue[0]!.toUpperCase()}${cue.slice(1)} 10.15 ${tz}`, `${cue[0]!.toUpperCase()}${cue.slice(1)} 10.15 ${tz}`]);
  }
  for (const cue of TIME_CUES) forms.push([`${cue[0]!.toUpperCase()}${cue.slice(1)} 10.15`, `${cue[0]!.toUpperCase()}${cue.slice(1)} 10.15`]);
  const rows: Array<[string, string, string | null, string]> = [];
  for (const [stamp, text] of forms) {
    const alone = `${stamp}\nKetua KPU membuka kembali rapat pleno.`;
    rows.push([`${LEAD}\n\n${UPDATE}\n\n${alone}`, text, '2024-12-05', '2024-12-05']); // published
    rows.push([`${LEAD}\n\n${UPDATE}\n\n${alone}`, text, null, '2024-12-05']); // the lead's date
    rows.push([`${LEAD}\n\nJumat, 6 Desember 2024\n\n${UPDATE}\n\n${alone}`, text, '2024-12-05', '2024-12-06']); // a day header
    for (const sep of [' -', ' –', ' —', ':', ' |']) {
      rows.push([`${LEAD}\n\n${UPDATE}\n\n${stamp}${sep} Ketua KPU membuka kembali rapat pleno.`, text, '2024-12-05', '2024-12-05']);
    }
  }
  it.each(rows)('%#: %s', (text, mention, published, iso) => {
    expect(stamps(text, published)).toEqual([[mention, iso, '10:15']]);
  });

  it('a report with no date written takes the publication date', () => {
    expect(stamps('Laporan Langsung\n\n09.40 WIB\nPemungutan suara dimulai.', '2024-11-27')).toEqual([['09.40 WIB', '2024-11-27', '09:40']]);
    expect(stamps('Laporan Langsung\n\n09.40 WIB\nPemungutan suara dimulai.', null)).toEqual([]);
  });

  it.each([
    // a time inside a sentence, or opening one before a comma: the passage's date, as before (no stamp)
    `${LEAD}\n\n${UPDATE}\n\nRapat dibuka kembali pukul 10.15 WITA oleh ketua.`,
    `${LEAD}\n\n${UPDATE}\n\nPukul 10.15 WITA, rapat dibuka kembali oleh ketua.`,
    `${LEAD}\n\nPada pukul 10.15 WITA rapat dibuka kembali.`,
    // a bare dotted number is no time
    `${LEAD}\n\n10.15\nAngka partisipasi naik.`,
    `${LEAD}\n\n32.70 persen pemilih hadir.`,
  ])('%s: no stamp', (text) => {
    expect(stamps(text, '2024-12-05')).toEqual([]);
  });
});
