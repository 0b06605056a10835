// Cleaning on a third kind of page (issue 22: "a government portal and national and regional networks", where 44%
// of boilerplate lines were left): fixtures/clean/portal, 21 pages written by the `junk` engineer in the styles the
// project had seen least (Diskominfo/Humas/Prokopim portals with view and visitor counters, categories, "Posted
// in", office hours, addresses and phone lines; ANTARA wire copy hard-wrapped mid-sentence; TV network sites with
// video-player remnants, "Pilihan Untuk Anda", "Topik Menarik", sponsor notes; regional dailies; hacked sites
// carrying gambling spam), plus two HTML pages read as the CLI reads them. Gold was marked before any cleaning.
// Body traps: a quote opening "Baca juga pasal …", sentences opening "Editor …", "Kategori …", "Pewarta warga …",
// "Dilarang mengambil cuti …", list items, "Demikian.", a date alone between body lines, a headline-like body
// line about a gambling arrest, and hard-wrapped sentences whose last line is a network name ("Facebook.").
// Files 01–14 tune; 15–21 and the HTML pages are held out (never read while writing rules).
//
// Blind score (branch junk at main af37f85, 2026-12-06, before any change for this set; a boilerplate line glued
// to a body paragraph counts as left):
//   tune (01–14)      boilerplate left 57/146 (39%), body lines lost 3/89, leads left 8/14
//   held-out (15–21)  boilerplate left 24/69 (35%), body lines lost 0/35, leads left 1/7
//   html (2 pages)    boilerplate left 5/20, body lost 0/9
// Then rules written from the tuning part only (rules/portal.ts with lexicon/page-furniture.ts: counters,
// categories, contact/address/office-hours lines, staff bylines, mastheads, widgets, player time codes, spaced
// hashtags, keyword-stuffed gambling lines, sponsor notes, reader promotions, list headings, breadcrumb paths,
// press-office credits; clean/wrap.ts: a hard-wrapped sentence's tail; clean/page-head.ts: labels above the
// headline; a headline under a related block keeps its byline; datelines of a bare domain or a press office):
//   tune (01–14)      boilerplate left 0/146, body lines lost 0/89, leads left 0/14
//   held-out (15–21)  boilerplate left 1/69 ("Jl. Aneka Tambang, Banjarbaru, Kalimantan Selatan": an address with
//                     no house number or postal code), body lines lost 0/35, leads left 0/7
//   html (held out)   boilerplate left 0/20, body lost 0/9
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { files, scoreHtml, scoreJunk } from './junk-devset.js';

const DIR = join('fixtures', 'clean', 'portal');

describe('cleaning on the portal/wire/TV check set (fixtures/clean/portal)', () => {
  const tune = scoreJunk(files(1, 14, DIR), DIR);
  const held = scoreJunk(files(15, 21, DIR), DIR);
  const html = scoreHtml(DIR);
  if (process.env['NEWS_REPORT']) {
    for (const [name, s] of [['tune', tune], ['held', held]] as const) {
      console.log(`${name}: junk ${s.junk}, left ${s.junkLeft.length}; body ${s.body}, lost ${s.bodyLost.length}; leads ${s.leads}, left ${s.leadsLeft.length}`);
      if (name === 'tune' || process.env['NEWS_REPORT'] === 'all') {
        for (const l of [...s.junkLeft.map((x) => `left: ${x}`), ...s.bodyLost.map((x) => `LOST: ${x}`), ...s.leadsLeft.map((x) => `lead left: ${x}`)]) console.log(`  ${l}`);
      }
    }
    console.log(`html: junk ${html.junk}, left ${html.junkLeft.length}; body ${html.body}, lost ${html.bodyLost.length}`);
    if (process.env['NEWS_REPORT'] === 'all') for (const l of [...html.junkLeft, ...html.bodyLost.map((x) => `LOST: ${x}`)]) console.log(`  ${l}`);
  }
  it('reads every file', () => {
    expect(tune.junk + held.junk).toBe(215);
    expect(tune.body + held.body).toBe(124);
    expect(html.junk).toBe(20);
  });
  // pinned at the level reached; raise them when quality improves, never lower them
  it('loses no body line', () => {
    expect(tune.bodyLost).toEqual([]);
    expect(held.bodyLost).toEqual([]);
    expect(html.bodyLost).toEqual([]);
  });
  // (held out 1 → 0 after clean4's tail run, which took the address ending the page)
  it('leaves no boilerplate line in the tuning part, none in the held-out part, none in the pages', () => {
    expect(tune.junkLeft).toEqual([]);
    expect(held.junkLeft.length, held.junkLeft.join('\n')).toBeLessThanOrEqual(0);
    expect(html.junkLeft).toEqual([]);
  });
  it('cleans every page to a text that a second cleaning leaves as it is', () => {
    for (const f of files(1, 21, DIR)) {
      const raw = readFileSync(join(DIR, f), 'utf8').replace(/^@@ /gmu, '').replace(/^\{\{(.*?)\}\}\s*/gmu, '$1 ');
      const once = clean(raw).text;
      expect(clean(once).text, f).toBe(once);
    }
  });
  it('strips every outlet lead', () => {
    expect(tune.leadsLeft).toEqual([]);
    expect(held.leadsLeft).toEqual([]);
  });
});
