import { describe, expect, it } from 'vitest';
import { extractRegions } from '../../src/extract/regions/index.js';
import { SEED_PLACES, ctxOf, fixture } from './helpers.js';

const codes = (text: string, place?: string): string[] =>
  extractRegions(ctxOf(text, place ? { place } : {})).map((r) => r.code);

describe('extractRegions: seeds (cleaned text)', () => {
  it.each<[string, string[]]>([
    ['000', ['52', '52.03']],
    ['001', ['52', '52.03']],
    ['002', ['19', '19.71', '31']],
    ['003', ['52.01']],
    ['004', ['62.06']],
  ])('seed %s → %j', (id, want) => {
    const text = fixture(`seed-${id}.clean.txt`);
    expect(codes(text, SEED_PLACES[id])).toEqual(want);
  });

  it('seed 004: KASONGAN resolves to Kabupaten Katingan via the village table', () => {
    const text = fixture('seed-004.clean.txt');
    const [r] = extractRegions(ctxOf(text, { place: 'KASONGAN' }));
    expect(r).toMatchObject({ code: '62.06', name: 'Kabupaten Katingan', level: 'regency' });
    expect(r!.surface).toEqual(['KASONGAN', 'Kabupaten Katingan']);
    const at = text.indexOf('KASONGAN');
    expect(at).toBeGreaterThan(0);
    expect(r!.spans[0]).toEqual({ start: at, end: at + 8, text: 'KASONGAN', rule: 'dateline-town' });
  });

  it('seed 000: surfaces, mentions and exact spans', () => {
    const text = fixture('seed-000.clean.txt');
    const rs = extractRegions(ctxOf(text, { place: 'LOTIM' }));
    const lotim = rs.find((r) => r.code === '52.03')!;
    expect(lotim.surface).toEqual(['Kabupaten Lombok Timur', 'LOTIM', 'Lotim']);
    for (const r of rs) for (const s of r.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(rs.find((r) => r.code === '52')!.mentions).toBe(text.split('NTB').length - 1);
  });
});

describe('extractRegions: patterns', () => {
  it.each<[string, string[]]>([
    // ambiguity kabupaten / kota
    ['ASN di Kabupaten Bima wajib netral.', ['52.06']],
    ['ASN di Kota Bima wajib netral.', ['52.72']],
    ['Pemkot Bima menggelar apel.', ['52.72']],
    ['Wali Kota Bima hadir.', ['52.72']],
    ['Pemkab Bekasi dan Kota Bekasi.', ['32.16', '32.75']],
    ['Bupati Malang dan Wali Kota Malang.', ['35.07', '35.73']],
    ['warga Kupang berkumpul.', ['53.01']],
    // longest match
    ['Kepulauan Bangka Belitung dan Bangka Barat.', ['19', '19.05']],
    ['Bangka Belitung', ['19']],
    ['Kabupaten Bangka', ['19.01']],
    // aliases and spelling variants
    ['Lotim, Lobar, Loteng dan KLU di NTB.', ['52', '52.01', '52.02', '52.03', '52.08']],
    ['Pangkalpinang', ['19.71']],
    ['Kotim dan Kalteng', ['62', '62.02']],
    ['Provinsi Jawa Barat', ['32']],
    ['di Jakarta, Selasa.', ['31']],
    ['Kecamatan Selong di Lombok Timur', ['52.03', '52.03.07']],
    ['Desa Pringgasela Selatan, Lombok Timur', ['52.03', '52.03.12.2007']],
    // negatives
    ['Indonesia dan Republik Indonesia', []],
    ['Kalteng Pos melaporkan.', []],
    ['Radar Lombok dan Tribun Jatim', []],
    ['batu, malang, tegal, pati dan ntb ditulis kecil.', []],
    ['Batu loncatan itu penting. Pati adalah inti.', []],
    ['Bima Arya menyampaikan pidato.', []],
    ['Desa Sukamaju tanpa kabupaten.', []],
    ['Lombok\n\nTimur', []],
  ])('%j → %j', (text, want) => {
    expect(codes(text)).toEqual(want);
  });

  it.each<[string, string, string[]]>([
    ['LOTIM - Bupati hadir.', 'LOTIM', ['52.03']],
    ['Pangkalpinang (ANTARA) - Gubernur hadir.', 'Pangkalpinang', ['19.71']],
    ['SELONG - Hari ini di Lombok Timur.', 'SELONG', ['52.03']],
    ['SELONG - Tanpa kabupaten.', 'SELONG', ['52.03']],
    ['XYZABC - Tidak dikenal.', 'XYZABC', []],
  ])('dateline %j (%s)', (text, place, want) => {
    expect(codes(text, place)).toEqual(want);
  });

  it('spans carry [start,end) and the rule', () => {
    const text = 'Pemerintah Kabupaten Lombok Timur dan NTB.';
    const rs = extractRegions(ctxOf(text));
    expect(rs.map((r) => r.spans.map((s) => [s.start, s.end, s.text, s.rule]))).toEqual([
      [[38, 41, 'NTB', 'alias']],
      [[11, 33, 'Kabupaten Lombok Timur', 'admin-prefix']],
    ]);
  });

  it('is fast on pathological input', () => {
    const t0 = performance.now();
    extractRegions(ctxOf(' '.repeat(200_000)));
    extractRegions(ctxOf('Kabupaten '.repeat(50_000)));
    extractRegions(ctxOf('Desa '.repeat(50_000)));
    extractRegions(ctxOf('Lombok Timur '.repeat(20_000)));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
