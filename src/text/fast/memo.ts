// Memos of pure functions of a word or name: the one home of the caches that outlive an article (issue 19).
//
// Each memo holds constant answers (the function reads only its argument and the lexicons, which never
// change while the tool runs), so what a memo holds never changes a result: `test/text/state.test.ts`
// checks an article alone against the same article after a random sequence of others. A memo is bounded:
// it is emptied when full, so a long run cannot make it grow without end. The register
// (src/text/fast/README.md) gives each memo's saving in `npm run bench` terms and its equivalence test.

/** A bounded memo of `compute`, a pure function of a string. `undefined` is a valid answer. */
export class BoundedMemo<V> {
  private readonly answers = new Map<string, V>();

  /** `max`: how many answers it holds before it is emptied (the caller's setting, with its reason). */
  constructor(
    private readonly max: number,
    private readonly compute: (key: string) => V,
  ) {}

  get(key: string): V {
    const answers = this.answers;
    const v = answers.get(key);
    if (v !== undefined || answers.has(key)) return v as V;
    const fresh = this.compute(key);
    if (answers.size >= this.max) answers.clear();
    answers.set(key, fresh);
    return fresh;
  }
}

/** An entry of a SliceTable: the word it answers for and the word's FNV-1a hash over its UTF-16 units. */
export interface SliceEntry {
  readonly key: string;
  readonly hash: number;
}

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 units of `text.slice(i, j)`, the hash a SliceTable is asked with. */
export function fnvSlice(text: string, i: number, j: number): number {
  let h = FNV_OFFSET;
  for (let k = i; k < j; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return h;
}

/** `text.startsWith(key, i)` for a short key, compared in line (cheaper than the builtin call for words). */
function sameAt(text: string, i: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) if (text.charCodeAt(i + k) !== key.charCodeAt(k)) return false;
  return true;
}

/**
 * A memo of `make`, a pure function of a word, asked with the word's place in a text and its hash: a plain
 * `Map<string, T>` needs the word sliced out and then hashed again by V8, while this open-addressing table
 * compares the key in place, so a hit allocates nothing. A small direct-mapped front (the last entry seen
 * per slot) sits before it: the words a text repeats most are found in a few kilobytes, while the table's
 * slots spread over a quarter megabyte and cost a memory access per word once other stages have used the
 * CPU caches. The table is emptied when half full (linear probing slows as it fills).
 */
export class SliceTable<T extends SliceEntry> {
  private readonly table: Array<T | undefined>;
  private readonly mask: number;
  private readonly max: number;
  private count = 0;
  private readonly front: Array<T | undefined>;
  private readonly frontMask: number;

  constructor(
    bits: number,
    frontBits: number,
    private readonly make: (word: string, hash: number) => T,
  ) {
    this.table = new Array<T | undefined>(1 << bits).fill(undefined);
    this.mask = (1 << bits) - 1;
    this.max = 1 << (bits - 1);
    this.front = new Array<T | undefined>(1 << frontBits).fill(undefined);
    this.frontMask = (1 << frontBits) - 1;
  }

  /** The entry of `text.slice(i, j)`, whose FNV-1a hash (fnvSlice) is `h`. */
  get(text: string, i: number, j: number, h: number): T {
    const fi = h & this.frontMask;
    const f = this.front[fi];
    if (f !== undefined && f.hash === h && f.key.length === j - i && sameAt(text, i, f.key)) return f;
    const t = this.probe(text, i, j, h);
    this.front[fi] = t;
    return t;
  }

  private probe(text: string, i: number, j: number, h: number): T {
    const table = this.table;
    const len = j - i;
    let slot = h & this.mask;
    for (;;) {
      const t = table[slot];
      if (t === undefined) break;
      if (t.hash === h && t.key.length === len && sameAt(text, i, t.key)) return t;
      slot = (slot + 1) & this.mask;
    }
    if (this.count >= this.max) {
      table.fill(undefined);
      this.count = 0;
      slot = h & this.mask;
    }
    const t = this.make(text.slice(i, j), h);
    table[slot] = t;
    this.count++;
    return t;
  }
}
