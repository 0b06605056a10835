// Paradigm table of round 18's release (types16, issue 22: statement types on fresh text). Invented, realistic statements, one
// per row, typed by hand under the scheme of src/lexicon/statement-types.ts BEFORE any change to the classifier. The
// structures are the ones check24a (released this round) missed, decided by what the clause does, not by its words:
//   B. facing a sanctioning body: after a generic offender or a condition, the offender's matter with a body that
//      sanctions (`urusannya nanti dengan Propam`, `akan berurusan dengan Inspektorat`) threatens as the law does; the
//      speaker's own dealings with such a body (`Kami masih berurusan dengan BKN soal berkas …`) face nothing;
//   D. the consequence a dare announces: after a dare to a generic offender (`…, bersiap-siap saja`), the speaker's act
//      with no perfect marker is the consequence to come, a threat; with `sudah` it is reported, a sanction;
//   H. an obligation on an attribute one has (`harus berdomisili`, `berusia`, `berijazah`) states a requirement, an
//      eligibility rule: other; an obligation on conduct (`harus bersikap netral`, `harus berada di kantor`) orders;
//   E. the soft negative imperative (`tidak usah`, written after B, D, H, S landed; blind on 1ed1db6): read as `jangan`,
//      a prohibition before an act (`ASN tidak usah ikut kampanye`), an encouragement before a feeling or waiting
//      (`Tidak usah ragu melapor …`: appeal, though the speaker's future follows); `tidak perlu` states a need;
//   F. freezing a servant's records (`membekukan data kepegawaian`) is blocking them, a sanction act (written with its
//      rule, not blind; left: a bank freezing a campaign account reads as a sanction too, as `diblokir` does);
//   S. pay stopped in the loan verb (`distop`, `kami setop`) as with `dihentikan`: a sanction with an office or pay word
//      beside it, nothing with a programme or an event.
// Every third row of each block (marked `held`) was held out while the rules were written: its figure is apart.
// Blind score (src/ of main 0f5ba3c, before any change): tuned 7/16, held out 4/8 (11/24 = 0.458). Two tuned rows were
// reworded after the blind run for a cue outside their block (`soal data pegawai` read `data` as a finding; `berijazah
// paling rendah SMA` a bound before no numeral, read as a finding); one tuned row (H, `sesuai data kependudukan`) was
// added after the rule, for the finding word a requirement may hold. Block E blind: tuned 1/4, held 1/2; its row
// `tunggu-tunggu` was added after the rule (a fixture quote, check7, `Tidak usah menunggu-nunggu`, read as a prohibition
// by its first form).
// After the release: tuned 25/25, held out 8/10. Left: `Kami tidak usah menunggu laporan, …` (the speaker's side
// before the negative imperative addresses no one: read as an appeal, gold commitment); `Pembayaran siltap kepala desa
// yang terbukti berkampanye itu distop` (a demonstrative closing the relative makes its head specific, no generic
// condition: not read).
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/extract/statements/classify.js';

/** The scheme counts appeal and instruction as one type. */
const scheme = (t: string): string => (t === 'instruction' ? 'appeal' : t);

type Row = readonly [kind: string, gold: string, held: '' | 'held', text: string];
const ROWS: readonly Row[] = [
  ['B', 'warning', '', 'Pegawai yang ketahuan ikut konvoi, urusannya nanti dengan Propam.'],
  ['B', 'warning', '', 'Kalau terbukti berpihak, urusannya dengan Inspektorat.'],
  ['B', 'warning', 'held', 'Guru yang masih pasang stiker calon di motornya, urusannya dengan BKN.'],
  ['B', 'warning', '', 'Yang nekat ikut kampanye akan berurusan dengan Inspektorat.'],
  ['B', 'other', '', 'Kami masih berurusan dengan BKN soal berkas pegawai yang pensiun.'],
  ['B', 'other', 'held', 'Urusan mutasi pegawai itu kewenangan BKN, bukan kami.'],
  ['D', 'warning', '', 'Lurah yang masih memasang baliho calon, bersiap-siap saja. Tunjangannya kami tahan.'],
  ['D', 'warning', '', 'Camat yang membiarkan stafnya ikut kampanye, siap-siap. Honornya kami potong.'],
  ['D', 'warning', 'held', 'Guru honorer yang ikut jadi tim sukses, bersiaplah, insentifnya kami hentikan.'],
  ['D', 'sanction', '', 'Lurah yang memasang baliho itu sudah kami potong tunjangannya bulan ini.'],
  ['D', 'sanction', '', 'Dua lurah yang memasang baliho calon tunjangannya sudah kami tahan.'],
  ['D', 'sanction', 'held', 'Tunjangan kinerja kepala seksi itu sudah kami tahan sejak bulan lalu.'],
  ['H', 'other', '', 'calon anggota KPPS harus berusia paling rendah 17 tahun dan berdomisili di wilayah TPS.'],
  ['H', 'other', '', 'Pelamar harus berijazah SMA sederajat dan berbadan sehat.'],
  ['H', 'other', 'held', 'anggota PPS harus bertempat tinggal di desa setempat dan berumur sedikitnya 21 tahun.'],
  ['H', 'instruction', '', 'ASN harus bersikap netral selama masa kampanye.'],
  ['H', 'instruction', '', 'Camat harus memastikan stafnya tidak ikut kampanye.'],
  ['H', 'instruction', 'held', 'Seluruh kepala desa harus berada di kantor pada jam kerja selama masa kampanye.'],
  ['S', 'sanction', '', 'Insentif dua kader posyandu yang menjadi juru kampanye sudah disetop.'],
  ['S', 'sanction', '', 'Tunjangan kinerja kepala seksi yang berfoto dengan calon itu kami setop mulai bulan ini.'],
  ['S', 'sanction', 'held', 'Pembayaran siltap kepala desa yang terbukti berkampanye itu distop sejak September.'],
  ['S', 'other', '', 'Penyaluran bantuan pangan distop sementara karena beras belum tiba.'],
  ['S', 'other', '', 'Kegiatan itu disetop polisi karena tidak berizin.'],
  ['S', 'other', 'held', 'Proyek jalan desa itu distop sejak Agustus karena anggarannya habis.'],
  ['H', 'other', '', 'anggota KPPS harus berdomisili di desa setempat sesuai data kependudukan dan berusia paling rendah 17 tahun.'],
  // E. the soft negative imperative: `tidak usah` read as `jangan` (a prohibition before an act, an encouragement before
  // a feeling or waiting)
  ['E', 'appeal', '', 'Tidak usah takut melapor, laporan bisa dikirim lewat WhatsApp ke posko pengaduan.'],
  ['E', 'appeal', '', 'Tidak usah ragu menyampaikan aduan kalau melihat kepala desa berkampanye. Identitas pelapor tidak akan kami buka.'],
  ['E', 'appeal', 'held', 'Warga tak usah ragu mengirim foto pelanggaran ke posko kami. Nama pengirim tidak akan kami sebarkan.'],
  ['E', 'warning', '', 'ASN tidak usah ikut kampanye kalau tidak mau dicopot dari jabatannya.'],
  ['E', 'other', '', 'Kami tidak perlu khawatir soal logistik untuk pemungutan suara ulang.'],
  ['E', 'commitment', 'held', 'Kami tidak usah menunggu laporan, setiap temuan pengawas akan kami tindak lanjuti.'],
  ['E', 'appeal', '', 'Tidak usah tunggu-tunggu, segera laporkan ke posko pengaduan.'],
  // F. freezing a servant's records, the act of blocking them (written with its rule: not blind)
  ['F', 'sanction', '', 'BKN sudah membekukan data kepegawaian tiga ASN yang rekomendasi sanksinya belum dijalankan bupati.'],
  ['F', 'sanction', '', 'Akun SIASN dua camat itu sudah dibekukan BKN sejak pekan lalu.'],
  ['F', 'warning', '', 'Kalau rekomendasi itu tidak dijalankan, BKN bisa membekukan data kepegawaian ASN yang bersangkutan.'],
];

const got = ROWS.map(([, gold, held, text]) => ({ gold, held, text, type: classify(text).type }));
const agree = (held: boolean): [number, number] => {
  const rows = got.filter((r) => (r.held === 'held') === held);
  return [rows.filter((r) => scheme(r.type) === scheme(r.gold)).length, rows.length];
};
if (process.env.RELEASE18_REPORT) {
  const [t, tn] = agree(false);
  const [h, hn] = agree(true);
  console.log(`release18 tuned ${t}/${tn}, held out ${h}/${hn}`);
  for (const r of got) if (scheme(r.type) !== scheme(r.gold)) console.log(`  ${r.held || 'tuned'}: ${r.gold} ← ${r.type}: ${r.text}`);
}

describe('release 18: facing a sanctioning body, the consequence a dare announces, requirements, pay stopped, tidak usah', () => {
  it.each(ROWS.filter((r) => r[2] === ''))('%s %s: %s %s', (_kind, gold, _held, text) => {
    expect(scheme(classify(text).type)).toBe(scheme(gold));
  });
  it('held-out rows agree at least as well as the floor', () => {
    const [h, hn] = agree(true);
    expect(h / hn).toBeGreaterThanOrEqual(0.8); // 8/10
  });
});
