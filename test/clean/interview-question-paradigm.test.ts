// Paradigm of the footer-credit rule (src/clean/rules/furniture-and-tail.ts; issue 22: "the body loses nothing"): an
// interview written with a reporter's label ("Wartawan: Berapa ASN yang sudah diperiksa?") has its questions in
// lines that open with a credit label and a colon. A question is body: it stays. Negative rows: a real credit
// ("Wartawan: Andi Syahputra", "Reporter : Dewi Lestari", "Editor: Andi") at the end still goes.
// Blind score before (7724b49): 6 of the 12 question rows lost their question (those without a verb-prefixed word:
// "Bagaimana sikap …?", "Sudah berapa banyak?"); 5 of 5 credits removed. Now 12 of 12 stay and 5 of 5 still go.
// ("Tanya:", "T:" and a name with a colon are no credit labels: those 6 rows stayed before and stay.)
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';

const HEADLINE = 'Wawancara: Ketua Bawaslu Soal Netralitas ASN';
const LEAD = 'Ketua Bawaslu Kabupaten Sumbawa Rudi Hartono menjawab pertanyaan soal netralitas ASN menjelang pilkada.';
const ANSWER = 'Rudi: Sejauh ini ada tiga ASN yang kami periksa karena ikut kampanye calon bupati.';
const ANSWER_PARA = 'Sejauh ini ada tiga ASN yang kami periksa karena ikut kampanye calon bupati.';
const page = (q: string, a: string): string => [HEADLINE, LEAD, q, a, 'Redaksi menutup wawancara dengan ucapan terima kasih kepada narasumber.'].join('\n\n');

const QUESTIONS: readonly string[] = [
  'Wartawan: Bagaimana sikap Bawaslu soal ASN itu?',
  'Wartawan: Sudah berapa banyak?',
  'Wartawan : Apa sanksinya bagi ASN yang terbukti?',
  'WARTAWAN: Apakah sudah ada yang dicopot?',
  'Reporter: Siapa saja yang sudah diperiksa?',
  'Wartawan: Lalu bagaimana dengan kepala desa?',
  // (labels that are no credit label: they stood before and stay)
  'Tanya: Bagaimana sikap Bawaslu soal ASN itu?',
  'T: Sudah berapa banyak?',
  'Andi Syahputra: Lalu bagaimana dengan kepala desa?',
];

describe('footer-credit: an interview question after a reporter label stays (paradigm)', () => {
  for (const q of QUESTIONS) {
    for (const a of [ANSWER, ANSWER_PARA]) {
      it(`${q} / ${a.slice(0, 10)}`, () => {
        const text = clean(page(q, a)).text;
        expect(text).toContain(q);
        expect(text).toContain(a);
      });
    }
  }
});

const CREDITS: readonly string[] = ['Wartawan: Andi Syahputra', 'Reporter : Dewi Lestari', 'Editor: Andi', 'Wartawan: Ahmad Subaidi | Editor: Rudi', 'Pewarta: Ahmad Subaidi'];
describe('footer-credit: a real credit at the end still goes (negative rows)', () => {
  for (const credit of CREDITS) {
    it(credit, () => {
      const c = clean([HEADLINE, LEAD, ANSWER_PARA, credit].join('\n\n'));
      expect(c.text).not.toContain(credit);
      expect(c.text).toContain(ANSWER_PARA);
    });
  }
});
