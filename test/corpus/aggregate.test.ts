import { describe, expect, it } from 'vitest';
import { applyIds, Corpus } from '../../src/corpus/aggregate.js';
import type { Article, Official, Statement } from '../../src/model.js';

function official(id: string, name: string, role: string, code: string | null): Official {
  return { id, name, nameAsWritten: name, title: role, role, acting: false, institution: null, region: code ? { code, name: code } : null, mentions: 2, spans: [], rule: 't' };
}
function statement(id: string, speaker: Official | null, region: string | null, date: string | null): Statement {
  return {
    id, kind: 'direct', quote: 'q', speaker: speaker ? { id: speaker.id, name: speaker.name, title: speaker.title } : null, speakerRule: null,
    neutrality: true, type: 'appeal', cues: [], date, region: region ? { code: region, name: region } : null, start: 0, end: 1, rule: 't',
  };
}
function article(id: string, officials: Official[], statements: Statement[], status: 'ok' | 'error' = 'ok'): Article {
  return {
    id, source: `${id}.txt`, line: null, status, error: status === 'error' ? 'binary file (not text)' : null, title: null, url: null, publisher: null,
    author: null, lang: null, published: '2024-10-03', publishedFrom: 'metadata', dateline: null, contentHash: null, text: '', removed: [],
    officials, regions: [], dates: [], elections: [],
    violations: [{ value: 1010, qualifier: 'exact', unit: 'perkara', election: 'Pilkada', year: 2020, reporter: 'Bawaslu', text: '1.010 perkara', start: 0, end: 1, rule: 't' }],
    statements,
  };
}

describe('Corpus', () => {
  const a1 = official('o_a', 'Hassanudin', 'gubernur', '52');
  const a2 = official('o_b', 'Hasanuddin', 'gubernur', '52');
  const other = official('o_c', 'Sugito', 'gubernur', '19');
  const arts = [
    article('x', [a1], [statement('s1', a1, '52', '2024-10-03')]),
    article('y', [a2, other], [statement('s2', a2, '52', null), statement('s3', other, '19', '2024-08-06'), statement('s4', null, null, null)]),
    article('z', [], [], 'error'),
  ];

  it('folds one person under one id, whatever the order', () => {
    const fold = (xs: Article[]) => {
      const c = new Corpus();
      for (const a of xs) c.add(a);
      return c.finish();
    };
    const r = fold(arts);
    expect(fold([...arts].reverse()).officials).toEqual(r.officials);
    expect(r.officials.map((o) => [o.keys, o.articles, o.statements])).toEqual([
      [['o_a', 'o_b'], 2, 2],
      [['o_c'], 1, 1],
    ]);
    expect(r.ids.get('o_a')).toBe(r.ids.get('o_b'));
    expect(r.ids.get('o_c')).not.toBe(r.ids.get('o_a'));
  });

  it('summarises statements per region, month and type, counts per election and reporter, and failures', () => {
    const c = new Corpus();
    for (const a of arts) c.add(a);
    const s = c.finish().summary;
    expect(s).toMatchObject({ articles: 3, ok: 2, failed: 1, statements: 4, neutralityStatements: 4, violationCounts: 2 });
    expect(s.statementsByRegion).toEqual({ '(none)': 1, '19': 1, '52': 2 });
    expect(s.statementsByMonth).toEqual({ '2024-08': 1, '2024-10': 3 });
    expect(s.violationsByElection).toEqual({ 'Pilkada 2020': { counts: 2, total: 2020 } });
    expect(s.violationsByReporter).toEqual({ Bawaslu: { counts: 2, total: 2020 } });
    expect(s.failures).toEqual([{ id: 'z', source: 'z.txt', error: 'binary file (not text)' }]);
    expect(s.statementsByOfficial['(unattributed)']).toBe(1);
  });

  it('applyIds rewrites officials and speakers to corpus ids and keeps the article-level key', () => {
    const c = new Corpus();
    for (const a of arts) c.add(a);
    const { ids } = c.finish();
    const y = applyIds(arts[1]!, ids);
    expect(y.officials[0]).toMatchObject({ id: ids.get('o_b'), key: 'o_b' });
    expect(y.statements[0]!.speaker!.id).toBe(ids.get('o_b'));
    expect(y.statements[2]!.speaker).toBeNull();
  });
});
