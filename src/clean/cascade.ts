// The cleaning cascade: raw scraped text → `Cleaned` (body paragraphs + everything removed, and why).
//
// Fixed order (each step works on what the previous one left):
//   1. lines      — split on CR/LF, collapse spaces/NBSP inside each line, remember blank lines.
//   2. top        — the page-header cluster above the headline (`32.7 C` / `Jakarta` / `Friday, November 22,
//                   2024`); its date becomes `headerDate`.
//   3. line+block — byline lines (author / date stamp; one near the top gives `headerDate`), whole-line rules
//                   (related links, furniture, footers, captions) and related-news blocks (a heading
//                   plus the headline-like lines under it; author boxes: clean/blocks.ts). Line level, BEFORE
//                   joining, so a list of headlines is never glued into a paragraph.
//   3c. edges    — furniture at the edges of the body read by shape and context: the link-like lines after the last
//                   sentence, an author-and-outlet row under the headline (clean/edges.ts); then the labels above
//                   the headline (clean/page-head.ts).
//   4. join       — paragraphs: a line ending without sentence punctuation followed on the very next line by a
//                   lowercase start is a broken line and joins its predecessor; every other line break, and
//                   every blank line, separates paragraphs (so both one-line-per-paragraph and blank-line
//                   layouts work, and subheadings stay paragraphs of their own).
//   5. inline     — `(Baca juga: …)` spans inside paragraphs, then editor initials at paragraph ends.
//   6. dedup      — exact/near duplicates, pull quotes (see clean/dedup.ts), and a pull quote's caption line;
//                   a headline-like first paragraph is protected (a repeated headline later goes).
//   7. header     — the top check again on what is left (dedup may have uncovered header lines), the furniture above
//                   the headline (clean/page-top.ts), then the title: the first paragraph when headline-like.
//   8. dateline   — split off the first body paragraph(s) (see clean/dateline.ts).
//   9. output     — paragraphs joined by a blank line, with offsets.
// Steps 2, 7 and 8 look at what is on top, so each skips what other steps remove anyway and runs on the
// final paragraph order: that is what keeps clean(clean(x).text).text === clean(x).text.
// The function is pure: the same input gives the same output, and clean(clean(x).text) gives the same text.

import type { Cleaned, Dateline } from '../model.js';
import { matchDateline, strongOnly, type DatelineMatch } from './dateline.js';
import { findDuplicates } from './dedup.js';
import { countSpacedWords } from '../text/words.js';
import { fires, firstMatch, mayMatch, rulesOf, type CleanRule } from './rules.js';
import { headsLiveEntry, isEntryStamp, LIVE_STAMP_RULE } from './live-entries.js';
import { isoFromByline, isoFromDroppedRow, isoFromHeader, isoFromLeadDate } from './stamps.js';
import { splitLines } from './lines.js';
import { inlineRules, joinLines } from './paragraphs.js';
import { isWrapTail } from './wrap.js';
import { isPostLocationAt } from './social-post.js';
import { HEAD_MAX_LINES, headlineOutOfHeader, titleCandidate, withoutPageHead, withoutPageTop } from './page-head.js';
import { isCreditLine, isCaptionUnderCredit, isUpperCredit } from './page-top-credits.js';
import { isPlaceNameLine, isStationMasthead } from './menu-rows.js';
import type { Line, Para } from './lines.js';
import { authorBox, isBodyLike, isSubheadOverProse, relatedBlock } from './blocks.js';
import { Gathered } from './gathered.js';
import { isLabelledCaption } from './line-shape.js';
import { isLabelledHeadlineAt, withoutEdgeFurniture, withoutMastheadRepeats } from './edges.js';
import { betweenBody, hasClause, isPostNavLabel, isSentenceLine, shapeDropsAfter, shapeLine, tagCloudStart } from './structure.js';

const TOP_RULES = rulesOf('top');
const BYLINE_RULES = rulesOf('byline');
const LINE_RULES = rulesOf('line');
const BLOCK_RULES = rulesOf('block');
/** Step 3 tries the byline rules, then the block headings, then the line rules, and takes the first that
 *  fires: the same as the first rule firing in the three lists one after the other, in one `firstMatch`
 *  (one rule-list lookup per line instead of three). */
const LINE_CASCADE: readonly CleanRule[] = [...BYLINE_RULES, ...BLOCK_RULES, ...LINE_RULES];
const TAIL_RULES = rulesOf('tail');

/** A line that later steps remove entirely (a line rule, or editor initials standing alone: `(ant)`). */
function vanishes(line: string): boolean {
  if (firstMatch(LINE_RULES, line) !== null) return true;
  for (const r of TAIL_RULES) {
    if (!mayMatch(r, line)) continue;
    const m = r.pattern.exec(line);
    if (m !== null && m.index === 0) return true;
  }
  return false;
}

/**
 * The page-header cluster: leading lines matching top rules, up to the LAST strong one (so a short headline
 * after the date is never taken for a place). Lines that a later step removes anyway (a `BACA JUGA` or an
 * `(ant)` above the header) are stepped over, so the cluster is found whether or not they are there.
 */
function headerCluster(texts: readonly string[]): Array<{ index: number; rule: CleanRule }> {
  const cluster: Array<{ index: number; rule: CleanRule }> = [];
  let lastStrong = -1;
  for (let i = 0; i < texts.length && cluster.length < TOP_MAX_LINES; i++) {
    const t = texts[i]!;
    const r = firstMatch(TOP_RULES, t, -1, 10);
    if (r === null) {
      if (vanishes(t)) continue;
      break;
    }
    cluster.push({ index: i, rule: r });
    if (r.strength === 'strong') lastStrong = cluster.length - 1;
  }
  return headlineOutOfHeader(texts, cluster.slice(0, lastStrong + 1), PAGE_HEAD_SHAPE.isBodyStart, vanishes);
}

/** A byline date gives `headerDate` only in the page's head: above the first body-like line, within HEAD_MAX_LINES lines
 *  (clean/page-head.ts; round 15: 8 lines before, and a menu pushed the byline out, check16/01). */
const BYLINE_MAX_LINES = HEAD_MAX_LINES;

/** An upper-case photo credit above the body, taken at step 3 (clean/page-top-credits.ts `isUpperCredit`). */
const UPPER_CREDIT_TOP: CleanRule = { name: 'upper-credit-top', kind: 'caption', scope: 'line', pattern: /^$/u };

/** A number alone on its line (a count: "0", "12", "1.204"). */
const BARE_COUNT = /^\d{1,3}(?:[.,]\d{3})*$/u;

/** The page-header cluster may span at most this many lines. */
const TOP_MAX_LINES = 8;

/** A headline's start: a capital, a digit, or a quote mark and a capital; after a bracketed tag in capitals or not
 *  (clean20: a release's or a post's kind before its headline, "[RILIS] Bawaslu Dogiyai Catat …", "[VIDEO] …",
 *  "[SIARAN PERS] …"). */
const HEADLINE_START = /^(?:\[\p{Lu}[\p{Lu} ]{1,20}\]\s{1,2})?["“‘']?[\p{Lu}\p{N}]/u;

/** Headline-like: 2–30 words, ≤ 220 chars, no final period/comma/colon, starting with a capital, a digit
 *  or a quote mark followed by a capital (`“Netral Itu Wajib”, Kata Bupati`), a bracketed tag before them or not. */
function isHeadlineLike(text: string): boolean {
  if (text.length > 220 || /[.,;:…]["”’]?$/u.test(text)) return false;
  if (!HEADLINE_START.test(text)) return false;
  const w = countSpacedWords(text, 31);
  return w >= 2 && w <= 30;
}

/** The title: a headline-like first paragraph that does not open with a (strong) dateline. */
function isTitle(p: Para): boolean {
  return isHeadlineLike(p.text) && datelineOf(p, false) === null;
}

/** `matchDateline(p.text, allowWeak)`, from the match step 6 kept when there is one. */
function datelineOf(p: Para, allowWeak: boolean): DatelineMatch | null {
  if (p.dateline === undefined) return matchDateline(p.text, allowWeak);
  return allowWeak ? p.dateline : strongOnly(p.dateline);
}

/** A caption that only credits a pull quote: `Pj Gubernur NTB, Hassanudin`. */
function isCaptionLike(text: string): boolean {
  if (text.length > 80 || /[.!?]$/u.test(text) || !/^\p{Lu}/u.test(text)) return false;
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 2 || words.length > 8) return false;
  const caps = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return caps * 2 >= words.length;
}

// `clean` runs the steps in order; each step is a top-level function of its own (one function holding them
// all, with closures, was slow to compile and went back to the interpreter as a whole whenever one rarely
// used branch deoptimised).
export function clean(raw: string): Cleaned {
  const out = new Gathered();
  // 1. lines
  const nonBlank = splitLines(raw);
  // 2. top, 3. line + block rules
  // 3c. furniture at the edges of the body, by shape and context (clean/edges.ts)
  // (both read the first body line: its test, a dateline match, is asked once per line)
  const shape = { ...PAGE_HEAD_SHAPE, isBodyStart: remembered(PAGE_HEAD_SHAPE.isBodyStart) };
  const edged = withoutEdgeFurniture(lineRules(nonBlank, topHeader(nonBlank, out), out), nonBlank, vanishes, shape.isBodyStart, out);
  // (then a masthead of the page head repeated between body lines)
  const kept = withoutMastheadRepeats(withoutPageHead(edged, shape, (rule, raw) => out.drop('furniture', rule, raw)), nonBlank, shape.isBodyStart, out);
  // 4. join broken lines into paragraphs, 5. inline rules
  let paras = inlineRules(joinLines(kept), out);
  // 6. duplicates
  paras = dropDuplicates(paras, out, nonBlank);
  // 7. header again, then the title
  paras = withoutPageTop(lateHeader(paras, out), PAGE_HEAD_SHAPE, (rule, text) => out.drop('furniture', rule, text), out.credited, nonBlank);
  const title: string | null = paras.length > 0 && isTitle(paras[0]!) ? paras[0]!.text : null;
  // 8. dateline
  const dateline = splitDateline(paras, title !== null ? 1 : 0, out);
  // 9. output
  const { text, paragraphs } = joinParagraphs(paras);
  return { text, paragraphs, title, dateline, headerDate: out.headerDate, removed: out.removed };
}

/** 3b. labels above the headline (clean/page-head.ts) */
const PAGE_HEAD_SHAPE = {
  words: countSpacedWords,
  isBodyStart: (t: string): boolean => isBodyLike(t, countSpacedWords(t, 50)) || matchDateline(t, true) !== null,
  isHeadline: isHeadlineLike,
};

/** `test` answering each text once in one `clean` call: the answers of the last REMEMBERED texts are kept (the top
 *  lines step 3c and step 3b both ask about). */
function remembered(test: (text: string) => boolean): (text: string) => boolean {
  const texts: string[] = [];
  const answers: boolean[] = [];
  return (text) => {
    for (let k = 0; k < texts.length; k++) if (texts[k] === text) return answers[k]!;
    const a = test(text);
    if (texts.length < REMEMBERED) {
      texts.push(text);
      answers.push(a);
    }
    return a;
  };
}
const REMEMBERED = 12;

/** 2. top: the page-header cluster above the headline. Returns the indices of its lines (ascending). */
function topHeader(nonBlank: readonly Line[], out: Gathered): number[] {
  const header: number[] = [];
  // (an empty text has no header)
  if (nonBlank.length === 0) return header;
  // (the texts by `push`, not `map`: an inlined `map` in optimised code makes a holey array, the builtin a
  // packed one, and `headerCluster` deoptimised on meeting the second kind)
  const texts: string[] = [];
  for (const l of nonBlank) texts.push(l.text);
  for (const { index, rule } of headerCluster(texts)) {
    const l = nonBlank[index]!;
    if (rule.name === 'header-date' && out.headerDate === null) out.headerDate = isoFromHeader(l.text);
    out.drop(rule.kind, rule.name, l.raw);
    header.push(index);
  }
  return header;
}

/** What a line between body lines is tried against when an edges-only rule took it: the block and line rules that
 *  are not edges-only themselves (else the same rule takes it again). */
const BLOCK_AND_LINE: readonly CleanRule[] = [...BLOCK_RULES, ...LINE_RULES].filter((r) => r.edgesOnly !== true);

/** Icons (emoji, pictographs and their joiners) a widget draws before its label or figure; lines that start
 *  below U+2300 are never tried. */
const ICON_MIN = 0x2300;
const ICON_LEAD = /^(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{200D}]\s{0,2})+(?=\S)/u;

/** The line rule that fires on `text` once its leading icons are cut (null when none, or no icon leads). */
function iconLineRule(text: string): CleanRule | null {
  const m = ICON_LEAD.exec(text);
  return m === null ? null : firstMatch(LINE_RULES, text.slice(m[0].length), -1, 50);
}

/** 3. line + block rules; bylines (author, publication date) among the first lines above the body.
 *  Returns the lines that stay. `header`: the lines step 2 took (ascending). */
function lineRules(nonBlank: readonly Line[], header: readonly number[], out: Gathered): Line[] {
  const kept: Line[] = [];
  let bylineZone = true;
  let nextHeader = 0;
  let texts: string[] | undefined;
  for (let i = 0; i < nonBlank.length; i++) {
    const l = nonBlank[i]!;
    if (nextHeader < header.length && header[nextHeader] === i) {
      nextHeader++;
      continue;
    }
    // the last words of a sentence broken by a hard wrap ("… di akun" / "Facebook.") are body text (clean/wrap.ts)
    const above = kept.length > 0 ? kept[kept.length - 1]! : null;
    if (above !== null && above.no + 1 === l.no && isWrapTail(above.text, l.text)) {
      kept.push(l);
      continue;
    }
    // words (no further than 50) are counted here only in the byline zone; elsewhere `firstMatch` counts
    // as far as the rules it tries need, which on most lines is not at all or a few words
    let words = -1;
    if (bylineZone && (i >= BYLINE_MAX_LINES || isBodyLike(l.text, (words = countSpacedWords(l.text, 50))))) bylineZone = false;
    // byline rules first, then block headings, then line rules (LINE_CASCADE: one lookup per line)
    let r = firstMatch(LINE_CASCADE, l.text, words, 50);
    // a widget line drawn with an icon in front (regional2/09: "👁 1.245 views"): the rules read it without the icon
    if (r === null && l.text.charCodeAt(0) >= ICON_MIN) r = iconLineRule(l.text);
    // a live report's time stamp over its entry's prose is body (clean/live-entries.ts), a clock over none furniture
    // (and one after an update label, which a byline rule takes: "Diperbarui 14.20 WIB"; live-entries.ts)
    const stampRule = r !== null && (r.name === LIVE_STAMP_RULE || (r.kind === 'byline' && isEntryStamp(l.text)));
    if (stampRule && headsLiveEntry(nonBlank, i, isEntryStamp)) {
      kept.push(l);
      continue;
    }
    // a date line between body lines is text (rare: the body is only looked for when such a line fires)
    if (r !== null && r.edgesOnly === true && betweenBody(kept, nonBlank, i)) r = firstMatch(BLOCK_AND_LINE, l.text, -1, 50);
    // a Title Case headline under a media label above the body, with no headline or sentence kept above it, is no
    // credit (clean/edges.ts; under the article's own headline it is a video's link: regional2/06)
    if (r !== null && r.kind === 'footer' && bylineZone && !kept.some((k) => countSpacedWords(k.text, 5) >= 5) && isLabelledHeadlineAt(nonBlank, i, PAGE_HEAD_SHAPE.isBodyStart, (t) => firstMatch(LINE_CASCADE, t, -1, 50) !== null)) r = null;
    // a bare count under a meta line removed above the body (check8/10, an op-ed: "5 November 2024 06:00" / "0", its
    // comment count): no body line above the lead is a number alone (under a kept line, "in Daerah" / "0", the pair is
    // a meta row the page head reads: clean/page-head.ts)
    // (round 12, check10/04: also under the headline of a page whose menu ran past the byline zone, "3 Menit Baca" / "0":
    // above the first sentence kept)
    if (r === null && kept.length > 0 && i > 0 && kept[kept.length - 1] !== nonBlank[i - 1] && BARE_COUNT.test(l.text) && (bylineZone || !kept.some((k) => isSentenceLine(k.text)))) {
      out.drop('furniture', 'bare-count-top', l.raw);
      continue;
    }
    // a place's name alone next to a date line above the body (check10/10, a TV station's page: headline / "Banjarbaru" /
    // "14 Oktober 2024" / lead): the meta row's place, no body line (above the first sentence, beside a byline)
    if (r === null && kept.length > 0 && isPlaceNameLine(l.text) && besideByline(nonBlank, i, kept) && !kept.some((k) => isSentenceLine(k.text))) {
      out.drop('byline', 'place-beside-date', l.raw);
      continue;
    }
    // a social post's location under its account's handle above the body (clean/social-post.ts)
    if (r === null && isPostLocationAt(nonBlank, i, kept, isSentenceLine)) {
      out.drop('byline', 'social-post-location', l.raw);
      continue;
    }
    // a station's masthead with its frequency below the first sentence (round 12: "Suara Totabuan 101,7 FM - Suara Rakyat
    // Bolmong" between body lines or at the foot; above the body clean/page-top.ts reads it, where a headline may name a
    // frequency too)
    if (r === null && isStationMasthead(l.text) && kept.some((k) => isSentenceLine(k.text))) {
      out.drop('furniture', 'station-masthead-line', l.raw);
      continue;
    }
    // an upper-case photo credit above the body ("POS-KUPANG.COM/ROBERT ROPO")
    if (r === null && kept.length > 0 && isUpperCredit(l.text) && !kept.some((k) => isSentenceLine(k.text))) r = UPPER_CREDIT_TOP;
    if (r === null) {
      // no line rule: a post-meta row, or a widget split over two lines (clean/structure.ts)
      const before = out.removed.length;
      const taken = shapeLine(nonBlank, i, kept, out);
      if (taken === 0) kept.push(l);
      else i += taken - 1;
      // (a post-meta row in the page's head dates the page like a byline: README, conventions)
      if (taken > 0 && bylineZone && out.headerDate === null) out.headerDate = isoFromDroppedRow(out.removed, before);
      continue;
    }
    // a one-word heading between body lines over prose is a subhead (clean/blocks.ts), not a next-page link (check3/12)
    if (r.kind === 'related-block' && r.scope === 'block' && !isPostNavLabel(l.text) && kept.some((k) => isSentenceLine(k.text)) && isSubheadOverProse(nonBlank, i)) {
      kept.push(l);
      continue;
    }
    // a photo's credit above the body: the one-sentence caption under it goes too when the lead follows (clean/page-top.ts)
    if ((r.name === 'caption-credit-line' || isUpperCredit(l.text)) && !kept.some((k) => isSentenceLine(k.text)) && isCaptionUnderCredit(texts ??= nonBlank.map((n) => n.text), i + 1, vanishes)) {
      out.drop(r.kind, r.name, l.raw);
      out.drop('caption', 'caption-under-credit', nonBlank[++i]!.raw);
      continue;
    }
    // byline lines go wherever they stand (a second pass must remove the same lines whatever moved up);
    // only one near the top gives the publication date
    if (r.scope === 'byline' && bylineZone && r.name === 'byline-date' && out.headerDate === null) out.headerDate = isoFromByline(l.text);
    out.drop(r.kind, r.name, l.raw);
    // (a photo's credit right under a line kept above the body's first sentence: that line is its caption when it stands
    // between the headline and the lead, clean/page-top.ts)
    if (above !== null && above.no + 1 === l.no && isCreditLine(l.text) && !kept.some((k) => k !== above && isSentenceLine(k.text))) out.credited.push(above.no);
    // (a photo's caption beside its credit below the first sentence, check20/08, an e-paper page: "FOTO: ADE/KENDARI POS" /
    // "PENGAWASAN: Panwaslu Baubau saat menggelar rapat koordinasi."; above the body clean/page-top.ts reads it)
    if (isCreditLine(l.text) && kept.some((k) => isSentenceLine(k.text))) {
      const next = nonBlank[i + 1];
      if (next !== undefined && next.no === l.no + 1 && isLabelledCaption(next.text) && matchDateline(next.text, true) === null) {
        out.drop('caption', 'labelled-caption-by-credit', nonBlank[++i]!.raw);
        continue;
      }
      if (above !== null && above.no + 1 === l.no && kept.some((k) => k !== above && isSentenceLine(k.text)) && isLabelledCaption(above.text) && matchDateline(above.text, true) === null) {
        out.drop('caption', 'labelled-caption-by-credit', kept.pop()!.raw);
      }
    }
    // the author's name above a byline, the headline under a previous/next label (clean/structure.ts)
    i += shapeDropsAfter(nonBlank, i, kept, r, out);
    // a comment thread's heading below the body: the thread and its form run to the end of the page (comments
    // read like sentences, so no "body resumes" test can end it)
    // (a press release's end mark likewise: the issuer's "Tentang …", contacts and the mailer's footer follow it)
    if (r.scope === 'block' && (r.kind === 'comments' || r.kind === 'release-end') && kept.some((k) => isSentenceLine(k.text))) {
      const rest = r.kind === 'comments' ? 'comment-thread' : 'after-release-end';
      for (let j = i + 1; j < nonBlank.length; j++) out.drop(r.kind, rest, nonBlank[j]!.raw);
      break;
    }
    // an author box below the body: its heading takes the few lines right under it, a biography's sentences too
    if (r.scope === 'block' && r.kind === 'author-box' && kept.some((k) => isSentenceLine(k.text))) {
      i = authorBox(nonBlank, i, out) - 1;
      continue;
    }
    // a tag list's or a comment form's heading takes the lines under it only below the body
    if (r.scope === 'block' && (r.kind === 'tags' || r.kind === 'comment-form') && !kept.some((k) => isSentenceLine(k.text))) continue;
    // a block heading takes the related-news lines under it; above the body (nothing kept but labels, no sentence: a
    // site's name, clean4/08 "Kabar Lampung" above "Terkini" / "Terpopuler") the article's own headline stays
    if (r.scope === 'block') i = relatedBlock(nonBlank, i, out, !kept.some((k) => isSentenceLine(k.text))) - 1;
  }
  // a tag cloud ending the page (clean/structure.ts)
  const cloud = tagCloudStart(kept);
  for (let k = cloud; k < kept.length; k++) out.drop('tags', 'tag-cloud-line', kept[k]!.raw);
  if (cloud < kept.length) kept.length = cloud;
  return kept;
}

/** Whether line `i` has a byline (a date stamp) right under it, or right above it among the lines removed. */
function besideByline(nonBlank: readonly Line[], i: number, kept: readonly Line[]): boolean {
  const next = nonBlank[i + 1];
  if (next !== undefined && next.no === nonBlank[i]!.no + 1 && firstMatch(BYLINE_RULES, next.text, -1, 50) !== null) return true;
  const prev = nonBlank[i - 1];
  return prev !== undefined && kept[kept.length - 1] !== prev && prev.no + 1 === nonBlank[i]!.no && firstMatch(BYLINE_RULES, prev.text, -1, 50) !== null;
}

/** 6. duplicates, pull quotes, and the caption that credits a dropped pull quote. A headline-like first
 *  paragraph (the title candidate; under a masthead's tagline, the next one: clean/page-top.ts) is protected. Returns
 *  the paragraphs that stay. */
function dropDuplicates(paras: Para[], out: Gathered, nonBlank: readonly Line[]): Para[] {
  // (nothing to compare without paragraphs; `findDuplicates` then only ever sees arrays of strings)
  if (paras.length === 0) return paras;
  const compared: string[] = [];
  for (const p of paras) compared.push(stripDatelineForCompare(p));
  const top = titleCandidate(paras, nonBlank);
  const protectFirst = isTitle(paras[top]!);
  const decisions = findDuplicates(compared, (i) => i === top && protectFirst);
  if (decisions.length === 0) return paras;
  const gone = new Set<number>();
  for (const d of decisions) {
    gone.add(d.index);
    out.drop('duplicate', d.rule, paras[d.index]!.text);
  }
  for (const d of decisions) {
    if (d.rule !== 'pull-quote') continue;
    const k = d.index + 1;
    const next = paras[k];
    if (next === undefined || gone.has(k) || next.firstLine !== paras[d.index]!.lastLine + 1) continue;
    if (!isCaptionLike(next.text)) continue;
    gone.add(k);
    out.drop('duplicate', 'pull-quote-attribution', next.text);
  }
  // A pasted copy of the whole article under another headline (news/06: "ASN Mataram Ikrarkan Netral di Pilkada
  // 2024" above a second copy): a headline-like paragraph whose next paragraph was dropped as a copy of the
  // article's FIRST body paragraph is the copy's headline.
  const firstBody = protectFirst ? top + 1 : 0;
  for (const d of decisions) {
    if (d.keptIndex !== firstBody || d.rule === 'pull-quote') continue;
    const h = d.index - 1;
    if (h <= firstBody || gone.has(h) || !isHeadlineLike(paras[h]!.text) || isBodyLike(paras[h]!.text, countSpacedWords(paras[h]!.text, 30))) continue;
    gone.add(h);
    out.drop('duplicate', 'repeat-headline', paras[h]!.text);
  }
  return paras.filter((_, i) => !gone.has(i));
}

/** 7. header again: what dedup dropped may have left header lines on top (they were not at the top of the
 *  input, but are at the top of the output, where a second pass would find them). */
function lateHeader(paras: Para[], out: Gathered): Para[] {
  if (paras.length === 0) return paras;
  const texts: string[] = [];
  for (const p of paras) texts.push(p.text);
  const late = headerCluster(texts);
  for (const { index, rule } of late) {
    if (rule.name === 'header-date' && out.headerDate === null) out.headerDate = isoFromHeader(paras[index]!.text);
    out.drop(rule.kind, rule.name, paras[index]!.text);
  }
  return late.length > 0 ? paras.slice(late[late.length - 1]!.index + 1) : paras;
}

/** 8. dateline: the first match in the first three body paragraphs (strong patterns), place-only patterns
 *  in the first body paragraph only. A second strong dateline in that window (the start of a pasted copy)
 *  is taken off too, so a second cleaning pass finds nothing left to split. */
function splitDateline(paras: Para[], bodyStart: number, out: Gathered): Dateline | null {
  let dateline: Dateline | null = null;
  // the lead is the first paragraph that reads like body, whatever short lines a scrape left above it (a byline row,
  // a site's welcome line, a search box: check3/11, clean3b/10, clean5b/07): the window reaches it, and the two
  // paragraphs after it for a strong dateline (a mailer's sentence read as the lead, and the release's headline: clean5/14,
  // "Berikut kami sampaikan rilis …" / "Pemkab Bolmong Gelar Apel …" / "Lolak, 5 November 2024 — …")
  const lead = firstBodyParagraph(paras, bodyStart);
  const end = Math.min(paras.length, Math.max(bodyStart + 3, lead + 3));
  for (let i = bodyStart; i < end; i++) {
    // place-only datelines need a body paragraph behind them (not a headline such as "Pilkada Lotim – Bawaslu …")
    const t = paras[i]!.text;
    // (a hard-wrapped lead cut before its final stop reads like a headline but holds a clause: check6/10, "DONGGALA -
    // Seorang pegawai negeri sipil di Dinas Kesehatan" / "Kabupaten Donggala dilaporkan …")
    const m = datelineOf(paras[i]!, dateline === null && (i === bodyStart || i === lead) && (!isHeadlineLike(t) || hasClause(t)));
    if (m === null) continue;
    if (dateline === null) {
      dateline = m.dateline;
      out.drop('dateline', m.rule, m.dateline.text);
      // a release's lead that carries its date gives the publication date when no header or byline did
      if (m.date !== null && out.headerDate === null) out.headerDate = isoFromLeadDate(m.date);
    } else {
      out.drop('dateline', 'dateline-repeat', m.dateline.text);
    }
    paras[i]!.text = m.rest;
    paras[i]!.dateline = undefined;
  }
  return dateline;
}

/** The lead is looked for among this many paragraphs from the body's start. */
const LEAD_MAX_PARAGRAPHS = 6;

/** The index of the first paragraph from `from` that reads like body (`isBodyLike`) among LEAD_MAX_PARAGRAPHS (-1
 *  when none does). */
function firstBodyParagraph(paras: readonly Para[], from: number): number {
  for (let i = from; i < paras.length && i < from + LEAD_MAX_PARAGRAPHS; i++) {
    const t = paras[i]!.text;
    if (isBodyLike(t, countSpacedWords(t, 25))) return i;
  }
  return -1;
}

/** 9. output: the paragraphs joined by a blank line, with their offsets (joined once: `join` gives a flat
 *  string, where `+=` would give a rope that every extractor's character loop would have to walk through). */
function joinParagraphs(paras: readonly Para[]): { text: string; paragraphs: Array<{ start: number; end: number }> } {
  const paragraphs: Array<{ start: number; end: number }> = [];
  const parts: string[] = [];
  let length = 0;
  for (const p of paras) {
    if (length !== 0) {
      parts.push('\n\n');
      length += 2;
    }
    paragraphs.push({ start: length, end: length + p.text.length });
    parts.push(p.text);
    length += p.text.length;
  }
  return { text: parts.join(''), paragraphs };
}

/** Dedup compares paragraphs without a leading dateline, so a pasted copy that kept its dateline still
 *  matches the first copy whose dateline was split off (and a second cleaning pass decides the same). */
function stripDatelineForCompare(p: Para): string {
  const m = (p.dateline = matchDateline(p.text, true));
  return m === null ? p.text : m.rest;
}

