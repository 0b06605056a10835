// Paradigm tests for the attribution kinds fixed in round 13 (quotes11, issue 22), from the errors of the check12
// and check13 sets: each table crosses the kind with its natural variation, built from the lexicon's lists where
// one exists, with negative rows beside it that must not fire.
//   1. a reporting verb coordinated after a first predicate (`X mengapresiasi …, dan mengajak …`): X speaks;
//   2. a fronted adjunct closed by a `-nya` noun without its comma (`Dalam paparannya Kapolres menyebut …`) and one
//      opened by a temporal preposition (`Menjelang pemungutan suara …, Bawaslu X menegaskan …`);
//   3, 4. (decisions kept, with the reason) a recorded count and a confirmed plain noun phrase are no statement;
//   5. existence (`terdapat`) and `tetap` as predicates after a `marked` verb, a coordinated subject (`perangkat
//      kecamatan dan lurah telah …`); a short subject–verb clause after a verb of judging (`menilai pelaksanaan
//      berjalan lancar`);
//   6. an adjunct between the name in apposition and the verb (`Mantan Kapitalaung X, Yulius, saat dihubungi
//      mengaku …`): the short name, resolved to the full name written in apposition before;
//   7. a parenthetical attribution (`Bawaslu X, sebagaimana disampaikan ketuanya, Nama, …, menangani …`);
//   types: a compound verb written apart after a pronoun (`akan kami tindak lanjuti`) is no enforcement verb.
// The check12 rows these tables generalise failed on db14538 (no statement, or the title as the speaker).
import { describe, expect, it } from 'vitest';
import { AS_REPORTED_MARKERS, INDIRECT_VERBS, PASSIVE_REPORT_VERBS, SPEAKER_TAIL_WORDS, VERB_COORDINATORS } from '../../src/lexicon/attribution.js';
import { SPLIT_COMPOUND_VERBS } from '../../src/lexicon/statement-type-words.js';
import { classify } from '../../src/extract/statements/classify.js';
import type { Statement } from '../../src/model.js';
import { statementsOf } from './statement-cases.js';

const find = (ss: Statement[], frag: string): Statement | undefined => ss.find((s) => s.quote.includes(frag));
const SUBJECTS: Array<[string, string]> = [
  ['Ketua Bawaslu Kabupaten Ngawi', 'Anik Setyowati'],
  ['Bupati Lombok Timur', 'Haerul Warisin'],
  ['Camat Cakung', 'Rizal Firmansyah'],
];
const intro = (title: string, name: string): string => `Hadir dalam apel itu ${title}, ${name}, bersama para camat.`;

describe('paradigm 1: a reporting verb coordinated after a first predicate', () => {
  const first = ['mengapresiasi kegiatan tersebut', 'membuka acara itu', 'menghadiri apel pagi'];
  const verbs = INDIRECT_VERBS.filter((v) => v.content === 'any' && !v.verb.includes(' ') && (v.sense === 'ask' || v.sense === 'say')).map((v) => v.verb);
  const rows = verbs.flatMap((verb, i) =>
    VERB_COORDINATORS.map((coord, j) => [verb, coord, first[(i + j) % first.length]!, SUBJECTS[(i + j) % SUBJECTS.length]!] as const),
  );
  it.each(rows)('… %s after `%s` (%s)', (verb, coord, pred, [title, name]) => {
    const short = name.split(' ')[0]!;
    const ss = statementsOf([intro(title, name), `${short} ${pred} ${coord} ${verb} seluruh ASN wajib menjaga netralitas selama tahapan pilkada.`]);
    const s = find(ss, 'wajib menjaga netralitas');
    expect(s, ss.map((x) => x.quote).join(' | ')).toBeDefined();
    expect(s!.speaker?.name).toBe(name);
  });
  // negative rows: a passive first predicate, a relative clause, a purpose clause: no subject speaks
  it.each([
    'Seluruh ASN dilarang berkampanye dan menyatakan dukungan kepada pasangan calon mana pun selama pilkada.',
    'Warga yang menghadiri kampanye dan mengatakan dukungannya kepada pasangan calon itu sudah dipanggil.',
    'Apel digelar untuk mengingatkan para camat dan mengajak seluruh ASN menjaga netralitas selama pilkada.',
  ])('%s', (line) => {
    const ss = statementsOf([intro(...SUBJECTS[0]!), line]);
    expect(ss.filter((s) => s.speaker !== null && /dukungan|menjaga netralitas/u.test(s.quote))).toEqual([]);
  });
});

describe('paradigm 2: fronted adjuncts without a comma after a -nya noun, and temporal adjuncts', () => {
  const openers = ['Dalam', 'Pada'];
  const nouns = ['paparannya', 'sambutannya', 'arahannya', 'keterangannya'];
  const titled: Array<[string, string, string]> = [
    ['Kapolres Seruyan AKBP', 'Bayu Wicaksono', 'Kapolres'],
    ['Bupati Seruyan', 'Tampung Nahan', 'Bupati'],
    ['Ketua Bawaslu Seruyan', 'Rahmat Syaifullah', 'Ketua Bawaslu'],
  ];
  const rows = openers.flatMap((o, i) => nouns.map((n, j) => [o, n, ...titled[(i + j) % titled.length]!] as const));
  it.each(rows)('%s %s %s … (bare title %s)', (opener, noun, title, name, bare) => {
    const ss = statementsOf([
      `${title} ${name} memimpin rapat koordinasi pengamanan pilkada di aula kantor, Senin.`,
      `${opener} ${noun} ${bare} menyebut 12 desa masuk kategori rawan karena kepala desanya berkerabat dengan calon.`,
    ]);
    expect(find(ss, '12 desa masuk kategori rawan')?.speaker?.name).toBe(name);
  });
  it.each(['Menjelang pemungutan suara', 'Sepanjang tahapan kampanye', 'Selama masa tenang', 'Berdasarkan hasil pengawasan'])(
    '%s …, Bawaslu Kabupaten Mimika menegaskan …',
    (adjunct) => {
      const ss = statementsOf([`${adjunct} pilkada serentak tahun ini, Bawaslu Kabupaten Mimika menegaskan seluruh ASN wajib menjaga netralitas dalam politik praktis.`]);
      expect(find(ss, 'wajib menjaga netralitas')?.speaker?.name).toBe('Bawaslu Kabupaten Mimika');
    },
  );
});

describe('paradigms 3 and 4 (decisions kept): a recorded count and a confirmed noun phrase report nothing', () => {
  // the check10, check12 and check13 gold read `<Bawaslu …> mencatat <n> …` and `membenarkan adanya laporan tersebut`
  // as statements, the quotes dev set's held part, check3, check11 and the portal set as none or optional: a trial
  // of each added a spurious statement to a set with a pinned precision floor, so both stay no statement
  it.each(['23 dugaan pelanggaran netralitas ASN', 'sejumlah laporan dugaan keterlibatan ASN', '45 nomor kontak pengawas'])('mencatat %s', (obj) => {
    const ss = statementsOf([`Bawaslu Kabupaten Gowa mencatat ${obj} selama tahapan kampanye pilkada.`]);
    expect(ss).toEqual([]);
  });
  const confirm = INDIRECT_VERBS.filter((v) => v.sense === 'confirm' && v.content === 'any').map((v) => v.verb);
  it.each(confirm.flatMap((verb) => ['pemanggilan tersebut', 'adanya laporan tersebut', 'hal tersebut', 'demikian'].map((o) => [verb, o] as const)))('%s %s', (verb, obj) => {
    const ss = statementsOf([`Ketua Bawaslu Kabupaten Ngawi, Anik Setyowati, ${verb} ${obj}.`]);
    expect(ss).toEqual([]);
  });
  // … and a clause after it is the statement (`membenarkan bahwa …`, `membenarkan pihaknya sudah …`)
  it.each(confirm)('%s bahwa …: the clause', (verb) => {
    const ss = statementsOf([`Ketua Bawaslu Kabupaten Ngawi, Anik Setyowati, ${verb} bahwa pihaknya sudah memanggil kepala desa tersebut.`]);
    expect(find(ss, 'pihaknya sudah memanggil')?.speaker?.name).toBe('Anik Setyowati');
  });
});

describe('paradigm 5: predicates of existence and occurrence; a short subject-verb clause', () => {
  const marked = ['menyebutkan', 'merinci', 'memastikan', 'menjelaskan'];
  const clauses = ['sepanjang Pilkada 2020 terdapat 1.597 ASN dilaporkan', 'pelayanan di kelurahan tersebut tetap berjalan normal', 'seluruh perangkat kecamatan dan lurah telah menandatangani pakta integritas'];
  const rows = marked.flatMap((v, i) => clauses.map((c, j) => [v, c, SUBJECTS[(i + j) % SUBJECTS.length]!] as const));
  it.each(rows)('%s %s', (verb, clause, [title, name]) => {
    const ss = statementsOf([`${title}, ${name}, ${verb} ${clause}.`]);
    expect(find(ss, clause.split(' ').slice(0, 3).join(' '))?.speaker?.name).toBe(name);
  });
  it.each(INDIRECT_VERBS.filter((v) => v.act && v.sense === 'say' && v.content === 'any').map((v) => v.verb))('%s pelaksanaan berjalan lancar', (verb) => {
    const ss = statementsOf([`Anggota Bawaslu Provinsi Sumatera Utara, Saut Boangmanalu, yang memantau langsung PSU ${verb} pelaksanaan berjalan lancar.`]);
    expect(find(ss, 'pelaksanaan berjalan lancar')?.speaker?.name).toBe('Saut Boangmanalu');
  });
  // negative rows: a plain object after a `marked` verb, a coordinated object before a verb
  it.each([
    'mengatakan pelaksanaan berjalan lancar',
    'menjelaskan program bertajuk netralitas',
    'menyampaikan apresiasi dan mengajak semua pihak',
    'menyebutkan nama camat dan lurah kepada wartawan',
  ])('%s: no clause', (obj) => {
    const ss = statementsOf([`Camat Cakung, Rizal Firmansyah, ${obj}.`]);
    expect(ss).toEqual([]);
  });
});

describe('paradigm 6: an adjunct between the apposed name and the verb', () => {
  const adjuncts = SPEAKER_TAIL_WORDS.filter((w) => ['saat', 'ketika', 'usai', 'seusai'].includes(w)).map((w) => `${w} dihubungi wartawan`);
  const formers: Array<[string, string]> = [
    ['Kapitalaung Lenganeng', 'Yulius Pangemanan'],
    ['Kepala Desa Tampa Padang', 'Markus Lumang'],
    ['Lurah Penggilingan', 'Dedi Kurniawan'],
  ];
  const rows = adjuncts.flatMap((adj, i) => formers.map((f, j) => [adj, ...formers[(i + j) % formers.length]!, j] as const));
  it.each(rows)('Mantan %s, <short name>, %s … (%s)', (adjunct, title, name) => {
    const short = name.split(' ')[0]!;
    const ss = statementsOf([
      `Pemberhentian ${title}, ${name}, dilakukan berdasarkan rekomendasi Bawaslu.`,
      `Mantan ${title}, ${short}, ${adjunct} mengaku menerima keputusan itu dengan lapang dada.`,
    ]);
    expect(find(ss, 'menerima keputusan itu')?.speaker?.name).toBe(name);
  });
});

describe('paradigm 7: a parenthetical attribution inside the clause', () => {
  const speakers: Array<[string, string]> = [
    ['ketuanya, Siti Khoiriyah Ningrum, S.Ag., dalam rapat evaluasi Januari lalu', 'Siti Khoiriyah Ningrum'],
    ['Ketua Bawaslu Purbalingga, Agus Salim', 'Agus Salim'],
    ['anggotanya, Dewi Lestari, saat jumpa pers', 'Dewi Lestari'],
  ];
  const rows = AS_REPORTED_MARKERS.flatMap((mk, i) => PASSIVE_REPORT_VERBS.map((v, j) => [mk, v, ...speakers[(i + j) % speakers.length]!] as const));
  it.each(rows)('…, %s %s %s, …', (marker, verb, phrase, name) => {
    const ss = statementsOf([`Bawaslu Purbalingga, ${marker} ${verb} ${phrase}, menangani sebelas dugaan pelanggaran netralitas ASN dan kepala desa.`]);
    const s = find(ss, 'menangani sebelas dugaan');
    expect(s, ss.map((x) => x.quote).join(' | ')).toBeDefined();
    expect(s!.speaker?.name).toBe(name);
  });
  // negative rows: nobody named after the verb
  it.each(AS_REPORTED_MARKERS.map((mk) => [mk] as const))('…, %s disampaikan sebelumnya, …: no speaker', (marker) => {
    const ss = statementsOf([`Bawaslu Purbalingga, ${marker} disampaikan sebelumnya, menangani sebelas dugaan pelanggaran netralitas ASN dan kepala desa.`]);
    expect(ss.filter((s) => s.speaker !== null)).toEqual([]);
  });
});

describe('types: a compound verb written as two words after a pronoun is one verb', () => {
  const compounds = SPLIT_COMPOUND_VERBS.filter((c) => c !== 'alih fungsi' && c !== 'garis bawah');
  const suffixed: Record<string, string> = { 'tindak lanjut': 'tindak lanjuti', 'tanda tangan': 'tanda tangani', 'tanggung jawab': 'tanggung jawabkan' };
  it.each(compounds.flatMap((c) => ['akan kami', 'segera kami'].map((p) => [p, suffixed[c] ?? c] as const)))('Rekomendasi itu %s %s …: no enforcement cue', (pron, verb) => {
    const c = classify(`Rekomendasi Bawaslu itu ${pron} ${verb} minggu ini juga.`);
    expect(c.cues.some((x) => x.startsWith('ditindak'))).toBe(false);
    expect(c.type).not.toBe('warning');
  });
  it('akan kami tindak lanjuti: a commitment', () => {
    expect(classify('Rekomendasi Bawaslu itu akan kami tindak lanjuti minggu ini juga. Berkasnya sudah di meja saya.').type).toBe('commitment');
  });
  // negative rows: the enforcement verb alone stays one
  it.each(['akan kami tindak tegas', 'pasti kami tindak'])('Pelanggar %s: a warning', (phrase) => {
    expect(classify(`Setiap ASN yang terbukti berpihak ${phrase}.`).type).toBe('warning');
  });
});
