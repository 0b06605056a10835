// cueMask (regions) is a pre-filter: for every window, each context regex that matches it must have its bit set.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cueInternals } from '../../src/extract/regions/cues.js';

const { cueMask, regexes } = cueInternals;

/** Words the regexes end on or nearly so, in several cases, plus look-alikes and non-ASCII letters. */
const WORDS = [
  'Kabupaten', 'KAB', 'Kab', 'kab', 'Kota', 'KOTA', 'kota', 'Administrasi', 'Adm', 'Provinsi', 'Prov', 'PROV',
  'Bupati', 'bupati', 'Wakil', 'Wali', 'wali', 'Walikota', 'WaliKota', 'Pemkab', 'PEMKOT', 'Pemprov', 'Gubernur',
  'di', 'DI', 'ke', 'dari', 'asal', 'wilayah', 'warga', 'Masyarakat', 'se', 'daerah', 'Dandim', 'Kodim', 'Korem',
  'Koramil', 'Radar', 'Tribun', 'radar', 'Info', 'BKPSDM', 'Dinkes', 'DPRD', 'Kapolres', 'Pemda', 'Inspektorat',
  'kabupatenku', 'dikota', 'ſe', 'Dİ', 'Kotá', 'é', 'x', '0905', '1608', 'Lombok',
];
const GLUE = [' ', '  ', '   ', '\t', '.', '. ', '.  ', '/', '/ ', ' / ', '-', ',', '\n', ''];

const windows = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...GLUE), fc.string({ maxLength: 3 })), { maxLength: 10 })
  .map((parts) => parts.join(''));

describe('cueMask', () => {
  it('sets the bit of every context regex that matches the window', () => {
    fc.assert(
      fc.property(windows, fc.nat(45), (text, cut) => {
        const lo = Math.min(cut, text.length);
        const mask = cueMask(text, lo, text.length);
        const window = text.slice(lo);
        for (const [bit, re] of regexes) if (re.test(window)) expect(mask & bit, `${re.source} on ${JSON.stringify(window)}`).toBe(bit);
      }),
      { numRuns: 20000 },
    );
  });

  it.each([
    ['Pemerintah Kabupaten ', 1 | 4],
    ['warga di ', 4 | 16],
    ['Dandim 0905/', 8],
    ['Koran Radar ', 32],
    ['Kab. ', 1 | 4],
    ['Bupati. ', 4],
    ['Selamat datang', 0],
    ['kabupatenku ', 0],
  ])('%j → %i', (text, mask) => {
    expect(cueMask(text, 0, text.length)).toBe(mask);
  });
});
