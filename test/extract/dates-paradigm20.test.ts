// Paradigm tables for round 20 (dates15; issue 22): four structures of real regional news that the released date sets
// hold too rarely to pin. Each row: an invented line in the style of a regional outlet, through the cleaner and the
// DATES extractor as the pipeline runs them; what a user sees: [text, iso, time] of every mention. Rows marked HELD were
// written with the others, before each rule, and not looked at while writing it.
//  A. A hedged time right after a date (`Sabtu (9/11/2024) sekitar pukul 09.30 WIB`, `Minggu (22/6) malam, sekitar
//     pukul 20.30 WIB`): README's contract, "a time right after a date joins it (the span grows)"; the hedge word and
//     the comma after the date's part of day do not make it a time elsewhere (general-heldout b18's gold is one mention).
//  B. A weekday of the publication's own week (`Kamis pekan ini`, `Senin minggu ini`): one mention on that day (as
//     `Jumat pekan lalu`, `Senin pekan depan`), not a bare weekday before publication and a vague `pekan ini`.
//  C. A range of weekdays that is a schedule (`buka Senin-Jumat pukul 08.00-15.30`, `dibuka Senin sampai Kamis`): with a
//     word of being open or serving in its sentence (OPENING_HOURS_WORDS, as for a span of hours) and no direction word
//     (`pekan lalu`) nor date after it, no date.
//  E. (added at 22:36, blind score below) The date of a dateline the cleaner splits off without its year (`PONTIANAK,
//     12/3 –`, `Pontianak, Senin (11/3) -`, `MAMUJU, 11/11 (ANTARA) -`): the year of the publication date, not certain.
//  D. A relative day inside a quote whose attribution writes the day it was said (`"Kemarin kami …," kata X, Senin
//     (4/11/2024).` published the day after): relative to that day, not to the publication date.
//
// Blind score (the code before this round's changes, main bb3e10a; 2026-12-07 22:18 UTC): 13 of 29 rows right (held
// out 6 of 12): A 3 of 9 (held 1 of 3: only the negatives), B 2 of 6 (held 1 of 3), C 6 of 8 (held 3 of 4: the
// released rules already drop `setiap Senin-Kamis` and `melayani … Senin hingga Jumat`), D 2 of 6 (held 1 of 2); E
// (written at 22:36 on 4447357, before its rule) 2 of 6 (held 1 of 3: only the negatives).
// After (each rule in its own commit): 34 of 35 (held out 14 of 15): A 9/9, B 6/6, C 7/8 (held 3/4; the one left is
// KNOWN_WRONG below), D 6/6, E 6/6.
// Review19 (fix19a, 23:07 UTC; rows written before each fix, scored on main dff52b2): D's date must be the saying's
// (review19 a10, a13: not a date inside a `yang` clause or after another verb): 1 of 7 new rows right (the positive
// `saat dihubungi` row) -> 7 of 7.
// C's schedule needs clock hours or a recurrence word, not an opening word alone (review19 a4: `dibuka Senin hingga
// Rabu di kantor KPU` is a one-off event): 1 of 4 new rows right (the positive `setiap pekan` row) -> 4 of 4.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { extractDates } from '../../src/extract/dates/index.js';

const HEADLINE = 'Bawaslu Tangani Laporan Netralitas ASN';

type Seen = [string, string | null, string | null];

/** The date mentions a user sees for `body` under a headline: [text, iso, time]. */
function datesOf(body: string, published: string): Seen[] {
  const c = clean(`${HEADLINE}\n\n${body}`);
  const { dates } = extractDates({ articleId: 't', text: c.text, paragraphs: c.paragraphs, title: c.title, published, dateline: c.dateline });
  return dates.map((d) => [d.text, d.iso, d.time]);
}

/** [name, body, published, expected, held out]. */
type Row = [string, string, string, Seen[], boolean];

const ROWS: Row[] = [
  // A. a hedged time right after a date joins it
  ['A sekitar pukul after a full date', 'Laporan itu diterima Bawaslu pada Sabtu (9/11/2024) sekitar pukul 09.30 WIB.', '2024-11-12', [['Sabtu (9/11/2024) sekitar pukul 09.30 WIB', '2024-11-09', '09:30']], false],
  ['A part of day, comma, sekitar pukul', 'Kebakaran terjadi pada Minggu (22/6) malam, sekitar pukul 20.30 WIB.', '2025-06-23', [['Minggu (22/6) malam, sekitar pukul 20.30 WIB', '2025-06-22', '20:30']], false],
  ['A dini hari sekira pukul', 'Kecelakaan terjadi Senin (11/11) dini hari sekira pukul 02.00 WIT.', '2024-11-12', [['Senin (11/11) dini hari sekira pukul 02.00 WIT', '2024-11-11', '02:00']], false],
  ['A sore sekitar jam', 'Api mulai membesar Jumat (8/11/2024) sore sekitar jam 16.30 WIB.', '2024-11-09', [['Jumat (8/11/2024) sore sekitar jam 16.30 WIB', '2024-11-08', '16:30']], false],
  ['A weekday, comma date, comma, sekitar', 'Gempa bermagnitudo 5,2 mengguncang Kabupaten Sigi, Kamis, 14 November 2024, sekitar pukul 14.05 Wita.', '2024-11-15', [['Kamis, 14 November 2024, sekitar pukul 14.05 Wita', '2024-11-14', '14:05']], true],
  ['A pagi, kurang lebih pukul', 'Tim SAR menemukan korban pada Rabu (6/11) pagi, kurang lebih pukul 07.15 WITA.', '2024-11-07', [['Rabu (6/11) pagi, kurang lebih pukul 07.15 WITA', '2024-11-06', '07:15']], true],
  ['A neg: sekitar pukul in the next sentence', 'Patroli digelar Sabtu (9/11/2024). Sekitar pukul 22.00 WIB, petugas menemukan baliho.', '2024-11-10', [['Sabtu (9/11/2024)', '2024-11-09', '22:00'], ['pukul 22.00 WIB', '2024-11-09', '22:00']], false],
  ['A neg: sekitar before a distance', 'Korban ditemukan Selasa (12/11) pagi, sekitar 200 meter dari lokasi.', '2024-11-13', [['Selasa (12/11) pagi', '2024-11-12', null]], false],
  ['A neg: sekitar before a count', 'Banjir merendam rumah warga sejak Minggu (10/11), sekitar 30 rumah terendam.', '2024-11-11', [['Minggu (10/11)', '2024-11-10', null]], true],
  // B. a weekday of this week
  ['B Kamis pekan ini (published Tuesday)', 'Rapat pleno digelar Kamis pekan ini di aula KPU.', '2024-11-12', [['Kamis pekan ini', '2024-11-14', null]], false],
  ['B Senin minggu ini (published Thursday)', 'Bawaslu memanggil kepala desa itu Senin minggu ini.', '2024-11-14', [['Senin minggu ini', '2024-11-11', null]], false],
  ['B pada Jumat pekan ini', 'Putusan dibacakan pada Jumat pekan ini.', '2024-11-12', [['Jumat pekan ini', '2024-11-15', null]], true],
  ['B Rabu pekan ini with its time', 'Klarifikasi digelar Rabu pekan ini pukul 10.00 WIB.', '2024-11-11', [['Rabu pekan ini pukul 10.00 WIB', '2024-11-13', '10:00']], true],
  ['B neg: Minggu ini is this week', 'Minggu ini Bawaslu menerima lima laporan.', '2024-11-12', [['Minggu ini', null, null]], false],
  ['B neg: Pekan ini before a written date', 'Pekan ini, Bawaslu menerima laporan pada Senin (11/11).', '2024-11-12', [['Pekan ini', null, null], ['Senin (11/11)', '2024-11-11', null]], true],
  // C. a range of weekdays that is a schedule
  ['C buka Senin-Jumat pukul', 'Kantor Bawaslu buka Senin-Jumat pukul 08.00-15.30 WIB.', '2024-11-07', [], false],
  ['C melayani Senin hingga Jumat', 'Posko pengaduan melayani warga Senin hingga Jumat, pukul 08.00-16.00 WITA.', '2024-11-07', [], false],
  ['C dibuka Senin sampai Kamis, Jumat', 'Pelayanan administrasi kependudukan dibuka Senin sampai Kamis pukul 08.00-14.00 WIB, Jumat pukul 08.00-11.00 WIB.', '2024-11-07', [], true],
  ['C setiap Senin-Kamis', 'Apel pagi digelar setiap Senin-Kamis di halaman kantor bupati.', '2024-11-07', [], true],
  ['C neg: a range with pekan lalu', 'Bimbingan teknis pengawas TPS digelar Senin-Selasa pekan lalu di Sintang.', '2024-11-13', [['Senin', '2024-11-04', null], ['Selasa pekan lalu', '2024-11-05', null]], false],
  ['C neg: a range with its dates', 'Posko dibuka Senin-Rabu (4-6/11) pukul 08.00-16.00 WIB.', '2024-11-07', [['Senin-Rabu (4-6/11) pukul 08.00', '2024-11-04', '08:00'], ['Rabu (4-6/11)', '2024-11-06', null]], false],
  ['C neg: buka on a dated day', 'Kantor pelayanan pajak tetap buka pada Sabtu (9/11) untuk melayani wajib pajak.', '2024-11-07', [['Sabtu (9/11)', '2024-11-09', null]], true],
  ['C neg: dibuka, a range with pekan lalu', 'Posko pengaduan dibuka Senin-Selasa pekan lalu di Sintang.', '2024-11-13', [['Senin', '2024-11-04', null], ['Selasa pekan lalu', '2024-11-05', null]], true],
  // C, review19 a4: an opening word alone does not make a schedule; clock hours or a recurrence word do
  ['C neg: a4 dibuka Senin hingga Rabu, no hours', 'Pendaftaran calon anggota PPK dibuka Senin hingga Rabu di kantor KPU Kabupaten Bima.', '2024-11-07', [['Senin', '2024-11-04', null]], false],
  ['C neg: pelayanan digelar Senin sampai Rabu, no hours', 'Pelayanan pengaduan netralitas ASN digelar Senin sampai Rabu di aula kantor camat.', '2024-11-08', [['Senin', '2024-11-04', null]], false],
  ['C neg: dibuka Selasa-Kamis, no hours', 'Posko pengaduan netralitas ASN dibuka Selasa-Kamis di aula kantor Bawaslu Sintang.', '2024-11-08', [['Selasa', '2024-11-05', null]], false],
  ['C dibuka Senin hingga Jumat setiap pekan', 'Posko pengaduan Bawaslu dibuka Senin hingga Jumat setiap pekan selama masa kampanye.', '2024-11-08', [], false],
  // D. a relative day in a quote, against the day its attribution writes
  // D, review19 a10/a13: only the date of the saying (right after the speaker phrase, or right before the reporting
  // verb) anchors a quote; a date inside a `yang` clause or after another verb is another event's
  ['D neg: a10 date in a yang clause before the verb', 'Ketua Bawaslu yang dilantik Senin (19/8/2024) itu mengatakan, "Hari ini kami kirim hasilnya ke KASN."', '2024-11-07', [['Senin (19/8/2024)', '2024-08-19', null], ['Hari ini', '2024-11-07', null]], false],
  ['D neg: yang clause set off by commas before the verb', 'Camat Tebas, yang diperiksa Bawaslu pada Selasa (5/11/2024), menyatakan, "Besok saya serahkan bukti tambahan."', '2024-11-08', [['Selasa (5/11/2024)', '2024-11-05', null], ['Besok', '2024-11-09', null]], false],
  ['D neg: date after another verb before the verb', 'Bupati Sambas memimpin apel Senin (4/11/2024) dan mengatakan, "Hari ini semua ASN wajib netral."', '2024-11-06', [['Senin (4/11/2024)', '2024-11-04', null], ['Hari ini', '2024-11-06', null]], false],
  ['D neg: a13 date of a yang clause after the speaker', '"Besok kami umumkan hasilnya," kata Ketua KPU Sambas, Andi Saputra, menjawab pertanyaan soal pleno yang digelar Senin (4/11/2024).', '2024-11-07', [['Besok', '2024-11-08', null], ['Senin (4/11/2024)', '2024-11-04', null]], false],
  ['D neg: date after another verb after the speaker', '"Kemarin kami sudah menyurati camat," ujar Ketua Bawaslu Sintang, Budi Santoso, menanggapi hasil pleno Selasa (5/11/2024).', '2024-11-07', [['Kemarin', '2024-11-06', null], ['Selasa (5/11/2024)', '2024-11-05', null]], false],
  ['D neg: date of a yang clause after the speaker, no verb', '"Hari ini kami panggil kepala desa itu," kata Rudi, anggota Panwascam yang hadir dalam rapat Senin (4/11/2024).', '2024-11-06', [['Hari ini', '2024-11-06', null], ['Senin (4/11/2024)', '2024-11-04', null]], false],
  ['D kemarin, kata X saat dihubungi, date', '"Kemarin yang bersangkutan sudah kami panggil," kata Ketua Bawaslu Sambas, Andi Saputra, saat dihubungi Kamis (7/11/2024).', '2024-11-08', [['Kemarin', '2024-11-06', null], ['Kamis (7/11/2024)', '2024-11-07', null]], false],
  ['D kemarin, kata X, full date (published the day after)', '"Kemarin kami sudah memanggil yang bersangkutan," kata Ketua Bawaslu Sambas, Senin (4/11/2024).', '2024-11-05', [['Kemarin', '2024-11-03', null], ['Senin (4/11/2024)', '2024-11-04', null]], false],
  ['D besok, ujar X, yearless date', '"Besok kami gelar klarifikasi," ujar Ketua Bawaslu, Rabu (6/11).', '2024-11-07', [['Besok', '2024-11-07', null], ['Rabu (6/11)', '2024-11-06', null]], false],
  ['D attribution before the quote', 'Ketua Bawaslu Mempawah, Selasa (5/11/2024), mengatakan, "Besok kami panggil camat itu."', '2024-11-06', [['Selasa (5/11/2024)', '2024-11-05', null], ['Besok', '2024-11-06', null]], false],
  ['D hari ini, kata X di place, date', '"Hari ini kami terima dua laporan," kata Ketua Bawaslu Kubu Raya di Sungai Raya, Jumat (8/11/2024).', '2024-11-09', [['Hari ini', '2024-11-08', null], ['Jumat (8/11/2024)', '2024-11-08', null]], true],
  ['D neg: no day in the attribution', '"Besok kami akan mengirim surat kepada seluruh camat," ujarnya.', '2024-09-03', [['Besok', '2024-09-04', null]], false],
  ['D neg: the date is not the attribution', '"Kemarin kami terima laporan," ujarnya. Rapat digelar Senin (4/11/2024).', '2024-11-05', [['Kemarin', '2024-11-04', null], ['Senin (4/11/2024)', '2024-11-04', null]], true],
  // E. the date of a dateline the cleaner splits off without its year: the publication's year (not certain), no span
  ['E place, weekday (d/m), dash', 'Pontianak, Senin (11/3) - Bawaslu Kalbar menerima laporan dugaan pelanggaran netralitas ASN.', '2024-03-12', [['Senin (11/3)', '2024-03-11', null]], false],
  ['E PLACE, d/m (ANTARA)', 'MAMUJU, 11/11 (ANTARA) - Bawaslu Sulbar menerima laporan dugaan pelanggaran netralitas ASN.', '2024-11-12', [['11/11', '2024-11-11', null]], false],
  ['E PLACE, d/m, en dash', 'PONTIANAK, 12/3 – Bawaslu Kalbar menerima laporan dugaan pelanggaran netralitas ASN.', '2024-03-12', [['12/3', '2024-03-12', null]], true],
  ['E across the new year', 'Ambon, 31/12 (ANTARA) - Bawaslu Maluku menerima laporan dugaan pelanggaran netralitas ASN.', '2025-01-01', [['31/12', '2024-12-31', null]], true],
  ['E neg: a full date keeps its year, certain', 'Ambon, 3/12/2024 (ANTARA) - Bawaslu Maluku menerima laporan dugaan pelanggaran netralitas ASN.', '2024-12-04', [['3/12/2024', '2024-12-03', null]], false],
  ['E neg: no date in the dateline', 'PONTIANAK (ANTARA) - Bawaslu Kalbar menerima laporan dugaan pelanggaran netralitas ASN.', '2024-03-12', [], true],
];

const same = (a: Seen[], b: Seen[]): boolean => JSON.stringify(a) === JSON.stringify(b);
/** Structures whose rule is not written yet: their rows are scored in the report line, not asserted (none left). */
const PENDING = new Set<string>([]);
/** Held-out rows the rules written here do not reach (asserted as failing, so a later fix shows): C's single weekday
 *  with its own hours after a range (`…, Jumat pukul 08.00-11.00 WIB`) is no range; it stays a date, and the time before
 *  it even joins it backwards. */
const KNOWN_WRONG = new Set(['C dibuka Senin sampai Kamis, Jumat']);

describe('round 20 paradigms: hedged times, this week, weekday schedules, quotes (dates15)', () => {
  it.each(ROWS.filter((r) => !PENDING.has(r[0][0]!) && !KNOWN_WRONG.has(r[0])))('%s', (_name, body, published, expected) => {
    expect(datesOf(body, published)).toEqual(expected);
  });
  it.fails.each(ROWS.filter((r) => KNOWN_WRONG.has(r[0])))('%s (known wrong)', (_name, body, published, expected) => {
    expect(datesOf(body, published)).toEqual(expected);
  });
  it('reports the rows and the held-out rows', () => {
    const right = ROWS.filter(([, body, published, expected]) => same(datesOf(body, published), expected));
    const held = ROWS.filter((r) => r[4]);
    const heldRight = right.filter((r) => r[4]);
    process.stderr.write(`dates-paradigm20: rows ${right.length} of ${ROWS.length} right (held out ${heldRight.length} of ${held.length})\n`);
    for (const g of ['A', 'B', 'C', 'D', 'E']) {
      const rows = ROWS.filter((r) => r[0].startsWith(g));
      process.stderr.write(`  ${g}: ${rows.filter((r) => right.includes(r)).length} of ${rows.length} (held ${rows.filter((r) => r[4] && right.includes(r)).length} of ${rows.filter((r) => r[4]).length})\n`);
    }
  });
});
