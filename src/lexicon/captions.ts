// DATA for cleaning's photo captions (src/clean/rules/furniture-and-tail.ts). Issue 22: "Remove … photo captions
// ("Foto: …", "(Foto/Ist)") … "Ilustrasi …" and "Dok. Istimewa" captions".

/** Where a stock or borrowed picture comes from, credited in brackets after a caption ("Ilustrasi. (Net)", "Petugas
 *  memeriksa berkas. (Freepik)"): the web, an image bank, a search engine. Lower-case; a body sentence never closes
 *  on one of them in brackets. */
export const PHOTO_STOCK_SOURCES: readonly string[] = [
  'net', 'internet', 'google', 'freepik', 'pixabay', 'unsplash', 'pexels', 'shutterstock', 'istock', 'istockphoto',
  'canva', 'getty images', 'gettyimages', 'wikimedia', 'wikimedia commons', 'ai', 'ilustrasi ai',
];

/** Caption labels that may stand alone on their line, or before a credit after a slash or a colon ("Ilustrasi",
 *  "Ilustrasi/Net", "Foto/Ist"; "Dok." takes a name after a space: rules photo-credit-line). Lower-case. */
export const CAPTION_ALONE_LABELS: readonly string[] = ['dokumentasi', 'foto', 'ilustrasi', 'foto ilustrasi', 'ist', 'ist.', 'istimewa'];

/** Settings: an outlet's photo or writer credit in brackets, "(Harian Jogja/Dwi Anggoro)", names its outlet and its
 *  person in at most this many words each. */
export const BRACKET_CREDIT_MAX_WORDS = 4;
