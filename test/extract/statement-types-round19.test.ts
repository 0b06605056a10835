// Paradigm table of round 19 (types17, issue 22: statement types on unseen text). Invented, realistic statements, one per
// row, typed by hand under the scheme of src/lexicon/statement-types.ts BEFORE any change to the classifier. Each block is a
// structure (what the clause does, not one article's words), from what the released sets (check24a, check22) missed:
//   I. equal treatment declared: a verb of favouring or discriminating (FAVOURING) negated, or inside a negated
//      existential's relative clause, with the speaker's side before it, pledges equal treatment, a commitment (`…, tidak
//      ada warga yang kami istimewakan`, `Kami tidak membeda-bedakan pasangan calon`, `tanpa membeda-bedakan`); forbidden,
//      asked for or asserted it is the prohibition's, the order's or nothing; a negated existential over a receipt or a
//      discovery stays a finding (`Belum ada laporan yang kami terima`);
// Every third row or so of each block (marked `held`) was held out while the rules were written: its figure is apart.
// Blind score (src/ of main bb3e10a, before any change): block I tuned 4/9, held out 2/4.
// After block I's rule: block I tuned 9/9, held out 4/4.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/extract/statements/classify.js';

/** The scheme counts appeal and instruction as one type. */
const scheme = (t: string): string => (t === 'instruction' ? 'appeal' : t);

type Row = readonly [kind: string, gold: string, held: '' | 'held', text: string];
const ROWS: readonly Row[] = [
  ['I', 'commitment', '', 'Pelayanan di kantor kecamatan tetap berjalan seperti biasa, tidak ada warga yang kami istimewakan karena pilihan politiknya.'],
  ['I', 'commitment', '', 'Kami tidak membeda-bedakan pasangan calon, semua tim mendapat jadwal yang sama.'],
  ['I', 'commitment', '', 'Puskesmas melayani semua pasien dan tidak kami bedakan berdasarkan dukungan politiknya.'],
  ['I', 'commitment', 'held', 'Tidak ada satu pun paslon yang kami istimewakan dalam pemberian izin kampanye.'],
  ['I', 'commitment', '', 'Semua warga kami layani tanpa membeda-bedakan pilihan politiknya.'],
  ['I', 'commitment', 'held', 'Saya tidak mengistimewakan calon mana pun selama menjabat kepala desa.'],
  ['I', 'commitment', '', 'Tidak ada yang kami anakemaskan, semua paslon boleh memakai lapangan desa sesuai jadwal.'],
  ['I', 'assessment', '', 'Belum ada laporan yang kami terima soal ASN yang tidak netral.'],
  ['I', 'warning', '', 'ASN dilarang mengistimewakan salah satu pasangan calon.'],
  ['I', 'instruction', '', 'Camat diminta tidak membeda-bedakan pelayanan kepada tim pasangan calon.'],
  ['I', 'warning', 'held', 'Jangan membeda-bedakan warga karena pilihan politiknya.'],
  ['I', 'assessment', '', 'Tidak ada pelanggaran yang kami temukan selama masa tenang.'],
  ['I', 'warning', 'held', 'Kalau ada kepala desa yang mengistimewakan calon tertentu, akan kami laporkan ke Bawaslu.'],
];

const got = ROWS.map(([, gold, held, text]) => ({ gold, held, text, type: classify(text).type }));
const agree = (held: boolean): [number, number] => {
  const rows = got.filter((r) => (r.held === 'held') === held);
  return [rows.filter((r) => scheme(r.type) === scheme(r.gold)).length, rows.length];
};
if (process.env.ROUND19_REPORT) {
  const [t, tn] = agree(false);
  const [h, hn] = agree(true);
  console.log(`round19 tuned ${t}/${tn}, held out ${h}/${hn}`);
  for (const r of got) if (scheme(r.type) !== scheme(r.gold)) console.log(`  ${r.held || 'tuned'}: ${r.gold} ← ${r.type}: ${r.text}`);
}

describe('round 19: equal treatment declared', () => {
  it.each(ROWS.filter((r) => r[2] === ''))('%s %s: %s %s', (_kind, gold, _held, text) => {
    expect(scheme(classify(text).type)).toBe(scheme(gold));
  });
  it('held-out rows agree at least as well as the floor', () => {
    const [h, hn] = agree(true);
    expect(h / hn).toBeGreaterThanOrEqual(0.75);
  });
});
