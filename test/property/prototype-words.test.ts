// Words that name members of Object.prototype (`constructor`, `toString`, `__proto__` …) are words like any other.
// Lexicon tables looked up by a word from the input used to be plain objects, so `TITLE_MODIFIERS_AFTER['constructor']`
// answered with a function: `Wali Kota constructor Padang …` took `constructor` as the modifier after the title, a file
// `x.constructor` was read as an article, and `--delimiter constructor` crashed with an internal error. The tables are
// now built by util/table.ts `lookupTable` (no prototype). Metamorphic check: an article with such a word gives the
// same officials, counts, dates, regions and statements as the same article with a made-up word of the same length
// in its place.
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/pipeline.js';
import { formatOf } from '../../src/ingest/discover.js';
import { outputConfig } from '../../src/cli/config.js';
import { lookupTable } from '../../src/util/table.js';
import type { RawArticle } from '../../src/model.js';

const PROTO_WORDS = [...Object.getOwnPropertyNames(Object.prototype), '__proto__'].sort();

// W at the places a lexicon lookup reads a word: after a title head, between a number and its unit, as the unit,
// after a weekday and a month, as a number word, after a reporting verb, after `Pilkada`.
const TEMPLATE = [
  'Bupati W Imbau ASN Netral',
  '',
  'PADANG - Wali Kota W Padang Hendri Septa menegaskan ASN harus netral dalam Pilkada W 2020. Bupati W Agam, Andi Saputra, mengatakan W kasus pelanggaran netralitas ASN tercatat.',
  '',
  'Sebanyak 12 W ASN dilaporkan ke Bawaslu pada Senin W (12/10/2020), dan 3 W lainnya pada Oktober W lalu. Bawaslu mencatat W pelanggaran, sebanyak W orang ASN.',
  '',
  '"ASN jangan W ikut kampanye," kata Ketua Bawaslu W Sumatera Barat Surya Efitrimen, Selasa W (13/10/2020).',
].join('\n');

const raw = (text: string): RawArticle => ({
  id: 'a', source: 'a.txt', line: null, format: 'text', text, html: null, title: null, url: null, published: null, error: null,
});

type Art = ReturnType<typeof processArticle>;
function facts(a: Art, word: string, nonce: string): string {
  const r = a as unknown as {
    officials: { name: string; title: string; role: string; modifier?: string; acting: boolean }[];
    violations: { value: number; unit?: string; qualifier?: string }[];
    dates: { iso: string | null; text: string }[];
    regions: { code: string }[];
    statements: { quote: string; speaker: { name: string } | null; type: string }[];
  };
  const f = {
    officials: r.officials.map((o) => [o.name, o.title, o.role, o.modifier ?? null, o.acting]),
    violations: r.violations.map((v) => [v.value, v.unit ?? null, v.qualifier ?? null]),
    dates: r.dates.map((d) => [d.iso, d.text]),
    regions: r.regions.map((g) => g.code),
    statements: r.statements.map((s) => [s.quote, s.speaker?.name ?? null, s.type]),
  };
  return JSON.stringify(f).split(nonce).join(word);
}

describe('words named like Object.prototype members are ordinary words', () => {
  it('the template exercises the extractors (a control: officials, counts, dates, statements are found)', () => {
    const a = processArticle(raw(TEMPLATE.replaceAll(' W', ''))) as unknown as Record<string, unknown[]>;
    for (const k of ['officials', 'violations', 'dates', 'statements', 'regions']) expect(a[k]!.length, k).toBeGreaterThan(0);
  });

  it.each(PROTO_WORDS)('%s gives what a made-up word of its length gives', (word) => {
    // the made-up word keeps the word's shape: its case pattern and its non-letters (`__proto__`, `isPrototypeOf`)
    const shape = (w: string): string => [...w].map((c, i) => (/[a-z]/.test(c) ? 'zq'[i % 2]! : /[A-Z]/.test(c) ? 'ZQ'[i % 2]! : c)).join('');
    // capitalised too, unless the word has a capital inside (`IsPrototypeOf` splits into name parts, which the
    // string comparison below cannot map back)
    const forms = /[A-Z]/.test(word.slice(1)) ? [word] : [word, word[0]!.toUpperCase() + word.slice(1)];
    for (const w of forms) {
      const n = shape(w);
      const withWord = processArticle(raw(TEMPLATE.replaceAll('W', w)));
      const withNonce = processArticle(raw(TEMPLATE.replaceAll('W', n)));
      expect(facts(withWord, w, n)).toBe(facts(withNonce, w, n));
    }
  });

  it.each(PROTO_WORDS)('a file named x.%s is not read as an article, and --delimiter %s is a usage error', (word) => {
    expect(formatOf(`x.${word}`)).toBeNull();
    expect(() => outputConfig({ delimiter: word, format: 'csv' }, { env: {}, stdoutIsTTY: false } as never)).toThrow(/--delimiter takes one character/);
  });

  it('lookupTable answers only its own keys', () => {
    const t = lookupTable({ terpilih: 1 });
    expect(t['terpilih']).toBe(1);
    for (const w of PROTO_WORDS) expect(t[w], w).toBeUndefined();
    // a negative control: a plain object answers some of these words with Object.prototype's members
    const plain: Readonly<Record<string, number>> = { terpilih: 1 };
    expect(PROTO_WORDS.some((w) => plain[w] !== undefined)).toBe(true);
  });
});
