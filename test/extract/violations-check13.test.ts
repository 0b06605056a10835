// Violation counts on the check13 blind set of saved web pages (fixtures/check13): 12 HTML pages, 44 distinct
// claims with their attributes.
// Written blind by check13 on 2026-12-07 (pages and gold by hand, committed in 8ad3169 BEFORE any run of the tool on
// them); every page is held out. Blind score on 8bfcdec (branch check13's src/ is main at 8bfcdec, unchanged; scored
// once on 2026-12-07 01:22 UTC, the three fields in one run, CHECK13_REPORT=1). After that run the author found a
// slip in his own throw-away page script: the in-body ad blocks of three pages (02 tagDiv adsense, 04 detik parallax
// "ADVERTISEMENT / SCROLL TO CONTINUE WITH CONTENT", 12 Sahifa e3lan) had been written as a literal "[[AD]]"
// paragraph; 89d0b74 puts the markup as designed (gold unchanged) and a second run gave exactly the same figures and
// problems on every field. The figures below hold for both.
// P 1.000 R 0.773 (tool 34, gold 44, found 34), qualifiers 1.000; attributes on the matched claims: reporter 23/29,
// election and year 34/34, parent 28/34, scope 34/34 (no per-region list, no region scored).
// Kinds of error: breakdowns whose items carry no unit noun ("lima melibatkan ASN dan dua lainnya melibatkan …": the
// five missing, the two without its parent; inside a quote, a split by sanction level "tujuh dijatuhi hukuman
// disiplin ringan …, empat hukuman sedang …, dan satu orang hukuman berat": three missing; "delapan kami teruskan …
// Lima sisanya kami hentikan" after "Dari 13 kasus itu": the five missing, the eight without its parent); counts of
// one in a breakdown ("seorang …, serta seorang …", "seorang lainnya …") not read (two); a bare number word in a quote
// ("sudah menangani lima") and a count in a quote whose cue is only "kasus ASN" (no neutrality word) not read; parts
// left without their whole ("Sebanyak 1.596 ASN di antaranya" after the whole in the sentence before; "dari delapan
// kasus yang diteruskan, … untuk empat ASN", and a part of the live blog's total, the total lost with its entry);
// reporters: a subordinate named in passing ("patroli pengawasan jajaran panwascam") taken for the Bawaslu that
// counted (two, and the live blog's kept entry, whose Bawaslu total was lost), the body that issued recommendations
// ("empat di antaranya berdasarkan rekomendasi KASN") taken for the reporter of a pemkab's sanctions (two), the short
// form "Panwas Kabupaten …" not read as a reporter; one claim lost with the live blog's entries (HTML ingest, below).
// The pages are whole saved pages in site themes check11 did not use (see expected.json's `about`: Blogger, tagDiv
// Newspaper, Joomla K2, a detik-style channel, a TV live blog, a KASN release on a Laravel/Bootstrap site, a Ghost
// op-ed, a Kodim's ColorMag site, a radio network page, a Tribun-style page=all, a kota CMS, Sahifa; head, scripts,
// menus, breadcrumbs, BACA JUGA blocks, captions, ads and pagers inside the body, tags, related blocks, reader
// comments, sidebars, footers). The helper reads each page as text; the adapter (test/extract/html-pages.ts, as
// check11) hands it to processArticle as the CLI's reader hands on a `.html` file (format 'html', the page in
// `html`), so it is scored after HTML extraction and cleaning, as a user's corpus of saved pages is. The set's folder
// is outside the helper's fixtures folder, so its name is given as '../check13'. CHECK13_REPORT=1 prints the
// figures and problems.
// What the HTML path costs (a throw-away plain-text copy of the same bodies, headline first, live-blog times as
// lines, no furniture, scored by the same helpers at 8bfcdec, not kept): officials P 1.000 R 1.000, quotes 36/36,
// attribution 1.000; statements recall 0.971 (102/105), precision 1.000, right speaker 1.000; counts P 1.000 R 0.795
// (35/44), reporter 24/30, election 34/35, parent 29/35, scope 34/35. So the HTML path cost, on one page of twelve,
// 2 officials, 2 quotes, 3 statements and 1 claim: the TV live blog (entries newest first, each an <article> in one
// <section>) is cut at the in-feed ad <div> after its third entry, and the three newest entries (the Bawaslu chair's
// running total and the Kapolres's visit, about 100 words) never reach the text. The plain copy lost two attributes
// the HTML path kept (the headline as a first body line: "Pilkada" over the body's "Pilbup" for one figure, and a
// scope of all). Furniture left in the HTML path's bodies: a Ghost callout card (an emoji line and its "Ingin menulis
// opini …" line) and the op-ed's pull quote (a repeat of the author's own sentence); every other piece (Blogger and
// Sahifa comments, the tagDiv, detik, Tribun and Sahifa in-body ads, BACA JUGA blocks and tables, captions, a K2 hit
// counter, a Tribun pager and its 'telah tayang' and writer lines, a KASN signature and contact line) was removed.
// Floors pinned a hair below the blind figures (checked failing with a floor raised). No gold was changed after the run.
import { vi } from 'vitest';
import { describeCountsCheckSet } from './violations-checkset.js';

// The adapter, as in officials-check13.test.ts: a saved page is handed to processArticle as the CLI's reader hands
// on a `.html` file, so it goes through HTML extraction, then cleaning, then the extractors.
vi.mock('../../src/pipeline.js', async (orig) => (await import('./html-pages.js')).withSavedPages(await orig()));

describeCountsCheckSet({
  name: '../check13',
  gold: 44,
  reportEnv: 'CHECK13_REPORT',
  // round 13 (counts12): db14538 P 1.000 R 0.818 (found 36), reporter 25, election 36, parent 31, scope 36; after P 1.000
  // R 0.909 (found 40), reporter 27, election 40, parent 36, scope 40
  // clean11 (round 13, the live blog's running total read): R 0.818 (36/44) -> 0.841 (37/44); reporter 25 -> 26, parent 31 -> 32 (db14538 -> after).
  // both merged: R 0.932 (41/44), reporter 28, election 41, parent 37, scope 41.
  floor: { p: 0.99, r: 0.93, qualifiers: 0.99 },
  attrFloor: { reporter: 28, election: 41, parent: 37, scope: 41 },
});
