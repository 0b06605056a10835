import { describe, expect, it } from 'vitest';
import { extractAdminContext } from '../../src/extract/regions/parsers/admin-context.js';
import { areaByCode } from '../../src/lexicon/gazetteer.js';

/** Each hit of admin-context as its text, and the parents (district or regency) its readings may lie under. */
function items(text: string): Array<[string, string[]]> {
  return extractAdminContext(text).map((h) => [text.slice(h.start, h.end), [...new Set((h.candidates ?? [h.code]).map((c) => areaByCode(c)!.parent!))].sort()]);
}

describe('admin-context: the items of a list of units share one parent', () => {
  it.each<[string, Array<[string, string[]]>]>([
    // villages named in many districts: every item keeps only the readings under the parents all items share; an item
    // under none of them ends the list (no arbitrary code in another province)
    ['Warga Desa Sukamaju, Sukasari dan Sukaresmi menolak.', [['Desa Sukamaju', ['17.05.06', '32.13.24']], ['Sukasari', ['17.05.06', '32.13.24']]]],
    ['Warga Desa Sukamaju dan Sukaresmi menolak.', [['Desa Sukamaju', ['32.01.26', '36.02.22']], ['Sukaresmi', ['32.01.26', '36.02.22']]]],
    ['Warga Kelurahan Sukamaju, Sukasari dan Sukaresmi menolak.', [['Kelurahan Sukamaju', ['17.05.06', '32.13.24']], ['Sukasari', ['17.05.06', '32.13.24']]]],
    // districts of one regency: unchanged
    ['Kecamatan Mengkendek, Sangalla, Rantetayo dan Bonggakaradeng', [['Kecamatan Mengkendek', ['73.18']], ['Sangalla', ['73.18']], ['Rantetayo', ['73.18']], ['Bonggakaradeng', ['73.18']]]],
    // negative: no list, the unit keeps all its readings
    ['Warga Kecamatan Mengkendek menolak.', [['Kecamatan Mengkendek', ['73.18']]]],
  ])('%j', (text, want) => {
    expect(items(text)).toEqual(want);
  });
});

describe('admin-context: a name whose last word occurs earlier in it ends at its own last word', () => {
  it.each<[string, string[]]>([
    ['Warga Kecamatan Barumun Baru hadir.', ['Kecamatan Barumun Baru']],
    ['Warga Kecamatan Sianjar Mula Mula hadir.', ['Kecamatan Sianjar Mula Mula']],
    ['Warga Kecamatan Silima Pungga Pungga hadir.', ['Kecamatan Silima Pungga Pungga']],
    ['Warga Kecamatan Sianjar Mula Mula, Harian dan Palipi hadir.', ['Kecamatan Sianjar Mula Mula', 'Harian', 'Palipi']],
    // negative: a name with no repeated word
    ['Warga Kecamatan Mengkendek hadir.', ['Kecamatan Mengkendek']],
  ])('%j', (text, want) => {
    expect(items(text).map(([t]) => t)).toEqual(want);
  });
});
