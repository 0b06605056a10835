// The cleaning check sets' scorer (junk-devset.ts) must itself be right: a body line counts as kept only where it
// belongs, after the body line before it, and a furniture line counts as left only as a paragraph of its own or
// glued to one's edge. Rows below are what a cleaner could do wrong and the scorer must see.
import { describe, expect, it } from 'vitest';
import { bodyOutOfOrder, junkStays } from './junk-devset.js';

describe('bodyOutOfOrder: a body line is kept only in its place', () => {
  const rows: Array<[string, string, string[], string[]]> = [
    ['all kept in order', 'A satu. B dua. C tiga.', ['A satu.', 'B dua.', 'C tiga.'], []],
    ['a line dropped', 'A satu. C tiga.', ['A satu.', 'B dua.', 'C tiga.'], ['B dua.']],
    // a short body line whose words survive only inside an earlier paragraph is still lost
    ['words survive only earlier', 'Ketua Bawaslu hadir. Lalu C tiga.', ['Ketua Bawaslu hadir.', 'Bawaslu', 'C tiga.'], ['Bawaslu']],
    ['a repeat kept instead of the line', 'B dua. A satu.', ['A satu.', 'B dua.'], ['B dua.']],
    ['a missing line does not move the search', 'A satu. C tiga.', ['A satu.', 'X', 'C tiga.'], ['X']],
  ];
  it.each(rows)('%s', (_what, text, body, lost) => {
    expect(bodyOutOfOrder(text, body)).toEqual(lost);
  });
});

describe('junkStays: furniture left as a paragraph or glued to one', () => {
  const rows: Array<[string, string[], string, string[], boolean]> = [
    ['a paragraph of its own', ['Body.', 'BACA JUGA: X'], 'BACA JUGA: X', [], true],
    ['glued to the start of a body paragraph', ['Editor: AB Body.'], 'Editor: AB', [], true],
    ['removed', ['Body.'], 'Editor: AB', [], false],
    ['a body line itself starting with those words', ['Pemerintah Kota Bengkulu menerbitkan edaran.'], 'Pemerintah Kota Bengkulu', ['Pemerintah Kota Bengkulu menerbitkan edaran.'], false],
  ];
  it.each(rows)('%s', (_what, paras, junk, body, stays) => {
    expect(junkStays(paras, junk, body)).toBe(stays);
  });
});
