// The turns of an interview (qa-answers.ts qaTurns): each answer starts after its own question, never at the text's
// start; a question left unanswered (another question, or the end, right after it) is no turn; a line that opens
// with a lower-case word and a colon is no speaker label. Rows found by the round-13 review.
import { describe, expect, it } from 'vitest';
import { qaTurns } from '../../src/extract/violations/qa-answers.js';

const LEAD = 'Radio Suara Kota - Dalam program Bincang Pemilu, penyiar kami berbincang dengan Ketua Bawaslu.\n\n';
const answers = (text: string): string[] => qaTurns(text).map((t) => text.slice(t.aStart, t.aEnd).trim());

describe('qaTurns', () => {
  const rows: Array<[string, string, string[]]> = [
    ['two answered turns', `${LEAD}Tanya: Berapa laporan netralitas ASN?\nJawab: Total ada 12.\n\nTanya: Sudah ada putusan?\nJawab: Lima sudah diputus.`, ['Total ada 12.', 'Lima sudah diputus.']],
    ['an unanswered question between two turns', `${LEAD}Tanya: Berapa laporan netralitas ASN?\nJawab: Total ada 12.\n\nTanya: Itu semua ASN?\nTanya: Sudah ada putusan?\nJawab: Lima sudah diputus.`, ['Total ada 12.', 'Lima sudah diputus.']],
    ['an unanswered question at the end', `${LEAD}Tanya: Berapa laporan netralitas ASN?\nJawab: Total ada 12.\n\nTanya: Sudah ada putusan?\nJawab: Lima sudah diputus.\n\nTanya: Pesan untuk pendengar?`, ['Total ada 12.', 'Lima sudah diputus.']],
    ['words with a lower-case one before a colon open no label', `${LEAD}Tanya: Berapa laporan netralitas ASN?\nJawab: Total ada 12.\n\nTanya: Apa saja jenisnya?\nAda dua kategori: kampanye dan unggahan.`, ['Total ada 12.', 'Ada dua kategori: kampanye dan unggahan.']],
  ];
  it.each(rows)('%s', (_what, text, want) => {
    const got = answers(text);
    expect(got).toEqual(want);
    for (const t of qaTurns(text)) expect(t.aStart).toBeGreaterThan(t.qEnd - 1);
  });
});
