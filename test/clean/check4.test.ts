// Cleaning on the check4 blind set (fixtures/clean/check4, see its README): 10 scraped plain-text pages (markers as
// fixtures/clean/junk) and 2 web pages (gold as fixtures/clean/regional2/html). Written blind by check4 on 2026-12-06
// (pages and markers by hand, BEFORE any run of the cleaner on them) in the style of kabupaten/kota government
// portals, Tribun- and Radar-style provincial dailies, national online and TV sites, a WordPress regional site with
// injected gambling spam, a Tribratanews page, a Bawaslu site and a radio-station site. Never shown to the engineer
// tuning cleaning; every page is held out. CHECK4_REPORT=1 prints the figures and the lines left, lost or extra.
// Furniture kinds: breadcrumbs and menus, portal bylines ("Dipublikasikan oleh … |", "Oleh Admin Kominfo |",
// "Posted by redaksi on", "Admin Humas | 05/11/2024"), view counters, photo captions ("Foto: … (Dok. Prokompim)",
// "Ilustrasi ASN. Foto: …", "Foto : … (Humas Setda)", a figcaption), credits (Penulis/Editor on one line,
// "Laporan Wartawan …", "Kontributor :", "(Tribun-Sulbar.com/Suandi)", "(rdh/imk)", "Humas Polres …", "Sumber: Kompas TV
// Makassar"), share rows (inline, one word per line, WordPress "Share this:"/"Like this:"), tag lists ("Tag:",
// "Tags :", hashtags), related and popular lists ("Berita Lainnya", "Berita Terkait", "Berita Populer" numbered,
// "Postingan Terbaru", "Berita Terkini", "Baca Juga:"), app and channel banners, newsletter and video prompts
// ("Simak juga Video", "[Gambas:Video 20detik]", "Tonton juga:"), comment forms, ADVERTISEMENT, "SCROLL TO CONTINUE
// WITH CONTENT", "Close Ads", "Salin Artikel", "Scroll untuk membaca artikel", pagination ("Halaman 1 dari 2", "Klik
// halaman selanjutnya"), the page's own URL, "Sebarkan artikel ini", "Load More", "Unduh Siaran Pers (PDF …)",
// "Artikel ini telah tayang di", addresses, phone/email and copyright footers, gambling spam, outlet names.
// Body traps: a numbered and an unnumbered list, a subhead ("Dua Kali Unggah", "Pertimbangan Bawaslu", "Sanksi
// Menanti"), one-line sentences ("Netral itu wajib.", "Demikian."), body lines opening with "Baca juga", "Sumber",
// "Editor", a body hard-wrapped at a fixed width.
//
// BLIND
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, scoreHtml, scoreJunk } from './junk-devset.js';

const DIR = join('fixtures', 'clean', 'check4');

describe('cleaning on the check4 blind set (fixtures/clean/check4)', () => {
  const s = scoreJunk(files(1, 99, DIR), DIR);
  const h = scoreHtml(DIR);
  if (process.env['CHECK4_REPORT']) {
    console.log(`check4 text: junk ${s.junk}, left ${s.junkLeft.length}; body ${s.body}, lost ${s.bodyLost.length}; leads ${s.leads}, left ${s.leadsLeft.length}`);
    console.log(`check4 html: junk ${h.junk}, left ${h.junkLeft.length}; body ${h.body}, lost ${h.bodyLost.length}; extra paragraphs ${h.extra.length}`);
    for (const l of [...s.junkLeft.map((x) => `left: ${x}`), ...s.bodyLost.map((x) => `LOST: ${x}`), ...s.leadsLeft.map((x) => `lead left: ${x}`)]) console.log(`  ${l}`);
    for (const l of [...h.junkLeft.map((x) => `html left: ${x}`), ...h.bodyLost.map((x) => `html LOST: ${x}`), ...h.extra.map((x) => `html extra: ${x}`)]) console.log(`  ${l}`);
  }
  const FLOOR = { junkLeft: 999, bodyLost: 999, leadsLeft: 999, htmlJunkLeft: 999, htmlBodyLost: 999, htmlExtra: 999 };
  it('reads every page', () => {
    expect(files(1, 99, DIR).length).toBe(10);
    expect(s.junk).toBe(125);
    expect(h.junk).toBe(37);
    expect(h.body).toBe(10);
  });
  it('furniture removed, body kept, leads stripped, at or above the pinned levels', () => {
    expect(s.bodyLost.length, s.bodyLost.join('\n')).toBeLessThanOrEqual(FLOOR.bodyLost);
    expect(s.junkLeft.length, s.junkLeft.join('\n')).toBeLessThanOrEqual(FLOOR.junkLeft);
    expect(s.leadsLeft.length, s.leadsLeft.join('\n')).toBeLessThanOrEqual(FLOOR.leadsLeft);
    expect(h.bodyLost.length, h.bodyLost.join('\n')).toBeLessThanOrEqual(FLOOR.htmlBodyLost);
    expect(h.junkLeft.length, h.junkLeft.join('\n')).toBeLessThanOrEqual(FLOOR.htmlJunkLeft);
    expect(h.extra.length, h.extra.join('\n')).toBeLessThanOrEqual(FLOOR.htmlExtra);
  });
});
