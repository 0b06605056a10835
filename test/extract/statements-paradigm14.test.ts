// Paradigm tests for the attribution kinds fixed in round 14 (quotes12, issue 22), from the errors of the check14 and
// check15 sets: each table crosses the kind with its natural variation, built from the lexicon's lists where one
// exists, with negative rows beside it that must not fire.
//   1. an interview's answers: the interviewee named in the lead, not a companion introduced after them
//      (INTERVIEW_COMPANION_WORDS), and a bracketed turn inside an answer (`(Nama menimpali: …)`) is that person's;
//   2. `X melalui/lewat <title> Y mengatakan …` (SUBJECT_VIA_ADJUNCTS): Y speaks, for X; a party speaking through its
//      officer stays the party;
//   3. verbs of evaluation (INDIRECT_VERBS of sense `evaluate`): a clause object is a statement, the verb kept; a
//      plain noun phrase is none; a coordinated report after the stance is the statement;
//   4. a -nya passive inside a relative clause (`respons BKN yang disebutnya lebih cepat`) is no report of its own;
//   5. content opening with a modal predicate (MODAL_PREDICATES) is a statement in three words;
//   6. a quantified subject (QUANTIFIER_DETERMINERS) before a verb, a demonstrative subject before berdasarkan/sesuai,
//      after a `marked` verb: a clause;
//   7. a report narrated in a subordinate clause after a passive main verb (`X dinonaktifkan setelah Bawaslu
//      menyatakan …`): no statement; after an active main verb, the subject's;
//   9. a source inserted between subject and predicate (`Guru dan tenaga kesehatan, menurut dia, mendominasi …`):
//      the subject is part of the statement;
//   8. a quote closed by `singkatnya` in any quote marks (doubled apostrophes among them), its speaker a name opening
//      the sentence before with a relative clause (`Rusdi Paputungan yang dihubungi terpisah …`).
// The check14 rows these tables generalise failed on f3c57f0 (a companion, the office before `melalui`, or no
// statement).
import { describe, expect, it } from 'vitest';
import {
  DEMONSTRATIVE_PREDICATE_PREPOSITIONS,
  INDIRECT_VERBS,
  INTERVIEW_COMPANION_WORDS,
  MODAL_PREDICATES,
  SUBORDINATORS,
  PARTY_ORGANS,
  QUANTIFIER_DETERMINERS,
  SUBJECT_VIA_ADJUNCTS,
} from '../../src/lexicon/attribution.js';
import type { Statement } from '../../src/model.js';
import { statementsOf } from './statement-cases.js';

const find = (ss: Statement[], frag: string): Statement | undefined => ss.find((s) => s.quote.includes(frag));
const show = (ss: Statement[]): string => ss.map((s) => `${s.quote.slice(0, 40)} [${s.speaker?.name ?? '-'}]`).join(' | ');

describe('paradigm 1: an interview, its interviewee and a companion introduced after them', () => {
  const companions = INTERVIEW_COMPANION_WORDS.filter((w) => w !== 'bersama');
  const people: Array<[string, string, string, string]> = [
    ['Ketua Bawaslu Kabupaten Malinau', 'Paulus Laing Ajang', 'Koordinator Divisi Penanganan Pelanggaran', 'Rina Apui'],
    ['Camat Kayan Hilir', 'Yosef Lahang', 'Sekretaris Camat', 'Maria Ulan'],
    ['Kepala BKPSDM Nunukan', 'Hasbullah Rahman', 'Kepala Bidang Disiplin', 'Sri Wahyuni'],
  ];
  const cues = ['berbincang dengan', 'mewawancarai', 'berbincang bersama'];
  const rows = companions.flatMap((comp, i) => cues.map((cue, j) => [comp, cue, ...people[(i + j) % people.length]!] as const));
  const interview = (lead: string): string[] => [
    lead,
    'Berapa laporan netralitas yang ditangani selama pilkada?',
    'Ada tujuh laporan. Empat ASN dan tiga kepala desa, semuanya sudah kami teruskan.',
    'Apa kendala terbesar di lapangan?',
    'Jujur saja, biaya bensin untuk patroli ke hulu sungai sangat besar.',
  ];
  it.each(rows)('%s after `%s` (%s, %s; companion %s, %s)', (comp, cue, title, name, title2, name2) => {
    const ss = statementsOf(interview(`Wartawan kami ${cue} ${title}, ${name}, di kantornya, Kamis (9/1/2025), ${comp} ${title2}, ${name2}. Berikut petikannya.`));
    expect(find(ss, 'Ada tujuh laporan')?.speaker?.name, show(ss)).toBe(name);
    expect(find(ss, 'biaya bensin')?.speaker?.name, show(ss)).toBe(name);
  });
  // negative rows: no companion (the person named last is the interviewee), and `bersama` introducing the interviewee
  it.each(people)('%s, %s alone', (title, name) => {
    const ss = statementsOf(interview(`Wartawan kami berbincang bersama ${title}, ${name}, di kantornya. Berikut petikan wawancaranya.`));
    expect(find(ss, 'Ada tujuh laporan')?.speaker?.name).toBe(name);
  });
  it.each(['menimpali', 'menambahkan', 'kata'])('a bracketed turn with %s inside an answer', (verb) => {
    const [title, name, title2, name2] = people[0]!;
    const first = name2.split(' ')[0]!;
    const ss = statementsOf([
      `Wartawan kami berbincang dengan ${title}, ${name}, didampingi ${title2}, ${name2}. Berikut petikannya.`,
      'Berapa laporan netralitas yang ditangani selama pilkada?',
      'Ada tujuh laporan. Empat ASN dan tiga kepala desa, semuanya sudah kami teruskan.',
      'Sudah ada sanksi?',
      `${first} yang lebih tahu. (${name2} ${verb}: untuk ASN, dua sudah dijatuhi hukuman disiplin oleh Pj Bupati.)`,
      'Pesan untuk pemilihan berikutnya?',
      'Kalau ada PSU atau pilkades, jangan ulangi lagi. Kami sudah punya catatan nama-namanya.',
    ]);
    expect(find(ss, 'dua sudah dijatuhi hukuman')?.speaker?.name, show(ss)).toBe(name2);
    expect(find(ss, 'jangan ulangi lagi')?.speaker?.name, show(ss)).toBe(name);
    // the hand-over names the next speaker: no statement
    expect(find(ss, 'yang lebih tahu'), show(ss)).toBeUndefined();
  });
});

describe('paradigm 2: an office speaking through a person after melalui/lewat', () => {
  const offices: Array<[string, string]> = [
    ['Kapolres Mukomuko AKBP Witdiardi, S.I.K., M.H.,', 'Witdiardi'],
    ['Bupati Lebak', ''],
    ['Pemkab Sumba Tengah', ''],
  ];
  const voices: Array<[string, string]> = [
    ['Kasat Reskrim AKP Ahmad Fauzi Ramadhan, S.T.K., S.I.K.,', 'Ahmad Fauzi Ramadhan'],
    ['Kepala Bagian Hukum, Yohanes Umbu Sogara,', 'Yohanes Umbu Sogara'],
    ['Kasi Humas Iptu Bambang Sutrisno', 'Bambang Sutrisno'],
  ];
  const verbs = ['mengatakan', 'menjelaskan bahwa', 'menegaskan'];
  const rows = SUBJECT_VIA_ADJUNCTS.flatMap((via, i) => offices.map((o, j) => [via, o[0], ...voices[(i + j) % voices.length]!, verbs[(i + j) % verbs.length]!] as const));
  it.each(rows)('… %s: %s %s %s', (via, office, voice, name, verb) => {
    const ss = statementsOf([`${office} ${via} ${voice} ${verb} pelimpahan berkas tahap dua dilakukan setelah berkas dinyatakan lengkap oleh jaksa.`]);
    expect(find(ss, 'pelimpahan berkas tahap dua')?.speaker?.name, show(ss)).toBe(name);
  });
  // negative rows: a party speaking through its officer is the party; an adjunct of means with no person
  it.each(PARTY_ORGANS.slice(0, 3).map((o) => o.toUpperCase()))('%s Partai Gerindra melalui its officer: the party', (organ) => {
    const ss = statementsOf([`${organ} Partai Gerindra Lebak melalui Sekretaris, Ahmad Subekti, menyatakan partainya tidak pernah meminta dukungan kepala desa.`]);
    expect(find(ss, 'tidak pernah meminta dukungan')?.speaker?.name, show(ss)).toMatch(/Partai Gerindra/u);
  });
  it('Bawaslu X melalui surat edaran …: the institution', () => {
    const ss = statementsOf(['Bawaslu Lebak melalui surat edarannya menegaskan seluruh kepala desa wajib netral selama tahapan pilkada.']);
    expect(find(ss, 'wajib netral')?.speaker?.name, show(ss)).toBe('Bawaslu Lebak');
  });
});

describe('paradigm 3: verbs of evaluation, a clause object with the verb, a plain noun phrase none', () => {
  const evaluate = INDIRECT_VERBS.filter((v) => v.sense === 'evaluate').map((v) => v.verb);
  const clauses = [
    'respons BKN yang disebutnya lebih cepat dibanding pemilihan sebelumnya',
    'ASN yang sudah diingatkan tetap ikut kampanye di media sosial',
    'langkah pemkab yang dinilainya sudah sesuai aturan',
  ];
  const subjects: Array<[string, string]> = [
    ['Anggota Bawaslu RI', 'Sitti Nurjannah Lamusa'],
    ['Ketua Bawaslu KSB', 'Nurul Aini Fitriyani'],
    ['Kepala BKPSDM Bengkayang', 'Fransiskus Asun'],
  ];
  const rows = evaluate.map((verb, i) => [verb, clauses[i % clauses.length]!, ...subjects[i % subjects.length]!] as const);
  it.each(rows)('%s %s', (verb, clause, title, name) => {
    const ss = statementsOf([`${title}, ${name}, ${verb} ${clause}.`]);
    const s = find(ss, clause.split(' ').slice(0, 3).join(' '));
    expect(s, show(ss)).toBeDefined();
    expect(s!.quote.startsWith(verb), s!.quote).toBe(true);
    expect(s!.speaker?.name).toBe(name);
  });
  // negative rows: a plain noun phrase object states nothing
  it.each(evaluate.map((verb, i) => [verb, ['langkah cepat pemkab', 'putusan tersebut', 'arahan Wali Kota Bitung'][i % 3]!] as const))('%s %s: no statement', (verb, obj) => {
    expect(statementsOf([`Ketua Bawaslu Kota Bitung, Frangky Tumbel, ${verb} ${obj}.`])).toEqual([]);
  });
  // a coordinated report after the stance: the report, with the same speaker
  it.each(evaluate.map((verb, i) => [verb, ['dan mengajak', 'serta meminta', 'dan mengimbau'][i % 3]!] as const))('%s … %s …', (verb, coord) => {
    const ss = statementsOf([`Ketua Bawaslu Kabupaten Ngawi, Anik Setyowati, ${verb} kegiatan tersebut ${coord} masyarakat melapor bila menemukan ASN yang berpihak.`]);
    expect(find(ss, 'masyarakat melapor')?.speaker?.name, show(ss)).toBe('Anik Setyowati');
  });
});

describe('paradigm 4: a -nya passive inside a relative clause', () => {
  const verbs = ['disebutnya', 'dinilainya', 'dikatakannya'];
  it.each(verbs)('… yang %s …: the sentence subject speaks, no pronoun report', (verb) => {
    const ss = statementsOf([
      'Deputi Bidang Pengawasan BKN, Sri Rahayu Pamungkas, memaparkan pelanggaran terbanyak berupa kampanye di media sosial.',
      `Anggota Komisi II DPR, Andi Rahman Tjokro, mengkritik mutasi pejabat yang ${verb} sudah terlalu cepat setelah pelantikan kepala daerah.`,
    ]);
    expect(ss.filter((s) => s.speaker?.name === 'Sri Rahayu Pamungkas' && s.quote.includes('mutasi'))).toEqual([]);
    expect(find(ss, 'mutasi pejabat')?.speaker?.name, show(ss)).toBe('Andi Rahman Tjokro');
  });
});

describe('paradigm 5: a modal predicate opens three-word content', () => {
  const verbs = ['menyatakan', 'mengaku', 'menegaskan'];
  const rows = MODAL_PREDICATES.map((m, i) => [verbs[i % verbs.length]!, m] as const);
  it.each(rows)('%s %s memberikan klarifikasi', (verb, modal) => {
    const ss = statementsOf([`Camat Cigugur, Yayan Herdiansyah, S.STP., M.Si., yang dikonfirmasi terpisah ${verb} ${modal} memberikan klarifikasi.`]);
    expect(find(ss, `${modal} memberikan klarifikasi`)?.speaker?.name, show(ss)).toBe('Yayan Herdiansyah');
  });
  // negative rows: three words with no predicate first
  it.each(['hal yang sama', 'kesiapan memberikan klarifikasi', 'keinginan warga desa'])('menyatakan %s: none', (content) => {
    expect(statementsOf([`Camat Cigugur, Yayan Herdiansyah, menyatakan ${content}.`])).toEqual([]);
  });
});

describe('paradigm 6: quantified and demonstrative subjects after a marked verb', () => {
  const marked = ['menjelaskan', 'mengungkapkan', 'menyampaikan', 'memaparkan'];
  const rows = QUANTIFIER_DETERMINERS.map((q, i) => [marked[i % marked.length]!, q] as const);
  it.each(rows)('%s %s pelapor menyerahkan …', (verb, q) => {
    const ss = statementsOf([`Koordinator Divisi Penanganan Pelanggaran Bawaslu Barito Timur, Jhon Rikardo Lamba, ${verb} ${q} pelapor menyerahkan rekaman pertemuan di ruang guru.`]);
    expect(find(ss, 'menyerahkan rekaman')?.speaker?.name, show(ss)).toBe('Jhon Rikardo Lamba');
  });
  it.each(DEMONSTRATIVE_PREDICATE_PREPOSITIONS.flatMap((p) => ['itu', 'tersebut'].map((d) => [p, d] as const)))('menjelaskan keputusan %2$s %1$s rekomendasi BKN', (prep, dem) => {
    const ss = statementsOf([`Kepala BKPSDM Barito Timur, Dewi Natalia Ringkai, menjelaskan keputusan ${dem} ${prep} rekomendasi BKN.`]);
    expect(find(ss, `${prep} rekomendasi BKN`)?.speaker?.name, show(ss)).toBe('Dewi Natalia Ringkai');
  });
  // negative rows: a quantified object without a verb, or with a preposition before the verb; no demonstrative
  it.each([
    'menjelaskan seluruh tahapan pengawasan pilkada',
    'menyampaikan sejumlah aturan termasuk larangan memakai atribut',
    'menjelaskan para pelapor kepada wartawan',
    'menjelaskan keputusan berdasarkan rekomendasi BKN',
  ])('%s: no clause', (obj) => {
    expect(statementsOf([`Camat Cakung, Rizal Firmansyah, ${obj}.`])).toEqual([]);
  });
});

describe('paradigm 7: a report narrated in a subordinate clause', () => {
  const subs = SUBORDINATORS.filter((w) => ['setelah', 'sejak', 'karena', 'sebelum', 'ketika'].includes(w));
  const passives = ['resmi dinonaktifkan sementara dari jabatannya', 'diberhentikan dari jabatannya', 'dijatuhi sanksi penundaan pangkat'];
  const rows = subs.flatMap((sub, i) => passives.map((p, j) => [p, sub, ['Bawaslu Boltim', 'BKN', 'Komisi ASN'][(i + j) % 3]!] as const));
  it.each(rows)('Sangadi X %s %s %s menyatakan …: none', (passive, sub, body) => {
    const ss = statementsOf([`Sangadi Molobog Barat, Rusdi Paputungan, ${passive} ${sub} ${body} menyatakan dia terbukti ikut berkampanye untuk salah satu paslon.`]);
    expect(find(ss, 'terbukti ikut berkampanye'), show(ss)).toBeUndefined();
  });
  // negative rows: an active main verb (the subject's act), and a fronted subordinate clause closed by its comma
  it.each(subs)('Pj Bupati X resmi membebaskan Camat Y … %s BKN menyatakan …: the Pj Bupati', (sub) => {
    const ss = statementsOf([`Pj Bupati Labuhanbatu Utara, Hendrik Kurniawan Tarigan, resmi membebaskan Camat Kualuh Hilir dari jabatannya ${sub} BKN menyatakan camat tersebut terbukti menghadiri deklarasi.`]);
    expect(find(ss, 'terbukti menghadiri deklarasi')?.speaker?.name, show(ss)).toBe('Hendrik Kurniawan Tarigan');
  });
  it('Camat X, saat dikonfirmasi, mengatakan …: the camat', () => {
    const ss = statementsOf(['Camat Nuangan, Ridwan Mamonto, saat dikonfirmasi mengatakan pelayanan desa tetap berjalan normal.']);
    expect(find(ss, 'pelayanan desa tetap')?.speaker?.name, show(ss)).toBe('Ridwan Mamonto');
  });
});

describe('paradigm 8: a quote closed by singkatnya, its speaker named with a relative clause', () => {
  const marks: Array<[string, string]> = [["''", "''"], ['"', '"'], ['“', '”']];
  const verbs = ['singkatnya', 'ujarnya', 'katanya'];
  const names = ['Rusdi Paputungan', 'Yohanes Lawai', 'Marzuki Abdullah'];
  const rows = marks.flatMap(([o, c], i) => verbs.map((v, j) => [o, c, v, names[(i + j) % names.length]!] as const));
  it.each(rows)('%s…,%s %s (%s)', (open, close, verb, name) => {
    const ss = statementsOf([
      'Ketua Bawaslu Boltim, Asrianto Mokodompit, menjelaskan rekomendasi sudah dikirim ke Pj Bupati pada 5 Desember.',
      `${name} yang dihubungi terpisah belum mau banyak bicara. ${open}Saya hormati keputusan itu, tapi saya akan tempuh jalur hukum,${close} ${verb}.`,
    ]);
    expect(find(ss, 'Saya hormati keputusan')?.speaker?.name, show(ss)).toBe(name);
  });
  // negative rows: a thing before `yang` and a clause with no reporter's access is no person
  it.each(['Pesawat Kepresidenan yang digunakan Presiden', 'Kantor Camat Nuangan yang baru direnovasi', 'Mobil Dinas yang dipakai sangadi'])('%s …: the speaker named before', (thing) => {
    const ss = statementsOf([
      'Ketua Bawaslu Boltim, Asrianto Mokodompit, menjelaskan rekomendasi sudah dikirim ke Pj Bupati pada 5 Desember.',
      `${thing} sudah diperiksa tim. "Semua temuan akan kami teruskan ke Pj Bupati," ujarnya.`,
    ]);
    expect(find(ss, 'Semua temuan akan')?.speaker?.name, show(ss)).toBe('Asrianto Mokodompit');
  });
  // negative row: `Singkatnya,` opening a sentence is a connective, no quote verb
  it('Singkatnya, … opening a sentence', () => {
    const ss = statementsOf(['Singkatnya, pelayanan desa tetap berjalan normal selama proses hukum berlangsung di pengadilan.']);
    expect(ss).toEqual([]);
  });
});

describe('paradigm 9: a source inserted between a subject and its predicate', () => {
  const asides = ['menurut dia', 'menurutnya', 'menurut Sri Rahayu', 'menurut beliau'];
  const subjects = ['Guru dan tenaga kesehatan', 'Kepala desa di wilayah hulu', 'Sebagian besar terlapor', 'Pelanggaran terbanyak'];
  const rows = asides.flatMap((a, i) => subjects.map((sub, j) => [sub, a, j + i] as const));
  it.each(rows)('%s, %s, mendominasi … (%s)', (subject, aside) => {
    const ss = statementsOf([
      'Deputi Bidang Pengawasan dan Pengendalian BKN, Sri Rahayu Pamungkas, memaparkan hasil rekapitulasi pelanggaran netralitas ASN.',
      `${subject}, ${aside}, mendominasi daftar terlapor karena jumlahnya memang paling besar.`,
    ]);
    const s = find(ss, 'mendominasi daftar terlapor');
    expect(s?.quote.startsWith(subject), show(ss)).toBe(true);
    expect(s?.speaker?.name).toBe('Sri Rahayu Pamungkas');
  });
  // negative rows: a connective, a fronted adjunct or a subordinate clause before the aside frames the sentence
  it.each(['Sementara itu', 'Namun', 'Dalam rapat tersebut', 'Meski demikian'])('%s, menurut dia, …: the content after the aside', (opener) => {
    const ss = statementsOf([
      'Deputi Bidang Pengawasan dan Pengendalian BKN, Sri Rahayu Pamungkas, memaparkan hasil rekapitulasi pelanggaran netralitas ASN.',
      `${opener}, menurut dia, guru dan tenaga kesehatan mendominasi daftar terlapor.`,
    ]);
    expect(find(ss, 'mendominasi daftar terlapor')?.quote.startsWith('guru dan tenaga'), show(ss)).toBe(true);
  });
});
