// Paradigm table of round 19 (types17, issue 22: statement types on unseen text). Invented, realistic statements, one per
// row, typed by hand under the scheme of src/lexicon/statement-types.ts BEFORE any change to the classifier. Each block is a
// structure (what the clause does, not one article's words), from what the released sets (check24a, check22) missed:
//   I. equal treatment declared: a verb of favouring or discriminating (FAVOURING) negated, or inside a negated
//      existential's relative clause, with the speaker's side before it, pledges equal treatment, a commitment (`…, tidak
//      ada warga yang kami istimewakan`, `Kami tidak membeda-bedakan pasangan calon`, `tanpa membeda-bedakan`); forbidden,
//      asked for or asserted it is the prohibition's, the order's or nothing; a negated existential over a receipt or a
//      discovery stays a finding (`Belum ada laporan yang kami terima`);
//   P. pay lost told from the receiver's side: a receiving verb (RECEIVING) with a pay or office word after it, negated
//      (`tidak lagi menerima siltap`) or restricted (`hanya menerima separuh tunjangan kinerja`), after an offender named
//      (`yang terbukti …`, `yang kedapatan …`, `Kalau terbukti …`): reported, a sanction; under a modal or condition, a
//      threat; a pay cut with no offender named (`Guru honorer hanya menerima separuh honor karena dana BOS …`) nothing.
//   C. the conditional exclusion: a verb of striking off (EXCLUDING) as the speaker's object-fronted act (`namanya saya coret
//      dari daftar`) on an offender named before it (an official heading a relative under a condition, `Kalau ada kepala
//      sekolah yang …`; `yang terbukti/kedapatan`; `siapa pun`; a generic subject fronted) is the speaker's consequence:
//      a threat, with a perfect marker a sanction; on a voter or a typo it strikes an entry off a list, nothing.
//   R. the removal from as a decree's content: `pembebasan` (the noun of `membebaskan`) with the office after its object
//      (`keputusan pembebasan seorang kepala seksi … dari jabatannya`, REMOVING_FROM within REMOVING_FROM_REACH) is a
//      sanction noun; land cleared (`pembebasan lahan`) or a fee waived is none. Block R was written WITH its rule (no
//      blind score, no held rows): a small fix, checked only by its negatives and the fixture diff.
// Every third row or so of each block (marked `held`) was held out while the rules were written: its figure is apart.
// Blind score (src/ of main bb3e10a, before any change): block I tuned 4/9, held out 2/4.
// Block P blind: tuned 2/8, held 1/4. Together: tuned 6/17, held out 3/8 (9/25 = 0.36).
// Block C blind: tuned 2/7, held 2/4 (all three blocks blind: tuned 8/24, held out 5/12).
// review19 negatives (written before the fix, main bb3e10a): block I's ability modal (`tidak bisa membedakan mana …`) 0/3,
// block C's relative with no offence (`Kalau ada ASN yang sudah meninggal dunia …, namanya kami coret`) 0/3; after 6/6.
// After block I's rule: block I tuned 9/9, held out 4/4. After block P's: tuned 17/17, held out 6/8 (both blocks); after block C's: tuned 24/24, held out 10/12.
// Held out and still missed (block P): `Lurah yang kedapatan menggiring warga … itu kini hanya mendapat sebagian insentifnya`
// (a relative with no counted head is a generic condition, so the loss reads as a threat, gold sanction: the demonstrative
// closing the relative, as release18 left for `distop`); `Sebagian guru honorer belum menerima honor …` (the quantity
// `sebagian` reads as a finding, gold other: blind, untouched).
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/extract/statements/classify.js';

/** The scheme counts appeal and instruction as one type. */
const scheme = (t: string): string => (t === 'instruction' ? 'appeal' : t);

type Row = readonly [kind: string, gold: string, held: '' | 'held', text: string];
const ROWS: readonly Row[] = [
  ['I', 'commitment', '', 'Pelayanan di kantor kecamatan tetap berjalan seperti biasa, tidak ada warga yang kami istimewakan karena pilihan politiknya.'],
  ['I', 'commitment', '', 'Kami tidak membeda-bedakan pasangan calon, semua tim mendapat jadwal yang sama.'],
  ['I', 'commitment', '', 'Puskesmas melayani semua pasien dan tidak kami bedakan berdasarkan dukungan politiknya.'],
  ['I', 'commitment', 'held', 'Tidak ada satu pun paslon yang kami istimewakan dalam pemberian izin kampanye.'],
  ['I', 'commitment', '', 'Semua warga kami layani tanpa membeda-bedakan pilihan politiknya.'],
  ['I', 'commitment', 'held', 'Saya tidak mengistimewakan calon mana pun selama menjabat kepala desa.'],
  ['I', 'commitment', '', 'Tidak ada yang kami anakemaskan, semua paslon boleh memakai lapangan desa sesuai jadwal.'],
  ['I', 'assessment', '', 'Belum ada laporan yang kami terima soal ASN yang tidak netral.'],
  ['I', 'warning', '', 'ASN dilarang mengistimewakan salah satu pasangan calon.'],
  ['I', 'instruction', '', 'Camat diminta tidak membeda-bedakan pelayanan kepada tim pasangan calon.'],
  ['I', 'warning', 'held', 'Jangan membeda-bedakan warga karena pilihan politiknya.'],
  // review19 (a7): an ability modal under the negation reports an inability (telling apart), no pledge
  ['I', 'other', '', 'Kami tidak bisa membedakan mana akun asli dan mana akun palsu.'],
  ['I', 'other', '', 'Kami belum bisa membedakan mana warga yang hadir sebagai relawan dan mana yang hanya menonton.'],
  ['I', 'other', '', 'Kami tidak dapat membedakan mana relawan dan mana ASN dari foto itu.'],
  ['I', 'assessment', '', 'Tidak ada pelanggaran yang kami temukan selama masa tenang.'],
  ['I', 'warning', 'held', 'Kalau ada kepala desa yang mengistimewakan calon tertentu, akan kami laporkan ke Bawaslu.'],
  ['P', 'sanction', '', 'Tiga pegawai yang terbukti ikut kampanye kini hanya menerima separuh tunjangan kinerja.'],
  ['P', 'sanction', '', 'Sejak November, dua kepala desa yang kedapatan memasang baliho calon itu tidak lagi menerima siltap.'],
  ['P', 'sanction', '', 'Dua guru PPPK yang terbukti berkampanye hanya menerima setengah gaji selama tiga bulan.'],
  ['P', 'sanction', 'held', 'Lurah yang kedapatan menggiring warga ke posko calon itu kini hanya mendapat sebagian insentifnya.'],
  ['P', 'sanction', '', 'Seorang ASN yang terbukti melanggar netralitas tidak lagi mendapat TPP sejak Oktober.'],
  ['P', 'sanction', 'held', 'Empat perangkat desa yang terbukti hadir di deklarasi paslon sudah tidak lagi menerima penghasilan tetap.'],
  ['P', 'other', '', 'Guru honorer hanya menerima separuh honor karena dana BOS terlambat cair.'],
  ['P', 'warning', '', 'ASN yang terbukti ikut kampanye tidak akan lagi menerima tunjangan.'],
  ['P', 'warning', '', 'Kalau terbukti berpihak, kepala desa itu hanya akan menerima separuh siltap.'],
  ['P', 'other', 'held', 'Pegawai yang terbukti tidak bersalah tetap menerima tunjangan seperti biasa.'],
  ['P', 'other', '', 'Warga yang terbukti terdaftar ganda hanya menerima satu surat suara.'],
  ['P', 'other', 'held', 'Sebagian guru honorer belum menerima honor sejak Agustus karena anggaran terlambat.'],
  ['C', 'warning', '', 'Kalau ada kepala desa yang ikut menggiring warga ke posko calon, namanya kami coret dari daftar penerima bantuan.'],
  ['C', 'warning', '', 'Kalau ada guru yang kedapatan berkampanye di kelas, langsung saya coret dari daftar guru penggerak.'],
  ['C', 'warning', 'held', 'Jika ada perangkat desa yang memasang stiker calon di kantor, namanya saya coret dari daftar kegiatan.'],
  ['C', 'warning', '', 'Siapa pun ASN yang ikut deklarasi paslon, akan kami coret dari usulan promosi.'],
  ['C', 'warning', 'held', 'Pegawai yang berani ikut konvoi kampanye, kami coret dari daftar peserta seleksi.'],
  ['C', 'warning', '', 'Kalau ada camat yang terbukti berpihak, saya gugurkan dari bursa calon sekda.'],
  ['C', 'other', '', 'Kalau ada pemilih yang meninggal dunia, namanya kami coret dari DPT.'],
  ['C', 'other', '', 'Nama warga yang sudah pindah domisili kami coret dari daftar pemilih.'],
  ['C', 'other', 'held', 'Pemilih yang tidak memenuhi syarat sudah kami coret dari DPT.'],
  ['C', 'sanction', '', 'Dua kepala sekolah yang terbukti mengumpulkan guru untuk calon tertentu sudah saya coret dari daftar calon pengawas.'],
  ['C', 'other', 'held', 'Kalau ada kesalahan ketik, namanya kami coret dan ganti dengan yang benar.'],
  // review19 (a8): an official heading a relative with no offence in it names no offender
  ['C', 'other', '', 'Kalau ada ASN yang sudah meninggal dunia tetapi masih terdaftar di DPT, namanya kami coret.'],
  ['C', 'other', '', 'Jika ada guru yang sudah pensiun tetapi masih tercatat sebagai pengawas, namanya kami coret dari daftar.'],
  ['C', 'other', '', 'Kalau ada kepala desa yang sudah pindah tugas, namanya saya coret dari grup koordinasi.'],
  ['R', 'sanction', '', 'Bupati sudah menandatangani keputusan pembebasan seorang kepala bidang dinas pendidikan dari jabatannya.'],
  ['R', 'sanction', '', 'Pj Wali Kota telah membebaskan Kepala Bagian Umum Sekretariat Daerah Kota itu dari jabatannya.'],
  ['R', 'sanction', '', 'Surat keputusan pembebasan dua kepala sekolah dasar negeri dari jabatannya sudah diserahkan.'],
  ['R', 'other', '', 'Pemerintah kabupaten sudah menyelesaikan pembebasan lahan untuk pembangunan kantor camat.'],
  ['R', 'warning', '', 'Kalau terbukti, bupati bisa membebaskan kepala seksi itu dari jabatannya.'],
  ['R', 'other', '', 'Warga dibebaskan dari biaya pengurusan surat pindah selama masa pemilihan.'],
];

const got = ROWS.map(([, gold, held, text]) => ({ gold, held, text, type: classify(text).type }));
const agree = (held: boolean): [number, number] => {
  const rows = got.filter((r) => (r.held === 'held') === held);
  return [rows.filter((r) => scheme(r.type) === scheme(r.gold)).length, rows.length];
};
if (process.env.ROUND19_REPORT) {
  const [t, tn] = agree(false);
  const [h, hn] = agree(true);
  console.log(`round19 tuned ${t}/${tn}, held out ${h}/${hn}`);
  for (const r of got) if (scheme(r.type) !== scheme(r.gold)) console.log(`  ${r.held || 'tuned'}: ${r.gold} ← ${r.type}: ${r.text}`);
}

describe('round 19: equal treatment declared, pay lost told from the receiver\'s side, the conditional exclusion, the removal from as a decree\'s content', () => {
  it.each(ROWS.filter((r) => r[2] === ''))('%s %s: %s %s', (_kind, gold, _held, text) => {
    expect(scheme(classify(text).type)).toBe(scheme(gold));
  });
  it('held-out rows agree at least as well as the floor', () => {
    const [h, hn] = agree(true);
    expect(h / hn).toBeGreaterThanOrEqual(0.75);
  });
});
