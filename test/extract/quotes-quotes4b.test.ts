// Quotes given to the right speaker on the sixth attribution set (fixtures/statements/quotes/quotes4b.txt,
// issue 22): 15 articles written after the fifth set was tuned, each holding three or more persons, in the
// speaker kinds (pronoun chains past a person named as an object or companion, title-only back-references
// after another speaker, nicknames, a speaker named after the quote, a spokesperson for an institution, quote
// paragraphs without attribution, two persons with the same title). Every third article (03, 06, …, 15) is
// held out of tuning. Scored as the first set (test/extract/quotes-devset.ts).
//
// Blind score (branch `quotes4` at 337e90c: main aef6321 with the rules written on quotes4.txt, before any rule
// was changed for this set):
//   tuning   (10 articles, 46 gold): recall 0.913 (42/46), precision 1.000, right speaker 0.929 (39/42)
//   held-out ( 5 articles, 21 gold): recall 0.905 (19/21), precision 1.000, right speaker 0.947 (18/19)
//   all      (15 articles, 67 gold): recall 0.910 (61/67), right speaker 0.934 (57/61)
// The misses, read on the tuning part only: a police title the speaker rules do not know (`Kapolrestabes`) in a
// companion phrase (`didampingi Kapolrestabes Palembang Kombes Pol Nama,`), so `kata Kapolrestabes` and
// `Harryo mengatakan` name no official; a subject `Nama yang dikonfirmasi terpisah membantah …` (a relative
// clause after the name) read as nobody, so the next `ujarnya` went to the person before; reported content
// whose predicate is an aspect verb after a demonstrative (`tim itu mulai bekerja`), a comparative (`lebih
// berat`) or a `ter-` verb after a part subject (`sebagian besar kasus terjadi di …`).
//
// After the rules of this change (test/extract/statements-quotes4.test.ts; grammar only: `Kapolrestabes` and
// `Wakapolrestabes` as police titles (a two-line addition to the titles lexicon); a capitalised name before a
// relative clause is the subject; after a subject closed by a demonstrative, an aspect verb (`mulai`, not
// before `dari`) or a `ter-` verb; a comparative after the first word (not `lebih dari`, `lebih lanjut`)):
//   tuning   (10 articles, 46 gold): recall 1.000 (46/46), precision 1.000, right speaker 1.000 (46/46)
//   held-out ( 5 articles, 21 gold): recall 0.905 (19/21), precision 1.000, right speaker 0.947 (18/19),
//                                    scored, never read
// On the earlier sets' tuning parts the same rules found one more gold statement (portal 05: `pola itu
// terlihat sejak Pilkada 2020`) and changed nothing else; nothing changed on a 2,000-article bench corpus.
// The floors below pin these levels.
//
// QUOTES4B_REPORT=1 prints the tuning part's problems (QUOTES4B_REPORT=held the held-out part's, for a final
// report only: the held-out articles are never read while tuning).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDevSet, reportParts, scoreDevSet, summary } from './quotes-devset.js';

const FILE = fileURLToPath(new URL('../../fixtures/statements/quotes/quotes4b.txt', import.meta.url));
const all = loadDevSet(FILE);
const tune = scoreDevSet(all.filter((a) => !a.held));
const held = scoreDevSet(all.filter((a) => a.held));
reportParts('QUOTES4B_REPORT', tune, held);

describe('quotes set 6 (quotes4b)', () => {
  it('reads 15 articles, 5 held out, each with gold', () => {
    expect(all.length).toBe(15);
    expect(all.filter((a) => a.held).length).toBe(5);
    for (const a of all) expect(a.statements.length, a.num).toBeGreaterThan(0);
  });
});

describe('quotes set 6 (quotes4b): floors', () => {
  const t = summary(tune);
  const h = summary(held);
  it('tuning part: recall 1.00, precision 1.00, right speaker 1.00', () => {
    expect(t.recall, tune.problems.join('\n')).toBeGreaterThanOrEqual(1);
    expect(t.precision, tune.problems.join('\n')).toBeGreaterThanOrEqual(1);
    expect(t.speaker, tune.problems.join('\n')).toBeGreaterThanOrEqual(1);
  });
  it('held-out part: recall ≥ 0.90, precision 1.00, right speaker ≥ 0.94', () => {
    // (no problem list: the held-out articles are not read while tuning)
    expect(h.recall).toBeGreaterThanOrEqual(0.9);
    expect(h.precision).toBeGreaterThanOrEqual(1);
    expect(h.speaker).toBeGreaterThanOrEqual(0.94);
  });
});
