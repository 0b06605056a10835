// Paradigm of the credits in brackets at a paragraph's end (src/clean/rules/furniture-and-tail.ts, issue 22): an
// outlet's domain and a writer's or photographer's name ("(Tribunlampung.co.id/Yoga Pratama)"), and editor initials
// alone on a line in any case ("(Rhm)", "(HLM)", "(ant)"). Each domain form (lower case, Title Case, capitals, a
// hyphen, a second-level suffix) crossed with each name form (one word, two words, capitals, an initial with a dot)
// and each position (alone on its line, after a sentence's stop, after a closing quote): the credit goes, the sentence
// before it stays whole. Negative rows: brackets that are text (an acronym, a spelled-out body, a date, a web address
// whose path is in lower case, a name without a domain after a sentence), which stay.
// Before (1249bba): 0 of the 120 domain-credit rows and 5 of the 6 initials rows (all but "(Rhm)") were removed; every
// negative row stayed. Now all of them go, and every negative row stays. A caption whose credit this takes keeps its
// sentence (check3/08): the credit goes, the caption stays.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';

const DOMAINS = ['tribunlampung.co.id', 'Tribunlampung.co.id', 'BANJARMASINPOST.CO.ID', 'Tribun-Sulbar.com', 'kabarbanua.id', 'RadarSampit.com'];
const NAMES = ['Suandi', 'Yoga Pratama', 'MUHAMMAD FADLI', 'M. Rizal', 'Dewi Ayu Lestari'];
const SENTENCE = 'Bawaslu Lampung Tengah memanggil camat tersebut untuk dimintai keterangan pekan depan.';
const QUOTE = '"Kami akan panggil yang bersangkutan," ujar Desi.';
const HEADLINE = 'Camat di Lampung Tengah Diperiksa Bawaslu';
const BODY1 = 'Anggota Bawaslu Lampung Tengah mengatakan camat tersebut hadir mengenakan seragam dinas.';

/** The page: headline, a body line, then the line under test. */
const page = (line: string): string => [HEADLINE, BODY1, line].join('\n');

describe('credits in brackets: outlet domain and name, every form and position (paradigm)', () => {
  for (const domain of DOMAINS) {
    it(domain, () => {
      const failed: string[] = [];
      for (const name of NAMES) {
        const credit = `(${domain}/${name})`;
        for (const [before, kept] of [['', null], [`${SENTENCE} `, SENTENCE], [`${QUOTE} `, QUOTE], [`${SENTENCE}`, SENTENCE]] as const) {
          const c = clean(page(`${before}${credit}`));
          const ok = !c.text.includes(credit) && c.text.includes(BODY1) && (kept === null || c.text.endsWith(kept)) && c.removed.some((r) => r.rule === 'outlet-credit-paren');
          if (!ok) failed.push(`${before}${credit} → ${JSON.stringify(c.text.slice(-120))}`);
        }
      }
      expect(failed, failed.join('\n')).toEqual([]);
    });
  }
  it('editor initials alone on a line, in any case', () => {
    for (const initials of ['(Rhm)', '(HLM)', '(ant)', '(Red)', '(Ant)', '(rls)']) {
      const c = clean(page(initials));
      expect(c.text, initials).not.toContain(initials);
      expect(c.text).toContain(BODY1);
    }
  });
});

describe('credits in brackets: brackets that are text stay (negative rows)', () => {
  const NEGATIVE: ReadonlyArray<readonly [string, string]> = [
    ['an acronym after a sentence', 'Laporan itu diteruskan ke Badan Kepegawaian Negara (BKN)'],
    ['a spelled-out body', 'Hasil kajian dikirim ke BKN (Badan Kepegawaian Negara)'],
    ['a date', 'Rapat digelar di Ruang Amongtani, Senin (21/10/2024)'],
    ['a web address in lower case', 'Warga dapat melapor melalui laman resmi. (lapor.bawaslu.go.id/pengaduan)'],
    ['a name without a domain', 'Kegiatan itu dihadiri pejabat daerah. (Kepala Dinas/Sekretaris Daerah)'],
    ['Title Case words alone, too long for initials', '(Bersambung ke halaman berikutnya)'],
  ];
  for (const [what, line] of NEGATIVE) {
    it(what, () => {
      const c = clean(page(line));
      expect(c.text).toContain(line);
    });
  }
});
