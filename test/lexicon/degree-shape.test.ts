// Issue 19 (one source per job): a degree's shape, `(?:\p{Lu}\p{Ll}{0,3}\.){1,4}\p{Lu}\p{L}{0,4}\.?`, was written twice:
// officials/names.ts DEGREE_SHAPE_SOURCE and statements/apposition.ts DOTTED_DEGREE_RE. Round 17 moved the first to
// lexicon/degrees.ts (names.ts re-exports it); the second sits in a file under edit this round (quotes14), so it is
// pinned here: its regex literal must be the shared source, anchored, or the file must derive it from the lexicon.
// Blind score (main at 05fc75f): the paradigm passes (the two copies agree); nothing pinned them together.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEGREE_SHAPE_SOURCE } from '../../src/lexicon/degrees.js';
import { DEGREE_SHAPE_SOURCE as NAMES_SHAPE } from '../../src/extract/officials/names.js';

const SHAPE = new RegExp(`^${DEGREE_SHAPE_SOURCE}$`, 'u');

describe('a degree by its shape (lexicon/degrees.ts DEGREE_SHAPE_SOURCE)', () => {
  it.each<[string, boolean]>([
    // `…, M.Pd.I.`, `…, S.I.K.`, `…, S.STP.`, `…, M.Kes.`: dotted degrees the lists need not name
    ['M.Pd.I.', true],
    ['S.I.K.', true],
    ['S.STP.', true],
    ['M.Kes', true],
    ['S.H.', true],
    // NOT: a word, an acronym without dots, a lower-case start, more than four dotted parts, a long part before a dot
    ['Siregar', false],
    ['SH', false],
    ['s.h.', false],
    ['A.B.C.D.E.F', false],
    ['Pemkab.Lotim', false],
  ])('%s → %s', (written, expected) => {
    expect(SHAPE.test(written)).toBe(expected);
  });
});

describe('one source for the degree shape', () => {
  it('officials/names.ts reads the lexicon one', () => expect(NAMES_SHAPE).toBe(DEGREE_SHAPE_SOURCE));
  it('statements/apposition.ts DOTTED_DEGREE_RE is the same shape (or derives it)', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'src', 'extract', 'statements', 'apposition.ts'), 'utf8');
    if (/DEGREE_SHAPE_SOURCE/.test(text)) return; // derived from the lexicon: nothing to pin
    const m = /const DOTTED_DEGREE_RE = \/(.+)\/(\w*);/.exec(text);
    expect(m, 'DOTTED_DEGREE_RE not found: derive it from lexicon/degrees.ts DEGREE_SHAPE_SOURCE').not.toBeNull();
    expect([m![1], m![2]]).toEqual([`^${DEGREE_SHAPE_SOURCE}$`, 'u']);
  });
});
