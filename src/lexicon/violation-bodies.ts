// Bodies and elections for the VIOLATION COUNTS extractor (extract/violations/link-reporter.ts, reporter.ts,
// link-election.ts) and the election names the DATES extractor turns into `Election` records: who counted, who only
// received a case, and what election a figure is of. Data only; keys lower-case unless noted. Re-exported by
// violations.ts.
import { lookupTable } from '../util/table.js';

/** Bodies that report counts → canonical name. Long forms map to the short one. */
export const REPORTERS: Readonly<Record<string, string>> = lookupTable({
  // election supervisors
  bawaslu: 'Bawaslu', 'badan pengawas pemilu': 'Bawaslu', 'badan pengawas pemilihan umum': 'Bawaslu',
  panwaslu: 'Panwaslu', panwascam: 'Panwaslu', gakkumdu: 'Gakkumdu', dkpp: 'DKPP',
  // Aceh's election supervisors (Panitia Pengawas Pemilihan, under the Qanun). CONVENTION (round 15): a Panwaslih is
  // reported by its own name, 'Panwaslih', never folded into 'Bawaslu', though it is Bawaslu's office in Aceh: the
  // name the text gives, as every gold set writes it (check7, check9, check13, check15, counts5, dev; check16's gold,
  // which wrote Bawaslu, was aligned in round 15). A user who wants Aceh in Bawaslu's totals maps it in one place.
  panwaslih: 'Panwaslih',
  // civil-service oversight
  kasn: 'KASN', 'komisi aparatur sipil negara': 'KASN', bkn: 'BKN', 'badan kepegawaian negara': 'BKN',
  'kemenpan-rb': 'KemenPAN-RB', kemenpanrb: 'KemenPAN-RB', 'kemenpan rb': 'KemenPAN-RB', kemenpan: 'KemenPAN-RB',
  'kementerian panrb': 'KemenPAN-RB', 'kementerian pan-rb': 'KemenPAN-RB', 'menpan-rb': 'KemenPAN-RB',
  'menpanrb': 'KemenPAN-RB',
  'kementerian pendayagunaan aparatur negara dan reformasi birokrasi': 'KemenPAN-RB',
  kemendagri: 'Kemendagri', 'kementerian dalam negeri': 'Kemendagri',
  // election commission and ombudsman
  kpu: 'KPU', 'komisi pemilihan umum': 'KPU', ombudsman: 'Ombudsman',
  // regional personnel / inspection offices
  bkd: 'BKD', bkpsdm: 'BKPSDM', bkdpsdm: 'BKDPSDM', bkppd: 'BKPPD', inspektorat: 'Inspektorat',
  // the regency's village-government office, which runs a village-head election (Pilkades) and takes the complaints
  // about ASN in it, where Bawaslu has no say ("Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Sigi mencatat
  // lima laporan dugaan ASN tidak netral dalam Pilkades 2022", round 20). Each by the name the text gives (as
  // Panwaslih): "… dan Desa" DPMD, "… dan Pemerintahan Desa" DPMPD, Aceh's "… dan Gampong" DPMG, Papua's "… dan
  // Kampung" DPMK.
  dpmd: 'DPMD', 'dinas pemberdayaan masyarakat dan desa': 'DPMD',
  dpmpd: 'DPMPD', 'dinas pemberdayaan masyarakat dan pemerintahan desa': 'DPMPD',
  dpmg: 'DPMG', 'dinas pemberdayaan masyarakat dan gampong': 'DPMG',
  dpmk: 'DPMK', 'dinas pemberdayaan masyarakat dan kampung': 'DPMK',
});

/** Election names → canonical capitalised name. Multi-word forms are the spelled-out names. */
export const ELECTION_NAMES: Readonly<Record<string, string>> = lookupTable({
  // short forms
  pilkada: 'Pilkada', pemilukada: 'Pilkada', pemilu: 'Pemilu', pilpres: 'Pilpres', pileg: 'Pileg',
  pilgub: 'Pilgub', pilbup: 'Pilbup', pilwalkot: 'Pilwalkot', pilwali: 'Pilwalkot', pilwako: 'Pilwalkot', pilkades: 'Pilkades',
  // spelled out
  'pemilihan kepala daerah': 'Pilkada', 'pemilihan umum': 'Pemilu', 'pemilihan presiden': 'Pilpres',
  'pemilihan legislatif': 'Pileg', 'pemilihan gubernur': 'Pilgub', 'pemilihan bupati': 'Pilbup',
  'pemilihan wali kota': 'Pilwalkot', 'pemilihan walikota': 'Pilwalkot', 'pemilihan kepala desa': 'Pilkades',
});

/** Lower-case words allowed between an election name and its year: `Pilkada serentak tahun 2024`,
 *  `pemilihan kepala daerah (pilkada) di Kabupaten Katingan tahun 2024`. Capitalised words (place
 *  names) and a parenthesised acronym are allowed too. */
export const ELECTION_GAP_WORDS: readonly string[] = [
  'serentak', 'tahun', 'lanjutan', 'ulang', 'susulan', 'di', 'kabupaten', 'kota', 'provinsi', 'nasional',
  'langsung', 'daerah', 'se', 'periode',
  // the running mate in a spelled-out name: "Pemilihan Wali Kota dan Wakil Wali Kota Kendari 2024", "Pemilihan
  // Gubernur dan Wakil Gubernur Bengkulu 2024"
  'dan Wakil', // (as written: its variants give 'dan wakil', 'DAN WAKIL')
];

/** Joiners that let one election name carry a second year: `Pemilu 2019 atau 2024`. */
export const ELECTION_YEAR_JOINERS: readonly string[] = ['dan', 'atau', 'maupun', 'serta', 'dengan', '&', ','];

/** Words right before an election name that make it a law's title, not an election (`UU Pemilu 2017`). */
export const ELECTION_LAW_CUES: readonly string[] = ['uu', 'undang-undang', 'ruu', 'perppu'];

/** Words right after a reporting body that say its level (`Bawaslu Kabupaten Purbalingga`, `Bawaslu Kab.
 *  Purbalingga`, `Bawaslu Provinsi Jawa Tengah`, `Bawaslu RI`); keys lower-case, an abbreviation may carry a
 *  final dot in the text. A region named after the level word is resolved through the gazetteer (the regions
 *  extractor's mentions), and with no level word the region's own level is the reporter's. */
export const REPORTER_LEVEL_WORDS: Readonly<Record<string, 'national' | 'province' | 'regency' | 'city'>> = lookupTable({
  ri: 'national', 'republik indonesia': 'national', pusat: 'national', nasional: 'national',
  provinsi: 'province', prov: 'province', propinsi: 'province',
  kabupaten: 'regency', kab: 'regency',
  kota: 'city', kotamadya: 'city',
});

/** Canonical reporters (values of REPORTERS) that exist only at national level: a count they report is
 *  national whatever follows their name. Bodies with regional offices (Bawaslu, KPU, BKD, Ombudsman
 *  "Perwakilan …") are not listed. */
export const NATIONAL_REPORTERS: readonly string[] = ['KASN', 'BKN', 'KemenPAN-RB', 'Kemendagri', 'DKPP'];

/** A body after one of these markers, itself after a verb of passing a case on (FORWARD_VERBS, a few words
 *  before), is the recipient of a report or a recommendation, never the one who counted: "diteruskan ke KASN",
 *  "dilaporkan ke BKN", "direkomendasikan kepada BKN". Reports that arrive at a body ("laporan yang masuk ke
 *  Bawaslu") were counted by it. */
export const RECIPIENT_MARKERS: readonly string[] = ['ke', 'kepada'];
export const FORWARD_VERBS: readonly string[] = [
  'diteruskan', 'meneruskan', 'teruskan', 'direkomendasikan', 'merekomendasikan', 'rekomendasikan', 'dilimpahkan',
  'melimpahkan', 'dikirim', 'mengirim', 'dikirimkan', 'mengirimkan', 'diserahkan', 'menyerahkan', 'dilaporkan',
  'melaporkan', 'laporkan', 'disampaikan', 'menyampaikan', 'diadukan', 'mengadukan', 'dibawa', 'membawa',
  // the bare forms after an agent, beside 'teruskan', 'rekomendasikan', 'laporkan' ("Dua aduan sudah kami serahkan ke
  // Inspektorat", "Tiga laporan sudah kami limpahkan ke Inspektorat", round 20)
  'serahkan', 'limpahkan', 'kirimkan', 'sampaikan', 'adukan',
];
/** A body right after one of these sent the reports counted by another ("menerima 2 laporan dari Bawaslu"):
 *  used only when no other body is at hand. */
export const ORIGIN_MARKERS: readonly string[] = [
  'dari',
  // a body an actor works through is its channel, no one who counted ("Pemerintah Kabupaten Wonosobo melalui Dinas
  // Pemberdayaan Masyarakat dan Desa sebelumnya telah menerbitkan surat edaran …", round 20): like an origin, used only
  // when no other body is at hand ("Pemkab melalui BKPSDM menjatuhkan sanksi kepada lima ASN" keeps BKPSDM)
  'melalui',
];

/** A body right after one of these owns a document or a channel ("surat KASN Nomor …", "laman resmi KASN"), and a
 *  body inside a letter number ("B-2914/KASN/10/2024") names its issuer: neither counted the figure near it. Such a
 *  body is a reporter only when there is no other (as an origin, ORIGIN_MARKERS). */
export const DOCUMENT_NOUNS: readonly string[] = ['surat', 'edaran', 'laman', 'situs', 'website', 'akun', 'aplikasi', 'resmi'];

// The elections a count is read against (extract/violations/count-elections.ts), beyond the dates' elections.
/** Elections of one regional level (governor, regent, mayor). Two or more of them named together ("Pemilihan
 *  Gubernur Bali dan Pemilihan Bupati Buleleng 2024", "Pilgub dan Pilbup 2024") are the one simultaneous regional
 *  election, JOINT_REGIONAL_ELECTION: the convention of every check set's gold (check7 16, check9 06, 07, 11), where a
 *  count of such a page is "Pilkada"; a page naming only one level keeps that level's name. */
export const REGIONAL_ELECTIONS: readonly string[] = ['Pilgub', 'Pilbup', 'Pilwalkot'];
export const JOINT_REGIONAL_ELECTION = 'Pilkada';
/** Joiners of two regional elections named together. */
export const ELECTION_LIST_JOINERS: readonly string[] = ['dan', 'serta', '&', ',', '/'];
/** Words between an election name and its polling date ("Pemilu 14 Februari 2024", "Pemilihan Gubernur Jawa Tengah
 *  pada 27 November 2024", "Pilkada serentak yang digelar 9 Desember 2020"): the date's year is the election's.
 *  Capitalised words (places) and ELECTION_GAP_WORDS are allowed too. */
export const ELECTION_DATE_LINKS: readonly string[] = [
  'pada', 'tanggal', 'tgl', 'tgl.', 'yang', 'akan', 'digelar', 'dilaksanakan', 'diselenggarakan', 'dijadwalkan', 'berlangsung',
  'jatuh', 'hari',
];
/** Words right before an election name that make it part of a body's name, not an election ("Badan Pengawas Pemilu",
 *  "Panitia Pengawas Pemilihan Umum", "Komisi Pemilihan Umum", "Dewan Kehormatan Penyelenggara Pemilu"). */
export const ELECTION_BODY_HEADS: readonly string[] = ['pengawas', 'komisi', 'penyelenggara', 'pengawasan'];
/** The years of the nationwide elections, by canonical name: a bare name ("pelanggaran Pemilu") in an article
 *  published in one of these years, or in the year next to exactly one of them, is that election. Pemilu, Pilpres and
 *  Pileg are held together every five years; the simultaneous regional elections (Pilkada serentak) in 2015, 2017,
 *  2018, 2020 and 2024 (next 2029). Pilkades has no national calendar. */
const NATIONAL_YEARS = [2004, 2009, 2014, 2019, 2024, 2029];
const REGIONAL_YEARS = [2015, 2017, 2018, 2020, 2024, 2029];
export const ELECTION_CALENDAR: Readonly<Record<string, readonly number[]>> = {
  Pemilu: NATIONAL_YEARS, Pilpres: NATIONAL_YEARS, Pileg: NATIONAL_YEARS,
  Pilkada: REGIONAL_YEARS, Pilgub: REGIONAL_YEARS, Pilbup: REGIONAL_YEARS, Pilwalkot: REGIONAL_YEARS,
};
