// A region name that ends a facility's or a firm's name (`Bandara Internasional Sepinggan Balikpapan`, `Bursa Efek
// Surabaya`, `Hotel Santika Mataram`) is part of that name, not a region the article is about (ner-dev: the false
// regions after a capitalised word). Rows: every head of FACILITY_NAME_HEADS × provinces, regencies and cities of the
// gazetteer × the name right after the head or after a name word; negatives: the place after a comma or a lower-case
// word, the offices of government (`Kantor Bupati X`, `Pemkab X`), a bare `di X`.
import { describe, expect, it } from 'vitest';
import { extractRegions } from '../../src/extract/regions/index.js';
import { areaByCode } from '../../src/lexicon/gazetteer.js';
import { FACILITY_NAME_HEADS } from '../../src/lexicon/region-aliases.js';
import { ctxOf } from './helpers.js';

const codes = (text: string): string[] => extractRegions(ctxOf(`Judul Berita\n\n${text}`)).map((r) => r.code).sort();

// a province, regencies and cities whose bare names are no risky words (the codes are the test's, the names the gazetteer's)
const PLACES = ['64.71', '35.78', '52.71', '73.71', '52.03', '61'].map((code) => {
  const a = areaByCode(code)!;
  return { code, name: a.core };
});

describe('a place ending a facility name is no region', () => {
  const rows: Array<[string]> = [];
  for (const head of FACILITY_NAME_HEADS)
    for (const p of PLACES) {
      rows.push([`Ratusan warga berkumpul di ${head} ${p.name} sejak pagi.`]);
      rows.push([`Ratusan warga berkumpul di ${head} Sentosa ${p.name} sejak pagi.`]);
    }
  it.each(rows)('%s', (text) => {
    expect(codes(text)).toEqual([]);
  });

  const negatives: Array<[string, string]> = [];
  for (const head of FACILITY_NAME_HEADS)
    for (const p of PLACES) {
      negatives.push([`Ratusan warga berkumpul di ${head} Sentosa, ${p.name}, sejak pagi.`, p.code]);
      negatives.push([`Ratusan warga berkumpul di ${head.toLowerCase()} di ${p.name} sejak pagi.`, p.code]);
    }
  for (const p of PLACES) {
    negatives.push([`Apel digelar di ${p.name} pada pagi itu.`, p.code]);
    negatives.push([`Apel digelar di Kantor Gubernur ${p.name} pada pagi itu.`, p.code]);
  }
  it.each(negatives)('%s: the place stays', (text, code) => {
    expect(codes(text)).toContain(code);
  });
  it.each([
    ['Pemkab Lombok Timur menggelar apel di Hotel Lombok Raya.', ['52.03']],
    ['Bawaslu Kota Mataram memeriksa ASN di Bandara Internasional Lombok.', ['52.71']],
  ] as const)('%s', (text, want) => {
    expect(codes(text)).toEqual([...want]);
  });
});
