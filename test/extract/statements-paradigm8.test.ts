// Paradigm tests for the attribution and type kinds fixed in round 10 (quotes8, issue 22), from the errors of the
// check7 and check6 sets and the kinds left open in round 9: each table crosses the kind with its natural
// variation, built from the lexicon's lists where one exists, with negative rows beside it that must not fire.
//   1. a denial verb (DENIAL_VERBS) reports even two words when they open with a predicate (`membantah telah
//      berkampanye`), never a plain object (`membantah tudingan itu`); a denied order or sanction is no order;
//   2. the verbs of permission (`mempersilakan`, `mengizinkan`, …) report the one permitted and what they may do,
//      never a plain object (`mempersilakan tamu undangan`);
//   3. an inline pronoun attribution (`BKN, katanya, akan memblokir …`, `…, ujar dia, …`) reports the sentence;
//   4. a direct quote split by a pronoun attribution (`"…," katanya, "…"`) is one statement of that speaker;
//   5. single straight apostrophes as quote marks (`'…,' kata X`); an apostrophe inside a word is none
//      (`Jum'at`, `Qur'an`, `ma'ruf`), and one that never closes opens nothing (`'90-an`);
//   6. a verb of classification as the reported clause's predicate (`menjelaskan pamong kalurahan termasuk pihak
//      yang dilarang …`), not `termasuk` as `including` after a plain object;
//   7. a party speaking `melalui` its officer is the speaker; a government body doing the same is not;
//   8. types: withholding pay (`tunjangannya kami tahan`), a disciplinary detention (`patsus`), a sanction in
//      force (`sudah berlaku`), a removal from office with its object between (`membebaskan X dari jabatannya`),
//      an order opening with a verb base (`Catat …`), and `jangan` before waiting or slackening (no prohibition);
//   9. a reported sentence closed by `, kata X` and the day (`…, kata Camat X, Nama, Senin.`);
//  10. an imperative after an appeal is the appeal's (`Tolong, kalau ada ajakan …, tolak …`), before it an order;
//  11. three words of reported content that read as a clause (`Ia berjanji Pemkab akan kooperatif`);
//  12. a case handed on to the law under a condition threatens (`kalau …, kami teruskan ke polisi`);
//  13. a stance of the speaker's side is a commitment (`Netral. Itu sikap kami sejak awal`).
// Before (8b1d226): every positive row of tables 1 to 7 gave no statement or another speaker, and the positive
// rows of table 8 another type.
import { describe, expect, it } from 'vitest';
import { DENIAL_VERBS, INDIRECT_VERBS, QUOTE_VERBS } from '../../src/lexicon/attribution.js';
import { WEEKDAYS } from '../../src/lexicon/calendar.js';
import { IMPERATIVE_BASES, SELF_WORDS, STANCE_NOUNS } from '../../src/lexicon/statement-types.js';
import type { Statement } from '../../src/model.js';
import { classify } from '../../src/extract/statements/classify.js';
import { statementsOf } from './statement-cases.js';

const find = (ss: Statement[], frag: string): Statement | undefined => ss.find((s) => s.quote.includes(frag));
const INTROS: Array<[string, string]> = [
  ['Kepala Desa Sungai Raya, Markus Lumang,', 'Markus Lumang'],
  ['Camat Kuripan, Drs. Lalu Ahmad Zaini, M.Si.,', 'Lalu Ahmad Zaini'],
  ['Sekretaris Daerah Provinsi Papua Barat, Dr. Nataniel Dowansiba,', 'Nataniel Dowansiba'],
];

describe('paradigm 1: a denial verb reports a short predicate', () => {
  const contents = ['telah berkampanye', 'pernah menerima uang', 'ikut hadir di sana', 'sudah dipanggil Bawaslu', 'tidak netral'];
  const rows = DENIAL_VERBS.flatMap((verb, i) => contents.map((c, j) => [verb, c, ...INTROS[(i + j) % INTROS.length]!] as const));
  it.each(rows)('%s %s (%s)', (verb, content, intro, name) => {
    const s = find(statementsOf([`${intro} ${verb} ${content}.`]), content);
    expect(s?.speaker?.name).toBe(name);
  });
  it.each(DENIAL_VERBS)('%s ada instruksi … is no instruction', (verb) => {
    const s = find(statementsOf([`${INTROS[2]![0]} ${verb} ada instruksi mobilisasi pegawai dari pemerintah provinsi.`]), 'instruksi mobilisasi');
    expect(s).toBeDefined();
    expect(s?.type).not.toBe('instruction');
  });
  // negative rows: a plain object is too short to report
  it.each(DENIAL_VERBS.flatMap((verb) => ['tudingan itu', 'anggapan tersebut', 'kabar miring'].map((o) => [verb, o] as const)))('%s %s', (verb, obj) => {
    const ss = statementsOf([`${INTROS[0]![0]} ${verb} ${obj}.`]);
    expect(find(ss, obj)).toBeUndefined();
  });
});

describe('paradigm 2: the verbs of permission report the one permitted and the act', () => {
  const permit = INDIRECT_VERBS.filter((v) => /^(?:mempersila|mengi[zj]inkan|mem(?:per)?bolehkan|memperkenankan)/u.test(v.verb)).map((v) => v.verb);
  it('has the whole class', () => expect(permit.length).toBeGreaterThanOrEqual(7));
  const objects: Array<[string, string]> = [
    ['MRPB menyerahkan nama-nama atasan yang menekan pegawai', 'menyerahkan nama-nama'],
    ['warga melaporkan ASN yang ikut kampanye ke posko', 'melaporkan ASN'],
    ['Bawaslu memeriksa seluruh camat', 'memeriksa seluruh camat'],
  ];
  const rows = permit.flatMap((verb, i) => objects.map(([o, frag]) => [verb, o, frag, ...INTROS[i % INTROS.length]!] as const));
  it.each(rows)('%s %s', (verb, obj, frag, intro, name) => {
    const s = find(statementsOf([`${intro} ${verb} ${obj}.`]), frag);
    expect(s?.speaker?.name).toBe(name);
  });
  it('mempersilakan is an appeal', () => {
    const s = find(statementsOf([`${INTROS[0]![0]} mempersilakan warga melaporkan ASN yang ikut kampanye ke posko.`]), 'melaporkan ASN');
    expect(s?.type).toBe('appeal');
  });
  // negative rows: a plain object
  it.each(permit.flatMap((verb) => ['tamu undangan', 'penggunaan aula kantor'].map((o) => [verb, o] as const)))('%s %s', (verb, obj) => {
    expect(statementsOf([`${INTROS[1]![0]} ${verb} ${obj} pada acara itu.`])).toHaveLength(0);
  });
});

describe('paradigm 3: an inline pronoun attribution splits the reported sentence', () => {
  const subjects = ['BKN', 'Pemkab', 'Inspektorat', 'Para camat'];
  const forms = (verb: string): string[] => [`${verb}nya`, `${verb} dia`, `${verb} beliau`];
  const verbs = ['kata', 'ujar', 'tegas', 'jelas', 'tambah', 'ungkap', 'tutur', 'imbuh'];
  const rows = verbs.flatMap((verb, i) => forms(verb).map((f, j) => [subjects[(i + j) % subjects.length]!, f, ...INTROS[(i + j) % INTROS.length]!] as const));
  it.each(rows)('%s, %s, akan …', (subject, form, intro, name) => {
    const ss = statementsOf([`${intro} memimpin rapat evaluasi netralitas di kantornya, Senin.`, `${subject}, ${form}, akan memblokir layanan kepegawaian bagi ASN yang sanksinya tidak dijalankan.`]);
    expect(find(ss, 'akan memblokir layanan')?.speaker?.name).toBe(name);
  });
  it('every verb of the row table is a quote verb', () => expect(verbs.every((v) => QUOTE_VERBS.includes(v))).toBe(true));
  // negative rows: a list with a noun that opens like a quote verb names nobody and reports nothing
  it.each([
    ['tanya jawab', 'Kegiatan itu diisi sosialisasi, tanya jawab, dan penandatanganan pakta integritas oleh seluruh camat.'],
    ['ulasan', 'Rapat dibuka dengan paparan, ulasan singkat, lalu diskusi panjang tentang netralitas pegawai.'],
  ])('%s', (_name, para) => {
    expect(statementsOf([para])).toHaveLength(0);
  });
});

describe('paradigm 4: a direct quote split by a pronoun attribution is one statement', () => {
  const marks: Array<[string, string]> = [['"', '"'], ['“', '”'], ["''", "''"]];
  const verbs = ['katanya', 'ujarnya', 'tegasnya', 'kata dia', 'ujar beliau', 'jelasnya'];
  const rows = verbs.flatMap((v, i) => marks.map(([o, c]) => [v, o, c, ...INTROS[i % INTROS.length]!] as const));
  it.each(rows)('%s with %s…%s', (verb, o, c, intro, name) => {
    const ss = statementsOf([
      `${intro} memimpin rapat evaluasi netralitas di kantornya, Senin.`,
      `${o}Kami sudah memanggil camat itu untuk klarifikasi,${c} ${verb}, ${o}dan kasusnya kami teruskan ke KASN minggu depan.${c}`,
    ]);
    const s = find(ss, 'memanggil camat itu');
    expect(s?.quote).toContain('kasusnya kami teruskan');
    expect(s?.speaker?.name).toBe(name);
    expect(ss.filter((x) => x.quote.includes('kasusnya kami teruskan'))).toHaveLength(1);
  });
  // negative row: the second quotation names its own speaker
  it('a second quotation with its own attribution stays apart', () => {
    const ss = statementsOf([
      `${INTROS[0]![0]} memimpin rapat evaluasi netralitas di kantornya, Senin.`,
      `"Kami sudah memanggil camat itu untuk klarifikasi," katanya. "Kasusnya kami teruskan ke KASN minggu depan," kata Ketua Bawaslu, Maria Goreti Dua.`,
    ]);
    expect(find(ss, 'memanggil camat')?.quote).not.toContain('Kasusnya');
    expect(find(ss, 'Kasusnya kami teruskan')?.speaker?.name).toBe('Maria Goreti Dua');
  });
});

describe('paradigm 5: single straight apostrophes as quote marks', () => {
  const verbs = ['kata', 'ujar', 'tegas', 'jelas', 'ungkap'];
  const rows = verbs.flatMap((v, i) => INTROS.map(([intro, name]) => [v, intro, name, i] as const));
  it.each(rows)("'…,' %s (%s)", (verb, intro, name) => {
    const ss = statementsOf([`${intro} menerima laporan warga pada Senin.`, `'Kami tidak akan ragu menindak ASN yang terbukti ikut kampanye di media sosial,' ${verb} dia.`]);
    const s = find(ss, 'tidak akan ragu menindak');
    expect(s?.kind).toBe('direct');
    expect(s?.speaker?.name).toBe(name);
  });
  it("'…' before the attribution (X mengatakan, '…')", () => {
    const s = find(statementsOf([`${INTROS[1]![0]} mengatakan, 'Camat yang ikut konvoi sudah kami panggil dan kami periksa satu per satu.'`]), 'sudah kami panggil');
    expect(s?.kind).toBe('direct');
    expect(s?.speaker?.name).toBe(INTROS[1]![1]);
  });
  // negative rows: an apostrophe inside a word opens nothing; the reported sentence around it is whole
  it.each([
    ["Jum'at", "Ia mengatakan pengajian tiap Jum'at di masjid kecamatan tidak boleh dipakai untuk kampanye calon."],
    ["Qur'an", "Ia mengatakan majelis taklim dan rumah tahfiz Qur'an tidak boleh dipakai untuk kampanye calon."],
    ["ma'ruf", "Ia mengatakan gerakan amar ma'ruf di kampung tidak boleh dipakai untuk kampanye calon apa pun."],
    ["'90-an", "Ia mengatakan sejak era '90-an pegawai desa tidak boleh dipakai untuk kampanye calon apa pun."],
  ])('%s', (_w, para) => {
    const ss = statementsOf([`${INTROS[0]![0]} memimpin rapat evaluasi netralitas di kantornya, Senin.`, para]);
    expect(ss).toHaveLength(1);
    expect(ss[0]!.kind).toBe('indirect');
    expect(ss[0]!.quote).toContain('tidak boleh dipakai');
    expect(ss[0]!.speaker?.name).toBe(INTROS[0]![1]);
  });
});

describe('paradigm 5b: a one-word term after a reporting verb, inside its sentence, is no speech', () => {
  const marks: Array<[string, string]> = [['"', '"'], ['“', '”'], ["'", "'"], ["''", "''"]];
  const verbs = ['menyebut', 'mengatakan', 'menegaskan', 'menilai'];
  it.each(verbs.flatMap((v) => marks.map(([o, c]) => [v, o, c] as const)))('Ia %s %snetral%s sebagai kunci', (verb, o, c) => {
    expect(statementsOf([`${INTROS[0]![0]} hadir di rapat itu.`, `Ia ${verb} ${o}netral${c} sebagai kunci.`]).filter((s) => s.kind === 'direct')).toHaveLength(0);
  });
  // negative rows: with a comma, or at the sentence end, or two words or more, the quotation is speech
  it.each(marks)('Ia mengatakan, %sNetral.%s', (o, c) => {
    const s = find(statementsOf([`${INTROS[0]![0]} hadir di rapat itu.`, `Ia mengatakan, ${o}Kami netral.${c}`]), 'Kami netral');
    expect(s?.speaker?.name).toBe(INTROS[0]![1]);
  });
});

describe('paradigm 6: a verb of classification is the reported clause predicate', () => {
  const marked = INDIRECT_VERBS.filter((v) => v.content === 'marked' && ['menjelaskan', 'menerangkan', 'memaparkan', 'mengungkapkan', 'menyampaikan'].includes(v.verb)).map((v) => v.verb);
  const preds = ['termasuk pihak yang dilarang terlibat kampanye', 'tergolong pelanggaran berat', 'termasuk dalam kategori pelanggaran netralitas', 'termasuk kelompok yang wajib netral'];
  const rows = marked.flatMap((verb, i) => preds.map((p, j) => [verb, p, ...INTROS[(i + j) % INTROS.length]!] as const));
  it.each(rows)('%s … %s', (verb, pred, intro, name) => {
    const s = find(statementsOf([`${intro} ${verb} pamong kalurahan ${pred}.`]), pred.split(' ').slice(0, 2).join(' '));
    expect(s?.speaker?.name).toBe(name);
  });
  // negative rows: `termasuk` as `including` after a plain object
  it.each(marked)('%s sejumlah aturan termasuk larangan …', (verb) => {
    expect(statementsOf([`${INTROS[0]![0]} ${verb} sejumlah aturan termasuk larangan memakai atribut.`])).toHaveLength(0);
  });
});

describe('paradigm 7: a party speaking through its officer', () => {
  const parties = ['Partai Demokrat Kota Serang', 'DPC Partai Gerindra Kabupaten Bima', 'DPD Partai Golkar Sumatera Utara', 'Partai Nasdem Kabupaten Kupang'];
  const officers = ['Sekretaris DPC, Rudi Hartono Lubis,', 'Ketua Bappilu, Rudi Hartono Lubis,', 'juru bicaranya, Rudi Hartono Lubis,', 'Wakil Ketua, Rudi Hartono Lubis,'];
  const verbs = ['menyatakan', 'menegaskan', 'mengatakan'];
  const rows = parties.flatMap((p, i) => officers.map((o, j) => [p, o, verbs[(i + j) % verbs.length]!, ['melalui', 'lewat'][(i + j) % 2]!] as const));
  it.each(rows)('%s %s %s %s', (party, officer, verb, adj) => {
    const s = find(statementsOf([`Sementara ${party} ${adj} ${officer} ${verb} partainya tidak pernah meminta dukungan dari aparatur pemerintah.`]), 'partainya tidak pernah');
    expect(s?.speaker?.name).toBe(party);
  });
  // negative rows: a government body or an official speaking through an officer is given to the officer
  it.each([
    ['Pemerintah Kabupaten Gowa melalui Kepala Bagian Hukum Setda, Andi Nurul Fadli,', 'Andi Nurul Fadli'],
    ['Kapolres Bone AKBP Erwin Syah Pratama melalui Kasi Humas Polres Bone, Iptu Rayendra Muchtar,', 'Rayendra Muchtar'],
    ['Bawaslu Kota Bima melalui anggotanya, Nur Aisyah,', 'Nur Aisyah'],
  ])('%s', (subject, name) => {
    const s = find(statementsOf([`${subject} menyatakan pihaknya menghormati proses yang sedang berjalan di Bawaslu.`]), 'menghormati proses');
    expect(s?.speaker?.name).toBe(name);
  });
});

describe('paradigm 8: types of withholding, detention, sanctions in force, removals and orders', () => {
  const type = (s: string): string => classify(s).type;
  it.each([
    // withholding pay: reported, threatened by a generic subject or a condition
    ['Tunjangan kinerja camat itu sudah kami tahan sejak Maret', 'sanction'],
    ['TPP kepala sekolah itu telah ditahan selama tiga bulan', 'sanction'],
    ['Yang ketahuan foto pakai pose jari, tunjangannya kami tahan', 'warning'],
    ['Kalau ada lurah yang ikut kampanye, gajinya akan kami tahan', 'warning'],
    // detention as discipline
    ['Oknum anggota itu sudah kami tempatkan di patsus selama 21 hari', 'sanction'],
    ['Dua personel telah menjalani patsus dan sidang disiplin', 'sanction'],
    ['Kalau terbukti, anggota itu bisa dikenai patsus', 'warning'],
    // a sanction in force
    ['Penundaan kenaikan pangkat selama satu tahun sudah berlaku untuk camat itu sejak Januari', 'sanction'],
    ['Sanksi penurunan pangkat itu telah berlaku bulan ini', 'sanction'],
    ['Sanksi itu belum berlaku karena masih menunggu keputusan PPK', 'warning'],
    // a removal from office with its object between
    ['Atas rekomendasi KASN, Bupati telah membebaskan Kepala Dinas Perhubungan dari jabatannya', 'sanction'],
    ['Bupati sudah membebaskan camat itu dari jabatannya', 'sanction'],
    ['Bupati akan membebaskan camat itu dari jabatannya kalau terbukti', 'warning'],
    // `jangan` before waiting or slackening urges, and orders beside an obligation
    ['Camat harus menjadi contoh. Jangan tunggu perintah, turun langsung ke desa-desa dan awasi perangkatnya', 'instruction'],
  ])('%s → %s', (s, t) => expect(type(s)).toBe(t));
  // imperative bases opening a clause
  const objects = ['setiap ASN yang hadir di lokasi kampanye', 'nama camat yang datang ke acara itu'];
  const bases = ['catat', 'kirim', 'cek', 'periksa', 'simak'];
  it.each(bases.flatMap((b) => objects.map((o) => [b, o] as const)))('%s %s → instruction', (base, obj) => {
    expect(IMPERATIVE_BASES).toContain(base);
    expect(type(`${base[0]!.toUpperCase()}${base.slice(1)} ${obj}, lalu laporkan ke grup pengawas hari itu juga`)).toBe('instruction');
  });
  // negative rows: no sanction without what is withheld; nouns and rules in force are no sanction
  it.each([
    ['Polisi sudah menahan tersangka politik uang itu', 'sanction'],
    ['Aturan itu sudah berlaku sejak 2020', 'sanction'],
    ['Tindak lanjut laporan itu sudah kami serahkan ke panitia', 'instruction'],
    ['Foto itu diambil saat acara di balai desa', 'instruction'],
    ['Catatan kami, ada 12 ASN yang dilaporkan', 'instruction'],
  ])('%s is no %s', (s, t) => expect(type(s)).not.toBe(t));
});

describe('paradigm 9: a reported sentence closed by its attribution and the day', () => {
  const days = Object.keys(WEEKDAYS).filter((d) => /^[a-z']+$/u.test(d) && !['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].includes(d));
  const dates = ['', ' (9/10/2024)'];
  const rows = days.flatMap((d, i) => dates.map((dt) => [d[0]!.toUpperCase() + d.slice(1), dt, ['kata', 'ujar', 'tegas'][i % 3]!] as const));
  it.each(rows)('…, %s X, Nama, %s%s.', (day, date, verb) => {
    const s = find(statementsOf([`Para lurah diingatkan agar tidak menerbitkan surat keterangan domisili untuk tim kampanye, ${verb} Camat Pahandut, Nurul Hidayah, ${day}${date}.`]), 'Para lurah diingatkan');
    expect(s?.speaker?.name).toBe('Nurul Hidayah');
  });
  // negative row: a place after the comma is no day: the sentence goes on
  it('…, kata X, Nama, Kupang, … is no sentence end', () => {
    const ss = statementsOf(['Para lurah diingatkan agar tidak menerbitkan surat keterangan domisili, kata Camat Pahandut, Nurul Hidayah, Kupang dan sekitarnya.']);
    expect(find(ss, 'Para lurah diingatkan')).toBeUndefined();
  });
});

describe('paradigm 10: an imperative that an appeal asks for is the appeal', () => {
  const appeals = ['Tolong,', 'Kami mohon,', 'Kami mengajak masyarakat ikut mengawasi.', 'Silakan saja,', 'Mari bersama-sama,'];
  const imperatives = ['laporkan ke posko kami', 'tolak dengan sopan', 'catat namanya lalu kirim ke kami', 'jauhi acara itu'];
  const rows = appeals.flatMap((a) => imperatives.map((i) => [a, i] as const));
  it.each(rows)('%s kalau …, %s → appeal', (appeal, imp) => {
    expect(classify(`${appeal} kalau ada ajakan dari tim sukses, ${imp}`).type).toBe('appeal');
  });
  // negative rows: the imperative first orders, whatever appeal follows
  it.each(imperatives)('%s. Kami juga mengajak … → instruction', (imp) => {
    expect(classify(`${imp[0]!.toUpperCase()}${imp.slice(1)}. Kami juga mengajak warga ikut mengawasi`).type).toBe('instruction');
  });
});

describe('paradigm 11: three words that read as a clause are reported content', () => {
  const verbs = INDIRECT_VERBS.filter((v) => v.content === 'any' && !v.verb.includes(' ') && !DENIAL_VERBS.includes(v.verb)).map((v) => v.verb);
  const clauses = ['Pemkab akan kooperatif', 'Bawaslu sudah bekerja', 'camat harus netral', 'Inspektorat tidak diam'];
  const rows = verbs.map((verb, i) => [verb, clauses[i % clauses.length]!, ...INTROS[i % INTROS.length]!] as const);
  it.each(rows)('Ia %s %s', (verb, clause, intro, name) => {
    const s = find(statementsOf([`${intro} hadir dalam rapat koordinasi di aula kantor bupati.`, `Ia ${verb} ${clause}.`]), clause);
    expect(s?.speaker?.name).toBe(name);
  });
  // negative rows: three words of a plain object (no predicate) report nothing
  it.each(['dukungan penuh Pemkab', 'apresiasi kepada Bawaslu', 'hal itu kemarin'])('Ia menyatakan %s', (obj) => {
    expect(find(statementsOf([`${INTROS[0]![0]} hadir dalam rapat koordinasi di aula kantor bupati.`, `Ia menyatakan ${obj}.`]), obj)).toBeUndefined();
  });
});

describe('paradigm 12: a case handed on to the law under a condition is a warning', () => {
  const conds = ['Kalau ada kepala desa yang terbukti mengumpulkan KTP warga,', 'Jika terbukti,', 'Apabila masih bandel,'];
  const acts = ['kami teruskan', 'kami limpahkan', 'kami serahkan', 'berkasnya kami kirim'];
  const bodies = ['ke polisi', 'ke kejaksaan', 'ke Gakkumdu'];
  const rows = conds.flatMap((c, i) => acts.flatMap((a, j) => [[c, a, bodies[(i + j) % bodies.length]!] as const]));
  it.each(rows)('%s %s %s → warning', (cond, act, body) => expect(classify(`${cond} ${act} ${body}`).type).toBe('warning'));
  // negative rows: no condition, or the case handed on already (reported), is no threat
  it.each(['Hasil rapat itu kami teruskan ke polisi untuk diketahui', 'Berkasnya sudah kami teruskan ke polisi'])('%s', (s) => {
    expect(classify(s).type).not.toBe('warning');
  });
});

describe('paradigm 13: a stance of the speaker side is a commitment', () => {
  const rows = STANCE_NOUNS.flatMap((n) => SELF_WORDS.map((w) => [n, w] as const));
  it.each(rows)('Netral. Itu %s %s → commitment', (noun, self) => {
    expect(classify(`Netral. Itu ${noun} ${self} sejak awal dan tidak akan berubah sampai pelantikan`).type).toBe('commitment');
  });
  // negative rows: another's stance, a negated one, or a stance before an order or a threat
  it.each([
    ['Kami menghormati sikap Bawaslu dalam perkara itu', 'commitment'],
    ['Itu bukan sikap kami', 'commitment'],
    ['Sikap ASN harus netral sampai pelantikan', 'commitment'],
    ['Sikap kami jelas: ASN yang melanggar akan ditindak', 'commitment'],
  ])('%s is no %s', (s, t) => expect(classify(s).type).not.toBe(t));
});
