// Paradigm table for an event's own span of hours (round 19, dates14; review 18 finding a7; issue 22). dates13's rule
// (refiners.ts attachTimes, round 18) read every span of clock hours not next to a date as the hours something is open:
// no time of the passage's date and no `time` mention. An event's own hours are written the same way in the sentence
// after its date ("… kampanye akbar … Senin (4/11/2024). Kampanye itu berlangsung pukul 14.00 hingga 17.00 WITA …":
// Senin lost its time 14:00 and the mention "pukul 14.00"). What tells the two apart is the span's sentence: opening
// hours are written with a word of being open or serving (buka, dibuka, melayani, pelayanan, diterima, piket, shift,
// bekerja, beroperasi: every span of opening hours in the released dates sets has one: check20, check22 (2), check24b,
// dev-heldout, general-heldout); an event's hours are not (berlangsung, digelar, dimulai after the event's noun).
// Each row: an invented line in the style of a regional outlet, through the cleaner and the DATES extractor as the
// pipeline runs them; what a user sees: [text, iso, time] of every mention. Rows marked HELD were written with the
// others, before the rule, and not looked at while writing it.
//
// Blind score (the code before this change, 0f5ba3c; 2026-12-07 19:59 UTC): 4 of 8 rows right (held out 2 of 4): every
// opening-hours row right, no event row (each date lost its time, no "pukul" mention). After (calendar.ts
// OPENING_HOURS_WORDS, refiners.ts attachTimes): 8 of 8 (held out 4 of 4), once `melapor` was added for dates13's own
// row "Warga dapat melapor pukul 08.00-16.00 WIB" (dates-paradigm18), which the first word list missed.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { extractDates } from '../../src/extract/dates/index.js';

const HEADLINE = 'ASN Ikut Kampanye Akbar';

type Seen = [string, string | null, string | null];

/** The date mentions a user sees for `body` under a headline: [text, iso, time]. */
function datesOf(body: string, published: string): Seen[] {
  const c = clean(`${HEADLINE}\n\n${body}`);
  const { dates } = extractDates({ articleId: 't', text: c.text, paragraphs: c.paragraphs, title: c.title, published, dateline: null });
  return dates.map((d) => [d.text, d.iso, d.time]);
}

/** [name, body, published, expected, held out]. */
type Row = [string, string, string, Seen[], boolean];

const ROWS: Row[] = [
  // an event's own hours in the sentence after its date: the date takes the span's start, the start is a time mention
  ['review a5: kampanye itu berlangsung', 'Maumere - Bawaslu Sikka menemukan dua ASN dalam kampanye akbar pasangan calon bupati di Lapangan Kota Baru, Senin (4/11/2024). Kampanye itu berlangsung pukul 14.00 hingga 17.00 WITA dan dihadiri ribuan warga.', '2024-11-05', [['Senin (4/11/2024)', '2024-11-04', '14:00'], ['pukul 14.00', '2024-11-04', '14:00']], false],
  ['rapat tersebut, dash range, zone', 'Rapat pleno rekapitulasi suara tingkat kabupaten digelar Kamis (5/12). Rapat tersebut berlangsung pukul 09.00-15.30 WIB di aula KPU.', '2024-12-06', [['Kamis (5/12)', '2024-12-05', '09:00'], ['pukul 09.00', '2024-12-05', '09:00']], false],
  ['kegiatan itu dimulai, sampai', 'Bawaslu Kota Kupang menggelar sosialisasi netralitas ASN pada 12 Maret 2024. Kegiatan itu dimulai pukul 08.30 sampai 12.00 WITA.', '2024-03-13', [['12 Maret 2024', '2024-03-12', '08:30'], ['pukul 08.30', '2024-03-12', '08:30']], true],
  ['acara berlangsung, jam s.d.', 'Apel siaga pengawasan digelar di halaman kantor bupati, Sabtu (23/11). Acara berlangsung jam 07.00 s.d. 09.00 WIT.', '2024-11-24', [['Sabtu (23/11)', '2024-11-23', '07:00'], ['jam 07.00', '2024-11-23', '07:00']], true],
  // opening hours (what dates13's rule was written for): no time of the date, no mention of their own
  ['posko melayani, dash range', 'Posko pengaduan netralitas ASN dibuka mulai Senin (18/11). Posko melayani warga pukul 08.00-16.00 WIB.', '2024-11-19', [['Senin (18/11)', '2024-11-18', null]], false],
  ['sekretariat buka', 'Laporan terakhir diterima Selasa (12/11) dari Kecamatan Alok. Sekretariat Bawaslu buka pukul 08.00-16.00 WITA.', '2024-11-14', [['Selasa (12/11)', '2024-11-12', null]], false],
  ['petugas piket', 'Bawaslu membuka layanan pengaduan sejak Senin (4/11). Petugas piket bergantian pukul 08.00 hingga 20.00 WIB.', '2024-11-06', [['Senin (4/11)', '2024-11-04', null]], true],
  ['jam pelayanan', 'Kantor Bawaslu tetap buka pada Sabtu (30/11). Jam pelayanan pukul 08.00 sampai 14.00 WIB.', '2024-11-29', [['Sabtu (30/11)', '2024-11-30', null]], true],
];

describe("an event's own span of hours is that event's time (round 19)", () => {
  it.each(ROWS)('%s', (_name, body, published, expected) => {
    expect(datesOf(body, published)).toEqual(expected);
  });
  it('reports the held-out rows', () => {
    const held = ROWS.filter((r) => r[4]);
    const right = held.filter(([, body, published, expected]) => JSON.stringify(datesOf(body, published)) === JSON.stringify(expected));
    const all = ROWS.filter(([, body, published, expected]) => JSON.stringify(datesOf(body, published)) === JSON.stringify(expected));
    process.stderr.write(`dates-paradigm19: rows ${all.length} of ${ROWS.length} right (held out ${right.length} of ${held.length})\n`);
  });
});
