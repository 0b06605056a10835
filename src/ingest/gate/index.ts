// The gate: runs on a web-archive page before any cleaning or extraction, so the many pages a crawl
// holds that are neither Indonesian nor about ASN cost a few string scans each. It answers with the
// reason a page is skipped, or null when it passes.
import { detectLang, type GateLang } from './lang.js';
import { gateText } from './text.js';
import { topicScore } from './topic.js';

export interface GateOptions {
  /** `id`: only Indonesian pages pass; `any`: no language gate. */
  lang: 'id' | 'any';
  /** `asn`: only pages with enough ASN and election cues pass; `any`: no topic gate. */
  topic: 'asn' | 'any';
}

export interface GateResult {
  /** `lang:ms`, `lang:en`, `lang:other`, `lang:und`, `topic`; null when the page passes. */
  skip: string | null;
  lang: GateLang | null;
}

export function gatePage(html: string, hints: { url?: string | null; contentLanguage?: string | null }, opts: GateOptions): GateResult {
  if (opts.lang === 'any' && opts.topic === 'any') return { skip: null, lang: null };
  const view = gateText(html);
  let lang: GateLang | null = null;
  if (opts.lang === 'id') {
    lang = detectLang(`${view.title} ${view.text}`, { url: hints.url, contentLanguage: hints.contentLanguage, htmlLang: view.htmlLang }).lang;
    if (lang !== 'id') return { skip: `lang:${lang}`, lang };
  }
  if (opts.topic === 'asn' && !topicScore(`${view.title} ${view.text}`).pass) return { skip: 'topic', lang };
  return { skip: null, lang };
}
