// One JSONL record → RawArticle. Field names follow the common crawler exports (news-please,
// trafilatura, Common Crawl derivatives): text in text|maintext|content|body, HTML in html|raw_html.
import type { RawArticle } from '../../model.js';
import { isoDatePrefix } from '../published.js';
import { jsonReason } from '../reasons.js';

const TEXT_FIELDS = ['text', 'maintext', 'content', 'body'] as const;
const HTML_FIELDS = ['html', 'raw_html'] as const;
const DATE_FIELDS = ['published', 'date_publish', 'published_at', 'date'] as const;

function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

export function recordToRaw(line: string, lineNo: number, source: string): RawArticle {
  const fallbackId = `${source}:${lineNo}`;
  const base: RawArticle = {
    id: fallbackId, source, line: lineNo, format: 'jsonl', text: null, html: null, title: null, url: null, published: null, error: null,
  };
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return { ...base, error: `line ${lineNo}: malformed JSON (${jsonReason(e, line)})` };
  }
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
    return { ...base, error: `line ${lineNo}: not a JSON object` };
  }
  const r = rec as Record<string, unknown>;
  const id = str(r.id);
  const out: RawArticle = {
    ...base,
    id: id && id.trim() ? id.trim() : fallbackId,
    url: str(r.url),
    title: str(r.title),
    published: null,
  };
  for (const f of DATE_FIELDS) {
    const d = str(r[f]);
    if (d) {
      out.published = isoDatePrefix(d);
      if (out.published) break;
    }
  }
  for (const f of TEXT_FIELDS) {
    const t = str(r[f]);
    if (t && t.trim()) {
      out.text = t;
      break;
    }
  }
  if (out.text === null) {
    for (const f of HTML_FIELDS) {
      const h = str(r[f]);
      if (h && h.trim()) {
        out.html = h;
        out.format = 'html';
        break;
      }
    }
  }
  if (out.text === null && out.html === null) {
    out.error = `line ${lineNo}: no text (expected one of ${[...TEXT_FIELDS, ...HTML_FIELDS].join(', ')})`;
  }
  return out;
}
