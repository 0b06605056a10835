// The title parsers, in this fixed order, run at each title found left to right:
//   1. title              — first: every official is found from a title, and the title's complement decides where a
//                           name after it can start.
//   2. name-after-title   — before the name before: `Bupati X, Kepala Dinas Y` must give X to the Bupati and leave
//                           nothing before the Kepala Dinas; most titles are written before the name.
//   2b. name-after-frame  — a post with no name next to it, then a frame naming its holder (`… diisi pelaksana tugas,
//                           X`, `calon kepala desa di Kecamatan Y, X`): before the name before, which a frame's
//                           apposition after the post outranks.
//   3. name-before-title  — last, only for a title with no name after it that is not a lower-case generic post
//                           (`Zulkifli, lurah yang …`); it may not reach into the previous title (`prevEnd`).
//   then deputy-region    — on each named title as it is found, since it reads the head named just before.
// A title with no name is kept as unnamed (refiner headline-title reads those). Scanning resumes after the span
// of the last title, so a title inside a name or complement already read is not read again.
import type { ExtractContext } from '../../../model.js';
import { regencyOf } from '../../../lexicon/gazetteer.js';
import { UPPER, classAt } from '../../../lexicon/matcher.js';
import { indexOf } from '../../../text/index.js';
import { lazyMidSentenceCaps, lazyPlacesWritten, type LowerWords } from '../article-words.js';
import { deputyHeadOf } from '../refiners/deputy-region.js';
import type { Candidate, RegionAt, UnnamedTitle } from '../types.js';
import { extractNameAfter } from './name-after-title.js';
import { extendUnitBeforeVerb } from './unit-extend.js';
import { extractNameAfterFrame } from './name-after-frame.js';
import { extractNameBefore, modifierApposition } from './name-before-title.js';
import { extractTitle, titlePattern, withoutTitleGloss } from './title.js';
import { precededBy, RELATION_BEFORE, SECOND_POST_BEFORE } from '../word-before.js';
import { parseName, plausibleName } from '../names.js';
import { stickyAt } from '../scan.js';
import { bodyBeforeVia } from '../via-body.js';
import { nameAfterFrontedClause } from '../fronted-clause.js';
import { ACTING_FRAME_CONNECTIVES, DIVISION_JOINERS } from '../../../lexicon/title-context.js';
import { SPACE, alternationOf } from '../../../text/regex.js';
import { titleWordsOnly } from '../title-phrases.js';

/** Two posts joined (`Bupati dan Wakil Bupati`, `Ketua/Wakil Ketua`), and the names after them joined the same way. */
const PAIR_JOIN_RE = /^[ \t]{1,2}(?:dan|serta|&)[ \t]{1,2}$|^[ \t]{0,2}\/[ \t]{0,2}$/u;
const PAIR_AND_RE = /[ \t]{1,2}(?:dan|serta|&)[ \t]{1,2}/uy;
/** What may stand between a body's post and the division its holder leads there (DIVISION_JOINERS, a comma, a space). */
const GAP = SPACE.blankOrBreak1to2;
const DIVISION_JOIN_RE = new RegExp(
  `^(?:[ \\t]{0,2},${GAP}|${GAP}(?:(?:${alternationOf(DIVISION_JOINERS, { space: GAP })})${GAP})?)$`,
  'u',
);

/** Between a named person and an acting post they are given: `, sebagai `, ` menjadi `, ` selaku `. */
const ACTING_FRAME_GAP_RE = new RegExp(`^[ \\t]{0,2},?[ \\t]{1,2}(?:${alternationOf(ACTING_FRAME_CONNECTIVES, { space: SPACE.literal })})[ \\t]{1,2}$`, 'u');

/** The gap between an unnamed post and a division post after it joins them: a comma, or (when the post names its
 *  body or region) a joiner word or a space alone. */
function divisionJoined(gap: string, prev: UnnamedTitle): boolean {
  if (/^[ \t]{0,2},[ \t\n]{1,2}$/u.test(gap)) return true;
  return (prev.region !== null || prev.institution !== null) && DIVISION_JOIN_RE.test(gap);
}

export function parseTitles(
  ctx: ExtractContext,
  regionStarts: Map<number, RegionAt>,
  headlineEnd: number,
  lower: LowerWords,
): { named: Candidate[]; unnamed: UnnamedTitle[] } {
  const text = ctx.text;
  const named: Candidate[] = [];
  const unnamed: UnnamedTitle[] = [];
  let mentioned: ReadonlySet<string> | null = null;
  const mentionedRegencies = (): ReadonlySet<string> => (mentioned ??= new Set([...regionStarts.values()].map((r) => regencyOf(r.code) ?? r.code)));
  const ix = indexOf(ctx);
  const midCaps = lazyMidSentenceCaps(ix);
  const places = lazyPlacesWritten(ctx);
  // Leftmost title at or after `resume` (what a global regex would find next), tried at title heads only.
  let resume = 0;
  const runs = ix.runs;
  const lowers = ix.runLowers;
  for (let k = 0; k < runs.count; k++) {
    const at = runs.starts[k]!;
    if (at < resume) continue;
    const m = titlePattern(text, at, runs.ends[k]!, lowers[k]!);
    if (!m) continue;
    // where the previous title (with its complement and name) ended: a name before this title starts after it
    const prevEnd = resume;
    resume = m.end;
    const t = extractTitle(text, m, regionStarts, mentionedRegencies);
    if (!t) continue;
    const { start, c, def } = t;
    // `Heri Wibowo, yang juga Ketua DPD Partai Golkar Temanggung, meminta`: a second post of the person named right
    // before names nobody else (the name after it, if any, is part of the post: `Ketua Dewan Pengurus Korpri`)
    const last = named[named.length - 1];
    if (last && last.spans[0]!.end >= start - 16 && precededBy(SECOND_POST_BEFORE, text, start)) {
      resume = Math.max(resume, c.end);
      continue;
    }
    // `menunjuk sekretaris desa setempat, X, sebagai Plh Sangadi`: a role frame gives the person named right before an
    // acting post, which is the post they hold in the article when the first is a common noun describing them (written
    // in lower case); one entry per person: it replaces the first. (A post written as a title, `menunjuk Sekretaris
    // Dinas Perhubungan, X, sebagai Plh Kepala Dinas`, is the person's own and stays.)
    if (last && t.acting && !(classAt(text, last.spans[0]!.start) & UPPER) && last.spans[0]!.end >= start - 16 && ACTING_FRAME_GAP_RE.test(text.slice(last.spans[0]!.end, start))) {
      const frameName = extractNameAfter(ctx, t, regionStarts, headlineEnd, lower, places);
      if (!frameName) {
        const s0 = last.spans[0]!;
        last.title = t.titleText;
        last.role = t.role;
        last.acting = true;
        last.institution = t.institution;
        last.region = t.region ?? null;
        delete last.modifier;
        last.spans[0] = { start: s0.start, end: c.end, text: text.slice(s0.start, c.end), rule: s0.rule };
        resume = Math.max(resume, c.end);
        continue;
      }
    }
    let name = extractNameAfter(ctx, t, regionStarts, headlineEnd, lower, places);
    // `Anak Wali Kota Solo, Kaesang`: after a relative or an aide of the holder, a name set off by a comma is theirs
    // (`putra Bupati Pati Haryanto`: a name right after the title is still the holder); nobody is named before either
    if (precededBy(RELATION_BEFORE, text, start)) {
      if (!name || text.slice(c.end, name.start).includes(',')) {
        resume = Math.max(resume, name ? name.end : c.end);
        continue;
      }
    }
    // `Membacakan amanat Bupati Pulang Pisau, Yusuf mengingatkan …`: a title ending a fronted adjunct clause names
    // nobody after its comma (the name there is the main clause's subject); nobody is named before it either
    if (name && nameAfterFrontedClause(text, start, c.end, name.start, name.end)) {
      unnamed.push({ start, end: c.end, title: t.titleText, role: t.role, acting: t.acting, institution: t.institution, region: t.region });
      resume = Math.max(resume, c.end);
      continue;
    }
    let rule = 'title-before-name';
    // a post with no name next to it whose holder a frame after it names (`jabatan Camat Gesi saat ini diisi
    // pelaksana tugas, X`, `calon kepala desa di Kecamatan Y, X`): name-after-frame.ts
    if (!name) {
      name = extractNameAfterFrame(ctx, t, regionStarts, headlineEnd, lower, !c.region && !c.place && !c.org && !c.national);
      if (name) rule = 'name-after-frame';
    }
    let spanStart = start;
    let spanEnd = name ? name.end : c.end;
    // `Zulkifli, lurah yang …`, `Menurutnya, kepala desa harus …`: a lower-case title with nothing after it is
    // the generic post, not an apposition to the name before it.
    const generic = !(classAt(text, start) & UPPER) && !c.region && !c.place && !c.org && !c.national;
    // a generic post, a document's title, a candidate or former holder: only with its name written after it (or, a
    // candidate's or a former holder's, before it in an apposition: `gugatan Drs. X, mantan Camat Gesi, …`; a party's
    // post, capitalised, before it too: `X, yang juga Wakil Ketua DPC PKB Pangandaran, …`; a former holder's marked after
    // the post, before it: `Zulkieflimansyah, Gubernur NTB periode lalu, hadir`)
    const partyPost = def?.generic === true && c.party === true && (classAt(text, start) & UPPER) !== 0;
    if (!name && ((def?.generic && !partyPost) || t.documentTitle || (t.modifier && (t.modifier === 'terpilih' || (!t.modifierAfter && !modifierApposition(text, start)))))) {
      resume = Math.max(resume, c.end);
      continue;
    }
    if (!name && !generic) {
      // Name before the title: `Budi Santoso, Kepala Dinas …`, `Budi selaku Kepala …`.
      const pn = extractNameBefore(ctx, t, prevEnd, regionStarts, headlineEnd, lower, midCaps);
      if (pn) {
        name = pn;
        rule = 'name-before-title';
        extendUnitBeforeVerb(t, text, regionStarts);
        spanStart = pn.start;
        spanEnd = c.end;
      }
    }
    let { region, institution } = t;
    const { titleText, role, acting, modifier } = t;
    if (!name) {
      unnamed.push({ start, end: c.end, title: titleText, role, acting, institution, region });
      resume = Math.max(resume, c.end);
      continue;
    }
    // `Anggota Bawaslu Riau, Koordinator Divisi Hukum …, X`, `Anggota Bawaslu Poso selaku Koordinator Divisi …, X`: a
    // post with neither region nor institution (a division written without its body) right after an unnamed title and
    // its comma or joiner (DIVISION_JOINERS) is that title's division: one person holds both, with the first's body,
    // region and role
    const prevTitle = unnamed[unnamed.length - 1];
    let roleOut = role;
    let titleOut = withoutTitleGloss(titleText);
    if (!region && !institution && prevTitle && rule === 'title-before-name' && divisionJoined(text.slice(prevTitle.end, start), prevTitle)) {
      unnamed.pop();
      region = prevTitle.region;
      institution = prevTitle.institution;
      roleOut = prevTitle.role;
      titleOut = text.slice(prevTitle.start, start) + titleText;
      spanStart = prevTitle.start;
    }
    // `KASN melalui Asisten Komisioner Bidang Pengaduan, X`: a post naming neither body nor region acts for the body
    // written before it with `melalui`/`lewat`
    if (!region && !institution && rule === 'title-before-name' && spanStart === start) {
      const via = bodyBeforeVia(text, start, regionStarts);
      if (via) {
        institution = via.institution;
        region = via.region;
        // a division post of an election body is its member's post (as when the body's post is written before it)
        if (via.electionBody && role === 'koordinator divisi') roleOut = `anggota ${via.electionBody}`;
      }
    }
    // `Bupati dan Wakil Bupati Lotim, Sukiman Azmy dan Rumaksi`, `presiden dan wakil presiden terpilih Joko Widodo`: two
    // posts joined by `dan` share what is written after the second (its region, its body, a `terpilih`) and take the
    // names after it in order: the first name is the first post's holder, a second name after `dan` the second's
    // (a head and its deputy only: `Camat dan Kepala Desa Sukamaju, X` names the village head)
    const pairFirst = unnamed[unnamed.length - 1];
    const deputyPair = pairFirst !== undefined && (role === `wakil ${pairFirst.role}` || pairFirst.role === `wakil ${role}`);
    if (rule === 'title-before-name' && pairFirst && deputyPair && !pairFirst.region && spanStart === start && PAIR_JOIN_RE.test(text.slice(pairFirst.end, start))) {
      unnamed.pop();
      named.push({
        tokens: name.tokens,
        name: name.tokens.join(' '),
        nameAsWritten: name.written.replace(/[ \t]+/gu, ' ').trim(),
        title: pairFirst.title,
        role: pairFirst.role,
        acting: pairFirst.acting,
        institution: pairFirst.institution ?? institution,
        region: pairFirst.region ?? region,
        spans: [{ start: pairFirst.start, end: name.end, text: text.slice(pairFirst.start, name.end), rule }],
        rule,
        ...(modifier === 'terpilih' ? { modifier } : {}),
      });
      const and = stickyAt(PAIR_AND_RE, text, name.end);
      const second = and ? parseName(text, name.end + and[0].length, regionStarts) : null;
      if (!second || titleWordsOnly(text, second) || !plausibleName(ctx, second, headlineEnd, lower)) {
        resume = Math.max(resume, name.end);
        continue;
      }
      name = second;
      spanEnd = second.end;
    }
    if (!region) {
      const head = deputyHeadOf(text, named, role, spanStart);
      if (head) {
        region = head.region;
        institution = head.institution;
      }
    }
    named.push({
      tokens: name.tokens,
      name: name.tokens.join(' '),
      nameAsWritten: name.written.replace(/[ \t]+/gu, ' ').trim(),
      title: titleOut,
      role: roleOut,
      acting,
      institution,
      region,
      spans: [{ start: spanStart, end: spanEnd, text: text.slice(spanStart, spanEnd), rule }],
      rule,
      ...(modifier ? { modifier } : {}),
    });
    resume = Math.max(resume, spanEnd);
  }
  return { named, unnamed };
}
