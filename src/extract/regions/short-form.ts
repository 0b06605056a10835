// A region written by its short form then a compass word (or another word) that, after the region's full name, names
// another region of the same province: `OKU Timur`, `OKU Selatan` (Ogan Komering Ulu Timur/Selatan: a split regency
// keeps its parent's name with a compass word). Read by the regions extractor on each gazetteer hit (index.ts) and,
// through its spans, by the officials (`Kepala BKPSDM OKU Timur, X`): one rule for both.
import { areaByCode } from '../../lexicon/gazetteer.js';
import { compile } from './hit.js';

/** A capitalised word after the short form (`Timur`, `Selatan`). */
const CAP_WORD_RE = /[ \t]{1,2}(\p{Lu}[\p{L}'’-]{1,30})/uy;
/** At most this many words read after the short form: `OKU Timur` (one), a two-word tail would be `X Raya Barat`. */
const VARIANT_WORDS_MAX = 2;

/** `Ketua Bawaslu OKU Selatan, Deni Iskandar`, `Bupati OKU Timur Lanosin`: the region `code` written at `[start,
 *  end)` by a short form (a span that does not end with the region's own name: `OKU`, the alias of Ogan Komering Ulu),
 *  then one or two capitalised words that, after the region's full name, name exactly one other regency or city of
 *  the same province in the gazetteer: that region and the end of its words; null otherwise. Derived from the
 *  gazetteer for every short form, no list. */
export function shortFormVariant(text: string, code: string, start: number, end: number): { code: string; end: number } | null {
  const area = areaByCode(code);
  if (!area || text.slice(start, end).toLowerCase().endsWith(area.core.toLowerCase())) return null;
  const { byName } = compile();
  const province = code.split('.')[0]!;
  const ends: number[] = [];
  const words: string[] = [];
  for (let q = end; ends.length < VARIANT_WORDS_MAX; ) {
    CAP_WORD_RE.lastIndex = q;
    const m = CAP_WORD_RE.exec(text);
    if (!m) break;
    q += m[0].length;
    ends.push(q);
    words.push(m[1]!);
  }
  for (let n = ends.length; n >= 1; n--) {
    const codes = byName.get(`${area.core} ${words.slice(0, n).join(' ')}`.toLowerCase()) ?? [];
    const fit = codes.filter((c) => c !== code && c.split('.')[0] === province && areaByCode(c)?.level !== 'province');
    if (fit.length === 1) return { code: fit[0]!, end: ends[n - 1]! };
  }
  return null;
}
