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

/** The words of a photo caption's scene (round 17, review17/k2): a caption under a label in capitals shows a moment,
 *  "PENGAWASAN: Panwaslu Baubau saat menggelar rapat koordinasi.", "APEL: Ratusan ASN ketika mengikuti apel …",
 *  "Ketua Bawaslu tampak memberikan materi …"; a body line under a label states a finding instead ("TEMUAN: Sebanyak
 *  delapan ASN di antaranya merupakan guru …"). Lower-case. */
export const CAPTION_SCENE_MARKERS: readonly string[] = [
  'saat', 'ketika', 'sewaktu', 'tatkala', 'tampak', 'terlihat', 'berfoto', 'berpose', 'sedang', 'tengah', 'usai', 'seusai',
  'selepas', 'didampingi',
];

/** Count cues a caption never holds: a figure of a finding ("Sebanyak delapan ASN …", "… berjumlah 12 orang"). Lower-case. */
export const CAPTION_COUNT_CUES: readonly string[] = ['sebanyak', 'berjumlah', 'tercatat', 'mencapai', 'sebesar'];

/** A picture's credit label inside the brackets that close a caption ("… saat apel pagi. (Foto: Humas Pemkab)",
 *  "(Dok. Istimewa)", "(Ilustrasi/Net)"): clean/rules/furniture-and-tail.ts caption-paren-credit-line (any case). */
export const BRACKET_CREDIT_LABELS: readonly string[] = ['foto', 'photo', 'dok', 'dok.', 'dokumentasi', 'ist', 'ist.', 'istimewa', 'ilustrasi', 'sumber foto'];
