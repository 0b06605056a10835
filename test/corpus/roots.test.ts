// check/diff: article identity does not depend on the path prefix the corpus was named with.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffResults } from '../../src/corpus/diff.js';
import { corpusRoots, relativeId } from '../../src/corpus/roots.js';
import type { Article } from '../../src/model.js';
import { cli } from '../helpers/cli.js';
import { buildCorpus, writeTxtCorpus } from '../helpers/corpus.js';

const art = (source: string, hash = `h-${source.slice(source.lastIndexOf('/') + 1)}`, id = source): Article => ({
  id, source, line: null, status: 'ok', error: null, title: null, url: null, publisher: null, author: null, lang: null, published: null,
  publishedFrom: null, dateline: null, contentHash: hash, text: '', removed: [], officials: [], regions: [], dates: [], elections: [],
  violations: [], statements: [],
});

describe('corpusRoots', () => {
  it.each<[string, string[], string[], { before: string; after: string }]>([
    ['same path', ['c/a.txt', 'c/b.txt'], ['c/a.txt', 'c/b.txt'], { before: 'c/', after: 'c/' }],
    ['copied elsewhere', ['corpus/a.txt', 'corpus/x/b.txt'], ['/tmp/copy/a.txt', '/tmp/copy/x/b.txt'], { before: 'corpus/', after: '/tmp/copy/' }],
    ['all files in one subfolder on one side', ['c/2024/a.txt', 'c/2024/b.txt'], ['d/2024/a.txt', 'd/2025/c.txt'], { before: 'c/', after: 'd/' }],
    ['no folder at all', ['a.txt'], ['a.txt'], { before: '', after: '' }],
  ])('%s', (_what, before, after, roots) => {
    expect(corpusRoots(before.map((s) => art(s)), after.map((s) => art(s)))).toEqual(roots);
  });

  it('strips the root only from ids that are paths (negative case: a JSONL record id stays as it is)', () => {
    expect(relativeId(art('data/x.jsonl', 'h', 'data/x.jsonl:3'), 'data/')).toBe('x.jsonl:3');
    expect(relativeId(art('data/x.jsonl', 'h', 'data/record-7'), 'data/')).toBe('data/record-7');
    expect(relativeId(art('-', 'h', '-:1'), '')).toBe('-:1');
  });

  it('pairs articles of a copied corpus as unchanged, and still sees a real change (negative case)', () => {
    const before = [art('corpus/a.txt'), art('corpus/b.txt')];
    expect(diffResults(before, [art('/x/copy/a.txt'), art('/x/copy/b.txt')]).changed).toBe(false);
    const d = diffResults(before, [art('/x/copy/a.txt'), art('/x/copy/b.txt', 'h-changed')]);
    expect(d.articles.changed.map((c) => [c.id, c.contentChanged])).toEqual([['/x/copy/b.txt', true]]);
    const renamed = diffResults(before, [art('/x/copy/a.txt'), art('/x/copy/c.txt', 'h-b.txt')]);
    expect(renamed.articles.moved.map((m) => [m.from.id, m.to.id])).toEqual([['corpus/b.txt', '/x/copy/c.txt']]);
  });
});

describe('check on the same corpus under another path', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'asn-roots-'));
    writeTxtCorpus(join(tmp, 'corpus'), buildCorpus(8));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('exits 0 for a copy, named by another absolute or relative path', async () => {
    const baseline = join(tmp, 'baseline.json');
    expect((await cli(['check', join(tmp, 'corpus'), '--baseline', baseline, '--update', '-q', '--jobs', '1'])).code).toBe(0);
    mkdirSync(join(tmp, 'elsewhere', 'deeper'), { recursive: true });
    const copy = join(tmp, 'elsewhere', 'deeper', 'renamed-corpus');
    cpSync(join(tmp, 'corpus'), copy, { recursive: true });
    const abs = await cli(['check', copy, '--baseline', baseline, '--jobs', '1']);
    expect(abs.stderr).toBe('asn-scan: no changes (8 articles)\n');
    expect(abs.code).toBe(0);
    const rel = await cli(['check', relative(process.cwd(), copy), '--baseline', baseline, '--jobs', '1']);
    expect(rel.code).toBe(0);
  });

  it('exits 1 when the copy differs in one article (negative case)', async () => {
    const baseline = join(tmp, 'baseline2.json');
    expect((await cli(['check', join(tmp, 'corpus'), '--baseline', baseline, '--update', '-q', '--jobs', '1'])).code).toBe(0);
    const copy = join(tmp, 'copy2');
    cpSync(join(tmp, 'corpus'), copy, { recursive: true });
    writeFileSync(join(copy, 'banyumas', '001.txt'), 'Bupati Banyumas Hadi Prasetyo meresmikan pasar baru di Purwokerto.\n');
    const r = await cli(['check', copy, '--baseline', baseline, '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`changed ${join(copy, 'banyumas', '001.txt')}`);
    expect(r.stderr).toContain('1 changed, 0 added, 0 removed, 0 moved');
  });
});
