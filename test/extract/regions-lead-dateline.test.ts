// A release's dateline with a bracketed date is left in the lead by the cleaner (`KUPANG (12/2) – Bawaslu …`,
// `Tanjung Selor (12/2/2024) — …`): its place is the dateline's, read by the regions' dateline parser as when the
// cleaner splits one off: a dateline names a city (a name shared by a regency and a city is the city: issue 22), and a
// risky name (`MEDAN`, `BATU`) needs no other context there. Rows: every city of the gazetteer (its core name, in
// capitals and as written) × bracketed date forms × dashes; negative rows: no dash, a lower-case word after the dash,
// a date in a sentence, a non-place word.
import { describe, expect, it } from 'vitest';
import { provinces, regencies } from '../../src/lexicon/gazetteer.js';
import { extractRegions } from '../../src/extract/regions/index.js';
import { ctxOf } from './helpers.js';

const codes = (text: string): string[] => extractRegions(ctxOf(text)).map((r) => r.code);
const TITLE = 'Bawaslu Catat Laporan Netralitas ASN';
const BODY = 'Badan Pengawas Pemilu mencatat 12 laporan dugaan pelanggaran netralitas ASN.';
const DATES = ['(12/2)', '(12/2/2024)', '(Senin, 12/2)'];
const DASHES = [' –', ' -', ' —', ' --'];
/** Cities whose core name is one word or two (`Kupang`, `Tanjung Pinang`), not the Jakarta administrative cities, and
 *  not a province's name too (`JAMBI –` is read as the province, as a dateline the cleaner splits off). */
const PROVINCE_NAMES = new Set(provinces().map((p) => p.core));
const CITIES = regencies().filter((a) => a.level === 'city' && !a.name.includes('Administrasi') && a.core.split(' ').length <= 2 && !PROVINCE_NAMES.has(a.core));

describe('a lead dateline with a bracketed date names its city', () => {
  const rows: Array<[string, string]> = [];
  for (const [i, a] of CITIES.entries()) {
    const place = i % 2 === 0 ? a.core.toUpperCase() : a.core;
    rows.push([`${TITLE}\n\n${place} ${DATES[i % DATES.length]}${DASHES[i % DASHES.length]} ${BODY}`, a.code]);
  }
  it('covers the cities', () => expect(rows.length).toBeGreaterThan(80));
  it.each(rows)('%s: %s', (text, code) => {
    expect(codes(text)).toContain(code);
  });
});

describe('no dateline, no place from the lead', () => {
  const rows: string[] = [];
  for (const place of ['MEDAN', 'Batu', 'PADANG', 'Tegal']) {
    rows.push(`${TITLE}\n\n${place} (12/2) ${BODY}`);
    rows.push(`${TITLE}\n\n${place} (12/2) – mencatat 12 laporan dugaan pelanggaran.`);
    rows.push(`${TITLE}\n\n${BODY} Rapat digelar ${place.toLowerCase()} (12/2) – Bawaslu hadir.`);
    rows.push(`${TITLE}\n\n${place} (Bawaslu) – ${BODY}`);
  }
  it.each(rows)('%s', (text) => {
    expect(codes(text)).toEqual([]);
  });
});
