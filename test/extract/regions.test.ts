import { describe, expect, it } from 'vitest';
import { extractRegions } from '../../src/extract/regions/index.js';
import { regencyOf } from '../../src/lexicon/gazetteer.js';
import { SEED_PLACES, ctxOf, fixture, newsCases } from './helpers.js';
import { budget } from '../helpers/budget.js';

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

describe('extractRegions: news fixtures (fixtures/officials/news, news2)', () => {
  it.each(newsCases())('%s', (file, e) => {
    const got = codes(fixture(file), e.place);
    for (const c of e.regions.required) expect(got, `missing ${c}`).toContain(c);
    // a district or village (`Camat Oebobo`) inside an expected regency or city is a finer mention, not a wrong one
    const allowed = [...e.regions.required, ...e.regions.optional];
    for (const c of got) expect(allowed, `unexpected ${c}`).toContain(allowed.includes(c) ? c : (regencyOf(c) ?? c));
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
    // every province, by name or abbreviation
    [
      'Aceh, Sumut, Sumbar, Riau, Jambi, Sumsel, Bengkulu, Lampung, Babel, Kepri, DKI, Jabar, Jateng, DIY, Jatim, Banten, Bali, NTB, NTT, Kalbar, Kalteng, Kalsel, Kaltim, Kaltara, Sulut, Sulteng, Sulsel, Sultra, Gorontalo, Sulbar, Maluku, Malut, Papua, Pabar, Papua Selatan, Papua Tengah, Papua Pegunungan dan PBD.',
      ['11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36', '51', '52', '53', '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82', '91', '92', '93', '94', '95', '96'],
    ],
    ['Sumatera Utara dan Sumut; Jawa Timur dan Jatim.', ['12', '35']],
    ['DKI Jakarta, Jakarta dan Jakarta Selatan.', ['31', '31.74']],
    // regency abbreviations
    [
      'Inhu, Inhil, Rohul, Rohil, Kuansing, OKU, OKI, Muba, Muratara, Lamsel, Lamteng, Kukar, Kutim, Tangsel, KSB, Taput, Madina, Sidrap, Pangkep, TTS, Halsel.',
      ['12.02', '12.13', '14.02', '14.04', '14.06', '14.07', '14.09', '16.01', '16.02', '16.06', '16.13', '18.01', '18.02', '36.74', '52.07', '53.02', '64.02', '64.08', '73.10', '73.14', '82.04'],
    ],
    // Yogyakarta: the city by default, the province when the context says so
    ['ASN di Yogyakarta wajib netral.', ['34.71']],
    ['Provinsi Yogyakarta dan Gubernur Yogyakarta.', ['34']],
    ['Daerah Istimewa Yogyakarta (DIY) dan Kota Yogyakarta.', ['34', '34.71']],
    // a bare shared name joins the level the article names explicitly
    ['Pemkot Malang menggelar apel. Di Malang, ASN diminta netral.', ['35.73']],
    ['Kabupaten Bogor menggelar apel. Warga Bogor diminta melapor.', ['32.01']],
    ['Kota Bekasi dan Kabupaten Bekasi. Di Bekasi, ASN diminta netral.', ['32.16', '32.75']],
    ['Kota Batu dan Kab. Sumbawa serta Pemkab Sumbawa.', ['35.79', '52.04']],
    // risky names after a title or an agency
    ['Kapolres Bone, Kepala BKPSDM Maros, Ketua Bawaslu Barru, Setda Agam dan Dandim 1608/Bima.', ['13.06', '52.06', '73.08', '73.09', '73.11']],
    // ordinary words and personal names that are also region names need context
    ['Buru-buru ASN itu pulang. Muna mengaku tidak tahu. Sigi dan Bungo adalah nama kucingnya.', []],
    ['Wisata Danau Toba ramai. Nelayan di Teluk Bone melaut. Agam Rinjani hadir.', []],
    ['Kantor Kemendagri di Jalan Medan Merdeka Utara.', []],
    ['Kota itu ramai di Tengah dan Barat.', []],
    ['Bantul dan Sleman menggelar apel.', ['34.02', '34.04']],
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
    extractRegions(ctxOf('Dandim 0905/Bima '.repeat(20_000)));
    extractRegions(ctxOf('Kota Malang Malang Bima Kabupaten Bima '.repeat(10_000)));
    expect(performance.now() - t0).toBeLessThan(budget(1000));
  });
});
