// Violation counts on the check11 blind set of saved web pages (fixtures/check11): 12 HTML pages, 45 distinct
// claims with their attributes.
// Written blind by check11 on 2026-12-06 (pages and gold by hand, committed in 50a1958 BEFORE any run of the tool on
// them); every page is held out. Blind score on 374a96f (branch check11's src/ is main at 374a96f, unchanged; scored
// once on 2026-12-06 22:25 UTC, the three fields in one run, CHECK11_REPORT=1):
// P 1.000 R 0.822 (tool 37, gold 45, found 37), qualifiers 1.000; attributes on the matched claims: reporter 32/32,
// election and year 35/35, parent 30/36, scope 37/37 (no per-region list, no region scored).
// Kinds of error: a breakdown whose items have no unit noun ("sembilan melibatkan ASN, 11 melibatkan kepala desa …,
// dan tiga lainnya melibatkan …") not read (three), and the part of one of them ("lima ASN") left without its parent;
// counts of one in a breakdown ("seorang staf kelurahan", "seorang lurah dan dua guru", "satu lagi ASN guru") not
// read (three); a collective "ketiga ASN tersebut" not read as the total of its parts; parts without their parent
// when the total is "keenam ASN tersebut terdiri atas …", "Empat ASN di antaranya" after "tujuh di antaranya", and a
// total in the paragraph before ("enam kasus telah diteruskan" after "dari delapan kasus"); an earlier Pilkades's
// count of "aduan" received by a kecamatan not read.
// The pages are whole saved pages (see expected.json's `about`: head, scripts, menus, breadcrumbs, the theme's article
// markup, BACA JUGA blocks and captions inside the body, ads, tags, related blocks, reader comments, sidebars,
// footers). The helper reads each page as text; the adapter (test/extract/html-pages.ts, shared by the three check11
// files; the scoring helpers are unchanged) hands it to processArticle as the CLI's reader hands on a `.html` file (format 'html', the page in `html`),
// so it is scored after HTML extraction and cleaning, as a user's corpus of saved pages is. The set's folder is outside
// the helper's fixtures folder, so its name is given as '../check11'. CHECK11_REPORT=1 prints the figures and problems.
// What the HTML path costs (a throw-away plain-text copy of the same bodies, headline first, no furniture, scored by
// the same helpers at 374a96f, not kept): the same figures on every field, the same problems (the spurious official's
// title read from the headline, "Bupati OKI", instead of the lead's "Bupati Ogan Komering Ilir"). The HTML ingest
// removed every piece of furniture on these twelve pages (menus, captions, BACA JUGA paragraphs, ads, comments,
// source and disclaimer lines); one outlet lead, "REMBANG, (rembangpos.id) –", stays at the start of its body.
// The author's caveat: the furniture around each body was laid out by a small throw-away generator, one layout per
// outlet kind, from real themes' structure; real saved pages are often messier (furniture nested inside the body's
// own elements, a BACA JUGA link inside a sentence, broken markup), so these pages may be kinder to the HTML ingest.
// Floors pinned a hair below the blind figures (checked failing with a floor raised). No gold was changed after the run.
// Round 12 (counts11, released set tuned on; continued-items.ts, collectives.ts, the topic-link cue): P 1.000, R 0.822 ->
// 0.978 (tool 37 -> 44; 8bfcdec -> counts11), reporter 32/32 -> 38/38, election 35 -> 39, parent 30/36 -> 39/42, scope
// 37 -> 44. Floors raised.
import { vi } from 'vitest';
import { describeCountsCheckSet } from './violations-checkset.js';

// The adapter, as in officials-check11.test.ts: a saved page is handed to processArticle as the CLI's reader hands
// on a `.html` file, so it goes through HTML extraction, then cleaning, then the extractors.
vi.mock('../../src/pipeline.js', async (orig) => (await import('./html-pages.js')).withSavedPages(await orig()));

describeCountsCheckSet({
  name: '../check11',
  gold: 45,
  reportEnv: 'CHECK11_REPORT',
  // round 13 (counts12): db14538 R 0.978 (found 44), reporter 38, election 39, parent 39, scope 44; after R 1.000 (found 45),
  // reporter 39, election 40, parent 39, scope 45
  floor: { p: 0.99, r: 0.99, qualifiers: 0.99 },
  attrFloor: { reporter: 39, election: 40, parent: 39, scope: 45 },
});
