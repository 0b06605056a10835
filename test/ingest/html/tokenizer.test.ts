// The fast tokenizer (src/ingest/html/tokenizer.ts) must give exactly htmlparser2's callback stream: compared on
// every fixture page and on edge cases (entities where a skip ends, no `&` at all, quotes and `<` inside values,
// unterminated tags and comments, special tags), and the extracted text of every fixture page.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastTokenizerPasses, tokenStream } from '../../../src/ingest/html/tokenizer.js';

const walk = (d: string): string[] =>
  readdirSync(d).flatMap((f) => {
    const p = join(d, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
const pages = walk('fixtures/html').filter((f) => f.endsWith('.html')).sort();

describe('fast tokenizer', () => {
  it('passes its check on this htmlparser2 (else the stock tokenizer is used)', () => {
    expect(fastTokenizerPasses()).toBe(true);
  });

  it('has fixture pages to compare', () => expect(pages.length).toBeGreaterThanOrEqual(20));

  it.each(pages)('same callbacks as htmlparser2: %s', (file) => {
    const html = readFileSync(file, 'utf8');
    expect(tokenStream(html, true)).toEqual(tokenStream(html, false));
  });

  it.each([
    ['plain text, no markup at all'],
    ['a &amp; b &lt; c &#65;&#x42; &copy &unknown; & end &'],
    ['<p>text</p>no ampersand anywhere<div class="x y" id=\'z\'>more</div>'],
    ['<a href="?a=1&b=2&amp;c=3" title=\'it&apos;s\'>x</a>'],
    ['<img alt="a < b > c" data-j=\'{"k":"v"}\'><br/>'],
    ['<p title="unterminated value>text & more'],
    ['<!-- comment & < --><!----><!-- unterminated'],
    ['<script>var s = "</scr" + "ipt>"; if (a<b&&c) {}</script><style>a>b{}</style><title>T &amp; t</title>'],
    ['<textarea>&lt;b&gt; <i></textarea><xmp>&amp;</xmp><![CDATA[ & < ]]>'],
    ['&amp;<&>&<<>>&&'],
    ['<div>' + 'word '.repeat(2000) + '&nbsp;</div>'],
    ['<DIV CLASS="a"\tID=b\ndata-X><IMG SRC=x/><p/ >t</DIV ><x-y:z a=1 b></x-y:z\n>'],
    ['<div class="unterminated tag name at the end'],
    ['<a href=x>y</a'],
    ['<divclass="x">glued</divclass><br/><br /><hr\f/>'],
  ])('edge case %#', (html) => {
    expect(tokenStream(html, true)).toEqual(tokenStream(html, false));
  });
});
