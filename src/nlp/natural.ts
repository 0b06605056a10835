// The one door to the `natural` NLP library.
//
// We deep-import the three modules we use instead of `require('natural')`: the package index loads
// its storage back-ends (mongoose, pg, redis) and dotenv, which costs ~1 s at start-up and prints
// "injected env" banners on stdout, which would corrupt our data stream.
// natural's own AggressiveTokenizerId drops capital letters (`[^a-z0-9…]`), so tokens come from its
// RegexpTokenizer with a Unicode word pattern instead.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type JaroWinkler = (a: string, b: string, dt?: number, ignoreCase?: boolean) => number;
interface Stemmer {
  stem(token: string): string;
}
interface RegexpTokenizerCtor {
  new (opts: { pattern: RegExp; gaps?: boolean }): { tokenize(text: string): string[] };
}

const jaroWinkler: JaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance.js');
/** The stemmer reads its root-word dictionary when it is loaded: loaded on the first `stem`, so a thread that
 *  only compares names (the CLI's main thread: corpus/identity.ts) never pays for it. */
let stemmerId: Stemmer | null = null;
/** The tokenizer (and the underscore library it requires) is loaded on the first `tokenize`: the pipeline never
 *  calls it, and every worker thread imports this module. */
let wordTokenizer: { tokenize(text: string): string[] } | null = null;
function tokenizer(): { tokenize(text: string): string[] } {
  if (wordTokenizer === null) {
    const { RegexpTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer.js') as { RegexpTokenizer: RegexpTokenizerCtor };
    wordTokenizer = new RegexpTokenizer({ pattern: /[^\p{L}\p{N}'’-]+/u, gaps: true });
  }
  return wordTokenizer;
}

/** Jaro–Winkler similarity in [0, 1], case-insensitive. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  return jaroWinkler(a.toLowerCase(), b.toLowerCase(), undefined, true);
}

/** Indonesian stem (Nazief–Adriani as implemented by natural): `kenetralan` → `netral`. Not memoised here: its one
 *  caller in the pipeline, the statement classifier's word table (src/text/fast/memo.ts `SliceTable`), already
 *  asks once per distinct word; a memo of its own saved 0–3% of the statements stage in `npm run bench` terms
 *  (round 19), under the register's 5% bar, and was removed. */
export function stem(word: string): string {
  return (stemmerId ??= require('natural/lib/natural/stemmers/indonesian/stemmer_id.js') as Stemmer).stem(word.toLowerCase());
}

/** Word tokens (letters, digits, inner apostrophes and hyphens), case kept. */
export function tokenize(text: string): string[] {
  return tokenizer().tokenize(text).filter((t) => t.length > 0);
}
