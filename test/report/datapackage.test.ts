// The --out folder loaded by the Frictionless `datapackage` library (npm `datapackage`, the JavaScript
// reference implementation) with the declared types, primary keys, enum constraints and foreign keys.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error — the library ships no type declarations
import { Package } from 'datapackage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, SEEDS } from '../helpers/cli.js';
import { buildCorpus, writeJsonlCorpus } from '../helpers/corpus.js';

interface Resource {
  name: string;
  read(opts: { keyed: boolean; relations?: boolean }): Promise<Array<Record<string, unknown>>>;
}
interface Pkg {
  valid: boolean;
  errors: Error[];
  resources: Resource[];
  getResource(name: string): Resource;
}
const load = async (dir: string): Promise<Pkg> => (await Package.load(join(dir, 'datapackage.json'))) as Pkg;

let tmp: string;
let out: string;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'asn-dp-'));
  const corpus = join(tmp, 'in', 'corpus.jsonl');
  writeJsonlCorpus(corpus, buildCorpus(12));
  out = join(tmp, 'out');
  const r = await cli([corpus, SEEDS, '-o', `${out}/`, '-q', '--jobs', '1', '--count-copies']); // summary counts every article (issue 23)
  expect(r.code).toBe(0);
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('datapackage.json', () => {
  it('is a valid tabular data package', async () => {
    const dp = await load(out);
    expect(dp.errors.map(String)).toEqual([]);
    expect(dp.valid).toBe(true);
  });

  it('loads every table with its declared types and resolved foreign keys', async () => {
    const dp = await load(out);
    const rows: Record<string, Array<Record<string, unknown>>> = {};
    for (const r of dp.resources) rows[r.name] = await r.read({ keyed: true, relations: true });
    expect(Object.keys(rows).sort()).toEqual(['articles', 'claims', 'dates', 'officials', 'people', 'regions', 'statements', 'summary', 'violations']);
    const st = rows.statements!;
    expect(st.length).toBeGreaterThan(30);
    // typed: booleans, integers, dates; codes stay text
    expect(typeof st[0]!.neutrality).toBe('boolean');
    expect(typeof st[0]!.start).toBe('number');
    const region = rows.regions!.find((g) => g.code === '33.03');
    expect(region?.name).toBe('Kabupaten Purbalingga');
    expect(rows.regions!.every((g) => typeof g.code === 'string')).toBe(true);
    // foreign keys resolved to the referenced rows
    const byOfficial = st.find((s) => s.official_id !== null)!;
    expect((byOfficial.official_id as Record<string, unknown>).name).toBe(byOfficial.speaker_name);
    const byPerson = st.find((s) => s.person_id !== null)!;
    expect((byPerson.person_id as Record<string, unknown>).id).toBe(byPerson.speaker_id);
    expect((st.find((s) => s.region_code !== null)!.region_code as Record<string, unknown>).level).toBeTypeOf('string');
    const v = rows.violations!.find((x) => x.value === 1010)!;
    expect((v.claim_id as Record<string, unknown>).articles).toBe(13); // 12 built articles + the seed that cites it
    expect(rows.claims!.find((c) => c.value === 1010)!.first_date).toBeInstanceOf(Date);
  }, 60_000);

  it('every speaker joins officials or people, and statements_by_official adds up to the statements with a speaker', () => {
    const lines = (t: string) => readFileSync(join(out, `${t}.csv`), 'utf8').trimEnd().split('\n').slice(1);
    const ids = new Set([...lines('officials'), ...lines('people')].map((l) => l.split(',')[0]));
    const statements = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).articles.flatMap((a: { statements: unknown[] }) => a.statements) as Array<{ speaker: { id: string } | null }>;
    const spoken = statements.filter((s) => s.speaker !== null);
    expect(spoken.some((s) => s.speaker!.id.startsWith('p_'))).toBe(true);
    expect(spoken.filter((s) => !ids.has(s.speaker!.id))).toEqual([]);
    const summary = lines('summary').map((l) => l.split(','));
    const byOfficial = summary.filter((x) => x[0] === 'statements_by_official' && x[1] !== '(unattributed)');
    expect(byOfficial.reduce((a, x) => a + Number(x[2]), 0)).toBe(spoken.length);
    const unattributed = summary.find((x) => x[0] === 'statements_by_official' && x[1] === '(unattributed)');
    expect(Number(unattributed?.[2] ?? 0)).toBe(statements.length - spoken.length);
  });

  it('statements carry the province code and name of their region', () => {
    const [head, ...rows] = readFileSync(join(out, 'statements.csv'), 'utf8').trimEnd().split('\n');
    const cols = head!.split(',');
    const at = (l: string, c: string) => l.split(',')[cols.indexOf(c)];
    const purbalingga = rows.filter((l) => at(l, 'region_code') === '33.03');
    expect(purbalingga.length).toBeGreaterThan(0);
    for (const l of purbalingga) expect([at(l, 'province_code'), at(l, 'province_name')]).toEqual(['33', 'Jawa Tengah']);
  });

  /** Why reading a table fails: the error and the per-row errors the library collects. */
  const failure = async (dir: string, table: string): Promise<string> => {
    const dp = await load(dir);
    try {
      await dp.getResource(table).read({ keyed: true, relations: true });
      return '';
    } catch (e) {
      return [String(e), ...((e as { errors?: unknown[] }).errors ?? []).map(String)].join('\n');
    }
  };

  it.each<[string, string, (text: string) => string, RegExp]>([
    ['a person id that is in no table', 'statements', (t) => {
      const id = /,(p_[0-9a-f]{12}),/u.exec(t)![1]!;
      return t.replace(new RegExp(`,${id}(?=,)`, 'gu'), ',p_000000000000');
    }, /foreign key "person_id"/iu],
    ['an official id that is in no table', 'statements', (t) => {
      const id = /,(o_[0-9a-f]{12}),/u.exec(t)![1]!;
      return t.replace(new RegExp(`,${id}(?=,)`, 'gu'), ',o_000000000000');
    }, /foreign key "official_id"/iu],
    ['a statement kind outside the enum', 'statements', (t) => t.replace(/,indirect,/u, ',rumour,'), /"enum" constraint for column "kind"/u],
    ['a duplicate primary key', 'people', (t) => {
      const [head, ...rows] = t.trimEnd().split('\n');
      return `${[head, ...rows.map((r) => r.replace(/^p_[0-9a-f]{12},/u, 'p_111111111111,'))].join('\n')}\n`;
    }, /unique|primary key/iu],
  ])('rejects %s (negative case)', async (what, table, edit, error) => {
    const bad = join(tmp, `bad-${what.replace(/\W+/gu, '-')}`);
    cpSync(out, bad, { recursive: true });
    const file = join(bad, `${table}.csv`);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    expect(await failure(bad, table)).toMatch(error);
    expect(await failure(out, table)).toBe(''); // the folder as written reads clean
  }, 60_000);

  it('declares keys, relations and enums', () => {
    const dp = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as { resources: Array<{ name: string; encoding: string; schema: Record<string, unknown> }> };
    const res = (n: string) => dp.resources.find((r) => r.name === n)!.schema as {
      primaryKey?: unknown; foreignKeys?: unknown; fields: Array<{ name: string; constraints?: { enum: string[] } }>;
    };
    expect(res('statements').primaryKey).toBe('id');
    expect(res('summary').primaryKey).toEqual(['section', 'key']);
    expect(res('statements').foreignKeys).toEqual(expect.arrayContaining([
      { fields: 'article_id', reference: { resource: 'articles', fields: 'id' } },
      { fields: 'official_id', reference: { resource: 'officials', fields: 'id' } },
      { fields: 'person_id', reference: { resource: 'people', fields: 'id' } },
      { fields: 'region_code', reference: { resource: 'regions', fields: 'code' } },
    ]));
    const en = (t: string, f: string) => res(t).fields.find((x) => x.name === f)?.constraints?.enum;
    expect(en('statements', 'kind')).toEqual(['direct', 'indirect']);
    expect(en('statements', 'type')).toContain('appeal');
    expect(en('violations', 'qualifier')).toEqual(['exact', 'at_most', 'at_least', 'approximate', 'range', 'forecast']);
    expect(en('violations', 'scope')).toEqual(['neutrality', 'all']);
    expect(en('claims', 'reporter_level')).toEqual(['national', 'province', 'regency', 'city']);
    expect(en('regions', 'level')).toContain('village');
    expect(dp.resources.every((r) => r.encoding === 'utf-8')).toBe(true);
  });

  it('--bom declares utf-8-sig, so readers skip the mark', async () => {
    const dir = join(tmp, 'bom');
    expect((await cli([SEEDS, '-o', `${dir}/`, '--bom', '-q', '--jobs', '1'])).code).toBe(0);
    const dp = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { resources: Array<{ encoding: string }> };
    expect(new Set(dp.resources.map((r) => r.encoding))).toEqual(new Set(['utf-8-sig']));
    expect(readFileSync(join(dir, 'statements.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
