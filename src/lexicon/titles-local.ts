// DATA: the heads and secretaries of local government below the regency (kecamatan, village, hamlet), by the
// names each region gives them. One class, complete by level, so an article from any province reads its local
// officials: a post's regional name is never one word added for one article.
//
// Sources: UU 6/2014 on villages and PP 43/2014 (desa, kepala desa, sekretaris desa, kepala dusun, and the names a
// region may keep for them by its own perda); UU 23/2014 and PP 17/2018 (kecamatan, camat, sekretaris kecamatan);
// the regional laws and perda that keep the old names:
//   - DIY (UU 13/2012 keistimewaan; Pergub DIY 25/2019 and Perda DIY 1/2018 on kalurahan and kapanewon): kalurahan
//     headed by a Lurah, its secretary the Carik, its padukuhan headed by a Dukuh; kapanewon headed by a Panewu (its
//     secretary the Panewu Anom); Kota Yogyakarta's kemantren headed by a Mantri Pamong Praja;
//   - Papua and Papua Barat (UU 21/2001 otsus, UU 2/2021): distrik headed by a Kepala Distrik, kampung by a Kepala
//     Kampung (Kakam);
//   - Aceh (UU 11/2006, qanun): gampong headed by a Keuchik / Geuchik (Kepala Gampong), its secretary the Sekretaris
//     Gampong; the mukim above it by an Imeum Mukim;
//   - West Sumatra (Perda Sumbar 7/2018): nagari headed by a Wali Nagari, its secretary the Sekretaris Nagari, its
//     jorong by a Wali Jorong / Kepala Jorong;
//   - Bali (Perda Bali 4/2019 and desa dinas): desa headed by a Perbekel, its banjar dinas by a Kelian (Klian)
//     Banjar Dinas;
//   - Lampung: pekon headed by a Kepala Pekon or Peratin (Tanggamus, Pringsewu, Lampung Barat, Pesisir Barat), tiyuh
//     by a Kepala Tiyuh (Tulang Bawang Barat), kampung by a Kepala Kampung (Lampung Tengah, Way Kanan, Tulang Bawang);
//   - Riau and East Kalimantan: kampung by a Kepala Kampung (Siak, Berau, Kutai Barat), Kutai's and Jepara's Petinggi;
//   - South Kalimantan (Hulu Sungai): desa headed by a Pambakal / Pembakal;
//   - North Sumatra (Simalungun): nagori headed by a Pangulu (Pangulu Nagori);
//   - Toraja: lembang headed by a Kepala Lembang; Minahasa: desa headed by a Hukum Tua, its jaga by a Kepala Jaga;
//     Bolaang Mongondow: desa headed by a Sangadi; Sangihe and Sitaro: kampung headed by a Kapitalau;
//   - West Java's Cirebon, Indramayu and Majalengka: desa headed by a Kuwu; Madura: desa headed by a Klebun;
//   - Maluku (Perda Maluku 14/2005 on the negeri; the perda of Maluku Tengah, SBB and Kota Ambon on the negeri):
//     negeri headed by its Raja (the customary head who holds the post of Kepala Pemerintah/Pemerintahan Negeri,
//     written `Raja Negeri X`, `Penjabat Raja Negeri X`), its secretary the Sekretaris Negeri, its soa by a Kepala
//     Soa; Kei's ohoi by a Kepala Ohoi;
//   - Riau (Perda Rokan Hilir and Siak on the kepenghuluan and kampung): Rokan Hilir's kepenghuluan headed by a
//     Datuk Penghulu, Siak's kampung by a Penghulu Kampung; West Sumatra's Wali Nagari also written as one word,
//     `Walinagari`;
//   - Aceh (the qanun of Aceh Tamiang and of the Gayo regencies on the kampung): Aceh Tamiang's kampung headed by a
//     Datok Penghulu (also written `Datuk`/`Datu Penghulu`), the Gayo kampung (Aceh Tengah, Bener Meriah, Gayo Lues) by
//     a Reje Kampung; their secretaries the Sekretaris Kampung, Rokan Hilir's the Sekretaris Kepenghuluan.
// Words that are also ordinary words (`dukuh` a hamlet, `carik` a sheet, `petinggi` a bigwig, `klebun`) are titles
// only when capitalised (capitalOnly). Left out: posts named by a word that is mostly a person's name or an ordinary
// title (Jambi's `Rio`, Riau's `Penghulu` alone = also a marriage registrar, Maluku's `Raja` without `Negeri`: a
// Malay name's first word, `Raja Ahmad`), and customary heads who hold no government post (`Bendesa Adat`, `Damang`,
// Papua's `Ondoafi`).
import type { TitleDef } from './titles.js';

const village = (phrase: string, unit: string, extra: Partial<TitleDef> = {}): TitleDef => ({
  phrase,
  role: 'kepala desa',
  complement: 'village',
  institution: `${unit} {R}`,
  ...extra,
});
const villageSecretary = (phrase: string, unit: string, extra: Partial<TitleDef> = {}): TitleDef => ({
  phrase,
  role: 'sekdes',
  complement: 'village',
  institution: `${unit} {R}`,
  ...extra,
});
const hamlet = (phrase: string, unit: string, extra: Partial<TitleDef> = {}): TitleDef => ({
  phrase,
  role: 'kepala dusun',
  complement: 'village',
  institution: `${unit} {R}`,
  ...extra,
});
const district = (phrase: string, role: string, unit: string, extra: Partial<TitleDef> = {}): TitleDef => ({
  phrase,
  role,
  complement: 'district',
  institution: `${unit} {R}`,
  ...extra,
});

/** Kecamatan-level heads and secretaries (role `camat` / `sekcam`). */
export const DISTRICT_HEADS: readonly TitleDef[] = [
  district('Camat', 'camat', 'Kecamatan'),
  district('Kepala Distrik', 'camat', 'Distrik'),
  district('Kadistrik', 'camat', 'Distrik'),
  district('Panewu', 'camat', 'Kapanewon', { capitalOnly: true }),
  district('Mantri Pamong Praja', 'camat', 'Kemantren'),
  district('Sekretaris Kecamatan', 'sekcam', 'Kecamatan'),
  district('Sekcam', 'sekcam', 'Kecamatan'),
  district('Sekretaris Distrik', 'sekcam', 'Distrik'),
  district('Panewu Anom', 'sekcam', 'Kapanewon'),
  district('Sekretaris Kapanewon', 'sekcam', 'Kapanewon'),
  district('Imeum Mukim', 'imeum mukim', 'Mukim', { capitalOnly: true }),
];

/** Village heads (role `kepala desa`; the kelurahan's `lurah`). */
export const VILLAGE_HEADS: readonly TitleDef[] = [
  village('Kepala Desa', 'Desa'),
  village('Kades', 'Desa'),
  { phrase: 'Lurah', role: 'lurah', complement: 'village', institution: 'Kelurahan {R}' },
  { phrase: 'Kepala Kelurahan', role: 'lurah', complement: 'village', institution: 'Kelurahan {R}' },
  { phrase: 'Kepala Kalurahan', role: 'lurah', complement: 'village', institution: 'Kalurahan {R}' },
  village('Perbekel', 'Desa'),
  village('Keuchik', 'Gampong'),
  village('Geuchik', 'Gampong'),
  village('Kepala Gampong', 'Gampong'),
  village('Wali Nagari', 'Nagari'),
  village('Kepala Kampung', 'Kampung'),
  village('Kakam', 'Kampung'),
  village('Kepala Pekon', 'Pekon'),
  village('Peratin', 'Pekon', { capitalOnly: true }),
  village('Kepala Tiyuh', 'Tiyuh'),
  village('Kepala Lembang', 'Lembang'),
  village('Kuwu', 'Desa', { capitalOnly: true }),
  village('Klebun', 'Desa', { capitalOnly: true }),
  village('Petinggi', 'Desa', { capitalOnly: true }),
  village('Pambakal', 'Desa', { capitalOnly: true }),
  village('Pembakal', 'Desa', { capitalOnly: true }),
  village('Pangulu Nagori', 'Nagori'),
  village('Pangulu', 'Nagori', { capitalOnly: true }),
  village('Hukum Tua', 'Desa'),
  village('Sangadi', 'Desa', { capitalOnly: true }),
  village('Kapitalau', 'Kampung', { capitalOnly: true }),
  // Sangihe's own spelling (`Kapitalaung Lenganeng, X`), Minahasa's one-word `Hukumtua`, Lampung's `Tiuh`, Simalungun's
  // nagori head written with `Kepala`
  village('Kapitalaung', 'Kampung', { capitalOnly: true }),
  village('Hukumtua', 'Desa', { capitalOnly: true }),
  village('Kepala Tiuh', 'Tiuh'),
  village('Kepala Nagori', 'Nagori'),
  village('Kepala Pemerintah Negeri', 'Negeri'),
  village('Kepala Pemerintahan Negeri', 'Negeri'),
  village('Raja Negeri', 'Negeri', { capitalOnly: true }),
  village('Kepala Ohoi', 'Ohoi'),
  village('Walinagari', 'Nagari'),
  village('Datuk Penghulu', 'Kepenghuluan', { capitalOnly: true }),
  village('Penghulu Kampung', 'Kampung', { capitalOnly: true }),
  village('Datok Penghulu', 'Kampung', { capitalOnly: true }),
  village('Datu Penghulu', 'Kampung', { capitalOnly: true }),
  village('Reje Kampung', 'Kampung', { capitalOnly: true }),
];

/** Village secretaries (role `sekdes`; the kelurahan's `seklur`). */
export const VILLAGE_SECRETARIES: readonly TitleDef[] = [
  villageSecretary('Sekretaris Desa', 'Desa'),
  villageSecretary('Sekdes', 'Desa'),
  { phrase: 'Sekretaris Kelurahan', role: 'seklur', complement: 'village', institution: 'Kelurahan {R}' },
  { phrase: 'Seklur', role: 'seklur', complement: 'village', institution: 'Kelurahan {R}' },
  villageSecretary('Carik', 'Kalurahan', { capitalOnly: true }),
  villageSecretary('Sekretaris Kalurahan', 'Kalurahan'),
  villageSecretary('Sekretaris Gampong', 'Gampong'),
  villageSecretary('Sekretaris Nagari', 'Nagari'),
  villageSecretary('Seknag', 'Nagari'),
  villageSecretary('Sekretaris Kampung', 'Kampung'),
  villageSecretary('Sekretaris Pekon', 'Pekon'),
  villageSecretary('Sekretaris Lembang', 'Lembang'),
  villageSecretary('Sekretaris Negeri', 'Negeri'),
  villageSecretary('Sekretaris Kepenghuluan', 'Kepenghuluan'),
];

/** Hamlet heads below a village (role `kepala dusun`). */
export const HAMLET_HEADS: readonly TitleDef[] = [
  hamlet('Kepala Dusun', 'Dusun'),
  hamlet('Kadus', 'Dusun'),
  hamlet('Kepala Dukuh', 'Dukuh'),
  hamlet('Dukuh', 'Padukuhan', { capitalOnly: true }),
  hamlet('Wali Jorong', 'Jorong'),
  hamlet('Kepala Jorong', 'Jorong'),
  hamlet('Kelian Banjar Dinas', 'Banjar'),
  hamlet('Kelian Banjar', 'Banjar'),
  hamlet('Klian Banjar', 'Banjar'),
  hamlet('Kelian Dinas', 'Banjar'),
  hamlet('Kepala Jaga', 'Jaga'),
  hamlet('Kepala Lingkungan', 'Lingkungan'),
  hamlet('Kepala Soa', 'Soa'),
];

/** A village's other staff and its election supervisor. */
const VILLAGE_STAFF: readonly TitleDef[] = [
  // heads of affairs, only with their affair after them (`Kaur` is also a regency): `Kaur Keuangan Desa X, Nama`
  { phrase: 'Kepala Urusan', role: 'kaur', complement: 'org', institution: '{ORG}', generic: true, plainRole: true },
  { phrase: 'Kaur', role: 'kaur', complement: 'org', institution: '{ORG}', generic: true, plainRole: true },
  // the election supervisor of one village (`Pengawas Kelurahan/Desa (PKD) Galanggang, X`, `PKD Sukamaju X`)
  { phrase: 'Pengawas Kelurahan/Desa', role: 'pkd', complement: 'village', institution: 'PKD {R}' },
  { phrase: 'Pengawas Desa', role: 'pkd', complement: 'village', institution: 'PKD {R}' },
  { phrase: 'PKD', role: 'pkd', complement: 'village', institution: 'PKD {R}' },
];

/** The Malay `o` spelling of `kepala` that the dialects of Lampung, South Sumatra (Palembang, Musi), Jambi and Bengkulu
 *  keep in the names of their local posts (`Kepalo Tiyuh`, `Kepalo Desa`, `Kepalo Dusun`): every local post written
 *  with `Kepala` is written with `Kepalo` too, with the same role and unit. */
export const KEPALA_SPELLINGS: readonly string[] = ['Kepalo'];
const withKepalaSpellings = (defs: readonly TitleDef[]): TitleDef[] =>
  defs.flatMap((d) => [d, ...(d.phrase.startsWith('Kepala ') ? KEPALA_SPELLINGS.map((k) => ({ ...d, phrase: `${k}${d.phrase.slice('Kepala'.length)}` })) : [])]);

export const LOCAL_GOVERNMENT: readonly TitleDef[] = withKepalaSpellings([...DISTRICT_HEADS, ...VILLAGE_HEADS, ...VILLAGE_SECRETARIES, ...HAMLET_HEADS, ...VILLAGE_STAFF]);

/** The unit words of these places, written before a place's name after its post (`Carik Kalurahan Sentolo`,
 *  `Pangulu Nagori …`): part of PLACE_UNIT_WORDS; never a person's name (NOT_NAME_WORDS). */
export const LOCAL_UNIT_WORDS: readonly string[] = [
  'Kalurahan', 'Kapanewon', 'Kemantren', 'Padukuhan', 'Nagori', 'Tiyuh', 'Tiuh', 'Ohoi', 'Kepenghuluan', 'Soa',
];

/** Words that close a place's name and never a person's: the compass and its intermediate points, and a river's
 *  upper and lower course (`Lubuklinggau Timur`, `Seberang Ulu`, `Ilir Barat`, `Sungai Raya Hilir`), each of which a
 *  roman number may follow (`Lubuklinggau Timur II`, `Ilir Barat I`): a kecamatan or a village split in two or more
 *  keeps its parent's name with one of them. After a local post, a run of capitalised words up to one of them (and its
 *  number) is the place even when the gazetteer spells it otherwise; the words after it are the holder's name. */
export const PLACE_CLOSING_WORDS: readonly string[] = [
  'Utara', 'Selatan', 'Timur', 'Barat', 'Tengah', 'Tenggara', 'Barat Daya', 'Barat Laut', 'Timur Laut',
  'Hulu', 'Hilir', 'Ulu', 'Ilir',
];
/** The compass words among them (`Tanjung Jabung Barat`): the word a split regency adds to its parent's name. */
export const COMPASS_WORDS: readonly string[] = PLACE_CLOSING_WORDS.slice(0, PLACE_CLOSING_WORDS.indexOf('Hulu'));
/** Roman numbers after a place's closing word (`Timur II`): one to ten. */
export const PLACE_NUMBERS: readonly string[] = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
