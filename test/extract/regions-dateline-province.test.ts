// A dateline of a place and its province, no outlet (closing16's leftover, check7/03: "Lombok Timur, NTB – …"; seed
// 001: "Lombok Timur NTB – …"; check16/08: "MAUMERE, NTT — …"): the cleaner strips it (clean/dateline.ts,
// dateline-place-comma-province, or dateline-place-only without the comma) and hands the place as written; the regions'
// dateline parser reads the place and the province from it, so both reach the results though neither stays in the text.
// Negative rows: a region's own name ending in a province's (`Banda Aceh`, `Bandar Lampung`) is one place; a place
// with no province after it gives no province.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { extractRegions } from '../../src/extract/regions/index.js';
import type { ExtractContext } from '../../src/model.js';

const TITLE = 'Polres Siagakan Personel di Kantor Bawaslu';
const LEAD = 'Polres menyiagakan personel pengamanan di kantor Bawaslu selama proses klarifikasi dugaan pelanggaran netralitas ASN.';
const SECOND = 'Langkah ini diambil setelah massa mendatangi kantor Bawaslu pekan lalu.';

function regionsOf(dateline: string): { codes: string[]; text: string } {
  const c = clean([TITLE, `${dateline} ${LEAD}`, SECOND].join('\n'));
  const ctx: ExtractContext = { articleId: 't', text: c.text, paragraphs: c.paragraphs, title: c.title, published: null, dateline: c.dateline };
  return { codes: extractRegions(ctx).map((r) => r.code).sort(), text: c.text };
}

describe('a place and its province in the dateline: stripped, both regions kept', () => {
  it.each([
    ['Lombok Timur, NTB –', ['52', '52.03']],
    ['Lombok Timur NTB –', ['52', '52.03']],
    ['LOMBOK TIMUR, NTB —', ['52', '52.03']],
    ['Mamuju, Sulawesi Barat –', ['76', '76.02']],
    ['Kupang, NTT -', ['53', '53.71']],
  ])('%s', (dateline, codes) => {
    const r = regionsOf(dateline);
    expect(r.text.split('\n\n')).toEqual([TITLE, LEAD, SECOND]);
    for (const code of codes) expect(r.codes).toContain(code);
  });
  // negative rows: a region's name that ends in a province's is one place, and names no other
  it.each([
    ['BANDA ACEH –', '11.71', '81.01'],
    ['Bandar Lampung –', '18.71', '18'],
  ])('%s is one place', (dateline, code, not) => {
    const r = regionsOf(dateline);
    expect(r.codes).toContain(code);
    expect(r.codes).not.toContain(not);
  });
  // negative rows: a person's office and a place, a list of two places with a colon, stay in the lead
  it.each(['Ketua Bawaslu NTB, Mataram –', 'Sleman, Kulon Progo:'])('%s stays in the lead', (dateline) => {
    expect(regionsOf(dateline).text).toContain(dateline);
  });
});
