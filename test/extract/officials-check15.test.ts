// Officials and quote speakers on the check15 blind set of saved web pages (fixtures/check15): 12 HTML pages, 31
// officials, 26 quotes.
// Written blind by check15 on 2026-12-07 (pages and gold by hand, committed in 8358881 BEFORE any run of the tool on
// them); every page is held out. Blind score on db14538 (branch check15's src/ is main at db14538, unchanged; scored
// once on 2026-12-07 04:16 UTC, the three fields in one run, CHECK15_REPORT=1). Two gold slips found in that run and
// corrected after it (named here; the figures below are after them, the blind ones are given too): Barito Timur's
// code was written 62.12 (Murung Raya's) where the gazetteer has 62.13 (two officials' regions); one optional
// fragment of page 06 kept its reporting verb ('majelis menilai …'), against the format's convention that fragments
// start after the verb (as check10's slips), and so did not cover the court's finding: cut to start after the verb.
// No other gold was changed after the run, until the convention below was decided.
// Convention decided in round 15 (2026-12-07, README "Official's region"): an official's region is the area of the
// office at its own level, so a camat's is the kecamatan (check13's and news2/3's gold, and the tool, already did
// so). The two camat rows here (Kaledupa, Seluas) were written with their kabupaten's code: aligned to 74.07.02 and
// 61.07.05 after that decision, the only change.
// officials P 0.967 R 0.935 (tool 30, gold 31, found 29), fields 0.987 (region 27/29; blind, before the 62.13 fix,
// 0.974 with region 25/29; title, role, acting, modifier 29/29, institutions 9/9); quotes found 1.000 (26/26),
// attribution 1.000 (26/26).
// Kinds of error: an official introduced by an apposition frame after the body ("Bawaslu Pangkep, seperti disampaikan
// ketuanya, <Name>, …") not read (and her quote given to the name without its last part, 'Andi' + given name); a
// Minang adat title ('Dt. …') after a Bawaslu chair's name kept in the name (one official missing and one not
// expected; the gold, written before the run, leaves adat titles out as honorifics; counted the tool's way, P 1.000
// R 0.968); two camat (one 'mantan') given their kecamatan's code where the gold has the kabupaten (check13's gold
// gave a camat any region: a convention the gold here did not follow, written before the run; left as written). A
// PRMN 'Lalu', Buton 'La Ode'/'Wa Ode', an Inspektur, a Kepala Kantor Kemenag, a Kasubbag TU, a Pj Sekda, a Pj
// wali kota and a Kapolres were read right; no lawyer, op-ed author, radio host or listener became an official.
// The pages are whole saved pages in site themes check11 and check13 did not use (see expected.json's `about`):
// JNews, a PRMN-network sub-site (pager and ad inside the body), a Drupal 7 Diskominfo portal, a Jannah AMP page, a
// radio station on Elementor (an on-air Q&A with H2 questions), a Suara-network sub-site, a Kompas-style regional
// page, an Astra op-ed with reader comments, Soledad with reader comments, a Next.js user-content page (the whole
// body repeated in the __NEXT_DATA__ script), a Kemenag office portal on Bootstrap and GeneratePress; head, scripts,
// menus, breadcrumbs, BACA JUGA blocks and lines inside the body, captions, ads, tags, related blocks, comments,
// sidebars, footers. The helper reads each page as text; the adapter (test/extract/html-pages.ts, as check11 and
// check13) hands it to processArticle as the CLI's reader hands on a `.html` file (format 'html', the page in
// `html`), so it is scored after HTML extraction and cleaning, as a user's corpus of saved pages is. The set's folder
// is outside the helper's fixtures folder, so its name is given as '../check15'. CHECK15_REPORT=1 prints the figures
// and problems.
// What the HTML path costs (a throw-away plain-text copy of the same bodies, headline first, no furniture, scored by
// the same helpers at db14538 with the corrected gold, not kept): officials P 0.967 R 0.935, fields 0.987, quotes
// 26/26, attribution 1.000; statements recall 0.932 (96/103), precision 1.000, right speaker 0.948 (91/96); counts P
// 1.000 R 0.843 (43/51), reporter 37/39, election 42/43, parent 37/43, scope 43/43. So the HTML path cost nothing on
// these pages (every figure equal, one parent better through HTML); no furniture reached a statement or a count:
// reader comments, disclaimers, the Kompas Telegram promo line, view counters, the PRMN pager and ad, dangling and
// plain-paragraph 'BACA JUGA' lines, the Kemenag 'Penulis | Editor | Foto' line and the Next.js JSON copy of the
// body gave no spurious item.
// Floors pinned a hair below the figures (checked failing with a floor raised).
import { vi } from 'vitest';
import { describeOfficialsCheckSet } from './officials/news-score.js';

// The adapter (test/extract/html-pages.ts): a saved page (`<!DOCTYPE …` / `<html …`) is handed on as the CLI's
// reader hands on a `.html` file (format 'html', the page in `html`, newlines normalised as the reader does, no
// text); anything else unchanged.
vi.mock('../../src/pipeline.js', async (orig) => (await import('./html-pages.js')).withSavedPages(await orig()));

describeOfficialsCheckSet({
  name: '../check15',
  title: 'officials on the check15 blind set of saved web pages (never tuned on)',
  gold: 31,
  quotes: 26,
  reportEnv: 'CHECK15_REPORT',
  // After round 13's merges (2026-12-07, 13928b2): P 0.968 R 0.968 (30/31), fields 0.988 (blind P 0.967 R 0.935).
  // Round 15 (camat region convention, gold aligned): fields 0.988 -> 1.000.
  floor: { p: 0.96, r: 0.96, fieldAcc: 0.99, quotesR: 0.99, attr: 0.99 },
});
