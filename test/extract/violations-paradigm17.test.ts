// Paradigms of round 17 (counts16, issue 22): count structures check20 and check21 still lost, written as structures
// with invented text. Each row names its structure; rows marked `held: true` (a third of each kind) were kept out of
// tuning: the rules were written against the other rows only, and the held rows scored once after.
//   D. Sub-counts "N dari M <noun>": "Empat dari sembilan terlapor merupakan kepala desa" (check20 01). N is a part of
//      M, M a whole when no figure restates it. Negatives: "satu dari tiga TPS", "dua dari lima paslon", a share of
//      percent ("7 dari 10 pemilih"), a ranking ("satu dari 34 provinsi").
//   L. A split by level or kind after its first item: "berasal dari kementerian/lembaga 58 kasus, pemerintah provinsi
//      96, dan pemerintah kabupaten/kota 263" (check20 03), every item the whole's part. Negatives: a list of money
//      or of TPS after a count.
//   C. A bare comparison of an earlier figure: "Pada Pilkada 2020, jumlahnya hanya tiga" (check20 01), with the
//      election of its clause. Negatives: "jumlahnya mencapai 40 persen", "jumlahnya 1.200 orang pemilih".
//   X. Figures that are no counts in a text about counts: TPS, voters, money, percent, years, law numbers, staff, page
//      views, a future target, a figure of another country.
// Blind score (05fc75f, before any change of this round; 34 rows): tuned rows 14/23 pass (failed: D "Empat dari
// sembilan terlapor"; all four L positives; all three C positives; X another country), held-out rows 8/11 pass (failed:
// L "Kabupaten 20 laporan, kota 7", L "tiga sanksi teguran dan dua sanksi penundaan", C "Di Pilkada 2018, angkanya
// cuma lima"). Every negative row but "another country" passed. The V rows (written after the first rule commit, 81a7930,
// scored on it before verb-items.ts): tuned 2/4 (both positives failed), held-out 1/2.
// After (this round's rules, tuned on the unheld rows only): tuned 26/29 (three rows left open, marked `open`), held-out
// 13/13 (never tuned on; their results were visible in whole-table runs while the rules were written).
// review17 rows (fix17a: L/S/C negatives from the reviewer's c11, c7, c8, c12, c1 and invented variants): blind score on
// aa869f5 before the fixes 0/12 (every one failed); after 12/12, the earlier rows unchanged.
import { describe, expect, it } from 'vitest';
import { countsOf, valuesWithParents } from './violations-dev.js';

interface Row {
  name: string;
  text: string;
  want: [number, number | null][];
  not?: number[];
  /** value → election label ("Pilkada 2020") the count must carry */
  election?: [number, string];
  held?: boolean;
  /** A row this round left failing, and why: asserted to fail still (it.fails), so a fix shows. */
  open?: string;
}

const rows: Row[] = [];

// D. sub-counts "N dari M <noun>"
const BAWASLU = 'Bawaslu Kabupaten Tanah Laut menangani sembilan laporan dugaan pelanggaran netralitas ASN selama Pilkada 2024.';
rows.push({ name: 'D: "Empat dari sembilan terlapor merupakan kepala desa"', text: `Bawaslu Imbau Kades Netral\n\n${BAWASLU} Empat dari sembilan terlapor merupakan kepala desa yang menghadiri deklarasi pasangan calon.`, want: [[9, null], [4, 9]] });
rows.push({ name: 'D: "Tiga dari lima PPPK itu dijatuhi sanksi"', text: `Lima PPPK Diperiksa\n\nInspektorat Kabupaten Balangan memeriksa lima PPPK yang dilaporkan Bawaslu karena diduga tidak netral pada Pilkada 2024. Tiga dari lima PPPK itu dijatuhi sanksi teguran tertulis.`, want: [[5, null], [3, 5]] });
rows.push({ name: 'D: "Dua dari tujuh kasus tersebut dihentikan"', text: `Bawaslu Rilis Data\n\nBawaslu Kota Bitung mencatat tujuh kasus dugaan pelanggaran netralitas ASN pada Pemilu 2024. Dua dari tujuh kasus tersebut dihentikan karena tidak memenuhi unsur.`, want: [[7, null], [2, 7]], held: true });
rows.push({ name: 'D: "Enam dari 11 ASN yang dilaporkan terbukti"', text: `KASN Putuskan\n\nBawaslu Kabupaten Muna melaporkan 11 ASN ke KASN pada Pilkada 2020. Enam dari 11 ASN yang dilaporkan terbukti melanggar netralitas.`, want: [[11, null], [6, 11]] });
rows.push({ name: 'D: "sebanyak 4 dari 12 laporan" in a clause', text: `Bawaslu Sampang\n\nBawaslu Kabupaten Sampang menerima 12 laporan pelanggaran netralitas ASN pada Pemilu 2024, dan sebanyak 4 dari 12 laporan itu diteruskan ke BKN.`, want: [[12, null], [4, 12]] });
rows.push({ name: 'D: "Satu dari delapan camat yang diperiksa"', text: `Camat Diperiksa\n\nBawaslu Kabupaten Sinjai memeriksa delapan camat yang diduga tidak netral pada Pilkada 2024. Satu dari delapan camat yang diperiksa terbukti mengunggah dukungan di media sosial.`, want: [[8, null], [1, 8]], held: true });
rows.push({ name: 'D, not: "satu dari tiga TPS"', text: `Bawaslu Awasi\n\nBawaslu Kabupaten Kolaka menemukan dua ASN yang diduga tidak netral pada Pilkada 2024. Satu dari tiga TPS di desa itu dibuka terlambat.`, want: [[2, null]], not: [1, 3] });
rows.push({ name: 'D, not: "tujuh dari 10 pemilih"', text: `Survei Netralitas\n\nBawaslu Kota Palu mencatat lima laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024. Menurut survei, tujuh dari 10 pemilih menilai ASN harus netral.`, want: [[5, null]], not: [7, 10] });
rows.push({ name: 'D, not: "satu dari 38 provinsi"', text: `Sulbar Rawan\n\nBawaslu Provinsi Sulawesi Barat menangani 14 kasus netralitas ASN pada Pemilu 2024. Sulbar menjadi satu dari 38 provinsi dengan kerawanan tinggi.`, want: [[14, null]], not: [1, 38], held: true });

// L. a split after its first item
rows.push({ name: 'L: "kementerian 58 kasus, pemerintah provinsi 96, dan pemerintah kabupaten/kota 263"', text: `BKN Terima Rekomendasi\n\nBKN menerima 417 rekomendasi pelanggaran netralitas ASN selama Pemilu 2024. Rekomendasi itu berasal dari kementerian/lembaga 58 kasus, pemerintah provinsi 96, dan pemerintah kabupaten/kota 263.`, want: [[417, null], [58, 417], [96, 417], [263, 417]] });
rows.push({ name: 'L: "instansi pusat 12 ASN, instansi daerah 30"', text: `KASN Rilis Data\n\nKASN mencatat 42 ASN dilaporkan melanggar netralitas pada Pilkada 2020, terdiri atas instansi pusat 12 ASN dan instansi daerah 30.`, want: [[42, null], [12, 42], [30, 42]], open: 'the first item, a count of people with no offence cue in its clause, is rejected before the split is read' });
rows.push({ name: 'L: "Kabupaten 20 laporan, kota 7"', text: `Bawaslu Provinsi\n\nBawaslu Provinsi Jambi menerima 27 laporan netralitas ASN pada Pilkada 2024: dari kabupaten 20 laporan, dari kota 7.`, want: [[27, null], [20, 27], [7, 27]], held: true });
rows.push({ name: 'L: "121 hukuman disiplin sedang dan 62 hukuman disiplin berat"', text: `BKN Jatuhkan Sanksi\n\nBKN telah menjatuhkan sanksi kepada 183 ASN yang melanggar netralitas pada Pemilu 2024. Sanksi itu terdiri atas 121 hukuman disiplin sedang dan 62 hukuman disiplin berat.`, want: [[183, null], [121, 183], [62, 183]] });
rows.push({ name: 'L: "14 hukuman disiplin ringan, 5 hukuman disiplin sedang"', text: `Sanksi Netralitas\n\nPemkab Lebak menjatuhkan sanksi kepada 19 ASN yang terbukti tidak netral pada Pilkada 2024, yakni 14 hukuman disiplin ringan dan 5 hukuman disiplin sedang.`, want: [[19, null], [14, 19], [5, 19]], open: 'the sanctions are read, without the whole of people (19 ASN) as their parent in one sentence' });
rows.push({ name: 'L: "tiga sanksi teguran dan dua sanksi penundaan"', text: `Sanksi ASN\n\nBupati menjatuhkan sanksi kepada lima ASN yang terbukti melanggar netralitas pada Pilkada 2024, berupa tiga sanksi teguran tertulis dan dua sanksi penundaan kenaikan pangkat.`, want: [[5, null], [3, 5], [2, 5]], held: true });
rows.push({ name: 'L, not: money after a count', text: `Dana Pengawasan\n\nBawaslu Kabupaten Kapuas menangani enam kasus netralitas ASN pada Pilkada 2024. Anggaran pengawasan berasal dari APBD Rp 4 miliar, dan hibah provinsi 2 miliar.`, want: [[6, null]], not: [4, 2] });
rows.push({ name: 'L, not: TPS by kecamatan after a count', text: `TPS Rawan\n\nBawaslu Kabupaten Bima menangani tiga kasus netralitas ASN pada Pilkada 2024. TPS rawan tersebar di kecamatan Woha 12 TPS, kecamatan Bolo 9, dan kecamatan Sape 15.`, want: [[3, null]], not: [12, 9, 15] });
rows.push({ name: 'L, not: staff by division', text: `Bawaslu Siap\n\nBawaslu Kabupaten Gowa menangani empat kasus netralitas ASN pada Pilkada 2024. Bawaslu memiliki divisi penanganan 11 staf, divisi pencegahan 8, dan sekretariat 20.`, want: [[4, null]], not: [11, 8, 20], held: true });

// review17 finding 1: a clause ending in a bare number after a split is no item of it when its label holds a contrast
// word, ends in a verb, or names a party to the case (the reviewer's c11, c7, c8, then invented variants)
const BIMA = 'Bawaslu Bima\n\nBIMA – Bawaslu Kabupaten Bima menangani';
rows.push({ name: 'L, not: "…, sementara saksi diperiksa 30" (review17 c11)', text: `${BIMA} 15 kasus pada Pilkada 2024, terdiri atas netralitas ASN 12 kasus dan politik uang 3 kasus, sementara saksi diperiksa 30.`, want: [[15, null], [12, 15], [3, 15]], not: [30] });
rows.push({ name: 'L, not: "…, dan saksi diperiksa 30" (review17 c7)', text: `${BIMA} dugaan pelanggaran pada Pilkada 2024, yakni netralitas ASN 12 kasus, dan saksi diperiksa 30.`, want: [[12, null]], not: [30] });
rows.push({ name: 'L, not: "…, pelapor 30" (review17 c8)', text: `${BIMA} dugaan pelanggaran pada Pilkada 2024, yakni netralitas ASN 12 kasus, pelapor 30.`, want: [[12, null]], not: [30] });
rows.push({ name: 'L, not: "…, sedangkan pegawai yang dipanggil 25"', text: `Bawaslu Dompu\n\nBawaslu Kabupaten Dompu menangani 9 kasus pada Pilkada 2024, terdiri atas netralitas ASN 6 kasus dan politik uang 3 kasus, sedangkan pegawai yang dipanggil 25.`, want: [[9, null], [6, 9], [3, 9]], not: [25] });
rows.push({ name: 'L, not: "…, dan dokumen diperiksa 40"', text: `Bawaslu Sumbawa\n\nBawaslu Kabupaten Sumbawa menerima 11 laporan pada Pilkada 2024, terdiri atas kecamatan kota 7 laporan dan kecamatan desa 4, dan dokumen diperiksa 40.`, want: [[11, null], [7, 11], [4, 11]], not: [40] });
rows.push({ name: 'L, not: "…, saksi 14" (a party to the case)', text: `Bawaslu Sumbawa\n\nBawaslu Kabupaten Sumbawa menerima 11 laporan pada Pilkada 2024, terdiri atas kecamatan kota 7 laporan dan kecamatan desa 4, saksi 14.`, want: [[11, null], [7, 11], [4, 11]], not: [14] });

// review17 finding 2: the tiers a regulation defines are no sanctions given (the reviewer's c12, invented variants),
// while sanctions imposed and split by tier still count
rows.push({ name: 'S, not: "PP Nomor 94 Tahun 2021 mengenal tiga hukuman disiplin, yakni ringan, sedang, dan berat" (review17 c12)', text: `BKPSDM Bima Ingatkan ASN\n\nBIMA – Kepala BKPSDM Kabupaten Bima, Ahmad Yani, mengingatkan ASN menjaga netralitas pada Pilkada 2024. Menurut dia, PP Nomor 94 Tahun 2021 mengenal tiga hukuman disiplin, yakni ringan, sedang, dan berat.`, want: [], not: [3] });
rows.push({ name: 'S, not: "aturan itu mengatur tiga sanksi, yaitu teguran, penundaan pangkat, dan pemberhentian"', text: `BKD Ingatkan ASN\n\nKepala BKD Kabupaten Luwu mengingatkan ASN menjaga netralitas pada Pilkada 2024. Aturan itu mengatur tiga sanksi, yaitu teguran, penundaan pangkat, dan pemberhentian.`, want: [], not: [3] });
rows.push({ name: 'S, not: "ada dua hukuman disiplin: sedang dan berat"', text: `BKD Ingatkan ASN\n\nKepala BKD Kabupaten Luwu mengingatkan ASN menjaga netralitas pada Pilkada 2024. Bagi ASN yang terbukti, ada dua hukuman disiplin: sedang dan berat.`, want: [], not: [2] });
rows.push({ name: 'S: "menjatuhkan 12 hukuman disiplin, yakni 8 ringan dan 4 sedang" still counts', text: `BKN Jatuhkan Sanksi\n\nBKN menjatuhkan 12 hukuman disiplin kepada ASN yang melanggar netralitas pada Pilkada 2024.`, want: [[12, null]] });

// C. a bare comparison of an earlier figure
rows.push({ name: 'C: "Pada Pilkada 2020, jumlahnya hanya tiga"', text: `Bawaslu Imbau Kades Netral\n\nBawaslu Kabupaten Barito Kuala mencatat sembilan terlapor dugaan pelanggaran netralitas pada Pilkada 2024. Pada Pilkada 2020, jumlahnya hanya tiga.`, want: [[9, null], [3, null]], election: [3, 'Pilkada 2020'] });
rows.push({ name: 'C: "Pada Pemilu 2019 jumlahnya mencapai 21"', text: `Laporan Meningkat\n\nBawaslu Kota Kendari menerima 14 laporan dugaan pelanggaran netralitas ASN pada Pemilu 2024. Pada Pemilu 2019 jumlahnya mencapai 21.`, want: [[14, null], [21, null]], election: [21, 'Pemilu 2019'] });
rows.push({ name: 'C: "Di Pilkada 2018, angkanya cuma lima"', text: `Kasus Naik\n\nBawaslu Kabupaten Kolaka Utara menangani 12 kasus netralitas ASN pada Pilkada 2024. Di Pilkada 2018, angkanya cuma lima.`, want: [[12, null], [5, null]], election: [5, 'Pilkada 2018'], held: true });
rows.push({ name: 'C: "sedangkan pada Pilkada 2020 jumlahnya tujuh"', text: `Kasus Turun\n\nBawaslu Kabupaten Luwu menangani empat kasus netralitas ASN pada Pilkada 2024, sedangkan pada Pilkada 2020 jumlahnya tujuh.`, want: [[4, null], [7, null]], election: [7, 'Pilkada 2020'] });
rows.push({ name: 'C, not: "jumlahnya mencapai 40 persen"', text: `Partisipasi\n\nBawaslu Kabupaten Luwu menangani empat kasus netralitas ASN pada Pilkada 2024. Pada Pilkada 2020, jumlahnya mencapai 40 persen dari pemilih.`, want: [[4, null]], not: [40] });
rows.push({ name: 'C, not: "jumlahnya 1.200 pemilih"', text: `Pemilih Pemula\n\nBawaslu Kabupaten Luwu menangani empat kasus netralitas ASN pada Pilkada 2024. Pada Pilkada 2020, jumlahnya hanya 1.200 pemilih pemula.`, want: [[4, null]], not: [1200], held: true });
rows.push({ name: 'C, not: "jumlah TPS-nya hanya 300"', text: `TPS Berkurang\n\nBawaslu Kabupaten Luwu menangani empat kasus netralitas ASN pada Pilkada 2024. Pada Pilkada 2020, jumlah TPS-nya hanya 300.`, want: [[4, null]], not: [300] });
rows.push({ name: 'C, not: the same election again (review17 c1)', text: `Bawaslu Bima Catat 12 Laporan\n\nBIMA – Bawaslu Kabupaten Bima menerima 12 laporan dugaan pelanggaran netralitas aparatur sipil negara (ASN) selama tahapan Pilkada 2024. Untuk Pilkada 2024, Bawaslu juga merekrut pengawas tempat pemungutan suara, jumlahnya mencapai 1.200.`, want: [[12, null]], not: [1200] });
rows.push({ name: 'C, not: the same election in the same sentence', text: `Kasus Netralitas\n\nBawaslu Kabupaten Luwu menangani empat kasus netralitas ASN pada Pemilu 2024, dan pada Pemilu 2024 pula jumlahnya 900.`, want: [[4, null]], not: [900] });
rows.push({ name: 'C, not: the same election, "Selama Pilkada 2024 jumlahnya 85"', text: `Pengawas Dilantik\n\nBawaslu Kota Kendari menerima 14 laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024. Selama Pilkada 2024 jumlahnya 85.`, want: [[14, null]], not: [85] });
rows.push({ name: 'C, not: another election, a clause with its own verb and object before the pointer', text: `Pengawas TPS\n\nBawaslu Kabupaten Bima menerima 12 laporan dugaan pelanggaran netralitas ASN selama Pilkada 2024. Untuk Pilkada 2020, Bawaslu merekrut pengawas tempat pemungutan suara, jumlahnya mencapai 1.200.`, want: [[12, null]], not: [1200] });
rows.push({ name: 'C, not: "Pada Pemilu 2019 KPU melantik petugas, jumlahnya 950"', text: `Laporan\n\nBawaslu Kota Kendari menerima 14 laporan dugaan pelanggaran netralitas ASN pada Pemilu 2024. Pada Pemilu 2019 KPU melantik petugas ad hoc, jumlahnya 950.`, want: [[14, null]], not: [950] });
// (review17 finding 11: the clause of the number starts after a semicolon or colon inside its sentence, so an election
// before one is not the clause's: "Pada Pilkada 2020 pengawas desa belum ada; kini jumlahnya 300" is a size of today)
rows.push({ name: 'C, not: the election in the clause before a semicolon', text: `Pengawas Desa\n\nBawaslu Kabupaten Luwu menangani empat kasus netralitas ASN pada Pilkada 2024. Pada Pilkada 2020 pengawas desa belum ada; kini jumlahnya 300.`, want: [[4, null]], not: [300] });
rows.push({ name: 'C: "…; pada Pemilu 2019 jumlahnya 21" after a semicolon still compares', text: `Laporan Meningkat\n\nBawaslu Kota Kendari menerima 14 laporan dugaan pelanggaran netralitas ASN pada Pemilu 2024; pada Pemilu 2019 jumlahnya 21.`, want: [[14, null], [21, null]], election: [21, 'Pemilu 2019'] });

// V. items of a split sharing their verb, after the first ("merinci empat aduan menyangkut guru PNS, dua menyangkut
//    pegawai puskesmas, dan satu menyangkut staf kecamatan": check20 09), or all bare after a total ("mencatat empat
//    dugaan pelanggaran … . Tiga melibatkan ASN, satu melibatkan anggota Polri": check20 13). Written after the first
//    commit of this round, scored on 81a7930 before the rule (see the blind score below).
rows.push({ name: 'V: "empat aduan menyangkut guru, dua menyangkut pegawai puskesmas, dan satu menyangkut staf"', text: `Aduan ASN\n\nDPMD Kabupaten Kapuas menerima tujuh aduan keterlibatan ASN dalam Pilkades 2023. Kepala DPMD merinci empat aduan menyangkut guru PNS, dua menyangkut pegawai puskesmas, dan satu menyangkut staf kecamatan.`, want: [[7, null], [4, 7], [2, 7], [1, 7]] });
rows.push({ name: 'V: "Tiga melibatkan ASN, satu melibatkan anggota Polri" after a total', text: `Empat Kasus Netralitas\n\nBawaslu Kabupaten Kaur mencatat empat dugaan pelanggaran netralitas selama masa kampanye Pilkada 2024. Tiga melibatkan ASN, satu melibatkan anggota Polri.`, want: [[4, null], [3, 4], [1, 4]] });
rows.push({ name: 'V: "lima laporan berasal dari warga dan tiga berasal dari pengawas"', text: `Laporan Netralitas\n\nBawaslu Kota Tual menangani delapan laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024: lima laporan berasal dari warga dan tiga berasal dari temuan pengawas.`, want: [[8, null], [5, 8], [3, 8]], held: true });
rows.push({ name: 'V: "Dua terkait media sosial, dua terkait kampanye, satu terkait deklarasi" after a total', text: `Lima Kasus\n\nBawaslu Kabupaten Buru menangani lima kasus netralitas ASN pada Pilkada 2024. Dua terkait media sosial, dua terkait kampanye, dan satu terkait deklarasi dukungan.`, want: [[5, null], [2, 5], [1, 5]], held: true });
rows.push({ name: 'V, not: items that do not add up to the total', text: `Empat Kasus Netralitas\n\nBawaslu Kabupaten Kaur mencatat empat dugaan pelanggaran netralitas selama masa kampanye Pilkada 2024. Tiga melibatkan ASN, tiga melibatkan anggota Polri.`, want: [[4, null]], not: [3] });
rows.push({ name: 'V, not: days with a shared verb', text: `Laporan\n\nBawaslu Kabupaten Kaur mencatat empat dugaan pelanggaran netralitas pada Pilkada 2024. Tiga hari berlalu, dua hari berlalu lagi tanpa klarifikasi.`, want: [[4, null]], not: [3, 2] });

// X. figures that are no counts
const X = (tail: string) => `Bawaslu Rilis Data\n\nBawaslu Kabupaten Karo menangani tujuh kasus dugaan pelanggaran netralitas ASN pada Pilkada 2024. ${tail}`;
rows.push({ name: 'X, not: voters and TPS', text: X('Di Karo terdapat 312.450 pemilih yang tersebar di 820 TPS.'), want: [[7, null]], not: [312450, 820] });
rows.push({ name: 'X, not: a law number and year', text: X('Aturan itu tertuang dalam Undang-Undang Nomor 20 Tahun 2023 dan PP Nomor 94 Tahun 2021.'), want: [[7, null]], not: [20, 2023, 94, 2021] });
rows.push({ name: 'X, not: money and percent', text: X('Anggaran pengawasan Rp 3,5 miliar, dengan serapan 62 persen.'), want: [[7, null]], not: [3.5, 62], held: true });
rows.push({ name: 'X, not: staff of the supervisors', text: X('Bawaslu Karo kini memiliki 45 pengawas kelurahan/desa dan 17 staf sekretariat.'), want: [[7, null]], not: [45, 17] });
rows.push({ name: 'X, not: page views', text: X('Berita ini telah dibaca 1.532 kali.'), want: [[7, null]], not: [1532] });
rows.push({ name: 'X, not: a future target', text: X('Tahun depan Bawaslu menargetkan nol kasus dan 100 desa antipolitik uang.'), want: [[7, null]], not: [0, 100], held: true });
rows.push({ name: 'X, not: another country', text: X('Sebagai perbandingan, di Filipina tercatat 2.300 pegawai negeri dilaporkan berpolitik praktis pada pemilu 2022.'), want: [[7, null]], not: [2300], open: 'no lexicon of foreign countries: a figure abroad reads as a count' });
rows.push({ name: 'X, not: hours and days', text: X('Laporan diproses paling lama 14 hari kerja dan dibahas dalam 3 kali rapat pleno.'), want: [[7, null]], not: [14, 3] });
rows.push({ name: 'X, not: age and years of service', text: X('Terlapor berusia 52 tahun dan telah mengabdi 25 tahun.'), want: [[7, null]], not: [52, 25], held: true });

describe('round 17 paradigms (paradigm17): tuned rows', () => {
  it.each(rows.filter((r) => !r.held && r.open === undefined).map((r) => [r.name, r] as const))('%s', (_name, r) => check(r));
});

describe('round 17 paradigms (paradigm17): held-out rows', () => {
  it.each(rows.filter((r) => r.held && r.open === undefined).map((r) => [r.name, r] as const))('%s', (_name, r) => check(r));
});

describe('round 17 paradigms (paradigm17): rows left open (they must still fail; drop `open` when one passes)', () => {
  it.fails.each(rows.filter((r) => r.open !== undefined).map((r) => [r.name, r] as const))('%s', (_name, r) => check(r));
});

function check(r: Row): void {
  const counts = valuesWithParents(r.text);
  for (const w of r.want) expect(counts, JSON.stringify(counts)).toContainEqual(w);
  for (const v of r.not ?? []) expect(counts.map((c) => c[0]), JSON.stringify(counts)).not.toContain(v);
  if (r.election) {
    const c = countsOf(r.text).find((v) => v.value === r.election![0]);
    expect(c && `${c.election} ${c.year}`).toBe(r.election[1]);
  }
}

// Round 17b (counts17, issue 22, check22 released): invented rows for the kinds check22 still lost.
//   Q. Qualifiers: a bound or vague word before a sub-count's figure ("Dari 12 laporan, setidaknya lima …", "kurang
//      dari sepuluh di antaranya"), and the qualifier grammar as a whole on a plain count (one row per phrase class).
//   S. Spurious: a headline's forecast figure restating a bound of the body's forecast range ("Bisa Tembus 20 Kasus"
//      over "15 hingga 20 kasus"); a vague plural restating a specific figure of the same unit ("belasan laporan" …
//      "sekitar 15 laporan").
// Blind score (7724b49, before any change of round 17b; 27 rows): Q 19/21 (failed: both "Dari N …, setidaknya/minimal
// M" parts, read exact), S 2/6 (failed: both headline forecasts, both vague-then-precise). After: Q 21/21, S 6/6; one
// row left open (a headline's vague figure of people over the body's figure of reports).
const QB = 'Bawaslu Kabupaten Lahat mencatat 30 laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024.';
interface QRow { name: string; text: string; value: number; qualifier: string | null }
const qRows: QRow[] = [
  { name: 'Q: "Dari 12 laporan, setidaknya lima melibatkan kepala desa" at_least', text: `Data Bawaslu\n\nBawaslu Kabupaten Lahat menangani 12 laporan netralitas ASN pada Pilkada 2024. Dari 12 laporan, setidaknya lima melibatkan kepala desa, dan tujuh sudah diteruskan ke BKN.`, value: 5, qualifier: 'at_least' },
  { name: 'Q: "Dari 20 kasus, minimal enam melibatkan guru" at_least', text: `Data Bawaslu\n\nBawaslu Kota Bima menangani 20 kasus netralitas ASN pada Pemilu 2024. Dari 20 kasus, minimal enam melibatkan guru honorer.`, value: 6, qualifier: 'at_least' },
  { name: 'Q: "kurang dari sepuluh di antaranya" at_most', text: `Data Bawaslu\n\n${QB} Dari jumlah itu, kurang dari sepuluh di antaranya sudah diteruskan ke KASN.`, value: 10, qualifier: 'at_most' },
  { name: 'Q: "tidak lebih dari lima di antaranya" at_most', text: `Data Bawaslu\n\n${QB} Tidak lebih dari lima di antaranya terbukti melanggar.`, value: 5, qualifier: 'at_most' },
  { name: 'Q, not: "Dari 12 laporan, lima melibatkan kepala desa" stays exact', text: `Data Bawaslu\n\nBawaslu Kabupaten Lahat menangani 12 laporan netralitas ASN pada Pilkada 2024. Dari 12 laporan, lima melibatkan kepala desa.`, value: 5, qualifier: 'exact' },
];
const G = (phrase: string) => `Data Bawaslu\n\nBawaslu Kabupaten Lahat mencatat ${phrase} laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024.`;
for (const [phrase, value, qualifier] of [
  ['lebih dari 20', 20, 'at_least'], ['di atas 20', 20, 'at_least'], ['hampir 20', 20, 'approximate'], ['sekitar 20', 20, 'approximate'],
  ['kurang lebih 20', 20, 'approximate'], ['sedikitnya 20', 20, 'at_least'], ['paling sedikit 20', 20, 'at_least'],
  ['maksimal 20', 20, 'at_most'], ['tidak lebih dari 20', 20, 'at_most'], ['kurang dari 20', 20, 'at_most'], ['belasan', 10, 'approximate'],
  ['puluhan', 10, 'approximate'], ['ratusan', 100, 'approximate'], ['sedikitnya delapan', 8, 'at_least'], ['kurang dari sepuluh', 10, 'at_most'],
] as const)
  qRows.push({ name: `Q grammar: "${phrase} laporan" ${qualifier}`, text: G(phrase), value, qualifier });
qRows.push({ name: 'Q, not: "lebih dari 20 persen" is no count', text: `Data Bawaslu\n\n${QB} Partisipasi naik lebih dari 20 persen.`, value: 20, qualifier: null });

const sRows: Row[] = [
  { name: 'S: headline "Bisa Tembus 20 Kasus" over a body range "15 hingga 20 kasus"', text: `Bawaslu Prediksi Laporan Netralitas Bisa Tembus 20 Kasus\n\nBawaslu Kabupaten Barito Utara memperkirakan laporan dugaan pelanggaran netralitas ASN bisa mencapai 15 hingga 20 kasus hingga akhir masa kampanye Pilkada 2024.`, want: [[15, null]], not: [20] },
  { name: 'S: headline "Diprediksi Capai 30 Laporan" over "25 sampai 30 laporan"', text: `Laporan Netralitas Diprediksi Capai 30 Laporan\n\nBawaslu Kota Sorong memprediksi laporan pelanggaran netralitas ASN bisa mencapai 25 sampai 30 laporan selama Pilkada 2024.`, want: [[25, null]], not: [30] },
  { name: 'S, not: a headline count that is no forecast bound stays', text: `Bawaslu Tangani 12 Kasus\n\nBawaslu Kabupaten Barito Utara menangani 12 kasus netralitas ASN pada Pilkada 2024, dan memperkirakan laporan bisa mencapai 15 hingga 20 kasus hingga akhir masa kampanye.`, want: [[12, null], [15, null]] },
  { name: 'S: "belasan laporan" then "sekitar 15 laporan" is one claim', text: `Laporan Netralitas Masuk\n\nBawaslu Kabupaten Lanny Jaya menerima belasan laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024. Ketua Bawaslu menyebut sekitar 15 laporan netralitas ASN masuk dalam dua pekan terakhir.`, want: [[15, null]], not: [10] },
  { name: 'S: "puluhan kasus" then "sebanyak 34 kasus" is one claim', text: `Puluhan Kasus Netralitas\n\nBawaslu Provinsi Papua Barat menangani puluhan kasus netralitas ASN pada Pemilu 2024. Hingga akhir tahapan tercatat sebanyak 34 kasus pelanggaran netralitas ASN.`, want: [[34, null]], not: [10] },
  { name: 'S, not: "belasan laporan" beside "sekitar 40 laporan" (outside its span) stays', text: `Data Bawaslu\n\nBawaslu Kabupaten Lanny Jaya menerima belasan laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024, sedangkan pada Pemilu 2019 tercatat sekitar 40 laporan netralitas ASN.`, want: [[10, null], [40, null]] },
];

describe('round 17b paradigms (paradigm17, counts17): qualifiers', () => {
  it.each(qRows.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const c = countsOf(r.text).find((v) => v.value === r.value);
    expect(c ? c.qualifier : null, JSON.stringify(countsOf(r.text).map((v) => [v.value, v.qualifier]))).toBe(r.qualifier);
  });
});

// L2. A split whose first item names its figure with a second opener after its label, the later items with only
// their label ("berupa hukuman disiplin sedang, yakni 702 ASN, disusul hukuman disiplin ringan 589 dan berat 320").
// Blind (before the FIRST_LABEL change, after 28a09b3): L2 positives 0/2, negatives 2/2.
sRows.push(
  { name: 'L2: "berupa teguran tertulis, yaitu 40 ASN, disusul penundaan pangkat 25 dan pemberhentian 3"', text: `Sanksi Netralitas\n\nBKN menjatuhkan sanksi kepada 68 ASN yang melanggar netralitas pada Pemilu 2024. Sanksi terbanyak berupa teguran tertulis, yaitu 40 ASN, disusul penundaan pangkat 25 dan pemberhentian 3.`, want: [[68, null], [40, 68], [25, 68], [3, 68]] },
  { name: 'L2: "terdiri atas temuan pengawas, yakni 14 kasus, dan laporan masyarakat 6"', text: `Data Bawaslu\n\nBawaslu Kabupaten Paser menangani 20 kasus netralitas ASN pada Pilkada 2024, terdiri atas temuan pengawas, yakni 14 kasus, dan laporan masyarakat 6.`, want: [[20, null], [14, 20], [6, 20]] },
  { name: 'L2, not: money after "yakni 14 kasus"', text: `Data Bawaslu\n\nBawaslu Kabupaten Paser menangani 20 kasus netralitas ASN pada Pilkada 2024, terdiri atas temuan pengawas, yakni 14 kasus, dengan anggaran 5 miliar.`, want: [[20, null]], not: [5] },
  { name: 'L2, not: a contrast clause after "yakni 14 kasus"', text: `Data Bawaslu\n\nBawaslu Kabupaten Paser menangani 20 kasus netralitas ASN pada Pilkada 2024, terdiri atas temuan pengawas, yakni 14 kasus, sementara saksi diperiksa 30.`, want: [[20, null]], not: [30] },
);

// (the open row, a headline's vague people over the body's vague reports, passes since counts18: moved to sRows)
sRows.push(
  { name: 'S: a headline\'s "Belasan ASN" over the body\'s "belasan laporan" … "sekitar 15 laporan"', text: `Belasan ASN Dilaporkan\n\nBawaslu Kabupaten Lanny Jaya menerima belasan laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024. Ketua Bawaslu menyebut sekitar 15 laporan netralitas ASN masuk dalam dua pekan terakhir.`, want: [[15, null]], not: [10] }, // (open until counts18: headline.ts now folds a headline's plural into the lead's same plural word)
);

describe('round 17b paradigms (paradigm17, counts17): spurious restatements', () => {
  it.each(sRows.map((r) => [r.name, r] as const))('%s', (_name, r) => check(r));
});
