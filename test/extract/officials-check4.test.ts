// Officials and quote speakers on the check4 blind set (fixtures/officials/check4): 12 short articles, 55 officials,
// 18 quotes.
// Written blind by check4 on 2026-12-06 (fixtures and gold by hand, BEFORE any run of the tool on them) in the style
// of a kabupaten portal, a provincial daily, a Kodim and a Polres release, a Bawaslu press release, national wire and
// TV copy, a radio-station site and regional online sites; shapes listed in expected.json's `about`. Never shown to
// the engineers tuning officials, attribution, types or cleaning; every article is held out. Scored with the rules of
// news4 (test/extract/officials/news-score.ts). CHECK4_REPORT=1 prints the figures and the problems (for a final
// report only).
//
// Blind score on aef6321 (branch check4's src/ is main at aef6321, unchanged; scored once on 2026-12-06 08:47 UTC):
// officials P 0.982 R 0.982 (tool 55, gold 55, found 54), fields 1.000 (title, role, acting, region, modifier of the
// 54 found, and 10 institutions); quotes found 0.889 (16/18), attribution 1.000 (16/16).
// Kinds of error: a candidate written "Calon Wali Kota X petahana, Name" missed; a nickname introduced by "akrab
// disapa" kept as a second official of the same title; quotations in curly single marks (‘…’) and doubled curly
// single marks (‘’…’’) not read as direct quotes.
// Floors pinned a hair below the blind figures. No gold was changed after the run.
// After the merges of 2026-12-06's fifth session (officials4 never saw this set): unchanged, P 0.982 R 0.982.
import { describeOfficialsCheckSet } from './officials/news-score.js';

describeOfficialsCheckSet({
  name: 'check4',
  title: 'officials on the check4 blind set (never tuned on)',
  gold: 55,
  quotes: 18,
  reportEnv: 'CHECK4_REPORT',
  // officials6 tuned on this set (2026-12-06; no longer blind for officials): before (1249bba) P 0.982 R 0.982; after P 1.000
  // R 1.000 (qualifiers between title and name: `petahana`; a nickname introduced by `akrab disapa` is the same official).
  floor: { p: 0.99, r: 0.99, fieldAcc: 0.99, quotesR: 0.88, attr: 0.99 },
});
