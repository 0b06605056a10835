import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimFold, claimId, claimSummary, electionKey, type ClaimInput } from '../../src/corpus/claims.js';
import { cli } from '../helpers/cli.js';
import { buildCorpus, REGENCIES, writeJsonlCorpus } from '../helpers/corpus.js';

const fig = (value: number, qualifier: ClaimInput['qualifier'], extra: Partial<ClaimInput> = {}): ClaimInput => ({
  value, qualifier, unit: 'perkara', election: 'Pilkada', year: 2020, reporter: 'Bawaslu', reporterLevel: 'national', reporterRegion: null, ...extra,
});

describe('ClaimFold', () => {
  it('folds the same figure from many articles into one claim, with its dates and articles', () => {
    const f = new ClaimFold();
    for (let i = 0; i < 385; i++) f.add(`a${String(i).padStart(3, '0')}`, `2024-10-${String(1 + (i % 28)).padStart(2, '0')}`, [fig(1000, 'at_most')]);
    const claims = f.finish(new Map());
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ value: 1000, qualifier: 'at_most', articles: 385, firstDate: '2024-10-01', lastDate: '2024-10-28' });
    expect(claims[0]!.articleIds).toHaveLength(385);
    expect(claims[0]!.id).toBe(claimId(fig(1000, 'at_most')));
  });

  it.each<[string, ClaimInput]>([
    ['another qualifier', fig(1010, 'at_least')],
    ['a unit of another group (people, not cases)', fig(1010, 'exact', { unit: 'ASN' })],
    ['a range end', fig(1010, 'range', { upper: 1200 })],
    ['another region the figure is for', fig(1010, 'exact', { region: { code: '32', name: 'Jawa Barat' } })],
    ['a forecast', fig(1010, 'forecast')],
    ['another election year', fig(1010, 'exact', { year: 2024 })],
    ['another reporter', fig(1010, 'exact', { reporter: 'KASN' })],
    ['another reporter level', fig(1010, 'exact', { reporterLevel: 'province' })],
    ['another reporter region', fig(1010, 'exact', { reporterLevel: 'regency', reporterRegion: { code: '33.03', name: 'Kabupaten Purbalingga' } })],
  ])('keeps a figure with %s apart (negative case)', (_what, other) => {
    const f = new ClaimFold();
    f.add('a', null, [fig(1010, 'exact')]);
    f.add('b', null, [other]);
    expect(f.finish(new Map())).toHaveLength(2);
  });

  it.each<[string, string]>([
    ['kasus', 'pelanggaran'],
    ['perkara', 'laporan'],
    ['ASN', 'orang'],
    ['pegawai', 'kepala desa'],
  ])('folds the same figure restated in other words (%s, then %s) into one claim', (a, b) => {
    const f = new ClaimFold();
    f.add('a', '2024-01-02', [fig(5, 'exact', { unit: a })]);
    f.add('b', '2024-01-03', [fig(5, 'exact', { unit: b })]);
    const claims = f.finish(new Map());
    expect(claims.map((c) => [c.unit, c.articles])).toEqual([[a, 2]]);
  });

  it('never adds a forecast or a range to the exact values of a group', () => {
    const f = new ClaimFold();
    f.add('a', null, [fig(5, 'exact'), fig(60, 'forecast'), fig(30, 'range', { upper: 40 })]);
    expect(claimSummary(f.finish(new Map()), electionKey)).toEqual({ 'Pilkada 2020': { claims: 3, exactClaims: 1, exactValueSum: 5 } });
  });

  it('counts an article once even when it states the figure twice, and maps source keys to corpus ids', () => {
    const f = new ClaimFold();
    f.add('a', '2024-01-02', [fig(5, 'exact', { sourceId: 'k1' }), fig(5, 'exact', { sourceId: 'k2' })]);
    const [c] = f.finish(new Map([['k1', 'o_x'], ['k2', 'o_x']]));
    expect([c!.articles, c!.articleIds, c!.sourceIds]).toEqual([1, ['a'], ['o_x']]);
  });

  it('never adds bounds or approximations to exact values', () => {
    const f = new ClaimFold();
    f.add('a', null, [fig(1010, 'exact'), fig(1000, 'at_most'), fig(50, 'at_least', { unit: 'kasus' }), fig(20, 'approximate', { unit: 'laporan' })]);
    f.add('b', null, [fig(1010, 'exact'), fig(7, 'exact', { unit: 'temuan' })]);
    expect(claimSummary(f.finish(new Map()), electionKey)).toEqual({ 'Pilkada 2020': { claims: 5, exactClaims: 2, exactValueSum: 1017 } });
  });

  it('gives the same claims whatever the order the articles arrive in', () => {
    const arts = Array.from({ length: 20 }, (_, i) => [`a${i}`, `2024-02-${String(10 + i).padStart(2, '0')}`, [fig(i % 3, 'exact')]] as const);
    const fold = (xs: typeof arts) => {
      const f = new ClaimFold();
      for (const [id, d, v] of xs) f.add(id, d, v);
      return f.finish(new Map());
    };
    expect(fold([...arts].reverse())).toEqual(fold(arts));
  });
});

// Done-when: a corpus where one figure appears in many articles gives one claim row.
describe('claims through the CLI', () => {
  const N = 24;
  let tmp: string;
  let corpus: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'asn-claims-'));
    corpus = join(tmp, 'corpus.jsonl');
    writeJsonlCorpus(corpus, buildCorpus(N));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const csv = (s: string) => s.trimEnd().split('\n').map((l) => l.split(','));

  it('one figure in every article is one claim row, cited by all of them', async () => {
    const r = await cli([corpus, '-t', 'claims', '-q', '--jobs', '1']);
    expect(r.code).toBe(0);
    const [head, ...rows] = csv(r.stdout);
    const col = (name: string) => head!.indexOf(name);
    const national = rows.filter((x) => x[col('value')] === '1010');
    expect(national).toHaveLength(1);
    expect(national[0]![col('articles')]).toBe(String(N));
    expect(national[0]![col('qualifier')]).toBe('exact');
    expect(national[0]![col('reporter_level')]).toBe('national');
    expect([national[0]![col('first_date')], national[0]![col('last_date')]]).toEqual(['2024-10-01', '2024-10-24']);
    expect(national[0]![col('article_ids')]!.split('|')).toHaveLength(N);
    const bound = rows.filter((x) => x[col('value')] === '1000');
    expect(bound.map((x) => [x[col('qualifier')], x[col('articles')]])).toEqual([['at_most', String(N / 2)]]);
    // one local claim per regency, with its region
    const local = rows.filter((x) => x[col('unit')] === 'laporan').map((x) => [x[col('value')], x[col('region_code')], x[col('articles')]]);
    expect(local.sort()).toEqual(REGENCIES.map((g) => [String(g.local), g.code, String(N / REGENCIES.length)]).sort());
    expect(rows).toHaveLength(2 + REGENCIES.length);
  });

  it('summaries count claims and add exact values only', async () => {
    const r = await cli([corpus, '-t', 'summary', '-q', '--jobs', '1']);
    const rows = csv(r.stdout);
    expect(rows[0]).toEqual(['section', 'key', 'count', 'exact_claims', 'exact_value_sum']);
    const get = (section: string, key: string) => rows.find((x) => x[0] === section && x[1] === key)?.slice(2);
    expect(get('claims_by_election', 'Pilkada 2020')).toEqual(['1', '1', '1010']); // not 24 × 1010
    expect(get('claims_by_election', 'Pemilu 2024')).toEqual(['1', '0', '0']); // the at_most bound is never added
    const localSum = REGENCIES.reduce((a, g) => a + g.local, 0);
    expect(get('claims_by_election', 'Pilkada 2024')).toEqual([String(REGENCIES.length), String(REGENCIES.length), String(localSum)]);
    expect(get('claims_by_reporter', 'Bawaslu')).toEqual([String(2 + REGENCIES.length), String(1 + REGENCIES.length), String(1010 + localSum)]);
    expect(get('violations', 'total')).toEqual([String(N + N / 2 + N), '', '']); // mentions are still counted as such
  });

  it('merge of shards gives the same --out folder, byte for byte, as one run', async () => {
    const one = join(tmp, 'one');
    expect((await cli([corpus, '-o', `${one}/`, '-q', '--jobs', '1'])).code).toBe(0);
    const shards: string[] = [];
    for (const k of [1, 2, 3]) {
      const p = join(tmp, `shard-${k}.jsonl`);
      expect((await cli([corpus, '--shard', `${k}/3`, '-f', 'jsonl', '-o', p, '-q', '--jobs', '1'])).code).toBe(0);
      shards.push(p);
    }
    const merged = join(tmp, 'merged');
    expect((await cli(['merge', ...shards, '-o', `${merged}/`, '-q'])).code).toBe(0);
    const files = readdirSync(one).sort();
    expect(files).toContain('claims.csv');
    expect(readdirSync(merged).sort()).toEqual(files);
    for (const f of files) {
      expect(readFileSync(join(merged, f), 'utf8'), f).toBe(readFileSync(join(one, f), 'utf8'));
    }
  });
});
