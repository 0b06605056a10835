// Officials and quote speakers on a development set written for issue 22 (fixtures/officials/news4): 30 short
// articles in the style of regional and national outlets, each with its officials and quote speakers annotated
// by hand BEFORE any rule was changed for them. Half the articles (split "tune") were looked at while improving
// the rules; the other half (split "held") were only scored. The whole pipeline runs (clean → extract).
//
// Scoring: an official is found when the tool has one whose normalised name (lower case, punctuation → space,
// honorifics dropped) EQUALS the gold name; precision counts every official the tool emits. Fields (title
// substring, role, acting, region, modifier) are scored over the found ones. A quote is found when an output
// direct statement's normalised quote starts with the gold prefix; its speaker is right when a gold key is
// contained (as whole words) in the normalised speaker name.
//
// Blind score (before any change for issue 22), recorded when the set was written:
//   tune (15 articles, 42 officials, 22 quotes): officials P 0.917 R 0.524, fields 0.982; quotes found 0.955, attribution 1.000
//   held (15 articles, 39 officials, 29 quotes): officials P 0.815 R 0.564, fields 1.000; quotes found 0.897, attribution 0.923
import { describe } from 'vitest';
import { checkNewsSet } from './officials/news-score.js';

describe('officials and quote speakers on the issue-22 development set (fixtures/officials/news4)', () => {
  // After the issue-22 rules (title grammar, particles, modifiers, quote marks, institution speakers):
  //   tune: officials P 1.000 R 0.976, fields 1.000; quotes found 1.000, attribution 1.000
  //   held: officials P 0.950 R 0.974, fields 1.000; quotes found 0.966, attribution 0.964
  //   (the held-out problems were printed once, after the title grammar: held was then P 0.947 R 0.923,
  //   attribution 0.923; two kinds seen failing there, escaped quote marks and a speaker after a long
  //   apposition, are kinds the issue lists and were then fixed, so the final held figure is not fully blind)
  // The floors below pin those levels (a little under them, so one article's change shows as a failure).
  const FLOORS = {
    tune: { p: 0.97, r: 0.95, fieldAcc: 0.97, quotesR: 0.95, attr: 0.95 },
    held: { p: 0.92, r: 0.92, fieldAcc: 0.97, quotesR: 0.93, attr: 0.9 },
  } as const;
  checkNewsSet(new URL('../../fixtures/officials/news4/', import.meta.url), FLOORS);
});
