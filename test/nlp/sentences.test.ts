import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../src/nlp/sentences.js';
import { budget } from '../helpers/budget.js';

const split = (t: string): string[] => sentenceSpans(t).map((s) => t.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it.each<[string, string, string[]]>([
    ['plain', 'Ia datang. Lalu pergi.', ['Ia datang.', 'Lalu pergi.']],
    ['question and exclamation', 'Siapa dia? Entah! Baik.', ['Siapa dia?', 'Entah!', 'Baik.']],
    ['honorific Drs.', 'Bupati Drs. Ahmad hadir. Ia senang.', ['Bupati Drs. Ahmad hadir.', 'Ia senang.']],
    ['Dr. and Prof.', 'Hadir Prof. Dr. Budi di sana. Selesai.', ['Hadir Prof. Dr. Budi di sana.', 'Selesai.']],
    ['H. and Hj.', 'Kata H. Ahmad dan Hj. Siti hari ini. Ok.', ['Kata H. Ahmad dan Hj. Siti hari ini.', 'Ok.']],
    ['initials H.M.', 'Pj Bupati H.M. Juaini hadir. Ia bicara.', ['Pj Bupati H.M. Juaini hadir.', 'Ia bicara.']],
    // a degree written after a name, then a capitalised word that is no degree: the sentence ends there (round 16,
    // quotes13: `…, H. Ahmad Fauzan Noor, S.H. Dalam rapat itu, anggota …` had run the next subject into the first);
    // inside a sentence a degree is followed by another degree, a comma or a lower-case verb
    ['degree S.H., M.Si. ending a sentence', 'Oleh Budi, S.H., M.Si. Dia juga datang.', ['Oleh Budi, S.H., M.Si.', 'Dia juga datang.']],
    ['degree S.H. M.Si. then a verb', 'Budi, S.H. M.Si. mengatakan rapat ditunda.', ['Budi, S.H. M.Si. mengatakan rapat ditunda.']],
    ['No. and Jl.', 'Di Jl. Merdeka No. 5 Mataram. Lalu.', ['Di Jl. Merdeka No. 5 Mataram.', 'Lalu.']],
    ['dll. before lower case', 'Ada ASN, PPPK, dll. dan kepala desa. Ok.', ['Ada ASN, PPPK, dll. dan kepala desa.', 'Ok.']],
    ['a.n.', 'Surat a.n. Bupati dikirim. Ok.', ['Surat a.n. Bupati dikirim.', 'Ok.']],
    ['decimal numbers', 'Ada 1.010 perkara dan suhu 32.7 C. Besar.', ['Ada 1.010 perkara dan suhu 32.7 C. Besar.']],
    ['number then sentence', 'Tahun 2024. Pilkada digelar.', ['Tahun 2024.', 'Pilkada digelar.']],
    ['quote continues', '"Titik rawan ada. Mulai dari tahapan awal," katanya. Ia pergi.', ['"Titik rawan ada. Mulai dari tahapan awal," katanya.', 'Ia pergi.']],
    ['curly quote ends sentence', '“ASN harus netral.” Ia pergi.', ['“ASN harus netral.”', 'Ia pergi.']],
    ['attribution after quote', '“Kami siap,” kata Budi. “Ayo.”', ['“Kami siap,” kata Budi.', '“Ayo.”']],
    ['blank line splits', 'Judul berita\n\nIsi pertama.', ['Judul berita', 'Isi pertama.']],
    ['line break before capital splits', 'Pj Gubernur NTB, Hassanudin\nPenilaian itu disampaikan.', ['Pj Gubernur NTB, Hassanudin', 'Penilaian itu disampaikan.']],
    ['wrapped line joins', 'disampaikan Pj Gubernur setelah\nmenghadiri rapat.', ['disampaikan Pj Gubernur setelah\nmenghadiri rapat.']],
    ['unclosed quote ends at line break', '"Titik rawan. Mulai dari sini.\nIa menyatakan hal lain. Ok.', ['"Titik rawan. Mulai dari sini.', 'Ia menyatakan hal lain.', 'Ok.']],
    ['ellipsis', 'Ia diam… Lalu bicara.', ['Ia diam…', 'Lalu bicara.']],
    ['empty', '', []],
    ['only spaces', '    \n\n  ', []],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('respects start/end and returns absolute offsets', () => {
    const t = 'XXX Satu. Dua. YYY';
    const spans = sentenceSpans(t, 4, 14);
    expect(spans).toEqual([
      { start: 4, end: 9 },
      { start: 10, end: 14 },
    ]);
  });

  it.each<[string, string]>([
    ['200,000 spaces', ' '.repeat(200_000)],
    ['50,000 quote marks', '"'.repeat(50_000)],
    ['50,000 curly quotes with words', '“a. '.repeat(50_000)],
    ['100,000 dots', '.'.repeat(100_000)],
    ['50,000 abbreviations', 'Drs. '.repeat(50_000)],
    ['50,000 line breaks', 'a\n'.repeat(50_000)],
  ])('pathological: %s < 1 s', (_name, text) => {
    const t0 = performance.now();
    sentenceSpans(text);
    expect(performance.now() - t0).toBeLessThan(budget(1000));
  });
});
