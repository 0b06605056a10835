// Paradigm tests for finding reported statements and their speakers, round 19 (quotes16, issue 22), from the kinds
// of miss the released check24a set showed. Invented lines, each structure with its variants and negatives:
//   A. a transcript whose questions are labelled by the interviewer's role (`Penyiar: …?`, `Moderator: …?`) and
//      whose answers are labelled by the interviewee's name (`Arsyad: …`): each answer is the interviewee's;
//   B. `mempertanyakan` + a noun object: questioning a thing is the statement (check20, check22, check24a count it);
//   C. a modal predicate of readiness after a noun subject (`memastikan personelnya siap mengamankan …`): a clause.
// Blind score (code of 0f5ba3c, before any src change): A 0/4 (negative 1/1), B 0/3, C 1/3 (negatives 2/2).
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/model.js';
import { statementsOf } from './statement-cases.js';

const find = (ss: Statement[], frag: string): Statement | undefined => ss.find((s) => s.quote.toLowerCase().includes(frag.toLowerCase()));
const show = (ss: Statement[]): string => ss.map((s) => `${s.quote.slice(0, 40)} [${s.speaker?.name ?? '-'}]`).join(' | ');

describe('A: a transcript labelled by role and name', () => {
  const transcripts: Array<[label: string, paras: string[], frags: string[], speaker: string]> = [
    ['Penyiar', [
      'Ketua Bawaslu Sambas, Agus Salim, menjadi narasumber dialog interaktif di radio daerah, Sabtu (5/10/2024).',
      'Penyiar: Pelanggaran apa yang paling sering ditemukan?',
      'Agus: Unggahan di media sosial. Ada pegawai yang membagikan ulang video kampanye.',
      'Penyiar: Sudah ada yang dijatuhi sanksi?',
      'Agus: Belum ada. Dua kasus sudah kami teruskan ke BKN.',
    ], ['unggahan di media sosial', 'belum ada. dua kasus'], 'Agus Salim'],
    ['Moderator', [
      'Sekda Lebak, Ade Suhardi, menjadi pembicara dalam diskusi publik netralitas ASN, Kamis (10/10/2024).',
      'Moderator: Bagaimana pemda memantau pegawai di kecamatan yang jauh?',
      'Ade: Camat kami minta melapor setiap pekan. Kalau ada yang ragu, tanya langsung ke BKPSDM.',
      'Moderator: Apa pesan Bapak untuk para guru?',
      'Ade: Datang ke TPS, pilih sesuai hati, lalu kembali bekerja.',
    ], ['camat kami minta melapor', 'datang ke tps'], 'Ade Suhardi'],
    ['Pewawancara', [
      'Kepala BKPSDM Muna, Wa Ode Sitti Hadijah, menerima wartawan di kantornya, Senin (7/10/2024).',
      'Pewawancara: Berapa pegawai yang sudah dilaporkan?',
      'Hadijah: Tiga orang, semuanya guru. Dua sudah kami panggil untuk klarifikasi.',
      'Pewawancara: Apa sanksinya?',
      'Hadijah: Tergantung rekomendasi KASN. Paling ringan teguran tertulis.',
    ], ['tiga orang, semuanya guru', 'tergantung rekomendasi'], 'Wa Ode Sitti Hadijah'],
  ];
  it.each(transcripts)('%s: … / Name: … answers are the interviewee\'s', (_l, paras, frags, speaker) => {
    const ss = statementsOf(paras);
    for (const f of frags) expect(find(ss, f)?.speaker?.name ?? null, show(ss)).toBe(speaker);
  });
  // the first answer's label gives the title and the name (`Anggota Bawaslu Malut, Rustam Djafar: …`): the name
  it('Title, Name: … labels the answer by a person named there first', () => {
    const ss = statementsOf([
      'Bawaslu Provinsi Jambi mengingatkan pegawai tidak menghadiri debat kandidat dengan atribut pasangan calon.',
      'Penyiar: Bagaimana bentuk pengawasannya nanti?',
      'Anggota Bawaslu Jambi, Siti Aminah: Kami menempatkan pengawas di pintu masuk ruangan debat.',
      'Penyiar: Apa sanksinya jika ada yang melanggar?',
      'Siti Aminah: Kami catat, kami klarifikasi, lalu kami teruskan ke BKN.',
    ]);
    expect(find(ss, 'kami menempatkan pengawas')?.quote.startsWith('Kami'), show(ss)).toBe(true);
    expect(find(ss, 'kami menempatkan pengawas')?.speaker?.name ?? null, show(ss)).toBe('Siti Aminah');
    expect(find(ss, 'kami catat')?.speaker?.name ?? null, show(ss)).toBe('Siti Aminah');
  });
  // negative: the role label's questions are no statement
  it('the labelled questions are no statements', () => {
    const ss = statementsOf(transcripts[0]![1]);
    expect(find(ss, 'pelanggaran apa'), show(ss)).toBeUndefined();
    expect(find(ss, 'sudah ada yang dijatuhi'), show(ss)).toBeUndefined();
  });
});

describe('B: mempertanyakan + a noun object', () => {
  const rows: Array<[line: string, frag: string, speaker: string]> = [
    ['Ketua Komisi I DPRD Sambas, Hendra Saputra, mempertanyakan dasar mutasi lima kepala sekolah menjelang pemungutan suara.', 'dasar mutasi lima kepala sekolah', 'Hendra Saputra'],
    ['Anggota Komisi A, Yohanis Lado, mempertanyakan lambannya tindak lanjut rekomendasi Bawaslu oleh pemerintah kabupaten.', 'lambannya tindak lanjut', 'Yohanis Lado'],
    ['Ketua LSM Pemantau Lebak, Ade Rahmat, mempertanyakan pemindahan tujuh guru ke sekolah terpencil setelah pilkada.', 'pemindahan tujuh guru', 'Ade Rahmat'],
  ];
  it.each(rows)('%s', (line, frag, speaker) => {
    const ss = statementsOf([line]);
    expect(find(ss, frag)?.speaker?.name ?? null, show(ss)).toBe(speaker);
  });
});

describe('C: a modal predicate after a noun subject', () => {
  const rows: Array<[line: string, frag: string, speaker: string]> = [
    ['Kapolres Sambas AKBP Sugiarto, S.H., memastikan personelnya siap mengamankan seluruh tahapan pilkada.', 'personelnya siap mengamankan', 'Sugiarto'],
    ['Camat Tebas, Yusuf Effendi, memastikan seluruh kepala desa siap menandatangani pakta integritas.', 'seluruh kepala desa siap', 'Yusuf Effendi'],
    ['Kepala BKPSDM Sambas, Nurhayati, menyebutkan pegawai yang dilaporkan itu sanggup menghadiri pemeriksaan pekan depan.', 'sanggup menghadiri', 'Nurhayati'],
  ];
  it.each(rows)('%s', (line, frag, speaker) => {
    const ss = statementsOf([line]);
    expect(find(ss, frag)?.speaker?.name ?? null, show(ss)).toBe(speaker);
  });
  // negatives: `siap` inside an object's noun phrase, or a plain object, is no clause
  const negatives: Array<[line: string, frag: string]> = [
    ['Kapolres Sambas AKBP Sugiarto memastikan kesiapan personel pengamanan di seluruh TPS.', 'kesiapan personel'],
    ['Camat Tebas, Yusuf Effendi, menyampaikan laporan kesiapan desa siaga kepada bupati.', 'laporan kesiapan'],
  ];
  it.each(negatives)('no statement: %s', (line, frag) => {
    const ss = statementsOf([line]);
    expect(find(ss, frag), show(ss)).toBeUndefined();
  });
});

// D. the day of the statement between the subject and its verb (`Bawaslu X dalam keterangan tertulisnya, Senin
// (7/10/2024), menyatakan …`): the subject before the day speaks. Blind score 0/4 (negative 1/1).
describe('D: the day of the statement before the verb', () => {
  const rows: Array<[line: string, frag: string, speaker: string]> = [
    ['Bawaslu Sambas dalam keterangan tertulisnya, Senin (7/10/2024), menyatakan telah memanggil dua kepala desa untuk klarifikasi.', 'telah memanggil dua kepala desa', 'Bawaslu Sambas'],
    ['Bawaslu Kota Tidore Kepulauan, Kamis (10/10/2024), menyatakan sudah meneruskan laporan itu ke KASN.', 'sudah meneruskan laporan', 'Bawaslu Kota Tidore Kepulauan'],
    ['Bawaslu Lebak pada Selasa (8/10/2024) menyatakan camat yang dilaporkan sudah memenuhi panggilan.', 'camat yang dilaporkan', 'Bawaslu Lebak'],
    ['Bawaslu Muna melalui siaran persnya, Rabu, menyatakan empat kepala desa terbukti ikut kampanye.', 'empat kepala desa terbukti', 'Bawaslu Muna'],
  ];
  it.each(rows)('%s', (line, frag, speaker) => {
    const ss = statementsOf([line]);
    expect(find(ss, frag)?.speaker?.name ?? null, show(ss)).toBe(speaker);
  });
  // negative: a person named before the day still speaks
  it('Title, Name, Senin (…), mengatakan: the person', () => {
    const ss = statementsOf(['Ketua Bawaslu Sambas, Agus Salim, Senin (7/10/2024), mengatakan dua kepala desa sudah dipanggil.']);
    expect(find(ss, 'dua kepala desa')?.speaker?.name, show(ss)).toBe('Agus Salim');
  });
});

// E. a marked verb whose content opens with an agent of oversight acting (`menyampaikan pengawas menemukan dua ASN
// …`, after check25's live blog): the agent is the clause's subject, as an institution is (`menjelaskan Bawaslu
// menemukan …`); a plain object after the verb stays none. Blind score 0/2 on rows 1 and 3 (row 2 was rewritten
// after the blind run: its first form, with `sudah`, passed already); negatives 2/2.
describe('E: an agent of oversight opening the content', () => {
  const rows: Array<[line: string, frag: string, speaker: string]> = [
    ['Ketua Bawaslu Kota Tidore, Rusdi Hasan, menyampaikan pengawas menemukan tiga pegawai di posko pemenangan pada masa tenang.', 'pengawas menemukan tiga pegawai', 'Rusdi Hasan'],
    ['Kepala Inspektorat Lebak, Ade Suhardi, menjelaskan tim pemeriksa menemukan foto dua kepala sekolah di akun calon.', 'tim pemeriksa menemukan', 'Ade Suhardi'],
    ['Kapolres Sambas AKBP Sugiarto mengungkapkan petugas mengamankan uang tunai dari rumah seorang perangkat desa.', 'petugas mengamankan uang', 'Sugiarto'],
  ];
  it.each(rows)('%s', (line, frag, speaker) => {
    const ss = statementsOf([line]);
    expect(find(ss, frag)?.speaker?.name ?? null, show(ss)).toBe(speaker);
  });
  const negatives: Array<[line: string, frag: string]> = [
    ['Ketua Bawaslu Sambas, Agus Salim, menyampaikan tugas pengawas kepada peserta bimbingan teknis.', 'tugas pengawas'],
    ['Camat Tebas, Yusuf Effendi, menjelaskan petugas ketertiban di setiap kantor desa.', 'petugas ketertiban'],
  ];
  it.each(negatives)('no statement: %s', (line, frag) => {
    const ss = statementsOf([line]);
    expect(find(ss, frag), show(ss)).toBeUndefined();
  });
});

// F. a lower-case title read in part, then a name in apposition (`ujar kepala suku Mpur, Yakob Ariks`): the name, not
// the holder of a bare title named before. Blind score 0/2 (negative 1/1).
describe('F: a lower-case title, then a name in apposition after the quote', () => {
  const rows: Array<[paras: string[], frag: string, speaker: string]> = [
    [['Plh Kepala Dinas Pekerjaan Umum, Kristian Sedik, mendampingi wakil bupati.', '“Kami sudah tanam pinang di pinggir jalan, tinggal tunggu aspal,” ujar kepala suku Mpur, Yakob Ariks.'], 'tanam pinang', 'Yakob Ariks'],
    [['Kepala Dinas Pendidikan Sambas, Nurhayati, hadir.', '“Anak-anak kami sudah lama menunggu sekolah ini,” kata kepala adat Dayak Iban, Markus Ujang, Senin.'], 'menunggu sekolah', 'Markus Ujang'],
  ];
  it.each(rows)('%s', (paras, frag, speaker) => {
    const ss = statementsOf(paras);
    expect(find(ss, frag)?.speaker?.name ?? null, show(ss)).toBe(speaker);
  });
  it('kata kepala dinas, Senin: the bare title\'s holder', () => {
    const ss = statementsOf(['Kepala Dinas Pendidikan Sambas, Nurhayati, hadir.', '“Kami akan menindak guru yang ikut kampanye,” kata kepala dinas, Senin.']);
    expect(find(ss, 'menindak guru')?.speaker?.name ?? null, show(ss)).toBe('Nurhayati');
  });
});

// Review18b findings 2 and 4 (inputs /work/notes/review18/b2.txt, b4.txt): an object with a modifier after a
// possessive `-nya` (`menyampaikan ucapan selamatnya bertepatan dengan …`) and, after a verb of judging, a noun, its
// demonstrative and an adjunct word (`menilai laporan itu kemarin`) are no statement. Before the fix the reviewer's
// four lines (b2.json, b4.json) were found as statements; the two invented variants were written with the fix.
describe('review18b: no clause in an object with a modifier or an adjunct', () => {
  const negatives: Array<[line: string, frag: string]> = [
    ['Bupati Sikka, Fransiskus Roberto Diogo, menyampaikan ucapan selamatnya bertepatan dengan HUT Korpri ke-53 kepada seluruh ASN.', 'ucapan selamatnya'],
    ['Ketua Bawaslu Sikka, Yohanes Dua, mengungkapkan rasa bangganya bertemu langsung dengan para pengawas desa.', 'rasa bangganya'],
    ['Narasumber dari BKN, Maria Yasinta, menyampaikan materi sosialisasinya bertema netralitas ASN dalam pilkada.', 'materi sosialisasinya'],
    ['Sekda Sambas, Fahrizal, menyampaikan buku panduannya berjudul Netralitas ASN kepada para camat.', 'buku panduannya'],
    ['Ketua Bawaslu Sikka, Yohanes Dua, menilai laporan itu kemarin.', 'laporan itu'],
    ['Camat Tebas, Yusuf Effendi, menilai usulan tersebut lagi.', 'usulan tersebut'],
  ];
  it.each(negatives)('no statement: %s', (line, frag) => {
    const ss = statementsOf([line]);
    expect(find(ss, frag), show(ss)).toBeUndefined();
  });
  const rows: Array<[line: string, frag: string, speaker: string]> = [
    ['Anggota Bawaslu Barito Selatan, Noor Aisyah, mengakui pola pelanggarannya berubah.', 'pola pelanggarannya berubah', 'Noor Aisyah'],
    ['Kepala Dinas Kesehatan Sambas, Hendra Gunawan, mengakui dua stafnya menghadiri deklarasi pasangan calon.', 'dua stafnya menghadiri', 'Hendra Gunawan'],
    ['Bupati Sikka, Fransiskus Diogo, menilai kinerja tersebut baik.', 'kinerja tersebut baik', 'Fransiskus Diogo'],
    ['Camat Tebas, Yusuf Effendi, menilai langkah itu tepat.', 'langkah itu tepat', 'Yusuf Effendi'],
    ['Ketua Panwascam Tebas, Yusuf Effendi, mengakui jumlah pengawasnya berkurang.', 'jumlah pengawasnya berkurang', 'Yusuf Effendi'],
  ];
  it.each(rows)('%s', (line, frag, speaker) => {
    const ss = statementsOf([line]);
    expect(find(ss, frag)?.speaker?.name ?? null, show(ss)).toBe(speaker);
  });
});

// Review18b finding 1 (input /work/notes/review18/b1.txt): a place or an acronym glued onto the name after a noun of
// standing (`Tokoh adat Sikka Yohanes Dua` -> `Sikka Yohanes Dua`). Rows written with the fix (not run before it; the
// reviewer's b1.json shows the glued form for the first kind); the fourth row (a three-word name) guards the old
// reading. A capitalised affiliation no list knows (`Pengamat politik Undana Ahmad Atang`) still gives `Undana Ahmad
// Atang`: marked it.fails.
describe('review18b: a place or acronym before the name after a noun of standing', () => {
  const rows: Array<[paras: string[], frag: string, speaker: string]> = [
    [['MAUMERE - Bawaslu Sikka menggelar diskusi publik tentang netralitas ASN.', 'Tokoh adat Sikka Yohanes Dua menilai kepala desa itu melanggar aturan.'], 'kepala desa itu melanggar', 'Yohanes Dua'],
    [['Peneliti senior ICW Agus Sunaryanto menilai sanksi bagi ASN terlalu ringan.'], 'sanksi bagi asn', 'Agus Sunaryanto'],
    [['Bawaslu Sambas menggelar diskusi publik.', 'Akademisi hukum Sambas Rina Wulandari menilai mutasi itu bermuatan politik.'], 'mutasi itu bermuatan', 'Rina Wulandari'],
    [['Dosen hukum tata negara Muhammad Noor Fajri menilai sanksi bagi ASN terlalu ringan.'], 'sanksi bagi asn', 'Muhammad Noor Fajri'],
  ];
  it.each(rows)('%s', (paras, frag, speaker) => {
    const ss = statementsOf(paras);
    expect(find(ss, frag)?.speaker?.name ?? null, show(ss)).toBe(speaker);
  });
  it.fails('Pengamat politik Undana Ahmad Atang: a capitalised affiliation no list knows (known miss)', () => {
    const ss = statementsOf(['Pengamat politik Undana Ahmad Atang menilai netralitas ASN di NTT masih lemah.']);
    expect(find(ss, 'netralitas asn')?.speaker?.name ?? null, show(ss)).toBe('Ahmad Atang');
  });
});
