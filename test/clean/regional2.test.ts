// Cleaning on a fourth kind of page (issue 22, Cleaning): fixtures/clean/regional2, 27 plain-text pages and 6 web
// pages written by the `clean` engineer in the page styles the project had seen least: WordPress and Blogspot
// regional blogs (post meta, share and like widgets, comment threads and forms, "Label:", blog pager), AMP pages
// ("Lihat Versi Lengkap", "SCROLL TO CONTINUE WITH CONTENT"), syndicated copies ("Artikel ini telah tayang di …"),
// follow-us and "Dapatkan update" banners, redaksi/address/copyright footers, polls, "Video:" embeds,
// unlabelled "Terpopuler"/"Terkini" lists, image credits, pagination, reading-time and view counters, author
// boxes, ad placeholders, hacked-site spam in new forms, page titles that are boilerplate, and a scrape carrying
// the article twice (`== ` lines: the text must be there exactly once). Gold was marked before any cleaning.
// Body traps: "Netral!" and "Demikian." alone, lettered and numbered items of a regulation or pact, "Foto bersama
// itu diambil …" inside the narrative, quotes, an article's title repeated by the scrape.
// Files 01–18 and pages 01–04 tune; 19–27 and pages 05–06 are held out (never read while writing rules).
//
// Blind score (branch clean at main 301f0a9, 2026-12-06 03:20 UTC, before any change for this set; a boilerplate
// line glued to a body paragraph counts as left):
//   tune (01–18)      boilerplate left 40/138, body lines lost 0/104, leads left 4/16, repeats left 0/5
//   held-out (19–27)  boilerplate left 31/78, body lines lost 0/47, leads left 1/8
//   html tune (01–04) boilerplate left 1/49, body lost 4/20, paragraphs holding no body line 1
//   html held (05–06) boilerplate left 0/23, body lost 2/11, paragraphs holding no body line 0
// The lost HTML body lines were the pages' <h1> titles, which the HTML path gives as `title`, never in the text
// (the convention of fixtures/clean/portal/html): the gold was corrected to that before any rule changed (body
// lost 0/16 and 0/9 then; nothing else moved). One more gold fix: 02's "Selong -" is a dateline, first missed in the
// marking (it showed once the page title above it went).
// Then rules written from the tuning part only (src/clean/rules/platform.ts with lexicon/page-furniture.ts; page
// titles in clean/page-head.ts; icon-led lines, comment threads and author boxes in clean/cascade.ts; call-sign and
// CamelCase-outlet datelines):
//   tune (01–18)      boilerplate left 0/138, body lines lost 0/104, leads left 0/17, repeats left 0/5
//   held-out (19–27)  boilerplate left 16/78, body lines lost 0/47, leads left 0/8   <- the held-out figure
//   html tune / held  boilerplate left 0/49 and 0/23, body lost 0, no stray paragraph
// After that, 19–27 were seen (a check list of look-alike lines drawn from memory of them was run against the
// rules), so they became tuning: rules for their failures followed (now 0/78 left), and fixtures/clean/regional3
// was written as the new held-out set (test/clean/regional3.test.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, scoreHtml, scoreJunk } from './junk-devset.js';

const DIR = join('fixtures', 'clean', 'regional2');

describe('cleaning on the blog/AMP/syndication check set (fixtures/clean/regional2)', () => {
  const tune = scoreJunk(files(1, 18, DIR), DIR);
  const held = scoreJunk(files(19, 27, DIR), DIR);
  const htmlTune = scoreHtml(DIR, (f) => f <= '04.html');
  const htmlHeld = scoreHtml(DIR, (f) => f > '04.html');
  if (process.env['NEWS_REPORT']) {
    for (const [name, s] of [['tune', tune], ['held', held]] as const) {
      console.log(`${name}: junk ${s.junk}, left ${s.junkLeft.length}; body ${s.body}, lost ${s.bodyLost.length}; leads ${s.leads}, left ${s.leadsLeft.length}; repeats ${s.repeats}, left ${s.repeatsLeft.length}`);
      if (name === 'tune' || process.env['NEWS_REPORT'] === 'all') {
        for (const l of [...s.junkLeft.map((x) => `left: ${x}`), ...s.bodyLost.map((x) => `LOST: ${x}`), ...s.leadsLeft.map((x) => `lead left: ${x}`), ...s.repeatsLeft.map((x) => `repeat: ${x}`)]) console.log(`  ${l}`);
      }
    }
    for (const [name, s] of [['html tune', htmlTune], ['html held', htmlHeld]] as const) {
      console.log(`${name}: junk ${s.junk}, left ${s.junkLeft.length}; body ${s.body}, lost ${s.bodyLost.length}; extra paragraphs ${s.extra.length}`);
      if (name === 'html tune' || process.env['NEWS_REPORT'] === 'all') {
        for (const l of [...s.junkLeft.map((x) => `left: ${x}`), ...s.bodyLost.map((x) => `LOST: ${x}`), ...s.extra.map((x) => `extra: ${x}`)]) console.log(`  ${l}`);
      }
    }
  }
  it('reads every file', () => {
    expect(tune.junk + held.junk).toBe(216);
    expect(tune.body + held.body).toBe(151);
    expect(tune.repeats).toBe(5);
    expect(htmlTune.junk + htmlHeld.junk).toBe(72);
  });
  // pinned at the level reached; raise them when quality improves, never lower them
  it('loses no body line, keeps one copy of a repeated line', () => {
    expect([...tune.bodyLost, ...held.bodyLost, ...htmlTune.bodyLost, ...htmlHeld.bodyLost]).toEqual([]);
    expect(tune.repeatsLeft).toEqual([]);
  });
  it('leaves no boilerplate line or lead (all of it tuned on by now)', () => {
    expect([...tune.junkLeft, ...held.junkLeft]).toEqual([]);
    expect([...tune.leadsLeft, ...held.leadsLeft]).toEqual([]);
    expect([...htmlTune.junkLeft, ...htmlHeld.junkLeft, ...htmlTune.extra, ...htmlHeld.extra]).toEqual([]);
  });
});
