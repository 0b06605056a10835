// Paradigm for officials19 (round 19): review findings on round 18's officials rules, and the released check sets'
// structures. Invented rows (realistic regional-news shapes; never copied from a fixture).
//   1. (review18a finding 1) a company's form (`PT`, `CV`, `UD`) or a person's nickname spelled from their own name's
//      initials (`VBL Viktor Laiskodat`) right after a title: never initials opening a name.
//   2. (review18a finding 6) a glued title (`Kadinkes`) then a word that is also a risky region's name (`Bima`) then a
//      name: the region only when the article names that region elsewhere; else the word opens the holder's name.
//   3. a region written by its short form (`OKU`, `Bolmong`, `Tuba`) then a word that, after its full name, names another
//      region of the province in the gazetteer (`OKU Selatan`, `Bolmong Utara`): that region. Blind 3/9 -> 9/9.
//   4. a DPRD commission's member introduced by faction, the house's region only in the lead. Blind 3/6 -> 6/6.
// Blind scores (the code before each change, from 0f5ba3c): table 1 6/12 -> 12/12, table 2 2/6 -> 6/6, table 3 3/9 -> 9/9,
// table 4 3/6 -> 6/6.
import { describe, expect, it } from 'vitest';
import type { Official } from '../../src/model.js';
import { ctxOf } from './helpers.js';
import { extractOfficials } from '../../src/extract/officials/index.js';
import { extractRegions } from '../../src/extract/regions/index.js';

interface Row {
  text: string;
  /** the officials expected: name, role prefix, optional region name substring */
  gold: Array<{ name: string; role: string; region?: string; noRegion?: boolean }>;
  /** names that must not be officials */
  not?: string[];
  /** a lead paragraph before the row (else LEAD) */
  lead?: string;
}

const LEAD = 'Pegawai diminta menjaga netralitas menjelang pemungutan suara.\n\n';

const COMPANIES: Row[] = [
  // the reviewer's lines (negatives)
  { text: 'Bupati Sikka PT Flores Indah mendapat teguran karena memasang baliho calon.', gold: [], not: ['PT Flores Indah'] },
  { text: 'Wakil Bupati Sikka UD Sinar Jaya ditegur karena membagikan kaus calon.', gold: [], not: ['UD Sinar Jaya'] },
  { text: 'Penjabat Bupati Ende CV Karya Mandiri memenangi tender pembangunan kantor camat.', gold: [], not: ['CV Karya Mandiri'] },
  { text: 'Presiden PT Freeport Indonesia Tony Wenas hadir.', gold: [], not: ['Tony Wenas'] },
  { text: 'Gubernur NTT VBL Viktor Laiskodat meminta ASN netral.', gold: [{ name: 'Viktor Laiskodat', role: 'gubernur', region: 'Nusa Tenggara Timur' }], not: ['VBL Viktor Laiskodat'] },
  // invented variants of the same structures
  { text: 'Wali Kota Kupang PD Pasar Kota menyewakan lapak kepada tim kampanye.', gold: [], not: ['PD Pasar Kota'] },
  { text: 'Bupati Lembata KSP Sumber Rejeki diminta menjelaskan dana hibah itu.', gold: [], not: ['KSP Sumber Rejeki'] },
  { text: 'Wali Kota Makassar DP Danny Pomanto meminta camat netral.', gold: [{ name: 'Danny Pomanto', role: 'walikota', region: 'Makassar' }], not: ['DP Danny Pomanto'] },
  // what the initials rule was written to catch (must still hold)
  { text: 'Bupati Lampung Selatan M Nanang Ermanto meminta ASN tidak ikut kampanye.', gold: [{ name: 'M Nanang Ermanto', role: 'bupati', region: 'Lampung Selatan' }] },
  { text: 'Jaksa Agung ST Burhanuddin meminta jaksa tidak berpolitik praktis.', gold: [{ name: 'ST Burhanuddin', role: 'jaksa agung' }] },
  { text: 'Wali Kota Denpasar IGN Jaya Negara mengingatkan pegawai agar netral.', gold: [{ name: 'IGN Jaya Negara', role: 'walikota', region: 'Denpasar' }] },
  { text: 'Ketua DPRD Sikka AR Manda menilai sanksi itu sudah tepat.', gold: [{ name: 'AR Manda', role: 'ketua dprd', region: 'Sikka' }] },
];

const GLUED_CONTEXT: Row[] = [
  // the reviewer's line (a Kota Bandung article naming no Bima)
  { lead: 'Bandung - Pemerintah Kota Bandung kembali mengingatkan ASN agar netral pada Pilkada 2024.\n\n', text: 'Kadinkes Bima Prasetya Nugraha mengatakan seluruh tenaga kesehatan di puskesmas sudah menerima surat edaran Wali Kota Bandung.', gold: [{ name: 'Bima Prasetya Nugraha', role: 'kepala dinas', noRegion: true }], not: ['Prasetya Nugraha'] },
  // invented variants: a first name that is a risky region's, in an article about another place
  { lead: 'Pemerintah Kabupaten Sikka meminta ASN netral selama Pilkada.\n\n', text: 'Kadisdik Ende Wangge Saputra mengingatkan guru agar tidak memihak.', gold: [{ name: 'Ende Wangge Saputra', role: 'kepala dinas', noRegion: true }] },
  { lead: 'Pemerintah Kota Makassar meminta ASN netral selama Pilkada.\n\n', text: 'Kadishub Gowa Putra Ramadhan ikut memantau arus kendaraan.', gold: [{ name: 'Gowa Putra Ramadhan', role: 'kepala dinas', noRegion: true }] },
  // what the rule was written to catch: the article names the region elsewhere
  { lead: 'Pemerintah Kabupaten Ende meminta ASN netral selama Pilkada.\n\n', text: 'Kadinkes Ende Maria Dua meminta tenaga kesehatan tidak ikut kampanye.', gold: [{ name: 'Maria Dua', role: 'kepala dinas', region: 'Ende' }], not: ['Ende Maria Dua'] },
  { lead: 'BIMA - Pemkab Bima mengumpulkan kepala dinas di kantor bupati.\n\n', text: 'Kadisdik Bima Ahmad Yani mengingatkan guru agar tidak memihak.', gold: [{ name: 'Ahmad Yani', role: 'kepala dinas', region: 'Bima' }], not: ['Bima Ahmad Yani'] },
  { lead: 'Apel netralitas digelar di Poso, Senin.\n\n', text: 'Kadisdukcapil Poso Abdul Haris menyebut data pemilih sudah diperbarui.', gold: [{ name: 'Abdul Haris', role: 'kepala dinas', region: 'Poso' }] },
];

// 3. a region's short form (an alias the regions extractor reads: `OKU`, `Bolmong`, `Tuba`) then a word that, after the
// region's full name, names another region of the province (`Ogan Komering Ulu Selatan`, `Bolaang Mongondow Utara`):
// the two words are that region, not the short form's region and a person (`Timur` read as a name).
const SHORT_FORM_VARIANTS: Row[] = [
  { text: 'Ketua Bawaslu OKU Selatan, Deni Saputra, menyambut baik larangan itu.', gold: [{ name: 'Deni Saputra', role: 'ketua bawaslu', region: 'Ogan Komering Ulu Selatan' }], not: ['Selatan'] },
  { text: 'Kepala BKPSDM OKU Timur, Sri Wahyuni, mengatakan sanksi sudah dijatuhkan.', gold: [{ name: 'Sri Wahyuni', role: 'kepala', region: 'Ogan Komering Ulu Timur' }], not: ['Timur'] },
  { text: 'Bupati OKU Timur Lanosin meminta camat mengawasi kepala desa.', gold: [{ name: 'Lanosin', role: 'bupati', region: 'Ogan Komering Ulu Timur' }], not: ['Timur Lanosin'] },
  { text: 'Ketua KPU Bolmong Utara, Rahmat Mokoginta, memastikan logistik tiba.', gold: [{ name: 'Rahmat Mokoginta', role: 'ketua kpu', region: 'Bolaang Mongondow Utara' }], not: ['Utara'] },
  { text: 'Sekda Tuba Barat, Novriwan Jaya, mengingatkan ASN agar netral.', gold: [{ name: 'Novriwan Jaya', role: 'sekda', region: 'Tulang Bawang Barat' }], not: ['Barat'] },
  { text: 'Ketua Bawaslu Palas Utara, Ahmad Lubis, menerima laporan warga.', gold: [{ name: 'Ahmad Lubis', role: 'ketua bawaslu', region: 'Padang Lawas Utara' }] },
  // negatives: the short form alone, then a name; a compass word that names no region after it
  { text: 'Ketua Bawaslu OKU, Deni Saputra, menyambut baik larangan itu.', gold: [{ name: 'Deni Saputra', role: 'ketua bawaslu', region: 'Kabupaten Ogan Komering Ulu' }] },
  { text: 'Bupati OKU Teddy Meilwansyah meminta ASN netral.', gold: [{ name: 'Teddy Meilwansyah', role: 'bupati', region: 'Kabupaten Ogan Komering Ulu' }] },
  { text: 'Ketua Bawaslu OKU Selamet Riyadi menyambut baik larangan itu.', gold: [{ name: 'Selamet Riyadi', role: 'ketua bawaslu', region: 'Kabupaten Ogan Komering Ulu' }] },
];

// 4. a DPRD commission's member introduced by faction (`Anggota Komisi I dari Fraksi Golkar, X`), the house and its
// region named only in the lead (`Komisi I DPRD Kabupaten X menggelar rapat …`): the lead's region.
const HOUSE_LEAD = 'Komisi I DPRD Kabupaten Enrekang menggelar rapat dengar pendapat dengan BKPSDM, Senin.\n\n';
const FACTION_MEMBERS: Row[] = [
  { lead: HOUSE_LEAD, text: 'Anggota Komisi I dari Fraksi Golkar, Sitti Aminah, menilai mutasi itu janggal.', gold: [{ name: 'Sitti Aminah', role: 'anggota komisi', region: 'Enrekang' }] },
  { lead: HOUSE_LEAD, text: 'Ketua Komisi I Fraksi PDI Perjuangan, Andi Baso, meminta salinan surat Kemendagri.', gold: [{ name: 'Andi Baso', role: 'ketua komisi', region: 'Enrekang' }] },
  { lead: 'Komisi A DPRD Kabupaten Sikka memanggil Bawaslu, Selasa.\n\n', text: 'Anggota Komisi A dari Partai NasDem, Yosef Lede, mempertanyakan laporan itu.', gold: [{ name: 'Yosef Lede', role: 'anggota komisi', region: 'Sikka' }] },
  // what the rule was written to catch, and negatives: another commission in the lead, no house in the lead
  { lead: HOUSE_LEAD, text: 'Anggota Komisi I, Sitti Aminah, menilai mutasi itu janggal.', gold: [{ name: 'Sitti Aminah', role: 'anggota komisi', region: 'Enrekang' }] },
  { lead: 'Komisi II DPRD Kabupaten Enrekang menggelar rapat, Senin.\n\n', text: 'Anggota Komisi I dari Fraksi Golkar, Sitti Aminah, hadir.', gold: [{ name: 'Sitti Aminah', role: 'anggota komisi', noRegion: true }] },
  { text: 'Anggota Komisi I dari Fraksi Golkar, Sitti Aminah, menilai mutasi itu janggal.', gold: [{ name: 'Sitti Aminah', role: 'anggota komisi', noRegion: true }] },
];

function officialsOf(row: Row): Official[] {
  const ctx = ctxOf(`Judul Berita\n\n${row.lead ?? LEAD}${row.text}`);
  return extractOfficials(ctx, extractRegions(ctx));
}

export function check(row: Row): string[] {
  const got = officialsOf(row);
  const errs: string[] = [];
  for (const g of row.gold) {
    const o = got.find((x) => x.name === g.name);
    if (!o) { errs.push(`missing ${g.name} (got ${got.map((x) => `${x.name} [${x.title}]`).join('; ') || 'none'})`); continue; }
    if (!(o.role ?? '').startsWith(g.role)) errs.push(`${g.name}: role ${o.role} ≠ ${g.role}`);
    if (g.region && !(o.region?.name ?? '').includes(g.region)) errs.push(`${g.name}: region ${o.region?.name ?? 'none'}`);
    if (g.noRegion && o.region) errs.push(`${g.name}: region ${o.region.name}, none expected`);
  }
  for (const n of row.not ?? []) if (got.some((x) => x.name === n)) errs.push(`${n} taken as an official`);
  if (row.gold.length === 0) for (const o of got) errs.push(`unexpected ${o.name} [${o.title}]`);
  return errs;
}

for (const [label, rows] of [['company forms and nicknames are no initials', COMPANIES], ['a risky region after a glued title needs context', GLUED_CONTEXT], ['a short form then a word naming another region', SHORT_FORM_VARIANTS], ['a commission member by faction, the house in the lead', FACTION_MEMBERS]] as const) {
  describe(`officials paradigm 19: ${label}`, () => {
    it.each(rows.map((r) => [r.text, r] as const))('%s', (_t, row) => {
      expect(check(row)).toEqual([]);
    });
  });
}
