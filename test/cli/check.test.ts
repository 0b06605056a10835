// `asn-scan check` and `asn-scan diff`: the pure comparison (corpus/diff.ts) table-driven, then the CLI
// end to end on a copy of the seeds.
import { appendFileSync, chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffResults, renderDiff, summaryLine } from '../../src/corpus/diff.js';
import type { Article, DateMention, Official, RegionMention, Statement, ViolationCount } from '../../src/model.js';
import { cli, SEEDS } from '../helpers/cli.js';

// ---- builders -------------------------------------------------------------------------------------

function art(id: string, over: Partial<Article> = {}): Article {
  return {
    id, source: id, line: null, status: 'ok', error: null, title: null, url: null, publisher: null, author: null, lang: null,
    published: null, publishedFrom: null, dateline: null, contentHash: `h-${id}`, text: '', removed: [], officials: [], regions: [],
    dates: [], elections: [], violations: [], statements: [], ...over,
  };
}
function stmt(id: string, quote: string, over: Partial<Statement> = {}): Statement {
  return {
    id, kind: 'direct', quote, speaker: { id: 'o1', name: 'Sugito', title: 'Penjabat Gubernur' }, speakerRule: 'verb-after',
    neutrality: true, type: 'appeal', cues: ['netral'], date: null, region: null, start: 0, end: quote.length, rule: 'quote', ...over,
  };
}
function date(text: string, iso: string | null, start = 0): DateMention {
  return { text, start, end: start + text.length, iso, certain: true, kind: 'event', time: null, weekdayMismatch: false, rule: 'dmy' };
}
function count(value: number, qualifier: ViolationCount['qualifier'], text: string, start = 0): ViolationCount {
  return { value, qualifier, unit: 'perkara', election: 'Pilkada', year: 2024, reporter: 'Bawaslu', text, start, end: start + text.length, rule: 'n-unit' };
}
function official(id: string, name: string, over: Partial<Official> = {}): Official {
  return {
    id, name, nameAsWritten: name, title: 'Bupati Lombok Timur', role: 'bupati', acting: false, institution: null,
    region: { code: '52.03', name: 'Kabupaten Lombok Timur' }, mentions: 1, spans: [], rule: 'title-name', ...over,
  };
}
function region(code: string, name: string): RegionMention {
  return { code, name, level: 'regency', surface: [name], mentions: 1, spans: [] };
}

// ---- diffResults ------------------------------------------------------------------------------------

describe('diffResults', () => {
  const base = [
    art('a.txt', { statements: [stmt('s1', 'ASN harus netral')], dates: [date('3 Oktober 2024', '2024-10-03')] }),
    art('b.txt', { officials: [official('o1', 'Sugito')], regions: [region('52.03', 'Kabupaten Lombok Timur')] }),
  ];

  it('finds nothing between a result and itself (or a deep copy of it)', () => {
    const d = diffResults(base, JSON.parse(JSON.stringify(base)) as Article[]);
    expect(d.changed).toBe(false);
    expect(d.articles).toEqual({ added: [], removed: [], moved: [], changed: [] });
    expect(d.totals).toEqual({ before: 2, after: 2, unchanged: 2 });
    expect(summaryLine(d)).toBe('asn-scan: no changes (2 articles)');
  });

  it('ignores key order inside items and offsets that moved with unchanged text', () => {
    const moved = base.map((a) => ({ ...a, statements: a.statements.map((s) => ({ ...s, start: s.start + 5, end: s.end + 5 })) }));
    expect(diffResults(base, moved).changed).toBe(false);
  });

  it('reports articles added and removed, by id', () => {
    const d = diffResults(base, [base[0]!, art('c.txt', { statements: [stmt('s9', 'x')] })]);
    expect(d.articles.added.map((a) => [a.id, a.counts.statements])).toEqual([['c.txt', 1]]);
    expect(d.articles.removed.map((a) => a.id)).toEqual(['b.txt']);
    expect(d.articles.changed).toEqual([]);
    expect(d.changed).toBe(true);
  });

  it('reports a renamed article with the same contentHash as moved, not removed + added', () => {
    const d = diffResults(base, [base[0]!, { ...base[1]!, id: 'renamed.txt', source: 'renamed.txt' }]);
    expect(d.articles.moved.map((m) => [m.from.id, m.to.id])).toEqual([['b.txt', 'renamed.txt']]);
    expect(d.articles.added).toEqual([]);
    expect(d.articles.removed).toEqual([]);
  });

  it('does not pair failed articles (no hash) as moved', () => {
    const failedA = art('x.txt', { status: 'error', error: 'empty file', contentHash: null });
    const failedB = art('y.txt', { status: 'error', error: 'empty file', contentHash: null });
    const d = diffResults([failedA], [failedB]);
    expect(d.articles.moved).toEqual([]);
    expect(d.articles.added.map((a) => a.id)).toEqual(['y.txt']);
    expect(d.articles.removed.map((a) => a.id)).toEqual(['x.txt']);
  });

  it('per article: statements by id, dates by iso+text, counts by value+qualifier+text, officials by id, regions by code', () => {
    const after = [
      art('a.txt', {
        contentHash: 'h-a2',
        statements: [stmt('s2', 'ASN dilarang berpolitik praktis', { speaker: { id: 'o2', name: 'Hassanudin', title: null } })],
        dates: [date('3 Oktober 2024', '2024-10-03', 40), date('Kamis (03/10/24)', '2024-10-03')],
        violations: [count(12, 'exact', '12 perkara')],
      }),
      art('b.txt', { officials: [official('o9', 'Juaini Taofik')], regions: [region('52', 'Nusa Tenggara Barat')] }),
    ];
    const d = diffResults(base, after);
    expect(d.articles.changed.map((c) => c.id)).toEqual(['a.txt', 'b.txt']);
    const [a, b] = d.articles.changed;
    expect(a!.contentChanged).toBe(true);
    expect(a!.contentHash).toEqual({ before: 'h-a.txt', after: 'h-a2' });
    expect(a!.added.statements.map((s) => s.id)).toEqual(['s2']);
    expect(a!.removed.statements.map((s) => s.id)).toEqual(['s1']);
    expect(a!.added.dates.map((x) => x.text)).toEqual(['Kamis (03/10/24)']); // same iso, different text
    expect(a!.removed.dates).toEqual([]); // same iso+text at another offset: unchanged
    expect(a!.added.violations.map((v) => v.value)).toEqual([12]);
    expect(b!.contentChanged).toBe(false);
    expect(b!.added.officials.map((o) => o.id)).toEqual(['o9']);
    expect(b!.removed.officials.map((o) => o.id)).toEqual(['o1']);
    expect(b!.added.regions.map((r) => r.code)).toEqual(['52']);
    expect(b!.removed.regions.map((r) => r.code)).toEqual(['52.03']);
  });

  it.each([
    ['value', count(13, 'exact', '12 perkara')],
    ['qualifier', count(12, 'at_least', '12 perkara')],
    ['text', count(12, 'exact', 'dua belas perkara')],
  ])('a violation count whose %s differs is a different count', (_f, v) => {
    const d = diffResults([art('a', { violations: [count(12, 'exact', '12 perkara')] })], [art('a', { violations: [v] })]);
    expect(d.articles.changed[0]!.added.violations).toHaveLength(1);
    expect(d.articles.changed[0]!.removed.violations).toHaveLength(1);
  });

  it('counts repeated items as a multiset', () => {
    const two = art('a', { dates: [date('2024', null, 0), date('2024', null, 10)] });
    const one = art('a', { dates: [date('2024', null, 0)] });
    expect(diffResults([two], [one]).articles.changed[0]!.removed.dates.map((d) => d.start)).toEqual([10]);
    expect(diffResults([one], [two]).articles.changed[0]!.added.dates.map((d) => d.start)).toEqual([10]);
    expect(diffResults([two], [two]).changed).toBe(false);
  });

  it('reports an item kept under the same key but with other values as modified, with the fields that differ', () => {
    const after = [art('a.txt', { ...base[0]!, statements: [stmt('s1', 'ASN harus netral', { type: 'warning', speaker: null })] }), base[1]!];
    const d = diffResults(base, after);
    const c = d.articles.changed[0]!;
    expect(c.added.statements).toEqual([]);
    expect(c.removed.statements).toEqual([]);
    expect(c.modified.statements.map((m) => [m.key, m.fields])).toEqual([['s1', ['speaker', 'type']]]);
  });

  it('reports article-level field changes (status, error, published)', () => {
    const after = [art('a.txt', { ...base[0]!, published: '2024-10-03' }), art('b.txt', { status: 'error', error: 'binary file (not text)', contentHash: null })];
    const d = diffResults(base, after);
    expect(d.articles.changed.map((c) => [c.id, c.fields.map((f) => f.field)])).toEqual([
      ['a.txt', ['published']],
      ['b.txt', ['status', 'error']],
    ]);
  });

  it('pairs repeated article ids in order (JSONL with duplicate ids)', () => {
    const before = [art('dup', { contentHash: 'h1' }), art('dup', { contentHash: 'h2' })];
    expect(diffResults(before, before).changed).toBe(false);
    const d = diffResults(before, [art('dup', { contentHash: 'h1' })]);
    expect(d.articles.removed.map((a) => a.contentHash)).toEqual(['h2']);
  });

  it('renders one asn-scan: line per article and indented item lines', () => {
    const after = [
      art('a.txt', { ...base[0]!, statements: [stmt('s2', 'Jangan   ikut\nkampanye')], dates: [] }),
      art('n.txt', { status: 'error', error: 'empty file', contentHash: null }),
    ];
    expect(renderDiff(diffResults(base, after))).toEqual([
      'asn-scan: changed a.txt: +1 statement, -1 statement, -1 date',
      '  + statement "Jangan ikut kampanye" (Sugito)',
      '  - statement "ASN harus netral" (Sugito)',
      '  - date "3 Oktober 2024" (2024-10-03)',
      'asn-scan: added n.txt: error: empty file',
      'asn-scan: removed b.txt: 1 official, 1 region',
      'asn-scan: 1 changed, 1 added, 1 removed, 0 moved (0 of 2 articles unchanged)',
    ]);
  });
});

// ---- the CLI -----------------------------------------------------------------------------------------

describe('asn-scan check / diff', () => {
  let tmp: string;
  let corpus: string;
  let baseline: string;
  let baselineBytes: string;
  const SEED = '002_032903b13de2509e.txt';

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'asn-'));
    corpus = join(tmp, 'corpus');
    cpSync(SEEDS, corpus, { recursive: true });
    baseline = join(tmp, 'baseline.json');
    const r = await cli(['scan', corpus, '-f', 'json', '--jobs', '1']);
    expect(r.code).toBe(0);
    baselineBytes = r.stdout;
    writeFileSync(baseline, baselineBytes);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const restore = () => cpSync(join(SEEDS, SEED), join(corpus, SEED));

  it('exits 0 with "no changes" when the corpus is unchanged', async () => {
    const r = await cli(['check', corpus, '--baseline', baseline, '--jobs', '1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('asn-scan: no changes (5 articles)\n');
    expect(r.stdout).toBe('');
  });

  it('exits 1 and lists only the edited article (stable ids keep the diff small)', async () => {
    try {
      appendFileSync(join(corpus, SEED), '\n"Kami minta seluruh ASN menjaga netralitas selama Pilkada 2024," kata Sugito.\n');
      const r = await cli(['check', corpus, '--baseline', baseline, '--jobs', '1', '-f', 'json']);
      expect(r.code).toBe(1);
      const doc = JSON.parse(r.stdout);
      expect(doc.changed).toBe(true);
      expect(doc.articles.added).toEqual([]);
      expect(doc.articles.removed).toEqual([]);
      expect(doc.articles.changed.map((c: { id: string }) => c.id)).toEqual([join(corpus, SEED)]);
      expect(doc.articles.changed[0].contentChanged).toBe(true);
      expect(Object.keys(doc.articles.changed[0].added).sort()).toEqual(['boilerplate', 'dates', 'elections', 'officials', 'regions', 'statements', 'violations']);
      expect(doc.totals).toEqual({ before: 5, after: 5, unchanged: 4 });
      expect(r.stderr).toBe('asn-scan: 1 changed, 0 added, 0 removed, 0 moved (4 of 5 articles unchanged)\n');

      const text = await cli(['check', corpus, '--baseline', baseline, '--jobs', '1']);
      expect(text.code).toBe(1);
      expect(text.stdout).toBe('');
      const heads = text.stderr.split('\n').filter((l) => l.startsWith('asn-scan: changed '));
      expect(heads).toHaveLength(1);
      expect(heads[0]).toMatch(new RegExp(`^asn-scan: changed ${join(corpus, SEED).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: .*text$`));
    } finally {
      restore();
    }
  });

  it('reports a removed and an added file', async () => {
    const extra = join(corpus, 'zz-new.txt');
    const gone = join(corpus, '000_79a728709b280e4b.txt');
    try {
      writeFileSync(extra, 'Bupati Lombok Timur meminta ASN netral dalam Pilkada 2024.\n');
      rmSync(gone);
      const r = await cli(['check', corpus, '--baseline', baseline, '--jobs', '1']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`asn-scan: added ${extra}: `);
      expect(r.stderr).toContain(`asn-scan: removed ${gone}: `);
    } finally {
      rmSync(extra, { force: true });
      cpSync(join(SEEDS, '000_79a728709b280e4b.txt'), gone);
    }
  });

  it.each([
    ['missing', (p: string) => p + '.nope', /^asn-scan: baseline .*\.nope: no such file\n$/],
    ['not JSON', (p: string) => (writeFileSync(p + '.bad', '{"articles": ['), p + '.bad'), /^asn-scan: baseline .*\.bad: not a JSON result/],
    ['not a result', (p: string) => (writeFileSync(p + '.obj', '{"rows": []}'), p + '.obj'), /no "articles" array/],
  ])('a %s baseline is a usage error: one line, exit 2', async (_what, make, msg) => {
    const r = await cli(['check', corpus, '--baseline', make(baseline), '--jobs', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('a bad --format, or no --baseline, is a usage error (exit 2)', async () => {
    const bad = await cli(['check', corpus, '--baseline', baseline, '-f', 'csv']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^asn-scan: --format must be text or json, not "csv"/);
    expect((await cli(['check', corpus])).code).toBe(2);
    expect((await cli(['diff', baseline, baseline, '-f', 'xml'])).code).toBe(2);
  });

  it('--strict exits 3 when an input fails even though nothing changed; without it, 0', async () => {
    const dir = join(tmp, 'strict');
    mkdirSync(dir);
    cpSync(join(SEEDS, SEED), join(dir, SEED));
    writeFileSync(join(dir, 'empty.txt'), '');
    const base = join(tmp, 'strict.json');
    const scan = await cli(['scan', dir, '-f', 'json', '--jobs', '1']);
    expect(scan.code).toBe(3);
    writeFileSync(base, scan.stdout);
    expect((await cli(['check', dir, '--baseline', base, '--jobs', '1'])).code).toBe(0);
    const strict = await cli(['check', dir, '--baseline', base, '--jobs', '1', '--strict']);
    expect(strict.code).toBe(3);
    expect(strict.stderr).toMatch(/empty\.txt: empty file/);
    expect((await cli(['diff', base, base])).code).toBe(0);
    expect((await cli(['diff', base, base, '--strict'])).code).toBe(3);
  });

  it('--update rewrites the baseline atomically with exactly the bytes of `asn-scan <inputs> -f json`, and exits 0', async () => {
    const copy = join(tmp, 'update.json');
    writeFileSync(copy, baselineBytes);
    try {
      appendFileSync(join(corpus, SEED), '\n"Kepala desa wajib netral dan tidak boleh berkampanye untuk calon mana pun," ujar Sugito.\n');
      const fresh = await cli(['scan', corpus, '-f', 'json', '--jobs', '1']);
      expect(fresh.stdout).not.toBe(baselineBytes);
      const u = await cli(['check', corpus, '--baseline', copy, '--update', '--jobs', '1']);
      expect(u.code).toBe(0);
      expect(u.stderr).toMatch(/^asn-scan: changed \S+002_032903b13de2509e\.txt: \+1 statement[^\n]*, text\n/);
      expect(u.stderr).toContain('\n  + statement "Kepala desa wajib netral dan tidak boleh berkampanye untuk calon mana pun" (Sugito)\n');
      expect(u.stderr).toMatch(/\nasn-scan: 1 changed, 0 added, 0 removed, 0 moved \(4 of 5 articles unchanged\)\nasn-scan: updated baseline \S+update\.json \(5 articles\)\n$/);
      expect(readFileSync(copy, 'utf8')).toBe(fresh.stdout);
      expect(readdirSync(tmp).filter((f) => f.includes('.tmp-'))).toEqual([]);
      // and now the check passes
      expect((await cli(['check', corpus, '--baseline', copy, '--jobs', '1'])).code).toBe(0);
    } finally {
      restore();
    }
  });

  it('--update creates a missing baseline', async () => {
    const p = join(tmp, 'created.json');
    const r = await cli(['check', corpus, '--baseline', p, '--update', '--jobs', '1', '-q']);
    expect(r.code).toBe(0);
    expect(readFileSync(p, 'utf8')).toBe(baselineBytes);
  });

  it('--update into a folder that cannot exist exits 4 and leaves nothing behind', async () => {
    const file = join(tmp, 'plain.txt');
    writeFileSync(file, 'x');
    const r = await cli(['check', corpus, '--baseline', join(file, 'b.json'), '--update', '--jobs', '1', '-q']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^asn-scan: cannot write baseline .*b\.json: not a directory$/m); // the tool's words, not Node's (no temporary file name)
    expect(statSync(file).isFile()).toBe(true);
  });

  it.each([[[]], [['--update']]])('a mistyped corpus path is a usage error (exit 2) and never touches the baseline %j', async (extra) => {
    const p = join(tmp, 'kept.json');
    writeFileSync(p, baselineBytes);
    const nope = join(tmp, 'no-such-corpus');
    const r = await cli(['check', nope, '--baseline', p, '--jobs', '1', ...extra]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`asn-scan: ${nope}: no such file or folder\n`);
    expect(readFileSync(p, 'utf8')).toBe(baselineBytes);
  });

  it('an unreadable baseline with --update is still refused, never clobbered', async () => {
    const p = join(tmp, 'garbage.json');
    writeFileSync(p, 'not json');
    const r = await cli(['check', corpus, '--baseline', p, '--update', '--jobs', '1']);
    expect(r.code).toBe(2);
    expect(readFileSync(p, 'utf8')).toBe('not json');
  });

  it('diff: two saved results, text on stderr or json on stdout, exit 0/1', async () => {
    try {
      appendFileSync(join(corpus, SEED), '\n"Kami minta seluruh ASN menjaga netralitas selama Pilkada 2024," kata Sugito.\n');
      const after = join(tmp, 'after.json');
      writeFileSync(after, (await cli(['scan', corpus, '-f', 'json', '--jobs', '1'])).stdout);
      const same = await cli(['diff', baseline, baseline]);
      expect(same.code).toBe(0);
      expect(same.stderr).toBe('asn-scan: no changes (5 articles)\n');
      const text = await cli(['diff', baseline, after]);
      expect(text.code).toBe(1);
      expect(text.stdout).toBe('');
      expect(text.stderr.split('\n').filter((l) => l.startsWith('asn-scan: changed '))).toHaveLength(1);
      const json = await cli(['diff', baseline, after, '--format', 'json']);
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout).articles.changed.map((c: { id: string }) => c.id)).toEqual([join(corpus, SEED)]);
      // the reverse diff swaps added and removed
      const rev = JSON.parse((await cli(['diff', after, baseline, '-f', 'json'])).stdout);
      const fwd = JSON.parse(json.stdout);
      expect(rev.articles.changed[0].added).toEqual(fwd.articles.changed[0].removed);
    } finally {
      restore();
    }
  });

  it('diff of a missing or unreadable file is a usage error', async () => {
    const r = await cli(['diff', baseline, join(tmp, 'nope.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^asn-scan: .*nope\.json: no such file\n$/);
    const unreadable = join(tmp, 'locked.json');
    writeFileSync(unreadable, baselineBytes);
    chmodSync(unreadable, 0o000);
    try {
      const u = await cli(['diff', baseline, unreadable]);
      // as root the mode does not stop the read: then the file is simply identical
      expect(u.code).toBe(process.getuid?.() === 0 ? 0 : 2);
    } finally {
      chmodSync(unreadable, 0o644);
    }
  });
});
