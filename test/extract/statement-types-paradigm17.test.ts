// Paradigm table of round 17 (types14, issue 22: statement types on fresh text). Invented, realistic statements,
// one per row, typed by hand under the scheme of src/lexicon/statement-types.ts BEFORE any change to the classifier,
// covering the kinds fresh blind text exercised, each with negatives beside it:
//   S. sanctions reported without the usual sanction words (pay or allowance cut or delayed, a decree signed against
//      someone, a transfer to a post with no function, a contract not renewed, an honorarium stopped by an authority);
//   W. threats without a sanction keyword (refused tolerance, a possible disqualification, facing the law, `siap-siap`,
//      a loss of pay or contract under a condition);
//   N. a cue inside a prohibition or a negation (a pledge word a prohibition forbids is a warning; a negation inside
//      the committed content keeps the commitment);
//   A. imperatives and encouragements (`Jangan takut …`, `Laporkan jika …`, `mari`, `diharapkan`): appeal or
//      instruction (one type under the scheme);
//   E. assessments (an evaluation of the situation: `rawan`, `masih tinggi`, `menilai`);
//   P. pledges without a pledge verb (`Kami ASN Kabupaten X netral`);
//   X. negatives: a sanction word in a question, a prohibition named as a topic, a commitment reported as someone
//      else's, an evaluation verb in the speaker's future.
// Every third row (marked `held`) was held out while the rules were written: its figure is reported apart.
// Blind score (src/ of main 05fc75f, before any change): tuned 29/40, held out 11/19 (40/59 = 0.678).
// After round 17: tuned 40/40 (one gold corrected, see its row), held out 16/19 (left: `masih menjadi persoalan
// serius`, an evaluation with no finding word; `harga mati bagi kami`, a pledge idiom; a contract `tidak diperpanjang
// lagi oleh dinas`, a refused renewal reported: its first rule was withdrawn, it also fired on fears and definitions;
// the second, scoped to its sentence, passes it, after the row was seen: 17/19 counted, 16/19 blind to it).
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/extract/statements/classify.js';

/** The scheme counts appeal and instruction as one type. */
const scheme = (t: string): string => (t === 'instruction' ? 'appeal' : t);

type Row = readonly [kind: string, gold: string, held: '' | 'held', text: string];
const ROWS: readonly Row[] = [
  // S. sanctions reported without the usual words
  ['S', 'sanction', '', 'Tunjangan kinerja yang bersangkutan sudah kami potong separuh sejak bulan lalu.'],
  ['S', 'sanction', '', 'Kami sudah melakukan penundaan pembayaran tunjangan bagi dua ASN tersebut.'],
  ['S', 'sanction', 'held', 'Bupati sudah menandatangani surat keputusan pemberhentian sementara terhadap camat itu.'],
  ['S', 'sanction', '', 'Yang bersangkutan sudah kami nonjobkan sejak pekan lalu.'],
  ['S', 'sanction', '', 'Kepala sekolah itu telah dibebastugaskan dan kini hanya menjadi guru biasa.'],
  ['S', 'sanction', 'held', 'Kontrak kerja kedua tenaga PPPK itu tidak diperpanjang lagi oleh dinas.'],
  ['S', 'sanction', '', 'Honorarium tiga ketua RT itu sudah dihentikan oleh pemerintah kabupaten.'],
  ['S', 'sanction', '', 'Mulai hari ini camat tersebut dinonjobkan dan ditempatkan sebagai staf di kantor bupati.'],
  ['S', 'sanction', 'held', 'Pemotongan tunjangan sebesar 50 persen sudah berlaku untuk lima kepala desa itu.'],
  ['S', 'sanction', '', 'SK penurunan pangkat untuk oknum guru tersebut sudah saya teken kemarin.'],
  // (gold corrected after the blind run from `sanction`: a generic subject with no perfect marker states a rule, a
  // threat, as the scheme documents: `siapa pun yang ketahuan …, tunjangannya kami potong`)
  ['S', 'warning', '', 'Siltap kepala desa yang terbukti berkampanye kami hentikan selama tiga bulan.'],
  ['S', 'sanction', 'held', 'Insentif para kader posyandu yang ikut kampanye sudah dihentikan sejak Oktober.'],
  // W. threats without a sanction keyword
  ['W', 'warning', '', 'Kami tidak akan memberikan toleransi kepada ASN yang terlibat politik praktis.'],
  ['W', 'warning', '', 'Pasangan calon yang terbukti melakukan politik uang bisa didiskualifikasi.'],
  ['W', 'warning', 'held', 'Siapa pun yang mengerahkan ASN untuk kampanye akan berhadapan dengan hukum.'],
  ['W', 'warning', '', 'Kepala desa yang masih memasang baliho calon, siap-siap saja.'],
  ['W', 'warning', '', 'Honor mereka akan dihentikan kalau terbukti berpihak kepada salah satu calon.'],
  ['W', 'warning', 'held', 'ASN yang ketahuan mendukung calon di media sosial bisa dinonjobkan.'],
  ['W', 'warning', '', 'Kontrak PPPK yang ikut kampanye tidak akan diperpanjang tahun depan.'],
  ['W', 'warning', '', 'Kalau nanti terbukti, yang bersangkutan harus siap menanggung akibatnya.'],
  ['W', 'warning', 'held', 'Kami tidak main-main, lurah yang terbukti tidak netral pasti kami copot.'],
  ['W', 'warning', '', 'Jika terbukti ikut kampanye, tunjangan mereka bisa ditunda.'],
  // N. a cue inside a prohibition or a negation
  ['N', 'warning', '', 'ASN dilarang ikut deklarasi dukungan kepada pasangan calon.'],
  ['N', 'commitment', 'held', 'Kami berkomitmen tidak akan membiarkan ASN terseret politik praktis.'],
  ['N', 'warning', '', 'Pegawai tidak boleh menyatakan siap mendukung salah satu calon.'],
  ['N', 'warning', '', 'Kepala desa jangan sampai ikut menandatangani deklarasi dukungan.'],
  ['N', 'commitment', 'held', 'Kami berjanji tidak akan menggunakan fasilitas negara untuk kampanye.'],
  ['N', 'commitment', '', 'Saya pastikan tidak akan ada mobilisasi ASN di kabupaten ini.'],
  ['N', 'commitment', '', 'Kami siap tidak memihak kepada pasangan calon mana pun.'],
  ['N', 'warning', 'held', 'Perangkat desa tidak diperbolehkan ikut berikrar mendukung calon tertentu.'],
  // A. imperatives and encouragements
  ['A', 'appeal', '', 'Jangan takut melapor kalau melihat ASN yang berkampanye.'],
  ['A', 'instruction', '', 'Laporkan jika menemukan pegawai yang memasang atribut partai.'],
  ['A', 'appeal', 'held', 'Mari kita jaga netralitas ASN demi pilkada yang damai.'],
  ['A', 'appeal', '', 'Masyarakat diharapkan ikut mengawasi netralitas aparatur desa.'],
  ['A', 'instruction', '', 'Segera laporkan ke Panwascam bila ada kepala desa yang berpihak.'],
  ['A', 'appeal', 'held', 'Jangan ragu menyampaikan laporan ke posko pengaduan kami.'],
  ['A', 'appeal', '', 'Kami mendorong warga untuk aktif melaporkan dugaan pelanggaran netralitas.'],
  ['A', 'appeal', '', 'Tolong sampaikan kepada keluarga agar tidak mudah terpengaruh politik uang.'],
  ['A', 'appeal', 'held', 'Dengan apel ini diharapkan ASN semakin paham aturan netralitas.'],
  // E. assessments
  ['E', 'assessment', '', 'Potensi pelanggaran netralitas di daerah ini masih tinggi.'],
  ['E', 'assessment', '', 'Kecamatan di wilayah perbatasan termasuk rawan pelanggaran netralitas.'],
  ['E', 'assessment', 'held', 'Kami menilai netralitas ASN di kabupaten ini sudah cukup baik.'],
  ['E', 'assessment', '', 'Dari hasil pemetaan, ada tiga kecamatan yang masuk kategori rawan tinggi.'],
  ['E', 'assessment', '', 'Sejauh ini situasi di lapangan masih aman dan kondusif.'],
  ['E', 'assessment', 'held', 'Pelanggaran netralitas kepala desa masih menjadi persoalan serius di sini.'],
  // P. pledges without a pledge verb
  ['P', 'commitment', '', 'Kami ASN Kabupaten Kapuas Hulu netral dan tidak akan memihak.'],
  ['P', 'commitment', '', 'Kami ASN Kabupaten Sambas siap netral dalam Pilkada 2024.'],
  ['P', 'commitment', 'held', 'Netralitas ASN harga mati bagi kami di Kota Bima.'],
  ['P', 'commitment', '', 'Insyaallah kami tetap netral sampai pelantikan nanti.'],
  ['P', 'commitment', '', 'Tidak ada satu pun pegawai kami yang akan ikut kampanye, itu jaminan saya.'],
  // X. negatives
  ['X', 'other', 'held', 'Apakah ASN yang hanya menyukai unggahan calon di media sosial bisa dikenai sanksi?'],
  ['X', 'other', '', 'Aturan soal larangan kampanye bagi ASN sudah ada sejak lama.'],
  ['X', 'assessment', '', 'Para kepala desa itu dulu berjanji netral, tapi faktanya banyak yang ikut kampanye.'],
  ['X', 'commitment', 'held', 'Kami akan menilai kinerja para camat secara berkala.'],
  ['X', 'instruction', '', 'Jangan hanya menunggu laporan, petugas harus aktif turun ke lapangan.'],
  ['X', 'other', '', 'Pasukan pengamanan sudah disiagakan di setiap TPS sejak pagi.'],
  ['X', 'other', 'held', 'Ia bertanya mengapa tunjangannya belum dibayar sejak Agustus.'],
  ['X', 'other', '', 'Kepala desa itu kembali menjabat setelah masa hukumannya selesai.'],
  ['X', 'other', '', 'Kontrak pengadaan logistik pemilu sudah diperpanjang hingga Desember.'],
];

const got = ROWS.map(([, gold, held, text]) => ({ gold, held, text, type: classify(text).type }));
const agree = (held: boolean): [number, number] => {
  const rows = got.filter((r) => (r.held === 'held') === held);
  return [rows.filter((r) => scheme(r.type) === scheme(r.gold)).length, rows.length];
};
if (process.env.PARADIGM17_REPORT) {
  const [t, tn] = agree(false);
  const [h, hn] = agree(true);
  console.log(`paradigm17 tuned ${t}/${tn}, held out ${h}/${hn}`);
  for (const r of got) if (scheme(r.type) !== scheme(r.gold)) console.log(`  ${r.held || 'tuned'}: ${r.gold} ← ${r.type}: ${r.text}`);
}

describe('paradigm 17: statement types on the kinds fresh text exercises', () => {
  it.each(ROWS.filter((r) => r[2] === ''))('%s %s: %s %s', (_kind, gold, _held, text) => {
    expect(scheme(classify(text).type)).toBe(scheme(gold));
  });
  it('held-out rows agree at least as well as the floor', () => {
    const [h, hn] = agree(true);
    expect(h / hn).toBeGreaterThanOrEqual(0.89); // 17/19 (16/19 before the refused-renewal row was seen)
  });
});

describe('a refused renewal reported (written after the blind run, with its negatives)', () => {
  it.each([
    ['sanction', 'Kontrak kerja kedua tenaga PPPK itu tidak diperpanjang lagi oleh dinas.'],
    ['sanction', 'Sejak Januari kontrak tiga bidan desa itu tidak kami perpanjang karena terbukti ikut kampanye.'],
    ['warning', 'Kontrak PPPK yang ikut kampanye tidak akan diperpanjang tahun depan.'],
    ['warning', 'Untuk honorer, sanksinya kontrak tidak diperpanjang. Itu sudah ada di perjanjian kerja masing-masing.'],
    ['other', 'Gurunya takut kontraknya tidak diperpanjang kalau tidak ikut.'],
    ['other', 'Mereka takut kontraknya tidak diperpanjang, jadi mudah disuruh-suruh.'],
    ['other', 'Kontraknya diperpanjang sampai Desember.'],
  ])('%s: %s', (gold, text) => {
    expect(classify(text).type).toBe(gold);
  });
});
