// A title's unit read on past its complement (read by name-after-title.ts and, for a holder named before the title, by
// parsers/index.ts): extendUnit sets the title's region and institution from the run; extendUnitBeforeVerb reads the
// run up to a comma or to the body closing it before the clause; unitWordAfter says whether a unit's words go on.
import { UNIT_BODY_WORDS } from '../../../lexicon/titles.js';
import { UPPER, classAt } from '../../../lexicon/matcher.js';
import { isUnitCloser, regionRef, unitInstitution } from '../complement.js';
import { commaLenAt, spaceLenAt, stickyAt } from '../scan.js';
import { ACRONYM_WORDS } from '../title-compile.js';
import { skipParen, WORD_RE } from '../title-phrases.js';
import type { RegionAt } from '../types.js';
import type { TitleParse } from './title.js';
import { regionStartIn, unitChainInstitution, unitRunClosers, unitRunToComma } from '../unit-runs.js';

/** The title `t` now runs on to `end` past its complement (which ended at `from`): the region closing that run is
 *  the title's region, and its institution is the body the unit names, or (for a generic post) the unit itself. */
export function extendUnit(t: TitleParse, text: string, from: number, end: number, regionStarts: Map<number, RegionAt>): void {
  const at = regionStartIn(regionStarts, from, end);
  if (!t.region && at !== undefined && t.def?.complement !== 'village' && t.def?.complement !== 'district') t.region = regionRef(regionStarts.get(at)!.code);
  const unit = text.slice(t.headEnd, at ?? end);
  if (t.def?.institution === '{ORG}') t.institution = text.slice(t.headEnd, end).replace(/\([^()]*\)/gu, ' ').replace(/\s+/gu, ' ').trim() || t.institution;
  else t.institution = unitChainInstitution(t, unit) ?? t.institution ?? unitInstitution(unit);
}

/** `Yusuf Effendi, Kabid Pengadaan dan Pemberhentian BKPSDM Klaten, menjelaskan`, `Aditya selaku Kepala Bidang
 *  Pengembangan Karier BKPSDM Kota Pekalongan mengatakan`: a title whose holder is named before it runs on over the
 *  unit's name, up to a comma or up to the body (and region) that closes it before a lower-case word. Moves the
 *  title's end (`t.c.end`) and sets its text, region and institution. */
export function extendUnitBeforeVerb(t: TitleParse, text: string, regionStarts: Map<number, RegionAt>): void {
  if (t.def?.complement !== 'org' && !t.acr) return;
  const from = t.c.end;
  let end = -1;
  const run = unitRunToComma(text, from);
  if (run && commaLenAt(text, from) === 0) end = run.end;
  else {
    // (the complement read the unit's first words already: any capitalised word may go on, up to its body)
    const closers = unitRunClosers(text, from, true);
    const last = closers[closers.length - 1];
    if (last !== undefined) {
      const sp0 = spaceLenAt(text, last);
      const r = sp0 > 0 ? regionStarts.get(last + sp0) : undefined;
      const e = r ? skipParen(text, r.end) : last;
      // the unit ends where the clause goes on in lower case (`… BKPSDM Kota Pekalongan mengatakan`)
      if (UNIT_THEN_CLAUSE_RE.test(text.slice(e, e + 3))) end = e;
    }
  }
  if (end <= from) return;
  t.titleText = text.slice(t.start, end);
  extendUnit(t, text, from, end, regionStarts);
  t.c.end = end;
}

/** What follows a unit's name when no holder's name does: the clause in lower case, a comma, the closing bracket of
 *  `Nama (Jabatan)`, a sentence end, the semicolon closing an item of a list (`X, Kepala Bidang … BKPSDM Batang; Y, …`). */
export const UNIT_THEN_CLAUSE_RE = /^(?:[ \t]{1,2}\p{Ll}|[ \t]{0,2}[,).;])/u;

const UNIT_BODY_WORD: ReadonlySet<string> = new Set(UNIT_BODY_WORDS);
/** A capitalised unit word (UNIT_BODY_WORDS) or a body closing a unit (`Setda`, `Kemenag`, `BKPSDM`) right after `at`. */
export function unitWordAfter(text: string, at: number): boolean {
  const sp = spaceLenAt(text, at);
  if (sp === 0 || !(classAt(text, at + sp) & UPPER)) return false;
  const w = stickyAt(WORD_RE, text, at + sp);
  if (!w) return false;
  const lw = w[0].toLowerCase();
  return UNIT_BODY_WORD.has(lw) || (isUnitCloser(w[0]) && (ACRONYM_WORDS.has(lw) || w[0] !== w[0].toUpperCase()));
}
