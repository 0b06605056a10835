// Story clusters through the CLI: the seeds with three syndicated variants each, in one run, in shards
// merged, in another input order, with --count-copies, and in every output that carries them.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'asn-stories-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const corpus = join(tmp, 'corpus');
mkdirSync(corpus);
for (const f of readdirSync('fixtures/seeds')) cpSync(join('fixtures/seeds', f), join(corpus, f));
for (const f of readdirSync('fixtures/stories/tune').filter((f) => f.startsWith('00'))) cpSync(join('fixtures/stories/tune', f), join(corpus, f));

interface Out { id: string; storyId: string | null; duplicateOf: string | null; similarity: number | null; statements: unknown[] }
const doc = async (args: string[]) => {
  const r = await cli(args);
  expect(r.code).toBe(0);
  return { r, d: JSON.parse(r.stdout) as { articles: Out[]; summary: Record<string, unknown> } };
};
const seedOf = (id: string) => /(00\d)_/.exec(id)![1]!;

describe('stories through the CLI', () => {
  it('the seeds with three syndicated variants each give 5 stories, 000 and 001 apart; copies name their canonical', async () => {
    const { r, d } = await doc(['scan', corpus, '-f', 'json', '--jobs', '1']);
    expect(d.articles).toHaveLength(20);
    const stories = new Map<string, Set<string>>();
    for (const a of d.articles) {
      const s = stories.get(seedOf(a.id)) ?? new Set();
      s.add(a.storyId!);
      stories.set(seedOf(a.id), s);
      if (a.id.includes('__v')) {
        expect(a.duplicateOf).toBe(join(corpus, `${a.id.split('/').pop()!.split('__')[0]}.txt`));
        expect(a.similarity).toBeGreaterThanOrEqual(0.8);
      } else expect([a.duplicateOf, a.similarity]).toEqual([null, null]);
    }
    expect([...stories.values()].map((s) => s.size)).toEqual([1, 1, 1, 1, 1]);
    expect(new Set(d.articles.map((a) => a.storyId)).size).toBe(5);
    expect(stories.get('000')).not.toEqual(stories.get('001'));
    expect(d.summary.stories).toEqual({ stories: 5, copies: 15, copiedStories: 5, sameStory: 0.8 });
    expect(r.stderr).toMatch(/^asn-scan: 20 articles \(0 failed; 15 were copies of 5 stories\), (\d+) statements \(once per story; (\d+) in all articles\)/);
  });

  it('summaries count each story once by default; --count-copies counts every article', async () => {
    const seedsOnly = (await doc(['scan', 'fixtures/seeds', '-f', 'json'])).d.summary;
    const { d } = await doc(['scan', corpus, '-f', 'json']);
    const s = d.summary as Record<string, number>;
    // copies repeat the originals' statements: counted once, the story total is close to the seeds' own
    expect(s.statements).toBeGreaterThan(3 * (seedsOnly.statements as number));
    expect(s.storyStatements).toBeLessThanOrEqual((seedsOnly.statements as number) + 3);
    expect(s.storyStatements).toBeGreaterThanOrEqual(seedsOnly.statements as number);
    const table = (await cli(['scan', corpus, '-f', 'csv', '-t', 'summary'])).stdout;
    expect(table).toMatch(/^story_statements,total,\d+,,$/m);
    expect(table).toMatch(/^story_statements_by_region,52,\d+,,$/m);
    expect(table).toMatch(/^stories,copies,15,,$/m);
    expect(table).not.toMatch(/^statements,total/m);
    const all = await cli(['scan', corpus, '-f', 'csv', '-t', 'summary', '--count-copies']);
    expect(all.stdout).toMatch(new RegExp(`^statements,total,${s.statements},,$`, 'm'));
    expect(all.stdout).not.toMatch(/^story_/m);
    expect(all.stderr).toMatch(new RegExp(`, ${s.statements} statements, `));
    // officials: statements of every article, and once per story
    const officials = (await cli(['scan', corpus, '-f', 'csv', '-t', 'officials'])).stdout.trim().split('\n');
    expect(officials[0]).toMatch(/,articles,mentions,statements,keys,stories,story_statements$/);
    const sugito = officials.find((l) => l.includes(',Sugito,'))!.split(',');
    expect(Number(sugito[9])).toBe(4); // articles: the seed and its three copies
    expect(Number(sugito.at(-2))).toBe(1); // one story
    expect(Number(sugito.at(-1))).toBeLessThan(Number(sugito[11]));
  });

  it('claims count the distinct stories citing a figure beside the citing articles', async () => {
    const rows = (await cli(['scan', corpus, '-f', 'csv', '-t', 'claims'])).stdout.trim().split('\n');
    const head = rows[0]!.split(',');
    expect(head.at(-1)).toBe('stories');
    const at = (name: string) => head.indexOf(name);
    const cells = rows.slice(1).map((l) => l.split(','));
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect(Number(c.at(-1))).toBeLessThanOrEqual(Number(c[at('articles')]));
    // a figure of seed 002 repeated by its copies: several articles, one story
    expect(cells.some((c) => Number(c[at('articles')]) > 1 && c.at(-1) === '1')).toBe(true);
  });

  it('the statements table keeps every copy\'s rows, marked with story and canonical', async () => {
    const { d } = await doc(['scan', corpus, '-f', 'json']);
    const rows = (await cli(['scan', corpus, '-f', 'csv'])).stdout.trim().split('\n');
    expect(rows[0]).toMatch(/,rule,story_id,duplicate_of$/);
    expect(rows).toHaveLength(1 + d.articles.reduce((n, a) => n + a.statements.length, 0));
    const copyRows = rows.filter((l) => l.includes('__v') && /,fixtures|,\/.*\.txt$/.test(l));
    expect(copyRows.length).toBeGreaterThan(0);
    for (const l of copyRows) expect(l).toMatch(/,st_[0-9a-f]{12},[^,]+\.txt$/);
  });

  it('3 shards merged give the same clusters and bytes as one run', async () => {
    const files: string[] = [];
    for (let k = 1; k <= 3; k++) {
      const p = join(tmp, `shard-${k}.jsonl`);
      expect((await cli(['scan', corpus, '--shard', `${k}/3`, '-f', 'jsonl', '-o', p])).code).toBe(0);
      files.push(p);
    }
    const single = await cli(['scan', corpus, '-f', 'json', '--jobs', '2']);
    const merged = await cli(['merge', ...files, '-f', 'json']);
    expect(merged.stdout).toBe(single.stdout);
    for (const t of ['articles', 'statements', 'officials', 'summary']) {
      expect((await cli(['merge', ...files, '-f', 'csv', '-t', t])).stdout).toBe((await cli(['scan', corpus, '-f', 'csv', '-t', t])).stdout);
    }
    expect(merged.stderr).toMatch(/15 were copies of 5 stories/);
  });

  it('an --out folder carries the stories in results.json and the CSVs', async () => {
    const out = join(tmp, 'out');
    expect((await cli(['scan', corpus, '-o', out, '-q'])).code).toBe(0);
    const articles = readFileSync(join(out, 'articles.csv'), 'utf8').trim().split('\n');
    expect(articles[0]).toMatch(/,content_hash,(.*,)?story_id,duplicate_of,similarity$/);
    expect(new Set(articles.slice(1).map((l) => /,(st_[0-9a-f]{12}),/.exec(l)![1])).size).toBe(5);
    const res = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as { articles: Out[] };
    expect(res.articles.filter((a) => a.duplicateOf)).toHaveLength(15);
    const dp = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    expect(JSON.stringify(dp)).toContain('story_statements');
  });

  it('the canonical is the earliest published whatever the input order; ties go to the smallest id', async () => {
    const text = (f: string) => readFileSync(join(corpus, f), 'utf8');
    const rec = (id: string, f: string, published: string) => JSON.stringify({ id, text: text(f), published });
    const lines = [
      rec('z-antara', '002_032903b13de2509e.txt', '2024-08-21'),
      rec('m-portal', '002_032903b13de2509e__v1.txt', '2024-08-20'),
      rec('a-portal', '002_032903b13de2509e__v2.txt', '2024-08-22'),
      rec('b-portal', '002_032903b13de2509e__v3.txt', '2024-08-20'),
      rec('other', '003_f89a6d188a848fe1.txt', '2024-08-01'),
    ];
    const storyOf = async (ls: string[]) => {
      const r = await cli(['scan', '-', '-f', 'json'], { stdin: `${ls.join('\n')}\n` });
      return Object.fromEntries((JSON.parse(r.stdout) as { articles: Out[] }).articles.map((a) => [a.id, [a.storyId, a.duplicateOf]]));
    };
    const a = await storyOf(lines);
    expect(await storyOf([...lines].reverse())).toEqual(a);
    expect(a['b-portal']![1]).toBeNull(); // 2024-08-20, and "b-portal" < "m-portal"
    for (const id of ['z-antara', 'm-portal', 'a-portal']) expect(a[id]).toEqual([a['b-portal']![0], 'b-portal']);
    expect(a.other![1]).toBeNull();
    expect(a.other![0]).not.toBe(a['b-portal']![0]);
  });

  it.each([['0'], ['1.5'], ['x'], ['']])('--same-story %j is a usage error', async (v) => {
    const r = await cli(['scan', corpus, '--same-story', v, '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^asn-scan: --same-story takes a similarity above 0 and at most 1/);
  });

  it('--same-story 1 keeps only near-exact copies together', async () => {
    const { d } = await doc(['scan', corpus, '-f', 'json', '--same-story', '1']);
    const copies = d.articles.filter((a) => a.duplicateOf);
    expect(copies.length).toBeLessThan(15);
    for (const c of copies) expect(c.similarity).toBe(1);
  });
});
