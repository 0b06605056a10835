// Paradigms for the kinds officials6 fixed (tuned on other people's text: check3, check4, lead-check, officials3/4/5,
// news4/6/7): each table crosses the kind with its natural variation, built from the lexicon's own classes, with
// negative rows. A rule that passes its paradigm is a rule about the language, not about one sentence.
//   1. qualifiers of a post between the title and the holder (POST_QUALIFIER_WORDS, POST_TERM_HEADS, elections,
//      constituencies) × title form × name shape × comma or not;
//   2. initials in capitals opening a name (`SF Harianto Syam`) × title × honorific or not; negatives: an acronym or
//      a region after a comma is no name;
//   3. a unit's field before a unit word or a body (`Kasubbag Publikasi Bagian Prokopim Setda Bantul, X`) × head ×
//      field × unit above × closing body × comma or not.
import { describe, expect, it } from 'vitest';
import { extractOfficials } from '../../src/extract/officials/index.js';
import { extractRegions } from '../../src/extract/regions/index.js';
import { CONSTITUENCY_HEADS, ELECTION_NAMES, POST_ELECTION_CONNECTIVES, POST_QUALIFIER_WORDS, POST_TERM_HEADS, UNIT_CLOSERS } from '../../src/lexicon/titles.js';
import { ctxOf, officialsOfBody } from './helpers.js';

interface Got {
  name: string;
  title: string;
  role: string;
  modifier: string | null;
  region: string | null;
  institution: string | null;
}
function run(body: string): Got[] {
  return officialsOfBody(body).map((o) => ({
    name: o.name,
    title: o.title ?? '',
    role: o.role ?? '',
    modifier: o.modifier ?? null,
    region: o.region?.code ?? null,
    institution: o.institution,
  }));
}

// Titles with their region, as news writes them, and what the tool must give: [title, role, region code].
const TITLES: Array<[string, string, string]> = [
  ['Bupati Lombok Timur', 'bupati', '52.03'],
  ['Wali Kota Pontianak', 'walikota', '61.71'],
  ['Gubernur Jambi', 'gubernur', '15'],
  ['Ketua DPRD Kutai Timur', 'ketua dprd', '64.08'],
  ['anggota DPRD Kabupaten Demak', 'anggota dprd', '33.21'],
  ['Kapolres Bima', 'kapolres', '52.06'],
];
// Names in their shapes: [as written, as extracted].
const NAMES: Array<[string, string]> = [
  ['Suhendra Gunawan', 'Suhendra Gunawan'],
  ['H. Ahmad Yani, S.Sos., M.Si.', 'Ahmad Yani'],
  ['Dr. Hj. Siti Aminah', 'Siti Aminah'],
  ['SF Harianto Syam', 'SF Harianto Syam'],
];
// One qualifier of each class, from the lexicon's lists (the first two of each).
const QUALIFIERS: string[] = [
  ...POST_QUALIFIER_WORDS.slice(0, 4),
  ...POST_TERM_HEADS.slice(0, 3).map((h) => `${h} 2019-2024`),
  ...POST_ELECTION_CONNECTIVES.flatMap((c) => ELECTION_NAMES.slice(0, 2).map((e) => `${c} ${e} 2020`)),
  ...CONSTITUENCY_HEADS.map((h) => `${h} Jawa Tengah II`),
];

describe('paradigm: qualifiers of a post between title and holder', () => {
  const rows: Array<[string, string, string, string, string]> = [];
  for (const [title, role, code] of TITLES)
    for (const q of QUALIFIERS)
      for (const [written, name] of NAMES) rows.push([`${title} ${q}, ${written}, mengatakan ASN wajib netral.`, name, role, code, title]);
  it.each(rows)('%s', (s, name, role, code, title) => {
    const got = run(s);
    expect(got.map((o) => o.name)).toEqual([name]);
    expect(got[0]!.role).toBe(role);
    expect(got[0]!.region).toBe(code);
    expect(got[0]!.title.toLowerCase()).toContain(title.toLowerCase());
  });

  // without the comma only a qualifying word: `Bupati petahana Sukiman Azmy`
  it.each(POST_QUALIFIER_WORDS.filter((w) => !w.includes(' ')).map((w): [string] => [w]))('no comma: Bupati Lombok Timur %s <name>', (w) => {
    expect(run(`Bupati Lombok Timur ${w} Sukiman Azmy mengatakan ASN wajib netral.`).map((o) => o.name)).toEqual(['Sukiman Azmy']);
  });

  it('terpilih before a term stays the modifier; calon before the title too', () => {
    expect(run('Hadir anggota DPRD Kutai Timur terpilih periode 2024-2029, Faizal Rachman.').map((o) => [o.name, o.modifier])).toEqual([['Faizal Rachman', 'terpilih']]);
    expect(run('Calon Wali Kota Pontianak petahana, Suhendra Gunawan, mulai cuti.').map((o) => [o.name, o.modifier])).toEqual([['Suhendra Gunawan', 'calon']]);
  });

  it.each<[string, string]>([
    // a verb after the title: the clause goes on, its subject is someone else
    ['a verb, then a name', 'Bupati Lombok Timur mengatakan, Budi Santoso tidak hadir.'],
    // a constituency without its comma would swallow the name: nobody
    ['a constituency without a comma', 'Anggota DPRD Jawa Tengah dapil Jawa Tengah II Budi Santoso hadir.'],
    // a qualifier phrase with no name after it
    ['no name after the qualifier', 'Bupati Lombok Timur periode 2019-2024, yang kini menjabat lagi, hadir.'],
    // a plural title stays generic whatever qualifies it
    ['a plural title', 'Para kepala desa terpilih periode 2024-2029, Budi Santoso dan kawan-kawan, dilantik.'],
  ])('not: %s', (_, s) => expect(run(s).map((o) => o.name)).toEqual([]));
});

describe('paradigm: initials in capitals opening a name', () => {
  // (`HM` is an honorific, Haji Muhammad: dropped from the name, as `H.`; not an initial here)
  const INITIALS = ['SF', 'AA', 'AM', 'M', 'R'];
  const rows: Array<[string, string]> = [];
  for (const i of INITIALS)
    for (const title of ['Sekretaris Daerah Provinsi Riau', 'Kepala Dinas Kesehatan Kabupaten Bima', 'Ketua KPU Kota Bima'])
      for (const hon of ['', 'Drs. ', 'H. ']) rows.push([`${title}, ${hon}${i} Harianto Syam, hadir dalam rapat.`, `${i} Harianto Syam`]);
  it.each(rows)('%s', (s, name) => expect(run(s).map((o) => o.name)).toEqual([name]));

  it.each<[string, string]>([
    // an acronym of a body after the comma is no name's initials
    ['an acronym after the comma', 'Ketua KPU Kota Bima, KPU Provinsi NTB dan Bawaslu hadir.'],
    // capitals then a region
    ['capitals then a region', 'Sekretaris Daerah Provinsi Riau, SF Pekanbaru hadir.'],
    // more than three capitals is an acronym or a shouted word
    ['four capitals', 'Sekretaris Daerah Provinsi Riau, PWRI Harianto hadir.'],
  ])('not: %s', (_, s) => expect(run(s).map((o) => o.name)).toEqual([]));
});

describe("paradigm: a unit's field before a unit word or a body", () => {
  const HEADS: Array<[string, string]> = [
    ['Kasubbag', 'kepala subbagian'],
    ['Kepala Subbagian', 'kepala subbagian'],
    ['Kabag', 'kepala bagian'],
    ['Kabid', 'kepala bidang'],
    ['Kepala Bidang', 'kepala bidang'],
    ['Kepala Seksi', 'kepala seksi'],
  ];
  const FIELDS = ['Publikasi', 'Mutasi', 'Hukum', 'Layanan Publik', 'Data Informasi'];
  const ABOVE = ['', 'Bagian Prokopim ', 'Bidang Kepegawaian '];
  // the bodies closing a unit, from the lexicon (a secretariat or a government), and an agency acronym
  const BODIES = [...UNIT_CLOSERS.filter((w) => /^(?:setda|setwan|pemkab)$/u.test(w)).map((w) => w.charAt(0).toUpperCase() + w.slice(1)), 'BKPSDM'];
  const rows: Array<[string, string, string]> = [];
  for (const [head, role] of HEADS)
    for (const field of FIELDS)
      for (const above of ABOVE)
        for (const body of BODIES)
          for (const comma of [true, false])
            rows.push([`${head} ${field} ${above}${body} Bantul${comma ? ',' : ''} Rina Widyastuti${comma ? ',' : ''} mengingatkan ASN.`, role, `${head} ${field} ${above}${body} Bantul`]);
  it.each(rows)('%s', (s, role, title) => {
    const got = run(s);
    expect(got.map((o) => o.name)).toEqual(['Rina Widyastuti']);
    expect(got[0]!.role).toBe(role);
    expect(got[0]!.title).toBe(title);
    expect(got[0]!.region).toBe('34.02');
  });

  it.each<[string, string, string[]]>([
    // a second title after the unit: each holder keeps their own name
    ['two titles, the first named without a comma', 'Ia hadir bersama Kabag Hukum Setda Bantul Suparman dan Sekretaris BKPSDM Bantul, Agus Prasetyo.', ['Suparman', 'Agus Prasetyo']],
    // a person's name followed by a region word is still the name (region words are no unit words here)
    ['a name, then a region word', 'Kepala Bidang Mutasi BKPSDM Bantul Rina Widyastuti Kota Yogyakarta hadir.', ['Rina Widyastuti']],
    // `dan` between two people: no unit runs over them
    ['two people joined by dan', 'Kepala Dinas Pendidikan Budi Santoso dan Rina Wati, Kepala BKD, hadir.', ['Budi Santoso', 'Rina Wati']],
  ])('%s', (_, s, want) => expect(run(s).map((o) => o.name)).toEqual(want));

  it.each<[string, string]>([
    ['a unit with no holder', 'Kasubbag Publikasi Bagian Prokopim Setda Bantul mengingatkan ASN.'],
    ['a field, then the clause', 'Kabid Mutasi BKPSDM Bantul mengatakan berkas lengkap.'],
  ])('not: %s', (_, s) => expect(run(s).map((o) => o.name)).toEqual([]));
});

describe("paradigm: a rector's university by its short name", () => {
  const rows: Array<[string, string, boolean]> = [];
  for (const acting of ['', 'Plt ', 'Pj '])
    for (const head of ['Rektor', 'Wakil Rektor'])
      for (const uni of ['Untidar', 'Unhas', 'UGM', 'UIN'])
        for (const [sep, name] of [[', ', 'Sutrisno Widodo, '], [' ', 'Prof. Dr. Sutrisno Widodo, M.Pd., '], [', ', 'Dr. Sutrisno Widodo, ']])
          rows.push([`${acting}${head} ${uni}${sep}${name}menegaskan edaran itu berlaku.`, uni, acting !== '']);
  it.each(rows)('%s', (s, uni, acting) => {
    const ctx = ctxOf(`Judul Berita\n\n${s}`);
    const got = extractOfficials(ctx, extractRegions(ctx));
    expect(got.map((o) => [o.name, o.institution, o.acting])).toEqual([['Sutrisno Widodo', uni, acting]]);
  });
  it.each<[string, string]>([
    // a capitalised word with no comma, acronym or honorific after it is the name, and a bare post names no institution
    ['a name right after the post', 'Rektor Budi Santoso mengatakan kampus netral.'],
    ['the post and a comma', 'Rektor, Budi Santoso, mengatakan kampus netral.'],
    // the university and no holder
    ['no holder', 'Rektor Untidar mengatakan kampus netral.'],
    ['a plural post', 'Para rektor UGM, Unhas dan Untidar sepakat kampus netral.'],
  ])('not: %s', (_, s) => expect(run(s).map((o) => o.name)).toEqual([]));
});

describe("paradigm: a village's post, its place and its holder", () => {
  // village posts by their regional names (lexicon titles with a village complement)
  const POSTS = ['Kepala Desa', 'Kades', 'Plt Kades', 'Keuchik', 'Perbekel', 'Kepala Kampung', 'Lurah'];
  // [place as written, place in the title]: a place's unit word (PLACE_UNIT_WORDS) may come first; an unknown name of
  // two words
  const PLACES: Array<[string, string]> = [
    ['Narimbang Mulya', 'Narimbang Mulya'],
    ['Gampong Ujong Fatihah', 'Gampong Ujong Fatihah'],
    ['Desa Sukamaju Kidul', 'Desa Sukamaju Kidul'],
  ];
  // [holder as written, name, separator before it]
  const HOLDERS: Array<[string, string]> = [
    [', Suherman,', 'Suherman'],
    [', Tgk. Muhammad Yasin,', 'Muhammad Yasin'],
    [', H. Ahmad Yani, S.Sos.,', 'Ahmad Yani'],
    [' Baiq Nurhayati', 'Baiq Nurhayati'],
    [' Lalu Suhaimi', 'Lalu Suhaimi'],
    [', I Made Sudarsana,', 'I Made Sudarsana'],
  ];
  const rows: Array<[string, string, string]> = [];
  for (const post of POSTS) for (const [place, inTitle] of PLACES) for (const [h, name] of HOLDERS) rows.push([`${post} ${place}${h} mengaku sudah mencopot baliho.`, name, `${post} ${inTitle}`]);
  it.each(rows)('%s', (s, name, title) => {
    const got = run(s);
    expect(got.map((o) => o.name)).toEqual([name]);
    expect(got[0]!.title).toBe(title);
  });

  it.each<[string, string, string[]]>([
    // a list of village heads, each with a one-word village the gazetteer knows or not
    ['a list', 'Yakni Kades Batunyala Lalu Suhaimi, Kades Jonggat Baiq Nurhayati dan Kades Pengenjek Sahnan.', ['Lalu Suhaimi', 'Baiq Nurhayati', 'Sahnan']],
    // a person-opening word right after the post: no place, the name is the holder's
    ['no place', 'Kepala Desa Lalu Suhaimi mengaku sudah mencopot baliho.', ['Lalu Suhaimi']],
    // a kecamatan the gazetteer knows, then a rank: the place is the known name (`Gerung Iptu` is none)
    ['a known kecamatan, then a rank', 'Kapolsek Gerung Iptu Made Sukadana mengaku sudah mencopot baliho.', ['Made Sukadana']],
  ])('%s', (_, s, want) => expect(run(s).map((o) => o.name)).toEqual(want));

  it.each<[string, string]>([
    // a plural post names nobody, whatever follows its place
    ['a plural post', 'Para kepala desa Narimbang Mulya, Suherman dan Sahnan, hadir.'],
    // a street named after the post
    ['a street', 'Warga berkumpul di Jalan Kepala Desa Narimbang Mulya, Suherman hadir.'],
    // a place of one word and a comma, then a clause (the place is the whole run)
    ['a place, then the clause', 'Kades Narimbang, mengaku sudah mencopot baliho.'],
  ])('not: %s', (_, s) => expect(run(s).map((o) => o.name)).toEqual([]));
});

describe('paradigm: a regional post takes the region of its family named before it', () => {
  // [the source, as written, its region] × [a post of the family named without its region]
  const POLICE_SOURCES: Array<[string, string]> = [['Kapolres Madiun Kota AKBP Bagus Wicaksono', '35.77'], ['Kapolresta Pontianak Kombes Pol Adhe Hariadi', '61.71']];
  const POLICE_POSTS = ['Wakapolres Kompol Hendra Setiawan', 'Kasat Reskrim AKP Hendra Setiawan', 'Kasi Propam Ipda Hendra Setiawan', 'Kanit Tipikor Iptu Hendra Setiawan'];
  const CIVIL_SOURCES: Array<[string, string]> = [['Bupati Garut Rudy Gunawan', '32.05'], ['Pj Wali Kota Pontianak Edi Rusdi Kamtono', '61.71'], ['Gubernur Jambi Al Haris', '15']];
  const CIVIL_POSTS = ['Kepala Dinas Komunikasi dan Informatika Hj. Tety Sulastri', 'Sekda Tety Sulastri', 'Sekretaris Dinas Pendidikan, Tety Sulastri,', 'Kepala Bagian Hukum Tety Sulastri', 'Inspektur Tety Sulastri'];
  const rows: Array<[string, string, string]> = [];
  for (const [src, code] of POLICE_SOURCES) for (const post of POLICE_POSTS) rows.push([`${src} memimpin apel. Apel diikuti ${post} dan anggota lainnya.`, 'Hendra Setiawan', code]);
  for (const [src, code] of CIVIL_SOURCES) for (const post of CIVIL_POSTS) rows.push([`${src} memimpin rapat. Hadir pula ${post} yang memaparkan data.`, 'Tety Sulastri', code]);
  it.each(rows)('%s', (s, name, code) => {
    const o = run(s).find((x) => x.name === name);
    expect(o?.region).toBe(code);
  });

  it.each<[string, string, string]>([
    // a police post never takes a regional government's region, nor the other way round
    ['police after civil', 'Bupati Garut Rudy Gunawan membuka rapat. Wakapolres Kompol Hendra Setiawan hadir.', 'Hendra Setiawan'],
    ['civil after police', 'Kapolres Garut AKBP Rohman Yonky memimpin apel. Sekda Tety Sulastri hadir.', 'Tety Sulastri'],
    // a post of another body (an election body, a ministry) keeps no region
    ['an election body', 'Bupati Garut Rudy Gunawan membuka rapat. Kepala Bagian Penanganan Pelanggaran Bawaslu, Tety Sulastri, hadir.', 'Tety Sulastri'],
    ['a ministry', 'Bupati Garut Rudy Gunawan membuka rapat. Kepala Biro Hukum Kemendagri Tety Sulastri hadir.', 'Tety Sulastri'],
    // a regency's head never takes a province's region
    ['a level that does not fit', 'Gubernur Jambi Al Haris membuka rapat. Wakil Bupati Tety Sulastri hadir.', 'Tety Sulastri'],
    // named before the source: nothing to take yet
    ['named first', 'Sekda Tety Sulastri membuka rapat. Bupati Garut Rudy Gunawan hadir kemudian.', 'Tety Sulastri'],
  ])('no region: %s', (_, s, name) => {
    const o = run(s).find((x) => x.name === name);
    expect(o).toBeDefined();
    expect(o!.region).toBeNull();
  });
});

describe('paradigm: a head of a region never takes another official\'s region', () => {
  it.each(['Bupati', 'Pj Bupati', 'Wali Kota', 'Plt Gubernur'].map((h): [string] => [h]))('%s', (head) => {
    const o = run(`Pj Bupati Pulpis, Drs Muhammad Hasanuddin mengatakan ASN netral. Sementara itu ${head} Juaini Taofik mengapresiasi Sekda.`).find((x) => x.name === 'Juaini Taofik');
    expect(o).toBeDefined();
    expect(o!.region).toBeNull();
  });
});

describe("paradigm: an election body's place by an abbreviation the gazetteer does not know", () => {
  const rows: Array<[string, string]> = [];
  for (const post of ['Ketua Bawaslu', 'Komisioner KPU', 'Anggota Bawaslu', 'Ketua Panwaslih', 'Ketua DPRD'])
    for (const place of ['Polman', 'Matra', 'Pasbar'])
      for (const [written, name] of [['Hj. Nurhayati Saleh, S.Pd.', 'Nurhayati Saleh'], ['H. Ahmad', 'Ahmad'], ['Dr. Budi Santoso', 'Budi Santoso']])
        for (const again of ['', ` Bawaslu ${place} sudah menyurati KPU.`, ` Temuan di ${place} diproses.`]) rows.push([`${post} ${place}, ${written}, menegaskan semua temuan diproses.${again}`, name]);
  it.each(rows)('%s', (s, name) => expect(run(s).map((o) => o.name)).toEqual([name]));
  it.each<[string, string, string[]]>([
    // the word is a person's elsewhere in the article: the holder is named right after the body
    ['a person elsewhere', 'Ketua Bawaslu Sukiman, Hj. Nurhayati dan warga hadir. Sukiman mengatakan ASN netral.', ['Sukiman']],
    // no honorific after the comma: the one word is the name (`Ketua Bawaslu Sukiman, Budi dan Rina hadir`)
    ['no honorific after the comma', 'Ketua Bawaslu Sukiman, Budi Santoso dan Rina Wati hadir.', ['Sukiman']],
  ])('%s', (_, s, want) => expect(run(s).map((o) => o.name)).toEqual(want));
});

describe("paradigm: an election body's division post without the body", () => {
  const rows: Array<[string, string]> = [];
  for (const post of ['Koordinator Divisi', 'Kordiv', 'Ketua Divisi'])
    for (const division of ['Hukum dan Diklat', 'Penanganan Pelanggaran', 'Pencegahan, Partisipasi Masyarakat dan Humas', 'Data dan Informasi'])
      for (const [sep, end] of [[', ', ', menjelaskan'], [' ', ' menjelaskan']]) rows.push([`${post} ${division}${sep}Andi Baso Makkulau${end} hasil kajian.`, `${post} ${division}`]);
  it.each(rows)('%s', (s, title) => {
    const got = run(s);
    expect(got.map((o) => [o.name, o.title])).toEqual([['Andi Baso Makkulau', title]]);
  });
  it.each<[string, string]>([
    ['no division words', 'Koordinator Divisi yang baru, Andi Baso Makkulau, menjelaskan hasil kajian.'],
    ['a plural post', 'Para koordinator divisi Bawaslu menjelaskan hasil kajian.'],
  ])('not: %s', (_, s) => expect(run(s).map((o) => o.name)).toEqual([]));
});

describe("paradigm: a body's member and their division, one person", () => {
  const rows: Array<[string, string, string]> = [];
  for (const [body, code] of [['Bawaslu Riau', '14'], ['KPU Kabupaten Demak', '33.21'], ['Panwaslih Aceh', '11']] as const)
    for (const post of ['Anggota', 'Komisioner'])
      for (const division of ['Koordinator Divisi Hukum dan Penyelesaian Sengketa', 'Kordiv Penanganan Pelanggaran'])
        rows.push([`${post} ${body}, ${division}, Dr. Ahmad Khadafi, S.H., mengatakan laporan diproses.`, `${post} ${body}, ${division}`, code]);
  it.each(rows)('%s', (s, title, code) => {
    const got = run(s);
    expect(got.map((o) => [o.name, o.title, o.region])).toEqual([['Ahmad Khadafi', title, code]]);
  });
  it('not: a second person with their own body', () => {
    expect(run('Ketua Bawaslu Riau, Koordinator Divisi Hukum Bawaslu Kampar, Ahmad Khadafi, hadir.').map((o) => [o.name, o.title])).toEqual([['Ahmad Khadafi', 'Koordinator Divisi Hukum Bawaslu Kampar']]);
  });
});

describe('paradigm: a nickname the text introduces names the same official', () => {
  const CUES = ['yang akrab disapa', 'akrab disapa', 'yang biasa dipanggil', 'biasa disapa', 'sapaan akrabnya', 'yang lebih dikenal dipanggil'];
  const rows: Array<[string]> = [];
  for (const cue of CUES)
    for (const later of ['kata Marsel.', 'Marsel menambahkan sekolah harus netral.', 'ujar Pak Marsel.'])
      rows.push([`Bupati Ende, Marselinus Wangge, ${cue} Marsel, mengingatkan para guru.\n\n"Guru harus netral," ${later}`]);
  it.each(rows)('%s', (s) => {
    // (the headline names the title: without the nickname, its untitled recurring speaker would be a second official)
    const ctx = ctxOf(`Bupati Ende Ingatkan Guru Tak Bawa Politik\n\n${s}`);
    const got = extractOfficials(ctx, extractRegions(ctx));
    expect(got.map((o) => o.name)).toEqual(['Marselinus Wangge']);
    expect(got[0]!.spans.length).toBeGreaterThanOrEqual(2);
  });
  it.each<[string, string, string[]]>([
    // a name without a cue after it is another person
    ['no cue', 'Bupati Ende, Marselinus Wangge, mengingatkan para guru. Sekda Ende Marsel Dopo hadir.', ['Marselinus Wangge', 'Marsel Dopo']],
    // `bernama` names someone else (`seorang guru bernama Marsel`), not a nickname
    ['bernama', 'Bupati Ende, Marselinus Wangge, bernama Marsel, hadir. Kepala Dinas Pendidikan Ende Marsel Dopo hadir.', ['Marselinus Wangge', 'Marsel Dopo']],
  ])('%s', (_, s, want) => expect(run(s).map((o) => o.name)).toEqual(want));
});

describe('paradigm: military unit heads, unit numbers, ranks and corps', () => {
  // [title as written, role]: unit numbers with a slash, a sub-unit's number after the slash, and a number alone
  const UNITS: Array<[string, string]> = [
    ['Dandim 0809/Kediri', 'dandim'],
    ['Danramil 0809/12 Pare', 'danramil'],
    ['Danramil 1608-01/Bolo', 'danramil'],
    ['Dandenpom V/2 Kediri', 'dandenpom'],
    ['Danyon 521', 'danyon'],
    ['Pasi Intel Kodim 0809/Kediri', 'pasi'],
    ['Pasi Ops Kodim 1615/Lombok Timur', 'pasi'],
  ];
  // ranks from the lexicon's officers' ranks, each with a corps
  const RANKS = ['Letkol', 'Mayor', 'Kapten', 'Lettu', 'Letda'];
  const CORPS = ['Inf', 'Kav', 'Arm', 'Czi', 'Chb', 'Cpm'];
  const rows: Array<[string, string, string]> = [];
  for (const [unit, role] of UNITS) for (const rank of RANKS) for (const corps of CORPS) rows.push([`${unit} ${rank} ${corps} Budi Santoso menegaskan prajurit netral.`, role, unit]);
  it.each(rows)('%s', (s, role, unit) => {
    const got = run(s);
    expect(got.map((o) => [o.name, o.role, o.title])).toEqual([['Budi Santoso', role, unit]]);
  });
  it.each<[string, string]>([
    // a year is no unit number
    ['a year after a head', 'Gubernur 2019-2024 hadir di lapangan.'],
    // a staff officer's post without its section
    ['a bare Pasi', 'Para pasi hadir. Pasi mengatakan prajurit netral.'],
  ])('not: %s', (_, s) => expect(run(s).map((o) => o.name)).toEqual([]));
});
