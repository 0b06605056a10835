// The story signature's shingles, scanned inline (src/corpus/story-signature.ts `shingleHashes`, a speed
// trick listed in src/text/fast/README.md), against the ring-and-callback reference they replaced: the same
// hashes in the same order, on generated texts (words, astral letters, lone surrogates, case pairs whose
// lower case differs in length) and on hand-picked edges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shingleHashes, shingleHashesReference, storySignature } from '../../src/corpus/story-signature.js';

const piece = fc.oneof(
  fc.constantFrom('Bupati', 'ASN', 'netral', 'İstanbul', 'ΣΑΣ', '𝐀𝐁', '\ud800', '\udc00', '’', '-', ' ', '\n\n', '12', '3,5', 'ß', 'Ǆ'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(' '));

describe('shingleHashes (inline scan) = the reference', () => {
  it('on generated texts, with and without a title', () => {
    fc.assert(
      fc.property(text, fc.option(fc.constantFrom('Judul', 'Bupati ASN', ''), { nil: null }), (t, title) => {
        const withTitle = title ? `${title}\n\n${t}` : t;
        expect([...shingleHashes(withTitle, title)]).toEqual([...shingleHashesReference(withTitle, title)]);
      }),
      { numRuns: 500, seed: 19 },
    );
  });

  it.each([
    ['', 0], ['a', 1], ['a b', 1], ['a b c', 1], ['a b c d', 1], ['a b c d e', 2], ['a b a b a b a b', 2],
    [' … — ', 0], ['x\ud800y z w v', 2], ['kata-kata "dia" 12 3,5 lagi', 4],
  ])('%j: %i distinct shingles', (t, count) => {
    expect(shingleHashes(t).length).toBe(count);
    expect([...shingleHashes(t)]).toEqual([...shingleHashesReference(t)]);
  });

  it('a text without words has no signature; one word has one', () => {
    expect(storySignature(' … — ', null)).toBeNull();
    expect(storySignature('Bupati', null)?.shingles).toBe(1);
  });
});
