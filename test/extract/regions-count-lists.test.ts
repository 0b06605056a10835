// A count list names its places as items followed by their counts ("Bangkalan 34, Sampang 21, Pamekasan 9, dan
// Sumenep 7"; "terbanyak di Kabupaten Wajo dengan 29 kasus, disusul Bone 24 dan Gowa 20"): a risky name (one that is
// also a common word or a personal name, RISKY_REGION_NAMES) is a region there as in a plain list of places (check10's
// count regions: Sampang, Bone and Gowa were lost). Rows cross every risky name with the count forms (digits, with a
// unit, in brackets, thousands), the separators (comma, `dan`, `, dan`, `serta`, semicolon) and the two shapes (a
// risky item after a confirmed one; two risky items together after a confirmed region elsewhere). Negative rows: no
// region named anywhere else in the text, a count after one name only, no count at all between the names.
import { describe, expect, it } from 'vitest';
import { RISKY_REGION_NAMES } from '../../src/lexicon/region-aliases.js';
import { extractRegions } from '../../src/extract/regions/index.js';
import { ctxOf } from './helpers.js';

const names = (text: string): string[] => extractRegions(ctxOf(text)).map((r) => r.name);
const has = (found: string[], place: string): boolean => found.some((n) => n.split(' ').includes(place) || n.endsWith(` ${place}`));

const COUNTS = ['21', '21 kasus', '(21 laporan)', '1.021'];
const SEPARATORS = [', ', ' dan ', ', dan ', ' serta ', '; '];
/** Risky names that are a place of their own (not a district only): every one of the lexicon's. */
const RISKY = RISKY_REGION_NAMES.filter((n) => has(names(`Warga di ${n} berkumpul.`), n));

describe('a risky name as an item of a count list', () => {
  it('reads most of the lexicon\'s risky names as places after `di`', () => {
    expect(RISKY.length).toBeGreaterThan(RISKY_REGION_NAMES.length * 0.8);
  });
  const rows: Array<[string, string]> = [];
  for (const [i, n] of RISKY.entries()) {
    const count = COUNTS[i % COUNTS.length]!;
    const sep = SEPARATORS[i % SEPARATORS.length]!;
    rows.push([`Bawaslu menangani 71 kasus: Bangkalan ${count}${sep}${n} 9, dan Sumenep 7.`, n]);
    const m = RISKY[(i + 1) % RISKY.length]!;
    rows.push([`Terbanyak di Kabupaten Wajo dengan 29 kasus, disusul ${n} ${count}${sep}${m} 20.`, n]);
    rows.push([`Terbanyak di Kabupaten Wajo dengan 29 kasus, disusul ${n} ${count}${sep}${m} 20.`, m]);
  }
  it.each(rows)('%s: %s', (text, place) => {
    expect(has(names(text), place)).toBe(true);
  });
});

describe('no count list, no risky place', () => {
  const rows: Array<[string, string]> = [];
  for (const [i, n] of RISKY.entries()) {
    const m = RISKY[(i + 1) % RISKY.length]!;
    const sep = SEPARATORS[i % SEPARATORS.length]!;
    // no region named elsewhere: a score or a tally of names, not places
    rows.push([`Skor akhir ${n} 3${sep}${m} 2.`, n]);
    // the second name has no count: not a count list of two
    rows.push([`Bawaslu Jawa Barat hadir. Pesan ${n} 3${sep}${m} tetap sama.`, n]);
    // no count between them and none after: two words, no list
    rows.push([`Bawaslu Jawa Barat hadir. Kata ${n} lalu ${m} 2 kali.`, m]);
  }
  it.each(rows)('%s: not %s', (text, place) => {
    expect(has(names(text), place)).toBe(false);
  });
});
