// Paradigm of round 15's body lines the cleaner lost (issue 22: "the body loses nothing"; fix15a):
//   1. a body sentence that opens with a credit's label word and a colon ("Laporan: 21 aduan diterima Bawaslu …", found
//      by clean13b) was taken by `footer-credit` (and `footer-tags`): every label of lexicon/boilerplate.ts
//      CREDIT_LINE_LABELS × case × colon form × sentence (a verb, a figure with its noun) × place. Negative rows: the
//      same labels with a credit after them (a name, a desk, a source, a name and a second credit), and a picture's label
//      (PICTURE_CREDIT_LABELS) over a caption sentence, still go.
//   2. a live report's time stamps ("17.05 WIT" alone on a line over its entry's prose; check18's blind pages lost 3,
//      and their times from the dates) were taken by `live-time-stamp-line` as furniture: the run of entries is the
//      test (clean/live-entries.ts): every zone of lexicon/calendar.ts TIME_ZONES × separator × a desk after a bar or
//      none × 2–4 entries × blank lines or none × under a lead or right under the headline (clean/page-head.ts,
//      page-top.ts: there too); each stamp stays, and the dates extractor dates it. Negative rows: a clock above the headline of a live report, a clock over one sentence, a stamp below
//      the last entry, stamps with no prose under them, still go.
// Before (bd934e5) every row of 1 lost its line (footer-credit or footer-tags), every row of 2 its stamps.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { CREDIT_LINE_LABELS, PICTURE_CREDIT_LABELS } from '../../src/lexicon/boilerplate.js';
import { TIME_ZONES } from '../../src/lexicon/calendar.js';
import { extractDates } from '../../src/extract/dates/index.js';
import { ctxOf } from '../extract/helpers.js';

const HEADLINE = 'Kades di Sambas Dilaporkan ke Bawaslu karena Arahkan Warga Pilih Paslon';
const LEAD = 'Seorang kepala desa di Kecamatan Tebas dilaporkan ke Bawaslu karena diduga mengarahkan warga memilih salah satu pasangan calon.';
const SECOND = 'Laporan itu disampaikan warga yang merekam pertemuan di balai desa pada akhir pekan lalu.';
const THIRD = 'Bawaslu akan meneruskan temuan itu ke bupati bila unsur pelanggaran terpenuhi.';
const BODY = [LEAD, SECOND, THIRD];

const title = (w: string): string => w.replace(/(^|\s)(\p{Ll})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
const CASES: ReadonlyArray<(w: string) => string> = [(w) => w.charAt(0).toUpperCase() + w.slice(1), title, (w) => w.toUpperCase()];
const COLONS = [': ', ' : ', '：'];
/** Places a line is tried at: between body lines, below the body. */
const BETWEEN = (l: string): string[] => [HEADLINE, LEAD, SECOND, l, THIRD];
const BELOW = (l: string): string[] => [HEADLINE, LEAD, SECOND, THIRD, l];
const PLACES = [BETWEEN, BELOW];

/** Sentences after the label: a figure with its noun, an active verb, a passive one, a `ber-`/`ter-` verb, an exclamation. */
const SENTENCES = [
  '21 aduan diterima Bawaslu selama masa tenang, sebagian besar menyangkut ASN.',
  'Bawaslu menerima tiga laporan baru dari warga Kecamatan Tebas.',
  'Sebanyak 14 kasus sudah diteruskan ke BKN pekan lalu.',
  'Data Bawaslu menunjukkan sembilan ASN terbukti melanggar netralitas.',
  'Pengawas kecamatan memanggil dua kepala desa untuk klarifikasi!',
];
/** Credits after the label: a name, a desk, an agency, a name and a second credit, a source phrase, a name and a role. */
const CREDITS = [
  'Andi Saputra',
  'Andi Saputra | Editor: Budi Santoso',
  'Humas Bawaslu Kabupaten Sambas',
  'ANTARA',
  'diolah dari berbagai sumber.',
  'Rudi Hartono, wartawan di Sambas.',
];

function outcome(lines: readonly string[], line: string): { kept: boolean; bodyWhole: boolean } {
  const paras = clean(lines.join('\n')).text.split('\n\n');
  return { kept: paras.includes(line), bodyWhole: BODY.every((b) => paras.includes(b)) };
}

describe('a body sentence opening with a credit label and a colon stays (fix15a, kind 1)', () => {
  const rows = CREDIT_LINE_LABELS.flatMap((l) => CASES.flatMap((c) => COLONS.flatMap((colon) => SENTENCES.map((s) => `${c(l)}${colon}${s}`))));
  it(`${rows.length} rows × ${PLACES.length} places: the sentence and the body stay`, () => {
    const lost: string[] = [];
    for (const row of rows) for (const place of PLACES) {
      const o = outcome(place(row), row);
      if (!o.kept || !o.bodyWhole) lost.push(`${row} @ ${place(row).indexOf(row)}`);
    }
    expect(lost).toEqual([]);
  });
  it('negative rows: a credit after the same labels still goes, wherever it stands', () => {
    const rows2 = CREDIT_LINE_LABELS.flatMap((l) => CASES.slice(0, 2).flatMap((c) => CREDITS.map((s) => `${c(l)}: ${s}`)));
    const left: string[] = [];
    for (const row of rows2) for (const place of PLACES) {
      const o = outcome(place(row), row);
      if (o.kept || !o.bodyWhole) left.push(`${row} @ ${place(row).indexOf(row)}`);
    }
    expect(left).toEqual([]);
  });
  it('negative rows: a picture\'s label over a caption sentence still goes (a caption is furniture)', () => {
    const rows3 = PICTURE_CREDIT_LABELS.flatMap((l) => SENTENCES.slice(0, 3).map((s) => `${l.charAt(0).toUpperCase() + l.slice(1)}: ${s}`));
    const left: string[] = [];
    for (const row of rows3) for (const place of PLACES) if (outcome(place(row), row).kept) left.push(`${row} @ ${place(row).indexOf(row)}`);
    expect(left).toEqual([]);
  });
});

const LIVE_HEAD = 'Pantauan Langsung Pemungutan Suara Pilkada di Kabupaten Sambas';
const LIVE_LEAD = 'Bawaslu Kabupaten Sambas memantau pemungutan suara di sejumlah kecamatan, Rabu (27/11/2024).';
const ENTRIES = [
  'Pengawas di Kecamatan Tebas menemukan dua ASN ikut mengarahkan pemilih di TPS 12.',
  'Ketua Bawaslu Sambas menyatakan temuan itu akan diteruskan ke BKN.',
  '"Kami sudah memanggil kepala desa yang bersangkutan," kata Ketua Panwascam Tebas.',
  'Penghitungan suara di Kecamatan Pemangkat berjalan lancar tanpa laporan pelanggaran.',
];
const HOURS = ['17.05', '16:30', '9.40', '08.15'];
/** A stamp as a live report writes it: its time, its zone, and a desk or a place after a bar, or none. */
const stampOf = (k: number, tz: string, sep: string, desk: string | null): string => `${HOURS[k]!.replace(/[.:]/u, sep)} ${tz}${desk === null ? '' : ` | ${desk}`}`;

function liveReport(n: number, tz: string, sep: string, desk: string | null, blank: boolean, lead: boolean): { raw: string; stamps: string[] } {
  const stamps: string[] = [];
  const lines = [LIVE_HEAD, ...(lead ? [LIVE_LEAD] : [])];
  for (let k = 0; k < n; k++) {
    const st = stampOf(k, tz, sep, desk);
    stamps.push(st);
    lines.push(st, ENTRIES[k]!);
  }
  return { raw: lines.join(blank ? '\n\n' : '\n'), stamps };
}

describe('a live report\'s time stamps over its entries stay, and are dated (fix15a, kind 2)', () => {
  const rows: Array<[number, string, string, string | null, boolean, boolean]> = [];
  for (const tz of TIME_ZONES) for (const sep of ['.', ':']) for (const desk of [null, 'Kecamatan Tebas']) for (const n of [2, 3, 4]) for (const blank of [true, false]) for (const lead of [true, false]) rows.push([n, tz, sep, desk, blank, lead]);
  it(`${rows.length} reports: every stamp and every entry stays, in order`, () => {
    const bad: string[] = [];
    for (const [n, tz, sep, desk, blank, lead] of rows) {
      const { raw, stamps } = liveReport(n, tz, sep, desk, blank, lead);
      const paras = clean(raw).text.split('\n\n');
      const want = stamps.flatMap((st, k) => [st, ENTRIES[k]!]);
      const at = paras.indexOf(want[0]!);
      if (at < 0 || paras.slice(at, at + want.length).join('|') !== want.join('|')) bad.push(`${n} ${tz} ${sep} ${desk} ${blank} ${lead}: ${paras.join(' / ')}`);
    }
    expect(bad).toEqual([]);
  });
  it('the kept stamps are the report\'s day at their time for the dates extractor', () => {
    for (const tz of TIME_ZONES) {
      const text = clean(liveReport(3, tz, '.', null, true, true).raw).text;
      const got = extractDates({ ...ctxOf(text), published: '2024-11-27' }).dates.filter((d) => d.rule === 'live-stamp').map((d) => [d.iso, d.time]);
      expect(got).toEqual([['2024-11-27', '17:05'], ['2024-11-27', '16:30'], ['2024-11-27', '09:40']]);
    }
  });
  it('negative rows: a clock above the headline, a clock over one sentence, a stamp below the last entry or over no prose, goes', () => {
    for (const tz of TIME_ZONES) {
      const clock = `10.12 ${tz}`;
      const report = liveReport(3, tz, '.', null, true, true).raw;
      // a clock in the menu bar above a live report's headline (its next line is the headline, no prose)
      expect(clean(`${clock}\n${report}`).text.split('\n\n')).not.toContain(clock);
      // a stamp under the last entry (no prose under it)
      expect(clean(`${report}\n${clock}`).text.split('\n\n')).not.toContain(clock);
      // one stamp over one sentence in an article: no run of entries
      const one = clean([HEADLINE, LEAD, clock, SECOND, THIRD].join('\n')).text.split('\n\n');
      expect(one).not.toContain(clock);
      expect(BODY.every((b) => one.includes(b))).toBe(true);
      // stamps with no prose under them (a schedule widget of clocks between body lines)
      const widget = clean([HEADLINE, LEAD, `10.12 ${tz}`, `11.30 ${tz}`, `12.45 ${tz}`, SECOND, THIRD].join('\n')).text.split('\n\n');
      expect(widget.filter((p) => p.endsWith(tz))).toEqual([]);
    }
  });
});
