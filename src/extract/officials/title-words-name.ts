// Title words where a name was expected (read by name-after-title.ts): nameAfterTitleWords finds the name after a
// "name" that is really the end of the title (`Ketua Dewan Pakar Partai Golkar X`, `… Nahdlatul Ulama (PBNU) X`);
// nicknameAt reads an office holder's all-caps nickname (`Presiden SBY`).
import type { ExtractContext } from '../../model.js';
import { UPPER, classAt } from '../../lexicon/matcher.js';
import type { LowerWords } from './article-words.js';
import { closedByDegrees, DEGREE_WORDS, NOT_NAME, parseName, plausibleName } from './names.js';
import { commaLenAt, spaceLenAt, stickyAt } from './scan.js';
import { ACRONYM_WORDS } from './title-compile.js';
import { countryAsInitialsAt, NOT_PORTFOLIO, skipTitleWords, TITLE_PHRASES, titleWordAt, titleWordsOnly } from './title-phrases.js';
import type { ParsedName, RegionAt } from './types.js';
import { skipClosers } from './unit-runs.js';

const ACRONYM_PAREN_RE = /[ \t]{0,2}\(\p{Lu}[\p{Lu}\p{N}-]{1,9}\)/uy;
/** When the parsed "name" `n` is really the end of the title (see parseTitles), the name after it (or null when
 *  none follows); undefined when `n` is a name. */
/** `regionRead`: the title read an Indonesian region (`Bupati Ende`), so no country qualifies it. */
export function nameAfterTitleWords(
  ctx: ExtractContext,
  text: string,
  n: ParsedName,
  regionStarts: Map<number, RegionAt>,
  headlineEnd: number,
  lower: LowerWords,
  regionRead = false,
): { name: ParsedName; titleEnd: number } | null | undefined {
  let from = -1;
  // an acronym in parentheses right after the run: `Nahdlatul Ulama (PBNU)`
  const paren = stickyAt(ACRONYM_PAREN_RE, text, n.end);
  // (`Susilo Bambang Yudhoyono (SBY)`: the person's own initials are a nickname, not an institution)
  const initials = n.tokens.map((t) => t.charAt(0)).join('');
  if (paren && !paren[0].includes(`(${initials})`)) {
    from = n.end + paren[0].length;
    // `Layanan Informasi (KLI) Kemenkeu X`: the body the unit belongs to, written after its abbreviation
    from = skipClosers(text, from, regionStarts);
  } else {
    // degrees written after the name close it (`Ketua Majelis Hakim, X, S.H., M.H. Majelis menolak …`): a title word
    // after them opens the next clause or sentence, never the rest of the title
    if (closedByDegrees(n)) return undefined;
    const more = skipTitleWords(text, n.end, NOT_PORTFOLIO);
    if (more.end > n.end) from = more.end;
    else {
      // a country or party inside the run: the name starts after the last one; not in a name an honorific opens
      // (`Prof. Garuda Wiko`: the honorific says a person's name follows)
      if (!n.written.trimStart().startsWith(n.tokens[0]!)) return undefined;
      let q = text.indexOf(n.tokens[0]!, n.start);
      for (let i = 0; i < n.tokens.length - 1 && q >= 0; i++) {
        const tw = titleWordAt(text, q, NOT_PORTFOLIO);
        const next = text.indexOf(n.tokens[i + 1]!, q + n.tokens[i]!.length);
        // (`Bupati Ende AS Taufik`: after a title that read its Indonesian region (`regionRead`), a country's acronym
        // opening the run qualifies no post: it is the holder's initials; `Menteri Luar Negeri AS X` keeps its country)
        if (i === 0 && regionRead && countryAsInitialsAt(text, q)) {
          q = next;
          continue;
        }
        if (tw && tw.kind !== 'organ' && tw.end <= next) from = tw.end;
        q = next;
      }
      if (from < 0) return undefined;
    }
  }
  let p = from;
  const comma = commaLenAt(text, p);
  p += comma > 0 ? comma : spaceLenAt(text, p);
  if (p === from) return null;
  const later = parseName(text, p, regionStarts);
  return later && !titleWordsOnly(text, later) && plausibleName(ctx, later, headlineEnd, lower) ? { name: later, titleEnd: from } : null;
}

/** `SBY`, `JK`, `BTP`: 2–4 capitals that are no acronym, party, country or degree, with no capitalised word after. */
const NICKNAME_RE = /\p{Lu}{2,4}(?![\p{L}\p{N}-])/uy;
export function nicknameAt(text: string, p: number): ParsedName | null {
  const m = stickyAt(NICKNAME_RE, text, p);
  if (!m) return null;
  const w = m[0];
  const lw = w.toLowerCase();
  if (ACRONYM_WORDS.has(lw) || DEGREE_WORDS.has(w) || TITLE_PHRASES.has(lw) || NOT_NAME.has(lw)) return null;
  const e = p + w.length;
  const sp = spaceLenAt(text, e);
  if (sp > 0 && classAt(text, e + sp) & UPPER) return null;
  return { start: p, end: e, tokens: [w], written: w };
}
