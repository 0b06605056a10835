// Gambling spam injected into hacked news sites, data only (split from lexicon/boilerplate.ts, round 12): read by
// the rule `gambling-spam-line` (clean/rules/furniture-and-tail.ts).

/** Gambling words of the spam injected into hacked news sites (junk/03: "SLOT GACOR HARI INI GAMPANG MAXWIN
 *  DEPO 10RB", "situs toto togel online terpercaya bandar slot88 resmi"). A news line about gambling uses
 *  these too ("Polisi Tangkap Bandar Judi Slot"), so the rule also needs a word from GAMBLING_PROMO_WORDS. */
export const GAMBLING_WORDS: readonly string[] = [
  'slot', 'slot88', 'slot777', 'gacor', 'maxwin', 'toto', 'togel', 'judi', 'sbobet', 'casino', 'kasino', 'poker',
  'jackpot', 'scatter', 'rtp', 'parlay', 'bandar', 'bandarq', 'domino', 'pragmatic', 'mahjong', 'zeus', 'olympus',
  '4d', 'sgp', 'hk', 'sydney',
  // the slot makers and games the spam names (check6/07: "daftar akun demo pg soft gratis anti rungkad")
  'pg soft', 'pgsoft', 'pragmatic play', 'habanero', 'spadegaming', 'microgaming', 'joker123', 'joker gaming', 'playtech',
  'mahjong ways', 'sweet bonanza', 'gates of olympus', 'starlight princess', 'slot demo', 'akun demo',
];

/** Words that sell, as spam does and news never does (`gacor`, `maxwin`, `depo 10rb`, `terpercaya`). Not
 *  `online`, `situs`, `daftar` or `resmi`: "Kominfo Blokir Daftar Situs Judi Online" is a headline. */
export const GAMBLING_PROMO_WORDS: readonly string[] = [
  'gacor', 'maxwin', 'depo', 'deposit pulsa', 'bonus new member', 'terpercaya', 'gampang', 'anti rungkad', 'rtp live',
  'tanpa potongan', '5rb', '10rb', '20rb', '25rb', 'link alternatif', 'pasti jp', 'auto jp',
];

/** Words that may open a gambling-spam line (keyword-stuffed: it starts with a gambling or selling word, or
 *  with where to play): `SLOT GACOR …`, `situs toto …`, `bandar judi …`, `AGEN SLOT88 …`. */
export const GAMBLING_OPENERS: readonly string[] = ['situs', 'agen', 'link', 'daftar', 'login', 'main', 'bocoran', 'pola'];
