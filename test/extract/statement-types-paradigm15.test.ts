// Paradigms of round 15 (issue 22): the kinds check16's type misses were of, each a structure crossed with its
// natural variation (verbs from the lexicon, subjects, regions, negation, position), with negative rows that must not
// fire. The decision rules are in src/lexicon/statement-types.ts ("Scope of a cue", "Speakerless reports").
//   A. speakerless reports: a passive request addressed to its subject, a sanction with its agent after `oleh`, a
//      sanction by an official or institution as the active subject; narration (no agent, the dateline's lead, a
//      reporting verb, a subordinate clause, a relative) stays no statement;
//   B. the scope of a cue: the conditional consequence (a renewal negated), the dare and the enforcement aimed at a
//      fronted generic offender, the request's content, the frame of hope, the bound before a numeral.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/extract/statements/classify.js';
import { ADDRESSED_PASSIVES } from '../../src/lexicon/statement-type-acts.js';
import { APPEAL_FRAMES, PERMISSIONS, RENEWING, SELF_INSTITUTIONS } from '../../src/lexicon/statement-type-words.js';
import { statementsOf } from './statement-cases.js';

const ADDRESSEES = ['Para camat', 'Seluruh kepala desa di Kabupaten Lombok Timur', 'ASN di lingkungan Pemerintah Kabupaten Berau', 'Kepala sekolah di Kecamatan Sungai Raya'];
const REGIONS = ['Kabupaten Tapin', 'Kabupaten Kerinci', 'Kota Bima', 'Kabupaten Teluk Bintuni'];

describe('A1: a request, order, appeal or prohibition in the passive, addressed to its subject', () => {
  const rows = ADDRESSED_PASSIVES.flatMap((verb, i) => [[ADDRESSEES[i % ADDRESSEES.length]!, verb, i % 2 === 0 ? 'agar tidak' : 'untuk tidak'] as const]);
  it.each(rows)('%s %s %s … is a statement with no one named', (subject, verb, comp) => {
    const ss = statementsOf([`${subject} ${verb} ${comp} menggunakan fasilitas negara untuk kegiatan kampanye selama tahapan pilkada.`]);
    expect(ss.length, verb).toBe(1);
    expect(['instruction', 'appeal', 'warning']).toContain(ss[0]!.type);
    expect(ss[0]!.speaker).toBeNull();
    expect(ss[0]!.certain).toBe(false);
  });
  it.each(ADDRESSEES)('%s … diminta agar …, with its agent after `oleh`, names the agent', (subject) => {
    const ss = statementsOf([`${subject} diminta oleh Bawaslu Kabupaten Tapin agar tidak memasang foto pasangan calon di kantor.`]);
    expect(ss.length).toBe(1);
    expect(ss[0]!.type).toBe('instruction');
  });
  // negative rows: a person speaking (a reporting verb), a subordinate clause, a relative, a headline
  it.each([
    'Para camat diminta agar tidak memasang baliho pasangan calon, kata Bupati di hadapan wartawan.',
    'Setelah para camat diminta agar netral, sejumlah kepala desa ikut apel bersama.',
    'Camat yang diminta hadir dalam rapat itu datang terlambat.',
    'Para Camat Diminta Tidak Memasang Baliho',
  ])('no statement: %s', (p) => {
    expect(statementsOf([p])).toEqual([]);
  });
});

describe('A2: a sanction reported with its agent', () => {
  const passives = ['dicopot dari jabatannya', 'diberhentikan sementara dari jabatannya', 'dijatuhi sanksi teguran tertulis', 'dinonaktifkan dari jabatannya'];
  const agents = ['Pj Bupati Aceh Tengah', 'Bupati Mamuju', 'Wali Kota Bima', 'Bupati Jember'];
  const rows = passives.flatMap((v, i) => agents.map((a, j) => [v, a, ['Seorang camat', 'Kepala Desa Tampa Padang', 'Empat kepala desa di Kecamatan Ledokombo yang terbukti mengantar warga ke TPS', 'Seorang bidan PPPK'][(i + j) % 4]!] as const));
  it.each(rows)('… %s oleh %s (%s)', (verb, agent, subject) => {
    // (a generic subject, `yang terbukti …`, reports only with a perfect marker: without it the sentence is a rule)
    const aspect = subject.includes(' yang ') ? 'telah ' : '';
    const ss = statementsOf([`${subject} ${aspect}${verb} oleh ${agent} setelah terbukti ikut berkampanye untuk salah satu pasangan calon.`]);
    expect(ss.length).toBe(1);
    expect(ss[0]!.type).toBe('sanction');
    expect(ss[0]!.certain).toBe(false);
  });
  it.each(REGIONS)('beside a quoted person in %s, the act is the reporter\'s narration', (region) => {
    const ss = statementsOf([
      `Bawaslu ${region} telah merekomendasikan dua camat ke Badan Kepegawaian Negara karena terbukti mengarahkan kepala desa.`,
      '"Kami minta semua pihak menghormati proses ini," kata Ketua Bawaslu, Ahmad Fauzi.',
    ]);
    expect(ss.filter((x) => x.rule.startsWith('act-'))).toEqual([]);
  });
  it.each(REGIONS)('Bawaslu %s telah merekomendasikan … ke BKN: the institution speaks', (region) => {
    const ss = statementsOf([`Bawaslu ${region} telah merekomendasikan dua camat ke Badan Kepegawaian Negara karena terbukti mengarahkan kepala desa mendukung salah satu pasangan calon.`]);
    expect(ss.length).toBe(1);
    expect(ss[0]!.type).toBe('sanction');
    expect(ss[0]!.speaker?.name).toBe(`Bawaslu ${region}`);
    expect(ss[0]!.certain).toBe(false);
  });
  // negative rows: no agent (what befell someone), the dateline's lead (the reporter's news), an investigation, a count
  it.each([
    ['no agent', 'Yulius dicopot dari jabatannya pada Februari 2021 setelah terbukti ikut berkampanye.'],
    ['the lead', 'TIDORE – Pemerintah Kota Tidore Kepulauan akhirnya menjatuhkan sanksi kepada seorang lurah yang terbukti ikut berkampanye.'],
    ['an investigation', 'Bawaslu Kabupaten Tapin memeriksa dua camat yang diduga mengarahkan kepala desa.'],
    ['a recorded count', 'Bawaslu Kabupaten Kapuas mencatat 17 dugaan pelanggaran netralitas ASN selama tahapan Pilkada 2024.'],
    ['another predicate first', 'Seorang camat menghadiri deklarasi pasangan calon dan dicopot oleh Bupati Mamuju.'],
  ])('no statement (%s)', (_kind, p) => {
    expect(statementsOf([p])).toEqual([]);
  });
});

describe('B: the scope of a cue', () => {
  const offices = ['kontraknya', 'jabatannya', 'tunjangannya'];
  const modals = ['bisa', 'akan', 'dapat'];
  const conditioned = RENEWING.flatMap((v, i) => [[offices[i % 3]!, modals[i % 3]!, v] as const]);
  it.each(conditioned)('Kalau terbukti berpihak, %s %s tidak %s: a warning', (office, modal, verb) => {
    expect(classify(`Kalau terbukti berpihak, ${office} ${modal} tidak ${verb} tahun depan.`).type).toBe('warning');
  });
  it.each(RENEWING)('%s asserted is no sanction nor threat', (verb) => {
    expect(['other', 'assessment']).toContain(classify(`Kontrak PPPK di Kabupaten Sanggau ${verb} tahun depan.`).type);
  });
  const offenders = ['Yang masih nekat ikut konvoi', 'Anggota yang foto dengan gaya jari', 'ASN yang masih ikut kampanye', 'Kepala desa yang hadir di deklarasi'];
  it.each(PERMISSIONS.filter((p) => !p.startsWith('di') && !p.startsWith('per')).flatMap((p) => offenders.map((o) => [o, p] as const)))('%s, %s berhadapan dengan Propam: a dare, a warning', (o, p) => {
    expect(classify(`${o}, ${p} berhadapan dengan Propam.`).type).toBe('warning');
  });
  it.each(offenders.flatMap((o) => ['akan kami periksa', 'tetap akan kami proses', 'akan diproses'].map((v) => [o, v] as const)))('%s … %s: the pledge against the offender, a warning', (o, v) => {
    expect(classify(`${o}, meskipun cuma bercanda, ${v} sesuai aturan.`).type).toBe('warning');
  });
  it.each(['Laporan yang masuk akan kami periksa satu per satu.', 'Yang hadir dalam rapat itu akan kami undang lagi pekan depan.'])('a thing or a guest fronted: %s is no threat', (q) => {
    expect(classify(q).type).toBe('commitment');
  });
  it.each(['mengimbau', 'mengajak', 'berharap'])('%s pemkab tidak menunda penjatuhan sanksi …: the appeal', (v) => {
    expect(classify(`${v} pemkab tidak menunda penjatuhan sanksi bagi ASN yang sudah direkomendasikan Bawaslu.`).type).toBe('appeal');
  });
  it('a condition after the appeal opens a threat of its own', () => {
    expect(classify('Kami mengimbau ASN netral, kalau melanggar jabatannya bisa dicopot.').type).toBe('warning');
  });
  it.each(APPEAL_FRAMES.filter((f) => classify(`${f} kami, ASN netral.`).type === 'appeal').flatMap((f) => ['kami', 'saya', 'kita'].map((p) => [f, p] as const)))('%s %s, … Jangan sampai …: the frame outranks the prohibition', (f, p) => {
    const frame = f[0]!.toUpperCase() + f.slice(1);
    expect(classify(`${frame} ${p}, para guru menjadi contoh. Jangan sampai murid-murid melihat gurunya berkampanye.`).type).toBe('appeal');
  });
  it('a sanction word inside the frame still threatens', () => {
    expect(classify('Harapan kami, ASN netral. Kalau ada yang melanggar, kami tindak tegas.').type).toBe('warning');
  });
  it('no frame: a prohibition forbids', () => {
    expect(classify('Para guru menjadi contoh. Jangan sampai murid-murid melihat gurunya berkampanye.').type).toBe('warning');
  });
  it.each([['paling', 'rendah', '21 tahun'], ['paling', 'sedikit', 'dua orang'], ['paling', 'banyak', 'tiga orang']])('a bound, %s %s %s, is no finding', (d, q, n) => {
    expect(classify(`Pendaftaran dibuka hingga 5 Januari dengan syarat ${d} ${q} ${n} dan berpendidikan minimal SMA.`).type).toBe('other');
  });
  it.each(['Pelanggaran paling banyak terjadi di Kecamatan Tebo Ulu.', 'Jumlah laporan lebih tinggi dari pemilu lalu.'])('a comparison with no numeral after it is a finding: %s', (q) => {
    expect(classify(q).type).toBe('assessment');
  });
});

describe("B2: the speaker's own government or unit as the subject of its future", () => {
  it.each(SELF_INSTITUTIONS)('%s akan menindaklanjuti …: a pledge', (w) => {
    expect(classify(`${w} akan menindaklanjuti setiap rekomendasi Bawaslu paling lama tujuh hari kerja.`).type).toBe('commitment');
  });
  it.each(SELF_INSTITUTIONS)('%s harus …: an order, never the side\'s obligation', (w) => {
    expect(classify(`${w} harus segera memanggil ASN yang dilaporkan Bawaslu.`).type).toBe('instruction');
  });
  it.each(SELF_INSTITUTIONS)('kami berharap %s akan …: the appeal heads it', (w) => {
    expect(classify(`Kami berharap ${w} akan memanggil ASN yang dilaporkan Bawaslu.`).type).toBe('appeal');
  });
});
