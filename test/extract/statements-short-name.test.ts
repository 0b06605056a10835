// fullNameInApposition (statements/short-name.ts): the full name a one-word short name stands for, read from the
// last apposition `, <word> <Capitalised>{1,3}` closed by a comma or a bracket before `pos`. It reads with one
// pattern compiled once (a pattern built per call from the word made an article's cost depend on V8's regex cache);
// the rows pin its answers against the per-call pattern it replaced, with negatives.
import { describe, expect, it } from 'vitest';
import { fullNameInApposition } from '../../src/extract/statements/short-name.js';
import { escapeRe } from '../../src/text/regex.js';

/** The replaced reading: a pattern built from the word, over the text before `pos` (3,000 characters back). */
function reference(text: string, word: string, pos: number): string | null {
  const hay = text.slice(Math.max(0, pos - 3000), pos);
  const re = new RegExp(`,[ \\t]{1,2}(${escapeRe(word)}(?:[ \\t]{1,2}\\p{Lu}[\\p{Ll}'’]{1,30}){1,3})[ \\t]{0,2}[,(]`, 'gu');
  let last: string | null = null;
  for (let m = re.exec(hay); m; m = re.exec(hay)) last = m[1]!;
  return last;
}

const rows: Array<[string, string, string | null]> = [
  ['Pemeriksaan oleh kapitalaung kampung, Yulius Pangemanan, dilakukan pekan lalu. Yulius mengaku', 'Yulius', 'Yulius Pangemanan'],
  ['Calon kepala desa, Ahmad Rifai Nasution (45), hadir. Ahmad membantah', 'Ahmad', 'Ahmad Rifai Nasution'],
  ['Hadir pula camat, Budi Santoso, dan lurah, Budi Hartono Wijaya, di lokasi. Budi menyebut', 'Budi', 'Budi Hartono Wijaya'],
  ['Hadir pula camat,   Budi Santoso, di lokasi. Budi menyebut', 'Budi', null],
  ['Hadir pula camat, Budi santoso, di lokasi. Budi menyebut', 'Budi', null],
  ['Hadir pula camat, Budiman Santoso, di lokasi. Budi menyebut', 'Budi', null],
  ['Hadir pula camat, Budi Santoso di lokasi. Budi menyebut', 'Budi', null],
  ['Hadir pula camat,\tBudi Santoso (50), di lokasi. Budi menyebut', 'Budi', 'Budi Santoso'],
  ['Hadir, Budi Santoso Putra Wijaya Kusuma, di lokasi. Budi menyebut', 'Budi', null],
];

describe('fullNameInApposition', () => {
  it.each(rows)('%s', (text, word, want) => {
    const pos = text.lastIndexOf(word);
    expect(fullNameInApposition(text, word, pos)).toBe(want);
    expect(fullNameInApposition(text, word, pos)).toBe(reference(text, word, pos));
  });
  it('the closing comma must lie before the short name', () => {
    const text = 'Hadir, Budi Santoso';
    expect(fullNameInApposition(text, 'Budi', text.length)).toBe(null);
    expect(reference(text, 'Budi', text.length)).toBe(null);
  });
});
