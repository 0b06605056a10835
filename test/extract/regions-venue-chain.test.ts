// A risky name (RISKY_REGION_NAMES: also a common word or a personal name) that closes a place phrase is its town:
// a preposition of VENUE_PREPOSITIONS, a venue's name or a street address (ADDRESS_WORDS), maybe a district, a comma,
// the name, then punctuation ("yang terletak di Jalan Asia No. 182, Medan." on ner-dev; "kata X di Kantor Bawaslu,
// Serang, Senin (12/2)"). Rows cross every risky name with the prepositions, venue shapes and what follows; negative
// rows: a lower-case word in the chain, no preposition, a word (not punctuation) after the name.
import { describe, expect, it } from 'vitest';
import { RISKY_REGION_NAMES, VENUE_PREPOSITIONS } from '../../src/lexicon/region-aliases.js';
import { extractRegions } from '../../src/extract/regions/index.js';
import { ctxOf } from './helpers.js';

const names = (text: string): string[] => extractRegions(ctxOf(text)).map((r) => r.name);
const has = (found: string[], place: string): boolean => found.some((n) => n.split(' ').includes(place) || n.endsWith(` ${place}`));
const RISKY = RISKY_REGION_NAMES.filter((n) => has(names(`Warga di ${n} berkumpul.`), n));

const VENUES = ['Kantor Bawaslu', 'Jalan Asia No. 182', 'Aula Kantor Camat, Kecamatan Sukamaju', 'Gedung Serbaguna Lt. 2', 'Jl. Merdeka Nomor 5A', 'Hotel Grand Sahid Jaya'];
const AFTER = ['.', ', Senin (12/2/2024).', ', kemarin.', ';', ' (12/2).'];

describe('a risky name that ends a place phrase after a venue is its town', () => {
  const rows: Array<[string, string]> = [];
  for (const [i, n] of RISKY.entries())
    for (const prep of VENUE_PREPOSITIONS) {
      const venue = VENUES[i % VENUES.length]!;
      const after = AFTER[(i + prep.length) % AFTER.length]!;
      rows.push([`Hal itu disampaikan Ketua Panitia ${prep} ${venue}, ${n}${after}`, n]);
    }
  it.each(rows)('%s: %s', (text, place) => {
    expect(has(names(text), place)).toBe(true);
  });
});

describe('no place phrase, no risky town', () => {
  const rows: Array<[string, string]> = [];
  // (venues without a district: `Kecamatan Sukamaju, Batu` is a list of two places, read by list-items before this)
  const plain = VENUES.filter((v) => !v.includes('Kecamatan'));
  for (const [i, n] of RISKY.entries()) {
    const venue = plain[i % plain.length]!;
    // a lower-case word in the chain: not a venue's name
    rows.push([`Hal itu disampaikan di hadapan para warga, ${n}.`, n]);
    // no preposition before the venue
    rows.push([`Hal itu disampaikan ${venue.toLowerCase()}, ${n}.`, n]);
    // a word after the name: the name opens a clause of its own
    rows.push([`Hal itu disampaikan di ${venue}, ${n} menjawab pertanyaan wartawan.`, n]);
  }
  it.each(rows)('%s: not %s', (text, place) => {
    expect(has(names(text), place)).toBe(false);
  });
});
