// What stands above an article's headline on a scraped page (cleaning step 7, src/clean/page-top.ts): the classes of
// furniture a scrape keeps between the top of the page and the headline, as data. Lower-case.
import { SECTION_LABELS } from './boilerplate.js';
import { MENU_EXTRA_WORDS } from './page-meta.js';

/** Words that make a line of a few capitalised words an outlet's masthead when they open or close it: the kinds of
 *  outlet (a paper, a station, a portal) and the words outlets' names are built from ("Radar …", "… Pos", "… Post",
 *  "Tribun …", "… Ekspres", "RRI …", "… TV", "… FM", "… Online", "… News"). Not a place or a person: a brand word. */
export const OUTLET_BRAND_WORDS: readonly string[] = [
  'radar', 'pos', 'post', 'tribun', 'tribunnews', 'ekspres', 'express', 'independent', 'times', 'news', 'online',
  'today', 'pers', 'harian', 'koran', 'tabloid', 'majalah', 'surat kabar', 'warta', 'suara', 'kabar', 'media',
  'daily', 'tv', 'televisi', 'fm', 'am', 'radio', 'rri', 'tvri', 'channel', 'network', 'jurnal', 'journal',
  'portal', 'mingguan', 'inews', 'metro tv', 'kompas tv', 'antara', 'bernas', 'sindo', 'cyber', 'siber',
];

/** The brand words of a station, which may stand inside its name ("Kompas TV Lampung", "Pro 1 FM Kupang"). */
export const OUTLET_STATION_WORDS: readonly string[] = ['tv', 'fm', 'am', 'radio', 'rri', 'tvri'];

/** Labels of the widgets a page shows above its headline, alone on their line or followed by a colon, a separator or
 *  an ellipsis and the widget's content ("Breaking News: …", "Berbagi:", "Masuk | Daftar", "Cari berita..."): an
 *  account row, a search box, a ticker, an ad slot, a share row, a video player, a menu toggle. */
export const TOP_WIDGET_LABELS: readonly string[] = [
  // account and subscription
  'masuk', 'daftar', 'login', 'log in', 'logout', 'log out', 'keluar', 'register', 'registrasi', 'sign in', 'sign up',
  'signin', 'signup', 'akun saya', 'akun', 'langganan', 'berlangganan', 'subscribe', 'langganan sekarang',
  'berlangganan sekarang', 'daftar sekarang', 'masuk/daftar', 'login/register',
  // search box
  'cari', 'pencarian', 'search', 'ketik kata kunci', 'masukkan kata kunci', 'kata kunci', 'cari berita',
  // ticker
  'breaking news', 'breaking', 'trending', 'trending topic', 'topik hangat', 'hot news', 'hot topic', 'berita terkini',
  'terkini', 'terbaru', 'terpopuler', 'populer', 'flash news', 'news flash', 'info terkini', 'update', 'live update',
  'sorotan', 'headline', 'headlines', 'berita utama', 'pilihan editor', 'editor\'s pick', 'editors pick',
  // ad slot
  'advertisement', 'advertising', 'iklan', 'ads', 'ad', 'sponsored', 'ads by google', 'scroll to continue',
  'scroll to continue with content', 'konten bersponsor', 'pasang iklan',
  // share row, player, navigation toggles
  'share', 'bagikan', 'berbagi', 'sebarkan', 'bagikan ke', 'share this', 'video player', 'audio player',
  'dengarkan berita', 'dengarkan artikel', 'putar audio', 'menu', 'main menu', 'navigasi', 'skip to content',
  'langsung ke konten', 'toggle navigation', 'kanal', 'rubrik', 'follow us', 'ikuti kami', 'live tv', 'live streaming',
  'tv live', 'radio live', 'e-paper', 'epaper', 'indeks', 'index',
];

/** A menu row's words: the section names and a menu's other entries. */
export const TOP_MENU_WORDS: readonly string[] = [...SECTION_LABELS, ...MENU_EXTRA_WORDS, 'kontak', 'tentang kami', 'profil', 'redaksi', 'layanan', 'ppid', 'galeri', 'agenda', 'pengumuman', 'artikel', 'infografis', 'podcast', 'video', 'foto'];

/** The top-level domains of an outlet's name written as its address ("SuaraBengkulu.id", "NusaBali.com"). */
export const OUTLET_DOMAIN_ENDS: readonly string[] = ['com', 'id', 'co.id', 'net', 'org', 'news', 'tv', 'online', 'or.id', 'go.id', 'web.id', 'my.id'];

/** Head nouns of an office's or a ministry's name standing above the headline as a portal's masthead or department row
 *  (check7/02: "Dinas Komunikasi, Informatika dan Persandian" under the regency's name; check7/08: "Kementerian PANRB").
 *  Read only above the headline: a headline opens with these too ("Dinas Pendidikan Larang Guru …"). */
export const OFFICE_HEAD_NOUNS: readonly string[] = [
  'dinas', 'badan', 'kantor', 'kementerian', 'kementrian', 'sekretariat', 'bagian', 'biro', 'inspektorat', 'lembaga',
  'komisi', 'direktorat', 'deputi', 'pusat', 'balai', 'unit', 'satuan', 'pemerintah', 'pemkab', 'pemkot', 'pemprov',
  'pemda', 'kecamatan', 'kelurahan', 'desa', 'dewan', 'markas', 'kepolisian', 'polres', 'polda', 'kodim', 'korem',
];
/** Words that join the parts of an office's name. */
export const OFFICE_NAME_JOINERS: readonly string[] = ['dan', 'serta', '&', 'of', 'and', 'the', 'republik', 'indonesia'];
