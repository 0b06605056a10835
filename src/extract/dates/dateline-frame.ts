// The frame of a line and of a release's dateline, shared by kinds.ts (a dateline's date is the publication's) and the
// dateline-paren parser (a leaf module: parsers may not import kinds.ts, which imports the refiners and so the parsers).

/** The line around `pos`: its start and end. */
export function lineAt(text: string, pos: number): [number, number] {
  const s = text.lastIndexOf('\n', pos - 1) + 1;
  let e = text.indexOf('\n', pos);
  if (e < 0) e = text.length;
  return [s, e];
}

/** A press release's or wire's dateline left in the lead (the cleaner splits `Place, date –` off; `SAMARINDA
 *  (12/2/2024) – …`, `TANJUNG SELOR (12/2/2024) – …` without the comma stay): one to four capitalised place words
 *  open the paragraph, the date follows (in brackets or after a comma), then a dash and the sentence. */
const DATELINE_PLACE_BEFORE = /^\p{Lu}[\p{L}.'’-]{0,24}(?: \p{Lu}[\p{L}.'’-]{0,24}){0,3}(?:, ?| \(|, \()$/u;
const DATELINE_SEPARATOR_AFTER = /^\)?\s{0,3}(?:-{1,2}|[–—])\s{1,3}["“\p{Lu}]/u;

/** The date of a dateline that opens its paragraph (`SAMARINDA (12/2/2024) – Badan …`): the release's date. */
export function isDatelineDate(text: string, start: number, end: number): boolean {
  const [ls] = lineAt(text, start);
  return DATELINE_PLACE_BEFORE.test(text.slice(ls, start)) && DATELINE_SEPARATOR_AFTER.test(text.slice(end, end + 8));
}


/** A dateline left at the start of a line, its date in brackets (`KUPANG (12/2) – …`, `Tanjung Selor (12/2/2024) — …`):
 *  the place words, the bracket with a digit, a dash, the sentence. */
const LEAD_DATELINE = /^(\p{Lu}[\p{L}.'’-]{0,24}(?: \p{Lu}[\p{L}.'’-]{0,24}){0,3}) \([^()\n]{0,30}\d[^()\n]{0,30}\)\s{0,3}(?:-{1,2}|[–—])\s{1,3}["“\p{Lu}]/u;

/** The place of a dateline left in the text (the cleaner splits off `Place, date –` and `PLACE (ANTARA) –`, not a
 *  bracketed date): the first line within `within` characters that opens with one, as its place and start. */
export function leadDatelinePlace(text: string, within: number): { place: string; start: number } | null {
  for (let ls = 0; ls < Math.min(within, text.length); ) {
    const m = LEAD_DATELINE.exec(text.slice(ls, ls + 120));
    if (m) return { place: m[1]!, start: ls };
    const nl = text.indexOf('\n', ls);
    if (nl < 0) break;
    ls = nl + 1;
  }
  return null;
}
