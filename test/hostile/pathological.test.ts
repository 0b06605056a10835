// Pathological strings through the whole pipeline (clean + every extractor), each timed. The house rule
// is < 1 s per extractor on these; the budget here is 3 s for the whole pipeline so that a loaded CI
// machine does not flake, which still catches catastrophic backtracking and O(n²) refiners (those take
// tens of seconds at these sizes).
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import type { RawArticle } from '../../src/model.js';
import { processArticle } from '../../src/pipeline.js';
import { budget } from '../helpers/budget.js';

const PARA = 'Penjabat Bupati Lombok Timur Juaini Taofik meminta seluruh ASN menjaga netralitas dalam Pilkada 2024.';
const BUDGET_MS = 3000;

const raw = (text: string): RawArticle => ({
  id: 'p', source: 'p.txt', line: null, format: 'text', text, html: null, title: null, url: null, published: '2024-10-03', error: null,
});

function timed(text: string) {
  processArticle(raw(PARA)); // warm: module-level matchers are compiled, the gazetteer loaded
  const t0 = performance.now();
  const a = processArticle(raw(text), { timings: true });
  return { a, ms: performance.now() - t0 };
}

const CASES: Array<[string, () => string]> = [
  ['200,000 spaces inside a sentence', () => `Bupati${' '.repeat(200_000)}Sugito mengatakan "ASN${' '.repeat(200_000)}netral" kata dia.`],
  ['200,000 spaces on their own lines', () => `${PARA}\n${' '.repeat(200_000)}\n${PARA}`],
  ['200,000 tabs and NBSPs', () => `${PARA} ${'\t\u00a0'.repeat(100_000)} ${PARA}`],
  ['50,000 straight quote marks', () => `${'"'.repeat(50_000)} kata Sugito.`],
  ['50,000 curly quote marks', () => `“${'“”'.repeat(25_000)} ujar Bupati Lombok Timur.`],
  ['50,000 alternating quotes and words', () => `kata "${'"a'.repeat(25_000)} ujar Bupati`],
  ['50,000 apostrophes and guillemets', () => `${"'".repeat(25_000)}${'«»'.repeat(12_500)} kata Sugito.`],
  ['50,000 BACA JUGA lines', () => `${PARA}\n${'BACA JUGA : Kapolda NTB Putra Daerah\n'.repeat(50_000)}${PARA}`],
  ['50,000 Baca juga: lines without a title', () => `${PARA}\n${'Baca juga:\n'.repeat(50_000)}${PARA}`],
  ['50,000 repeated "Bupati"', () => `${'Bupati '.repeat(50_000)}`],
  ['10,000 repeated official titles', () => `${'Pj Bupati Lombok Timur '.repeat(10_000)}`],
  ['20,000 repeated "kata Sugito,"', () => `${'kata Sugito, '.repeat(20_000)}`],
  ['20,000 dates in one sentence', () => `${'Kamis (03/10/24) '.repeat(20_000)}`],
  ['20,000 region names', () => `${'Lombok Timur, Lotim, NTB, '.repeat(20_000)}`],
  ['50,000 paragraphs, all duplicates', () => `${`${PARA}\n\n`.repeat(50_000)}`],
  ['a 300,000-letter word', () => `${'a'.repeat(300_000)} ${PARA}`],
  ['100,000 newlines and 50,000 CRs', () => `${PARA}${'\n'.repeat(100_000)}${PARA}${'\r'.repeat(50_000)}`],
  ['50,000 open parentheses', () => `${PARA} ${'('.repeat(50_000)} ${PARA}`],
  ['a token with 50,000 dots inside', () => `"ASN harus netral," kata Sugito a${'.'.repeat(50_000)}b. ${PARA}`],
  ['20,000 digits groups', () => `${'1.0'.repeat(20_000)} perkara pelanggaran ASN`],
  ['10,000 "(Baca juga" without a closing parenthesis', () => `${PARA} ${'(Baca juga: Judul '.repeat(10_000)}`],
  ['20,000 inline (Baca juga: …) spans in one paragraph', () => `${PARA} ${'(Baca juga: Judul berita) '.repeat(20_000)}`],
  ['10,000 violation counts in one sentence', () => `${'1.010 perkara pelanggaran netralitas ASN, '.repeat(10_000)}`],
];

describe('pathological strings finish fast, never throw, and keep offsets honest', () => {
  it.each(CASES)('%s', (_name, make) => {
    const text = make();
    const { a, ms } = timed(text);
    expect(a.error ?? '').not.toMatch(/^internal error/);
    expect(['ok', 'error']).toContain(a.status);
    // (the date of a dateline the cleaner split off has no span in the body: -1, -1)
    for (const d of a.dates) if (d.rule !== 'dateline-removed') expect(a.text.slice(d.start, d.end)).toBe(d.text);
    for (const v of a.violations) expect(a.text.slice(v.start, v.end)).toBe(v.text);
    for (const o of a.officials) for (const s of o.spans) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    for (const r of a.regions) for (const s of r.spans) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    for (const s of a.statements) expect(s.end).toBeLessThanOrEqual(a.text.length);
    expect(ms).toBeLessThan(budget(BUDGET_MS));
  });
});
