// Cross-article identity of officials.
//
// 1. `officialKey` gives each official a deterministic per-article id from a normalised key
//    (name + role family + region code). The name key collapses common spelling variants (double
//    letters, old spellings oe→u, dj→j, tj→c, ch→kh→h, a leading `Muhammad`) so the same person
//    usually gets the same id in every article already.
// 2. `resolveIdentities` merges the remaining variants across a corpus: union-find over pairs in the
//    same (role family, region) bucket whose names are similar (Jaro–Winkler) or where one name's tokens
//    are a subset of the other's. The canonical id is the smallest id of a component, so the result
//    does not depend on input order.
import { COMMON_NAME_PREFIXES, HONORIFICS_BEFORE, NICKNAME_HONORIFICS } from '../lexicon/honorifics.js';
import { similarity } from '../nlp/natural.js';
import { BoundedMemo } from '../text/fast/memo.js';
import { shortHash } from '../util/hash.js';

/** Honorifics as token sequences (`sri sultan`, `kombes pol`, `h m`), indexed by first token: a multi-word
 *  honorific is only dropped whole, so `Sri` alone (a very common given name) stays. Longest first. */
const HONORIFIC_SEQS = new Map<string, string[][]>();
// (a term of address too, `Cak`, `Kang`, `Gus`: `Cak Armuji` is the `Armuji` the article titles; parsing keeps it in
// a one-word nickname's written name, the identity drops it while a word remains)
for (const h of [...HONORIFICS_BEFORE, ...NICKNAME_HONORIFICS]) {
  const seq = h.toLowerCase().split(/[\s.]+/u).filter((t) => t.length > 0);
  if (seq.length === 0) continue;
  const l = HONORIFIC_SEQS.get(seq[0]!);
  if (l) l.push(seq);
  else HONORIFIC_SEQS.set(seq[0]!, [seq]);
}
for (const l of HONORIFIC_SEQS.values()) l.sort((a, b) => b.length - a.length);

const NAME_PREFIXES = new Set(COMMON_NAME_PREFIXES);

/** Length of the honorific sequence at `toks[i]`, or 0. */
function honorificAt(toks: readonly string[], i: number): number {
  for (const seq of HONORIFIC_SEQS.get(toks[i]!) ?? []) {
    if (i + seq.length > toks.length) continue;
    let ok = true;
    for (let k = 1; k < seq.length && ok; k++) ok = toks[i + k] === seq[k];
    if (ok) return seq.length;
  }
  return 0;
}

/** Memo of nameTokens (src/text/fast/memo.ts): officials call it for every capitalised run of an article and
 *  again for each official's name, and the same names recur across a corpus. 20,000 names: a few MB, more
 *  than the distinct names of a large crawl's worker share. */
const NAME_TOKENS = new BoundedMemo<readonly string[]>(20_000, computeNameTokens);
const ASCII_RE = /^[\x00-\x7f]*$/u;

/** Name tokens without honorifics, lower-cased, accents and punctuation removed. */
export function nameTokens(name: string): string[] {
  return sharedNameTokens(name).slice();
}

/** nameTokens() without the copy, for callers that only read the tokens (officials asks for every
 *  capitalised run of an article): the array is the memo's own and must never be changed. */
export function sharedNameTokens(name: string): readonly string[] {
  return NAME_TOKENS.get(name);
}

function computeNameTokens(name: string): string[] {
  // ASCII has no accents to strip: skip the (allocating) decomposition
  const plain = (ASCII_RE.test(name) ? name : name.normalize('NFKD').replace(/\p{M}+/gu, ''))
    .toLowerCase()
    .replace(/['’`]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const toks = plain.split(' ');
  // no letters: an empty array of the same elements kind as every other result (from split, not a `[]`
  // literal, whose other kind made the callers' optimised code deoptimise and be compiled again)
  if (!plain) return toks.slice(1);
  // Leading honorifics only (`h`, `hm`, `drs`), so a name like `Ibu Kota`… never loses inner tokens.
  let i = 0;
  for (;;) {
    const n = honorificAt(toks, i);
    if (n === 0 || i + n >= toks.length) break;
    i += n;
  }
  return toks.slice(i);
}

/** Memo of spellToken (eight regex replaces per token; names recur across a corpus), per token. */
const SPELL = new BoundedMemo<string>(20_000, computeSpellToken);

/** Spelling-normalised form of one name token: `hassanudin`/`hasanuddin` → `hasanudin`. */
export function spellToken(t: string): string {
  return SPELL.get(t);
}

function computeSpellToken(t: string): string {
  // A token written in the old (pre-1972) spelling: its `j` is today's `y` (`Tjahjono` → `Cahyono`).
  const old = /dj|tj|oe|sj|nj|ch/u.test(t);
  let s = t.replace(/dj/gu, '\u0001').replace(/tj/gu, 'c').replace(/oe/gu, 'u');
  if (old) s = s.replace(/j/gu, 'y');
  return s
    .replace(/\u0001/gu, 'j')
    .replace(/sj/gu, 'sy')
    .replace(/nj/gu, 'ny')
    .replace(/ch/gu, 'kh')
    .replace(/kh/gu, 'h')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** The normalised name key: spelling-normalised tokens, a leading `Muhammad` dropped when ≥ 2 tokens remain. */
export function nameKey(name: string): string {
  const toks = sharedNameTokens(name);
  const from = toks.length >= 3 && NAME_PREFIXES.has(toks[0]!) ? 1 : 0;
  // toks.slice(from).map(spellToken).join(' '), without the two arrays
  let key = '';
  for (let i = from; i < toks.length; i++) key += i > from ? ` ${spellToken(toks[i]!)}` : spellToken(toks[i]!);
  return key;
}

/** Role family: acting/deputy distinctions kept, commission member titles folded together. */
export function roleFamily(role: string | null): string {
  if (!role) return '';
  const r = role.toLowerCase().trim();
  const m = /^(?:anggota|komisioner|kordiv|kadiv|koordinator divisi) (.+)$/u.exec(r);
  if (m) return `anggota ${m[1]}`;
  return r;
}

/** Deterministic per-article id: `o_` + first 12 hex of sha256 of the normalised key. */
export function officialKey(name: string, role: string | null, regionCode: string | null): string {
  const key = `${nameKey(name)}|${roleFamily(role)}|${regionCode ?? ''}`;
  return `o_${shortHash(key, 12)}`;
}

/** Jaro–Winkler threshold for two whole (normalised) names. */
const NAME_SIMILARITY = 0.93;
/** …and for each aligned token when the names have the same number of tokens. */
const TOKEN_SIMILARITY = 0.85;

function sim(a: string, b: string): number {
  return Math.max(similarity(a, b), similarity(b, a));
}

/** True when two normalised names are the same person's (given same role family and region). */
export function sameName(a: string, b: string): boolean {
  if (a === b) return a.length > 0;
  const ta = a.split(' ').filter(Boolean);
  const tb = b.split(' ').filter(Boolean);
  if (ta.length === 0 || tb.length === 0) return false;
  const [small, big] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  // Token subset: `juaini taofik` ⊂ `muhammad juaini taofik` (every small token present in order).
  if (small.length < big.length) {
    let j = 0;
    for (const t of big) if (j < small.length && t === small[j]) j++;
    if (j === small.length && small.join('').length >= 4) return true;
  }
  if (ta.length !== tb.length) return false;
  if (sim(a, b) < NAME_SIMILARITY) return false;
  for (let i = 0; i < ta.length; i++) if (sim(ta[i]!, tb[i]!) < TOKEN_SIMILARITY) return false;
  return true;
}

/**
 * Map each per-article official id to a canonical corpus id. Order-independent: inputs are sorted,
 * the relation is symmetric, and a component's canonical id is its smallest id.
 */
export function resolveIdentities(
  entries: Array<{ id: string; name: string; role: string | null; regionCode: string | null }>,
): Map<string, string> {
  const sorted = [...entries].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r)! !== r) r = parent.get(r)!;
    // path compression
    let c = x;
    while (c !== r) {
      const n = parent.get(c)!;
      parent.set(c, r);
      c = n;
    }
    return r;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    if (ra < rb) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  for (const e of sorted) if (!parent.has(e.id)) parent.set(e.id, e.id);

  // Bucket by (role family, region); compare distinct names within a bucket.
  const buckets = new Map<string, Map<string, string[]>>();
  for (const e of sorted) {
    const bk = `${roleFamily(e.role)}|${e.regionCode ?? ''}`;
    let names = buckets.get(bk);
    if (!names) {
      names = new Map();
      buckets.set(bk, names);
    }
    const nk = nameKey(e.name);
    const ids = names.get(nk);
    if (ids) ids.push(e.id);
    else names.set(nk, [e.id]);
  }
  for (const bk of [...buckets.keys()].sort()) {
    const names = buckets.get(bk)!;
    const keys = [...names.keys()].sort();
    for (const k of keys) {
      const ids = names.get(k)!;
      for (const id of ids) union(ids[0]!, id);
    }
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++)
        if (sameName(keys[i]!, keys[j]!)) union(names.get(keys[i]!)![0]!, names.get(keys[j]!)![0]!);
  }
  const out = new Map<string, string>();
  for (const e of sorted) out.set(e.id, find(e.id));
  return out;
}
