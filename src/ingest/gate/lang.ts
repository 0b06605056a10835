// `--lang id`: tells Indonesian from Malay, English and the rest, cheaply, before any cleaning. The npm
// detectors (franc, cld3) confuse Indonesian with Malay, and eld has no Indonesian at all; the two share
// most of their function words, so this works in two steps (see src/lexicon/language.ts): the share of
// Malay-Indonesian against English function words, then contrast words plus hints (the domain,
// `<html lang>`, Content-Language) for Indonesian against Malay.
import {
  ENGLISH_FUNCTION_WORDS, HINT_WEIGHT, INDONESIAN_MARKERS, INDONESIAN_TAGS, INDONESIAN_TLDS, MALAY_INDONESIAN_FUNCTION_WORDS,
  MALAY_MARKERS, MALAY_TAGS, MALAY_TLDS, MIN_ENGLISH_SHARE, MIN_MALAY_INDONESIAN_SHARE, MIN_SHARE_WITH_EVIDENCE, MIN_WORDS, SAMPLE_WORDS, STRONG_CONTRAST,
} from '../../lexicon/language.js';
import { words } from './text.js';

/** `id` Indonesian, `ms` Malay, `en` English, `other` a text in none of them, `und` too few words to tell. */
export type GateLang = 'id' | 'ms' | 'en' | 'other' | 'und';

export interface LangHints {
  url?: string | null;
  htmlLang?: string | null;
  contentLanguage?: string | null;
}

export interface LangVerdict {
  lang: GateLang;
  /** Share of Malay-Indonesian and English function words in the sample. */
  shareMi: number;
  shareEn: number;
  /** Indonesian minus Malay evidence (contrast words and hints). */
  contrast: number;
}

const MI = new Set(MALAY_INDONESIAN_FUNCTION_WORDS);
const EN = new Set(ENGLISH_FUNCTION_WORDS);
const ID_MARK = new Set(INDONESIAN_MARKERS);
const MS_MARK = new Set(MALAY_MARKERS);
/** First words of the two-word markers (`rumah sakit`, `pilihan raya`): only after one is a pair looked up. */
const PAIR_START = new Set([...INDONESIAN_MARKERS, ...MALAY_MARKERS].filter((m) => m.includes(' ')).map((m) => m.split(' ')[0]!));

function tagOf(v: string | null | undefined): string | null {
  if (!v) return null;
  const m = /^\s{0,5}([a-z]{2,3})\b/iu.exec(v);
  return m ? m[1]!.toLowerCase() : null;
}

function tldOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /^[a-z][a-z0-9+.-]{0,15}:\/\/(?:[^/?#@]{0,200}@)?([^/?#:]{1,253})/iu.exec(url);
  if (!m) return null;
  const host = m[1]!.toLowerCase().replace(/\.$/u, '');
  return host.slice(host.lastIndexOf('.') + 1);
}

/** Indonesian (+) or Malay (−) weight of the hints. */
export function hintScore(h: LangHints): number {
  let s = 0;
  for (const tag of [tagOf(h.htmlLang), tagOf(h.contentLanguage)]) {
    if (tag && INDONESIAN_TAGS.includes(tag)) s += HINT_WEIGHT;
    else if (tag && MALAY_TAGS.includes(tag)) s -= HINT_WEIGHT;
  }
  const tld = tldOf(h.url);
  if (tld && INDONESIAN_TLDS.includes(tld)) s += HINT_WEIGHT;
  else if (tld && MALAY_TLDS.includes(tld)) s -= HINT_WEIGHT;
  return s;
}

/** Whether the hints name a language other than Indonesian or Malay (`<html lang="en">`). */
function foreignHint(h: LangHints): string | null {
  const tag = tagOf(h.htmlLang) ?? tagOf(h.contentLanguage);
  return tag && !INDONESIAN_TAGS.includes(tag) && !MALAY_TAGS.includes(tag) ? tag : null;
}

/** Decides the language of a lower-cased text. */
export function detectLang(text: string, hints: LangHints = {}): LangVerdict {
  const ws = words(text, SAMPLE_WORDS);
  let mi = 0;
  let en = 0;
  let contrast = hintScore(hints);
  let prev = '';
  for (const w of ws) {
    if (MI.has(w)) mi++;
    if (EN.has(w)) en++;
    if (ID_MARK.has(w)) contrast++;
    if (MS_MARK.has(w)) contrast--;
    if (PAIR_START.has(prev)) {
      const bi = `${prev} ${w}`;
      if (ID_MARK.has(bi)) contrast++;
      if (MS_MARK.has(bi)) contrast--;
    }
    prev = w;
  }
  const n = ws.length;
  const shareMi = n ? mi / n : 0;
  const shareEn = n ? en / n : 0;
  let lang: GateLang;
  if (n < MIN_WORDS) {
    // Too little text to count: the hints alone decide, and without them the page is undetermined.
    const foreign = foreignHint(hints);
    lang = contrast > 0 ? 'id' : contrast < 0 ? 'ms' : foreign ? (foreign === 'en' ? 'en' : 'other') : 'und';
  } else if (shareMi > shareEn && (shareMi >= MIN_MALAY_INDONESIAN_SHARE || (shareMi >= MIN_SHARE_WITH_EVIDENCE && Math.abs(contrast) >= STRONG_CONTRAST))) {
    lang = contrast < 0 ? 'ms' : 'id';
  } else if (shareEn >= MIN_ENGLISH_SHARE) lang = 'en';
  else lang = 'other';
  return { lang, shareMi, shareEn, contrast };
}
