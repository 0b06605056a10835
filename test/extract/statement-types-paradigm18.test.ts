// Paradigm table of round 18 (types15, issue 22: statement types on fresh text). Invented, realistic statements, one
// per row, typed by hand under the scheme of src/lexicon/statement-types.ts BEFORE any change to the classifier. The
// structures are the ones the released sets' misses share (check18, check20, check22, regional, types3, portal, dev),
// decided by what the clause does, not by one article's words:
//   R. the request's content: a request verb (`mendorong`, `menyarankan`, `mengimbau`, `mengingatkan`) whose addressee
//      is followed by an active verb, no `untuk`/`agar` between, asks for that act; a sanction or enforcement verb in
//      it is what is asked of the addressee, no threat of the speaker's (`menyarankan para nakes menonaktifkan grup …`);
//   C. the comparative judgement: a quality judged against another time or place (`sudah jauh lebih baik dibanding
//      pemilu lalu`) is an assessment; a comparison inside a purpose, a hope, an order or a pledge is theirs;
//   N. the counted referent: a numeral or `seorang` heading the noun before `yang terbukti …` names who, it sets no
//      condition: the act on them is reported (`kontrak seorang PPPK yang terbukti berkampanye tidak diperpanjang`),
//      while a bare or universal head (`ASN yang …`, `setiap kepala desa yang …`) stays a generic condition, a threat;
//   U. facing someone without a verb of facing: a generic offender's `urusannya dengan <the speaker, the law>` and a
//      dare to wait (`tunggu saja panggilan dari inspektorat`) threaten; a matter (`urusan administrasi`) or the
//      speaker's own waiting (`kami tunggu saja keputusan pusat`) does not.
// Every third row of each block (marked `held`) was held out while the rules were written: its figure is apart.
// Blind score (src/ of main 762eec7, before any change): blocks R, C, N, U tuned 13/30, held out 4/14 (17/44 = 0.386);
// block T, written after the other four landed, blind on 489cfcb: tuned 3/5, held out 1/2.
// After round 18: tuned 35/35, held out 14/16 (R 4/4, C 3/3, N 2/2, U 1/3, T 2/2; the T held row `… kami pindahkan
// menjadi staf tanpa jabatan` failed once under the move rule's first form, which ignored the demotion right after a
// removal, and was seen: 13/16 blind to it). Left: `urusannya nanti dengan inspektorat` (the generic subject after a
// fronted person noun with `masih nekat` is read, but the law body is only a sanction body here), `tinggal tunggu
// surat dari bupati` (a condition with `ada … yang`, no generic word, and `tinggal` before the wait).
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/extract/statements/classify.js';

/** The scheme counts appeal and instruction as one type. */
const scheme = (t: string): string => (t === 'instruction' ? 'appeal' : t);

type Row = readonly [kind: string, gold: string, held: '' | 'held', text: string];
const ROWS: readonly Row[] = [
  // R. the request's content (the act-prefixed content the classifier reads for reported speech, or a quote)
  ['R', 'appeal', '', 'Kami mendorong pemerintah desa membuka posko pengaduan netralitas di balai desa.'],
  ['R', 'appeal', '', 'mendorong Bawaslu memperketat pengawasan terhadap kepala desa selama masa kampanye.'],
  ['R', 'appeal', 'held', 'Saya mendorong para camat mengumpulkan kepala desa dan menjelaskan aturan netralitas.'],
  ['R', 'appeal', '', 'menyarankan para guru menonaktifkan sementara akun media sosial yang dipakai berkampanye.'],
  ['R', 'appeal', '', 'Kami mengimbau kepala sekolah memblokir grup WhatsApp guru yang dipakai menyebar materi kampanye.'],
  ['R', 'appeal', 'held', 'menganjurkan ASN memblokir nomor yang mengirim ajakan kampanye.'],
  ['R', 'instruction', '', 'mengingatkan seluruh lurah menjaga jarak dengan tim sukses pasangan calon.'],
  ['R', 'other', '', 'Program itu mendorong warga menggunakan hak pilihnya di TPS.'],
  ['R', 'instruction', 'held', 'Saya ingatkan para kepala dinas mengawasi anak buahnya di media sosial.'],
  ['R', 'other', '', 'Faktor ekonomi yang mendorong honorer itu bergabung dengan tim sukses.'],
  ['R', 'warning', '', 'Kami mengimbau ASN menjaga netralitas. Yang melanggar akan kami copot.'],
  ['R', 'warning', 'held', 'Kami mengajak ASN menahan diri, kalau tetap nekat akan kami tindak tegas.'],
  // C. the comparative judgement
  ['C', 'assessment', '', 'Pemahaman kepala desa soal netralitas sudah jauh lebih baik dibanding pemilu lalu.'],
  ['C', 'assessment', '', 'Kepatuhan ASN tahun ini lebih buruk ketimbang pilkada 2020.'],
  ['C', 'assessment', 'held', 'Netralitas camat di wilayah kami kini lebih terjaga dibanding pemilu sebelumnya.'],
  ['C', 'assessment', '', 'Pengawasan di tingkat desa masih kurang baik karena petugasnya terbatas.'],
  ['C', 'assessment', '', 'Koordinasi dengan Bawaslu sekarang jauh lebih baik.'],
  ['C', 'assessment', 'held', 'Kinerja pengawas kelurahan tahun ini lebih bagus dari sebelumnya.'],
  ['C', 'instruction', '', 'ASN harus bekerja lebih baik dan tetap netral.'],
  ['C', 'commitment', '', 'Kami akan melayani masyarakat lebih baik lagi.'],
  ['C', 'appeal', 'held', 'Semoga pilkada tahun ini berjalan lebih baik.'],
  ['C', 'other', '', 'Pelatihan ini bertujuan agar pengawas bekerja lebih baik.'],
  ['C', 'other', '', 'Acara itu dibuat supaya warga lebih paham tata cara mencoblos.'],
  ['C', 'assessment', 'held', 'Keterlibatan kepala desa dalam kampanye tahun ini lebih parah dibanding pemilu lalu.'],
  // N. the counted referent
  ['N', 'sanction', '', 'Kontrak seorang guru PPPK yang terbukti berkampanye tidak diperpanjang dinas pendidikan.'],
  ['N', 'sanction', '', 'Tiga kepala desa yang terbukti memasang baliho calon dikenai teguran tertulis oleh bupati.'],
  ['N', 'sanction', 'held', 'Dua camat yang kedapatan ikut konvoi dicopot dari jabatannya oleh Pj Bupati.'],
  ['N', 'sanction', '', 'Seorang lurah yang terbukti mengunggah dukungan kepada calon diberhentikan sementara.'],
  ['N', 'sanction', '', 'Empat guru honorer yang ketahuan ikut kampanye diberhentikan oleh kepala sekolah.'],
  ['N', 'sanction', 'held', 'Lima ASN yang terbukti hadir di deklarasi itu dijatuhi hukuman disiplin ringan.'],
  ['N', 'warning', '', 'ASN yang terbukti berkampanye dicopot dari jabatannya.'],
  ['N', 'warning', '', 'Setiap kepala desa yang terbukti memihak diberhentikan sementara.'],
  ['N', 'warning', 'held', 'Pegawai yang kedapatan ikut kampanye dikenai sanksi disiplin.'],
  ['N', 'warning', '', 'Satu saja ASN yang terbukti ikut kampanye, kepala dinasnya kami copot.'],
  // U. facing someone without a verb of facing
  ['U', 'warning', '', 'Pegawai yang berani ikut kampanye, urusannya dengan saya.'],
  ['U', 'warning', '', 'Kepala desa yang memakai dana desa untuk calon, urusannya dengan polisi.'],
  ['U', 'warning', 'held', 'ASN yang masih nekat berpolitik, urusannya nanti dengan inspektorat.'],
  ['U', 'warning', '', 'Yang masih pasang stiker calon di mobil dinas, tunggu saja panggilan dari BKD.'],
  ['U', 'warning', '', 'Kalau terbukti, urusannya bukan lagi dengan kami tapi dengan kejaksaan.'],
  ['U', 'warning', 'held', 'Kalau masih ada lurah yang ikut konvoi, tinggal tunggu surat dari bupati.'],
  ['U', 'other', '', 'Urusan administrasi pencalonan sudah diselesaikan minggu lalu.'],
  ['U', 'commitment', '', 'Urusan netralitas ASN akan kami kawal sampai hari pencoblosan.'],
  ['U', 'instruction', 'held', 'Warga diminta menunggu saja hasil rekapitulasi dari KPU.'],
  ['U', 'other', '', 'Kami tunggu saja keputusan dari pusat soal jadwal pelantikan.'],
  // T. a transfer that takes the office away (written after the four blocks above landed, before its rule; blind score
  // of its rows on 489cfcb: tuned 3/5, held out 1/2)
  ['T', 'sanction', '', 'Camat tersebut sudah dipindahkan ke kantor bupati sebagai staf biasa tanpa jabatan.'],
  ['T', 'sanction', '', 'Sekretaris kelurahan itu sudah kami pindahkan ke kecamatan lain dan dicopot dari jabatannya.'],
  ['T', 'sanction', 'held', 'Dua kepala seksi yang ikut kampanye telah kami pindahkan menjadi staf tanpa jabatan struktural.'],
  ['T', 'other', '', 'Kantor pelayanan dipindahkan ke gedung baru mulai pekan depan.'],
  ['T', 'other', 'held', 'TPS 05 dipindahkan ke halaman masjid karena banjir.'],
  ['T', 'warning', '', 'Kalau terbukti, mereka akan dipindahkan ke daerah terpencil tanpa jabatan.'],
  ['T', 'other', '', 'Pelantikan pejabat yang dipindahkan ke jabatan baru digelar di pendopo kabupaten.'],
];

/** The blocks whose rule has landed (each commit adds its own). */
const DONE = new Set(['R', 'C', 'N', 'U', 'T']);

const got = ROWS.map(([, gold, held, text]) => ({ gold, held, text, type: classify(text).type }));
const agree = (held: boolean): [number, number] => {
  const rows = got.filter((r) => (r.held === 'held') === held);
  return [rows.filter((r) => scheme(r.type) === scheme(r.gold)).length, rows.length];
};
if (process.env.PARADIGM18_REPORT) {
  const [t, tn] = agree(false);
  const [h, hn] = agree(true);
  console.log(`paradigm18 tuned ${t}/${tn}, held out ${h}/${hn}`);
  for (const r of got) if (scheme(r.type) !== scheme(r.gold)) console.log(`  ${r.held || 'tuned'}: ${r.gold} ← ${r.type}: ${r.text}`);
}

describe('paradigm 18: the request content, the comparative judgement, the counted referent, facing without a verb', () => {
  it.each(ROWS.filter((r) => r[2] === '' && DONE.has(r[0])))('%s %s: %s %s', (_kind, gold, _held, text) => {
    expect(scheme(classify(text).type)).toBe(scheme(gold));
  });
  it('held-out rows agree at least as well as the floor', () => {
    const [h, hn] = agree(true);
    expect(h / hn).toBeGreaterThanOrEqual(0.87); // 14/16
  });
});
