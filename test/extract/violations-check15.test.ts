// Violation counts on the check15 blind set of saved web pages (fixtures/check15): 12 HTML pages, 51 distinct claims
// with their attributes.
// Written blind by check15 on 2026-12-07 (pages and gold by hand, committed in 8358881 BEFORE any run of the tool on
// them); every page is held out. Blind score on db14538 (branch check15's src/ is main at db14538, unchanged; scored
// once on 2026-12-07 04:16 UTC, the three fields in one run, CHECK15_REPORT=1). Two gold slips found in that run and
// corrected after it (named here; the figures below are after them, the blind ones are given too): Barito Timur's
// code was written 62.12 (Murung Raya's) where the gazetteer has 62.13 (two officials' regions); one optional
// fragment of page 06 kept its reporting verb ('majelis menilai …'), against the format's convention that fragments
// start after the verb (as check10's slips), and so did not cover the court's finding: cut to start after the verb.
// No other gold was changed after the run.
// P 1.000 R 0.843 (tool 43, gold 51, found 43), qualifiers 1.000; attributes on the matched claims: reporter 37/39,
// election and year 42/43, parent 38/43, scope 43/43 (no region scored). The gold slips above do not touch counts.
// Kinds of error: breakdowns inside a quote whose items carry "orang"/"lainnya" and a sanction level ("Satu orang kami
// jatuhi hukuman disiplin sedang … Empat orang lagi hukuman disiplin ringan": the four missing, the one without its
// parent; "Enam lainnya hukuman disiplin ringan dan sedang" and "Yang satu kami hentikan": both missing); a list of
// unit nouns after "Sebanyak" ("delapan guru, tiga kepala sekolah, dan seorang pegawai dinas kesehatan tercatat":
// all three missing); counts of one in a pair ("seorang guru SD dan seorang staf kantor desa") not read; a part
// interrupted by the reporting clause ("Dua aduan lainnya, lanjut dia, tidak cukup bukti") not read; parents not
// linked: items of a breakdown in the sentence after the whole ("melibatkan dua kepala desa, seorang guru, dan …"),
// "lima dugaan pelanggaran lain" after "sembilan … Empat di antaranya", a part named before its whole ("enam laporan
// …, termasuk empat ASN tersebut"); reporters: the body whose recommendation the sanctions followed ("berdasarkan
// rekomendasi BKN") taken for the pemkab's BKPSDM, BKN in the clause before taken for the Bawaslu that counted
// "lima kasus lainnya masih berproses"; election: "Saat itu, kata dia, Panwaslu mencatat 11 ASN" read as the page's
// Pemilu 2024 rather than the Pilkada 2018 of the sentence before. No personnel, TPS, letter-number or counter figure
// was taken for a count.
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
import { describeCountsCheckSet } from './violations-checkset.js';

// The adapter, as in officials-check15.test.ts: a saved page is handed to processArticle as the CLI's reader hands
// on a `.html` file, so it goes through HTML extraction, then cleaning, then the extractors.
vi.mock('../../src/pipeline.js', async (orig) => (await import('./html-pages.js')).withSavedPages(await orig()));

describeCountsCheckSet({
  name: '../check15',
  gold: 51,
  reportEnv: 'CHECK15_REPORT',
  // Round 14 (counts13, the parent as a discourse relation: parts in a later sentence by exact sum, lists under the
  // whole their lead names, remainders opening a sentence, the largest share): f3c57f0 R 0.843 (43/51), reporter 37/39, election 42/43,
  // parent 38/43, scope 43/43 -> R 0.902 (46/51), reporter 40/42, election 45/46, parent 42/46, scope 46/46.
  floor: { p: 0.99, r: 0.9, qualifiers: 0.99 },
  attrFloor: { reporter: 40, election: 45, parent: 42, scope: 46 },
});
