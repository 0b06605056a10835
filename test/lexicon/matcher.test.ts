import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../src/lexicon/matcher.js';

const m = new PhraseMatcher<string>([
  { phrase: 'NTB', mode: 'exact', value: 'ntb' },
  { phrase: 'Lotim', mode: 'exact', value: 'lotim' },
  { phrase: 'Lombok Timur', mode: 'title', value: 'lt' },
  { phrase: 'Bangka', mode: 'title', value: 'b' },
  { phrase: 'Bangka Belitung', mode: 'title', value: 'bb' },
  { phrase: 'Kepulauan Bangka Belitung', mode: 'title', value: 'kbb' },
  { phrase: 'Toli Toli', mode: 'title', value: 'tt' },
  { phrase: 'Batu', mode: 'title', value: 'batu' },
]);
const hits = (t: string): string[] => m.matchAll(t).map((x) => `${x.text}=${x.values.join('+')}`);

describe('PhraseMatcher', () => {
  it.each<[string, string[]]>([
    ['di NTB dan Lotim', ['NTB=ntb', 'Lotim=lotim']],
    ['LOTIM.LombokJournal', ['LOTIM=lotim']],
    ['Kabupaten Lombok Timur', ['Lombok Timur=lt']],
    ['LOMBOK TIMUR', ['LOMBOK TIMUR=lt']],
    ['Kepulauan Bangka Belitung dan Bangka', ['Kepulauan Bangka Belitung=kbb', 'Bangka=b']],
    ['Bangka Belitung', ['Bangka Belitung=bb']],
    ['Toli-Toli', ['Toli-Toli=tt']],
    // negatives: case, word boundary, line break, inner word
    ['ntb lotim Ntb', []],
    ['lombok timur', []],
    ['Lombok\n\nTimur', []],
    ['NTBX BNTB', []],
    ['batu bata', []],
    ['Batubara', []],
  ])('%j', (text, want) => {
    expect(hits(text)).toEqual(want);
  });

  it('is fast on pathological input', () => {
    const t0 = performance.now();
    m.matchAll(' '.repeat(200_000));
    m.matchAll('Bangka '.repeat(50_000));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
