// Blocks under a heading line (clean/cascade.ts step 3): a related-news block's headline list, an author box.
// Each drops the lines it takes and returns the index of the first line after it.
import { matchDateline } from './dateline.js';
import type { Gathered } from './gathered.js';
import type { Line } from './lines.js';
import { firstMatch, rulesOf, type CleanRule } from './rules.js';
import { countSpacedWords } from '../text/words.js';
import { isCreditLine } from './page-top-credits.js';

const BYLINE_RULES = rulesOf('byline');
const LINE_RULES = rulesOf('line');
const BLOCK_RULES = rulesOf('block');
const ITEM_RULES = rulesOf('item');

/** Rules whose line stands only under the article's own headline, never under a related item (a release's number). */
const OWN_META_RULES: ReadonlySet<string> = new Set(['document-number-line']);

/** A line under a related item that is no headline: no letter at all, or one word (clean/blocks.ts relatedBlock). */
const STUB_UNDER_HEADLINE: CleanRule = { name: 'related-block-stub', kind: 'related-block', scope: 'item', pattern: /^$/u };
/** A photo credit alone on its line under the pending headline ("OUTLET.CO.ID/NAMA PENULIS", clean/page-top-credits.ts
 *  isCreditLine), held with the headline's credits (clean/blocks.ts relatedBlock). */
const CREDIT_UNDER_HEADLINE: CleanRule = { name: 'related-block-credit', kind: 'caption', scope: 'item', pattern: /^$/u };
function isStubLine(text: string, words: number): boolean {
  return words <= 1 || !/\p{L}/u.test(text);
}

/** A related-news block swallows at most this many lines after its heading. */
const BLOCK_MAX_LINES = 60;

/** Body text resumes: a long line, or a full sentence of some length, or a quotation. */
export function isBodyLike(line: string, words: number): boolean {
  if (words >= 25) return true;
  if (words >= 6 && /\.["”’)]?$/u.test(line)) return true;
  if (words >= 6 && /^["“]/u.test(line)) return true;
  return false;
}

/** A body's subhead in capitals has at most this many words ("TIGA SUDAH KE BKN", "SANKSI BERJENJANG"); a longer
 *  line in capitals is more likely a related headline written in capitals. */
const SUBHEAD_MAX_WORDS = 6;
const CAPITALS_ONLY = /^(?=[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu})[^\p{Ll}]+$/u;
/** A full stop ending a line (not an ellipsis: a cut related title ends with one). */
const FULL_STOP_END = /[^.…]\.["”’)]?$/u;

/** In the middle of a body (clean20), the line under a related item, `line`, is the body's own when the prose resumes
 *  right under it (`after` reads like body) and it is a subhead in capitals under an item that is not ("BACA JUGA:" /
 *  "Ombak Tinggi, Nelayan Sarmi Diminta Tak Melaut" / "TIGA SUDAH KE BKN" / "Tiga di antaranya …": a related list's
 *  items keep one case), or a short sentence with its full stop ("Sanksinya tegas."), which a related title never ends
 *  with. */
function isBodyResumingUnder(item: string, line: string, words: number, after: Line | undefined): boolean {
  if (after === undefined || !isBodyLike(after.text, countSpacedWords(after.text, 50))) return false;
  if (CAPITALS_ONLY.test(line)) return words <= SUBHEAD_MAX_WORDS && !CAPITALS_ONLY.test(item) && !/[.?!:]$/u.test(line);
  return words >= 2 && /^\p{Lu}/u.test(line) && FULL_STOP_END.test(line) && !FULL_STOP_END.test(item);
}

/** An author box has at most this many lines under its heading (name, biography, "see all posts"). */
const AUTHOR_BOX_MAX_LINES = 3;
const AUTHOR_BOX_MAX_WORDS = 40;

/** The lines of the author box under the heading at `heading` (regional2/27: "Penulis Profil" / "Admin Sumbawanews
 *  menulis berita daerah Sumbawa sejak 2015."), all dropped: the next lines with no blank line between, each short
 *  and not a quotation, up to AUTHOR_BOX_MAX_LINES. Returns the index of the first line after the box. */
export function authorBox(nonBlank: readonly Line[], heading: number, out: Gathered): number {
  let j = heading + 1;
  for (; j < nonBlank.length && j <= heading + AUTHOR_BOX_MAX_LINES; j++) {
    const m = nonBlank[j]!;
    if (m.no !== nonBlank[j - 1]!.no + 1 || /^["“‘]/u.test(m.text) || countSpacedWords(m.text, AUTHOR_BOX_MAX_WORDS + 1) > AUTHOR_BOX_MAX_WORDS) break;
    out.drop('author-box', 'author-box-line', m.raw);
  }
  return j;
}

/** The headline-like lines under the related-news heading at `heading`, until body text resumes (all
 *  dropped). Returns the index of the first line after the block. `aboveBody`: nothing has been kept above
 *  the heading, so the block stands above the article (junk/08: "BERITA TERPOPULER" / a popular headline /
 *  the article's own headline / "TANJUNG, KORANNTB - …"): when the body resumes with a dateline, it is the
 *  article's first paragraph, so the headline right above it is the article's own, and it stays. */
export function relatedBlock(nonBlank: readonly Line[], heading: number, out: Gathered, aboveBody: boolean): number {
  let j = heading + 1;
  // the last headline-like line, dropped only once the line after it is known not to be body text
  let pending: Line | null = null;
  let pendingAt = -1; // its index; then the credit lines under it (an article's own headline has a byline: portal/10)
  const credits: Array<{ line: Line; rule: CleanRule }> = [];
  let staffCredited = false; // a byline or a staff credit stands among those credits
  const flush = (): void => {
    if (pending !== null) out.drop('related-block', 'related-block-headline', pending.raw);
    for (const c of credits) out.drop(c.rule.kind, c.rule.name, c.line.raw);
    pending = null;
    credits.length = 0;
    staffCredited = false;
  };
  for (; j < nonBlank.length && j <= heading + BLOCK_MAX_LINES; j++) {
    const m = nonBlank[j]!;
    const mw = countSpacedWords(m.text, 50);
    const r = firstMatch(BLOCK_RULES, m.text, mw) ?? firstMatch(ITEM_RULES, m.text, mw) ?? firstMatch(LINE_RULES, m.text, mw);
    // a byline the block's own rules do not know ("<Writer> - <channel>", a byline rule's line), read under the pending
    // headline above the body
    const byline = pending !== null && aboveBody ? firstMatch(BYLINE_RULES, m.text, mw) : null;
    if (r === null && byline === null && (isBodyLike(m.text, mw) || (!aboveBody && pending !== null && isBodyResumingUnder(pending.text, m.text, mw, nonBlank[j + 1])))) {
      if (pending !== null && aboveBody && (matchDateline(m.text, true) !== null || staffCredited)) return credits.length > 0 ? pendingAt : j - 1;
      break;
    }
    // a byline, or a staff credit, under the pending headline above the body: a related item carries a time stamp,
    // never a writer, so the headline is the article's own whatever line the body resumes with (check20's kind, read
    // after its blind run: a network sub-site's menu item "Lainnya" or "Berita Terbaru" taken for a related block's
    // heading above "<Headline>" / "Rabu, 27 November 2024 10:41 WITA" / "Penulis: … | Editor: …" /
    // "OUTLET.CO.ID/NAMA" / the photo's caption / the lead)
    if (pending !== null && aboveBody && byline !== null && r === null) {
      credits.push({ line: m, rule: byline });
      staffCredited = true;
      continue;
    }
    // a time stamp or a photo credit under the pending headline above the body is held with it, undecided: a related
    // item's date or the article's own (the body resuming with a dateline, or a staff credit under it, decides)
    if (pending !== null && aboveBody && ((r !== null && r.name === 'related-block-date') || (r === null && isCreditLine(m.text)))) {
      credits.push({ line: m, rule: r ?? CREDIT_UNDER_HEADLINE });
      continue;
    }
    // a byline or staff credit (not a related item's time stamp) under the pending headline
    // (or a photo caption: clean4/08, "Terkini" / "Terpopuler" menu labels above the headline and its captioned photo)
    // (once a credit stands under it, any furniture line up to the body is the article's too: clean5/01, "Tim Redaksi" /
    // "Kamis, 7 November 2024 | 10:22 WITA" / "Bagikan:" — a related item carries a time stamp, never a staff credit)
    // (or a press release's number: check7/08, a ministry's menu item "Berita Terkini" above "<Minister>: …" / "SIARAN
    // PERS Nomor: …" / its date / "JAKARTA – …"; a related item never carries one)
    if (pending !== null && aboveBody && r !== null && (credits.length > 0 || r.kind === 'byline' || r.kind === 'footer' || r.kind === 'caption' || OWN_META_RULES.has(r.name) || byline !== null)) {
      credits.push({ line: m, rule: r });
      if (r.kind === 'byline' || r.kind === 'footer' || byline !== null) staffCredited = true;
      continue;
    }
    // a line that can be no headline (a bare figure, a comment or view count "0", "1.234"; a one-word button
    // "Ikuti") under the pending headline does not replace it: it is held with the credits, so when the body
    // resumes with a dateline the headline over it is still the article's own (check10's kind: "Trending" above a
    // menu, the article's headline, "Oleh Redaksi" / "8 Oktober 2024" / "0", then "Kota Bima, Outlet.com – …")
    // (a one-word button a line rule knows, "Ikuti", "Bagikan", is held the same way: round 12)
    if (pending !== null && aboveBody && (r === null || r.scope === 'line') && isStubLine(m.text, mw)) {
      credits.push({ line: m, rule: r ?? STUB_UNDER_HEADLINE });
      continue;
    }
    flush();
    if (r !== null) out.drop(r.kind, r.name, m.raw);
    else {
      pending = m;
      pendingAt = j;
    }
  }
  flush();
  return j;
}

/** Whether the one-word block heading at `heading` is a subhead over prose (clean5b/04, a report's section
 *  "Rekomendasi" above "Seluruh dugaan itu telah diteruskan kepada Badan Kepegawaian Negara" / "untuk
 *  ditindaklanjuti."): the next line reads like body, or starts a sentence that a hard wrap broke and the line right
 *  under it ends. A related list's items are headlines, never such prose; a second pass, reading the sentence joined,
 *  decides the same. */
export function isSubheadOverProse(nonBlank: readonly Line[], heading: number): boolean {
  if (nonBlank[heading]!.text.includes(' ')) return false;
  const next = nonBlank[heading + 1];
  if (next === undefined) return false;
  if (isBodyLike(next.text, countSpacedWords(next.text, 50))) return true;
  const tail = nonBlank[heading + 2];
  if (tail === undefined || tail.no !== next.no + 1 || !/^\p{Ll}/u.test(tail.text)) return false;
  const joined = `${next.text} ${tail.text}`;
  return isBodyLike(joined, countSpacedWords(joined, 50));
}

