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

/** A menu row of items set off by separators (check9/06: "Pro 1 | Pro 2 | Pro 4 | Berita | Podcast | Jadwal Siaran";
 *  check9/07: "Denpasar | Badung | Gianyar | … | Politik | Ekonomi | Budaya"): the separators, … */
export const MENU_ITEM_SEPARATORS: readonly string[] = ['|', '•', '·', '»', '›', '::'];
/** … at least this many items, … */
export const MENU_ROW_MIN_ITEMS = 4;
/** … each of at most this many words. A headline never sets four short phrases off by pipes. */
export const MENU_ITEM_MAX_WORDS = 3;

/** Menu entries of more than one word that a row written without separators holds (check9/02: "LIVE STREAMING   BERITA
 *  POLITIK …"): read together with TOP_MENU_WORDS and TOP_WIDGET_LABELS. Lower-case. */
export const MENU_PHRASES: readonly string[] = [
  'live streaming', 'jadwal siaran', 'jadwal acara', 'program acara', 'berita terkini', 'berita terbaru', 'berita daerah',
  'berita utama', 'gaya hidup', 'cek fakta', 'info grafis', 'foto video', 'e-paper', 'tv online', 'radio online',
];
/** A row of menu words and place names needs at least this many menu words (besides the places: a regional menu,
 *  check9/08 "Terbaru Terpopuler Manado Minahasa Bitung Nasional Video") … */
export const MENU_ROW_MIN_MENU_WORDS = 2;
/** … and at least this many words in all. */
export const MENU_ROW_MIN_WORDS = 4;

/** Units of the armed forces and the police whose name is a number or numeral with a slash and a place ("Kodim
 *  1412/Kolaka", "Korem 143/Haluoleo", "Kodam XIV/Hasanuddin", "Yonif 725/Woroagi", "Lanal Bitung"): a line made only
 *  of such names (joined by a dash or a pipe) is a unit site's masthead above the headline (check9/10: "Korem
 *  143/Haluoleo - Kodam XIV/Hasanuddin"). The complete class of the territorial, combat and base units a regional
 *  news page names that way. Lower-case. */
export const NUMBERED_UNIT_NOUNS: readonly string[] = [
  // army territorial commands and their posts
  'kodam', 'korem', 'kodim', 'koramil', 'rindam', 'ajendam', 'kodiklat', 'kodiklatad',
  // army combat units
  'yonif', 'yonif raider', 'yonif mekanis', 'batalyon', 'brigif', 'divif', 'yonkav', 'yonarmed', 'yonarhanud', 'yonzipur',
  'denzipur', 'denpom', 'pomdam', 'yonkes', 'yonbekang', 'kostrad',
  // navy and air force bases
  'lantamal', 'lanal', 'lanud', 'koarmada', 'kodaeral', 'pasmar', 'yonmarhanlan', 'kosek', 'koopsud', 'kohanudnas',
  // police units with numbers
  'brimob', 'satbrimob', 'yon brimob', 'batalyon brimob', 'polair', 'ditpolairud',
];

/** Radio frequency units (a station's masthead: "RADIO SUARA SAKTI FM 102,5 KERINCI", "Pro 1 RRI Kupang 88.4 MHz"). */
export const FREQUENCY_UNITS: readonly string[] = ['fm', 'am', 'mhz', 'khz'];
/** A station's masthead with its frequency has at most this many words. */
export const STATION_MASTHEAD_MAX_WORDS = 8;

/** Brand words that open an outlet's name and never a person's ("Radar Sultra", "Tribun Timur", "Harian Fajar"): read
 *  by the dateline "PLACE, OUTLET –" (clean/dateline.ts), where a brand word that closes the name counts too ("Dompu
 *  Online", "Lombok Post"). */
export const OUTLET_OPENING_WORDS: readonly string[] = ['radar', 'tribun', 'harian', 'koran', 'tabloid', 'majalah', 'portal', 'radio', 'rri', 'tvri'];

/** The abbreviations of a large count in a post's reaction or response counter ("1,2K", "3.4K", "2 rb"; round 18,
 *  clean18: a Medium-like post's "128" / "7" above the lead, check23/11). */
export const COUNT_ABBREVIATIONS: readonly string[] = ['k', 'm', 'rb', 'jt'];
