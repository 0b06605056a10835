// DATA: public titles and roles as Indonesian news writes them, with the normalised role, what may
// follow the title before the name (its complement), and how to name the institution.
//
// complement:
//   region   — an optional region (`Bupati Lombok Timur`, `Gubernur NTB`, `Kapolres Bima`)
//   national — an optional national marker or region (`Ketua Bawaslu RI`, `Komisioner KPU Lombok Barat`)
//   org      — organisation words, then an optional region (`Kepala Dinas Kominfo Lombok Timur`)
//   district — a kecamatan name (`Camat Selong`)
//   village  — a desa/kelurahan name (`Kepala Desa Sukamaju`, `Lurah Pancor`)
//   none     — nothing (`Mendagri`, `Presiden`)
// institution: template; `{R}` = the region as written (abbreviation) or its core name; `{ORG}` = org words.

export type Complement = 'region' | 'national' | 'org' | 'district' | 'village' | 'none';

export interface TitleDef {
  /** Title as written; matched case-insensitively, words separated by 1–2 spaces. */
  phrase: string;
  role: string;
  complement: Complement;
  /** Institution when a region/org follows; null = none. */
  institution: string | null;
  /** Institution when nothing follows (national office), or null. */
  institutionAlone?: string | null;
}

/** Acting prefixes: `Pj Gubernur`, `Penjabat Bupati`, `Plt Kepala BKPSDM`, `Plh Sekda`. */
export const ACTING_PREFIXES: readonly string[] = ['Penjabat', 'Pejabat', 'Pj', 'Plt', 'Plh'];

/** Regional heads and their deputies. */
const REGIONAL_HEADS: TitleDef[] = [
  { phrase: 'Wakil Gubernur', role: 'wakil gubernur', complement: 'region', institution: 'Pemprov {R}' },
  { phrase: 'Wagub', role: 'wakil gubernur', complement: 'region', institution: 'Pemprov {R}' },
  { phrase: 'Gubernur', role: 'gubernur', complement: 'region', institution: 'Pemprov {R}' },
  { phrase: 'Wakil Bupati', role: 'wakil bupati', complement: 'region', institution: 'Pemkab {R}' },
  { phrase: 'Wabup', role: 'wakil bupati', complement: 'region', institution: 'Pemkab {R}' },
  { phrase: 'Bupati', role: 'bupati', complement: 'region', institution: 'Pemkab {R}' },
  { phrase: 'Wakil Wali Kota', role: 'wakil walikota', complement: 'region', institution: 'Pemkot {R}' },
  { phrase: 'Wakil Walikota', role: 'wakil walikota', complement: 'region', institution: 'Pemkot {R}' },
  { phrase: 'Wawali', role: 'wakil walikota', complement: 'region', institution: 'Pemkot {R}' },
  { phrase: 'Wali Kota', role: 'walikota', complement: 'region', institution: 'Pemkot {R}' },
  { phrase: 'Walikota', role: 'walikota', complement: 'region', institution: 'Pemkot {R}' },
];

/** Regional civil-service posts. */
const REGIONAL_STAFF: TitleDef[] = [
  { phrase: 'Sekretaris Daerah', role: 'sekda', complement: 'region', institution: 'Pemda {R}' },
  { phrase: 'Sekda', role: 'sekda', complement: 'region', institution: 'Pemda {R}' },
  { phrase: 'Asisten', role: 'asisten', complement: 'org', institution: 'Pemda {R}' },
  { phrase: 'Kepala Dinas', role: 'kepala dinas', complement: 'org', institution: 'Dinas {ORG}' },
  { phrase: 'Kadis', role: 'kepala dinas', complement: 'org', institution: 'Dinas {ORG}' },
  { phrase: 'Kepala Badan', role: 'kepala badan', complement: 'org', institution: 'Badan {ORG}' },
  { phrase: 'Kaban', role: 'kepala badan', complement: 'org', institution: 'Badan {ORG}' },
  { phrase: 'Kepala Bagian', role: 'kepala bagian', complement: 'org', institution: 'Bagian {ORG}' },
  { phrase: 'Kabag', role: 'kepala bagian', complement: 'org', institution: 'Bagian {ORG}' },
  { phrase: 'Kepala Bidang', role: 'kepala bidang', complement: 'org', institution: 'Bidang {ORG}' },
  { phrase: 'Kabid', role: 'kepala bidang', complement: 'org', institution: 'Bidang {ORG}' },
  { phrase: 'Kepala Kantor', role: 'kepala kantor', complement: 'org', institution: 'Kantor {ORG}' },
  { phrase: 'Inspektur', role: 'inspektur', complement: 'region', institution: 'Inspektorat {R}' },
  { phrase: 'Kepala Inspektorat', role: 'inspektur', complement: 'region', institution: 'Inspektorat {R}' },
  { phrase: 'Kepala Satpol PP', role: 'kepala satpol pp', complement: 'region', institution: 'Satpol PP {R}' },
  { phrase: 'Camat', role: 'camat', complement: 'district', institution: 'Kecamatan {R}' },
  { phrase: 'Lurah', role: 'lurah', complement: 'village', institution: 'Kelurahan {R}' },
  { phrase: 'Kepala Desa', role: 'kepala desa', complement: 'village', institution: 'Desa {R}' },
  { phrase: 'Kades', role: 'kepala desa', complement: 'village', institution: 'Desa {R}' },
];

/** Agencies headed by a `Kepala` and written by acronym: `Kepala BKPSDM`, `Kepala BKN`. role = `kepala <acronym>`,
 *  except regional agencies (badan), which normalise to `kepala badan`. */
export const REGIONAL_AGENCY_ACRONYMS: readonly string[] = [
  'BKPSDM', 'BKDPSDM', 'BKPSDMD', 'BKD', 'BKPP', 'BKDD', 'BPBD', 'Bappeda', 'Bapenda', 'BPKAD', 'BPKPD', 'BPPKAD',
  'Kesbangpol', 'Bakesbangpol', 'Bapperida', 'BRIDA',
];
export const DINAS_ACRONYMS: readonly string[] = [
  'Diskominfo', 'Diskominfotik', 'Disdik', 'Dikbud', 'Disdikbud', 'Dinkes', 'DPMPTSP', 'Disdukcapil', 'Dispendukcapil',
  'DPMD', 'Disnakertrans', 'Disnaker', 'Dispar', 'Dishub', 'Dinsos', 'DLH', 'DPUPR', 'Distan', 'Disperindag', 'Dispora',
];
export const NATIONAL_AGENCY_ACRONYMS: readonly string[] = ['BKN', 'BPS', 'BPKP', 'BIN', 'BNN', 'BNPB', 'LAN', 'ANRI', 'KemenPAN-RB'];

/** Election bodies and commissions: the positions below combine with every body. */
export const BODIES: readonly string[] = ['Bawaslu', 'KPU', 'KPUD', 'Panwaslu', 'Panwascam', 'DKPP', 'KASN', 'DPRD', 'DPR', 'DPD', 'Ombudsman', 'KPK', 'PPK', 'PPS'];
export const BODY_POSITIONS: ReadonlyArray<readonly [string, string]> = [
  ['Wakil Ketua', 'wakil ketua'],
  ['Ketua', 'ketua'],
  ['Anggota', 'anggota'],
  ['Komisioner', 'komisioner'],
  ['Koordinator Divisi', 'anggota'],
  ['Kordiv', 'anggota'],
  ['Kadiv', 'anggota'],
  ['Sekretaris', 'sekretaris'],
];
/** Body name → how the role and institution spell it. */
const BODY_NORMAL: Record<string, string> = { KPUD: 'KPU' };

function bodyTitles(): TitleDef[] {
  const out: TitleDef[] = [];
  for (const [pos, role] of BODY_POSITIONS)
    for (const body of BODIES) {
      const b = BODY_NORMAL[body] ?? body;
      out.push({
        phrase: `${pos} ${body}`,
        role: `${role} ${b.toLowerCase()}`,
        complement: 'national',
        institution: `${b} {R}`,
        institutionAlone: ['KASN', 'DKPP', 'DPR', 'DPD', 'KPK', 'Ombudsman'].includes(b) ? b : null,
      });
    }
  return out;
}

/** Police, military, prosecutors. */
const SECURITY: TitleDef[] = [
  { phrase: 'Kapolda', role: 'kapolda', complement: 'region', institution: 'Polda {R}' },
  { phrase: 'Kapolresta', role: 'kapolres', complement: 'region', institution: 'Polresta {R}' },
  { phrase: 'Kapolres', role: 'kapolres', complement: 'region', institution: 'Polres {R}' },
  { phrase: 'Kapolsek', role: 'kapolsek', complement: 'district', institution: 'Polsek {R}' },
  { phrase: 'Kapolri', role: 'kapolri', complement: 'none', institution: null, institutionAlone: 'Polri' },
  { phrase: 'Dandim', role: 'dandim', complement: 'region', institution: 'Kodim {R}' },
  { phrase: 'Danrem', role: 'danrem', complement: 'region', institution: 'Korem {R}' },
  { phrase: 'Pangdam', role: 'pangdam', complement: 'region', institution: 'Kodam {R}' },
  { phrase: 'Kajari', role: 'kajari', complement: 'region', institution: 'Kejari {R}' },
  { phrase: 'Kajati', role: 'kajati', complement: 'region', institution: 'Kejati {R}' },
];

/** National offices. */
const NATIONAL: TitleDef[] = [
  { phrase: 'Wakil Presiden', role: 'wakil presiden', complement: 'none', institution: null, institutionAlone: 'Republik Indonesia' },
  { phrase: 'Wapres', role: 'wakil presiden', complement: 'none', institution: null, institutionAlone: 'Republik Indonesia' },
  { phrase: 'Presiden', role: 'presiden', complement: 'none', institution: null, institutionAlone: 'Republik Indonesia' },
  { phrase: 'Menteri Dalam Negeri', role: 'mendagri', complement: 'none', institution: null, institutionAlone: 'Kemendagri' },
  { phrase: 'Mendagri', role: 'mendagri', complement: 'none', institution: null, institutionAlone: 'Kemendagri' },
  { phrase: 'Menteri PANRB', role: 'menpan-rb', complement: 'none', institution: null, institutionAlone: 'KemenPAN-RB' },
  { phrase: 'Menteri PAN-RB', role: 'menpan-rb', complement: 'none', institution: null, institutionAlone: 'KemenPAN-RB' },
  { phrase: 'MenPAN-RB', role: 'menpan-rb', complement: 'none', institution: null, institutionAlone: 'KemenPAN-RB' },
  { phrase: 'MenPANRB', role: 'menpan-rb', complement: 'none', institution: null, institutionAlone: 'KemenPAN-RB' },
  { phrase: 'Menpan RB', role: 'menpan-rb', complement: 'none', institution: null, institutionAlone: 'KemenPAN-RB' },
  { phrase: 'Menteri', role: 'menteri', complement: 'org', institution: 'Kementerian {ORG}' },
];

export const TITLES: readonly TitleDef[] = [...REGIONAL_HEADS, ...REGIONAL_STAFF, ...bodyTitles(), ...SECURITY, ...NATIONAL];

/** Words after a body title that mean the national level: `Ketua Bawaslu RI`, `Ketua Bawaslu Republik Indonesia`. */
export const NATIONAL_MARKERS: readonly string[] = ['Republik Indonesia', 'RI', 'Pusat', 'Nasional'];

/** Organisation words allowed after `Kepala Dinas`, `Kepala Badan`, `Menteri`, … (lower-case). */
export const ORG_WORDS: readonly string[] = [
  'pendidikan', 'kebudayaan', 'kesehatan', 'komunikasi', 'informatika', 'kominfo', 'statistik', 'persandian', 'sosial',
  'pekerjaan', 'umum', 'penataan', 'ruang', 'pupr', 'perhubungan', 'pariwisata', 'pertanian', 'perikanan', 'kelautan',
  'kependudukan', 'pencatatan', 'catatan', 'sipil', 'dukcapil', 'lingkungan', 'hidup', 'perindustrian', 'perdagangan',
  'koperasi', 'umkm', 'usaha', 'mikro', 'kecil', 'menengah', 'tenaga', 'kerja', 'transmigrasi', 'nakertrans',
  'pemberdayaan', 'masyarakat', 'desa', 'perempuan', 'perlindungan', 'anak', 'pengendalian', 'penduduk', 'keluarga',
  'berencana', 'kb', 'pemuda', 'olahraga', 'kepemudaan', 'perpustakaan', 'kearsipan', 'arsip', 'ketahanan', 'pangan',
  'peternakan', 'kehutanan', 'perkebunan', 'energi', 'sumber', 'daya', 'mineral', 'esdm', 'penanaman', 'modal',
  'pelayanan', 'terpadu', 'satu', 'pintu', 'ptsp', 'perumahan', 'permukiman', 'kawasan', 'pertanahan', 'tata',
  'pemadam', 'kebakaran', 'damkar', 'air', 'bina', 'marga', 'cipta', 'karya', 'pendapatan', 'keuangan', 'aset',
  'pengelolaan', 'kepegawaian', 'manusia', 'penelitian', 'pengembangan', 'perencanaan', 'pembangunan', 'daerah',
  'kesatuan', 'bangsa', 'politik', 'penanggulangan', 'bencana', 'dalam', 'negeri', 'pendayagunaan', 'aparatur',
  'negara', 'reformasi', 'birokrasi', 'agama', 'hukum', 'pemerintahan', 'kesejahteraan', 'rakyat', 'organisasi',
  'protokol', 'humas', 'hubungan', 'perekonomian', 'administrasi', 'dan', '&', 'pemilu', 'pilkada',
];

/** Words right before a title that make it part of a place or programme name, not a person's title:
 *  `Jalan Bupati …`, `Kantor Bupati …`, `Program Bupati Peduli …`, `Piala Gubernur …`. */
export const NOT_TITLE_BEFORE: readonly string[] = [
  'Jalan', 'Jl', 'Gang', 'Gg', 'Kantor', 'Rumah Dinas', 'Rumah Jabatan', 'Pendopo', 'Pendapa', 'Aula', 'Gedung',
  'Program', 'Piala', 'Lomba', 'Festival', 'Cup', 'Pekan', 'Instruksi', 'Peraturan', 'Keputusan', 'Surat Edaran',
];
