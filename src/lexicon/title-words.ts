// DATA: words that belong to a TITLE, written between the title's head and the person's name: the country of
// a foreign office (`Menteri Luar Negeri Jepang X`, `Perdana Menteri Israel X`), a political party and its
// organs (`Plt Sekjen Partai Demokrat X`, `Ketua DPW PKB Jateng X`, `Ketua Fraksi PDIP X`), a ministry's or a
// unit's portfolio (`Menteri Pertahanan X`, `Direktur Keuangan X`). The title grammar (extract/officials)
// reads them as part of the title; a "name" made only of them is no name.
//
// Matching: case-insensitive on whole words; multi-word entries use single spaces.

/** Countries and foreign places written after a title, in Indonesian news spelling. Multi-word names whole. */
export const COUNTRIES: readonly string[] = [
  'Afghanistan', 'Afrika Selatan', 'Aljazair', 'Amerika', 'Amerika Serikat', 'AS', 'Arab Saudi', 'Argentina',
  'Australia', 'Austria', 'Bahrain', 'Bangladesh', 'Belanda', 'Belgia', 'Brasil', 'Brazil', 'Brunei',
  'Brunei Darussalam', 'Bulgaria', 'Chili', 'China', 'Tiongkok', 'Cina', 'Denmark', 'Ekuador', 'Filipina', 'Indonesia',
  'Finlandia', 'Georgia', 'Ghana', 'Hongaria', 'India', 'Inggris', 'Irak', 'Iran', 'Irlandia', 'Israel',
  'Italia', 'Jepang', 'Jerman', 'Kamboja', 'Kanada', 'Kenya', 'Kolombia', 'Kongo', 'Korea', 'Korea Selatan',
  'Korea Utara', 'Korsel', 'Korut', 'Kroasia', 'Kuba', 'Kuwait', 'Laos', 'Lebanon', 'Libanon', 'Libya',
  'Malaysia', 'Maroko', 'Meksiko', 'Mesir', 'Myanmar', 'Nepal', 'Nigeria', 'Norwegia', 'Pakistan',
  'Palestina', 'Papua Nugini', 'Perancis', 'Prancis', 'Peru', 'Polandia', 'Portugal', 'Qatar', 'Rusia',
  'Selandia Baru', 'Serbia', 'Sierra Leone', 'Singapura', 'Somalia', 'Spanyol', 'Sri Lanka', 'Sudan',
  'Sudan Selatan', 'Suriah', 'Swedia', 'Swiss', 'Taiwan', 'Tanzania', 'Thailand', 'Timor Leste', 'Tunisia',
  'Turki', 'Uganda', 'Ukraina', 'Uni Eropa', 'Uni Emirat Arab', 'UEA', 'Uzbekistan', 'Vatikan', 'Venezuela',
  'Vietnam', 'Yaman', 'Yordania', 'Yunani', 'Zimbabwe', 'PBB', 'ASEAN', 'NATO',
];

/** Political parties as news writes them (names and acronyms). `Partai` + a capitalised run is read apart. */
export const PARTIES: readonly string[] = [
  'PDIP', 'PDI-P', 'PDI Perjuangan', 'PDI', 'Golkar', 'Gerindra', 'Demokrat', 'NasDem', 'Nasdem', 'PKB', 'PKS',
  'PAN', 'PPP', 'Hanura', 'Perindo', 'PSI', 'PBB', 'Gelora', 'Ummat', 'Buruh', 'PKN', 'Garuda', 'PKPI',
  'Berkarya', 'Amanat Nasional', 'Kebangkitan Bangsa', 'Keadilan Sejahtera', 'Persatuan Pembangunan',
  'Solidaritas Indonesia', 'Bulan Bintang', 'Demokrasi Indonesia Perjuangan', 'Gerakan Indonesia Raya',
  'Hati Nurani Rakyat', 'Persatuan Indonesia', 'Nasional Demokrat',
  // the rest of the class: every party on the KPU's lists for 2014, 2019 and 2024 by its full name (`Partai Kebangkitan
  // Nusantara`, `Partai Gelombang Rakyat Indonesia`, `Partai Garda Republik Indonesia`, `Partai Keadilan dan Persatuan
  // Indonesia`), Aceh's local parties (KIP Aceh, 2024), and parties that news names though they did not pass
  // (`Partai Prima`, `Partai Pelita`, `Partai Republik`, `Partai Masyumi`); names that are also a region's or an
  // ordinary word count only after `Partai`
  'Kebangkitan Nusantara', 'Gelombang Rakyat Indonesia', 'Garda Republik Indonesia', 'Garda Perubahan Indonesia',
  'Keadilan dan Persatuan Indonesia', 'Rakyat Adil Makmur', 'Partai Prima', 'Partai Pelita', 'Partai Republik',
  'Partai Masyumi', 'Partai Aceh', 'Partai Nanggroe Aceh', 'PNA', 'Partai Darul Aceh', 'Partai Adil Sejahtera Aceh',
  'Partai SIRA', 'Partai Sira', 'Partai Soliditas Independen Rakyat Aceh', 'Partai Generasi Atjeh Beusaboh Taat dan Taqwa',
  'Gabthat', 'Partai Idaman', 'Partai Kedaulatan Rakyat',
];

/** Organs of a party or a parliament written between a post and the party: `Ketua DPW PKB`, `Ketua Fraksi PDIP`,
 *  `Ketua DPP PKS`, `Wakil Ketua Komisi II DPR`. */
export const PARTY_ORGANS: readonly string[] = ['Partai', 'DPP', 'DPW', 'DPD', 'DPC', 'PAC', 'Fraksi', 'Komisi', 'Badan', 'Dewan', 'Pimpinan', 'Pusat', 'Wilayah', 'Cabang', 'Kehormatan', 'Pengurus', 'Majelis', 'Angkatan'];

/** Portfolio and unit words (capitalised in titles) besides the regional ORG_WORDS of titles.ts: ministries,
 *  foreign offices and company posts (`Menteri Luar Negeri`, `Menteri Pertahanan`, `Direktur Keuangan`). Lower-case. */
export const PORTFOLIO_WORDS: readonly string[] = [
  'luar', 'pertahanan', 'keamanan', 'penerangan', 'keadilan', 'kehakiman', 'kebudayaan', 'koordinator', 'kabinet',
  'utama', 'eksekutif', 'operasional', 'operasi', 'pemasaran', 'produksi', 'teknik', 'teknologi', 'riset',
  'investasi', 'transportasi', 'komunikasi', 'urusan', 'imigrasi', 'kewarganegaraan', 'ekonomi', 'industri',
  'sumberdaya', 'pengkajian', 'strategis', 'maritim', 'luar', 'negeri', 'hak', 'asasi', 'manusia', 'regional',
  'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'biro', 'pusat', 'direktorat',
  'polhukam', 'pmk', 'marves', 'kesra', 'komnas', 'ham', 'kerja', 'sama', 'sekretaris', 'militer', 'angkatan',
  'darat', 'laut', 'udara', 'bank', 'sentral', 'otoritas', 'jasa', 'perbankan', 'pasar', 'modal', 'moneter',
  'milik', 'muda', 'besar', 'pakar', 'pertimbangan', 'pembina', 'syuro', 'tanfidziyah', 'harian', 'hakim',
  // English unit words of international bodies: `Sekretaris Jenderal ASEAN-China Center X`
  'center', 'centre', 'institute', 'council', 'foundation', 'agency',
];

/** Connectives inside a foreign title before a country: `Duta Besar Jepang untuk Indonesia X`. Lower-case. */
export const TITLE_CONNECTIVES: readonly string[] = ['untuk', 'di'];
/** Connectives before a party or its faction that belong to a member's title: `Anggota DPRD Sulsel dari Fraksi
 *  PKS, X`, `Anggota DPR RI dari Partai Golkar X`. */
export const PARTY_CONNECTIVES: readonly string[] = ['dari'];

/** An office's ordinal right after its head: `Presiden ke-7 RI X`, `Wakil Presiden ke-10 dan ke-12 X`. The number
 *  follows the prefix (hyphen optional); a second ordinal may follow after `dan`/`&`. Lower-case. */
export const ORDINAL_PREFIXES: readonly string[] = ['ke'];
/** Ordinals written out after an office (`Presiden Indonesia ketiga X`, `Wakil Presiden pertama X`). Lower-case. */
export const ORDINAL_WORDS: readonly string[] = ['pertama', 'kedua', 'ketiga', 'keempat', 'kelima', 'keenam', 'ketujuh', 'kedelapan', 'kesembilan', 'kesepuluh'];

/** First words of a speaker phrase that make it an institution, not a person (`kata Partai Gerindra`,
 *  `Kementerian Dalam Negeri menegaskan`, `Badan Kehormatan menilai`, `Militer Israel menyatakan`); parties,
 *  countries and election bodies count too. Lower-case. */
export const INSTITUTION_HEADS: readonly string[] = [
  'partai', 'kementerian', 'kemendagri', 'kemenpan-rb', 'kemenkumham', 'kemenkeu', 'kemenlu', 'kemensos', 'badan',
  'komisi', 'dewan', 'majelis', 'mahkamah', 'lembaga', 'pemerintah', 'pemkab', 'pemkot', 'pemprov', 'pemda',
  'kejaksaan', 'kepolisian', 'militer', 'tentara', 'pasukan', 'fraksi', 'istana', 'sekretariat', 'perusahaan',
  'bawaslu', 'kpu', 'kpud', 'dkpp', 'kasn', 'bkn', 'kpk', 'ombudsman', 'polri', 'tni', 'polda', 'polres', 'dprd', 'dpr',
];
/** Company forms around a name: `DeSoto Inc`, `PT Garuda`, `Bouygues SA`. */
export const COMPANY_WORDS: readonly string[] = ['pt', 'inc', 'corp', 'corporation', 'ltd', 'tbk', 'llc', 'plc', 'gmbh', 'co', 'company', 'group', 'holdings'];
