// Paradigm tests for the statement-type kinds fixed in round 14 (types12, issue 22), read from the misses of the
// check14 set (released after its blind run) and of the type sets tuned on before, as kinds of clause, not phrases.
// Each table crosses the kind with its natural variation (verbs, subjects, titles, regions, negation, position),
// built from the lexicon's lists where one exists, with negative rows beside it that must not fire. The decision
// rule of each kind is written in src/lexicon/statement-types.ts (the scheme) and statement-type-words.ts (the
// classes).
//   1. the closed classes of request verbs: every act verb of attribution-verbs.ts that asks or orders has its type,
//      active and passive (`menyerukan`, `mendesak`, `mengharuskan`, `diharuskan`, `dianjurkan`, …);
//   2. the closed class of pledge verbs (`sanggup`, `berkomitmen`, `berjanji`, `menjamin`, …), negated none;
//   3. a clause's subject and its predicate however long the subject, when no verb stands between: a sanction noun
//      or an office word before a perfect passive (`keputusan penurunan jabatan … bagi seorang kepala bidang di dinas
//      pertanian sudah diserahkan`), the speaker's side before its future modal (`kami dari jajaran Dinas
//      Pendidikan akan …`); a regulating verb names a rule (`sanksi … sudah diatur`);
//   4. a generic subject or a condition before a passive report to a sanctioning body (`ASN yang kedapatan … akan
//      langsung dilaporkan ke BKN`): a threat;
//   5. the complete class of pay and what an office disburses (`dana kampungnya kami tahan`), demotion to a post
//      (`sudah kami turunkan jadi guru biasa`), a PPPK's contract ended (`diputus hubungan perjanjian kerjanya`);
//   6. negated hesitation before investigating (`tidak akan segan memeriksa`): a threat; investigating alone no
//      sanction (`sudah kami periksa`);
//   7. a title whose word reads as an act (`Kami hukum tua se-Kecamatan …`): a title, no sanction;
//   8. a temporal clause is background (`… dibatalkan setelah ada teguran dari dinas`); `setelah itu` an adverb;
//   9. attending an event is no pledge (`terbukti menghadiri deklarasi pasangan calon`);
//  10. a listed imperative base before an acronym, its object (`Jaga TPS …`); a quantity heading a relative clause
//      judges (`Banyak yang tidak sadar …`); a negated permission forbids, unless an order asks for it;
//  11. the jussive `agar` of a directive (`Seluruh ASN agar …`); the sanctioning bodies spelled out (`Komisi ASN`);
//  12. the speakerless paragraphs of the released check sets (passive instructions and sanctions, a circular's
//      prohibition, the sanctioning official as agent): the classifier types each as its gold says. The pipeline
//      finds no statement in them (no speaker: the attribution's), so the sets' scores do not count them yet.
import { describe, expect, it } from 'vitest';
import { INDIRECT_VERBS } from '../../src/lexicon/attribution.js';
import {
  DEMOTED_TO, INVESTIGATING, TEMPORAL_SUBORDINATORS, TYPE_FEATURES, WILLING,
} from '../../src/lexicon/statement-types.js';
import { classify } from '../../src/extract/statements/classify.js';
import { ACT_TITLES } from '../../src/extract/statements/type-titles.js';
import { loadTypedRows } from './statements-portal.js';

const type = (s: string): string => classify(s).type;
/** The scheme counts appeal and instruction as one type. */
const scheme = (t: string): string => (t === 'instruction' ? 'appeal' : t);
const REGIONS = ['Kabupaten Seruyan', 'Kabupaten Pesisir Barat', 'Kota Bitung', 'Kabupaten Berau', 'Kabupaten Lembata'];
const ADDRESSEES = ['seluruh camat', 'para kepala desa', 'seluruh ASN', 'para kepala sekolah', 'seluruh kepala pekon'];
const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;

describe('paradigm 1: the closed class of request verbs', () => {
  // Every act verb of the attribution lexicon that asks or orders, with its content (`X <verb> agar …`), has a
  // request's type. Not these, by the scheme's rules (statement-types.ts): a permission given is none of the
  // types, negated it forbids (paradigm 10); `melarang` forbids (a warning); `mempersilakan` invites (an appeal);
  // `mengusulkan` and `menuntut` also recommend and prosecute (`mengusulkan pemberhentian`, `jaksa menuntut …`),
  // left out of the request words.
  const permissions = new Set(TYPE_FEATURES.permit.words as readonly string[]);
  const notRequests = new Set(['melarang', 'mengusulkan', 'menuntut']);
  const verbs = INDIRECT_VERBS.filter((v) => v.act && (v.sense === 'ask' || v.sense === 'order') && !v.verb.includes(' '))
    .map((v) => v.verb).filter((v) => !permissions.has(v) && !notRequests.has(v));
  const rows = verbs.map((v, i) => [v, pick(ADDRESSEES, i), pick(REGIONS, i)] as const);
  it.each(rows)('%s %s di %s agar …: appeal or instruction', (verb, who, region) => {
    expect(scheme(type(`${verb} ${who} di ${region} agar menjaga netralitas selama tahapan pilkada`))).toBe('appeal');
  });
  // the passive forms of the request words, speakerless (`Seluruh kepala pekon … diminta agar …`)
  const passives = [...TYPE_FEATURES.order.words, ...TYPE_FEATURES.appeal.words].filter((w) => /^di[a-z]/u.test(w) && !permissions.has(w));
  const passiveRows = passives.map((w, i) => [w, pick(ADDRESSEES, i), pick(REGIONS, i)] as const);
  it.each(passiveRows)('%s: %s di %s … agar tidak …', (verb, who, region) => {
    const t = type(`${who[0]!.toUpperCase()}${who.slice(1)} di ${region} ${verb} agar tidak meninggalkan wilayah pada hari pemungutan suara.`);
    expect(scheme(t)).toBe('appeal');
  });
  // negative rows: the same words describing, with no content after them
  it.each([
    ['kebutuhan yang mendesak', 'Perbaikan jalan itu kebutuhan yang mendesak bagi warga desa.'],
    ['faktor yang mendorong', 'Faktor ekonomi yang mendorong pelanggaran itu terjadi di banyak desa.'],
    ['didorong angin', 'Perahu itu didorong arus sungai hingga ke hilir.'],
  ])('%s: no request', (_k, line) => {
    expect(scheme(type(line))).not.toBe('appeal');
  });
});

describe('paradigm 2: the closed class of pledge verbs', () => {
  const pledges = ['siap', 'bersedia', 'sanggup', 'berkomitmen', 'berjanji', 'bertekad', 'bersumpah', 'sepakat', 'menjamin', 'berikrar'];
  const subjects = ['Kami', 'Saya', 'Kami seluruh kepala desa', 'Kami para camat', 'Seluruh perbekel'];
  const rows = pledges.map((p, i) => [p, pick(subjects, i)] as const);
  it.each(rows)('%s (%s): commitment', (p, subject) => {
    expect(type(`${subject} ${p} menjaga netralitas sampai pelantikan kepala daerah terpilih.`)).toBe('commitment');
  });
  // (the willing words also pledge to receive a sanction: `sanggup diberhentikan jika …`)
  it.each(WILLING.map((w) => [w] as const))('kami %s diberhentikan jika terbukti: commitment', (w) => {
    expect(type(`Kami ${w} diberhentikan jika terbukti ikut berkampanye.`)).toBe('commitment');
  });
  // negative rows: negated, forbidden, asked for
  it.each(pledges.map((p, i) => [p, pick(subjects, i)] as const))('tidak %s: no commitment', (p, subject) => {
    expect(type(`${subject} tidak ${p} menjaga netralitas sampai pelantikan.`)).not.toBe('commitment');
  });
  it('a pledge word inside a prohibition: a warning', () => {
    expect(type('ASN dilarang ikut deklarasi pasangan calon maupun berkomitmen mendukung calon.')).toBe('warning');
  });
});

describe('paradigm 3: a clause subject and its predicate, however long the subject', () => {
  const nouns = ['keputusan penurunan jabatan setingkat lebih rendah', 'hukuman disiplin berupa penundaan kenaikan pangkat',
    'sanksi teguran tertulis', 'keputusan pemberhentian sementara', 'surat teguran keras'];
  const modifiers = ['', ' selama 12 bulan', ' bagi seorang kepala bidang di dinas pertanian', ' untuk dua guru yang terbukti ikut kampanye',
    ' terhadap kepala desa itu'];
  const predicates = ['sudah diserahkan langsung kepada yang bersangkutan', 'telah dikirim ke BKN', 'sudah kami serahkan kemarin',
    'sudah saya tanda tangani pagi ini', 'telah disampaikan kepada yang bersangkutan'];
  const rows = nouns.flatMap((n, i) => modifiers.map((m, j) => [n, m, pick(predicates, i + j)] as const));
  it.each(rows)('%s%s %s: sanction', (noun, mod, pred) => {
    const s = `${noun}${mod} ${pred}.`;
    expect(type(`${s[0]!.toUpperCase()}${s.slice(1)}`)).toBe('sanction');
  });
  // an office word as the subject of a passive removal (`tunjangan kinerja dua ASN yang terbukti … telah dipotong`)
  const offices = ['Tunjangan kinerja', 'Kenaikan pangkat', 'Gaji berkala', 'Honorarium', 'Penghasilan tetap'];
  const removals = ['telah dipotong 50 persen', 'sudah kami tunda', 'sudah ditahan', 'telah dicabut', 'sudah kami tahan'];
  it.each(offices.map((o, i) => [o, pick(removals, i)] as const))('%s dua ASN yang terbukti melanggar netralitas %s: sanction', (office, removal) => {
    expect(type(`${office} dua ASN yang terbukti melanggar netralitas ${removal}.`)).toBe('sanction');
  });
  // the speaker's side as the subject of a future modal, its subject modified or coordinated
  const selves = ['Kami dari jajaran Dinas Pendidikan', 'Saya pribadi dan keluarga', 'Kami di kecamatan dan kelurahan', 'Kami selaku kepala desa',
    'Insyaallah kami dari Kodim 1613'];
  const futures = ['akan menjaga netralitas sampai pelantikan', 'tidak akan ikut dalam kegiatan kampanye apa pun', 'akan tetap melayani semua warga'];
  it.each(selves.flatMap((s, i) => futures.map((f) => [s, f] as const).slice(0, 2 + (i % 2))))('%s %s: commitment', (self, future) => {
    expect(type(`${self} ${future}.`)).toBe('commitment');
  });
  // negative rows: a regulating verb names a rule; the modal of another clause; a verb between the subject and
  // the modal makes another subject's future
  it.each([
    ['diatur', 'Sanksi bagi ASN yang tidak netral sudah diatur dengan jelas dalam peraturan pemerintah.'],
    ['dijelaskan', 'Hukuman disiplin bagi pegawai yang terbukti melanggar sudah dijelaskan dalam sosialisasi.'],
    ['not yet', 'Keputusan penurunan jabatan bagi kepala bidang itu akan diserahkan pekan depan.'],
  ])('%s: no sanction', (_k, line) => {
    expect(type(line)).not.toBe('sanction');
  });
  it.each([
    'Kami melihat ASN di desa itu akan sulit netral.',
    'Kami menerima laporan warga, camat itu akan dipanggil.',
  ])('%s: no commitment', (line) => {
    expect(type(line)).not.toBe('commitment');
  });
});

describe('paradigm 4: a generic subject before a passive report to a sanctioning body', () => {
  const generics = ['ASN yang kedapatan ikut kampanye', 'Siapa pun yang ketahuan berfoto dengan calon', 'Kepala desa yang terbukti tidak netral',
    'Kalau ada guru yang mengunggah dukungan, yang bersangkutan', 'Pegawai yang tertangkap tangan membagikan uang'];
  const reports = ['akan langsung dilaporkan ke BKN', 'akan dilaporkan ke KASN', 'langsung dilaporkan ke Inspektorat', 'akan kami laporkan ke BKN',
    'akan diteruskan ke Badan Kepegawaian Negara'];
  it.each(generics.flatMap((g, i) => [[g, pick(reports, i)], [g, pick(reports, i + 2)]] as const))('%s %s: warning', (g, r) => {
    expect(type(`${g} ${r} tanpa menunggu teguran lisan.`)).toBe('warning');
  });
  // negative rows: reported as done is a complaint; to no sanctioning body a plan
  it.each([
    'Dua ASN itu sudah dilaporkan ke Bawaslu oleh warga pekan lalu.',
    'Hasil pemantauan akan dilaporkan ke Pj Bupati setiap pekan.',
  ])('%s: no warning', (line) => {
    expect(type(line)).not.toBe('warning');
  });
});

describe('paradigm 5: what an office loses (pay, funds, rank, contract) and demotion', () => {
  const office = TYPE_FEATURES.office.words as readonly string[];
  const pay = ['dana', 'honorarium', 'insentif', 'siltap', 'penghasilan', 'tukin', 'upah', 'honor'].filter((w) => office.includes(w));
  it('the pay class is in the lexicon', () => expect(pay.length).toBe(8));
  const owners = ['kepala kampung', 'kepala desa', 'perangkat nagari', 'guru honorer'];
  // under a generic subject a threat, reported as done a sanction
  it.each(pay.map((w, i) => [w, pick(owners, i)] as const))('%s (%s): warning under a generic subject, sanction when done', (w, owner) => {
    expect(type(`Siapa pun ${owner} yang ketahuan bagi-bagi beras atas nama calon, ${w}nya kami tahan.`)).toBe('warning');
    expect(type(`${w[0]!.toUpperCase()}${w.slice(1)} ${owner} itu sudah kami tahan sejak bulan lalu.`)).toBe('sanction');
  });
  const posts = ['guru biasa', 'staf pelaksana', 'pegawai biasa', 'staf di kecamatan'];
  it.each(DEMOTED_TO.flatMap((d, i) => [[d, pick(posts, i)], [d, pick(posts, i + 1)]] as const))('diturunkan %s %s', (d, post) => {
    expect(type(`Dua kepala sekolah itu sudah kami turunkan ${d} ${post}.`)).toBe('sanction');
    expect(type(`Kepala sekolah yang terbukti berkampanye akan diturunkan ${d} ${post}.`)).toBe('warning');
  });
  it.each([
    'Seorang bidan PPPK diputus hubungan perjanjian kerjanya oleh Bupati Seruyan.',
    'Kontrak dua tenaga kesehatan PPPK itu sudah diputus bupati.',
  ])('%s: sanction', (line) => expect(type(line)).toBe('sanction'));
  // negative rows: no office beside the verb; funds not withheld
  it.each([
    'Perkara itu sudah diputus bersalah oleh pengadilan negeri.',
    'Pencairan dana desa tahap kedua berjalan lancar di seluruh kecamatan.',
  ])('%s: no sanction', (line) => expect(type(line)).not.toBe('sanction'));
});

describe('paradigm 6: a negated hesitation before investigating', () => {
  const active = INVESTIGATING.filter((w) => w.startsWith('me'));
  const hesitations = TYPE_FEATURES.hesitate.words as readonly string[];
  const subjects = ['pihaknya', 'kami', 'Inspektorat'];
  const negations = ['tidak', 'tidak akan', 'tak'];
  const rows = active.map((v, i) => [pick(subjects, i), pick(negations, i), pick(hesitations, i), v] as const);
  it.each(rows)('%s %s %s %s …: warning', (s, neg, h, v) => {
    expect(type(`${s} ${neg} ${h} ${v} kepala OPD yang membiarkan bawahannya berkampanye di jam kerja.`)).toBe('warning');
  });
  // negative rows: investigating reported or planned, without a hesitation, is no sanction nor threat
  it.each([
    ['sanction', 'Camatnya sudah kami periksa satu kali minggu ini.'],
    ['sanction', 'Ketiganya sudah kami panggil dan mengakui unggahan itu.'],
    ['warning', 'Setiap laporan yang masuk akan kami periksa paling lambat tiga hari.'],
    ['warning', 'Jangan ragu melapor kalau melihat ASN ikut kampanye.'],
  ])('not %s: %s', (t, line) => expect(type(line)).not.toBe(t));
});

describe('paradigm 7: a title whose word reads as an act is a title', () => {
  it('the titles are worked out from the officials lexicon', () => expect(ACT_TITLES).toContain('hukum tua'));
  const rows = ACT_TITLES.flatMap((t) => ['Kauditan', 'Tombatu', 'Langowan'].map((k) => [t, k] as const));
  it.each(rows)('kami %s se-Kecamatan %s sepakat …: commitment', (title, kec) => {
    expect(type(`Kami ${title} se-Kecamatan ${kec} sepakat menjaga netralitas. Kantor desa kami pastikan bukan posko siapa pun.`)).toBe('commitment');
  });
  // negative row: the verb itself still punishes
  it('kalau terbukti, akan kami hukum: warning', () => {
    expect(type('Kalau terbukti, yang bersangkutan akan kami hukum sesuai aturan.')).toBe('warning');
  });
});

describe('paradigm 8: a temporal clause is background', () => {
  const background = ['ada teguran dari dinas', 'dijatuhi hukuman disiplin', 'dicopot dari jabatannya', 'direkomendasikan ke BKN'];
  const rows = TEMPORAL_SUBORDINATORS.map((t, i) => [t, pick(background, i)] as const);
  it.each(rows)('… dibatalkan %s %s: other', (sub, bg) => {
    expect(type(`Namun, rencana pelantikan itu dibatalkan ${sub} ${bg}.`)).toBe('other');
  });
  // negative rows: after a demonstrative an adverb; the main clause's act counts; `sejak` dates the act
  it.each([
    'Setelah itu dia dicopot dari jabatannya oleh bupati.',
    'Camat itu telah dicopot dari jabatannya setelah terbukti mengarahkan kepala desa.',
    'Sejak Oktober sudah empat kepala desa yang kami berhentikan sementara.',
  ])('%s: sanction', (line) => expect(type(line)).toBe('sanction'));
});

describe('paradigm 9: attending an event is no pledge', () => {
  const attending = ['menghadiri', 'mendatangi'];
  const events = ['deklarasi salah satu pasangan calon', 'deklarasi relawan calon bupati', 'ikrar tim pemenangan'];
  it.each(attending.flatMap((a) => events.map((e) => [a, e] as const)))('terbukti %s %s: no commitment', (a, e) => {
    expect(type(`Camat tersebut terbukti ${a} ${e}.`)).not.toBe('commitment');
  });
  it('a declaration of the speaker\'s side pledges', () => {
    expect(type('Kami mendeklarasikan netralitas ASN di halaman kantor bupati.')).toBe('commitment');
  });
});

describe('paradigm 10: imperative bases before an acronym, quantities heading a relative clause, negated permissions', () => {
  const bases = ['Jaga', 'Awasi', 'Catat', 'Periksa', 'Cek'];
  const acronyms = ['TPS', 'ASN', 'KTP', 'PPK'];
  it.each(bases.map((b, i) => [b, pick(acronyms, i)] as const))('%s %s …: instruction', (b, a) => {
    expect(type(`${b} ${a} sampai penghitungan selesai, lalu laporkan ke posko.`)).toBe('instruction');
  });
  it('a -kan form before a name heads a noun phrase', () => {
    expect(type('Pasukan TNI berjaga di sekitar gudang logistik KPU.')).not.toBe('instruction');
  });
  it.each(['Banyak yang tidak sadar', 'Tidak sedikit yang belum paham', 'Sedikit yang tahu'])('%s …: assessment', (q) => {
    expect(type(`${q} bahwa membagikan unggahan calon sudah masuk kategori pelanggaran.`)).toBe('assessment');
  });
  it('a quantity as a modifier judges nothing', () => {
    expect(type('Banyak hal yang harus disiapkan sebelum hari pemungutan suara.')).not.toBe('assessment');
  });
  const permits = ['mengizinkan', 'membolehkan', 'memperbolehkan', 'memperkenankan'];
  it.each(permits.map((p, i) => [p, pick(ADDRESSEES, i)] as const))('tidak %s %s …: warning; asked for, the order\'s', (p, who) => {
    expect(type(`Bupati tidak ${p} ${who} hadir dalam kampanye pasangan calon.`)).toBe('warning');
    expect(type(`Para kepala sekolah diminta agar tidak ${p} halaman sekolah dipakai untuk kampanye.`)).toBe('instruction');
  });
  it.each(permits)('%s, not negated: no warning', (p) => {
    expect(type(`Bupati ${p} camat hadir dalam rapat koordinasi pengawasan.`)).not.toBe('warning');
  });
});

describe('paradigm 11: the jussive `agar` of a directive, and the sanctioning bodies spelled out', () => {
  const heads = ['Seluruh', 'Para', 'Setiap', 'Semua', 'kepada seluruh'];
  const addressees = ['ASN di lingkungan Pemkab', 'kepala desa', 'camat dan lurah', 'kapolres'];
  const contents = ['segera menurunkan baliho calon', 'tidak meninggalkan wilayah pada hari pemungutan suara', 'menjaga netralitas'];
  const rows = heads.flatMap((h, i) => ['agar', 'supaya'].map((c, j) => [h, pick(addressees, i + j), c, pick(contents, i + j)] as const));
  it.each(rows)('%s %s %s %s: instruction', (h, who, c, what) => {
    expect(type(`${h} ${who} ${c} ${what}.`)).toBe('instruction');
  });
  // a responsibility assigned to such an addressee obliges it (RESPONSIBILITY); of the speaker's side or a named
  // subject it describes
  it.each(heads.slice(0, 4).map((h, i) => [h, pick(['camat', 'pimpinan perangkat daerah', 'kepala sekolah'], i)] as const))(
    'Saya tegaskan, %s %s bertanggung jawab …: instruction', (h, who) => {
      expect(type(`Saya tegaskan, ${h.toLowerCase()} ${who} bertanggung jawab penuh atas netralitas bawahannya.`)).toBe('instruction');
    });
  it.each(['Kami bertanggung jawab atas netralitas pegawai kami.', 'Kepala dinas bertanggung jawab atas pelaksanaan kegiatan itu.'])(
    '%s: no instruction', (line) => expect(type(line)).not.toBe('instruction'));
  it('opening the content of a verb of saying: instruction', () => {
    expect(type('agar setiap pimpinan perangkat daerah menjadi teladan netralitas bagi bawahannya.')).toBe('instruction');
  });
  // negative rows: after a predicate, a pronoun or a comma, `agar` opens a purpose
  it.each([
    'Sinergi ini penting supaya tidak ada celah.',
    'Kami akan kumpulkan seluruh kepala sekolah, supaya tidak terulang.',
    'Seluruh camat sudah hadir agar rapat bisa dimulai.',
    'Acara sosialisasi ini kami laksanakan di tiga zona agar camat yang jauh tidak perlu datang.',
    'Seluruh pengawas desa bekerja keras agar pilkada berjalan damai.',
  ])('%s: no instruction', (line) => expect(type(line)).not.toBe('instruction'));
  const bodies = ['Komisi ASN', 'Komisi Aparatur Sipil Negara', 'KASN', 'BKN'];
  it.each(bodies)('telah merekomendasikan … kepada %s: sanction; under a condition a threat', (b) => {
    expect(type(`Bawaslu telah merekomendasikan empat lurah yang terbukti tidak netral kepada ${b}.`)).toBe('sanction');
    expect(type(`Kalau nanti terbukti, kasusnya kami teruskan ke ${b}.`)).toBe('warning');
  });
  it('a commission that sanctions nobody: no sanction', () => {
    expect(type('Bawaslu telah merekomendasikan empat nama kepada Komisi II DPR.')).not.toBe('sanction');
  });
});

describe('paradigm 12: the speakerless paragraphs of the released check sets, typed by the classifier', () => {
  const sets = ['check10', 'check12', 'check14', 'lead-check', 'regional'];
  const rows = sets.flatMap((set) => loadTypedRows(`fixtures/statements/types/${set}.tsv`)
    .filter((r) => r.speaker === null).map((r) => [`${set}:${r.n}`, r.type, r.text] as const));
  it('there are speakerless rows', () => expect(rows.length).toBeGreaterThanOrEqual(17));
  it.each(rows)('%s: %s', (_id, gold, text) => expect(type(text)).toBe(gold));
});
