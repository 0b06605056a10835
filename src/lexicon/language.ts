// Word lists for the language gate (src/ingest/gate/lang.ts): which web-archive pages are Indonesian,
// before any cleaning or extraction. Data only.
//
// Indonesian and Malay share most of their function words, so the gate works in two steps: the share
// of Malay-Indonesian function words against English ones says "Malay or Indonesian, English, or
// something else"; then contrast words (the same idea spelt or worded differently on each side of the
// Strait of Malacca) decide between Indonesian and Malay. Ambiguous pairs are left out on purpose:
// `pejabat` is "office" in Malay but "official" in Indonesian, and Indonesian ASN news uses it
// constantly; `jabatan`, `kenyataan`, `beliau`, `daripada` and `boleh` are common on both sides.
import { INDONESIAN_MONTHS } from './calendar.js';

/** Frequent function words of Malay and Indonesian alike. */
export const MALAY_INDONESIAN_FUNCTION_WORDS: readonly string[] = [
  'yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'dalam', 'pada', 'tidak', 'akan', 'ke',
  'juga', 'atau', 'ada', 'oleh', 'sebagai', 'telah', 'kepada', 'mereka', 'kami', 'kita', 'saya', 'ia',
  'sudah', 'lebih', 'bagi', 'serta', 'secara', 'antara', 'tersebut', 'hanya', 'masih', 'harus', 'agar',
  'namun', 'tetapi', 'jika', 'kata', 'para', 'seperti', 'setelah', 'sejak', 'hingga', 'sampai', 'atas',
  'bahwa', 'bahawa', 'karena', 'kerana', 'adalah', 'ialah', 'merupakan', 'dapat', 'bisa', 'boleh', 'belum',
  'sebelum', 'selama', 'semua', 'seluruh', 'kembali', 'saat', 'ketika', 'menurut', 'tentang', 'mengenai',
];

/** Frequent English function words. */
export const ENGLISH_FUNCTION_WORDS: readonly string[] = [
  'the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'as', 'was', 'on', 'are', 'be', 'by',
  'this', 'have', 'from', 'at', 'not', 'but', 'they', 'which', 'his', 'he', 'has', 'were', 'an', 'or',
  'said', 'their', 'will', 'would', 'been', 'had', 'its', 'who', 'she', 'her', 'we', 'there', 'than',
  'also', 'after', 'about', 'into', 'more', 'could', 'should', 'these', 'those', 'when', 'what', 'all',
];

/** Words that mark Indonesian against Malay (each paired, in a comment, with the Malay form). */
export const INDONESIAN_MARKERS: readonly string[] = [
  'bahwa', // bahawa
  'karena', // kerana
  'uang', // wang
  'pemerintah', 'pemerintahan', // kerajaan
  'kantor', // pejabat (office)
  'persen', // peratus
  'polisi', 'kepolisian', // polis
  'mobil', // kereta
  'kabupaten', 'kecamatan', 'provinsi', 'bupati', 'camat', 'lurah', // negeri, daerah, mukim
  'pilkada', 'pemilu', 'pilpres', 'pileg', // pilihan raya
  'karyawan', // pekerja
  'universitas', 'kualitas', 'aktivitas', 'fasilitas', // universiti, kualiti, aktiviti, kemudahan
  // the months Malay spells otherwise (ogos, jun, julai, disember), from the one month table (lexicon/calendar.ts)
  ...[8, 6, 7, 12].map((month) => INDONESIAN_MONTHS[month - 1]!),
  'miliar', // bilion
  'tapi', 'nggak', 'enggak', 'banget', // (colloquial)
  'rumah sakit', 'sepeda', 'berbeda', 'kalian', 'silakan', // hospital, basikal, berbeza, kamu semua, sila
];

/** Words that mark Malay against Indonesian. */
export const MALAY_MARKERS: readonly string[] = [
  'bahawa', 'kerana', 'wang', 'kerajaan', 'peratus', 'polis', 'kereta',
  'kakitangan', 'penjawat', 'perkhidmatan', // civil-service vocabulary: kakitangan awam, penjawat awam
  'pilihan raya', 'pru', 'dun', 'parlimen', 'ahli parlimen', 'menteri besar', 'yb', 'datuk', 'datuk seri',
  'universiti', 'kualiti', 'aktiviti', 'kemudahan',
  'ogos', 'jun', 'julai', 'disember', 'bilion', 'ringgit', 'rm',
  'iaitu', 'manakala', 'sahaja', 'selepas', 'semasa', 'berbeza', 'basikal', 'sila', 'hospital',
  'beliau berkata', 'mahupun', 'bagaimanapun',
];

/** How many gate words are enough to decide: below this the page is `und` (undetermined) and a hint
 *  (domain, `<html lang>`, Content-Language) decides alone. */
export const MIN_WORDS = 25;
/** Share of Malay-Indonesian function words a Malay or Indonesian text reaches (news prose: 0.2–0.35). */
export const MIN_MALAY_INDONESIAN_SHARE = 0.1;
/** A lower share is enough when the contrast words and hints clearly point one way (at least
 *  `STRONG_CONTRAST`): headline-heavy pages, short items. */
export const MIN_SHARE_WITH_EVIDENCE = 0.05;
export const STRONG_CONTRAST = 3;
/** Share of English function words an English text reaches (news prose: 0.3–0.45). */
export const MIN_ENGLISH_SHARE = 0.15;
/** Weight of one hint (an `.id` domain, `<html lang="id">`, Content-Language: id) in the Indonesian–Malay
 *  decision, counted like that many contrast words. */
export const HINT_WEIGHT = 2;
/** Words read from a page for the language decision (its first paragraphs). */
export const SAMPLE_WORDS = 400;

/** Language tags and top-level domains the hints read. */
export const INDONESIAN_TAGS: readonly string[] = ['id', 'in', 'ind'];
export const MALAY_TAGS: readonly string[] = ['ms', 'msa', 'zsm', 'may'];
export const INDONESIAN_TLDS: readonly string[] = ['id'];
export const MALAY_TLDS: readonly string[] = ['my'];
