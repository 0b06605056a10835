// A faster htmlparser2 tokenizer: the same states and callbacks, but runs of text and attribute values are skipped
// with `indexOf` instead of one turn of the state machine per character.
//
// With `decodeEntities` on (our option, as cheerio's), htmlparser2's tokenizer visits every character of text and
// of attribute values through its `parse` loop (a state switch per character) only to find the next `<`, `&` or
// closing quote, and its `fastForwardTo` (used inside <script>/<style> and comments) is a `charCodeAt` loop: on the
// benchmark pages that was a quarter of the extraction's CPU time. This subclass overrides tokenizer methods:
// `stateText` and `handleInAttributeValue` jump to just before the next character they act on (the loop then
// advances onto it and the stock method handles it), as do the three name states (tag, attribute and closing tag
// names, read in a tight loop); `fastForwardTo` uses `indexOf`. Nothing else changes.
//
// The methods are private in htmlparser2's types, so they are reached through a cast. Whether they are still there
// and behave as before is checked once, at the first parse: a probe page (text, entities, attributes in both quotes, script,
// style, title, comments, CDATA, an unterminated tail) is tokenized by both tokenizers and their callback streams
// compared; on any difference the stock tokenizer is used (`fastTokenizerPasses` says which). Tests compare the
// extracted text of every fixture page with both (test/ingest/html/tokenizer.test.ts).
import { Parser, Tokenizer, type Handler } from 'htmlparser2';

/** The tokenizer fields and methods overridden or read here (htmlparser2 10.x). */
interface Internals {
  buffer: string;
  index: number;
  offset: number;
  decodeEntities: boolean;
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
  stateInTagName(c: number): void;
  stateInAttributeName(c: number): void;
  stateInClosingTagName(c: number): void;
  fastForwardTo(c: number): boolean;
  /** Cache of the next `&` in `ampBuffer` searched from `ampFrom`: its position `ampAt` (-1: none). */
  ampFrom: number;
  ampAt: number;
  ampBuffer: string | null;
}

const LT = 0x3c;
const AMP = 0x26;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;

/** htmlparser2's `isWhitespace`: space, tab, line feed, form feed, carriage return. */
const isWs = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
/** What ends a tag name (htmlparser2's `isEndOfTagSection`), an attribute name (also `=`), a closing tag name
 *  (`>` or white space only). */
const endsTagName = (c: number): boolean => c === SLASH || c === GT || isWs(c);
const endsAttribName = (c: number): boolean => c === EQ || endsTagName(c);
const endsClosingName = (c: number): boolean => c === GT || isWs(c);

/** Move the index to just before the next character `ends` accepts (or the buffer's last character): the rest of a
 *  name is read in a tight loop, not one `parse` turn per character. */
function skipName(t: Internals, ends: (c: number) => boolean): void {
  const b = t.buffer;
  let i = t.index - t.offset + 1;
  while (i < b.length && !ends(b.charCodeAt(i))) i++;
  t.index = i - 1 + t.offset;
}

const stock = Tokenizer.prototype as unknown as Internals;

/** The next `&` in the buffer at or after `from` (relative index), -1 if none; cached, as a page without any `&`
 *  would otherwise be scanned to its end from every text run. */
function nextAmp(t: Internals, from: number): number {
  if (t.ampBuffer === t.buffer && from >= t.ampFrom && (t.ampAt < 0 || t.ampAt >= from)) {
    return t.ampAt;
  }
  const at = t.buffer.indexOf('&', from);
  t.ampBuffer = t.buffer;
  t.ampFrom = from;
  t.ampAt = at;
  return at;
}

/** Move the index to just before the first of `stop` or `&` after the current position (the `parse` loop then
 *  steps onto it), or to the buffer's last character when neither comes. */
function skipTo(t: Internals, stop: string): void {
  const rel = t.index - t.offset + 1;
  let j = t.buffer.indexOf(stop, rel);
  const a = nextAmp(t, rel);
  if (a >= 0 && (j < 0 || a < j)) j = a;
  if (j < 0) j = t.buffer.length;
  t.index = j - 1 + t.offset;
}

export class FastTokenizer extends Tokenizer {
  // the `&` cache, set here so that every tokenizer has the same shape from the start
  ampFrom = -1;
  ampAt = -1;
  ampBuffer: string | null = null;
}
const fast = FastTokenizer.prototype as unknown as Internals;

fast.stateText = function stateText(this: Internals, c: number): void {
  if (c !== LT && c !== AMP && this.decodeEntities) {
    skipTo(this, '<');
    return;
  }
  stock.stateText.call(this, c);
};

fast.handleInAttributeValue = function handleInAttributeValue(this: Internals, c: number, quote: number): void {
  if (c !== quote && c !== AMP && this.decodeEntities) {
    skipTo(this, String.fromCharCode(quote));
    return;
  }
  stock.handleInAttributeValue.call(this, c, quote);
};

fast.stateInTagName = function stateInTagName(this: Internals, c: number): void {
  if (!endsTagName(c)) skipName(this, endsTagName);
  else stock.stateInTagName.call(this, c);
};

fast.stateInAttributeName = function stateInAttributeName(this: Internals, c: number): void {
  if (!endsAttribName(c)) skipName(this, endsAttribName);
  else stock.stateInAttributeName.call(this, c);
};

fast.stateInClosingTagName = function stateInClosingTagName(this: Internals, c: number): void {
  if (!endsClosingName(c)) skipName(this, endsClosingName);
  else stock.stateInClosingTagName.call(this, c);
};

fast.fastForwardTo = function fastForwardTo(this: Internals, c: number): boolean {
  const j = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
  if (j < 0) {
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }
  this.index = j + this.offset;
  return true;
};

const PROBE = '<!DOCTYPE html><html><head><title>A &amp; B &lt;t&gt;</title><meta name="x" content="a&quot;b">' +
  "<style>p{color:red}</style><script>if (a < b && c) x('</p>');</script></head><body class=\"a b\" id='c&amp;d'>" +
  '<p data-x="1 &gt; 0" data-y=\'q\' data-z=plain hidden>T&eacute;xt &nbsp; with &#169; &#x41; &unknown; & more</p>' +
  '<!-- a comment with < and & --><![CDATA[ cdata & < ]]><div>line<br/>two</div><textarea>a &amp; <b></textarea>' +
  '<DIV Class=x\tdata-A="1"/><a\nhref=y>z</a ><br/ ><p / >e</P\n><X-Y:Z q=1 r></x-y:z>' +
  '<p>tail without end &amp';

/** The callback stream of a parse of `html` with the stock (`fast` false) or the fast tokenizer, as strings: what
 *  the load-time check and the tests compare. */
export function tokenStream(html: string, fast: boolean): string[] {
  const tokenizer = fast ? FastTokenizer : undefined;
  const out: string[] = [];
  const h: Partial<Handler> = {
    onopentagname: (n) => out.push(`<${n}`),
    onattribute: (n, v, q) => out.push(`@${n}=${v}|${String(q)}`),
    onopentag: (n) => out.push(`>${n}`),
    onclosetag: (n, i) => out.push(`</${n}|${String(i)}`),
    ontext: (t) => out.push(`t:${t}`),
    oncomment: (t) => out.push(`c:${t}`),
    oncdatastart: () => out.push('cdata'),
    onprocessinginstruction: (n, d) => out.push(`?${n}:${d}`),
  };
  const p = new Parser(h, { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, Tokenizer: tokenizer });
  p.end(html);
  return out;
}

function probe(): boolean {
  try {
    for (const html of [PROBE, PROBE.replace(/&/gu, '')]) {
      const a = tokenStream(html, false);
      const b = tokenStream(html, true);
      if (a.length !== b.length || a.some((x, i) => x !== b[i])) return false;
    }
    return true;
  } catch {
    return false;
  }
}

let probed: boolean | null = null;
/** Whether the fast tokenizer passes its check (else parse.ts uses the stock one). The check runs on the first
 *  call, not when the module loads: every worker imports this module, and one that reads no HTML never pays for
 *  it. A constant answer per process (the installed htmlparser2 does not change). */
export function fastTokenizerPasses(): boolean {
  return (probed ??= probe());
}
