// Paradigm for officials17 (round 17): civil-society posts, a DPRD commission named by its letter only, modifiers
// written without `mantan`/`calon`/`terpilih`, a camat's region, a region abbreviation after a title.
// Invented rows (realistic regional-news shapes; never copied from a fixture). Every third row of each table (marked
// `held: true`) is held out: written with the others, scored blind, never read while the rules were written.
//   1. a generic post (`Ketua`, `Direktur`, `Koordinator`) of a civil body — an NGO, an ormas, a foundation, a forum,
//      an alliance, a community, a paguyuban, a student executive, a company, a cooperative — is no state office
//      (README: officials are state officials; party boards are kept). Negatives: the state bodies and party boards
//      with the same heads.
//   2. a DPRD commission named by its letter or numeral only (`Ketua Komisi A, X`; the DPRD is in the lead).
//   3. modifiers: `periode lalu`/`periode 2016–2021` after a post (a past term), `eks`, `nonaktif`; a rank's
//      `(Purn)` is no modifier of the post.
//   4. witnesses, lecturers, a party cadre with no post, a pronoun, a region abbreviation where a name should be.
// Blind score (the code before this change, 3e08148; two gold roles written against the project's convention corrected
// after): tuned 17/30 rows (19/30 with the corrected roles), held out 12/15 (missed: NGO, company, cooperative and
// BEM chairs taken as officials; `Ketua Komisi A` and lower-case `anggota Komisi II X` not found; `nonaktif`,
// `non-aktif`, `periode lalu` not marked; a church's `Komisi Pelayanan` chair taken).
// After: tuned 28/30 (30/32 with the two rows written after, issue 22 list: a degree as initials), held out 14/15. Left (marked `known`): a term by its years (`periode 2016–2021`: past only
// against the article's date), a church commission named by words.
import { describe, expect, it } from 'vitest';
import { officialsOfBody } from './helpers.js';

interface Row {
  text: string;
  /** the officials expected: name, role, and optional title substring, region name substring, modifier */
  gold: Array<{ name: string; role: string; title?: string; region?: string; modifier?: string }>;
  /** names that must not be officials */
  not?: string[];
  held?: boolean;
  /** a failure left alone, with the reason: not asserted, counted in the header */
  known?: string;
}

const LEAD = 'Pegawai diminta menjaga netralitas menjelang pemungutan suara.\n\n';

const ROWS: Row[] = [
  // 1. civil-society posts
  { text: 'Ketua LSM Garuda Nusantara, Yohanes Dopo, menilai mutasi itu sarat kepentingan politik.', gold: [], not: ['Yohanes Dopo', 'Garuda Nusantara'] },
  { text: 'Ketua Yayasan Bina Insani, Hj. Marlina, mengatakan guru honorer di yayasannya diminta netral.', gold: [], not: ['Marlina', 'Bina Insani'] },
  { text: 'Koordinator Aliansi Masyarakat Peduli Pemilu, Rahmat Hidayat, mendesak Bawaslu bertindak tegas.', gold: [], not: ['Rahmat Hidayat'], held: true },
  { text: 'Ketua Forum Komunikasi Warga Sukamaju, Dedi Kurnia, meminta kepala desa tidak berpihak.', gold: [], not: ['Dedi Kurnia', 'Komunikasi Warga Sukamaju'] },
  { text: 'Ketua Paguyuban Pedagang Pasar Inpres, Sarifuddin, menyebut ada pegawai yang membagikan stiker.', gold: [], not: ['Sarifuddin', 'Pedagang Pasar Inpres'] },
  { text: 'Ketua BEM Universitas Halu Oleo, Andi Saputra, mengajak mahasiswa mengawasi ASN.', gold: [], not: ['Andi Saputra'], held: true },
  { text: 'Direktur PT Sinar Abadi Jaya, Hendra Wijaya, membantah karyawannya dikerahkan.', gold: [], not: ['Hendra Wijaya', 'Sinar Abadi Jaya'] },
  { text: 'Ketua Koperasi Unit Desa Makmur, La Ode Amin, mengaku didatangi tim sukses.', gold: [], not: ['La Ode Amin'] },
  { text: 'Ketua Ormas Laskar Merah Putih Kolaka, Arman Tosepu, membantah anggotanya terlibat.', gold: [], not: ['Arman Tosepu', 'Laskar Merah Putih Kolaka'], held: true },
  { text: 'Ketua Komunitas Peduli Demokrasi Lombok, Baiq Nurul Hidayati, mengapresiasi langkah itu.', gold: [], not: ['Baiq Nurul Hidayati', 'Peduli Demokrasi Lombok'] },
  { text: 'Ketua Lembaga Swadaya Masyarakat Jaringan Pemantau Pemilu, Agus Salim, melapor ke Bawaslu.', gold: [], not: ['Agus Salim'] },
  { text: 'Sekretaris Perkumpulan Pemantau Pemilu Rakyat, Yunus Bili, menyerahkan bukti video itu.', gold: [], not: ['Yunus Bili'], held: true },
  { text: 'Ketua Himpunan Mahasiswa Islam Cabang Kendari, Rizal Amir, meminta Pj Bupati menindak camat.', gold: [], not: ['Rizal Amir'] },
  { text: 'Ketua Serikat Petani Sumba Barat Daya, Markus Lende, mengaku ditekan kepala desa.', gold: [], not: ['Markus Lende'] },
  { text: 'Ketua Karang Taruna Desa Sumber Rejo, Fajar Nugroho, mengaku diajak kampanye.', gold: [], not: ['Fajar Nugroho'], held: true },
  // 1. negatives: state bodies and party boards with the same heads
  { text: 'Ketua DPRD Kolaka, Syaifullah Halik, meminta pegawai tidak ikut kampanye.', gold: [{ name: 'Syaifullah Halik', role: 'ketua dprd' }] },
  { text: 'Ketua DPC Partai Gerindra Kolaka, Asrul Sani, membantah melibatkan ASN.', gold: [{ name: 'Asrul Sani', role: 'ketua partai' }] },
  { text: 'Direktur RSUD Kota Baubau, dr. Hasan Basri, meminta tenaga kesehatan netral.', gold: [{ name: 'Hasan Basri', role: 'direktur rsud' }], held: true },
  { text: 'Ketua Bawaslu Lotim, Retno Sirnopati, mengatakan laporan itu sudah diregistrasi.', gold: [{ name: 'Retno Sirnopati', role: 'ketua bawaslu', region: 'Lombok Timur' }], not: ['Lotim'] },
  { text: 'Ketua Forum Koordinasi Pimpinan Daerah yang juga Bupati Kolaka, Ahmad Safei, membuka apel.', gold: [{ name: 'Ahmad Safei', role: 'bupati' }] },
  { text: 'Ketua KPU Kota Kendari, Jumwal Shaleh, memastikan logistik tiba tepat waktu.', gold: [{ name: 'Jumwal Shaleh', role: 'ketua kpu' }], held: true },
  // 2. a DPRD commission by its letter
  { text: 'Komisi A DPRD Kabupaten Sumba Timur menggelar rapat dengar pendapat dengan BKPSDM, Senin.\n\nRapat dipimpin Ketua Komisi A, Umbu Kahumbu. Ia mempertanyakan mutasi 20 pegawai.', gold: [{ name: 'Umbu Kahumbu', role: 'ketua komisi', title: 'Ketua Komisi A', region: 'Sumba Timur' }] },
  { text: 'Komisi A DPRD Kabupaten Sumba Timur memanggil BKPSDM.\n\nAnggota Komisi A, Maria Ndapa, meminta mutasi ditunda.', gold: [{ name: 'Maria Ndapa', role: 'anggota komisi', region: 'Sumba Timur' }] },
  { text: 'Komisi II DPRD Kota Bima memanggil Inspektorat, Kamis.\n\nDalam rapat itu, anggota Komisi II Syamsuddin Ali mempertanyakan sanksi bagi lurah.', gold: [{ name: 'Syamsuddin Ali', role: 'anggota komisi' }], held: true },
  { text: 'Komisi III DPRD Kabupaten Kupang menggelar rapat.\n\nWakil Ketua Komisi III, Yulius Bora, menilai sanksi terlalu ringan.', gold: [{ name: 'Yulius Bora', role: 'wakil ketua komisi' }] },
  { text: 'DPRD Kabupaten Ende menggelar rapat kerja.\n\nRapat dipimpin Ketua Komisi I DPRD Ende, Vinsen Sangu, dan dihadiri Sekda.', gold: [{ name: 'Vinsen Sangu', role: '', title: 'Ketua Komisi I DPRD Ende' }] },
  { text: 'Ketua Komisi Pelayanan Pemuda Sinode, Yakob Nenobais, mengajak jemaat menolak politik uang.', gold: [], not: ['Yakob Nenobais'], held: true, known: 'a church commission named by words, not a letter (left: `Komisi Informasi` is a state body)' },
  // 3. modifiers
  { text: 'Bupati Sumba Barat periode 2016–2021, Agustinus Niga Dapawole, hadir sebagai saksi.', gold: [{ name: 'Agustinus Niga Dapawole', role: 'bupati', modifier: 'mantan' }], known: 'a term by its years: past only against the article\'s date (left)' },
  { text: 'Kapolres Kolaka periode lalu, AKBP Budi Santoso, pernah menangani kasus serupa.', gold: [{ name: 'Budi Santoso', role: 'kapolres', modifier: 'mantan' }] },
  { text: 'Eks Camat Sambelia, Lalu Ahmad Zaini, diperiksa Bawaslu pekan lalu.', gold: [{ name: 'Lalu Ahmad Zaini', role: 'camat', modifier: 'mantan' }], held: true },
  { text: 'Kepala Desa Waru nonaktif, Sutrisno, dilaporkan karena mengunggah dukungan.', gold: [{ name: 'Sutrisno', role: 'kepala desa', modifier: 'mantan' }] },
  { text: 'Bupati non-aktif Kolaka Timur, Samsul Bahri, tidak hadir dalam sidang.', gold: [{ name: 'Samsul Bahri', role: 'bupati', modifier: 'mantan' }] },
  { text: 'Penjabat Gubernur Sumatera Utara Komjen Pol (Purn) Rahmat Hidayat meminta ASN netral.', gold: [{ name: 'Rahmat Hidayat', role: 'gubernur' }], held: true },
  { text: 'Ketua DPRD Kolaka periode 2019–2024, Parmin Dasir, kini maju sebagai calon bupati.', gold: [{ name: 'Parmin Dasir', role: 'ketua dprd', modifier: 'mantan' }], known: 'a term by its years (left)' },
  { text: 'Bupati Kolaka periode 2021–2026, Ahmad Safei, meminta ASN netral.', gold: [{ name: 'Ahmad Safei', role: 'bupati' }] },
  { text: 'Wali Kota Kendari terpilih, Siska Karina Imran, berjanji tidak membalas dendam.', gold: [{ name: 'Siska Karina Imran', role: 'walikota', modifier: 'terpilih' }], held: true },
  // 5. (issue 22's list, checked after the blind run) a degree's letters as initials after an apposition's comma
  { text: 'Jaksa Agung, ST Burhanuddin, meminta jaksa tidak berpolitik praktis.', gold: [{ name: 'ST Burhanuddin', role: 'jaksa agung' }] },
  { text: 'Kepala Dinas PUPR Lotim, Ahmad Yani, ST, meminta pegawai netral.', gold: [{ name: 'Ahmad Yani', role: 'kepala dinas' }], not: ['ST'] },
  // 4. not officials; regions
  { text: 'Dosen Fakultas Hukum Universitas Mataram, Dr. Lalu Wira Pria, menilai sanksi itu ringan.', gold: [], not: ['Lalu Wira Pria'] },
  { text: 'Seorang saksi, Wayan Sudarma, mengaku melihat camat hadir di rumah calon.', gold: [], not: ['Wayan Sudarma'] },
  { text: 'Kader Partai Golkar, Rudi Hartono, membantah tuduhan itu.', gold: [], not: ['Rudi Hartono'], held: true },
  { text: 'Ia mengatakan pegawai yang terbukti melanggar akan dilaporkan ke BKN.', gold: [], not: ['Ia'] },
  { text: 'Camat Kaledupa, La Ode Karim, mengumpulkan kepala desa di Wakatobi.', gold: [{ name: 'La Ode Karim', role: 'camat', region: 'Kaledupa' }] },
  { text: '"Kami sudah menyurati Camat Maliku, Yusran Effendi, agar menegur kepala desa itu," kata Ketua Bawaslu Pulang Pisau, Sri Lestari.', gold: [{ name: 'Yusran Effendi', role: 'camat', region: 'Maliku' }, { name: 'Sri Lestari', role: 'ketua bawaslu', region: 'Pulang Pisau' }], held: true },
  { text: 'Tanya: Siapa yang menangani laporan itu?\n\nJawab: Laporan ditangani Koordinator Divisi Penanganan Pelanggaran Bawaslu Kapuas, Rizky Amalia. Kami sudah klarifikasi.', gold: [{ name: 'Rizky Amalia', role: '', title: 'Koordinator Divisi Penanganan Pelanggaran', region: 'Kapuas' }] },
  { text: 'Ketua Bawaslu Kalteng, Satriadi, menyebut Kepala Desa Tumbang Manggu, Yosef, sudah dipanggil.', gold: [{ name: 'Satriadi', role: 'ketua bawaslu', region: 'Kalimantan Tengah' }, { name: 'Yosef', role: 'kepala desa' }] },
  { text: 'Pengamat politik Universitas Palangka Raya, Jhon Retei Alfri Sandi, menilai pelanggaran itu serius.', gold: [], not: ['Jhon Retei Alfri Sandi'], held: true },
];

function check(row: Row): string[] {
  const got = officialsOfBody(LEAD + row.text);
  const errs: string[] = [];
  for (const g of row.gold) {
    const o = got.find((x) => x.name === g.name);
    if (!o) { errs.push(`missing ${g.name}`); continue; }
    if (!(o.role ?? '').startsWith(g.role)) errs.push(`${g.name}: role ${o.role} ≠ ${g.role}`);
    if (g.title && !o.title.includes(g.title)) errs.push(`${g.name}: title ${o.title}`);
    if (g.region && !(o.region?.name ?? '').includes(g.region)) errs.push(`${g.name}: region ${o.region?.name ?? 'none'}`);
    if ((o.modifier ?? undefined) !== g.modifier) errs.push(`${g.name}: modifier ${o.modifier ?? 'none'} ≠ ${g.modifier ?? 'none'}`);
  }
  for (const n of row.not ?? []) if (got.some((x) => x.name === n)) errs.push(`${n} taken as an official`);
  // a row with no gold official takes none
  if (row.gold.length === 0) for (const o of got) errs.push(`unexpected ${o.name} [${o.title}]`);
  return errs;
}

describe('officials paradigm 17 (tuned rows)', () => {
  it.each(ROWS.filter((r) => !r.held && !r.known).map((r) => [r.text, r] as const))('%s', (_t, row) => {
    expect(check(row)).toEqual([]);
  });
});

describe('officials paradigm 17 (held-out rows)', () => {
  it.each(ROWS.filter((r) => r.held && !r.known).map((r) => [r.text, r] as const))('%s', (_t, row) => {
    expect(check(row)).toEqual([]);
  });
});
