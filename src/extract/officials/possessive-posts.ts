// A body's post named by its possessive and the apposed name (`Bawaslu Purbalingga, sebagaimana disampaikan ketuanya,
// X, …`, `KPU Asahan melalui anggotanya, Y, …`): the post (a BODY_POSITIONS word with `-nya`) belongs to the election
// body or commission the same sentence (or the one before, in the same paragraph) names last before it, with the
// region written right after that body. Read by structure: a position word, `-nya`, the apposition's comma, a
// plausible name the clause goes on after, and the body's mention; never a phrase.
import type { ExtractContext } from '../../model.js';
import { indexOf, type Sentences } from '../../text/index.js';
import { sentenceIndex } from '../../text/sentences.js';
import { SPACE, alternationOf } from '../../text/regex.js';
import { BODIES, BODY_NORMAL, BODY_POSITIONS } from '../../lexicon/titles.js';
import type { LowerWords } from './article-words.js';
import { regionRef } from './complement.js';
import { parseName, plausibleName } from './names.js';
import { spaceLenAt } from './scan.js';
import type { Candidate, RegionAt } from './types.js';

const POSITIONS = BODY_POSITIONS.map(([p, role]) => [p.toLowerCase(), role] as const).sort((a, b) => b[0].length - a[0].length);
/** `ketuanya, `, `wakil ketuanya, `, `anggotanya, ` (lower case: a possessive is never a heading's word). */
const POSSESSIVE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${alternationOf(POSITIONS.map(([p]) => p), { space: SPACE.blank1to2 })})nya[ \\t]{0,2},[ \\t]{1,2}(?=\\p{Lu})`, 'gu');
/** The bodies as written, longest first, as whole words (`Bawaslu`, `KPU`, `Komisi Pemilihan Umum`). */
const BODY_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(BODIES, { space: SPACE.blank1to2 })})(?![\\p{L}\\p{N}])`, 'gu');
/** After the name the clause goes on: a comma, a bracket or a lower-case word. */
const GOES_ON_RE = /^(?:[ \t]{0,2}[,()]|[ \t]{1,2}\p{Ll})/u;
/** How far back the body may be named: the same sentence or the one before. */
const REACH = 320;

/** The officials named by a body's possessive post in `ctx`. */
export function possessivePosts(ctx: ExtractContext, regionStarts: Map<number, RegionAt>, headlineEnd: number, lower: LowerWords): Candidate[] {
  const text = ctx.text;
  const out: Candidate[] = [];
  if (!text.includes('nya,')) return out;
  const sentences = indexOf(ctx).sentences;
  POSSESSIVE_RE.lastIndex = 0;
  for (let m = POSSESSIVE_RE.exec(text); m; m = POSSESSIVE_RE.exec(text)) {
    const at = m.index + m[0].length;
    const name = parseName(text, at, regionStarts);
    if (!name || !plausibleName(ctx, name, headlineEnd, lower) || !GOES_ON_RE.test(text.slice(name.end, name.end + 3))) continue;
    // the body: the last one named before, in the same paragraph, within two sentences (the TextIndex's: the one the
    // post is in and the one before it)
    let from = Math.max(0, m.index - REACH);
    const para = text.lastIndexOf('\n', m.index);
    if (para >= from) from = para + 1;
    from = Math.max(from, previousSentenceStart(sentences, m.index));
    BODY_RE.lastIndex = from;
    let body: RegExpExecArray | null = null;
    for (let b = BODY_RE.exec(text); b && b.index < m.index; b = BODY_RE.exec(text)) body = b;
    if (!body) continue;
    const written = body[0].replace(/[ \t]+/gu, ' ');
    const normal = BODY_NORMAL[written] ?? written;
    const bodyEnd = body.index + body[0].length;
    const r = regionStarts.get(bodyEnd + spaceLenAt(text, bodyEnd));
    const position = POSITIONS.find(([p]) => p === m[1]!.replace(/[ \t]+/gu, ' ').toLowerCase());
    if (!position) continue;
    const role = `${position[1]} ${normal.toLowerCase()}`;
    out.push({
      tokens: name.tokens,
      name: name.tokens.join(' '),
      nameAsWritten: name.written.replace(/[ \t]+/gu, ' ').trim(),
      title: m[1]!,
      role,
      acting: false,
      institution: r ? `${normal} ${r.bare}` : normal,
      region: r ? regionRef(r.code) : null,
      spans: [{ start: m.index, end: name.end, text: text.slice(m.index, name.end), rule: 'possessive-post' }],
      rule: 'possessive-post',
    });
  }
  return out;
}

/** Where the sentence before the one holding `pos` starts (that sentence's own start when it is the first). */
function previousSentenceStart(s: Sentences, pos: number): number {
  const at = sentenceIndex(s, pos);
  return at < 0 ? 0 : s.starts[Math.max(0, at - 1)]!;
}
