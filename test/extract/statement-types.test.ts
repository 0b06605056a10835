// Statement types (issue 22): one documented scheme (src/lexicon/statement-types.ts), decided by ordered
// rules (src/extract/statements/type-rules.ts).
//
// fixtures/statements/types/dev.tsv holds 72 statements written for this set, with gold types, split into
// 40 to tune on and 32 held out. Scored blind, with the old cue-precedence classifier (before any change):
//   tune 26/40 = 0.650, held-out 20/32 = 0.625 (0.639 over both; `sanction` did not exist).
// After the rules were written on the tune half only: tune 39/40 = 0.975, held-out 29/32 = 0.906.
// The held-out misses are all judgements without a finding word ("masih dalam tahap klarifikasi",
// "pemahaman ... jauh lebih baik", "terjadi di media sosial"): left as they are, so the held-out figure
// stays honest.
// After the portal/wire rules (test/extract/statements-portal.test.ts, tuned on that set only): tune 39/40,
// held-out 30/32 = 0.938 (pins raised).
// After the clause-level rules written on the regional set (statement-types-regional.test.ts): unchanged,
// tune 39/40, held-out 30/32.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/extract/statements/classify.js';

const rows = readFileSync('fixtures/statements/types/dev.tsv', 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => {
    const [split, gold, quote] = l.split('\t') as [string, string, string];
    return { split, gold, quote };
  });

function accuracy(split: string): number {
  const part = rows.filter((r) => r.split === split);
  return part.filter((r) => classify(r.quote).type === r.gold).length / part.length;
}

describe('statement types: development set', () => {
  it('has both halves', () => {
    expect(rows.filter((r) => r.split === 'tune').length).toBe(40);
    expect(rows.filter((r) => r.split === 'held').length).toBe(32);
  });
  // floors pinned at the level reached; raise them when quality improves, never lower them
  it('tune half ≥ 0.975', () => expect(accuracy('tune')).toBeGreaterThanOrEqual(0.975));
  it('held-out half ≥ 0.93', () => expect(accuracy('held')).toBeGreaterThanOrEqual(0.93));
});

describe('statement types: each rule, with negative cases', () => {
  it.each<[string, string, string]>([
    // sanction: reported as done
    ['perfect + sanction verb', 'Yang bersangkutan telah dicopot dari jabatannya.', 'sanction'],
    ['active sanction verb', 'Bupati memberhentikan kepala desa itu pekan lalu.', 'sanction'],
    ['object-fronted passive after a pronoun', 'Kasus itu sudah kami rekomendasikan ke KASN.', 'sanction'],
    ['received sanction noun', 'Camat itu menerima surat teguran dari sekda.', 'sanction'],
    ['noun as subject of a perfect passive', 'Sanksi telah diberikan kepada dua guru.', 'sanction'],
    // not a sanction: a modal, a condition, a negation or a recommendation of something else
    ['modal before the verb: a threat', 'Pegawai itu bisa dicopot dari jabatannya.', 'warning'],
    ['condition before the verb: a threat', 'Jika terbukti, mereka akan diberhentikan.', 'warning'],
    ['terancam: a threat', 'Lurah itu terancam dipecat.', 'warning'],
    ['a recommendation with no sanction named', 'Bawaslu merekomendasikan pemungutan suara ulang di dua TPS.', 'other'],
    // warning
    ['prohibition', 'ASN dilarang memasang foto calon di media sosial.', 'warning'],
    ['negated permission', 'Pegawai tidak diperbolehkan hadir dalam kampanye.', 'warning'],
    ['jangan', 'Jangan ada lagi kepala sekolah yang menggiring pilihan guru.', 'warning'],
    ['refused tolerance, no sanction word', 'Tidak ada toleransi bagi aparatur yang berpihak.', 'warning'],
    ['tidak segan', 'Kami tidak segan menindak pegawai yang terlibat.', 'warning'],
    ['a pledge word under a prohibition is no pledge', 'ASN dilarang ikut deklarasi dukungan calon.', 'warning'],
    ['a threat outweighs a pledge', 'Kami siap menindak tegas ASN yang berpihak.', 'warning'],
    ['tolerance not negated is no threat', 'Sikap toleransi antarumat beragama harus dijaga.', 'instruction'],
    // commitment
    ['pledge', 'Kami berkomitmen menjaga netralitas.', 'commitment'],
    ['pledge to accept a sanction', 'Kami bersedia menerima sanksi apabila melanggar.', 'commitment'],
    ['declaration by the speaker side', 'Para camat mendeklarasikan netralitas di kantor bupati.', 'commitment'],
    ['negated pledge is none', 'Mereka tidak siap mengikuti aturan baru itu.', 'other'],
    // instruction, appeal, assessment, other
    ['order', 'Setiap kepala dinas wajib mengawasi bawahannya.', 'instruction'],
    ['negated order is none', 'Pegawai tidak harus hadir dalam rapat itu.', 'other'],
    ['appeal', 'Kami mengimbau warga melaporkan pelanggaran.', 'appeal'],
    ['finding', 'Bawaslu mencatat sembilan laporan dugaan pelanggaran.', 'assessment'],
    ['a finding under a modal is a purpose', 'Koordinasi ini agar pilkada dapat berjalan kondusif.', 'other'],
    ['a negated finding is still a finding', 'Kami belum menemukan pelanggaran.', 'assessment'],
    ['nothing', 'Rapat dimulai pukul sembilan pagi.', 'other'],
    // morphology: a di- word the stemmer leaves alone is no passive verb
    ['dinas is not a passive', 'Teguran itu sudah dinas kirimkan.', 'warning'],
    // removal from office (no sanction word): reported = sanction, possible = warning, no office = nothing
    ['removal from office, reported', 'Dua lurah itu telah dibebaskan dari jabatannya sejak Senin.', 'sanction'],
    ['rank lowered after a pronoun', 'Guru itu sudah kami turunkan pangkatnya satu tingkat.', 'sanction'],
    ['removal from office, possible', 'Camat yang terbukti bisa diturunkan jabatannya.', 'warning'],
    ['lowering without an office is no sanction', 'Petugas menurunkan spanduk di depan kantor camat.', 'other'],
    ['an official who lowers something is no office', 'Pejabat itu menurunkan spanduk calon.', 'other'],
    // facing the law: a threat without a sanction word; confronting something else is none
    ['facing the law', 'Siapa pun yang terlibat akan berurusan dengan aparat penegak hukum.', 'warning'],
    ['caught by criminal law', 'Kepala desa yang berkampanye bisa dijerat pidana penjara.', 'warning'],
    ['facing the public is no threat', 'Pegawai kecamatan setiap hari berhadapan dengan masyarakat.', 'other'],
    // a report to a sanctioning body under a condition threatens; reported as done it is a sanction
    ['conditional report to a sanctioning body', 'Kalau ketahuan, laporannya langsung kami teruskan ke KASN.', 'warning'],
    ['report to a sanctioning body, done', 'Laporannya sudah kami teruskan ke KASN.', 'sanction'],
    // negation binds to a hesitation word; hesitation threatens only before an enforcement verb
    ['not hesitating to act', 'Kami tidak akan ragu menindak siapa pun yang terbukti.', 'warning'],
    ['not hesitating to report is an appeal', 'Kami mengimbau warga untuk tidak ragu melapor.', 'appeal'],
    ['refused tolerance by a verb', 'Kami tidak akan mentolerir ASN yang berpolitik.', 'warning'],
    // `jangan hanya` urges more: no prohibition
    ['jangan hanya', 'Saya minta camat turun ke desa. Jangan hanya menunggu laporan.', 'instruction'],
    ['jangan sampai still forbids', 'Jangan sampai ruang kelas dijadikan tempat kampanye.', 'warning'],
    // pledges by ensuring and agreeing; a pledge word that an order asks for is the order
    ['saya pastikan', 'Saya pastikan seluruh jajaran tetap netral.', 'commitment'],
    ['menjamin', 'Kami menjamin tidak akan ada mobilisasi pegawai.', 'commitment'],
    ['pledge to receive a sanction', 'Kami bersedia diberi sanksi apa pun apabila terbukti tidak netral.', 'commitment'],
    ['an aim is no pledge', 'Netralitas ASN merupakan hal penting untuk memastikan pilkada berjalan sesuai aturan.', 'other'],
    ['ordered to ensure', 'Saya minta para camat memastikan tidak ada pegawai yang ikut kampanye.', 'instruction'],
    // what an order asks for is not reported as done
    ['an ordered removal is an order', 'Bupati memerintahkan camat untuk mencopot baliho di kantor desa.', 'instruction'],
    // judgements of the situation
    ['a judgement', 'Kami menilai potensi pelanggaran paling tinggi menjelang hari pemungutan suara.', 'assessment'],
    ['the situation', 'Situasinya masih aman terkendali.', 'assessment'],
    ['a plea', 'Mohon kepada para orang tua untuk mengingatkan anak-anaknya.', 'appeal'],
    // mood: the imperative at a clause start orders; not a noun of the same shape, nor a supposition
    ['imperative -kan', 'Laporkan segera kalau ada atasan yang memaksa hadir di kampanye.', 'instruction'],
    ['imperatives after a comma and a coordinator', 'Kantor harus bersih, dan jauhkan atribut partai dari ruang layanan.', 'instruction'],
    ['a bare base', 'Jaga netralitas, layani masyarakat seperti biasa.', 'instruction'],
    ['a -kan noun before a demonstrative is no imperative', 'Desakan itu disampaikan warga kepada camat.', 'other'],
    ['a -kan noun before a name is no imperative', 'Pasukan Brimob berjaga di kantor KPU.', 'other'],
    ['a connective is no imperative', 'Sedangkan camat lain hadir di rapat itu.', 'other'],
    ['a supposition is no order', 'Misalkan ada pegawai yang hadir di rapat itu.', 'other'],
    ['an imperative mid-clause is no order', 'Warga datang untuk laporkan temuan itu.', 'assessment'],
    ['pastikan opening a clause orders', 'Pastikan tidak ada pegawai yang memakai mobil dinas.', 'instruction'],
    ['hindari forbids', 'Hindari berfoto dengan pose jari di depan baliho calon.', 'warning'],
    ['silakan invites', 'Silakan masyarakat laporkan lewat posko pengaduan kami.', 'appeal'],
    // jangan with a feeling encourages; a hortative keeps a prohibition inside the appeal
    ['jangan takut', 'Laporkan saja. Jangan takut identitas pelapor dirahasiakan.', 'instruction'],
    ['hortative with a prohibition', 'Ayo jaga suasana tetap adem, jangan sampai saling menjatuhkan.', 'appeal'],
    ['a hortative with a sanction word still warns', 'Mari jaga netralitas, jangan sampai ada yang dijatuhi sanksi.', 'warning'],
    // the speaker's side, future: a pledge without a pledge word; not a possessor, not a threat
    ['kami akan', 'Kami akan menindaklanjuti setiap laporan secara terbuka.', 'commitment'],
    ['saya tidak akan', 'Sebagai ASN, saya tidak akan ikut kampanye.', 'commitment'],
    ['pihaknya akan', 'Ia mengatakan pihaknya akan memperketat pengawasan di kecamatan.', 'commitment'],
    ['a pronoun before yang is no subject', 'Ada pasien saya yang akan berangkat ke luar negeri.', 'other'],
    ['a pronoun after a preposition is no subject (no pledge; the report is a finding)', 'Laporan yang masuk ke kami akan dibahas pekan depan.', 'assessment'],
    ['kami akan menindak still threatens', 'Kami akan menindak siapa pun yang memakai fasilitas negara.', 'warning'],
    ['kami netral', 'Insyaallah kami netral dan melayani semua warga.', 'commitment'],
    ['a third person who is netral pledges nothing', 'Sebagian besar camat di daerah ini netral.', 'assessment'],
    // an opinion heading the statement judges what it names; further in, it frames nothing
    ['menilai frames a sanction', 'menilai sanksi yang dijatuhkan kepada ASN selama ini terlalu ringan.', 'assessment'],
    ['saya kira', 'Saya kira netralitas ASN di sini relatif terjaga.', 'assessment'],
    ['an opinion with an order is an order', 'Saya kira camat harus turun langsung ke desa.', 'instruction'],
    // a prohibition noun as a topic forbids nothing
    ['menyosialisasikan larangan', 'Pihaknya menyosialisasikan larangan keterlibatan ASN dalam kampanye sejak pekan lalu.', 'other'],
    ['soal larangan', 'Materi hari ini soal larangan kampanye di tempat ibadah.', 'other'],
    ['a prohibition noun as subject forbids', 'Larangan itu berlaku bagi seluruh ASN.', 'warning'],
    // threats by condition: a generic subject, a consequence after a condition, the speaker reporting
    ['generic subject, cut pay', 'Siapa pun pegawai yang ketahuan memasang stiker calon, tunjangannya kami potong.', 'warning'],
    ['generic subject, perfect: reported', 'Pegawai yang kedapatan ikut konvoi sudah ditegur atasannya.', 'sanction'],
    ['consequence after a condition', 'Kalau ketahuan, ya risiko ditanggung sendiri.', 'warning'],
    ['consequence without a condition', 'Saya akan tetap mendukung keputusan itu dengan segala risikonya.', 'commitment'],
    ['the speaker reporting under a condition', 'Kalau masih ada guru yang berkampanye, kami laporkan ke Bawaslu.', 'warning'],
    ['a report done is no sanction', 'Camat itu sudah dilaporkan warga ke Bawaslu.', 'assessment'],
    ['losing an office, threatened', 'Yang coba-coba, siap-siap saja kehilangan jabatannya.', 'warning'],
    // sanctions reported without a sanction verb
    ['object-fronted passive after sudah', 'Peringatan tertulis sudah kami layangkan kepada kuwu itu.', 'sanction'],
    ['a removal noun with its office, issued', 'BKN mengeluarkan keputusan penundaan kenaikan pangkat untuk camat itu.', 'sanction'],
    ['peringatan terakhir warns', 'Ini peringatan terakhir bagi ASN yang masih mengunggah dukungan.', 'warning'],
    ['a weather warning is no sanction', 'BMKG mengeluarkan peringatan dini cuaca ekstrem.', 'other'],
    ['a commemoration is no sanction', 'Peringatan HUT RI digelar di alun-alun.', 'other'],
    // judgements: comparisons of amounts, trends, degree, a hedge
    ['paling banyak', 'Pelanggaran paling banyak dilakukan oleh kepala desa.', 'assessment'],
    ['paling lambat is a deadline, no finding', 'Berkas diserahkan paling lambat hari Jumat.', 'other'],
    ['a trend', 'Tren pelanggaran bergeser ke media sosial.', 'assessment'],
    ['a hedged finding', 'Bisa jadi angka itu hanya puncak gunung es.', 'assessment'],
    ['nihil', 'Sampai hari ini pelanggaran di kabupaten ini nihil.', 'assessment'],
    // clause grammar (types3): negation binds to the first predicate after it
    ['negation ends at its predicate', 'Prajurit yang tidak netral akan diproses sesuai hukum militer.', 'warning'],
    ['negation through a modal and a light verb (what the speaker side will not do)', 'Kami tidak akan memberikan sanksi kepada camat itu.', 'commitment'],
    // a negated existential denies its relative clause: a finding, no sanction, no threat
    ['negated existential over a sanction', 'Belum ada ASN yang dijatuhi sanksi.', 'assessment'],
    ['negated existential over a removal', 'Tidak ada camat yang dicopot dari jabatannya.', 'assessment'],
    ['double negation: nobody is immune', 'Tidak ada ASN yang kebal sanksi.', 'warning'],
    ['a sanction outside the denial is reported', 'Belum ada kepala desa yang diberhentikan, tetapi dua camat sudah dicopot.', 'sanction'],
    ['no existential, no denial', 'Tidak ada toleransi bagi ASN yang berpolitik.', 'warning'],
    // reminders order only with their content; alone they frame
    ['diingatkan agar', 'Para lurah diingatkan agar tidak memakai fasilitas kelurahan.', 'instruction'],
    ['a reminder framing a threat', 'Kami ingatkan, ASN yang ikut kampanye bisa dicopot.', 'warning'],
    ['a reminder without content orders nothing', 'Pesan itu mengingatkan saya pada masa kecil.', 'other'],
    // the first request heads: an order an appeal asks for is the appeal's
    ['an order inside an appeal', 'Kami mohon tokoh agama ikut mengingatkan warga agar tidak termakan hoaks.', 'appeal'],
    ['an order before an appeal', 'Camat wajib hadir, dan kami berharap kepala desa juga datang.', 'instruction'],
    // a condition after an order opens a clause of its own mood
    ['order, then a conditional threat', 'Saya minta camat mengawasi, kalau ada yang melanggar akan saya copot.', 'warning'],
    ['an ordered removal stays an order', 'Bupati memerintahkan camat untuk mencopot baliho di kantor desa.', 'instruction'],
    // generic subjects by being found out
    ['yang terbukti is a condition', 'ASN yang terbukti tidak netral, tentu ada konsekuensinya.', 'warning'],
    ['terbukti reporting is no condition', 'Tujuh di antaranya terbukti melanggar netralitas.', 'assessment'],
    ['yang terbukti, then reported', 'Tiga guru yang terbukti ikut kampanye sudah ditegur.', 'sanction'],
    // a passive removal's subject with its modifiers
    ['subject of a perfect passive removal', 'Gaji berkala yang bersangkutan sudah ditunda selama satu tahun.', 'sanction'],
    ['object-fronted removal with a figure', 'Tunjangan kinerja yang bersangkutan kami potong 25 persen.', 'sanction'],
    ['an active removal far from any office', 'Gaji pegawai itu naik, lalu petugas menunda rapat.', 'other'],
    // the speaker's future in the object-fronted passive; obligation modals by their subject
    ['akan kami', 'Netralitas itu akan kami buktikan sampai hari pencoblosan.', 'commitment'],
    ['nanti kami', 'Hasil klarifikasi nanti kami serahkan kepada Bawaslu.', 'commitment'],
    ['kami harus', 'Kami juga harus menjaga netralitas sampai akhir.', 'commitment'],
    ['kita harus', 'Kita semua harus menjaga pilkada tetap damai.', 'appeal'],
    ['a third person obliged', 'Camat harus turun ke desa setiap pekan.', 'instruction'],
    // opinion and evidential frames
    ['Menurut saya frames', 'Menurut saya, sanksi yang dijatuhkan selama ini terlalu ringan.', 'assessment'],
    ['Menurut someone else reports', 'Menurut Kapolres, dua ASN sudah dicopot.', 'sanction'],
    ['kalau dilihat is no condition', 'Kalau dilihat dari datanya, kecenderungan pelanggaran bergeser ke media sosial.', 'assessment'],
    ['a real condition still blocks a finding', 'Kalau ada laporan, kami catat.', 'other'],
    // morphology: enclitics, compound passives
    ['an enclitic on a sanction act', 'Kalau terbukti, saya tidak akan segan mencopotnya.', 'warning'],
    ['-nya on an intransitive verb is a noun', 'Meningkatnya jumlah pemilih membuat antrean panjang.', 'assessment'],
    ['a compound passive the stemmer leaves whole', 'Pemberhentian yang bersangkutan sudah ditandatangani bupati.', 'sanction'],
    ['handing a file to a sanctioning body, under a condition', 'Jika terbukti, berkasnya langsung kami kirim ke KASN.', 'warning'],
    // words that only sanction or threaten with their content
    ['ancaman without a sanction', 'Pemerintah menghadapi ancaman dari negara asing.', 'other'],
    ['mengancam with an enforcement', 'Bawaslu mengancam akan memproses kepala desa itu.', 'warning'],
    ['terancam with a sanction', 'Kepala desa itu terancam sanksi pemberhentian.', 'warning'],
    ['mengenakan without a sanction', 'Tiga saksi yang mengenakan cadar hadir di persidangan.', 'other'],
    ['dikenai with a sanction', 'Dua camat itu sudah dikenai sanksi teguran.', 'sanction'],
    ['tegas as manner', 'Dengan tegas saya katakan tidak ada niat seperti itu.', 'other'],
    ['tegas after an act', 'Pemkab akan mengambil tindakan tegas.', 'warning'],
    ['a negated prohibition', 'Dalam undang-undang tidak ada larangan penggunaan cadar.', 'other'],
    ['a prohibition after a negated one', 'Kami tidak melarang ASN datang, tapi jangan memakai atribut.', 'warning'],
    // nouns and relative clauses pledge or order nothing
    ['perjanjian is no pledge', 'Kedua pihak menandatangani perjanjian damai di Jakarta.', 'other'],
    ['a pledge word in a relative clause', 'Hanya segelintir partai yang siap mendukung.', 'assessment'],
    ['permintaan is no order', 'Harga ikan turun akibat permintaan lesu.', 'other'],
    ['a meeting is no finding', 'Kedua menteri bertemu di Amman untuk membahas perdamaian.', 'other'],
    ['a finding', 'Bawaslu menemukan dua kepala desa ikut kampanye.', 'assessment'],
  ])('%s', (_name, quote, type) => {
    expect(classify(quote).type).toBe(type);
  });

  it('reports the cues that decided, in text order, then the topic cues', () => {
    expect(classify('ASN yang melanggar sudah dijatuhi sanksi.').cues).toEqual(['dijatuhi', 'sanksi', 'langgar']);
    expect(classify('Kasus itu sudah kami rekomendasikan ke BKN.').cues).toEqual(['direkomendasikan']);
  });
});
