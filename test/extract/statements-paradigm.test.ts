// Paradigm tests for the attribution frames (issue 22, quotes6): each table crosses a frame with its natural
// variation, built from the lexicon's own lists (src/lexicon/attribution.ts), so a rule passes only when it holds
// for the whole class, not for the sentence it was written on. Negative rows sit beside each table.
//   1. quote marks (straight, curly double, curly single, escaped, doubled apostrophes, guillemets) x every short
//      quote verb after the quote x speaker form (surname, the verb with -nya, a pronoun after the verb);
//   2. every reporting verb before a direct quote (comma or colon) x speaker form (name after a title in
//      apposition, a name with degrees between commas, a pronoun in the next paragraph);
//   3. every reporting verb of indirect speech with its complement (bahwa; a comma; a clause for `any` verbs; a
//      purpose clause for order verbs) x speaker form; `marked` verbs with a plain object report nothing;
//   4. passive report verbs after `demikian` and the -nya passives; apostrophes and scare quotes are no quotes.
// Before (1249bba): the curly single marks were no quote marks (table 1's ‘…’ rows found nothing), the verbs added
// in this change (cetus, seloroh, kenang, tanya, …; menandaskan, menyerukan, mencontohkan, mengemukakan, …) reported
// nothing, and a name with degrees after it between commas (`Nama, S.H., M.H., menilai`) gave no speaker.
import { describe, expect, it } from 'vitest';
import {
  CLAUSE_PREDICATE_MARKERS,
  DESCRIPTIVE_DEMONSTRATIVES,
  DESCRIPTIVE_HEADS,
  FRONTED_ADJUNCT_OPENERS,
  INDIRECT_VERBS,
  PASSIVE_NYA_VERBS,
  PASSIVE_REPORT_VERBS,
  QUOTE_INTRO_VERBS,
  QUOTE_VERBS,
  REPORT_CLOSERS,
  REPORT_NOUNS,
  SPEAKER_INSTITUTION_HEADS,
} from '../../src/lexicon/attribution.js';
import { statementsOf } from './statement-cases.js';

const FULL = 'Muhammad Syahrial Fadli';
const INTRO = `Ketua Bawaslu Kabupaten Sumbawa, ${FULL}, menghadiri rapat koordinasi pengawasan netralitas ASN di aula kantor bupati, Senin.`;
const sameName = (s: string | null | undefined): boolean => s === FULL;

/** [name, open, close]: the quote mark styles one article may use. */
const MARKS: ReadonlyArray<[string, string, string]> = [
  ['straight', '"', '"'],
  ['curly', '“', '”'],
  ['curly single', '‘', '’'],
  ['escaped', '\\"', '\\"'],
  ['doubled apostrophes', "''", "''"],
  ['guillemets', '«', '»'],
  ['doubled curly single', '‘‘', '’’'],
  ['autocorrected doubled apostrophes', '‘’', '’’'],
];

const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

describe('paradigm 1: quote marks x quote verbs after the quote x speaker form', () => {
  const rows = QUOTE_VERBS.flatMap((verb) => MARKS.map(([mark, o, c]) => [verb, mark, o, c] as const));
  it.each(rows)('%s with %s marks', (verb, _mark, o, c) => {
    const ss = statementsOf([
      INTRO,
      `${o}Pegawai yang terbukti ikut kampanye akan kami rekomendasikan ke KASN,${c} ${verb} Syahrial.`,
      `${o}Tidak ada pengecualian bagi pejabat eselon mana pun di kabupaten ini,${c} ${verb}nya.`,
      `${o}Laporan warga selalu kami tindak lanjuti dalam waktu tiga hari kerja,${c} ${verb} dia.`,
    ]);
    const find = (frag: string) => ss.find((s) => s.quote.includes(frag));
    for (const frag of ['terbukti ikut kampanye', 'Tidak ada pengecualian', 'Laporan warga selalu']) {
      const s = find(frag);
      expect(s, frag).toBeDefined();
      expect(s!.quote, frag).not.toMatch(/["“”‘’«»\\]/u);
      expect(sameName(s!.speaker?.name), `${frag} → ${s!.speaker?.name}`).toBe(true);
    }
  });
  // negative rows: apostrophes inside words and a term in single marks inside a sentence are no statement; a
  // single mark nested in a double-marked quote leaves the quote whole
  it.each<[string, string[], string[]]>([
    ['apostrophes inside words', ['Warga berkumpul di masjid setelah salat Jum’at untuk membaca Qur’an bersama tokoh adat setempat.'], []],
    ['a term in single marks', ['Bawaslu memetakan kerawanan ‘serangan fajar’ di tiga kecamatan menjelang hari pemungutan suara.'], []],
    [
      'single marks nested in a quote',
      [INTRO, '“Kami awasi praktik ‘serangan fajar’ sampai hari Jum’at nanti di semua desa,” kata Syahrial.'],
      ['Kami awasi praktik ‘serangan fajar’ sampai hari Jum’at nanti di semua desa'],
    ],
  ])('%s', (_name, paras, quotes) => {
    expect(statementsOf(paras).map((s) => s.quote.replace(/[.,]$/u, ''))).toEqual(quotes);
  });
});

/** The speaker forms of a subject before a reporting verb, each with the name it resolves to. */
const SUBJECTS: ReadonlyArray<[string, string[], string]> = [
  ['title, name,', [], `Ketua Bawaslu Kabupaten Sumbawa, ${FULL},`],
  ['name with degrees between commas', [], `Pakar hukum Universitas Samawa, Dr. ${FULL}, S.H., M.H.,`],
  ['honorifics and one degree', [], `Pengamat politik Universitas Samawa, Prof. Dr. ${FULL}, M.Si.,`],
  ['honorifics and two degrees', [], `Pakar hukum tata negara, Prof. Dr. ${FULL}, S.H., M.H.,`],
  ['pronoun after the named speaker', [INTRO], 'Ia'],
];

describe('paradigm 2: reporting verbs before a direct quote x speaker form', () => {
  const verbs = [...new Set([...INDIRECT_VERBS.map((v) => v.verb), ...QUOTE_INTRO_VERBS])];
  // the comma and the colon alternate from verb to verb (each form meets both many times)
  const rows = verbs.flatMap((verb, i) => SUBJECTS.map(([form, pre, subj], j) => [verb, form, (i + j) % 2 ? ':' : ',', pre, subj] as const));
  it.each(rows)('%s (%s, %s)', (verb, _form, p, pre, subj) => {
    const ss = statementsOf([...pre, `${subj} ${verb}${p} “Setiap laporan netralitas pegawai kami periksa sampai tuntas tanpa pandang bulu.”`]);
    const s = ss.find((x) => x.quote.includes('Setiap laporan netralitas'));
    expect(s).toBeDefined();
    expect(s!.kind).toBe('direct');
    expect(sameName(s!.speaker?.name), `→ ${s!.speaker?.name}`).toBe(true);
  });
});

describe('paradigm 3: reporting verbs of indirect speech x complement x speaker form', () => {
  const CONTENT = 'seluruh ASN wajib menjaga netralitas selama tahapan pilkada berlangsung';
  const withVerb = new Set(INDIRECT_VERBS.filter((v) => v.withVerb).map((v) => v.verb));
  const rows = INDIRECT_VERBS.filter((v) => !v.verb.includes(' ')).flatMap((v) => {
    const complements =
      v.content === 'order'
        ? [`para camat untuk mengawasi ${CONTENT}`]
        : v.content === 'any'
          ? [`bahwa ${CONTENT}`, CONTENT]
          : [`bahwa ${CONTENT}`, `, ${CONTENT}`];
    // the three forms that differ most: title and name, honorifics and degrees around the name, a pronoun
    return complements.flatMap((comp) => SUBJECTS.filter((_, j) => j % 2 === 0).map(([form, pre, subj]) => [v.verb, form, comp, pre, subj] as const));
  });
  it.each(rows)('%s (%s): %s', (verb, _form, comp, pre, subj) => {
    const sep = comp.startsWith(',') ? '' : ' ';
    const ss = statementsOf([...pre, `${subj} ${verb}${sep}${comp}.`]);
    const s = ss.find((x) => x.quote.includes('wajib menjaga netralitas'));
    expect(s, ss.map((x) => x.quote).join(' | ')).toBeDefined();
    expect(s!.kind).toBe('indirect');
    // (a verb whose content reads as its opposite without it, `melarang`, opens the quote)
    expect(s!.quote.startsWith(verb)).toBe(withVerb.has(verb));
    expect(sameName(s!.speaker?.name), `→ ${s!.speaker?.name}`).toBe(true);
  });
  // negative rows: a `marked` verb with a plain object (a noun, then a preposition or a relative clause) reports
  // nothing; nor does a reporting verb after a blocker (`yang`, `untuk`, `tidak`)
  const marked = INDIRECT_VERBS.filter((v) => v.content === 'marked' && !v.verb.includes(' ')).map((v) => v.verb);
  it.each(marked)('%s with a plain object reports nothing', (verb) => {
    const ss = statementsOf([INTRO, `Syahrial ${verb} sejumlah catatan kepada panitia penyelenggara rapat koordinasi itu.`]);
    expect(ss.filter((s) => s.quote.includes('catatan kepada panitia'))).toEqual([]);
  });
  it.each(['yang', 'untuk', 'tidak'])('a reporting verb after `%s` is no main verb', (blocker) => {
    const ss = statementsOf([INTRO, `Rapat itu digelar ${blocker} menegaskan seluruh ASN wajib menjaga netralitas selama tahapan pilkada.`]);
    expect(ss.filter((s) => s.quote.includes('wajib menjaga netralitas'))).toEqual([]);
  });
});

describe('paradigm 4: passive report verbs after the quote and the -nya passives', () => {
  const passives = PASSIVE_REPORT_VERBS.flatMap((verb) => REPORT_CLOSERS.map((closer) => [closer, verb] as const));
  it.each(passives)('“…,” %s %s Syahrial', (closer, verb) => {
    const ss = statementsOf([INTRO, `“Pegawai yang ikut kampanye akan kami rekomendasikan ke KASN,” ${closer} ${verb} Syahrial.`]);
    const s = ss.find((x) => x.quote.includes('ikut kampanye'));
    expect(s).toBeDefined();
    expect(sameName(s!.speaker?.name), `→ ${s!.speaker?.name}`).toBe(true);
  });
  it.each(PASSIVE_NYA_VERBS)('%s, … after the named speaker', (verb) => {
    const ss = statementsOf([INTRO, `${cap(verb)}, seluruh ASN wajib menjaga netralitas selama tahapan pilkada berlangsung.`]);
    const s = ss.find((x) => x.quote.includes('wajib menjaga netralitas'));
    expect(s).toBeDefined();
    expect(sameName(s!.speaker?.name), `→ ${s!.speaker?.name}`).toBe(true);
  });
});

// 5. A nickname given after a title in apposition (`Title, Full Name, yang akrab disapa Nick, mengatakan …`) x the
//    title's length (short; the institution spelled out with its acronym; a long division title) x the cue x the
//    nickname's form (with an honorific of address, bare): the full name speaks, whatever form the later
//    attributions use. Before (1249bba): with a title longer than 70 characters the officials extractor's reading
//    of the nickname as the name won (`Bung Arif`), since the title clause was cut before its title word.
describe('paradigm 5: a nickname after a title in apposition x title length x cue x nickname form', () => {
  const TITLES = [
    'Ketua Apdesi Sumbawa Barat',
    'Ketua Asosiasi Pemerintah Desa Seluruh Indonesia (Apdesi) Kabupaten Sumbawa Barat',
    'Anggota Badan Pengawas Pemilihan Umum Kabupaten Sumbawa Barat Divisi Penanganan Pelanggaran',
  ];
  const CUES = ['yang akrab disapa', 'yang biasa disapa', 'yang akrab dipanggil'];
  const NICKS = ['Bung Arif', 'Kang Arif', 'Arif'];
  const rows = TITLES.flatMap((t) => CUES.flatMap((c) => NICKS.map((n) => [t.length, c, n, t] as const)));
  it.each(rows)('title of %i characters, %s %s', (_len, cue, nick, title) => {
    const ss = statementsOf([
      `${title}, Muhammad Syarifuddin Alwi, ${cue} ${nick}, mengatakan deklarasi itu lahir dari kesepakatan para kepala desa sendiri.`,
      `"Tidak ada paksaan dari siapa pun," kata ${nick} kepada wartawan usai acara.`,
      `Menurut ${nick}, kepala desa yang melanggar kesepakatan akan diberi sanksi moral oleh asosiasi.`,
    ]);
    for (const frag of ['deklarasi itu lahir', 'Tidak ada paksaan', 'kepala desa yang melanggar']) {
      const s = ss.find((x) => x.quote.includes(frag));
      expect(s, frag).toBeDefined();
      expect(s!.speaker?.name, frag).toBe('Muhammad Syarifuddin Alwi');
    }
  });
  // negative row: a word after a comma in a long clause with no title word is no person named in apposition
  it('a long clause without a title word names no person in apposition', () => {
    const ss = statementsOf([
      'Rapat koordinasi pengawasan netralitas aparatur sipil negara di aula kantor bupati Sumbawa Barat, Senin, berlangsung tertib. "Semua pegawai wajib netral," katanya.',
    ]);
    expect(ss.map((s) => s.speaker?.name ?? null)).toEqual([null]);
  });
});

// 6. A statement noun after `demikian`/`begitu` with its speaker (`"…," demikian keterangan tertulis DPC Partai X`)
//    x every REPORT_NOUNS word x qualifier (none, `tertulis`, `resmi`) x speaker (an institution by each of the
//    institution heads added for speakers; -nya after the noun: the last speaker). Before (1249bba): none of these
//    quotes was attributed (`demikian` took only passive verbs), and `DPD Partai X` or `Panwascam X` after a quote
//    was no speaker; an acronym of four capitals or more alone (`PPATK mengungkap …`) was read as a person.
describe('paradigm 6: a statement noun after demikian x qualifier x institution speaker', () => {
  const INSTITUTIONS = SPEAKER_INSTITUTION_HEADS.filter((h) => !['republik', 'kerajaan', 'negara'].includes(h)).map(
    (h) => `${h.length <= 4 ? h.toUpperCase() : cap(h)} Kabupaten Sumbawa`,
  );
  const rows = REPORT_NOUNS.flatMap((noun, i) =>
    ['', ' tertulis', ' resmi'].map((q, j) => [noun, q, INSTITUTIONS[(i * 3 + j) % INSTITUTIONS.length]!] as const),
  );
  it.each(rows)('“…,” %s%s %s', (noun, qual, inst) => {
    const ss = statementsOf([`“Seluruh kader dilarang melibatkan ASN dalam kegiatan kampanye,” ${REPORT_CLOSERS[0]} ${noun}${qual} ${inst} yang diterima wartawan, Senin.`]);
    const s = ss.find((x) => x.quote.includes('Seluruh kader dilarang'));
    expect(s).toBeDefined();
    expect(s!.speaker?.name).toBe(inst);
    expect(s!.speaker?.kind).toBe('institution');
  });
  it.each(['begitu pernyataannya', 'demikian keterangan tertulisnya'])('“…,” %s: the speaker named before', (tail) => {
    const ss = statementsOf([INTRO, `“Seluruh kader dilarang melibatkan ASN dalam kegiatan kampanye,” ${tail}.`]);
    expect(ss.find((x) => x.quote.includes('Seluruh kader'))?.speaker?.name).toBe(FULL);
  });
  it.each(['PPATK', 'BAPPENAS', 'KPPOD'])('%s alone before a reporting verb is an institution', (acr) => {
    const ss = statementsOf([`${acr}, Kamis lalu, mengungkapkan ada 21 transaksi mencurigakan yang melibatkan pejabat daerah.`]);
    expect(ss.map((s) => [s.speaker?.name, s.speaker?.kind])).toEqual([[acr, 'institution']]);
  });
  // negative rows: a statement noun not after demikian/begitu attributes nothing; two- and three-letter acronyms
  // stay persons' short names
  it('a statement noun without demikian attributes nothing', () => {
    const ss = statementsOf(['Spanduk bertuliskan “ASN Netral” dipasang di depan kantor bupati, keterangan tertulis Bawaslu menyebut spanduk itu resmi.']);
    expect(ss.filter((s) => s.quote.startsWith('ASN Netral'))).toEqual([]);
  });
  it.each(['SBY', 'AHY'])('%s before a reporting verb is no institution', (acr) => {
    const ss = statementsOf([`${acr} mengatakan seluruh kader wajib menjaga netralitas aparatur negara selama pilkada.`]);
    expect(ss.map((s) => s.speaker?.kind ?? null)).not.toContain('institution');
  });
});

// 7. Short content and back-references: reported content of three words counts when an active verb opens it (its
//    subject the speaker: `membantah menggerakkan kepala desa`), every `any` verb x three such contents; three words
//    without one do not; a -nya passive whose subject is a back-reference noun (`Hal itu disampaikannya saat …`)
//    reports nothing (the content was before). Before (1249bba): the three-word rows found nothing, and `Hal itu
//    disampaikannya saat menerima kunjungan …` was reported as `Hal itu saat menerima kunjungan …`.
describe('paradigm 7: three-word content opening with an active verb; back-reference subjects of -nya passives', () => {
  // (verbs of evaluation keep the verb in the statement: statements-paradigm14.test.ts)
  const anyVerbs = INDIRECT_VERBS.filter((v) => v.content === 'any' && !v.withVerb && !v.verb.includes(' ')).map((v) => v.verb);
  const CONTENTS = ['menggerakkan kepala desa', 'menghadiri acara kampanye', 'mendukung langkah Bawaslu'];
  const rows = anyVerbs.map((verb, i) => [verb, CONTENTS[i % CONTENTS.length]!] as const);
  it.each(rows)('Syahrial %s %s.', (verb, content) => {
    const ss = statementsOf([INTRO, `Syahrial ${verb} ${content}.`]);
    const s = ss.find((x) => x.quote.startsWith(content));
    expect(s, ss.map((x) => x.quote).join(' | ')).toBeDefined();
    expect(s!.speaker?.name).toBe(FULL);
  });
  it.each(['hal yang sama', 'tiga hal penting', 'sejumlah catatan penting'])('three words without an active verb: %s', (content) => {
    const ss = statementsOf([INTRO, `Syahrial mengatakan ${content}.`]);
    expect(ss.filter((s) => s.quote.startsWith(content))).toEqual([]);
  });
  const backrefs = PASSIVE_NYA_VERBS.map((verb, i) => [['Hal itu', 'Pernyataan tersebut', 'Imbauan ini pun'][i % 3]!, verb] as const);
  it.each(backrefs)('%s %s saat menerima kunjungan …: nothing', (subject, verb) => {
    const ss = statementsOf([INTRO, `${subject} ${verb} saat menerima kunjungan pengurus Korpri kabupaten di ruang kerjanya.`]);
    expect(ss.filter((s) => s.quote.includes('saat menerima kunjungan'))).toEqual([]);
  });
});

// 8. `Menurut` + a descriptive back-reference (`Menurut mantan Kepala Dinas … itu, …`) x every descriptive head x
//    demonstrative: the person last named. Negative: `Menurut` + a description without a demonstrative names nobody
//    in particular. Before (1249bba): `Menurut` took only a capitalised phrase, a pronoun or -nya; these were missed.
describe('paradigm 8: Menurut + a descriptive back-reference x head x demonstrative', () => {
  const rows = DESCRIPTIVE_HEADS.map((head, i) => [head, DESCRIPTIVE_DEMONSTRATIVES[i % DESCRIPTIVE_DEMONSTRATIVES.length]!] as const);
  it.each(rows)('Menurut %s kelahiran Sumbawa %s, …', (head, dem) => {
    const ss = statementsOf([INTRO, `Menurut ${head} kelahiran Sumbawa ${dem}, media sosial kini menjadi celah paling rawan bagi pegawai.`]);
    const s = ss.find((x) => x.quote.includes('media sosial kini'));
    expect(s, ss.map((x) => x.quote).join(' | ')).toBeDefined();
    expect(s!.speaker?.name).toBe(FULL);
  });
  it('Menurut + a description without a demonstrative: no descriptive speaker', () => {
    const ss = statementsOf([INTRO, 'Menurut sebagian warga desa, media sosial kini menjadi celah paling rawan bagi pegawai.']);
    expect(ss.filter((s) => s.speaker?.name === FULL)).toEqual([]);
  });
});

// 9. An adjunct fronted before the subject and closed by a comma (`Dalam keterangan yang sama, KASN mengimbau …`) x
//    every opener x subject form (a name, an institution, a title): the subject after the comma speaks. Negative: a
//    subordinate clause without a comma (`Jika pegawai menyatakan …`) names no speaker. Before (1249bba): a relative
//    `yang` in the adjunct (`Dalam kesempatan yang sama, Nama …`) left the statement without a speaker.
describe('paradigm 9: a fronted adjunct closed by a comma x opener x subject form', () => {
  const SUBJ: ReadonlyArray<[string, string]> = [
    ['Syahrial', FULL],
    ['Bawaslu Kabupaten Sumbawa', 'Bawaslu Kabupaten Sumbawa'],
  ];
  const rows = FRONTED_ADJUNCT_OPENERS.flatMap((o) => SUBJ.map(([subj, who]) => [o, subj, who] as const));
  it.each(rows)('%s … yang sama, %s menegaskan …', (opener, subj, who) => {
    const ss = statementsOf([INTRO, `${cap(opener)} kesempatan yang sama, ${subj} menegaskan seluruh ASN wajib menjaga netralitas selama tahapan pilkada.`]);
    const s = ss.find((x) => x.quote.includes('wajib menjaga netralitas'));
    expect(s, ss.map((x) => x.quote).join(' | ')).toBeDefined();
    expect(s!.speaker?.name).toBe(who);
  });
  it('a subordinate clause without a comma names no speaker', () => {
    const ss = statementsOf([INTRO, 'Jika pegawai menyatakan dukungan kepada pasangan calon tertentu maka sanksi disiplin menanti.']);
    expect(ss.filter((s) => s.speaker !== null)).toEqual([]);
  });
});

// 10. A `marked` verb followed by a clause without `bahwa` (`menyampaikan pengawasan pilkada di Bali punya tantangan
//     tersendiri`) x every predicate word of the lexicon x the marked verbs in turn: the clause is reported. Before
//     (1249bba): possession (`punya`, `memiliki`) was no predicate, and those clauses were missed.
describe('paradigm 10: a marked verb + a clause whose predicate is a lexicon predicate word', () => {
  const marked = INDIRECT_VERBS.filter((v) => v.content === 'marked' && !v.verb.includes(' ')).map((v) => v.verb);
  const rows = CLAUSE_PREDICATE_MARKERS.map((w, i) => [marked[i % marked.length]!, w] as const);
  it.each(rows)('Syahrial %s pengawasan pilkada di desa %s …', (verb, w) => {
    const ss = statementsOf([INTRO, `Syahrial ${verb} pengawasan pilkada di desa ${w} tantangan tersendiri bagi panitia pengawas.`]);
    const s = ss.find((x) => x.quote.startsWith('pengawasan pilkada di desa'));
    expect(s, ss.map((x) => x.quote).join(' | ')).toBeDefined();
    expect(s!.speaker?.name).toBe(FULL);
  });
});
