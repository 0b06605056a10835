// Words of per-region breakdowns and rankings for the VIOLATION COUNTS extractor (clauses.ts addListItems,
// line-lists.ts, bracket-items.ts, list-parents.ts): how a list's first item is linked to its count, what joins the
// next items, and the words saying a list divides a whole. Data only; lower-case. Re-exported by violations.ts.
import { lookupTable } from '../util/table.js';

/** A ranking of regions by their counts: "Jawa Barat dengan 58 kasus, diikuti Sulawesi Selatan 47, Jawa Timur 39":
 *  words between the first label and its number, and words after the comma that open the next item. Lower-case. */
export const RANKING_LABEL_LINKS: readonly string[] = ['dengan', 'sebanyak'];
/** Verbs between a breakdown's first region and its count ("Kota Ambon menyumbang sembilan kasus, Maluku Tengah tujuh"):
 *  read only when the words before the verb are a region mention. */
export const RANKING_LABEL_VERBS: readonly string[] = [
  'menyumbang', 'menyumbangkan', 'mencatat', 'mencatatkan', 'membukukan', 'memiliki', 'mempunyai', 'punya', 'ada',
  'terdapat', 'tercatat', 'mencapai', 'berjumlah', 'sejumlah',
];
export const RANKING_JOINERS: readonly string[] = ['diikuti', 'diikuti oleh', 'disusul', 'disusul oleh', 'kemudian'];

/** Conjunctions that join the items of a list ("Bogor (14), Depok (6) dan Bekasi (3)"). Lower-case. */
export const ITEM_CONJUNCTIONS: readonly string[] = ['dan', 'serta'];
/** Words after the comma that open the next piece of a run of items of a kind ("…, lalu lima ASN mendapat …",
 *  "…, sedangkan satu ASN diberhentikan"): the item conjunctions, then and contrast words. Lower-case. */
export const KIND_RUN_JOINERS: readonly string[] = [...ITEM_CONJUNCTIONS, 'lalu', 'kemudian', 'sedangkan'];

/** Words right after a quantity head in a table's lead-in that divide the figure, naming nothing counted ("Berikut
 *  rekapitulasi per kabupaten/kota:"): the lead-in then refers to the violation named before it. Lower-case. */
export const TABLE_LEAD_SCOPE_WORDS: readonly string[] = ['per', 'di', 'tiap', 'setiap', 'masing-masing', 'menurut', 'berdasarkan', 'se'];

/** Markers that open a line of a breakdown written one item per line ("- Jawa Barat: 24", "• Banten 4"); numbered
 *  lines ("1.", "2)") are read too. */
export const LIST_LINE_MARKERS: readonly string[] = ['-', '–', '•', '*', '▪', '·'];

/** Words that say a per-region (or per-agency) breakdown divides a whole given before it, read between that whole and
 *  the breakdown's first number (list-parents.ts): the dividing words ("Kasus netralitas itu tersebar di Bangka 10
 *  kasus, …", "Kota Ambon menyumbang sembilan kasus, Maluku Tengah tujuh, …"), the itemising words ("Rinciannya,
 *  Kabupaten Bogor 14 kasus, …", "merinci: Jember 11 laporan, …", "masing-masing di Kota Banjarmasin tujuh orang, …",
 *  "terdiri atas …", "yakni …") and the words of a ranking ("Parigi Moutong berada di urutan teratas dengan 11 kasus,
 *  disusul Banggai 9, …"). A colon right before the list is one too. Lower-case. */
export const LIST_WHOLE_LINKS: readonly string[] = [
  // dividing
  'tersebar', 'tersebar di', 'menyebar', 'terbagi', 'terbagi di', 'terbagi atas', 'terbagi dalam', 'terbagi menjadi',
  'menyumbang', 'menyumbangkan', 'disumbang', 'disumbangkan', 'berasal dari', 'sebarannya', 'sebaran',
  // itemising
  'rinciannya', 'perinciannya', 'dengan rincian', 'rincian', 'perincian', 'merinci', 'memerinci', 'dirinci', 'diperinci',
  'terinci', 'terdiri', 'terdiri atas', 'terdiri dari', 'masing-masing', 'masing masing', 'di antaranya', 'diantaranya',
  'antara lain', 'meliputi', 'mencakup', 'yakni', 'yaitu',
  // ranking
  'urutan teratas', 'urutan pertama', 'urutan tertinggi', 'peringkat teratas', 'peringkat pertama', 'posisi teratas',
  'posisi pertama', 'terbanyak', 'tertinggi', 'paling banyak',
];
export const LIST_TOTAL_POINTERS: readonly string[] = ['seluruhnya', 'semuanya', 'kesemuanya', 'keseluruhannya'];

/** Words for one person or thing that stand as the number of a breakdown's item ("… 2 tenaga honorer dan seorang
 *  lurah"), read in breakdowns only. */
export const ONE_PERSON_WORDS: Readonly<Record<string, number>> = lookupTable({ seorang: 1, sebuah: 1 });

/** Nouns of measure, time and place that a number before them counts, never violations or people: a piece after a
 *  breakdown's item that starts with one of them ("…, tiga hari kemudian", "…, dua kecamatan lain") is no item. The
 *  closed classes: time units, shares and multiples, steps, money and length, pages and places of the election.
 *  Lower-case. */
export const ITEM_MEASURE_NOUNS: readonly string[] = [
  // time
  'detik', 'menit', 'jam', 'hari', 'malam', 'pekan', 'minggu', 'bulan', 'tahun', 'windu', 'dekade', 'abad', 'triwulan',
  'semester', 'periode',
  // shares, multiples, steps, rounds
  'persen', '%', 'kali', 'poin', 'tahap', 'tahapan', 'putaran', 'babak', 'gelombang', 'sesi', 'angkatan',
  // money, size, documents
  'rupiah', 'rp', 'juta', 'miliar', 'triliun', 'ribu', 'ratus', 'kilometer', 'km', 'meter', 'hektare', 'halaman',
  'lembar', 'pasal', 'ayat', 'nomor', 'no',
  // places and units of the election
  'tps', 'desa', 'kelurahan', 'kecamatan', 'kabupaten', 'kota', 'provinsi', 'daerah', 'wilayah', 'lokasi', 'titik',
  'dapil', 'kursi', 'suara', 'pasangan', 'paslon', 'calon', 'partai',
];

/** Nouns a ranking or breakdown of regions may be ordered by that are no counts of cases or people ("daerah dengan
 *  skor tertinggi yakni Kabupaten Bogor 87, …", "TPS rawan terbanyak", "suara tertinggi"): the measure nouns above and
 *  the nouns of indices and shares. A list without brackets is read only under a case noun, never under one of these.
 *  Lower-case. */
export const NON_COUNT_LIST_NOUNS: readonly string[] = [
  ...ITEM_MEASURE_NOUNS, 'skor', 'indeks', 'nilai', 'persentase', 'proporsi', 'rasio', 'rata-rata', 'peringkat', 'bobot',
];

/** Words that point a "dari" clause back at a whole stated before it ("Dari 27 itu, …", "dari total kasus tersebut,
 *  …", "Dari jumlah tadi, …"): its items are parts of that whole. Lower-case. */
export const WHOLE_POINTERS: readonly string[] = ['itu', 'tersebut', 'tadi', 'ini'];
/** Heads of a "dari" clause that name the whole by its size ("dari total kasus tersebut"). Lower-case. */
export const WHOLE_SIZE_HEADS: readonly string[] = ['total', 'jumlah', 'keseluruhan', 'seluruh', 'semua', 'sejumlah'];

/** Outcomes of handling a figure, by class: a breakdown's lead naming one ("lima provinsi dengan jumlah ASN terbukti
 *  melanggar terbanyak yaitu: …") divides the figure given with that outcome ("892 ASN dinyatakan terbukti …, 301
 *  tidak terbukti, dan 244 dikembalikan"), not the total handled (list-parents.ts). The negated forms are their own
 *  class (the longest phrase is read first). The closed class: proven, sanctioned, not proven or stopped, returned,
 *  forwarded, still in process. Lower-case. */
export type Outcome = 'proven' | 'sanctioned' | 'unproven' | 'returned' | 'forwarded' | 'pending';
export const OUTCOME_CLASSES: Readonly<Record<string, Outcome>> = lookupTable<Outcome>({
  // proven
  terbukti: 'proven', 'terbukti melanggar': 'proven', 'memenuhi unsur': 'proven', 'dinyatakan bersalah': 'proven',
  // sanctioned
  dijatuhi: 'sanctioned', disanksi: 'sanctioned', 'diberi sanksi': 'sanctioned', 'mendapat sanksi': 'sanctioned',
  'menerima sanksi': 'sanctioned', 'dikenai sanksi': 'sanctioned', 'dikenakan sanksi': 'sanctioned', dihukum: 'sanctioned',
  // not proven, stopped
  'tidak terbukti': 'unproven', 'tak terbukti': 'unproven', 'belum terbukti': 'unproven', 'tidak memenuhi unsur': 'unproven',
  'tak memenuhi unsur': 'unproven', dihentikan: 'unproven',
  // returned
  dikembalikan: 'returned',
  // forwarded
  diteruskan: 'forwarded', direkomendasikan: 'forwarded', dilimpahkan: 'forwarded',
  // in process
  diproses: 'pending', 'dalam proses': 'pending', 'masih berproses': 'pending', 'menunggu keputusan': 'pending',
});

/** Words that single out the largest share of a whole ("modus terbanyak adalah …, yakni sembilan kasus", "mayoritas
 *  pelanggaran berupa …, yakni 10 kasus"): a figure after one in its sentence, with no region, is a part of the whole
 *  stated before it (later-parts.ts kindParts). The closed class of superlatives and majority words. Lower-case. */
export const LARGEST_SHARE_WORDS: readonly string[] = [
  'terbanyak', 'tertinggi', 'terbesar', 'paling banyak', 'paling tinggi', 'paling besar', 'mayoritas', 'sebagian besar',
  'kebanyakan', 'didominasi', 'terutama',
];

/** Copulas of identification that open a breakdown in the sentence after a count, after a subject pointing back to it
 *  ("… tiga ASN yang diduga hadir dalam deklarasi … . Ketiganya adalah dua kepala distrik dan seorang sekretaris
 *  dinas", round 21): only there (extract/violations/sums.ts breakdownParts), never right after a count in its own
 *  sentence, where "adalah" defines rather than lists. */
export const BREAKDOWN_COPULAS: readonly string[] = ['adalah', 'ialah', 'yakni', 'yaitu'];

/** The words for one person that may open a split of a people count into one and the rest ("… dua aparatur sipil negara
 *  … . Kepala BKPSDM menjelaskan seorang pegawai dijatuhi hukuman disiplin sedang, sedangkan seorang lainnya menerima
 *  teguran tertulis", round 21: extract/violations/bare-splits.ts addOneSplits). Lower-case. */
export const ONE_HUMAN_WORDS: readonly string[] = ['seorang'];
