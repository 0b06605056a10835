// The page's headline as a plain-text copy of the article would have it: its first line. The body that extract.ts
// returns leaves the headline out (html-bench scores bodies without it); the pipeline puts this line back on top
// (`withHeadline`), so that the cleaner (`cleaned.title`) and every extractor read an HTML page as they read the same
// article saved as text: an official, a count, an election and its year, a region named only in the headline.
//
// Which title: the page's visible headline, the first `<h1>` whose text is the page's title (og:title / JSON-LD
// headline / `<title>`: equal, or one holding the other); else that title (og:title, JSON-LD, first h1, `<title>`
// without its " - Site" / " | Site" suffix, as metadata.ts chose it). None when the title is only the site's name
// (the publisher, the host's name: `SuaraKalbar.id`), or too short to be a headline (under three words).
import { textOf, type DNode } from './dom.js';

/** A headline has at least this many words (a two-word `<title>` is far more often a site's name than a headline). */
const HEADLINE_MIN_WORDS = 3;
/** Titles under this many letters and digits are not compared with an h1 (a one-word h1 is a logo). */
const MATCH_MIN_CHARS = 10;

/** Lowercase letters and digits, single-spaced: the form in which headlines are compared. */
export function headlineKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The same name written without spaces or punctuation: `Suara Kalbar` = `suarakalbar`. */
const squeezed = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The host's name without `www.` and its public suffix: `https://www.suarakalbar.co.id/x` → `suarakalbar`. */
function hostName(url: string | null): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const labels = host.split('.').filter((l) => l && l !== 'www');
  if (!labels.length) return null;
  // the longest label that is not a (second-level) suffix: co.id, or.id, go.id, com, id, …
  const named = labels.filter((l, i) => i === 0 || l.length > 3);
  return named.length ? named.reduce((a, b) => (b.length > a.length ? b : a)) : labels[0]!;
}

/** Is this title only the site's name (publisher or host), with or without its domain ending? */
function isSiteName(title: string, publisher: string | null, url: string | null): boolean {
  const t = squeezed(title);
  if (!t) return true;
  const pub = publisher ? squeezed(publisher) : '';
  if (pub && (t === pub || t === pub.replace(/(com|id|net|org|coid)$/u, ''))) return true;
  const host = hostName(url);
  if (host) {
    const h = squeezed(host);
    // "SuaraKalbar.id" → "suarakalbarid"; "Suara Kalbar" → "suarakalbar"
    if (t === h || (t.startsWith(h) && t.length - h.length <= 5)) return true;
  }
  return false;
}

/**
 * The headline line for a page: its visible h1 matching the title, else the title; null when there is none that
 * reads as a headline.
 * @param nodes the page's nodes in document order
 * @param titles the titles the page states (metadata's choice first, then the raw `<title>`)
 */
export function pageHeadline(
  nodes: readonly DNode[],
  title: string | null,
  titleTag: string | null,
  publisher: string | null,
  url: string | null,
): string | null {
  const keys = [title, titleTag]
    .filter((x): x is string => !!x)
    .map(headlineKey)
    .filter((k) => k.length >= MATCH_MIN_CHARS);
  let chosen: string | null = null;
  if (keys.length) {
    for (const n of nodes) {
      if (n.name !== 'h1') continue;
      const text = textOf(n, 400);
      const k = headlineKey(text);
      if (k.length >= MATCH_MIN_CHARS && keys.some((t) => t === k || t.includes(k) || k.includes(t))) {
        chosen = text;
        break;
      }
    }
  }
  chosen = chosen ?? title;
  if (chosen === null) return null;
  chosen = chosen.replace(/\s+/gu, ' ').trim();
  if (headlineKey(chosen).split(' ').length < HEADLINE_MIN_WORDS) return null;
  if (isSiteName(chosen, publisher, url)) return null;
  return chosen;
}

/**
 * The body with the headline as its first line, as a plain-text copy has it; the body as it is when there is no
 * headline or the body already opens with it (a selector's or JSON-LD body holding the h1).
 */
export function withHeadline(body: string, headline: string | null): string {
  if (!headline) return body;
  const first = /^\s*([^\n]*)/u.exec(body)![1]!;
  const h = headlineKey(headline);
  const f = headlineKey(first);
  if (f === h || (f.startsWith(h) && f.length <= h.length + 40)) return body;
  return `${headline}\n\n${body}`;
}
