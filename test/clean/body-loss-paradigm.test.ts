// Paradigm of round 15's body lines the cleaner lost (issue 22: "the body loses nothing"; fix15a):
//   1. a body sentence that opens with a credit's label word and a colon ("Laporan: 21 aduan diterima Bawaslu …", found
//      by clean13b) was taken by `footer-credit` (and `footer-tags`): every label of lexicon/boilerplate.ts
//      CREDIT_LINE_LABELS × case × colon form × sentence (a verb, a figure with its noun) × place. Negative rows: the
//      same labels with a credit after them (a name, a desk, a source, a name and a second credit), and a picture's label
//      (PICTURE_CREDIT_LABELS) over a caption sentence, still go.
//   2. (see the second describe) a live report's time stamps.
// Before (d687d47 / bd934e5) every row of 1 lost its line (footer-credit or footer-tags).
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { CREDIT_LINE_LABELS, PICTURE_CREDIT_LABELS } from '../../src/lexicon/boilerplate.js';

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
