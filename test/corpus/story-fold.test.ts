// The once-per-story statement figures of the corpus fold (corpus/story-counts.ts): a copy's statement that
// its story already holds (same speaker, any quote key in common) is not counted again; the same quote from
// another speaker, or an unattributed one, is its own. Pins the fold's seen-quote bookkeeping (numbers per
// speaker and key kind, see the register in src/text/fast/README.md) against figures worked out by hand.
import { describe, expect, it } from 'vitest';
import { StoryCorpus } from '../../src/corpus/story-counts.js';
import { storySignature } from '../../src/corpus/story-signature.js';
import type { Article, Official, Statement } from '../../src/model.js';

const TEXT =
  'Penjabat Gubernur meminta seluruh aparatur sipil negara menjaga netralitas selama tahapan pemilihan kepala daerah ' +
  'berlangsung di wilayah provinsi. Ia menegaskan bahwa pelanggaran akan ditindak sesuai aturan yang berlaku dan ' +
  'laporan warga akan diteruskan kepada komisi yang berwenang untuk diperiksa lebih lanjut oleh tim pengawas.';

function official(id: string, name: string): Official {
  return { id, name, nameAsWritten: name, title: 'Gubernur', role: 'gubernur', acting: false, institution: null, region: { code: '52', name: 'NTB' }, mentions: 1, spans: [], rule: 't' };
}
function statement(id: string, speaker: Official | null, quote: string): Statement {
  return {
    id, kind: 'direct', quote, speaker: speaker ? { id: speaker.id, name: speaker.name, title: speaker.title } : null, speakerRule: null,
    neutrality: true, type: 'appeal', cues: [], date: '2024-10-03', region: { code: '52', name: 'NTB' }, start: 0, end: 1, rule: 't',
  };
}
function article(id: string, published: string, officials: Official[], statements: Statement[]): Article {
  return {
    id, source: `${id}.txt`, line: null, status: 'ok', error: null, title: null, url: null, publisher: null, author: null, lang: null,
    published, publishedFrom: 'metadata', dateline: null, contentHash: null, text: TEXT, removed: [], officials, regions: [], dates: [],
    elections: [], violations: [], statements, signature: storySignature(TEXT, null),
  };
}

const Q1 = 'Kami minta seluruh ASN menjaga netralitas dan tidak ikut berkampanye di media sosial mana pun';
const Q2 = 'Pelanggaran akan kami tindak tegas sesuai aturan yang berlaku tanpa pandang bulu sama sekali';

describe('once-per-story statement figures', () => {
  const hassanudin = official('o_a', 'Hassanudin');
  const sugito = official('o_c', 'Sugito');
  const cases: Array<{ name: string; copy: Statement[]; story: number; byOfficial: Record<string, number> }> = [
    // the copy repeats both statements: neither counts again
    { name: 'repeated quotes', copy: [statement('c1', hassanudin, Q1), statement('c2', null, Q2)], story: 2, byOfficial: { 'o_a Hassanudin': 1, '(unattributed)': 1 } },
    // a quote cut short keeps its first five words: still the same quote
    { name: 'a quote cut short', copy: [statement('c1', hassanudin, Q1.split(' ').slice(0, 9).join(' '))], story: 2, byOfficial: { 'o_a Hassanudin': 1, '(unattributed)': 1 } },
    // negatives: the same words from another speaker, and an unattributed quote the story did not hold
    { name: 'another speaker', copy: [statement('c1', sugito, Q1)], story: 3, byOfficial: { 'o_a Hassanudin': 1, 'o_c Sugito': 1, '(unattributed)': 1 } },
    { name: 'a new unattributed quote', copy: [statement('c1', null, Q1)], story: 3, byOfficial: { 'o_a Hassanudin': 1, '(unattributed)': 2 } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const corpus = new StoryCorpus();
      corpus.add(article('a', '2024-10-03', [hassanudin], [statement('s1', hassanudin, Q1), statement('s2', null, Q2)]));
      const copyOfficials = c.copy.flatMap((s) => (s.speaker ? [s.speaker.id === 'o_c' ? sugito : hassanudin] : []));
      corpus.add(article('b', '2024-10-04', copyOfficials, c.copy));
      const r = corpus.finish();
      expect(r.summary.stories.copies).toBe(1);
      expect(r.summary.statements).toBe(2 + c.copy.length);
      expect(r.summary.storyStatements).toBe(c.story);
      expect(r.summary.storyStatementsByOfficial).toEqual(c.byOfficial);
    });
  }
});
