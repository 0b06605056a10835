// The cleaner's speed pre-filters (rules.ts `first` and `quick`, dateline.ts's first-character check) may only
// skip regex calls that could not have matched. Checked here on every line and paragraph of the fixtures,
// and on awkward variants of them (all caps, KELVIN SIGN / long s, which fold to `k` / `s` under `iu`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureLines } from '../helpers/fixture-lines.js';
import { DATELINE_RULES, matchDateline, strongOnly, type Landmarks } from '../../src/clean/dateline.js';
import { RULES, firstMatch, rulesOf, testFlags, type CleanRule } from '../../src/clean/rules.js';

const lines = fixtureLines();
lines.push('18 menit lalu', '(ant)', 'Teks. jm/her', 'Foto: ANTARA/Nur Imansyah', '« Halaman 1 2 Selanjutnya', '\u212alik di sini');

/** The pattern alone, as the cascade ran it before the pre-filters. */
function patternHits(rule: CleanRule, text: string): boolean {
  rule.pattern.lastIndex = 0;
  const hit = rule.pattern.test(text);
  rule.pattern.lastIndex = 0;
  return hit;
}

describe('rule pre-filters never hide a match', () => {
  it.each(RULES.filter((r) => r.first !== undefined || r.quick !== undefined || r.prefix !== undefined).map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    // (the flags the cascade compiles them with: a `caseless` pattern's pre-tests still fold case)
    const flags = testFlags(rule);
    const first = rule.first === undefined ? null : new RegExp(`^[${rule.first}]`, flags);
    const prefix = rule.prefix === undefined ? null : new RegExp(`^(?:${rule.prefix})`, flags);
    const hidden = lines.filter(
      (l) =>
        patternHits(rule, l) &&
        ((first !== null && !first.test(l.charAt(0))) ||
          (prefix !== null && !prefix.test(l.slice(0, 3))) ||
          (rule.quick !== undefined && !rule.quick(l))),
    );
    expect(hidden).toEqual([]);
  });

  it.each(['top', 'byline', 'line', 'block', 'item'] as const)('firstMatch(%s) = the first rule whose pattern fires', (scope) => {
    const rules = rulesOf(scope);
    for (const l of lines) {
      const words = l.split(' ').length;
      const naive = rules.find((r) => (r.maxWords === undefined || words <= r.maxWords) && patternHits(r, l)) ?? null;
      expect(firstMatch(rules, l, words)?.name ?? null).toBe(naive?.name ?? null);
    }
  });

  it('a rule that cannot start with the first character is not tried', () => {
    // no line rule starts with a quote mark; KELVIN SIGN folds to `k` under `iu`, as in the pattern itself
    expect(firstMatch(rulesOf('line'), '“Netral itu wajib,” katanya.')).toBeNull();
    expect(firstMatch(rulesOf('line'), 'BACA JUGA: Bawaslu temukan 12 ASN')?.name).toBe('related-link-line');
    expect(firstMatch(rulesOf('line'), '\u212alik di sini untuk membaca')?.name).toBe('click-here-line');
  });

  it.each([
    // the head (first three units) decides which rules are tried; each of these must still be found
    ['Baca juga: Bawaslu temukan 12 ASN', 'related-link-line'],
    ['BA\u212aA JUGA: Bawaslu', null], // KELVIN SIGN is not `c`
    ['\u017fimak juga: Bawaslu temukan 12 ASN', 'related-link-line'], // long s folds to `s`
    ['Foto ilustrasi: Petugas Bawaslu memeriksa berkas', 'caption-label-line'],
    ['Sumber: ANTARA', 'footer-credit'],
    ['0  comments', 'furniture-line'], // a spaced entry is cut before its space
    ['(c) 2024 LombokJournal.com', 'footer-copyright'],
    ['Ketua Bawaslu NTB mengingatkan seluruh ASN.', null],
    ['Ba', null],
    ['', null],
  ])('firstMatch(line, %j) = %s', (line, name) => {
    expect(firstMatch(rulesOf('line'), line)?.name ?? null).toBe(name);
  });
});

describe('dateline pre-filter (capitalised words or a domain first) keeps every dateline', () => {
  it.each([
    ['suarantb.co.id, Mataram – Bawaslu meminta semua ASN', 'dateline-outlet-comma-place'],
    ['radar-lombok.com, Mataram – Bawaslu meminta semua ASN netral', 'dateline-outlet-comma-place'], // `-` before the dot
    ['LOTIM.LombokJoutnal.com ~ Deklarasi Netralitas Aparat Sipil Negara', 'dateline-place-dot-domain'],
    ['Mataram  (ANTARA) - Bawaslu meminta semua ASN', 'dateline-place-paren-agency'], // an empty "word"
    ['Mataram\t(ANTARA) - Bawaslu meminta semua ASN', 'dateline-place-paren-agency'],
    ['MATARAM-Pemerintah Provinsi NTB meminta ASN', 'dateline-caps-tight-dash'],
    ['Bandar-Lampung (ANTARA) - Bawaslu meminta semua ASN', 'dateline-place-paren-agency'],
    ['Ketua Bawaslu NTB - Itratip meminta semua ASN', null], // passes the filter, refused by the patterns
    ['Ketua bawaslu NTB - Itratip meminta semua ASN', null], // a lower-case word before the dash
    // at most four place words before the separator; white space before it is not a word
    ['Kota Mataram Barat Daya (ANTARA) - Bawaslu meminta semua ASN', 'dateline-place-paren-agency'],
    ['Kota Mataram Barat Daya Raya (ANTARA) - Bawaslu meminta semua ASN', null],
    ['Lombok Timur Barat NTB \t– Untuk menjaga kondusifitas daerah', 'dateline-place-only'],
    ['Lombok Timur Barat NTB\u3000\t– Untuk menjaga kondusifitas daerah', 'dateline-place-only'],
    ['MATARAM BARAT DAYA-Pemerintah Provinsi NTB meminta ASN', 'dateline-caps-tight-dash'],
    // the first comma: `, ` and then an outlet word or a domain
    ['Kota Mataram Barat Daya, KOMPAS.com - Bawaslu meminta semua ASN', 'dateline-place-comma-outlet'],
    ['Jakarta, detik.com - Bawaslu meminta semua ASN netral', 'dateline-place-comma-outlet'],
    ['Jakarta, CNN Indonesia -- Bawaslu mencatat ratusan pelanggaran', 'dateline-place-comma-outlet'],
    ['Ilham, dalam sambutannya, menegaskan bahwa ASN netral', null],
    ['Jakarta,  KOMPAS.com - Bawaslu meminta semua ASN', null],
    ['Jakarta,KOMPAS.com - Bawaslu meminta semua ASN', null],
  ])('matchDateline(%j) = %s', (text, rule) => {
    expect(matchDateline(text, true)?.rule ?? null).toBe(rule);
  });
});

describe('dateline pre-filters never hide a match', () => {
  const landmarks = (p: string): Landmarks => ({ comma: p.indexOf(','), paren: p.indexOf('('), dot: p.indexOf('.'), space: p.indexOf(' ') });
  /** Paragraphs whose `quick` says no although the pattern matches (must be none). */
  const hidden = (texts: readonly string[]) =>
    DATELINE_RULES.flatMap((r) => texts.filter((t) => r.quick !== undefined && !r.quick(landmarks(t), t) && r.pattern.test(t)).map((t) => `${r.name}: ${t}`));

  it('on every fixture line and the documented dateline shapes', () => {
    const shapes = [
      'LOTIM.LombokJoutnal.com ~ Deklarasi Netralitas ASN digelar hari ini',
      'Pangkalpinang (ANTARA) - Penjabat Gubernur Sugito meminta ASN netral',
      'Jakarta (ANTARA News) – Bawaslu meminta semua ASN netral',
      'Lombok Timur  (suarantb.co.id): Bawaslu meminta ASN netral',
      'KASONGAN, PROKALTENG.CO – Dalam menghadapi pemilihan kepala daerah',
      'Jakarta, CNN Indonesia -- Bawaslu meminta semua ASN netral',
      'TRIBUNLOMBOK.COM, LOMBOK TIMUR - Bupati meminta ASN netral',
      'SuaraNTB.com, Mataram – Bawaslu meminta ASN netral',
    ];
    // each shape is matched by a pattern that has a `quick` test (so the check below is not vacuous)
    for (const t of shapes) expect(DATELINE_RULES.some((r) => r.quick !== undefined && r.pattern.test(t))).toBe(true);
    expect(hidden([...lines, ...shapes])).toEqual([]);
  });

  it('on random paragraphs made of dateline material', () => {
    const piece = fc.constantFrom('Mataram', 'LOTIM', 'KASONGAN', 'Lombok', 'NTB', 'Kab.', "O'Neil", 'PROKALTENG.CO', 'suarantb.co.id', 'KOMPAS.com', 'ANTARA', 'CNN', 'Bawaslu', 'meminta', '(', ')', ',', '.', ' ', '  ', '\u00a0', '-', '–', '—', '~', '|', ':', '"', '“', '12', 'É', '𝐀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        expect(hidden([parts.join(''), `${parts.join('')} Bawaslu meminta semua ASN netral`])).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('strongOnly', () => {
  it('gives matchDateline(x, false) from matchDateline(x, true) on every fixture line', () => {
    const texts = [...lines, 'MATARAM - Bawaslu NTB mengingatkan ASN agar netral.', 'Mataram (ANTARA) - Bawaslu NTB mencatat sejumlah pelanggaran.'];
    for (const t of texts) expect(strongOnly(matchDateline(t, true))).toEqual(matchDateline(t, false));
    expect(strongOnly(matchDateline('MATARAM - Bawaslu NTB mengingatkan ASN agar netral.', true))).toBeNull();
    expect(strongOnly(matchDateline('Mataram (ANTARA) - Bawaslu NTB mencatat sejumlah pelanggaran.', true))?.rule).toBe('dateline-place-paren-agency');
  });
});

describe('inline related-link pre-filter', () => {
  it.each([
    ['Kata dia. (Baca juga: Bawaslu temukan 12 ASN)', true],
    ['Kata dia. [ \u017fimak: Bawaslu temukan 12 ASN]', true], // LONG S folds to `s`
    ['Kata dia. (  LIHAT pula: Bawaslu)', true], // spaces and capitals inside the bracket
    ['Kata dia. (Cek fakta tanpa titik dua)', true], // a candidate only: the pattern decides
    ['Badan Kepegawaian Negara (BKN) menegaskan', false], // an acronym, not a verb
    ['Mataram (ANTARA) menegaskan', false],
    ['Tanpa kurung sama sekali', false],
  ])('%j may hold one: %s', (text, may) => {
    const rule = RULES.find((r) => r.name === 'inline-related-paren')!;
    expect(rule.quick!(text)).toBe(may);
  });
});
