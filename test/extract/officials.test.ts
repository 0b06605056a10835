import { describe, expect, it } from 'vitest';
import { officialKey } from '../../src/corpus/identity.js';
import { extractOfficials } from '../../src/extract/officials/index.js';
import { extractRegions } from '../../src/extract/regions/index.js';
import type { Official } from '../../src/model.js';
import { SEED_PLACES, ctxOf, fixture, newsCases } from './helpers.js';
import { budget } from '../helpers/budget.js';

function run(text: string, opts: { place?: string; title?: string | null } = {}): Official[] {
  const ctx = ctxOf(text, opts);
  return extractOfficials(ctx, extractRegions(ctx));
}
const brief = (o: Official) => [o.name, o.title, o.role, o.acting, o.institution, o.region?.code ?? null];

describe('extractOfficials: seeds (cleaned text)', () => {
  it.each<[string, Array<[string, string, string, string]>]>([
    ['000', [['Hassanudin', 'Pj Gubernur NTB', 'gubernur', '52'], ['Muhammad Juaini Taofik', 'Pj Bupati Lotim', 'bupati', '52.03']]],
    ['001', [['Juaini Taofik', 'Penjabat Bupati Lombok Timur', 'bupati', '52.03'], ['Hasanuddin', 'Pj Gubernur NTB', 'gubernur', '52']]],
    ['002', [['Sugito', 'Penjabat Gubernur Kepulauan Bangka Belitung', 'gubernur', '19'], ['Rahmat Bagja', 'Ketua Bawaslu Republik Indonesia', 'ketua bawaslu', '']]],
    ['003', [['Ilham', 'PJ Bupati Lombok Barat', 'bupati', '52.01'], ['Hesty Rahayu', 'Komisioner Bawaslu Lombok Barat', 'komisioner bawaslu', '52.01']]],
    ['004', [['Pransang', 'Sekda Kabupaten Katingan', 'sekda', '62.06']]],
  ])('seed %s', (id, want) => {
    const offs = run(fixture(`seed-${id}.clean.txt`), { place: SEED_PLACES[id] });
    expect(offs.map((o) => [o.name, o.title, o.role, o.region?.code ?? ''])).toEqual(want);
  });

  it('seed 001: one entry for Juaini Taofik with every mention', () => {
    const text = fixture('seed-001.clean.txt');
    const [j] = run(text);
    expect(j).toMatchObject({ nameAsWritten: 'Drs. HM Juaini Taofik', acting: true, institution: 'Pemkab Lombok Timur', mentions: 4 });
    expect(j!.spans.map((s) => s.text)).toEqual([
      'Penjabat Bupati Lombok Timur, Drs. HM Juaini Taofik',
      'Juaini Taofik',
      'Pj Bupati H.M.Juaini Taofik',
      'H.M.Juaini',
    ]);
    for (const s of j!.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(j!.id).toBe(officialKey('Juaini Taofik', 'bupati', '52.03'));
  });

  it('seed 003: the headline title goes to the recurring speaker Ilham', () => {
    const [ilham] = run(fixture('seed-003.clean.txt'));
    expect(ilham).toMatchObject({ name: 'Ilham', acting: true, rule: 'headline-title', institution: 'Pemkab Lombok Barat' });
    expect(ilham!.spans.filter((s) => s.rule === 'recurring-speaker')).toHaveLength(10);
  });

  it('cross-article ids agree for the samePerson pairs', () => {
    const a = run(fixture('seed-000.clean.txt'), { place: 'LOTIM' });
    const b = run(fixture('seed-001.clean.txt'));
    expect(a.map((o) => o.id).sort()).toEqual(b.map((o) => o.id).sort());
  });
});

describe('extractOfficials: news fixtures (fixtures/officials/news, news2, news3)', () => {
  const byName = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
  it.each(newsCases(['news', 'news2', 'news3']))('%s', (file, e) => {
    const text = fixture(file);
    const offs = run(text, { place: e.place });
    expect(offs.map((o) => [o.name, o.role, o.acting, o.region?.code ?? null]).sort(byName)).toEqual(
      e.officials.map(([name, , role, acting, region]) => [name, role, acting, region]).sort(byName),
    );
    for (const [name, titleHas] of e.officials) expect(offs.find((o) => o.name === name)?.title?.toLowerCase()).toContain(titleHas);
    for (const o of offs) for (const s of o.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('extractOfficials: patterns', () => {
  it.each<[string, Array<Array<string | boolean | null>>]>([
    ['Pj Gubernur NTB, Hassanudin hadir.', [['Hassanudin', 'Pj Gubernur NTB', 'gubernur', true, 'Pemprov NTB', '52']]],
    ['Wali Kota Mataram H. Mohan Roliskana meminta ASN netral.', [['Mohan Roliskana', 'Wali Kota Mataram', 'walikota', false, 'Pemkot Mataram', '52.71']]],
    ["Walikota Bima, Hj. Sa'adah Mahfud, hadir.", [["Sa'adah Mahfud", 'Walikota Bima', 'walikota', false, 'Pemkot Bima', '52.72']]],
    ['Wakil Bupati Lombok Tengah Nursiah mengatakan itu.', [['Nursiah', 'Wakil Bupati Lombok Tengah', 'wakil bupati', false, 'Pemkab Lombok Tengah', '52.02']]],
    ['Wakil Wali Kota Bima Feri Sofiyan hadir.', [['Feri Sofiyan', 'Wakil Wali Kota Bima', 'wakil walikota', false, 'Pemkot Bima', '52.72']]],
    ['Camat Selong, Ahmad Subhan, hadir di Lombok Timur.', [['Ahmad Subhan', 'Camat Selong', 'camat', false, 'Kecamatan Selong', '52.03.07']]],
    ['Camat Selong Ahmad Subhan hadir di Lombok Timur.', [['Ahmad Subhan', 'Camat Selong', 'camat', false, 'Kecamatan Selong', '52.03.07']]],
    ['Kepala Desa Pringgasela Selatan, Muhammad Zaini, hadir di Lombok Timur.', [['Muhammad Zaini', 'Kepala Desa Pringgasela Selatan', 'kepala desa', false, 'Desa Pringgasela Selatan', '52.03.12.2007']]],
    ['Lurah Pancor Lalu Budi hadir di Kabupaten Lombok Timur.', [['Lalu Budi', 'Lurah Pancor', 'lurah', false, 'Kelurahan Pancor', '52.03.07.1001']]],
    ['Plt Kepala BKPSDM Lombok Timur, Muhammad Hairi, mengatakan itu.', [['Muhammad Hairi', 'Plt Kepala BKPSDM Lombok Timur', 'kepala badan', true, 'BKPSDM Lombok Timur', '52.03']]],
    ['Kapolres Lombok Timur AKBP Hery Indra Cahyono memimpin apel.', [['Hery Indra Cahyono', 'Kapolres Lombok Timur', 'kapolres', false, 'Polres Lombok Timur', '52.03']]],
    ["Wakil Presiden Ma'ruf Amin meminta ASN netral.", [["Ma'ruf Amin", 'Wakil Presiden', 'wakil presiden', false, 'Republik Indonesia', null]]],
    ['Kepala Dinas Kominfo Lombok Barat Agus F. Hidayat menjelaskan.', [['Agus F. Hidayat', 'Kepala Dinas Kominfo Lombok Barat', 'kepala dinas', false, 'Dinas Kominfo Lombok Barat', '52.01']]],
    ['Hal itu disampaikan Budi Santoso, Kepala Dinas Kominfo Kabupaten Bima, Senin.', [['Budi Santoso', 'Kepala Dinas Kominfo Kabupaten Bima', 'kepala dinas', false, 'Dinas Kominfo Bima', '52.06']]],
    ['Menurut Rina Wati selaku Kepala BKD Kota Bima, ASN harus netral.', [['Rina Wati', 'Kepala BKD Kota Bima', 'kepala badan', false, 'BKD Bima', '52.72']]],
    ['Ketua KASN Agus Pramusinto mengingatkan ASN.', [['Agus Pramusinto', 'Ketua KASN', 'ketua kasn', false, 'KASN', null]]],
    ['Kepala BKN Zudan Arif Fakrulloh hadir.', [['Zudan Arif Fakrulloh', 'Kepala BKN', 'kepala bkn', false, 'BKN', null]]],
    ['Ketua Bawaslu RI Rahmat Bagja membuka acara.', [['Rahmat Bagja', 'Ketua Bawaslu RI', 'ketua bawaslu', false, 'Bawaslu RI', null]]],
    ['Ketua KPU Kota Mataram Yuyun Wahyuni hadir.', [['Yuyun Wahyuni', 'Ketua KPU Kota Mataram', 'ketua kpu', false, 'KPU Mataram', '52.71']]],
    ['Sugito menegaskan, kata Penjabat Gubernur Kepulauan Bangka Belitung Sugito.', [['Sugito', 'Penjabat Gubernur Kepulauan Bangka Belitung', 'gubernur', true, 'Pemprov Kepulauan Bangka Belitung', '19']]],
    ['Pj Bupati Lotim, Drs. H. Juaini Taofik, M.Si, hadir.', [['Juaini Taofik', 'Pj Bupati Lotim', 'bupati', true, 'Pemkab Lombok Timur', '52.03']]],
    // acting prefixes written out or with their abbreviation in parentheses
    ['Penjabat (Pj) Wali Kota Balikpapan Muhaimin hadir.', [['Muhaimin', 'Penjabat (Pj) Wali Kota Balikpapan', 'walikota', true, 'Pemkot Balikpapan', '64.71']]],
    ['Pelaksana Tugas (Plt) Kepala BKD NTB, Tsaqiful Fikri, hadir.', [['Tsaqiful Fikri', 'Pelaksana Tugas (Plt) Kepala BKD NTB', 'kepala badan', true, 'BKD NTB', '52']]],
    // an abbreviation in parentheses after the title or the region
    ['Sekretaris Daerah (Sekda) Provinsi NTB, Drs. H. Lalu Gita Ariadi, M.Si. hadir.', [['Lalu Gita Ariadi', 'Sekretaris Daerah (Sekda) Provinsi NTB', 'sekda', false, 'Pemprov NTB', '52']]],
    ['Penjabat Gubernur Nusa Tenggara Timur (NTT), Andriko Noto Susanto, hadir.', [['Andriko Noto Susanto', 'Penjabat Gubernur Nusa Tenggara Timur (NTT)', 'gubernur', true, 'Pemprov Nusa Tenggara Timur', '53']]],
    ['Kepala Kejaksaan Negeri (Kajari) Kota Serang, Freddy D. Simandjuntak, hadir.', [['Freddy D. Simandjuntak', 'Kepala Kejaksaan Negeri (Kajari) Kota Serang', 'kajari', false, 'Kejari Serang', '36.73']]],
    // capitals in a lead, trailing initials, abbreviated given names, Balinese `I`, regnal numbers
    ['MATARAM – Sekda NTB H. LALU GITA ARIADI menegaskan hal itu.', [['Lalu Gita Ariadi', 'Sekda NTB', 'sekda', false, 'Pemprov NTB', '52']]],
    ['Pj Gubernur Aceh Safrizal ZA menginstruksikan bupati.', [['Safrizal ZA', 'Pj Gubernur Aceh', 'gubernur', true, 'Pemprov Aceh', '11']]],
    ['Wakil Bupati Bima Dahlan M Noer meminta camat melapor.', [['Dahlan M Noer', 'Wakil Bupati Bima', 'wakil bupati', false, 'Pemkab Bima', '52.06']]],
    ['Wali Kota Makassar Moh. Ramdhan Pomanto hadir.', [['Moh. Ramdhan Pomanto', 'Wali Kota Makassar', 'walikota', false, 'Pemkot Makassar', '73.71']]],
    ['Wali Kota Denpasar I Gusti Ngurah Jaya Negara meminta camat memantau.', [['I Gusti Ngurah Jaya Negara', 'Wali Kota Denpasar', 'walikota', false, 'Pemkot Denpasar', '51.71']]],
    ['Gubernur DIY Sri Sultan Hamengku Buwono X meminta ASN netral.', [['Hamengku Buwono X', 'Gubernur DIY', 'gubernur', false, 'Pemprov DIY', '34']]],
    ['Kepala BKPSDM Maros, A. Rahman Mappiasse, hadir.', [['A. Rahman Mappiasse', 'Kepala BKPSDM Maros', 'kepala badan', false, 'BKPSDM Maros', '73.09']]],
    // (an assistant's institution is the body its unit names, the Setda: officials8, after officials5's gold)
    ['Asisten I Setda KSB, Dr. Ir. H. Suhaili FT, S.H., M.H., hadir.', [['Suhaili FT', 'Asisten I Setda KSB', 'asisten', false, 'Setda KSB', '52.07']]],
    // risky region names after a title, unit numbers, posts with a field
    ['Kapolres Bone AKBP Erwin Syah hadir.', [['Erwin Syah', 'Kapolres Bone', 'kapolres', false, 'Polres Bone', '73.08']]],
    ['Dandim 0905/Balikpapan Kolonel Inf Dwi Agung Prihanto hadir.', [['Dwi Agung Prihanto', 'Dandim 0905/Balikpapan', 'dandim', false, 'Kodim Balikpapan', '64.71']]],
    ['Asisten I Setda NTB Bidang Pemerintahan dan Kesra, H. Fathul Gani, hadir.', [['Fathul Gani', 'Asisten I Setda NTB Bidang Pemerintahan dan Kesra', 'asisten', false, 'Setda NTB', '52']]],
    ['Koordinator Divisi Penanganan Pelanggaran Bawaslu Provinsi NTB, Umar Achmad Seth, hadir.', [['Umar Achmad Seth', 'Koordinator Divisi Penanganan Pelanggaran Bawaslu Provinsi NTB', 'anggota bawaslu', false, 'Bawaslu NTB', '52']]],
    ['Anggota Bawaslu Kota Malang Divisi Penanganan Pelanggaran, Hamdan Akbar Safara, hadir.', [['Hamdan Akbar Safara', 'Anggota Bawaslu Kota Malang Divisi Penanganan Pelanggaran', 'anggota bawaslu', false, 'Bawaslu Malang', '35.73']]],
    ['Ketua Panwaslih Aceh Besar, Teuku Zulkifli, hadir.', [['Teuku Zulkifli', 'Ketua Panwaslih Aceh Besar', 'ketua panwaslih', false, 'Panwaslih Aceh Besar', '11.06']]],
    ['Deputi Bidang Pengawasan Penerapan Sistem Merit KASN, Sumardi, hadir.', [['Sumardi', 'Deputi Bidang Pengawasan Penerapan Sistem Merit KASN', 'deputi', false, 'KASN', null]]],
    ['Direktur Jenderal Otonomi Daerah Kemendagri Akmal Malik hadir.', [['Akmal Malik', 'Direktur Jenderal Otonomi Daerah Kemendagri', 'dirjen', false, 'Kemendagri', null]]],
    ['Wakil Menteri Dalam Negeri (Wamendagri) Bima Arya Sugiarto hadir.', [['Bima Arya Sugiarto', 'Wakil Menteri Dalam Negeri (Wamendagri)', 'wamendagri', false, 'Kemendagri', null]]],
    ['Perbekel Dalung, Dewa Made Sudarsana, hadir di Badung.', [['Dewa Made Sudarsana', 'Perbekel Dalung', 'kepala desa', false, 'Desa Dalung', '51.03.06.2006']]],
    // the name before the title
    ['Rapat diikuti Sugito (Pj Gubernur Babel) secara daring.', [['Sugito', 'Pj Gubernur Babel', 'gubernur', true, 'Pemprov Kepulauan Bangka Belitung', '19']]],
    ['Rapat dipimpin Amar Nurmansyah yang juga Pj Bupati Sumbawa Barat.', [['Amar Nurmansyah', 'Pj Bupati Sumbawa Barat', 'bupati', true, 'Pemkab Sumbawa Barat', '52.07']]],
    ['Iwan Darmawan selaku Ketua Bawaslu Sumbawa Barat menyebut satu laporan.', [['Iwan Darmawan', 'Ketua Bawaslu Sumbawa Barat', 'ketua bawaslu', false, 'Bawaslu Sumbawa Barat', '52.07']]],
    ['Bupati Lombok Tengah, H. Lalu Pathul Bahri, hadir.', [['Lalu Pathul Bahri', 'Bupati Lombok Tengah', 'bupati', false, 'Pemkab Lombok Tengah', '52.02']]],
    // units with commas, written-out agencies, ranks with `(Purn)`, ministries written out
    ['Kepala Dinas Komunikasi, Informatika dan Statistik (Diskominfotik) NTB, Najamuddin Amy, hadir.', [['Najamuddin Amy', 'Kepala Dinas Komunikasi, Informatika dan Statistik (Diskominfotik) NTB', 'kepala dinas', false, 'Dinas Komunikasi, Informatika dan Statistik NTB', '52']]],
    ['Kepala Satuan Polisi Pamong Praja (Satpol PP) Lotim, Ahmad Yani, hadir.', [['Ahmad Yani', 'Kepala Satuan Polisi Pamong Praja (Satpol PP) Lotim', 'kepala satpol pp', false, 'Satpol PP Lombok Timur', '52.03']]],
    ['Penjabat Gubernur Jawa Tengah Komjen Pol (Purn) Nana Sudjana hadir.', [['Nana Sudjana', 'Penjabat Gubernur Jawa Tengah', 'gubernur', true, 'Pemprov Jawa Tengah', '33']]],
    ['Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB) Abdullah Azwar Anas hadir.', [['Abdullah Azwar Anas', 'Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB)', 'menpan-rb', false, 'KemenPAN-RB', null]]],
    ['Bupati Buton Utara La Ode Ida hadir.', [['La Ode Ida', 'Bupati Buton Utara', 'bupati', false, 'Pemkab Buton Utara', '74.10']]],
    // a deputy right after the head shares the head's region
    ['Bupati Lombok Timur H. Sukiman Azmy dan Wakil Bupati H. Rumaksi SJ hadir.', [['Sukiman Azmy', 'Bupati Lombok Timur', 'bupati', false, 'Pemkab Lombok Timur', '52.03'], ['Rumaksi SJ', 'Wakil Bupati', 'wakil bupati', false, 'Pemkab Lombok Timur', '52.03']]],
  ])('%j', (text, want) => {
    expect(run(text, { title: null }).map(brief)).toEqual(want);
  });

  it.each([
    // organisations, streets, programmes, titles without a name, headline fragments
    'Pemkab Lombok Barat dan Badan Pengawas Pemilu menggelar acara.',
    'Acara itu di Jalan Bupati Lombok nomor 3.',
    'Program Bupati Peduli Desa berjalan baik.',
    'Hal itu ditegaskan Bupati dalam acara. Kata Gubernur, ASN wajib netral.',
    'Pj Sekda Lombok Timur, mencatat pentingnya komitmen.',
    'tegas Sekda, sesuai dengan aturan.',
    'Kalteng Pos memberitakan Gubernur Kalteng hadir di Kantor Bupati Kotim pada Senin.',
    'Dalam deklarasi yang dihadiri komisioner Bawaslu Lotim dan 254 kepala desa se Lotim.',
    'Rachmat Hidayat imbau masyarakat waspada. Dwi Aryani memilih untuk masa depan.',
    // organisations and titles without a name
    'Badan Kepegawaian Negara dan Komisi ASN menerima laporan dari Pemkab Sumbawa.',
    'Saat dikonfirmasi, Bupati Sumbawa Barat belum memberi keterangan.',
    'Pj gubernur, Pj bupati dan Pj wali kota harus netral.',
    // places and programmes named after a title
    'Pertemuan digelar di Gedung Negara Grahadi, Jalan Gubernur Suryo, Surabaya.',
    'Apel digelar di Pendopo Bupati Lombok Tengah dan Kantor Wali Kota Mataram.',
    'Program Bupati Menyapa dan Program Wali Kota Menyapa Warga ditunda.',
    // capitalised common words, weekdays, months, acronyms after a title
    'Bupati Lombok Timur Juga menghadiri acara itu.',
    'Gubernur NTB Senin lalu hadir. Bupati Bima Agustus nanti cuti.',
    'Kepala BKN ASN diminta hadir. Ketua Bawaslu PPPK juga. Wali Kota Mataram Pilkada 2024.',
    // shouted headlines and leads
    'GUBERNUR NTB AJAK WARGA JAGA NETRALITAS\n\nGubernur mengajak warga menjaga netralitas dan jaga kondusivitas.',
    'BUPATI LOTIM MINTA ASN NETRAL',
    // a list of titles is not a title and a name
    'SKB itu ditandatangani MenPAN-RB, Mendagri, Kepala BKN, Ketua KASN dan Ketua Bawaslu.',
  ])('no official in %j', (text) => {
    expect(run(text, { title: null })).toEqual([]);
  });

  // Precision traps from end-to-end runs on unseen news (see fixtures/officials/news3).
  it.each([
    // a territorial title followed by its own jurisdiction: "the camat of Sambelia", not a person
    'Camat Sambelia mengimbau seluruh kepala desa di wilayahnya.',
    'Sementara itu, Camat Praya hadir.',
    'Lurah Dasan Agung mengatakan hal itu di Mataram.',
    'Kades Sembalun Bumbung dan Kades Sajang hadir di Lombok Timur. Kades Sembalun juga hadir.',
    'Namun, Kepala Desa Mertak membantah di Lombok Tengah.',
    'Selanjutnya, Kapolsek Gerung hadir.',
    'Lurah Brang Biji menambahkan hal itu di Kabupaten Sumbawa.',
    // -nya words and connectives before a title are never names
    'Menurutnya, kepala desa harus menjadi teladan.',
    'Pasalnya, camat wajib melapor.',
    'Intinya, bupati hadir.',
    'Oleh karena itu, Camat wajib hadir. Hanya, Kades belum datang.',
    // a lower-case title without a complement after a name is generic (`Zulkifli, lurah yang …`)
    'Menurut Zulkifli, lurah yang memihak akan dilaporkan.',
    // plural and generic titles
    'Rapat dihadiri para camat dan seluruh kepala desa Sukamaju.',
    'Deklarasi diikuti 119 kepala desa dan sejumlah Lurah Pancor Baru.',
    // places and buildings before a title are not names
    'Acara digelar di Hotel Lombok Raya, Gubernur NTB hadir.',
    'Apel di Lapangan Bumi Gora, Sekda NTB membacakan ikrar.',
    'Doa bersama di Masjid Hubbul Wathan, Wali Kota Mataram hadir.',
    // an institution or a weekday after the title
    'Kepala BKPSDM Lombok Tengah menyampaikan, ASN wajib netral.',
    'Bupati Lombok Timur Selasa (5/11) menghadiri apel.',
    'Kajari Lombok Timur Selasa (5/11) lalu menerbitkan surat edaran.',
    // a name that is a regency or province name is the title's region
    'Bupati Bone mengatakan ASN netral. Wali Kota Bima menegaskan hal sama.',
    // a sentence adverbial before `, Title` is not a name (nothing else in the text calls it a person)
    'Terpisah, Kepala BKD NTB menjelaskan sanksi. Dikonfirmasi, Bupati Lombok Timur membenarkan.',
    'MATARAM – Senada, Ketua Bawaslu NTB menegaskan hal itu.',
    'Surat itu diteken Bupati Lombok Timur Nomor 5 Tahun 2024 tentang netralitas.',
    // a title after a document word names nobody unless a name follows (`Keputusan Presiden Nomor 12`)
    'Keputusan Presiden Nomor 12 Tahun 2024 mengatur cuti kampanye.',
    // a generic post without its institution is no title; a "name" made of title words is no name
    'Ketua Panitia Budi Santoso membuka acara.',
    'Menteri Pertahanan Amerika Serikat tiba di Jakarta.',
    // the name before a title never reaches into the previous title (its place or its name)
    'Hadir pula Camat Selong, Camat Sakra dan Camat Terara.',
    'Warga Sembalun, Kades Sembalun hadir di Lombok Timur.',
  ])('precision: no official in %j', (text) => {
    expect(run(text, { title: null }).map(brief)).toEqual([]);
  });

  // Issue 22: a candidate, a former holder or an elected-but-not-sworn-in holder is kept and marked.
  it.each<[string, Array<[string, string, string | undefined]>]>([
    [
      'Calon Bupati Lombok Timur Haerul Warisin berkampanye di Sakra. Pasangan calon Gubernur NTB Lalu Iqbal hadir.',
      [['Haerul Warisin', 'bupati', 'calon'], ['Lalu Iqbal', 'gubernur', 'calon']],
    ],
    ['Mantan Bupati Lombok Timur Ali Bin Dachlan hadir. Dua kepala desa Sukamaju dilaporkan.', [['Ali Bin Dachlan', 'bupati', 'mantan']]],
    ['Wali Kota terpilih Kendari, Samsul Bahri, berjanji tidak mencopot pejabat.', [['Samsul Bahri', 'walikota', 'terpilih']]],
    ['Presiden terpilih Joko Widodo bertemu Presiden SBY.', [['Joko Widodo', 'presiden', 'terpilih'], ['SBY', 'presiden', undefined]]],
    // the sitting holder wins when the same person is also called a candidate (an incumbent running again)
    ['Bupati Lotim Haerul Warisin hadir. Calon Bupati Lotim Haerul Warisin berjanji netral.', [['Haerul Warisin', 'bupati', undefined]]],
  ])('modifier: %j', (text, want) => {
    expect(run(text, { title: null }).map((o) => [o.name, o.role, o.modifier])).toEqual(want);
  });

  // Issue 22: the title grammar: head, portfolio, country, party and organ, institution spelled out, acting prefix.
  it.each<[string, Array<[string, string, string, boolean]>]>([
    ['Menteri Luar Negeri Jepang Hiroshi Tanabe tiba.', [['Hiroshi Tanabe', 'Menteri Luar Negeri Jepang', 'menteri', false]]],
    ['Perdana Menteri Israel Benjamin Netanyahu menolak.', [['Benjamin Netanyahu', 'Perdana Menteri Israel', 'perdana menteri', false]]],
    ['Duta Besar Jepang untuk Indonesia Kenji Morimoto hadir.', [['Kenji Morimoto', 'Duta Besar Jepang untuk Indonesia', 'duta besar', false]]],
    ['Plt Sekjen Partai Demokrat Yusran Hadiwijaya hadir.', [['Yusran Hadiwijaya', 'Plt Sekjen Partai Demokrat', 'sekjen partai', true]]],
    ['Ketua DPW PKB Jateng Fauzan Amrullah hadir.', [['Fauzan Amrullah', 'Ketua DPW PKB Jateng', 'ketua partai', false]]],
    ['Ketua Fraksi PKS DPR Rahmat Sudirja hadir.', [['Rahmat Sudirja', 'Ketua Fraksi PKS DPR', 'ketua partai', false]]],
    ['Ketua Dewan Pakar Partai Golkar Agung Laksono hadir.', [['Agung Laksono', 'Ketua Dewan Pakar Partai Golkar', 'ketua partai', false]]],
    ['Menko Polhukam Bambang Sutrisno dan Menkumham Yuliana Pertiwi hadir.', [['Bambang Sutrisno', 'Menko Polhukam', 'menko polhukam', false], ['Yuliana Pertiwi', 'Menkumham', 'menkumham', false]]],
    ['Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan (Menko PMK) Ratih Handayani hadir.', [['Ratih Handayani', 'Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan (Menko PMK)', 'menko pmk', false]]],
    ['Panglima TNI Jenderal TNI Agus Santosa hadir.', [['Agus Santosa', 'Panglima TNI', 'panglima tni', false]]],
    ['Sekretaris Kabinet Gilang Ramadhan dan Jaksa Agung Sutanto Wiryawan hadir.', [['Gilang Ramadhan', 'Sekretaris Kabinet', 'seskab', false], ['Sutanto Wiryawan', 'Jaksa Agung', 'jaksa agung', false]]],
    ['Ketua Komisi Aparatur Sipil Negara (KASN) Agus Pramono dan Wakil Ketua KASN, Tasrif Hidayat, hadir.', [['Agus Pramono', 'Ketua Komisi Aparatur Sipil Negara (KASN)', 'ketua kasn', false], ['Tasrif Hidayat', 'Wakil Ketua KASN', 'wakil ketua kasn', false]]],
    ['Ketua Mahkamah Agung (MA) Hendra Gunawan dan Ketua Komnas HAM Maria Fransiska hadir.', [['Hendra Gunawan', 'Ketua Mahkamah Agung (MA)', 'ketua ma', false], ['Maria Fransiska', 'Ketua Komnas HAM', 'ketua komnas ham', false]]],
    ['Sekdakab Bojonegoro Nurul Hidayah dan Pjs Bupati Bojonegoro Adi Prasetyo hadir.', [['Nurul Hidayah', 'Sekdakab Bojonegoro', 'sekda', false], ['Adi Prasetyo', 'Pjs Bupati Bojonegoro', 'bupati', true]]],
    ['Plh Kepala Biro Hukum Setda Provinsi Jambi, Desi Marlina, hadir.', [['Desi Marlina', 'Plh Kepala Biro Hukum Setda Provinsi Jambi', 'kepala biro', true]]],
    ['Komandan Kodim 0602/Serang Letkol Inf Rudi Setiawan hadir.', [['Rudi Setiawan', 'Komandan Kodim 0602/Serang', 'dandim', false]]],
    ['Menurut dia, keputusan Presiden Jokowi itu tepat.', [['Jokowi', 'Presiden', 'presiden', false]]],
    // a long division title is kept whole; a second post in apposition does not hide the name
    ['Anggota Bawaslu Kabupaten Sumbawa Divisi Penanganan Pelanggaran dan Data Informasi, Nurul Aini, hadir.', [['Nurul Aini', 'Anggota Bawaslu Kabupaten Sumbawa Divisi Penanganan Pelanggaran dan Data Informasi', 'anggota bawaslu', false]]],
    ['Kepala Dinas Kominfo NTB yang juga Ketua Tim Pemantau Netralitas, Ahmad Yusri, hadir.', [['Ahmad Yusri', 'Kepala Dinas Kominfo NTB', 'kepala dinas', false]]],
    // a one-word name after the second post, closed by its apposition comma; never a bare capitalised word
    ['Anggota Bawaslu NTB sekaligus Koordinator Divisi Hukum dan Penyelesaian Sengketa, Suhardi, mengatakan pihaknya mengawasi.', [['Suhardi', 'Anggota Bawaslu NTB', 'anggota bawaslu', false]]],
    ['Anggota Bawaslu NTB sekaligus Koordinator Divisi Hukum, Namun tidak hadir.', []],
    // an acting prefix qualified by `Sementara` is acting, with its abbreviation
    ['Penjabat Sementara (Pjs) Bupati Lombok Timur, Ahmad Fauzi, meminta ASN netral.', [['Ahmad Fauzi', 'Penjabat Sementara (Pjs) Bupati Lombok Timur', 'bupati', true]]],
    // name particles stay in the name
    ['Penjabat Bupati Pidie Teuku Muhammad Nasir bin Abdullah dan Ketua Panwaslih Pidie, Ahmad al-Habsyi, hadir.', [['Teuku Muhammad Nasir bin Abdullah', 'Penjabat Bupati Pidie', 'bupati', true], ['Ahmad al-Habsyi', 'Ketua Panwaslih Pidie', 'ketua panwaslih', false]]],
    // an acronym in parentheses after a run is an institution, unless it is the person's initials
    ['Ketua Umum Pengurus Besar Nahdlatul Ulama (PBNU) Said Agil hadir.', [['Said Agil', 'Ketua Umum Pengurus Besar Nahdlatul Ulama (PBNU)', 'ketua umum', false]]],
    ['Presiden Susilo Bambang Yudhoyono (SBY) hadir.', [['Susilo Bambang Yudhoyono', 'Presiden', 'presiden', false]]],
  ])('grammar: %j', (text, want) => {
    expect(run(text, { title: null }).map((o) => [o.name, o.title, o.role, o.acting])).toEqual(want);
  });

  it.each<[string, Array<Array<string | boolean | null>>]>([
    ['Camat Sambelia Lalu Ahmad mengimbau kepala desa.', [['Lalu Ahmad', 'Camat Sambelia', 'camat', false, 'Kecamatan Sambelia', '52.03.10']]],
    ['Kades Sembalun Bumbung, Purnawan Hadi, hadir di Lombok Timur.', [['Purnawan Hadi', 'Kades Sembalun Bumbung', 'kepala desa', false, 'Desa Sembalun Bumbung', '52.03.15.2001']]],
    ['Lurah Paruga Siti Hadijah hadir di Kota Bima.', [['Siti Hadijah', 'Lurah Paruga', 'lurah', false, 'Kelurahan Paruga', '52.72.01.1001']]],
    ['Wakil Bupati Lombok Tengah H. Muhammad Rusli, didampingi Sekda Lombok Tengah Lalu Hendra Wirawan, hadir.', [
      ['Muhammad Rusli', 'Wakil Bupati Lombok Tengah', 'wakil bupati', false, 'Pemkab Lombok Tengah', '52.02'],
      ['Lalu Hendra Wirawan', 'Sekda Lombok Tengah', 'sekda', false, 'Pemkab Lombok Tengah', '52.02'],
    ]],
    ['Ketua Bawaslu Kota Bima, Atina, mengapresiasi langkah itu.', [['Atina', 'Ketua Bawaslu Kota Bima', 'ketua bawaslu', false, 'Bawaslu Bima', '52.72']]],
    ['Bupati Lombok Timur Sukiman, Camat Aikmel Lalu Hasan hadir.', [
      ['Sukiman', 'Bupati Lombok Timur', 'bupati', false, 'Pemkab Lombok Timur', '52.03'],
      ['Lalu Hasan', 'Camat Aikmel', 'camat', false, 'Kecamatan Aikmel', '52.03.09'],
    ]],
    // a single name at a sentence start before `, Title` stands when the text names the person elsewhere (`periode lalu`
    // marks a former holder and stays in the title as written, like `terpilih`: officials17)
    ['Zulkieflimansyah, Gubernur NTB periode lalu, hadir. Menurut Zulkieflimansyah, ASN harus netral.', [['Zulkieflimansyah', 'Gubernur NTB periode lalu', 'gubernur', false, 'Pemprov NTB', '52']]],
    ['Budi Santoso, kepala dinas kominfo Lombok Timur, hadir.', [['Budi Santoso', 'kepala dinas kominfo Lombok Timur', 'kepala dinas', false, 'Dinas kominfo Lombok Timur', '52.03']]],
  ])('precision: keeps %j', (text, want) => {
    expect(run(text, { title: null }).map(brief)).toEqual(want);
  });

  it('a headline fragment after a title is not a name', () => {
    const text = 'Instruksi Bupati Lombok Barat Jaga Netralitas ASN\n\nASN diminta netral selama pilkada.';
    expect(run(text)).toEqual([]);
  });

  it('merges H.M.Juaini / HM Juaini Taofik / Juaini Taofik and inherits the region', () => {
    const text =
      'Pj Bupati H.M.Juaini Taofik hadir. Penjabat Bupati Lombok Timur, HM Juaini Taofik, berbicara. "Netral," tegas Juaini Taofik. H.M.Juaini juga hadir.';
    const offs = run(text, { title: null });
    expect(offs).toHaveLength(1);
    expect(offs[0]).toMatchObject({ name: 'Juaini Taofik', region: { code: '52.03', name: 'Kabupaten Lombok Timur' }, mentions: 4 });
  });

  it('two bupati of different regions stay two officials with different ids', () => {
    const offs = run('Bupati Lombok Barat Ahmad Yani dan Bupati Lombok Tengah Ahmad Sukri hadir.', { title: null });
    expect(offs.map((o) => [o.name, o.region?.code])).toEqual([
      ['Ahmad Yani', '52.01'],
      ['Ahmad Sukri', '52.02'],
    ]);
    expect(offs[0]!.id).not.toBe(offs[1]!.id);
  });

  it('fixture forms.txt', () => {
    const offs = run(fixture('forms.txt'), { title: null });
    expect(offs.map((o) => `${o.name}|${o.role}|${o.mentions}`)).toEqual([
      'Mohan Roliskana|walikota|1',
      "Sa'adah Mahfud|walikota|1",
      'Nursiah|wakil bupati|1',
      'Ahmad Subhan|camat|1',
      'Muhammad Zaini|kepala desa|1',
      'Muhammad Hairi|kepala badan|1',
      'Hery Indra Cahyono|kapolres|1',
      'Budi Santoso|kepala dinas|2',
    ]);
  });

  it('is fast on pathological input', () => {
    const t0 = performance.now();
    run(' '.repeat(200_000));
    run('Bupati '.repeat(50_000));
    run('Pj Bupati Lombok Timur, '.repeat(10_000));
    run('Ilham Ilham '.repeat(30_000));
    run('H. '.repeat(50_000));
    expect(performance.now() - t0).toBeLessThan(budget(1000));
  });

  it('is fast on pathological input for jurisdictions, generic titles, places and adverbials', () => {
    // load the district and village tables first (once per process): the test is about scaling
    run('Camat Sambelia dan Kades Sembalun hadir.');
    const t0 = performance.now();
    run('Camat Sambelia '.repeat(12_000));
    run('Kades Sembalun Bumbung '.repeat(8_000));
    run('para camat '.repeat(20_000));
    run('Hotel Lombok Raya, Gubernur NTB '.repeat(6_000));
    run('Terpisah, Kepala BKD NTB '.repeat(8_000));
    run('Menurutnya, kepala desa '.repeat(8_000));
    run(`.${' '.repeat(200_000)}Budi, Bupati Bone`);
    expect(performance.now() - t0).toBeLessThan(budget(1500));
  });

  it('is fast on pathological input for divisions, parentheses, capitals and tails', () => {
    const t0 = performance.now();
    run('Koordinator Divisi '.repeat(20_000));
    run('Koordinator Divisi Hukum, Pencegahan, Partisipasi Masyarakat dan Hubungan Masyarakat '.repeat(3_000));
    run('Penjabat (Pj) (Pj) ('.repeat(20_000));
    run('Sekda NTB H. LALU GITA ARIADI '.repeat(8_000));
    run('Dandim 0905/'.repeat(20_000));
    run('Asisten I Setda NTB Bidang Pemerintahan dan '.repeat(5_000));
    run('I M X ZA '.repeat(30_000));
    expect(performance.now() - t0).toBeLessThan(budget(1500));
  });
});
