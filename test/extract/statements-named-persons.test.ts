// The naming verb (NAMING_CUE, `bernama`): outside a relative clause it introduces someone new (`seorang lurah bernama
// Budi Santoso`), mentioned there, so `kata Budi Santoso`, `kata Budi` and a pronoun after it are theirs; until round
// 15 it filed the name as a nickname of the person mentioned last, and the lurah's words went to the Sekda quoted
// before. Inside a relative clause (`Kepala desa itu, yang bernama Slamet, …`) it still names the person just
// mentioned. Person nouns × names × the ways the person is taken up again, with negative rows.
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/model.js';
import { statementsOf } from './statement-cases.js';

const LEAD = 'Sekretaris Daerah Kabupaten Blora, Drs. Nasrun Taher, mengatakan sanksi tersebut sesuai rekomendasi Komisi Aparatur Sipil Negara.';
const speakerOf = (ss: Statement[], frag: string): string | null => ss.find((s) => s.quote.includes(frag))?.speaker?.name ?? null;
const show = (ss: Statement[]): string => ss.map((s) => `${s.quote.slice(0, 40)} [${s.speaker?.name ?? '-'}]`).join(' | ');

const NOUNS = ['seorang lurah', 'seorang guru honorer', 'ASN', 'kepala sekolah', 'seorang warga'];
const NAMES = ['Budi Santoso', 'Siti Rahmawati', 'Yohanes Bata', 'Made Suarta'];
const TAKE_UP: Array<[string, (full: string, first: string) => string]> = [
  ['kata + full name', (full) => `"Saya terima saja keputusan itu," kata ${full}.`],
  ['kata + first name', (_full, first) => `"Saya terima saja keputusan itu," kata ${first}.`],
  ['ujarnya after the subject', (full) => `${full} mengaku khilaf. "Saya terima saja keputusan itu," ujarnya.`],
];

describe('a person introduced with `bernama` speaks in their own name', () => {
  const rows = NOUNS.flatMap((noun, i) => TAKE_UP.map(([kind, body], k) => [noun, NAMES[(i + k) % NAMES.length]!, kind, body] as const));
  it.each(rows)('%s bernama %s: %s', (noun, full, _kind, body) => {
    const first = full.split(' ')[0]!;
    const ss = statementsOf([LEAD, `Dalam kasus itu, ${noun} bernama ${full} ikut dilaporkan ke Bawaslu.`, body(full, first)]);
    expect(speakerOf(ss, 'terima saja'), show(ss)).toBe(full);
  });
});

describe('negative rows', () => {
  it('inside a relative clause the verb names the person just mentioned (a nickname)', () => {
    const ss = statementsOf(['Kepala Desa Sukamaju, yang bernama Slamet, mengatakan netralitas wajib dijaga.', 'Ketua Bawaslu Kabupaten Blora, Andi Wijaya, mengatakan kasus itu sudah diteruskan ke KASN.', '"Kami tidak berpihak," kata Slamet.']);
    expect(speakerOf(ss, 'tidak berpihak'), show(ss)).toBe('Slamet');
  });
  it.each([
    ['a region after the verb', 'Sebuah desa bernama Sukamaju di Kabupaten Blora ikut diawasi.'],
    ['an institution after the verb', 'Sebuah lembaga bernama Komisi Aparatur Sipil Negara ikut memantau.'],
  ])('%s is no person: the pronoun keeps the chain', (_kind, para) => {
    const ss = statementsOf([LEAD, para, '"Kami sudah menjalankan rekomendasi itu," katanya.']);
    expect(speakerOf(ss, 'sudah menjalankan'), show(ss)).toBe('Nasrun Taher');
  });
});
