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

  it('summarises statements per region, month and type, claims per election and reporter, and failures', () => {
    const c = new Corpus();
    for (const a of arts) c.add(a);
    const s = c.finish().summary;
    expect(s).toMatchObject({ articles: 3, ok: 2, failed: 1, statements: 4, neutralityStatements: 4, violationCounts: 2 });
    expect(s.statementsByRegion).toEqual({ '(none)': 1, '19': 1, '52': 2 });
    expect(s.statementsByMonth).toEqual({ '2024-08': 1, '2024-10': 3 });
    // the same figure in two articles is one claim: never 2 × 1010
    expect(s.claims).toBe(1);
    expect(s.claimsByElection).toEqual({ 'Pilkada 2020': { claims: 1, exactClaims: 1, exactValueSum: 1010 } });
    expect(s.claimsByReporter).toEqual({ Bawaslu: { claims: 1, exactClaims: 1, exactValueSum: 1010 } });
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

  it('folds speakers with no official entry into people, so statements_by_official adds up', () => {
    const person = { id: 'p_1', name: 'Andi Wibowo', title: 'pengamat' };
    const withPerson = (id: string, n: number): Article => ({
      ...article(id, [], Array.from({ length: n }, (_, i) => ({ ...statement(`${id}${i}`, null, null, null), speaker: person }))),
    });
    const c = new Corpus();
    for (const a of [...arts, withPerson('p1', 2), withPerson('p2', 1)]) c.add(a);
    const r = c.finish();
    expect(r.people).toEqual([{ id: 'p_1', name: 'Andi Wibowo', title: 'pengamat', articles: 2, statements: 3 }]);
    const s = r.summary;
    expect(s.people).toBe(1);
    expect(s.statementsByOfficial['p_1 Andi Wibowo']).toBe(3);
    const attributed = Object.entries(s.statementsByOfficial).filter(([k]) => k !== '(unattributed)').reduce((a, [, n]) => a + n, 0);
    expect(attributed + s.statementsByOfficial['(unattributed)']!).toBe(s.statements);
    expect(r.officials.map((o) => o.id)).not.toContain('p_1'); // negative: a person is not an official
  });
});
