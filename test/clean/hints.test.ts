// Every clean rule's speed hints (`first`, `prefix`, `quick` in src/clean/rules.ts) against its pattern, on
// texts GENERATED from the pattern (issue 19): nobody keeps a hint in step with its pattern by hand, so a
// pattern changed without its hint fails here, whatever the fixtures hold. (test/clean/prefilter.test.ts
// checks the same hints on every fixture line.)
//
// fast-check's `stringMatching` builds texts the pattern matches. It handles neither the `i` flag nor
// look-arounds: an `i` pattern is generated without `i` and then its letters' case is flipped at random (a
// case-insensitive pattern still matches); a pattern with a look-around is generated from its source with
// the negative look-arounds and look-behinds taken out and each look-ahead's text written out; the real
// pattern then answers on each generated text, and the hints must answer the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES, firstMatch, testFlags, type CleanRule } from '../../src/clean/rules.js';

const hinted = RULES.filter((r) => r.first !== undefined || r.quick !== undefined || r.prefix !== undefined);

/** The pattern's source with the look-arounds `(?!…)`, `(?<=…)`, `(?<!…)` removed and a look-ahead `(?=…)` made
 *  a plain group (balanced parentheses, escapes and classes respected). Only a generator: the real pattern
 *  decides what the generated texts are. */
function withoutLookarounds(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      out += src.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j;
      continue;
    }
    // a look-ahead `(?=…)` is generated as text (`(?:…)`): what it asks for then stands right there
    if (src.startsWith('(?=', i)) {
      out += '(?:';
      i += 2;
      continue;
    }
    if (c === '(' && /^\(\?<?[=!]/u.test(src.slice(i, i + 4))) {
      let depth = 0;
      let j = i;
      for (; j < src.length; j++) {
        const d = src[j]!;
        if (d === '\\') j++;
        else if (d === '[') {
          j++;
          while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
        } else if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
      }
      // a quantifier after the look-around (`(?=x)?`) would now apply to nothing: drop it too
      if (/^[?*+]/u.test(src.slice(j + 1))) j++;
      i = j;
      continue;
    }
    out += c;
  }
  return out;
}

function generator(rule: CleanRule): fc.Arbitrary<string> {
  const flags = rule.pattern.flags.replace(/[gyid]/gu, '');
  const base = new RegExp(withoutLookarounds(rule.pattern.source), flags);
  const caseless = testFlags(rule).includes('i');
  const gen = fc.stringMatching(base, { size: 'small' });
  if (!caseless) return gen;
  return fc.tuple(gen, fc.array(fc.boolean(), { maxLength: 64 })).map(([s, flips]) =>
    [...s].map((ch, k) => (flips[k % Math.max(1, flips.length)] ? ch.toUpperCase() : ch.toLowerCase())).join(''),
  );
}

function patternHits(rule: CleanRule, text: string): boolean {
  rule.pattern.lastIndex = 0;
  const hit = rule.pattern.test(text);
  rule.pattern.lastIndex = 0;
  return hit;
}

describe('clean rule hints hold on texts generated from each pattern', () => {
  it('there are hinted rules, and each can be generated', () => {
    expect(hinted.length).toBeGreaterThan(20);
    for (const r of hinted) expect(() => fc.sample(generator(r), { numRuns: 1, seed: 1 }), r.name).not.toThrow();
  });

  // The hints as the cleaner applies them: `firstMatch` over a list holding only this rule (word limits
  // out of the way) must answer exactly what the pattern alone answers.
  it.each(hinted.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    let matched = 0;
    fc.assert(
      fc.property(generator(rule), (text) => {
        const hit = patternHits(rule, text);
        if (hit) matched++;
        expect(firstMatch([rule], text, 0)?.name ?? null, `hints disagree with the pattern on ${JSON.stringify(text)}`).toBe(hit ? rule.name : null);
      }),
      { seed: 19, numRuns: 600 },
    );
    // the generator must actually reach the pattern, or the check above proves nothing (the patterns with
    // look-arounds between free text, the gambling and promotion lines, are reached least: a few dozen)
    expect(matched).toBeGreaterThanOrEqual(5);
  });

  it('a negative control: a hint that disagrees with its pattern is caught', () => {
    const rule = hinted.find((r) => r.first !== undefined)!;
    const wrong = new RegExp(`^[^${rule.first}]`, testFlags(rule));
    const texts = fc.sample(generator(rule), { numRuns: 200, seed: 19 }).filter((t) => patternHits(rule, t));
    expect(texts.some((t) => !wrong.test(t.charAt(0)))).toBe(true);
  });
});
