import { describe, expect, it } from 'vitest';
import { officialKey } from '../../src/corpus/identity.js';
import { extractOfficials } from '../../src/extract/officials/index.js';
import { extractRegions } from '../../src/extract/regions/index.js';
import type { Official } from '../../src/model.js';
import { SEED_PLACES, ctxOf, fixture } from './helpers.js';

function run(text: string, opts: { place?: string; title?: string | null } = {}): Official[] {
  const ctx = ctxOf(text, opts);
  return extractOfficials(ctx, extractRegions(ctx));
}
const brief = (o: Official) => [o.name, o.title, o.role, o.acting, o.institution, o.region?.code ?? null];

describe('extractOfficials: seeds (cleaned text)', () => {
  it.each<[string, Array<[string, string, string, string]>]>([
    ['000', [['Hassanudin', 'Pj Gubernur NTB', 'gubernur', '52'], ['Muhammad Juaini Taofik', 'Pj Bupati Lotim', 'bupati', '52.03']]],
    ['001', [['Juaini Taofik', 'Penjabat Bupati Lombok Timur', 'bupati', '52.03'], ['Hasanuddin', 'Pj Gubernur NTB', 'gubernur', '52']]],
    ['002', [['Sugito', 'Penjabat Gubernur Kepulauan Bangka Belitung', 'gubernur', '19'], ['Rahmat Bagja', 'Ketua Bawaslu Republik Indonesia', 'ketua bawaslu', '']]],
    ['003', [['Ilham', 'PJ Bupati Lombok Barat', 'bupati', '52.01'], ['Hesty Rahayu', 'Komisioner Bawaslu Lombok Barat', 'komisioner bawaslu', '52.01']]],
    ['004', [['Pransang', 'Sekda Kabupaten Katingan', 'sekda', '62.06']]],
  ])('seed %s', (id, want) => {
    const offs = run(fixture(`seed-${id}.clean.txt`), { place: SEED_PLACES[id] });
    expect(offs.map((o) => [o.name, o.title, o.role, o.region?.code ?? ''])).toEqual(want);
  });

  it('seed 001: one entry for Juaini Taofik with every mention', () => {
    const text = fixture('seed-001.clean.txt');
    const [j] = run(text);
    expect(j).toMatchObject({ nameAsWritten: 'Drs. HM Juaini Taofik', acting: true, institution: 'Pemkab Lombok Timur', mentions: 4 });
    expect(j!.spans.map((s) => s.text)).toEqual([
      'Penjabat Bupati Lombok Timur, Drs. HM Juaini Taofik',
      'Juaini Taofik',
      'Pj Bupati H.M.Juaini Taofik',
      'H.M.Juaini',
    ]);
    for (const s of j!.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(j!.id).toBe(officialKey('Juaini Taofik', 'bupati', '52.03'));
  });

  it('seed 003: the headline title goes to the recurring speaker Ilham', () => {
    const [ilham] = run(fixture('seed-003.clean.txt'));
    expect(ilham).toMatchObject({ name: 'Ilham', acting: true, rule: 'headline-title', institution: 'Pemkab Lombok Barat' });
    expect(ilham!.spans.filter((s) => s.rule === 'recurring-speaker')).toHaveLength(10);
  });

  it('cross-article ids agree for the samePerson pairs', () => {
    const a = run(fixture('seed-000.clean.txt'), { place: 'LOTIM' });
    const b = run(fixture('seed-001.clean.txt'));
    expect(a.map((o) => o.id).sort()).toEqual(b.map((o) => o.id).sort());
  });
});

describe('extractOfficials: patterns', () => {
  it.each<[string, Array<Array<string | boolean | null>>]>([
    ['Pj Gubernur NTB, Hassanudin hadir.', [['Hassanudin', 'Pj Gubernur NTB', 'gubernur', true, 'Pemprov NTB', '52']]],
    ['Wali Kota Mataram H. Mohan Roliskana meminta ASN netral.', [['Mohan Roliskana', 'Wali Kota Mataram', 'walikota', false, 'Pemkot Mataram', '52.71']]],
    ["Walikota Bima, Hj. Sa'adah Mahfud, hadir.", [["Sa'adah Mahfud", 'Walikota Bima', 'walikota', false, 'Pemkot Bima', '52.72']]],
    ['Wakil Bupati Lombok Tengah Nursiah mengatakan itu.', [['Nursiah', 'Wakil Bupati Lombok Tengah', 'wakil bupati', false, 'Pemkab Lombok Tengah', '52.02']]],
    ['Wakil Wali Kota Bima Feri Sofiyan hadir.', [['Feri Sofiyan', 'Wakil Wali Kota Bima', 'wakil walikota', false, 'Pemkot Bima', '52.72']]],
    ['Camat Selong, Ahmad Subhan, hadir di Lombok Timur.', [['Ahmad Subhan', 'Camat Selong', 'camat', false, 'Kecamatan Selong', '52.03.07']]],
    ['Camat Selong Ahmad Subhan hadir di Lombok Timur.', [['Ahmad Subhan', 'Camat Selong', 'camat', false, 'Kecamatan Selong', '52.03.07']]],
    ['Kepala Desa Pringgasela Selatan, Muhammad Zaini, hadir di Lombok Timur.', [['Muhammad Zaini', 'Kepala Desa Pringgasela Selatan', 'kepala desa', false, 'Desa Pringgasela Selatan', '52.03.12.2007']]],
    ['Lurah Pancor Lalu Budi hadir di Kabupaten Lombok Timur.', [['Lalu Budi', 'Lurah Pancor', 'lurah', false, 'Kelurahan Pancor', '52.03.07.1001']]],
    ['Plt Kepala BKPSDM Lombok Timur, Muhammad Hairi, mengatakan itu.', [['Muhammad Hairi', 'Plt Kepala BKPSDM Lombok Timur', 'kepala badan', true, 'BKPSDM Lombok Timur', '52.03']]],
    ['Kapolres Lombok Timur AKBP Hery Indra Cahyono memimpin apel.', [['Hery Indra Cahyono', 'Kapolres Lombok Timur', 'kapolres', false, 'Polres Lombok Timur', '52.03']]],
    ["Wakil Presiden Ma'ruf Amin meminta ASN netral.", [["Ma'ruf Amin", 'Wakil Presiden', 'wakil presiden', false, 'Republik Indonesia', null]]],
    ['Kepala Dinas Kominfo Lombok Barat Agus F. Hidayat menjelaskan.', [['Agus F. Hidayat', 'Kepala Dinas Kominfo Lombok Barat', 'kepala dinas', false, 'Dinas Kominfo Lombok Barat', '52.01']]],
    ['Hal itu disampaikan Budi Santoso, Kepala Dinas Kominfo Kabupaten Bima, Senin.', [['Budi Santoso', 'Kepala Dinas Kominfo Kabupaten Bima', 'kepala dinas', false, 'Dinas Kominfo Bima', '52.06']]],
    ['Menurut Rina Wati selaku Kepala BKD Kota Bima, ASN harus netral.', [['Rina Wati', 'Kepala BKD Kota Bima', 'kepala badan', false, 'BKD Bima', '52.72']]],
    ['Ketua KASN Agus Pramusinto mengingatkan ASN.', [['Agus Pramusinto', 'Ketua KASN', 'ketua kasn', false, 'KASN', null]]],
    ['Kepala BKN Zudan Arif Fakrulloh hadir.', [['Zudan Arif Fakrulloh', 'Kepala BKN', 'kepala bkn', false, 'BKN', null]]],
    ['Ketua Bawaslu RI Rahmat Bagja membuka acara.', [['Rahmat Bagja', 'Ketua Bawaslu RI', 'ketua bawaslu', false, 'Bawaslu RI', null]]],
    ['Ketua KPU Kota Mataram Yuyun Wahyuni hadir.', [['Yuyun Wahyuni', 'Ketua KPU Kota Mataram', 'ketua kpu', false, 'KPU Mataram', '52.71']]],
    ['Sugito menegaskan, kata Penjabat Gubernur Kepulauan Bangka Belitung Sugito.', [['Sugito', 'Penjabat Gubernur Kepulauan Bangka Belitung', 'gubernur', true, 'Pemprov Kepulauan Bangka Belitung', '19']]],
    ['Pj Bupati Lotim, Drs. H. Juaini Taofik, M.Si, hadir.', [['Juaini Taofik', 'Pj Bupati Lotim', 'bupati', true, 'Pemkab Lombok Timur', '52.03']]],
  ])('%j', (text, want) => {
    expect(run(text, { title: null }).map(brief)).toEqual(want);
  });

  it.each([
    // organisations, streets, programmes, titles without a name, headline fragments
    'Pemkab Lombok Barat dan Badan Pengawas Pemilu menggelar acara.',
    'Acara itu di Jalan Bupati Lombok nomor 3.',
    'Program Bupati Peduli Desa berjalan baik.',
    'Hal itu ditegaskan Bupati dalam acara. Kata Gubernur, ASN wajib netral.',
    'Pj Sekda Lombok Timur, mencatat pentingnya komitmen.',
    'tegas Sekda, sesuai dengan aturan.',
    'Kalteng Pos memberitakan Gubernur Kalteng hadir di Kantor Bupati Kotim pada Senin.',
    'Dalam deklarasi yang dihadiri komisioner Bawaslu Lotim dan 254 kepala desa se Lotim.',
    'Rachmat Hidayat imbau masyarakat waspada. Dwi Aryani memilih untuk masa depan.',
  ])('no official in %j', (text) => {
    expect(run(text, { title: null })).toEqual([]);
  });

  it('a headline fragment after a title is not a name', () => {
    const text = 'Instruksi Bupati Lombok Barat Jaga Netralitas ASN\n\nASN diminta netral selama pilkada.';
    expect(run(text)).toEqual([]);
  });

  it('merges H.M.Juaini / HM Juaini Taofik / Juaini Taofik and inherits the region', () => {
    const text =
      'Pj Bupati H.M.Juaini Taofik hadir. Penjabat Bupati Lombok Timur, HM Juaini Taofik, berbicara. "Netral," tegas Juaini Taofik. H.M.Juaini juga hadir.';
    const offs = run(text, { title: null });
    expect(offs).toHaveLength(1);
    expect(offs[0]).toMatchObject({ name: 'Juaini Taofik', region: { code: '52.03', name: 'Kabupaten Lombok Timur' }, mentions: 4 });
  });

  it('two bupati of different regions stay two officials with different ids', () => {
    const offs = run('Bupati Lombok Barat Ahmad Yani dan Bupati Lombok Tengah Ahmad Sukri hadir.', { title: null });
    expect(offs.map((o) => [o.name, o.region?.code])).toEqual([
      ['Ahmad Yani', '52.01'],
      ['Ahmad Sukri', '52.02'],
    ]);
    expect(offs[0]!.id).not.toBe(offs[1]!.id);
  });

  it('fixture forms.txt', () => {
    const offs = run(fixture('forms.txt'), { title: null });
    expect(offs.map((o) => `${o.name}|${o.role}|${o.mentions}`)).toEqual([
      'Mohan Roliskana|walikota|1',
      "Sa'adah Mahfud|walikota|1",
      'Nursiah|wakil bupati|1',
      'Ahmad Subhan|camat|1',
      'Muhammad Zaini|kepala desa|1',
      'Muhammad Hairi|kepala badan|1',
      'Hery Indra Cahyono|kapolres|1',
      'Budi Santoso|kepala dinas|2',
    ]);
  });

  it('is fast on pathological input', () => {
    const t0 = performance.now();
    run(' '.repeat(200_000));
    run('Bupati '.repeat(50_000));
    run('Pj Bupati Lombok Timur, '.repeat(10_000));
    run('Ilham Ilham '.repeat(30_000));
    run('H. '.repeat(50_000));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
