// Minimal view of the htmlparser2/domhandler tree (built by parse.ts), and iterative walkers over it.
// Everything here is iterative (explicit stacks): a page with 50,000 nested <div>s must not overflow the call stack.

/** The fields of a domhandler node this extractor reads. */
export interface DNode {
  type: string; // 'tag' | 'script' | 'style' | 'text' | 'comment' | 'directive' | 'cdata' | 'root'
  name?: string;
  attribs?: Record<string, string>;
  children?: DNode[];
  parent: DNode | null;
  data?: string;
  /** Attributes read on every element, copied out by the parser (parse.ts) so that the per-element loops need not
   *  look them up in each element's attribute object: class, id, itemprop and role (first occurrence, as in
   *  `attribs`), and whether the element is hidden (a `hidden` attribute, `aria-hidden="true"`, or a
   *  `display: none` / `visibility: hidden` style). */
  cls?: string;
  id?: string;
  itemprop?: string;
  role?: string;
  hidden?: boolean;
}

export const isElement = (n: DNode): boolean => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** Concatenated text of a subtree, script/style excluded, whitespace collapsed. */
export function textOf(node: DNode, limit = Infinity): string {
  let s = '';
  const stack: DNode[] = [node];
  while (stack.length && s.length < limit) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      s += n.data ?? '';
      continue;
    }
    if (n.type === 'script' || n.type === 'style' || n.type === 'comment') continue;
    const c = n.children;
    if (c) for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]!);
  }
  return collapse(s);
}

const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/gu;

/** Whitespace runs (including no-break spaces) → one space, trimmed. */
export function collapse(s: string): string {
  return s.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

export function attr(n: DNode, name: string): string | null {
  const v = n.attribs?.[name];
  return v === undefined ? null : v;
}

/** Elements that never nest (void) or that HTML closes implicitly: not counted as nesting. */
const FLAT = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track',
  'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody', 'tfoot', 'colgroup']);
const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,30})\b[^<>]{0,2000}?(\/?)>/gu;

/** htmlparser2 keeps its open-element stack with `unshift` (O(depth) per tag), so 50,000 nested `<div>`s cost
 *  seconds. Pages with very many tags get a cheap pre-pass that removes open/close tags nested deeper than
 *  `maxDepth` (their text stays, attached to the deepest kept element). */
export function limitNesting(html: string, minTags: number, maxDepth: number): string {
  if (html.length < 3 * minTags) return html; // too short to hold minTags tags ("<a>" is the shortest)
  let tags = 0;
  for (let i = html.indexOf('<'); i >= 0 && tags < minTags; i = html.indexOf('<', i + 1)) tags++;
  if (tags < minTags) return html;
  let depth = 0;
  let excess = 0;
  return html.replace(TAG_RE, (m: string, close: string, name: string, self: string) => {
    const n = name.toLowerCase();
    if (FLAT.has(n) || self) return m;
    if (close) {
      if (excess > 0) {
        excess--;
        return '';
      }
      if (depth > 0) depth--;
      return m;
    }
    if (n === 'script' || n === 'style') return m;
    if (depth >= maxDepth) {
      excess++;
      return '';
    }
    depth++;
    return m;
  });
}
