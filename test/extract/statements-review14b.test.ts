// Review fixes of round 14 (fix14b), each a kind crossed with its variation, with negative rows:
//   1. an adverbial before an aside (`Terhadap ASN yang terbukti, menurut X, sanksi …`, `Kemarin, menurut X, …`)
//      frames the sentence: it is no subject of the statement; a noun phrase before an aside whose content opens
//      with a predicate is (`Guru dan tenaga kesehatan, menurut dia, mendominasi …`);
//   2. an interview answer around bracketed turns (`… tindak. (Rina menimpali: …) Sisanya …`): the words before and
//      after every turn are the answer's;
//   3. a report in a subordinate clause (`… setelah Bawaslu menyatakan …`) is narrated only after a passive main
//      predicate: a `di-` word later in the main clause (`Dia mengatakan sudah dimintai …`) is no main verb.
import { describe, expect, it } from 'vitest';
import { ASIDE_FRAME_OPENERS } from '../../src/lexicon/attribution-aside.js';
import { FRONTED_ADJUNCT_OPENERS, SECTION_CONNECTIVES, SUBORDINATORS } from '../../src/lexicon/attribution.js';
import { endsInSubordinateSubject } from '../../src/extract/statements/clause.js';
import { isBlank } from '../../src/extract/statements/doc.js';
import type { Statement } from '../../src/model.js';
import { statementsOf } from './statement-cases.js';

const find = (ss: Statement[], frag: string): Statement | undefined => ss.find((s) => s.quote.includes(frag));
const show = (ss: Statement[]): string => ss.map((s) => `${s.quote.slice(0, 50)} [${s.speaker?.name ?? '-'}]`).join(' | ');
const LEAD = 'Deputi Bidang Pengawasan dan Pengendalian BKN, Sri Rahayu Pamungkas, memaparkan hasil rekapitulasi pelanggaran netralitas ASN.';

describe('finding 1: a frame before an aside is not the statement\'s subject', () => {
  const frames = ['Terhadap ASN yang terbukti', 'Kemarin', 'Tahun ini', 'Sejauh ini', 'Ke depan', 'Bagi ASN', 'Dari hasil pemeriksaan', 'Ya', 'Nah', 'Artinya'];
  const asides = ['menurut Ketua Bawaslu Garut Ade Sudrajat', 'menurut dia', 'menurutnya'];
  const contents = ['sanksi akan diberikan oleh BKN kepada pegawai itu.', 'akan diberikan sanksi oleh BKN kepada pegawai itu.'];
  const rows = frames.flatMap((f, i) => contents.map((c, j) => [f, asides[(i + j) % asides.length]!, c] as const));
  it.each(rows)('%s, %s, %s', (frame, aside, content) => {
    const ss = statementsOf([LEAD, `${frame}, ${aside}, ${content}`]);
    const s = find(ss, 'diberikan');
    expect(s, show(ss)).toBeDefined();
    expect(s!.quote.startsWith(content.slice(0, 10)), show(ss)).toBe(true);
  });
  // every opener of the four classes a frame may open with, before content opening with a predicate
  const openers = [...new Set([...ASIDE_FRAME_OPENERS, ...SECTION_CONNECTIVES, ...FRONTED_ADJUNCT_OPENERS, ...SUBORDINATORS])];
  it('ASIDE_FRAME_OPENERS holds only words the other three classes lack (a word belongs in one list)', () => {
    const others = new Set([...SECTION_CONNECTIVES, ...FRONTED_ADJUNCT_OPENERS, ...SUBORDINATORS]);
    expect(ASIDE_FRAME_OPENERS.filter((w) => others.has(w))).toEqual([]);
  });
  it.each(openers.map((w) => [w[0]!.toUpperCase() + w.slice(1)]))('%s …, menurut dia, akan …', (opener) => {
    const ss = statementsOf([LEAD, `${opener} pekan lalu, menurut dia, akan diberikan sanksi oleh BKN kepada pegawai itu.`]);
    expect(find(ss, 'diberikan')?.quote.startsWith('akan diberikan'), show(ss)).toBe(true);
  });
  // negative rows: a noun phrase subject before the aside, the content opening with a predicate, stays in
  it.each(['Guru dan tenaga kesehatan', 'Kepala desa di wilayah hulu', 'ASN yang terbukti', 'Pegawai kontrak'])('%s, menurut dia, akan …', (subject) => {
    const ss = statementsOf([LEAD, `${subject}, menurut dia, akan dijatuhi sanksi oleh BKN pekan depan.`]);
    expect(find(ss, 'dijatuhi sanksi')?.quote.startsWith(subject), show(ss)).toBe(true);
  });
});

describe('finding 2: an answer around bracketed turns keeps its words after each turn', () => {
  const lead = 'Wartawan kami berbincang dengan Ketua Bawaslu Kabupaten Malinau, Paulus Laing Ajang, didampingi Koordinator Divisi Penanganan Pelanggaran, Rina Apui. Berikut petikannya.';
  const interview = (answer: string): string[] => [
    lead,
    'Berapa laporan netralitas yang ditangani selama pilkada?',
    'Ada tujuh laporan. Empat ASN dan tiga kepala desa, semuanya sudah kami teruskan.',
    'Sudah ada sanksi?',
    answer,
    'Pesan untuk pemilihan berikutnya?',
    'Kalau ada PSU atau pilkades, jangan ulangi lagi. Kami sudah punya catatan nama-namanya.',
  ];
  const verbs = ['menimpali', 'menambahkan', 'kata'];
  const afters = ['Sisanya masih kami proses di sentra gakkumdu.', 'Tiga lainnya masih menunggu keputusan BKN pusat.'];
  const rows = verbs.flatMap((v) => afters.map((a) => [v, a] as const));
  it.each(rows)('… tindak. (Rina Apui %s: …) %s', (verb, after) => {
    const ss = statementsOf(interview(`Sebagian sudah kami tindak. (Rina Apui ${verb}: untuk ASN, dua sudah dijatuhi hukuman disiplin.) ${after}`));
    const s = find(ss, after.slice(0, 20));
    expect(s?.speaker?.name, show(ss)).toBe('Paulus Laing Ajang');
    expect(s?.quote.startsWith('Sebagian sudah kami tindak'), show(ss)).toBe(true);
    expect(find(ss, 'dua sudah dijatuhi')?.speaker?.name, show(ss)).toBe('Rina Apui');
  });
  it.each(verbs)('two turns with %s: the second is read, the words between kept', (verb) => {
    const ss = statementsOf(interview(`Sebagian sudah kami tindak. (Rina Apui ${verb}: untuk ASN, dua sudah dijatuhi hukuman disiplin.) Sisanya masih kami proses. (Rina Apui ${verb}: tiga kepala desa sudah diberi teguran tertulis.) Semua akan kami umumkan bulan depan.`));
    expect(find(ss, 'tiga kepala desa sudah')?.speaker?.name, show(ss)).toBe('Rina Apui');
    const s = find(ss, 'Semua akan kami umumkan');
    expect(s?.speaker?.name, show(ss)).toBe('Paulus Laing Ajang');
    expect(s?.quote.includes('Sisanya masih kami proses'), show(ss)).toBe(true);
  });
  // negative rows: the hand-over naming the turn's speaker is no answer; nothing after the turn adds nothing
  it.each(verbs)('Rina yang lebih tahu. (Rina Apui %s: …) alone', (verb) => {
    const ss = statementsOf(interview(`Rina yang lebih tahu. (Rina Apui ${verb}: untuk ASN, dua sudah dijatuhi hukuman disiplin.)`));
    expect(find(ss, 'yang lebih tahu'), show(ss)).toBeUndefined();
    expect(find(ss, 'dua sudah dijatuhi')?.speaker?.name, show(ss)).toBe('Rina Apui');
  });
});

describe('finding 3: only the main clause\'s predicate decides a report narrated in a subordinate clause', () => {
  const subs = SUBORDINATORS.filter((w) => ['setelah', 'sejak', 'karena', 'sebelum', 'ketika', 'saat'].includes(w));
  const actives = ['mengatakan sudah dimintai keterangan', 'mengaku pernah diperiksa', 'membantah telah dipanggil', 'berjanji tidak akan diulangi lagi'];
  const subjects = ['Ketua Bawaslu', 'BKN', 'Komisi ASN'];
  const rows = subs.flatMap((sub, i) => actives.map((a, j) => [a, sub, subjects[(i + j) % subjects.length]!] as const));
  it.each(rows)('Dia %s %s %s …: the main verb is active', (active, sub, subject) => {
    expect(endsInSubordinateSubject(`Dia ${active} ${sub} ${subject} `)).toBe(false);
  });
  // negative rows: a passive main predicate, after its adverbs, still narrates the report
  const passives = ['resmi dinonaktifkan sementara dari jabatannya', 'sudah diberhentikan dari jabatannya', 'dijatuhi sanksi penundaan pangkat'];
  const neg = subs.flatMap((sub, i) => passives.map((p, j) => [p, sub, subjects[(i + j) % subjects.length]!] as const));
  it.each(neg)('Sangadi X %s %s %s …: the main verb is passive', (passive, sub, subject) => {
    expect(endsInSubordinateSubject(`Sangadi Molobog Barat, Rusdi Paputungan, ${passive} ${sub} ${subject} `)).toBe(true);
  });
  it.each(subs)('Dia mengatakan sudah dimintai keterangan %s Ketua Bawaslu Garut menyatakan …: a statement', (sub) => {
    const ss = statementsOf([LEAD, `Kepala Desa Sukamaju, Asep Saepudin, mengatakan sudah dimintai keterangan ${sub} Ketua Bawaslu Garut menyatakan perkara itu akan diteruskan ke BKN.`]);
    expect(find(ss, 'akan diteruskan ke BKN'), show(ss)).toBeDefined();
  });
});

describe('finding 4: one blank-span helper (isBlank), white space alone or with closing punctuation', () => {
  const texts = ['', '   ', ' \u00a0\t\n', '\u2003\u3000', ' ., ', '.,;!?', ' ,\n.', ' a ', ':', '" ', ' -', '\u200b', ' x.'];
  it.each(texts.map((t) => [JSON.stringify(t), t]))('%s', (_shown, t) => {
    expect(isBlank(t, 0, t.length)).toBe(t.trim() === '');
    expect(isBlank(t, 0, t.length, true)).toBe(/^[\s.,;!?]*$/u.test(t));
  });
});
