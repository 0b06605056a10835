// Paradigm tests for speaker resolution and statement types of round 17 (quotes14, issue 22): the general structures
// a fresh set exercises, each crossed with its natural variation, with negative rows beside it. Invented lines.
//   A. a speaker after a long apposition (title, unit, region, degrees) after the quote;
//   B. `kata dia` / `ujarnya` in the next paragraph: the last named speaker;
//   C. a bare title (`kata Kapolres`, `ujar Koordinator Divisi Hukum itu`): the person introduced with that title;
//   D. a nickname the text introduces (`yang akrab disapa X`), later alone before the verb;
//   E. a pronoun (Dirinya, Beliau, Ia) is never a speaker's name;
//   F. a quote spanning paragraphs, each opening with a quote mark and only the last closing: one speaker;
//   G. two speakers alternating in one article;
//   H. an institution as speaker;
//   I. `Bupati X melalui Sekda Y mengatakan …`: the one who speaks the words (Y), the convention documented in
//      src/lexicon/attribution.ts at SUBJECT_VIA_ADJUNCTS;
//   T. types: a cue inside a prohibition or a negation sets no type of its own; a threat with no keyword is a warning;
//      a report of a sanction is a sanction.
//   J. (added with its fix) a quotation box `<blockquote>…<cite>Nama, Jabatan</cite></blockquote>` (check21's Soledad
//      page): the quote in the body, the cite its speaker (src/ingest/html/render.ts, statements/direct.ts dashAfter);
//   K. (added with its fix, from check20's one spurious row) a reporting verb whose subject is the object of a verb of
//      showing or recording (DEPICTING_VERBS): no statement;
//   L. (added with its fix, found probing interviews) a transcript's answer opening with the name of a person the
//      article named and a colon (`Hendrikus: Kalau terbukti, …`): that person's, the label no part of the quote.
// Rows marked HELD (about a third of each table A-T, 17 rows) were kept out of tuning and are reported separately.
// Blind score on 05fc75f (src/ unchanged, tables A-T, 54 rows, scored before any src change): 49/54. Two of the five
// failures were this table's own expectations, corrected to the project's conventions before any change (a police
// rank is the title, not the name; a denied sanction, `belum ada ASN yang dijatuhi sanksi`, is a finding,
// assessment): 51/54 against the corrected rows. Tuned rows 35/37 blind (A: `Ketua Badan Pengawas Pemilihan Umum
// (Bawaslu) Kabupaten …, Nama` gave the speaker `Pemilihan`; T: `akan berhadapan langsung dengan saya` typed other);
// held rows 16/17 blind. After quotes14: tuned 37/37, held 16/17 (the held threat `mobilnya kami tarik` under a
// condition is still typed other: marked it.fails below, left alone).
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/model.js';
import { processArticle } from '../../src/pipeline.js';
import type { RawArticle } from '../../src/model.js';
import { statementsOf } from './statement-cases.js';

const find = (ss: Statement[], frag: string): Statement | undefined => ss.find((s) => s.quote.includes(frag));
const show = (ss: Statement[]): string => ss.map((s) => `${s.quote.slice(0, 40)} [${s.speaker?.name ?? '-'}] ${s.type}`).join(' | ');

type Person = [title: string, name: string, short: string];
const PEOPLE: Person[] = [
  ['Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Kabupaten Sintang', 'Hendrikus Uyang', 'Hendrikus'],
  ['Ketua Badan Pengawas Pemilihan Umum (Bawaslu) Kabupaten Bone Bolango', 'Rahmat Pakaya', 'Rahmat'],
  ['Koordinator Divisi Hukum, Pencegahan, Partisipasi Masyarakat dan Humas Bawaslu Kota Tidore Kepulauan', 'Nurlaila Hi Umar', 'Nurlaila'],
  ['Sekretaris Daerah Kabupaten Tapanuli Tengah', 'Erwin Marpaung', 'Erwin'],
  ['Inspektur Kabupaten Lombok Barat', 'Lalu Ahmad Zaini', 'Zaini'],
  ['Kepala Dinas Pendidikan Kabupaten Muna', 'Wa Ode Sitti Hadijah', 'Hadijah'],
];

describe('A: a speaker after a long apposition', () => {
  const rows = PEOPLE.map((p, i) => [...p, i >= 4 ? 'HELD' : 'tune'] as const);
  it.each(rows)('%s, %s (%s) %s', (title, name) => {
    const ss = statementsOf([
      `"ASN wajib menjaga netralitas selama tahapan pilkada berlangsung dan tidak boleh ikut kampanye," kata ${title}, ${name}, S.Sos., M.Si., saat ditemui di kantornya, Senin (14/10/2024).`,
    ]);
    expect(find(ss, 'wajib menjaga netralitas')?.speaker?.name, show(ss)).toBe(name);
  });
  it.each(rows)('reversed: %s, %s, yang juga … mengatakan (%s) %s', (title, name) => {
    const ss = statementsOf([
      `${title}, ${name}, yang juga ketua tim pengawasan netralitas di daerah itu, mengatakan pihaknya sudah menerima tiga laporan dari masyarakat.`,
    ]);
    expect(find(ss, 'sudah menerima tiga laporan')?.speaker?.name, show(ss)).toBe(name);
  });
});

describe('B: `kata dia` / `ujarnya` in the next paragraph refers to the last named speaker', () => {
  const tails = ['kata dia', 'ujarnya', 'tuturnya', 'katanya', 'ucap dia', 'tegasnya'];
  const rows = tails.map((t, i) => [t, ...PEOPLE[i % PEOPLE.length]!, i >= 4 ? 'HELD' : 'tune'] as const);
  it.each(rows)('%s after %s, %s', (tail, title, name) => {
    const ss = statementsOf([
      `${title}, ${name}, mengatakan pengawasan terhadap ASN akan diperketat menjelang hari pemungutan suara.`,
      `"Kami sudah bentuk tim di setiap kecamatan untuk memantau media sosial para pegawai," ${tail}.`,
    ]);
    expect(find(ss, 'sudah bentuk tim')?.speaker?.name, show(ss)).toBe(name);
  });
  // negative: another person named in between takes the pronoun
  it('a second person named in between takes the pronoun', () => {
    const ss = statementsOf([
      'Ketua Bawaslu Kabupaten Sintang, Rahmat Pakaya, mengatakan pengawasan terhadap ASN akan diperketat.',
      'Sementara itu, Sekretaris Daerah Kabupaten Sintang, Erwin Marpaung, juga mengingatkan para camat.',
      '"Camat harus memberi contoh kepada kepala desa di wilayahnya," kata dia.',
    ]);
    expect(find(ss, 'Camat harus memberi contoh')?.speaker?.name, show(ss)).toBe('Erwin Marpaung');
  });
});

describe('C: a bare title resolves to the person introduced with that title', () => {
  const rows: Array<[string, string, string, string]> = [
    ['Kapolres Sintang', 'AKBP Dwi Prasetyo', 'kata Kapolres', 'tune'],
    ['Koordinator Divisi Hukum Bawaslu Kabupaten Muna', 'La Ode Arfan', 'ujar Koordinator Divisi Hukum itu', 'tune'],
    ['Kepala BKPSDM Kabupaten Bone', 'Andi Syamsul Alam', 'kata Kepala BKPSDM', 'tune'],
    ['Camat Kayan Hilir', 'Yosef Lahang', 'ujar camat itu', 'tune'],
    ['Ketua Bawaslu Kota Tidore Kepulauan', 'Bahrudin Tosofu', 'tegas Ketua Bawaslu', 'HELD'],
    ['Inspektur Kabupaten Lombok Barat', 'Lalu Ahmad Zaini', 'ungkap Inspektur', 'HELD'],
  ];
  // a police rank is the speaker's title, not part of the name (the officials' convention): the name without it
  const bare = (name: string): string => name.replace(/^AKBP /u, '');
  it.each(rows)('%s, %s; later `%s` (%s)', (title, name, tail) => {
    const ss = statementsOf([
      `${title}, ${name}, menghadiri apel siaga pengawasan pilkada di halaman kantor bupati, Senin (14/10/2024).`,
      'Dalam apel itu, puluhan petugas pengawas kecamatan dan desa ikut hadir bersama unsur Forkopimda.',
      `"Siapa pun yang terbukti memobilisasi pegawai untuk kepentingan pasangan calon akan kami proses," ${tail}.`,
    ]);
    expect(find(ss, 'memobilisasi pegawai')?.speaker?.name, show(ss)).toBe(bare(name));
  });
});

describe('D: a nickname the text introduces', () => {
  const rows: Array<[string, string, string, string, string]> = [
    ['Kepala Dinas Kesehatan Kabupaten Sambas', 'Muhammad Hasyim Asy\'ari', 'yang akrab disapa', 'Ari', 'tune'],
    ['Ketua Bawaslu Kabupaten Poso', 'Abdul Rachman Lamato', 'yang akrab disapa', 'Aman', 'tune'],
    ['Camat Sungai Raya', 'Firmansyah Putra', 'yang biasa disapa', 'Firman', 'tune'],
    ['Kepala BKPSDM Kabupaten Sigi', 'I Wayan Sudarsana', 'yang akrab dipanggil', 'Wayan', 'HELD'],
  ];
  it.each(rows)('%s, %s, %s %s (%s)', (title, name, cue, nick) => {
    const ss = statementsOf([
      `${title}, ${name}, ${cue} ${nick}, meminta seluruh pegawai menjaga sikap di media sosial.`,
      `"Jangan memberi tanda suka atau membagikan unggahan pasangan calon," kata ${nick}.`,
    ]);
    expect(find(ss, 'Jangan memberi tanda suka')?.speaker?.name, show(ss)).toBe(name);
  });
});

describe('E: a pronoun is never a speaker name', () => {
  const rows: Array<[string, string]> = [
    ['Dirinya', 'tune'], ['Beliau', 'tune'], ['Ia', 'tune'], ['Dia', 'HELD'],
  ];
  it.each(rows)('%s menegaskan … (%s)', (pron) => {
    const ss = statementsOf([
      'Kepala BKPSDM Kabupaten Sintang, Hendrikus Uyang, menghadiri rapat koordinasi pengawasan netralitas.',
      `${pron} menegaskan setiap pegawai yang melanggar akan diperiksa oleh tim inspektorat.`,
    ]);
    const s = find(ss, 'yang melanggar akan diperiksa');
    expect(s?.speaker?.name ?? null, show(ss)).not.toBe(pron);
    expect(s?.speaker?.name, show(ss)).toBe('Hendrikus Uyang');
  });
});

describe('F: a quote spanning paragraphs, each opening with a quote mark', () => {
  const rows: Array<[string, string, string]> = [
    ['\u201c', '\u201d', 'tune'], ['"', '"', 'tune'], ['\u2018\u2018', '\u2019\u2019', 'HELD'],
  ];
  it.each(rows)('%s … %s (%s)', (open, close) => {
    const ss = statementsOf([
      'Ketua Bawaslu Kabupaten Bone Bolango, Rahmat Pakaya, memberi keterangan usai rapat pleno.',
      `${open}Kami sudah menerima lima laporan dugaan pelanggaran netralitas dari masyarakat.`,
      `${open}Semua laporan itu sedang kami kaji dan hasilnya akan kami teruskan ke BKN,${close} kata Rahmat.`,
    ]);
    expect(find(ss, 'sedang kami kaji')?.speaker?.name, show(ss)).toBe('Rahmat Pakaya');
    const first = find(ss, 'lima laporan');
    if (first) expect(first.speaker?.name, show(ss)).toBe('Rahmat Pakaya');
  });
});

describe('G: two speakers alternating', () => {
  const rows: Array<[string, string, string]> = [
    ['kata', 'ujar', 'tune'], ['ujar', 'tutur', 'tune'], ['ungkap', 'jelas', 'HELD'],
  ];
  it.each(rows)('%s / %s (%s)', (v1, v2) => {
    const ss = statementsOf([
      'Ketua Bawaslu Kabupaten Muna, La Ode Arfan, dan Sekretaris Daerah Kabupaten Muna, Wa Ode Sitti Hadijah, hadir dalam rapat itu.',
      `"Kami akan turunkan pengawas ke setiap desa," ${v1} Arfan.`,
      `"Pemerintah daerah mendukung penuh langkah itu," ${v2} Hadijah.`,
      `"Laporan masyarakat akan kami tindak lanjuti paling lama tiga hari," ${v1} Arfan lagi.`,
      `"Kami juga sudah menyurati seluruh kepala OPD," ${v2} Hadijah.`,
    ]);
    expect(find(ss, 'turunkan pengawas')?.speaker?.name, show(ss)).toBe('La Ode Arfan');
    expect(find(ss, 'mendukung penuh')?.speaker?.name, show(ss)).toBe('Wa Ode Sitti Hadijah');
    expect(find(ss, 'tindak lanjuti paling lama')?.speaker?.name, show(ss)).toBe('La Ode Arfan');
    expect(find(ss, 'menyurati seluruh')?.speaker?.name, show(ss)).toBe('Wa Ode Sitti Hadijah');
  });
});

describe('H: an institution as speaker', () => {
  const rows: Array<[string, string]> = [
    ['Badan Kepegawaian Negara', 'tune'], ['Komisi Aparatur Sipil Negara', 'tune'], ['Kementerian Dalam Negeri', 'HELD'],
  ];
  it.each(rows)('%s menyatakan … (%s)', (inst) => {
    const ss = statementsOf([
      `${inst} menyatakan seluruh pegawai yang terbukti melanggar netralitas akan dijatuhi sanksi disiplin.`,
    ]);
    const s = find(ss, 'akan dijatuhi sanksi');
    expect(s?.speaker?.name, show(ss)).toBe(inst);
  });
});

describe('I: `Bupati X melalui Sekda Y`: the one who speaks the words', () => {
  const rows: Array<[string, string, string, string, string]> = [
    ['Bupati Sintang Jarot Winarno', 'melalui', 'Sekretaris Daerah Kartiyus', 'Kartiyus', 'tune'],
    ['Wali Kota Tidore Kepulauan Ali Ibrahim', 'melalui', 'Asisten I Setda Abdullah Dahlan', 'Abdullah Dahlan', 'tune'],
    ['Gubernur Maluku Utara', 'lewat', 'Kepala BKD Miftah Baay', 'Miftah Baay', 'HELD'],
  ];
  it.each(rows)('%s %s %s (%s)', (head, via, officer, name) => {
    const ss = statementsOf([
      `${head} ${via} ${officer} mengatakan seluruh ASN dilarang menghadiri kampanye pasangan calon.`,
    ]);
    expect(find(ss, 'dilarang menghadiri kampanye')?.speaker?.name, show(ss)).toBe(name);
  });
});

describe('T: statement types', () => {
  const rows: Array<[string, string, string]> = [
    // a pledge word inside a prohibition: warning
    ['"ASN dilarang ikut deklarasi dukungan kepada pasangan calon," kata Ketua Bawaslu Sintang, Rahmat Pakaya.', 'warning', 'tune'],
    // a sanction word inside a negated existential is no sanction: a finding (the scheme's assessment)
    ['"Sampai hari ini belum ada ASN yang dijatuhi sanksi karena laporannya masih kami kaji," kata Ketua Bawaslu Sintang, Rahmat Pakaya.', 'assessment', 'tune'],
    // a threat with no sanction keyword
    ['"Kalau masih ada camat yang ikut kampanye, siap-siap saja kehilangan jabatannya," kata Bupati Sintang, Jarot Winarno.', 'warning', 'tune'],
    ['"Yang coba-coba berpihak, akan berhadapan langsung dengan saya," kata Bupati Sintang, Jarot Winarno.', 'warning', 'tune'],
    // a report of a sanction
    ['"Dua kepala sekolah itu sudah kami bebastugaskan sejak pekan lalu," kata Kepala Dinas Pendidikan Sintang, Yustinus.', 'sanction', 'tune'],
    ['"Tunjangan kinerja tiga ASN itu sudah dipotong selama enam bulan," kata Kepala BKPSDM Sintang, Hendrikus Uyang.', 'sanction', 'tune'],
    // a pledge verb inside a prohibition: warning
    ['"Kepala desa tidak boleh berjanji memberi dukungan kepada pasangan calon mana pun," kata Camat Kayan Hilir, Yosef Lahang.', 'warning', 'HELD'],
    ['"Jabatan kepala desa itu sudah dicopot oleh bupati sejak Senin," kata Camat Kayan Hilir, Yosef Lahang.', 'sanction', 'HELD'],
  ];
  it.each(rows)('%s -> %s (%s)', (line, type) => {
    const ss = statementsOf([line]);
    expect(ss[0]?.type, show(ss)).toBe(type);
  });
});

describe('T (held out, still failing): a threat with no keyword under a condition', () => {
  // `tarik` (taking back what the offender holds) under a condition is a threat; no rule reads it yet: left alone
  it.fails('"Kalau ketahuan …, mobilnya kami tarik hari itu juga" -> warning (HELD)', () => {
    const ss = statementsOf(['"Kalau ketahuan memakai mobil dinas untuk kampanye, mobilnya kami tarik hari itu juga," kata Sekda Sintang, Kartiyus.']);
    expect(ss[0]?.type, show(ss)).toBe('warning');
  });
});

describe('J: a quotation box with a <cite> (Soledad-like pages) and a dash line', () => {
  const page = (box: string): string => `<!DOCTYPE html><html><head><title>Bawaslu Sintang Ingatkan ASN</title></head><body>
<article><h1>Bawaslu Sintang Ingatkan ASN Soal Netralitas</h1><div class="entry-content">
<p>SINTANG – Badan Pengawas Pemilu Kabupaten Sintang mengingatkan seluruh aparatur sipil negara untuk menjaga netralitas selama tahapan kampanye pilkada yang sudah dimulai sejak pekan lalu di seluruh kecamatan.</p>
<p>Ketua Bawaslu Kabupaten Sintang, Rahmat Pakaya, mengatakan pihaknya sudah menerima tiga laporan dugaan pelanggaran dari masyarakat di tiga kecamatan berbeda.</p>
${box}
<p>Laporan masyarakat, lanjut dia, bisa disampaikan melalui posko pengaduan di kantor Bawaslu atau melalui panwascam di setiap kecamatan.</p>
</div></article></body></html>`;
  const raw = (html: string): RawArticle => ({ id: 'p', source: 'p.html', line: null, format: 'html', text: null, html, title: null, url: null, published: null, error: null });
  const QUOTE = 'Kami tidak akan ragu meneruskan setiap temuan ke Badan Kepegawaian Negara.';
  const rows: Array<[string, string, string | null]> = [
    ['p then cite', `<blockquote><p>${QUOTE}</p><cite>Erwin Marpaung, Koordinator Divisi Hukum Bawaslu Sintang</cite></blockquote>`, 'Erwin Marpaung'],
    ['bare text then cite', `<blockquote>${QUOTE}<cite>Erwin Marpaung</cite></blockquote>`, 'Erwin Marpaung'],
    ['dash in the cite', `<blockquote><p>“${QUOTE}”</p><cite>— Erwin Marpaung, Koordinator Divisi Hukum Bawaslu Sintang</cite></blockquote>`, 'Erwin Marpaung'],
    ['cite in a footer', `<blockquote><p>${QUOTE}</p><footer><cite>Erwin Marpaung</cite></footer></blockquote>`, 'Erwin Marpaung'],
    // negative: no cite, the box is not attributed to a name it never gives
    ['no cite', `<blockquote><p>${QUOTE}</p></blockquote>`, null],
  ];
  it.each(rows)('%s', (_label, box, name) => {
    const ss = processArticle(raw(page(box))).statements;
    const s = find(ss, 'tidak akan ragu meneruskan');
    if (name === null) expect(s?.speaker?.name ?? null, show(ss)).not.toBe('Erwin Marpaung');
    else expect(s?.speaker?.name, show(ss)).toBe(name);
  });
  it('a dash then a lower-case word is no speaker line', () => {
    const ss = statementsOf([
      'Ketua Bawaslu Kabupaten Sintang, Rahmat Pakaya, memberi keterangan usai rapat pleno di kantornya pada Senin sore.',
      `“${QUOTE}” — begitu pesan yang disampaikan dalam rapat itu.`,
    ]);
    expect(find(ss, 'tidak akan ragu meneruskan')?.speaker?.name ?? null, show(ss)).not.toBe('Pesan');
  });
  it('`tidak bersedia menyebut` reports nothing said', () => {
    const ss = statementsOf(['Kepala BKPSDM Kabupaten Sintang, Hendrikus Uyang, tidak bersedia menyebut nama keempat ASN tersebut.']);
    expect(find(ss, 'nama keempat ASN'), show(ss)).toBeUndefined();
  });
});

describe('K: a reporting verb whose subject is the object of a verb of showing or recording', () => {
  const rows: Array<[string, string]> = [
    ['Video berdurasi satu menit itu memperlihatkan hukum tua berinisial JR mengajak warga memilih pasangan calon tertentu.', 'warga memilih'],
    ['Foto yang beredar menampilkan seorang camat mengajak warga memilih pasangan calon nomor urut dua.', 'warga memilih'],
    ['Rekaman itu merekam Kepala Desa Sukamaju meminta perangkat desa mengarahkan warga.', 'perangkat desa'],
  ];
  it.each(rows)('%s: no statement', (line, frag) => {
    const ss = statementsOf([line]);
    expect(find(ss, frag), show(ss)).toBeUndefined();
  });
  // negative: the same act told in its own sentence is the subject's statement
  it('the act in its own sentence stays a statement', () => {
    const ss = statementsOf(['Video itu beredar luas. Kepala Desa Sukamaju, Ahmad, mengajak warga memilih pasangan calon nomor urut dua.']);
    expect(find(ss, 'warga memilih')?.speaker?.name, show(ss)).toBe('Ahmad');
  });
});

describe('L: an interview transcript whose answers open with the answering person\'s name and a colon', () => {
  const lead = 'Wartawan kami berbincang dengan Ketua Bawaslu Sintang, Rahmat Pakaya, dan Kepala BKPSDM Sintang, Hendrikus Uyang. Berikut petikannya.';
  const rows: Array<[string, string]> = [['Rahmat', 'Hendrikus'], ['Rahmat Pakaya', 'Hendrikus Uyang'], ['Hendrikus', 'Rahmat']];
  const full: Record<string, string> = { Rahmat: 'Rahmat Pakaya', Hendrikus: 'Hendrikus Uyang', 'Rahmat Pakaya': 'Rahmat Pakaya', 'Hendrikus Uyang': 'Hendrikus Uyang' };
  it.each(rows)('%s then %s', (a, b) => {
    const ss = statementsOf([
      lead,
      'Berapa laporan yang masuk?',
      `${a}: Sudah ada tujuh laporan dan semuanya sedang kami kaji bersama tim.`,
      'Apa sanksinya?',
      `${b}: Kalau terbukti, kami jatuhkan hukuman disiplin sesuai PP 94.`,
    ]);
    const first = find(ss, 'Sudah ada tujuh laporan');
    expect(first?.speaker?.name, show(ss)).toBe(full[a]);
    expect(first?.quote.startsWith('Sudah'), show(ss)).toBe(true);
    expect(find(ss, 'kami jatuhkan hukuman')?.speaker?.name, show(ss)).toBe(full[b]);
  });
  // negative: a label the article never named is part of the answer, the interviewee's
  it('an unnamed label (`Intinya:`) stays in the answer', () => {
    const ss = statementsOf([
      'Wartawan kami berbincang dengan Ketua Bawaslu Sintang, Rahmat Pakaya. Berikut petikannya.',
      'Berapa laporan yang masuk?',
      'Intinya: sudah ada tujuh laporan dan semuanya sedang kami kaji bersama tim.',
      'Apa sanksinya?',
      'Kalau terbukti, kami teruskan ke BKN untuk dijatuhi sanksi.',
    ]);
    expect(find(ss, 'tujuh laporan')?.speaker?.name, show(ss)).toBe('Rahmat Pakaya');
  });
});
