// A region inside an organisation's name is a region mention (the tool's convention: `Pemkab Bogor`, `Polres Gowa`,
// `KPU Sampang`, `DPD Partai Demokrat Bali`, `PN Jakarta Pusat` name the body's region). A risky name (RISKY_REGION_NAMES)
// right after any body's acronym is therefore that body's region (ner-dev: "Kepala BEI Medan", "Kantor BEI Medan").
// Rows cross every risky name with body acronyms of several kinds (a firm's branch, a party branch, a state company,
// a broadcaster, a collective) and what follows; negative rows: company forms and time zones (ACRONYMS_NOT_BODIES),
// a capitalised word after the name (a longer name: `PLN Batu Makmur`), an all-capital line, a word between.
import { describe, expect, it } from 'vitest';
import { ACRONYMS_NOT_BODIES, RISKY_REGION_NAMES } from '../../src/lexicon/region-aliases.js';
import { extractRegions } from '../../src/extract/regions/index.js';
import { ctxOf } from './helpers.js';

const names = (text: string): string[] => extractRegions(ctxOf(text)).map((r) => r.name);
const has = (found: string[], place: string): boolean => found.some((n) => n.split(' ').includes(place) || n.endsWith(` ${place}`));
const RISKY = RISKY_REGION_NAMES.filter((n) => has(names(`Warga di ${n} berkumpul.`), n));
const BODIES = ['BEI', 'PLN', 'DPC PDIP', 'PKS', 'RRI', 'PDAM', 'BPJS', 'ASN', 'HUT', 'KONI'];
const AFTER = [', Ahmad, mengatakan itu.', ' menyebut angka itu.', ' hadir.'];

describe('a risky name after a body\'s acronym is the body\'s region', () => {
  const rows: Array<[string, string]> = [];
  for (const [i, n] of RISKY.entries()) rows.push([`Kepala ${BODIES[i % BODIES.length]} ${n}${AFTER[i % AFTER.length]}`, n]);
  it.each(rows)('%s: %s', (text, place) => {
    expect(has(names(text), place)).toBe(true);
  });
});

describe('not after a company form, a time zone, nor inside a longer name', () => {
  const rows: Array<[string, string]> = [];
  for (const [i, n] of RISKY.entries()) {
    rows.push([`Kepala ${ACRONYMS_NOT_BODIES[i % ACRONYMS_NOT_BODIES.length]} ${n} menyebut angka itu.`, n]);
    rows.push([`Kepala ${BODIES[i % BODIES.length]} ${n} Makmur menyebut angka itu.`, n]);
    rows.push([`KEPALA ${BODIES[i % BODIES.length]} ${n.toUpperCase()} HADIR`, n]);
    rows.push([`Kepala ${BODIES[i % BODIES.length]} baru ${n} menyebut angka itu.`, n]);
  }
  it.each(rows)('%s: not %s', (text, place) => {
    expect(has(names(text), place)).toBe(false);
  });
});
