import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, nameTokens, officialKey, resolveIdentities, sameName, spellToken } from '../../src/corpus/identity.js';
import { COMMON_NAME_PREFIXES } from '../../src/lexicon/honorifics.js';

/** nameKey as defined: the name tokens, a leading common prefix dropped when ≥ 3 tokens, each spelling-normalised. */
const definedKey = (name: string): string => {
  const toks = nameTokens(name);
  return (toks.length >= 3 && COMMON_NAME_PREFIXES.includes(toks[0]!) ? toks.slice(1) : toks).map(spellToken).join(' ');
};

describe('nameKey', () => {
  it.each([
    ['Hassanudin', 'hasanudin'],
    ['Hasanuddin', 'hasanudin'],
    ['Drs. HM Juaini Taofik', 'juaini taofik'],
    ['Muhammad Juaini Taofik', 'juaini taofik'],
    ['Muhammad Ali', 'muhamad ali'],
    ['Soeharto', 'suharto'],
    ['Djoko Tjahjono', 'joko cahyono'],
    ['Achmad Chairul', 'ahmad hairul'],
    ["Ma'ruf Amin", 'maruf amin'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
  it.each(['', '—', "'", 'H.', 'Muhammad', 'Muhammad Ali', 'Moh. Muhammad Ali Akbar'])('edge %j: as the token-list definition', (name) => {
    expect(nameKey(name)).toBe(definedKey(name));
  });
  it('equals the token-list definition on any name', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ'’.\- ]{0,12}$/u);
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.constantFrom('Muhammad', 'Moh.', 'H.', 'Drs.', 'Hj', 'Djoko', 'Achmad')), { maxLength: 5 }), (parts) => {
        const name = parts.join(' ');
        return nameKey(name) === definedKey(name);
      }),
    );
  });
});

describe('officialKey', () => {
  it('is deterministic and collapses spelling variants', () => {
    const a = officialKey('Hassanudin', 'gubernur', '52');
    expect(a).toMatch(/^o_[0-9a-f]{12}$/u);
    expect(officialKey('Hasanuddin', 'gubernur', '52')).toBe(a);
    expect(officialKey('Muhammad Juaini Taofik', 'bupati', '52.03')).toBe(officialKey('Juaini Taofik', 'bupati', '52.03'));
  });
  it.each([
    ['Hassanudin', 'wakil gubernur', '52'],
    ['Hassanudin', 'gubernur', '53'],
    ['Hassanudin', 'gubernur', null],
    ['Zulkieflimansyah', 'gubernur', '52'],
  ])('differs for %s / %s / %s', (name, role, region) => {
    expect(officialKey(name, role, region)).not.toBe(officialKey('Hassanudin', 'gubernur', '52'));
  });
});

describe('sameName', () => {
  it.each<[string, string, boolean]>([
    ['juaini taofik', 'muhammad juaini taofik', true],
    ['hasanudin', 'hasanudin', true],
    ['ahmad yani', 'ahmad sukri', false],
    ['budi santoso', 'budi santosa', true],
    ['rahmat bagja', 'rahmat hidayat', false],
    ['sugito', 'sugiono', false],
  ])('%s ~ %s = %s', (a, b, want) => {
    expect(sameName(a, b)).toBe(want);
  });
});

describe('resolveIdentities', () => {
  const entries = [
    { id: 'o_b', name: 'Hassanudin', role: 'gubernur', regionCode: '52' },
    { id: 'o_a', name: 'Hasanudin', role: 'gubernur', regionCode: '52' },
    { id: 'o_d', name: 'Juaini Taofik', role: 'bupati', regionCode: '52.03' },
    { id: 'o_c', name: 'H. Muhammad Juaini Taofik', role: 'bupati', regionCode: '52.03' },
    { id: 'o_e', name: 'Sukiman Azmy', role: 'bupati', regionCode: '52.03' },
    { id: 'o_f', name: 'Ahmad Yani', role: 'bupati', regionCode: '52.01' },
    { id: 'o_g', name: 'Ahmad Yani', role: 'bupati', regionCode: '52.02' },
    { id: 'o_h', name: 'Ahmad Sukri', role: 'bupati', regionCode: '52.01' },
    { id: 'o_i', name: 'Budi Santosa', role: 'kepala dinas', regionCode: '52.01' },
    { id: 'o_j', name: 'Budi Santoso', role: 'kepala dinas', regionCode: '52.01' },
  ];
  const want = new Map([
    ['o_a', 'o_a'],
    ['o_b', 'o_a'],
    ['o_c', 'o_c'],
    ['o_d', 'o_c'],
    ['o_e', 'o_e'],
    ['o_f', 'o_f'],
    ['o_g', 'o_g'],
    ['o_h', 'o_h'],
    ['o_i', 'o_i'],
    ['o_j', 'o_i'],
  ]);

  it('merges spelling variants and token subsets, never different people with the same title', () => {
    expect(Object.fromEntries(resolveIdentities(entries))).toEqual(Object.fromEntries(want));
  });

  it('is order-independent', () => {
    // deterministic shuffles (rotations and reversals)
    for (let k = 0; k < entries.length; k++) {
      const rot = [...entries.slice(k), ...entries.slice(0, k)];
      expect(Object.fromEntries(resolveIdentities(rot))).toEqual(Object.fromEntries(want));
      expect(Object.fromEntries(resolveIdentities([...rot].reverse()))).toEqual(Object.fromEntries(want));
    }
  });

  it('the two samePerson pairs of the seeds get one canonical id', () => {
    const ids = [
      { id: officialKey('Hassanudin', 'gubernur', '52'), name: 'Hassanudin', role: 'gubernur', regionCode: '52' },
      { id: officialKey('Hasanuddin', 'gubernur', '52'), name: 'Hasanuddin', role: 'gubernur', regionCode: '52' },
      { id: officialKey('Muhammad Juaini Taofik', 'bupati', '52.03'), name: 'Muhammad Juaini Taofik', role: 'bupati', regionCode: '52.03' },
      { id: officialKey('Juaini Taofik', 'bupati', '52.03'), name: 'Juaini Taofik', role: 'bupati', regionCode: '52.03' },
    ];
    const m = resolveIdentities(ids);
    expect(m.get(ids[0]!.id)).toBe(m.get(ids[1]!.id));
    expect(m.get(ids[2]!.id)).toBe(m.get(ids[3]!.id));
    expect(m.get(ids[0]!.id)).not.toBe(m.get(ids[2]!.id));
  });
});

describe('nameTokens', () => {
  it.each<[string, string[]]>([
    ['Drs. H. Lalu Gita Ariadi', ['lalu', 'gita', 'ariadi']],
    ['Élise Ñúñez', ['elise', 'nunez']],
    ["Ma'ruf Amin", ['maruf', 'amin']],
    ['Sri Sultan Hamengku Buwono X', ['hamengku', 'buwono', 'x']],
    ['Sri Mulyani', ['sri', 'mulyani']],
    ['H.', ['h']],
    ['', []],
  ])('%j → %j', (name, toks) => {
    expect(nameTokens(name)).toEqual(toks);
  });

  it('returns a fresh array each time (results are memoised inside)', () => {
    const a = nameTokens('Juaini Taofik');
    a.push('x');
    a[0] = 'y';
    expect(nameTokens('Juaini Taofik')).toEqual(['juaini', 'taofik']);
  });
});
