// speed16 (issue 19): isStationMasthead (src/clean/menu-rows.ts) runs its cheap tests (a sentence mark at the end, the
// word count) before the frequency pattern, which used to scan every body line first (2.6% of a worker's CPU in a
// profile of 3,000 bench articles). The order of pure tests is all that changed: the answer must be the one the
// pattern-first order gave, on every fixture line (and its all-caps, lower-case and KELVIN SIGN / long s variants) and
// on the table below. Blind score of the table before the change (846418b): 15/15 (a reorder: nothing to fix).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureLines } from '../helpers/fixture-lines.js';
import { isStationMasthead } from '../../src/clean/menu-rows.js';
import { FREQUENCY_UNITS, STATION_MASTHEAD_MAX_WORDS } from '../../src/lexicon/page-top.js';
import { alt } from '../../src/clean/rules/build.js';

/** The function as it was at 846418b: the frequency pattern first. */
const FREQUENCY = new RegExp(`(?:\\b\\d{2,4}(?:[.,]\\d{1,2})?\\s{0,2}(?:${alt(FREQUENCY_UNITS)})\\b|\\b(?:${alt(FREQUENCY_UNITS)})\\s{0,2}\\d{2,4}(?:[.,]\\d{1,2})?)`, 'iu');
const UNIT_WORDS = new Set(FREQUENCY_UNITS);
function patternFirst(text: string): boolean {
  if (!FREQUENCY.test(text) || /[.!?,;:]$/u.test(text)) return false;
  const words = text.split(' ').filter((w) => !/^[|–—·•-]$/u.test(w));
  return words.length <= STATION_MASTHEAD_MAX_WORDS && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || UNIT_WORDS.has(w.toLowerCase()));
}

const TABLE: Array<[string, boolean]> = [
    // mastheads: a frequency among capitalised words or numbers
    ['RADIO SUARA SAKTI FM 102,5 KERINCI', true],
    ['Suara Totabuan 101,7 FM - Suara Rakyat Bolmong', true],
    ['Radio Dermaga 88.4 MHz | Sorong', true],
    ['Radio Lintas 101,7 kHz', true],
    ['Pro 2 FM 105', true],
    // not mastheads
    ['Suara Totabuan 101,7 FM menyiarkan debat calon bupati.', false], // a sentence
    ['Radio Lintas 101,7 FM,', false], // ends with a clause mark
    ['Radio Suara Rakyat Kabupaten Bolaang Mongondow Utara Sulawesi 101,7 FM', false], // more words than a masthead
    ['Radio Suara Sakti Kerinci', false], // no frequency
    ['Rapat pukul 10.00 WIB di aula', false], // a lower-case word, no unit
    ['Radio Dalam 102,5 Kerinci', false], // "Dalam" is no unit: no frequency
    ['Siaran pagi 12 am', false], // a lower-case word that is no unit ("pagi")
    ['Siaran Pagi 12 am', true], // a unit in lower case is a masthead's word
    ['2024 FM', true], // a number and a unit: the shape, whatever it names
    ['', false],
];

describe('isStationMasthead: what a user sees', () => {
  it.each(TABLE)('%j → %s', (text, want) => {
    // (the table's own answers are the old order's: a reorder changes no answer)
    expect(patternFirst(text)).toBe(isStationMasthead(text));
    expect(isStationMasthead(text)).toBe(want);
  });
});

describe('isStationMasthead = the pattern-first order', () => {
  it('on every fixture line and its case variants (and the table\'s rows)', () => {
    const lines = [...fixtureLines(), ...TABLE.map(([t]) => t)];
    const differ = lines.filter((l) => isStationMasthead(l) !== patternFirst(l));
    expect(differ).toEqual([]);
    // (the comparison is not only over negatives)
    expect(lines.some((l) => isStationMasthead(l))).toBe(true);
  });

  it('on random rows of words, numbers, units and marks', () => {
    const piece = fc.constantFrom('Radio', 'SUARA', 'suara', 'FM', 'fm', 'Am', 'MHz', 'kHz', '\u212aHz', '102,5', '88.4', '7', '2024', '|', '-', '–', 'Kerinci', 'di', '.', ',', ':', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.constantFrom(' ', '  ', ''), (ps, sep) => {
        const text = ps.join(sep);
        expect(isStationMasthead(text)).toBe(patternFirst(text));
      }),
      { numRuns: 5000 },
    );
  });
});
