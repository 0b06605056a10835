// Persons named by their initials (`Lurah berinisial AR itu …`): after the introduction the initials name that person
// wherever they stand again as a word outside a quote, so a pronoun after them, `kata AR`, or `AR mengaku …` is
// theirs, not the official quoted before (check16's blind kind: "Saat dikonfirmasi, AR enggan berkomentar banyak.
// "Saya terima saja," katanya." went to the Plh Kepala BKPSDM quoted earlier). Every cue of INITIALS_CUES × person
// nouns × initials shapes × the ways the person is taken up again, with negative rows: capitals never introduced as
// initials, initials before their introduction, and the letters inside a dotted degree.
import { describe, expect, it } from 'vitest';
import { INITIALS_CUES } from '../../src/lexicon/initials.js';
import type { Statement } from '../../src/model.js';
import { statementsOf } from './statement-cases.js';

const LEAD = 'Sekretaris Daerah Kabupaten Blora, Drs. Nasrun Taher, mengatakan sanksi tersebut sesuai rekomendasi Komisi Aparatur Sipil Negara.';
const speakerOf = (ss: Statement[], frag: string): string | null | undefined => ss.find((s) => s.quote.includes(frag))?.speaker?.name ?? (ss.some((s) => s.quote.includes(frag)) ? null : undefined);
const show = (ss: Statement[]): string => ss.map((s) => `${s.quote.slice(0, 40)} [${s.speaker?.name ?? '-'}]`).join(' | ');

const intro = (cue: string, noun: string, ini: string): string =>
  cue === 'inisialnya' ? `Seorang ${noun} yang ${cue} ${ini} itu dijatuhi sanksi penundaan kenaikan pangkat.`
  : cue === 'inisial' ? `Seorang ${noun} (${cue} ${ini}) itu dijatuhi sanksi penundaan kenaikan pangkat.`
  : `Seorang ${noun} ${cue} ${ini} itu dijatuhi sanksi penundaan kenaikan pangkat.`;
const NOUNS = ['lurah', 'kepala desa', 'guru', 'camat', 'kepala sekolah', 'pegawai honorer'];
const SHAPES: Array<[string, string]> = [['AR', 'AR'], ['HS', 'HS'], ['ZAK', 'ZAK'], ['A.R.', 'AR'], ['S', 'S']];
const TAKEN_UP: Array<[string, (ini: string) => string, string]> = [
  ['pronoun after the subject', (ini) => `Saat dikonfirmasi, ${ini} enggan berkomentar banyak. "Saya terima saja keputusan itu," katanya singkat.`, 'terima saja'],
  ['kata + initials', (ini) => `"Saya tidak tahu itu acara kampanye," kata ${ini} kepada wartawan.`, 'tidak tahu itu acara'],
  ['Ia after the subject', (ini) => `${ini} mengaku khilaf. Ia mengatakan tidak akan mengulangi perbuatannya.`, 'tidak akan mengulangi'],
];

describe('a person named by initials is the speaker who takes them up again', () => {
  const rows = INITIALS_CUES.flatMap((cue, i) => SHAPES.flatMap(([written, plain], j) => TAKEN_UP.map(([kind, body, frag], k) =>
    [cue, NOUNS[(i + j + k) % NOUNS.length]!, written, plain, kind, body, frag] as const)));
  it.each(rows)('%s, %s %s: %s', (cue, noun, written, plain, _kind, body, frag) => {
    // the later mention is written without dots, as outlets do after the introduction
    const ss = statementsOf([LEAD, intro(cue, noun, written), body(plain)]);
    expect(speakerOf(ss, frag), show(ss)).toBe(plain);
  });
  it('a capitalised cue at the sentence start', () => {
    const ss = statementsOf([LEAD, 'Berinisial AR, lurah itu dijatuhi sanksi penundaan kenaikan pangkat.', 'Saat dikonfirmasi, AR enggan berkomentar. "Saya terima saja," katanya.']);
    expect(speakerOf(ss, 'terima saja'), show(ss)).toBe('AR');
  });
});

describe('negative rows: no initials introduced, no person', () => {
  it.each([
    // capitals never introduced as initials stay what they were (an institution or nobody): the pronoun keeps the chain
    ['an acronym', [LEAD, 'Keputusan itu juga diteruskan ke BKN pekan lalu. "Kami sudah menjalankan rekomendasi itu," katanya.'], 'sudah menjalankan', 'Nasrun Taher'],
    // initials written before their introduction are not read back
    ['before the introduction', [LEAD, 'Saat dikonfirmasi, AR enggan berkomentar. "Kami sudah menjalankan rekomendasi itu," katanya.', 'Lurah berinisial AR itu dibebaskan dari jabatannya.'], 'sudah menjalankan', 'Nasrun Taher'],
    // `S` introduced: the S of a dotted degree (`S.Pd`) is no mention of them
    ['a dotted degree', [LEAD, 'Guru berinisial S itu dijatuhi sanksi.', 'Kepala Dinas Pendidikan, Rahmat Hidayat, S.Pd., menjelaskan sanksi itu sudah final. "Kami sudah menjalankan rekomendasi itu," katanya.'], 'sudah menjalankan', 'Rahmat Hidayat'],
    // initials inside a quote are what was said, not a mention
    ['inside a quote', [LEAD, 'Lurah berinisial AR itu dibebaskan dari jabatannya.', 'Nasrun menambahkan, "AR sudah kami panggil." "Kami sudah menjalankan rekomendasi itu," katanya.'], 'sudah menjalankan', 'Nasrun Taher'],
  ] as const)('%s', (_kind, paras, frag, who) => {
    const ss = statementsOf([...paras]);
    expect(speakerOf(ss, frag), show(ss)).toBe(who);
  });
});
