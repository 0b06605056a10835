// A release's dateline left in its lead (`SAMARINDA (12/2/2024) – Badan …`: without the comma the cleaner keeps it)
// dates the article: publishedFromText takes it (the pipeline's published when no metadata or byline gave one) and
// the mention is the publication's. Rows: place forms × date forms × separators; negatives: a date inside a sentence,
// a bracketed date with no dash after it, a lowercase clause before it.
import { describe, expect, it } from 'vitest';
import { extractDates, publishedFromText } from '../../src/extract/dates/index.js';
import { ctxOf } from './helpers.js';

const TITLE = 'Pemkot Catat Laporan Netralitas ASN';
const BODY = 'Badan Kepegawaian Daerah mencatat 12 laporan dugaan pelanggaran netralitas ASN sejak kemarin.';

describe('a dateline date in the lead dates the article', () => {
  const rows: Array<[string]> = [];
  for (const place of ['SAMARINDA', 'Samarinda', 'TANJUNG SELOR', 'Tanjung Selor', 'KOTA BARU', 'PALANGKA RAYA'])
    for (const date of ['(12/2/2024)', '(12/02/2024)', 'Senin (12/2/2024)', 'Senin, 12 Februari 2024', '12 Februari 2024'])
      for (const sep of [' -', ' –', ' —', ' --', '–']) {
        const join = date.startsWith('(') ? ' ' : ', ';
        rows.push([`${TITLE}\n\n${place}${join}${date}${sep} ${BODY}`]);
      }
  it.each(rows)('%s', (text) => {
    expect(publishedFromText(text)).toBe('2024-02-12');
    const ctx = { ...ctxOf(text), published: '2024-02-12' };
    const first = extractDates(ctx).dates[0]!;
    expect([first.iso, first.certain, first.kind]).toEqual(['2024-02-12', true, 'publication']);
  });
  it.each([
    `${TITLE}\n\nRapat digelar (12/2/2024) - ${BODY}`,
    `${TITLE}\n\nSAMARINDA (12/2/2024) ${BODY}`,
    `${TITLE}\n\nMenurut warga (12/2/2024) - ${BODY}`,
    `${TITLE}\n\n${BODY} Rapat digelar di SAMARINDA (12/2/2024) - kata dia.`,
  ])('%s: no publication date', (text) => {
    expect(publishedFromText(text)).toBeNull();
  });
});

// Round 13 (regions11): a dateline's day and month without the year (`KUPANG (12/2) – …`) is the release's date, its
// year from the publication date (not certain) and its kind the publication's; the same `d/m` anywhere else needs a
// weekday or a date cue.
describe('a dateline date without its year', () => {
  const rows: Array<[string]> = [];
  for (const place of ['KUPANG', 'Kupang', 'TANJUNG SELOR', 'Kota Bima', 'PALANGKA RAYA'])
    for (const date of ['(12/2)', '(12/02)'])
      for (const sep of [' -', ' –', ' —', ' --']) rows.push([`${TITLE}\n\n${place} ${date}${sep} ${BODY}`]);
  it.each(rows)('%s', (text) => {
    expect(publishedFromText(text)).toBeNull();
    const ctx = { ...ctxOf(text), published: '2024-02-12' };
    const first = extractDates(ctx).dates[0]!;
    expect([first.text, first.iso, first.certain, first.kind]).toEqual([text.includes('12/02') ? '12/02' : '12/2', '2024-02-12', false, 'publication']);
  });
  it.each([
    `${TITLE}\n\nRapat digelar (12/2) - ${BODY}`,
    `${TITLE}\n\nKUPANG (12/2) ${BODY}`,
    `${TITLE}\n\nMenurut warga (12/2) - ${BODY}`,
    `${TITLE}\n\n${BODY} Rapat digelar di KUPANG (12/2) - kata dia.`,
    `${TITLE}\n\nKUPANG (12/13) – ${BODY}`,
  ])('%s: no date from the bracket', (text) => {
    const ctx = { ...ctxOf(text), published: '2024-02-12' };
    expect(extractDates(ctx).dates.filter((d) => d.text.startsWith('12/'))).toEqual([]);
  });
});
