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

import { ministerAbbreviations } from './ministries.js';
import { GLUED_UNITS, gluedUnits, UNIT_HEADS } from './unit-titles.js';
import { LOCAL_GOVERNMENT } from './titles-local.js';
import { SECURITY, STAFF_SECTIONS } from './titles-security.js';
import { lookupTable } from '../util/table.js';
export { DISTRICT_UNITS, GLUED_HEADS, GLUED_UNITS, UNIT_BODY_WORDS, UNIT_CLOSERS } from './unit-titles.js';
export { MENKO_ROLES, MINISTRY_ROLES } from './ministries.js';

export interface TitleDef {
  /** Title as written; matched case-insensitively, words separated by 1–2 spaces. */
  phrase: string;
  role: string;
  complement: Complement;
  /** Institution when a region/org follows; null = none. */
  institution: string | null;
  /** Institution when nothing follows (national office), or null. */
  institutionAlone?: string | null;
  /** A generic post (`Ketua`, `Direktur`, `Sekjen`): a title only with an institution after it (`Ketua DPW PKB`,
   *  `Ketua Fraksi PKS`, `Direktur Keuangan`); its role then names the kind of institution (see partyRole). */
  generic?: boolean;
  /** A generic post whose role does not name the institution after it (`rektor`, not `rektor universitas`). */
  plainRole?: boolean;
  /** The head of one kind of institution, which one capitalised word after the post may name by its short name
   *  (`Rektor Untidar, X`, `Plt Rektor Unhas X`: always a university). */
  shortInstitution?: boolean;
  /** A title only when capitalised: its head word is also an ordinary word (`petinggi partai` "party bigwigs",
   *  `dukuh` "hamlet", `carik` "sheet"), so the lower-case word is never read as the post. */
  capitalOnly?: boolean;
  /** A post of a house's commission (`Ketua Komisi`, `Anggota Komisi`): the commission's letter or numeral after it
   *  (HOUSE_COMMISSION_NAMES: `Ketua Komisi A, X`, `anggota Komisi II X`) is its institution's name, even when the
   *  house is named only in the lead. */
  houseCommission?: boolean;
  /** The head of a school named by its acronym in the title (`Kepala SMAN 1 Maumere, X`): the school's number, kind
   *  words and place follow (officials/complement.ts reads them as the school's name). */
  school?: boolean;
}

/** Acting prefixes: `Pj Gubernur`, `Penjabat Bupati`, `Plt Kepala BKPSDM`, `Plh Sekda`, `Pelaksana Tugas (Plt) Kepala …`.
 *  An acting prefix may carry its abbreviation in parentheses: `Penjabat (Pj) Wali Kota`. */
export const ACTING_PREFIXES: readonly string[] = ['Pelaksana Tugas', 'Pelaksana Harian', 'Penjabat', 'Pejabat', 'Pjs', 'Pj', 'Plt', 'Plh'];
/** Words that may qualify an acting prefix before its abbreviation or title: `Penjabat Sementara (Pjs) Bupati …`
 *  (a prefix cannot hold them itself: no acting prefix may start another, see officials/title-compile.ts). */
export const ACTING_QUALIFIERS: readonly string[] = ['Sementara'];

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

/** Heads of a state university and its faculties (`Rektor Universitas X (Unhas), Prof. Dr. Nama`, `Dekan Fakultas
 *  Hukum Unram, Nama`, `Wakil Rektor Bidang Akademik X`): generic posts, titles only with their institution after them
 *  (a lecturer or a `pengamat` holds no office). */
const EDUCATION: TitleDef[] = [
  { phrase: 'Rektor', role: 'rektor', complement: 'org', institution: '{ORG}', generic: true, plainRole: true, shortInstitution: true },
  { phrase: 'Wakil Rektor', role: 'wakil rektor', complement: 'org', institution: '{ORG}', generic: true, plainRole: true, shortInstitution: true },
  { phrase: 'Dekan', role: 'dekan', complement: 'org', institution: '{ORG}', generic: true, plainRole: true },
  { phrase: 'Wakil Dekan', role: 'wakil dekan', complement: 'org', institution: '{ORG}', generic: true, plainRole: true },
];

/** Schools by their acronyms, as written (`SMAN 1 Maumere`, `SDN Inpres Wairpelit`, `MTsN 1 Ende`): after one, a school's
 *  number, kind words (SCHOOL_KIND_WORDS) and its place, up to the comma before the holder, are the school's name
 *  (`Kepala Sekolah SMAN 1 Maumere, Markus Lado`: the place is often a town the gazetteer does not hold). `MA` (a
 *  madrasah aliyah) is left out: it is the Mahkamah Agung's acronym. */
export const SCHOOL_ACRONYMS: readonly string[] = [
  'SD', 'SDN', 'SDI', 'SDK', 'SMP', 'SMPN', 'SMPK', 'SMA', 'SMAN', 'SMAK', 'SMK', 'SMKN', 'MI', 'MIN', 'MTs', 'MTsN', 'MAN',
  'SLB', 'SLBN', 'TK', 'TKN',
];
export const SCHOOL_KIND_WORDS: readonly string[] = ['Negeri', 'Inpres', 'Swasta', 'Katolik', 'Kristen', 'Islam', 'Terpadu', 'Unggulan'];
/** `Kepala SMPN 2 Nangapanda, X`: a school's head with the school's acronym and no `Sekolah`. */
function schoolHeads(): TitleDef[] {
  return SCHOOL_ACRONYMS.map((a): TitleDef => ({ phrase: `Kepala ${a}`, role: 'kepala sekolah', complement: 'org', institution: `${a} {ORG}`, institutionAlone: a, school: true }));
}

/** Regional civil-service posts. */
const REGIONAL_STAFF: TitleDef[] = [
  { phrase: 'Sekretaris Daerah', role: 'sekda', complement: 'region', institution: 'Pemda {R}' },
  { phrase: 'Sekda', role: 'sekda', complement: 'region', institution: 'Pemda {R}' },
  // by level: `Sekdakab Bojonegoro`, `Sekdakot Bima`, `Sekdaprov NTB`
  { phrase: 'Sekdakab', role: 'sekda', complement: 'region', institution: 'Pemda {R}' },
  { phrase: 'Sekdakot', role: 'sekda', complement: 'region', institution: 'Pemda {R}' },
  { phrase: 'Sekdaprov', role: 'sekda', complement: 'region', institution: 'Pemda {R}' },
  { phrase: 'Sekprov', role: 'sekda', complement: 'region', institution: 'Pemda {R}' },
  { phrase: 'Sekkab', role: 'sekda', complement: 'region', institution: 'Pemda {R}' },
  { phrase: 'Sekkot', role: 'sekda', complement: 'region', institution: 'Pemda {R}' },
  { phrase: 'Kepala Biro', role: 'kepala biro', complement: 'org', institution: 'Biro {ORG}' },
  { phrase: 'Asisten', role: 'asisten', complement: 'org', institution: 'Pemda {R}' },
  // the secretary of a unit (`Sekretaris Dinas Pendidikan X`; a kecamatan's and a village's: titles-local.ts)
  { phrase: 'Sekretaris Dinas', role: 'sekretaris dinas', complement: 'org', institution: 'Dinas {ORG}' },
  { phrase: 'Sekdis', role: 'sekretaris dinas', complement: 'org', institution: 'Dinas {ORG}' },
  { phrase: 'Sekretaris Badan', role: 'sekretaris badan', complement: 'org', institution: 'Badan {ORG}' },
  { phrase: 'Sekban', role: 'sekretaris badan', complement: 'org', institution: 'Badan {ORG}' },
  { phrase: 'Kepala Dinas', role: 'kepala dinas', complement: 'org', institution: 'Dinas {ORG}' },
  { phrase: 'Kadis', role: 'kepala dinas', complement: 'org', institution: 'Dinas {ORG}' },
  { phrase: 'Kepala Badan', role: 'kepala badan', complement: 'org', institution: 'Badan {ORG}' },
  { phrase: 'Kaban', role: 'kepala badan', complement: 'org', institution: 'Badan {ORG}' },
  { phrase: 'Kepala Bagian', role: 'kepala bagian', complement: 'org', institution: 'Bagian {ORG}' },
  { phrase: 'Kabag', role: 'kepala bagian', complement: 'org', institution: 'Bagian {ORG}' },
  { phrase: 'Kepala Bidang', role: 'kepala bidang', complement: 'org', institution: 'Bidang {ORG}' },
  { phrase: 'Kabid', role: 'kepala bidang', complement: 'org', institution: 'Bidang {ORG}' },
  { phrase: 'Kepala Kantor', role: 'kepala kantor', complement: 'org', institution: 'Kantor {ORG}' },
  // section heads below a bidang/bagian, and the executive head of a regional agency (`Kepala Pelaksana BPBD`)
  { phrase: 'Kepala Seksi', role: 'kepala seksi', complement: 'org', institution: 'Seksi {ORG}' },
  { phrase: 'Kasi', role: 'kepala seksi', complement: 'org', institution: 'Seksi {ORG}' },
  { phrase: 'Kepala Subbagian', role: 'kepala subbagian', complement: 'org', institution: 'Subbagian {ORG}' },
  { phrase: 'Kepala Sub Bagian', role: 'kepala subbagian', complement: 'org', institution: 'Subbagian {ORG}' },
  { phrase: 'Kasubbag', role: 'kepala subbagian', complement: 'org', institution: 'Subbagian {ORG}' },
  { phrase: 'Kasubag', role: 'kepala subbagian', complement: 'org', institution: 'Subbagian {ORG}' },
  { phrase: 'Kepala Pelaksana', role: 'kepala pelaksana', complement: 'org', institution: '{ORG}' },
  // a province's branch office of a dinas for an area (`Kepala Cabang Dinas Pendidikan Wilayah VIII X`, `Kacabdin`)
  { phrase: 'Kepala Cabang Dinas', role: 'kepala cabang dinas', complement: 'org', institution: 'Cabang Dinas {ORG}' },
  { phrase: 'Kacabdin', role: 'kepala cabang dinas', complement: 'org', institution: 'Cabang Dinas {ORG}' },
  { phrase: 'Inspektur', role: 'inspektur', complement: 'region', institution: 'Inspektorat {R}' },
  { phrase: 'Inspektur Daerah', role: 'inspektur', complement: 'region', institution: 'Inspektorat {R}' },
  { phrase: 'Kepala Inspektorat', role: 'inspektur', complement: 'region', institution: 'Inspektorat {R}' },
  // an inspectorate's area inspectors (`Inspektur Pembantu Wilayah II Inspektorat Kabupaten X, Nama`, `Irban III X`)
  { phrase: 'Inspektur Pembantu', role: 'inspektur pembantu', complement: 'org', institution: 'Inspektorat {R}' },
  { phrase: 'Irban', role: 'inspektur pembantu', complement: 'org', institution: 'Inspektorat {R}' },
  // the head of a national body's regional office (`Kepala Perwakilan Ombudsman RI Jawa Timur, X`, `Kepala Perwakilan
  // BPKP Provinsi Bali X`)
  { phrase: 'Kepala Perwakilan', role: 'kepala perwakilan', complement: 'org', institution: '{ORG}' },
  // the Ombudsman's own staff title (`Asisten Ombudsman RI Jawa Timur, X`), not a regional secretariat's assistant
  { phrase: 'Asisten Ombudsman', role: 'asisten ombudsman', complement: 'org', institution: 'Ombudsman {R}', institutionAlone: 'Ombudsman' },
  // the head of an Ombudsman office's unit (`Kepala Keasistenan Pemeriksaan Laporan Ombudsman RI Perwakilan Jawa Tengah, X`,
  // `Kepala Keasistenan Utama III Ombudsman RI X`)
  { phrase: 'Kepala Keasistenan', role: 'kepala keasistenan', complement: 'org', institution: 'Ombudsman {R}', institutionAlone: 'Ombudsman' },
  { phrase: 'Kepala Keasistenan Utama', role: 'kepala keasistenan', complement: 'org', institution: 'Ombudsman {R}', institutionAlone: 'Ombudsman' },
  { phrase: 'Kepala Satpol PP', role: 'kepala satpol pp', complement: 'region', institution: 'Satpol PP {R}' },
  // heads of a school, a prison, a court, a national unit (`Kepala Sekolah SMAN 1 Praya, X`, `Kalapas Kelas IIA
  // Mataram, X`, `Ketua Pengadilan Negeri Selong, X`, `Kepala Pusat Penerangan (Kapuspen) TNI X`)
  { phrase: 'Kepala Sekolah', role: 'kepala sekolah', complement: 'org', institution: '{ORG}' },
  // a community health centre, named after its kecamatan or village (`Kepala Puskesmas Lainea, X`; by acronym, `Kepala
  // UPT Puskesmas X`, through `Kepala <ACRONYM>`)
  { phrase: 'Kepala Puskesmas', role: 'kepala puskesmas', complement: 'district', institution: 'Puskesmas {R}' },
  { phrase: 'Kepsek', role: 'kepala sekolah', complement: 'org', institution: '{ORG}' },
  { phrase: 'Kepala Lapas', role: 'kepala lapas', complement: 'org', institution: 'Lapas {ORG}' },
  { phrase: 'Kalapas', role: 'kepala lapas', complement: 'org', institution: 'Lapas {ORG}' },
  { phrase: 'Kepala Rutan', role: 'kepala rutan', complement: 'org', institution: 'Rutan {ORG}' },
  { phrase: 'Karutan', role: 'kepala rutan', complement: 'org', institution: 'Rutan {ORG}' },
  { phrase: 'Ketua Pengadilan Negeri', role: 'ketua pn', complement: 'region', institution: 'PN {R}' },
  { phrase: 'Ketua Pengadilan Agama', role: 'ketua pa', complement: 'region', institution: 'PA {R}' },
  { phrase: 'Ketua Pengadilan Tinggi', role: 'ketua pt', complement: 'region', institution: 'PT {R}' },
  { phrase: 'Kepala Pusat', role: 'kepala pusat', complement: 'org', institution: '{ACR}' },
  { phrase: 'Kasatpol PP', role: 'kepala satpol pp', complement: 'region', institution: 'Satpol PP {R}' },
  // (`Kasat Pol PP Sikka X`: the same post with `Kasat` written apart, not a police unit's `Kasat`)
  { phrase: 'Kasat Pol PP', role: 'kepala satpol pp', complement: 'region', institution: 'Satpol PP {R}' },
  { phrase: 'Kepala Satuan Polisi Pamong Praja', role: 'kepala satpol pp', complement: 'region', institution: 'Satpol PP {R}' },
  // the heads and secretaries of kecamatan, villages and hamlets, by their regional names: titles-local.ts
  ...LOCAL_GOVERNMENT,
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
/** `Kadinkes`, `Kadisdikbud`, `Kadiskominfo`: `Ka` glued to a dinas acronym is its head. */
function glued(): TitleDef[] {
  return DINAS_ACRONYMS.map((a): TitleDef => ({ phrase: `Ka${a.toLowerCase()}`, role: 'kepala dinas', complement: 'region', institution: `${a} {R}`, institutionAlone: a }));
}
export const NATIONAL_AGENCY_ACRONYMS: readonly string[] = ['BKN', 'BPS', 'BPKP', 'BIN', 'BNN', 'BNPB', 'LAN', 'ANRI', 'KemenPAN-RB'];

/** Election bodies and commissions: the positions below combine with every body. */
export const BODIES: readonly string[] = [
  'Bawaslu', 'KPU', 'KPUD', 'Panwaslu', 'Panwaslih', 'Panwascam', 'KIP', 'DKPP', 'KASN', 'DPRD', 'DPR', 'DPD',
  'Ombudsman', 'KPK', 'PPK', 'PPS', 'KPPS', 'Kelompok Penyelenggara Pemungutan Suara',
  // a village's consultative body (`Ketua BPD Sukamaju X`)
  'BPD', 'Badan Permusyawaratan Desa',
  // state institutions headed by a `Ketua`, by acronym and written out (BODY_NORMAL gives the acronym)
  'MA', 'MK', 'BPK', 'KY', 'MPR', 'Komnas HAM', 'Mahkamah Agung', 'Mahkamah Konstitusi', 'Badan Pemeriksa Keuangan',
  'Komisi Yudisial', 'Komisi Aparatur Sipil Negara', 'Komisi Pemilihan Umum', 'Badan Pengawas Pemilihan Umum',
  'Badan Pengawas Pemilu', 'Komisi Nasional Hak Asasi Manusia', 'Komisi Pemberantasan Korupsi',
  // election bodies and houses written out (`Ketua Panitia Pengawas Pemilihan (Panwaslih) Aceh, X`)
  'Panitia Pengawas Pemilihan', 'Panitia Pengawas Pemilu', 'Panitia Pengawas Pemilihan Umum', 'Panitia Pengawas Kecamatan',
  'Panitia Pemilihan Kecamatan', 'Panitia Pemungutan Suara',
  // a kecamatan's election supervisor named by the regency body's name and its level (`Ketua Panwaslu Kecamatan X Name`)
  'Panwaslu Kecamatan', 'Panwaslih Kecamatan', 'Panitia Pengawas Pemilihan Kecamatan', 'Panitia Pengawas Pemilu Kecamatan', 'Komisi Independen Pemilihan', 'Dewan Kehormatan Penyelenggara Pemilu',
  'Dewan Perwakilan Rakyat Daerah', 'Dewan Perwakilan Rakyat', 'Dewan Perwakilan Daerah', 'Majelis Permusyawaratan Rakyat',
];
/** Bodies whose head is national when no region follows (their institution alone). */
const NATIONAL_BODIES: readonly string[] = ['KASN', 'DKPP', 'DPR', 'DPD', 'KPK', 'Ombudsman', 'MA', 'MK', 'BPK', 'KY', 'MPR', 'Komnas HAM'];
/** Bodies whose members carry a division or a committee between position and body:
 *  `Koordinator Divisi Penanganan Pelanggaran Bawaslu NTB`, `Kordiv Hukum, Pencegahan … Panwaslih Aceh`,
 *  `Anggota Komisi II DPR RI`, `Ketua Komisi A DPRD Jatim`. */
export const DIVISION_BODIES: readonly string[] = ['Bawaslu', 'Panwaslu', 'Panwaslih', 'Panwascam', 'KPU', 'KPUD', 'KIP', 'DPRD', 'DPR', 'DPD'];
/** Positions written before a division or committee name; all normalise to the body's `anggota` role (a
 *  committee's chair is a member of the house). */
export const DIVISION_POSITIONS: readonly string[] = [
  'Koordinator Divisi', 'Ketua Divisi', 'Kordiv', 'Kadiv', 'Anggota Komisi', 'Ketua Komisi', 'Wakil Ketua Komisi',
  'Sekretaris Komisi',
];
export const BODY_POSITIONS: ReadonlyArray<readonly [string, string]> = [
  ['Wakil Ketua', 'wakil ketua'],
  ['Ketua', 'ketua'],
  ['Anggota', 'anggota'],
  ['Komisioner', 'komisioner'],
  ['Koordinator Divisi', 'anggota'],
  ['Kordiv', 'anggota'],
  ['Kadiv', 'anggota'],
  ['Sekretaris', 'sekretaris'],
  // the head of a body's secretariat (`Kepala Sekretariat Bawaslu Kendal, X`, `Kepala Sekretariat KPU NTB X`)
  ['Kepala Sekretariat', 'kepala sekretariat'],
];
/** Body name → how the role and institution spell it. */
export const BODY_NORMAL: Readonly<Record<string, string>> = {
  KPUD: 'KPU', 'Mahkamah Agung': 'MA', 'Mahkamah Konstitusi': 'MK', 'Badan Pemeriksa Keuangan': 'BPK', 'Komisi Yudisial': 'KY',
  'Komisi Aparatur Sipil Negara': 'KASN', 'Komisi Pemilihan Umum': 'KPU', 'Badan Pengawas Pemilihan Umum': 'Bawaslu',
  'Badan Pengawas Pemilu': 'Bawaslu', 'Komisi Nasional Hak Asasi Manusia': 'Komnas HAM', 'Komisi Pemberantasan Korupsi': 'KPK',
  'Panitia Pengawas Pemilihan': 'Panwaslih', 'Panitia Pengawas Pemilu': 'Panwaslu', 'Panitia Pengawas Pemilihan Umum': 'Panwaslu',
  'Panitia Pengawas Kecamatan': 'Panwascam', 'Panwaslu Kecamatan': 'Panwascam', 'Panwaslih Kecamatan': 'Panwascam',
  'Panitia Pengawas Pemilihan Kecamatan': 'Panwascam', 'Panitia Pengawas Pemilu Kecamatan': 'Panwascam', 'Panitia Pemilihan Kecamatan': 'PPK', 'Panitia Pemungutan Suara': 'PPS',
  'Komisi Independen Pemilihan': 'KIP', 'Dewan Kehormatan Penyelenggara Pemilu': 'DKPP', 'Dewan Perwakilan Rakyat Daerah': 'DPRD',
  'Dewan Perwakilan Rakyat': 'DPR', 'Dewan Perwakilan Daerah': 'DPD', 'Majelis Permusyawaratan Rakyat': 'MPR',
  'Badan Permusyawaratan Desa': 'BPD', 'Kelompok Penyelenggara Pemungutan Suara': 'KPPS',
};

/** Bodies of a kecamatan or a village: the name after them is the place (`Ketua Panwascam Jonggat`, `Ketua PPK
 *  Pringgarata`, `Ketua PPS Sukamaju`), never the holder's name. */
const BODY_LEVEL: Readonly<Record<string, Complement>> = { Panwascam: 'district', PPK: 'district', PPS: 'village', KPPS: 'village', BPD: 'village' };

function bodyTitles(): TitleDef[] {
  const out: TitleDef[] = [];
  for (const [pos, role] of BODY_POSITIONS)
    for (const body of BODIES) {
      const b = BODY_NORMAL[body] ?? body;
      out.push({
        phrase: `${pos} ${body}`,
        role: `${role} ${b.toLowerCase()}`,
        complement: BODY_LEVEL[b] ?? 'national',
        institution: `${b} {R}`,
        institutionAlone: NATIONAL_BODIES.includes(b) ? b : null,
      });
    }
  return out;
}

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
  { phrase: 'Menpan-RB', role: 'menpan-rb', complement: 'none', institution: null, institutionAlone: 'KemenPAN-RB' },
  { phrase: 'MenPAN', role: 'menpan-rb', complement: 'none', institution: null, institutionAlone: 'KemenPAN-RB' },
  { phrase: 'Menpan', role: 'menpan-rb', complement: 'none', institution: null, institutionAlone: 'KemenPAN-RB' },
  { phrase: 'Menpan RB', role: 'menpan-rb', complement: 'none', institution: null, institutionAlone: 'KemenPAN-RB' },
  { phrase: 'Menteri', role: 'menteri', complement: 'org', institution: 'Kementerian {ORG}' },
  { phrase: 'Menteri Koordinator', role: 'menko', complement: 'org', institution: 'Kemenko {ORG}' },
  { phrase: 'Menko', role: 'menko', complement: 'org', institution: 'Kemenko {ORG}' },
  ...ministerAbbreviations(),
  { phrase: 'Sekretaris Kabinet', role: 'seskab', complement: 'none', institution: null, institutionAlone: 'Sekretariat Kabinet' },
  { phrase: 'Seskab', role: 'seskab', complement: 'none', institution: null, institutionAlone: 'Sekretariat Kabinet' },
  { phrase: 'Menteri Sekretaris Negara', role: 'mensesneg', complement: 'none', institution: null, institutionAlone: 'Kemensetneg' },
  { phrase: 'Perdana Menteri', role: 'perdana menteri', complement: 'none', institution: null },
  { phrase: 'Duta Besar', role: 'duta besar', complement: 'none', institution: null },
  { phrase: 'Dubes', role: 'duta besar', complement: 'none', institution: null },
  { phrase: 'Wakil Menteri Dalam Negeri', role: 'wamendagri', complement: 'none', institution: null, institutionAlone: 'Kemendagri' },
  { phrase: 'Wamendagri', role: 'wamendagri', complement: 'none', institution: null, institutionAlone: 'Kemendagri' },
  { phrase: 'Wakil Menteri', role: 'wakil menteri', complement: 'org', institution: 'Kementerian {ORG}' },
  { phrase: 'Wamen', role: 'wakil menteri', complement: 'org', institution: 'Kementerian {ORG}' },
  // echelon-I posts of ministries and national agencies: the institution is the body named at the end
  // (`Deputi Bidang Pengawasan … KASN`, `Direktur Jenderal Otonomi Daerah Kemendagri`)
  { phrase: 'Deputi', role: 'deputi', complement: 'org', institution: '{ACR}' },
  // a minister's and a regional head's expert staff, by their field (`Staf Ahli Menteri Dalam Negeri Bidang Hukum X`,
  // `Staf Ahli Bupati Lombok Timur Bidang Pemerintahan, X`)
  { phrase: 'Staf Ahli Menteri', role: 'staf ahli menteri', complement: 'org', institution: '{ACR}' },
  { phrase: 'Staf Ahli Gubernur', role: 'staf ahli', complement: 'region', institution: 'Pemprov {R}' },
  { phrase: 'Staf Ahli Bupati', role: 'staf ahli', complement: 'region', institution: 'Pemkab {R}' },
  { phrase: 'Staf Ahli Wali Kota', role: 'staf ahli', complement: 'region', institution: 'Pemkot {R}' },
  { phrase: 'Staf Ahli Walikota', role: 'staf ahli', complement: 'region', institution: 'Pemkot {R}' },
  { phrase: 'Direktur Jenderal', role: 'dirjen', complement: 'org', institution: '{ACR}' },
  { phrase: 'Dirjen', role: 'dirjen', complement: 'org', institution: '{ACR}' },
  { phrase: 'Sekretaris Jenderal', role: 'sekjen', complement: 'org', institution: '{ACR}' },
  { phrase: 'Sekjen', role: 'sekjen', complement: 'org', institution: '{ACR}' },
  { phrase: 'Inspektur Jenderal', role: 'irjen', complement: 'org', institution: '{ACR}' },
  // generic posts: titles only with an institution after them (a party, a faction, a unit, an acronym)
  { phrase: 'Ketua Umum', role: 'ketua umum', complement: 'org', institution: '{ORG}', institutionAlone: null },
  { phrase: 'Wakil Ketua Umum', role: 'wakil ketua umum', complement: 'org', institution: '{ORG}', institutionAlone: null },
  { phrase: 'Ketua', role: 'ketua', complement: 'org', institution: '{ORG}', generic: true },
  { phrase: 'Wakil Ketua', role: 'wakil ketua', complement: 'org', institution: '{ORG}', generic: true },
  { phrase: 'Bendahara Umum', role: 'bendahara umum', complement: 'org', institution: '{ORG}', generic: true },
  // a board's secretary and treasurer (`Sekretaris DPC Partai Gerindra X`, `Bendahara DPD Partai Golkar X`)
  { phrase: 'Sekretaris', role: 'sekretaris', complement: 'org', institution: '{ORG}', generic: true },
  { phrase: 'Bendahara', role: 'bendahara', complement: 'org', institution: '{ORG}', generic: true },
  { phrase: 'Direktur', role: 'direktur', complement: 'org', institution: '{ORG}', generic: true },
  // a firm's head, as `Ketua Umum` a body's: the firm after it is the institution (`Direktur Utama Bank NTB, X`: was
  // `Utama Bank NTB`), and a company's (CIVIL_BODY_WORDS: `Direktur Utama PT Sinar Abadi X`) is no state office, as
  // `Direktur PT …` already was (`Utama` had hidden the `PT`)
  { phrase: 'Direktur Utama', role: 'direktur utama', complement: 'org', institution: '{ORG}', institutionAlone: null },
  { phrase: 'Juru Bicara', role: 'juru bicara', complement: 'org', institution: '{ORG}', generic: true },
  { phrase: 'Jubir', role: 'juru bicara', complement: 'org', institution: '{ORG}', generic: true },
  // an election body's division post without the body, named in the article already (`Koordinator Divisi Hukum dan
  // Diklat, X`, `Kordiv Penanganan Pelanggaran X`): with the body written after it, the division post of
  // DIVISION_POSITIONS is read first; generic, so only with its division's words after it
  { phrase: 'Koordinator Divisi', role: 'koordinator divisi', complement: 'org', institution: null, generic: true, plainRole: true },
  { phrase: 'Kordiv', role: 'koordinator divisi', complement: 'org', institution: null, generic: true, plainRole: true },
  { phrase: 'Ketua Divisi', role: 'koordinator divisi', complement: 'org', institution: null, generic: true, plainRole: true },
  // a house's commission without the house (`Anggota Komisi II dari Fraksi PDI Perjuangan X`): with the house
  // written after it, the division post of DIVISION_POSITIONS is read first
  { phrase: 'Anggota Komisi', role: 'anggota komisi', complement: 'org', institution: null, generic: true, houseCommission: true },
  { phrase: 'Ketua Komisi', role: 'ketua komisi', complement: 'org', institution: null, generic: true, houseCommission: true },
  { phrase: 'Wakil Ketua Komisi', role: 'wakil ketua komisi', complement: 'org', institution: null, generic: true, houseCommission: true },
  { phrase: 'Sekretaris Komisi', role: 'sekretaris komisi', complement: 'org', institution: null, generic: true, houseCommission: true },
];

/** Deputy role → head role: a deputy named right after the head, without a region, shares the head's region
 *  (`Bupati Lotim H. Sukiman Azmy dan Wakil Bupati H. Rumaksi`). */
export const DEPUTY_HEADS: Readonly<Record<string, string>> = lookupTable({
  'wakil bupati': 'bupati',
  'wakil walikota': 'walikota',
  'wakil gubernur': 'gubernur',
});

/** Words that make a title its deputy's (`Wakil Bupati`, `Wakil Ketua DPRD`): a bare title without one (`Dalam
 *  amanatnya, Bupati menekankan …`) names the head, never the deputy listed after him. Lower-case. */
export const DEPUTY_WORDS: readonly string[] = ['wakil'];

export const TITLES: readonly TitleDef[] = [...REGIONAL_HEADS, ...REGIONAL_STAFF, ...EDUCATION, ...schoolHeads(), ...glued(), ...gluedUnits(), ...UNIT_HEADS, ...bodyTitles(), ...SECURITY, ...NATIONAL];

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
  // regional secretariat assistants: `Asisten I Setda NTB Bidang Pemerintahan dan Kesra`
  'i', 'ii', 'iii', 'iv', 'setda', 'setdakab', 'setdakot', 'setdaprov', 'sekretariat', 'bidang', 'kesra',
  'pemerintahan', 'perekonomian', 'umum',
  // echelon-I units of ministries and agencies: `Deputi Bidang Pengawasan Penerapan Sistem Merit KASN`
  'pengawasan', 'penerapan', 'sistem', 'merit', 'otonomi', 'kebijakan', 'kelembagaan', 'tata', 'laksana',
  'kinerja', 'jabatan', 'politik', 'umum', 'kemendagri', 'kemenpan-rb', 'kemenpanrb',
  // the portfolios of the coordinating ministries' deputies (`Deputi Bidang Koordinasi Politik Dalam Negeri Kemenko
  // Polhukam`, `… Koordinasi Ekonomi Makro dan Keuangan`, `… Kedaulatan Maritim dan Energi`, `… Revolusi Mental …`)
  'koordinasi', 'strategi', 'otda', 'fasilitasi', 'luar', 'pertahanan', 'keamanan', 'ketertiban', 'ham', 'hak', 'asasi', 'ekonomi', 'makro', 'digital',
  'sama', 'internasional', 'industri', 'peningkatan', 'moderasi', 'beragama', 'revolusi', 'mental', 'kedaulatan',
  'maritim', 'infrastruktur', 'transportasi', 'investasi', 'pertambangan', 'kreatif', 'kewilayahan', 'ketenagakerjaan',
  'pemajuan', 'prestasi', 'pemerataan', 'kualitas', 'kependudukan', 'pariwisata', 'pengembangan',
  // ministries by their short names, closing a unit: `Direktur Pembinaan SMK Kemdikbud X`
  'kemendikbud', 'kemdikbud', 'kemendikbudristek', 'kemdikbudristek', 'kemenkumham', 'kemensos', 'kemenkes', 'kemenag',
  'kemenkeu', 'kemnaker', 'kemenaker', 'kemlu', 'kemhan', 'kemenhan', 'kementan', 'kemenhub', 'kemenperin', 'kemendag',
  'kemenpora', 'kemenkominfo', 'kemkominfo', 'kemendes', 'kemendesa', 'kemensetneg', 'kemenparekraf', 'kemenko', 'kemenristek',
  'kemenkop', 'kemenpppa', 'kemenpupr', 'kemen',
  // election-body divisions: `Divisi Hukum, Pencegahan, Partisipasi Masyarakat dan Hubungan Masyarakat`
  'divisi', 'penanganan', 'pelanggaran', 'pencegahan', 'partisipasi', 'penyelesaian', 'sengketa', 'data',
  'informasi', 'teknis', 'penyelenggaraan', 'sdm', 'diklat', 'logistik', 'sosialisasi', 'pemilih', 'antar',
  'lembaga', 'antarlembaga', 'parmas', 'humas', 'hukum',
  // (the complete class across the bodies' periods: `Hukum, Penindakan Pelanggaran dan Penyelesaian Sengketa`, `Hukum,
  // Humas dan Datin`, `Hubal`, `SDM, Organisasi, Pendidikan dan Pelatihan`, `Keuangan, Umum, Rumah Tangga dan
  // Logistik`, `Program dan Data`)
  'penindakan', 'pelatihan', 'kehumasan', 'datin', 'hubal', 'program', 'rumah', 'tangga',
  // units named after a ministry or a commission: `Deputi … Kementerian PANRB`, `Anggota Komisi II DPR`;
  // villages in a dinas's name: `Dinas Pemberdayaan Masyarakat dan Kampung`
  // school units of an education office: `Kepala Bidang Pembinaan SMP`, `Bidang Pembinaan Sekolah Dasar`
  'pembinaan', 'sekolah', 'kelas',
  // an area, a regional office and the bodies that have them: `Inspektur Pembantu Wilayah II Inspektorat`, `Kepala
  // Perwakilan Ombudsman RI`, `Kepala Kantor Regional II BKN`
  'wilayah', 'inspektorat', 'perwakilan', 'regional', 'ombudsman',
  // an Ombudsman office's units: `Keasistenan Pemeriksaan Laporan`, `Penerimaan dan Verifikasi Laporan`, `Resolusi dan
  // Monitoring`, `Pencegahan Maladministrasi`
  'keasistenan', 'pemeriksaan', 'laporan', 'penerimaan', 'verifikasi', 'resolusi', 'monitoring', 'maladministrasi',
  // parts of a regional secretariat: `Kabag Prokopim Setda X`, `Biro Adpim`
  'prokopim', 'adpim', 'pimpinan', 'tapem', 'ekbang', 'ortala', 'setwan', 'penerangan', 'dasar', 'kependidikan', 'pendidik',
  'kementerian', 'komisi', 'kampung', 'gampong', 'nagari', 'pekon', 'lembang',
  // sections of prosecutors' offices and police units: `Kepala Seksi Intelijen Kejari X`, `Kasat Reskrim Polres X`
  // institutions closing a unit: `Kadiv Humas Polri`, `Kepala Penerangan Kodam`, `Kapuspenkum Kejagung`
  'polri', 'kejagung', 'kodam', 'korem', 'kodim', 'koramil', 'mabes',
  // a university's parts: `Dekan Fakultas Ilmu Sosial dan Ilmu Politik`, `Wakil Rektor Bidang Akademik`
  'universitas', 'institut', 'politeknik', 'fakultas', 'ilmu', 'akademik', 'kemahasiswaan', 'alumni',
  'seksi', 'kejaksaan', 'kejari', 'kejati', 'kepolisian', 'polres', 'polresta', 'polda', 'polsek', 'intelijen', 'pidana', 'khusus', 'pidsus', 'pidum', 'reserse', 'kriminal', 'reskrim', 'intelkam', 'binmas', 'samapta',
  // units by their abbreviations, spelled apart from their head (`Kabag Ops`, `Kanit Reskrim`, `Kasat Lantas`)
  ...GLUED_UNITS, 'kanwil', 'kemenag', 'kemenkumham',
  // a command's staff sections (`Pasi Ter Kodim 0801`, `Pasi Log`)
  ...STAFF_SECTIONS,
];

/** The administrative units among UNIT_WORDS (`Camat Kecamatan X`, `Kepala Desa Y`): a region's level, not a unit of
 *  a body inside a title. */
export const ADMIN_UNIT_WORDS: readonly string[] = ['Kecamatan', 'Kabupaten', 'Kota', 'Provinsi', 'Kelurahan', 'Desa'];

/** Words that make a run of capitalised words a unit's name (with ORG_WORDS and acronyms): a title that runs on
 *  to a comma before its holder's name, `Asisten Deputi Perumusan Kebijakan Manajemen ASN, Hendra Kusuma`,
 *  `Direktur Jenderal … Kementerian Dalam Negeri, X`. */
export const UNIT_WORDS: readonly string[] = [
  'Kementerian', 'Kemenko', 'Komisi', 'Badan', 'Dinas', 'Direktorat', 'Biro', 'Bagian', 'Kantor', 'Sekretariat',
  'Deputi', 'Pusat', 'Balai', 'Lembaga', 'Inspektorat', 'Bidang', 'Divisi', 'Seksi', 'Subbagian', 'Unit', 'Satuan',
  ...ADMIN_UNIT_WORDS,
  // service units a UPT heads (`Kepala UPT Puskesmas Prembun, X`, `Kepala UPTD Sekolah Dasar Negeri 2, X`)
  'Puskesmas', 'RSUD', 'Sekolah', 'Madrasah',
];

/** Heads of a named institution: the capitalised words after them are its name (`Rektor Universitas Hasanuddin`,
 *  `Direktur Politeknik Negeri Bali`), and the legal forms of a regional government's firm (`Direktur Utama Perumda
 *  Air Minum Tirta Bening, X`, `Dirut PDAM Tirta Moedal, Y`, `Perusda`, `Perumdam`). Lower-case. */
export const NAMED_UNIT_HEADS: readonly string[] = ['universitas', 'institut', 'politeknik', 'akademi', 'perumda', 'perumdam', 'perusda', 'pdam'];

export * from './title-context.js';
