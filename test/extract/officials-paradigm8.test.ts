// Paradigms for the kinds officials8 fixed (tuned on check7, check6, check3/4, the news and officials sets, ner-dev;
// never on check5): each table crosses the kind with its natural variation, generated from the lexicon's own
// classes, with negative rows that must not fire.
//   1. a kabupaten's or kota's short form (region-abbreviations.ts, every row) between the title and the name, with
//      and without a comma × title (a body's head, a dinas head, a regional head, a police head) × name shape;
//      negatives: the short form in lower case is no region, a title without a holder names nobody;
//   2. the customary heads who hold the village's government post (Maluku's Raja Negeri, Riau's Datuk Penghulu and
//      Penghulu Kampung, `Walinagari`), and the negeri's secretary and soa head × acting prefix × comma or not;
//      negatives: `Raja` as a Malay name's first word, `para raja`, the lower-case `raja negeri itu`;
//   3. a headline's bare verb (headline-verbs.ts, every verb) after a title and a name at the start of the headline ×
//      name in the body or not × capitals or all caps; negatives: the verb never ends a name in the body either;
//   4. a title written all in lower case with its region in lower case (`kata kepala dinas kominfo ponorogo, X`) ×
//      title × region by name, by `kota`/`kabupaten` and its name, a province; negatives: a name that is also a
//      common word without its `kota`/`kabupaten`, no comma and holder after the region;
//   5. two posts joined by `dan` and a shared complement, then one or two names × post pair × region;
//      negatives: a first post with its own region, or posts that are no head and deputy, are not joined;
//   6. one person first as `terpilih`/`calon`/`mantan`, then as the sitting holder: the sitting post is kept;
//   7. a one-word name after a term of address (`Cak Armuji`, every NICKNAME_HONORIFICS) is the titled official of
//      that name: a quote's speaker so named is the official, either way round;
//   8. a regional government's assistant (`Asisten`) whose unit names its body: the body is the institution (`Setda
//      Garut`, `KASN`) × portfolio × body × region; negative: a unit naming no body keeps the regional government;
//   9. a short form the lexicon does not know between the title and the name, with no comma, that the article writes
//      elsewhere only as a place × title × place form; negatives: the word written elsewhere as a person's, or nowhere
//      else, stays the name's.
import { describe, expect, it } from 'vitest';
import { extractOfficials } from '../../src/extract/officials/index.js';
import { extractRegions } from '../../src/extract/regions/index.js';
import { REGION_ABBREVIATION_ROWS } from '../../src/lexicon/region-abbreviations.js';
import { HEADLINE_VERBS } from '../../src/lexicon/headline-verbs.js';
import { NICKNAME_HONORIFICS } from '../../src/lexicon/honorifics.js';
import { processArticle } from '../../src/pipeline.js';
import { ctxOf, officialsOfBody } from './helpers.js';

interface Got {
  name: string;
  title: string;
  role: string;
  acting: boolean;
  region: string | null;
  institution: string | null;
}
function run(body: string): Got[] {
  return officialsOfBody(body).map((o) => ({
    name: o.name,
    title: o.title ?? '',
    role: o.role ?? '',
    acting: o.acting,
    region: o.region?.code ?? null,
    institution: o.institution,
  }));
}

const NAMES: Array<[string, string]> = [
  ['Ferdinand Tanjaya', 'Ferdinand Tanjaya'],
  ['H. Abdul Rasyid, S.Sos., M.Si.', 'Abdul Rasyid'],
  ['Rosmiati', 'Rosmiati'],
];
const TITLES: Array<[string, string]> = [
  ['Ketua Bawaslu', 'ketua bawaslu'],
  ['Kepala Dinas Pendidikan', 'kepala dinas'],
  ['Bupati', 'bupati'],
  ['Kapolres', 'kapolres'],
  ['Ketua KPU', 'ketua kpu'],
];

describe('paradigm 1: a kabupaten or kota by its short form between the title and the name', () => {
  const cases: Array<[string, string, string, string, string]> = [];
  for (const [alias, code] of REGION_ABBREVIATION_ROWS)
    for (const [i, [title, role]] of TITLES.entries()) {
      // (names rotate with the title, so every row meets every name shape)
      const [written, name] = NAMES[i % NAMES.length]!;
      // a one-word name only after a comma: without it `Bupati Beltim Rosmiati` is still read, but needs no test here
      if (!written.includes(' ') || written.includes(',')) cases.push([`${title} ${alias}, ${written}, mengatakan ASN wajib netral.`, title, alias, role, name]);
      else {
        cases.push([`${title} ${alias} ${written} mengatakan ASN wajib netral.`, title, alias, role, name]);
        cases.push([`${title} ${alias}, ${written}, mengatakan ASN wajib netral.`, title, alias, role, name]);
      }
      void code;
    }
  it.each(cases)('%s', (body, title, alias, role, name) => {
    const code = REGION_ABBREVIATION_ROWS.find((r) => r[0] === alias)![1];
    const got = run(body);
    expect(got).toHaveLength(1);
    expect(got[0]!.name).toBe(name);
    expect(got[0]!.title).toBe(`${title} ${alias}`);
    expect(got[0]!.role).toBe(role);
    expect(got[0]!.region).toBe(code);
  });
  it.each([
    // a title with its short form and no holder names nobody
    ['Ketua Bawaslu Beltim mengatakan ASN wajib netral.'],
    ['Sementara itu, Kapolres Konut menambahkan patroli digelar.'],
    // the short form's letters in lower case are an ordinary word, never a region nor a name
    ['Ketua Bawaslu meminta warga membawa tuba ke kantor.'],
  ])('no official: %s', (body) => {
    expect(run(body)).toEqual([]);
  });
});

describe('paradigm 2: the customary heads who hold the village post, and the negeri\'s staff', () => {
  const POSTS: Array<[string, string, string, string]> = [
    // [post, place, role, institution's unit]
    ['Raja Negeri', 'Kamarian', 'kepala desa', 'Negeri'],
    ['Kepala Pemerintahan Negeri', 'Kamarian', 'kepala desa', 'Negeri'],
    ['Sekretaris Negeri', 'Kamarian', 'sekdes', 'Negeri'],
    ['Kepala Soa', 'Kamarian', 'kepala dusun', 'Soa'],
    ['Datuk Penghulu', 'Bagan Jawa', 'kepala desa', 'Kepenghuluan'],
    ['Penghulu Kampung', 'Buatan Baru', 'kepala desa', 'Kampung'],
    ['Walinagari', 'Koto Baru', 'kepala desa', 'Nagari'],
  ];
  const ACTING: Array<[string, boolean]> = [
    ['', false],
    ['Penjabat ', true],
    ['Pj ', true],
  ];
  const cases: Array<[string, string, string, string, boolean]> = [];
  for (const [post, place, role, unit] of POSTS)
    for (const [prefix, acting] of ACTING)
      for (const [written, name] of NAMES)
        cases.push([`${prefix}${post} ${place}, ${written}, dilaporkan ke Bawaslu karena mengarahkan warga.`, name, role, `${unit} ${place}`, acting]);
  it.each(cases)('%s', (body, name, role, institution, acting) => {
    const got = run(body);
    expect(got).toHaveLength(1);
    expect(got[0]!.name).toBe(name);
    expect(got[0]!.role).toBe(role);
    expect(got[0]!.institution).toBe(institution);
    expect(got[0]!.acting).toBe(acting);
  });
  it.each([
    // `Raja` opening a Malay name is no post
    ['Raja Ahmad Fauzan menghadiri apel netralitas ASN.', []],
    ['Raja Irwan Syah, Kepala Dinas Pendidikan, hadir.', [['Raja Irwan Syah', 'kepala dinas']]],
    // the generic post in the plural or in lower case
    ['Bupati meminta para raja negeri menjaga netralitas.', []],
    ['"Raja negeri itu setara kepala desa, jadi terikat larangan," katanya.', []],
    ['Ia mengumpulkan raja negeri dan kepala soa se-kecamatan.', []],
  ])('%s', (body, want) => {
    expect(run(body).map((o) => [o.name, o.role])).toEqual(want);
  });
});

describe('paradigm 3: a headline\'s bare verb is never part of the name before it', () => {
  const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  const cases: Array<[string, string]> = [];
  for (const [i, v] of HEADLINE_VERBS.entries()) {
    const head = i % 2 === 0 ? `Pj Bupati Sumarno ${cap(v)} ASN Jaga Netralitas` : `PJ BUPATI SUMARNO ${v.toUpperCase()} ASN JAGA NETRALITAS`;
    cases.push([`${head}\n\nMOROTAI - Pj Bupati Morotai, Sumarno, berbicara di depan ASN, Senin.`, v]);
  }
  it.each(cases)('%s', (text) => {
    const ctx = ctxOf(text);
    const got = extractOfficials(ctx, extractRegions(ctx));
    expect(got.map((o) => o.name)).toEqual(['Sumarno']);
  });
  it.each(HEADLINE_VERBS.filter((_, i) => i % 5 === 0).map((v) => [v] as const))('in the body: Kepala Dinas Pendidikan Budi Santoso %s …', (v) => {
    const got = run(`Baca juga: Kepala Dinas Pendidikan Budi Santoso ${v.charAt(0).toUpperCase()}${v.slice(1)} ASN Jaga Netralitas`);
    expect(got.map((o) => o.name)).toEqual(['Budi Santoso']);
  });
});

describe('paradigm 4: a title and its region written all in lower case', () => {
  const cases: Array<[string, string, string]> = [
    ['kepala dinas kominfo ponorogo', 'kepala dinas', '35.02'],
    ['ketua bawaslu kota madiun', 'ketua bawaslu', '35.77'],
    ['ketua bawaslu kabupaten madiun', 'ketua bawaslu', '35.19'],
    ['bupati lombok timur', 'bupati', '52.03'],
    ['wali kota kendari', 'walikota', '74.71'],
    ['sekretaris bawaslu nusa tenggara barat', 'sekretaris bawaslu', '52'],
    ['kapolres kota batu', 'kapolres', '35.79'],
    ['kepala dinas pendidikan kabupaten garut', 'kepala dinas', '32.05'],
  ];
  const rows: Array<[string, string, string, string]> = [];
  for (const [title, role, code] of cases)
    for (const [before, after] of [
      ['Hal itu disampaikan ', ', Wahyudi Hermanto, Senin.'],
      ['', ', Wahyudi Hermanto, menyebut tim terdiri atas lima orang.'],
      ['"Kami pantau," kata ', ', Wahyudi Hermanto.'],
    ] as const)
      rows.push([`${before}${title}${after}`, title, role, code]);
  it.each(rows)('%s', (body, title, role, code) => {
    const got = run(body);
    expect(got).toHaveLength(1);
    expect(got[0]!.name).toBe('Wahyudi Hermanto');
    expect(got[0]!.title).toBe(title);
    expect(got[0]!.role).toBe(role);
    expect(got[0]!.region).toBe(code);
  });
  it.each([
    // a region's name that is also a common word needs its `kota`/`kabupaten`
    ['kata kepala dinas pertanian batu, Wahyudi Hermanto.', null],
    // no holder after the region: the generic post
    ['Menurut warga, bupati ponorogo sudah diberi tahu.', undefined],
    ['Ia melapor ke kepala dinas kominfo ponorogo kemarin.', undefined],
  ])('%s', (body, region) => {
    const got = run(body);
    if (region === undefined) expect(got).toEqual([]);
    else for (const o of got) expect(o.region).toBe(region);
  });
});

describe('paradigm 5: two posts joined by `dan` share the complement after the second and take its names in order', () => {
  const PAIRS: Array<[string, string, string, string]> = [
    ['Bupati', 'Wakil Bupati', 'bupati', 'wakil bupati'],
    ['Wali Kota', 'Wakil Wali Kota', 'walikota', 'wakil walikota'],
    ['Gubernur', 'Wakil Gubernur', 'gubernur', 'wakil gubernur'],
  ];
  const PLACES: Array<[string, string, string]> = [
    ['Lotim', '52.03', '52.03'],
    ['Bima', '52.06', '52.72'],
    ['NTB', '52', '52'],
  ];
  const cases: Array<[string, string, string, string, string, string | null]> = [];
  for (const [first, second, r1, r2] of PAIRS)
    for (const [place, regency, city] of PLACES) {
      const code = r1 === 'gubernur' ? (place === 'NTB' ? '52' : null) : r1 === 'walikota' ? (place === 'NTB' ? null : city) : place === 'NTB' ? null : regency;
      if (code === null) continue;
      cases.push([`${first} dan ${second} ${place}, Sukiman Azmy dan Rumaksi Sjamsuddin, hadir di pendopo.`, r1, r2, 'Sukiman Azmy', 'Rumaksi Sjamsuddin', code]);
      cases.push([`${first} dan ${second} ${place} Sukiman Azmy dan Rumaksi Sjamsuddin hadir di pendopo.`, r1, r2, 'Sukiman Azmy', 'Rumaksi Sjamsuddin', code]);
    }
  it.each(cases)('%s', (body, r1, r2, n1, n2, code) => {
    const got = run(body);
    expect(got.map((o) => [o.name, o.role, o.region])).toEqual([
      [n1, r1, code],
      [n2, r2, code],
    ]);
  });
  it.each([
    ['mendukung pemerintahan presiden dan wakil presiden terpilih Joko Widodo.', [['Joko Widodo', 'presiden']]],
    ['mendukung presiden dan wakil presiden terpilih Joko Widodo dan Jusuf Kalla.', [['Joko Widodo', 'presiden'], ['Jusuf Kalla', 'wakil presiden']]],
    // posts that are no head and deputy: the name is the second post's
    ['Camat dan Kepala Desa Sukamaju, Budi Santoso, hadir.', [['Budi Santoso', 'kepala desa']]],
    ['Kapolres dan Dandim Lotim, Budi Santoso, hadir.', [['Budi Santoso', 'dandim']]],
    // a first post with its own region is no pair: the name is the second post's
    ['Kapolres Lotim dan Dandim 1615/Lotim Letkol Inf Budi Santoso hadir.', [['Budi Santoso', 'dandim']]],
    ['Bupati Lotim dan Wakil Bupati Rumaksi Sjamsuddin hadir.', [['Rumaksi Sjamsuddin', 'wakil bupati']]],
  ])('%s', (body, want) => {
    expect(run(body).map((o) => [o.name, o.role])).toEqual(want);
  });
});

describe('paradigm 6: one person as elected, candidate or former, then as the sitting holder: the post held is kept', () => {
  const cases: Array<[string, string, string]> = [];
  for (const mod of ['terpilih', 'calon', 'mantan'] as const)
    for (const [first, second, role] of [
      ['Wakil Presiden', 'Presiden', 'presiden'],
      ['Bupati Lotim', 'Wakil Bupati Lotim', 'wakil bupati'],
      ['Gubernur NTB', 'Ketua DPW PKS NTB', 'ketua partai'],
    ] as const) {
      const head = mod === 'terpilih' ? `${first} terpilih` : `${mod} ${first}`;
      cases.push([`Menurut ${head} Budi Santoso, semua ASN netral. ${second} Budi Santoso menegaskan hal itu.`, second, role]);
    }
  it.each(cases)('%s', (body, title, role) => {
    const got = run(body);
    expect(got).toHaveLength(1);
    expect(got[0]!.title).toBe(title);
    expect(got[0]!.role).toBe(role);
  });
});

describe('paradigm 7: a one-word name after a term of address is the official of that name', () => {
  const art = (text: string) =>
    processArticle({ id: 't', source: 't', line: null, format: 'text', text, html: null, title: null, url: null, published: null, error: null });
  const cases: Array<[string]> = [];
  for (const h of NICKNAME_HONORIFICS) {
    cases.push([`Judul Berita\n\nWakil Wali Kota Surabaya Armuji hadir di balai kota. "Jangan ikut kampanye," kata ${h} Armuji.`]);
    cases.push([`Judul Berita\n\nWakil Wali Kota Surabaya ${h} Armuji hadir di balai kota. "Jangan ikut kampanye," kata Armuji.`]);
  }
  it.each(cases)('%s', (text) => {
    const a = art(text);
    expect(a.officials).toHaveLength(1);
    const q = a.statements.find((s) => s.kind === 'direct');
    expect(q?.speaker?.id).toBe(a.officials[0]!.id);
  });
  // another one-word name after the same term is another person
  it('`kata Cak Sutrisno` is not the official Armuji', () => {
    const a = art('Judul Berita\n\nWakil Wali Kota Surabaya Armuji hadir di balai kota. "Jangan ikut kampanye," kata Cak Sutrisno.');
    expect(a.statements.find((s) => s.kind === 'direct')?.speaker?.id).not.toBe(a.officials[0]!.id);
  });
});

describe('paradigm 8: an assistant\'s institution is the body its unit names', () => {
  const PORTFOLIOS = ['Pemerintahan dan Kesejahteraan Rakyat', 'Administrasi Umum', 'Perekonomian dan Pembangunan', 'I'];
  const cases: Array<[string, string]> = [];
  for (const p of PORTFOLIOS) {
    cases.push([`Asisten ${p} Setda Garut, Drs. H. Asep Mulyana, M.M., menambahkan surat edaran sudah disebar.`, 'Setda Garut']);
    cases.push([`Asisten ${p} Setda Lotim, Asep Mulyana, menambahkan surat edaran sudah disebar.`, 'Setda Lombok Timur']);
    cases.push([`Asep Mulyana selaku Asisten ${p} Setda Batang membuka rapat.`, 'Setda Batang']);
  }
  cases.push(['Asisten KASN Bidang Pengawasan Netralitas, Dr. Asep Mulyana, menjelaskan aturan.', 'KASN']);
  // no body in the unit: the regional government
  cases.push(['Asisten Perekonomian dan Pembangunan Kabupaten Bima, Asep Mulyana, hadir.', 'Pemkab Bima']);
  it.each(cases)('%s', (body, institution) => {
    const got = run(body);
    expect(got.map((o) => [o.name, o.role, o.institution])).toEqual([['Asep Mulyana', 'asisten', institution]]);
  });
});

describe('paradigm 9: an unknown short form before the name is a place when the article writes it only as one', () => {
  const TITLES9 = ['Ketua Bawaslu', 'Ketua KPU', 'Anggota Bawaslu', 'Kepala Dinas Pendidikan', 'Kepala BKPSDM'];
  const SHORT = ['Kobi', 'Tapbar', 'Lamsi'];
  const LATER = ['Laporan itu masuk ke Bawaslu {S} sejak Senin.', 'Sekolah di {S} diliburkan.', 'Warga Kabupaten {S} diminta melapor.'];
  const cases: Array<[string, string]> = [];
  for (const [i, title] of TITLES9.entries())
    for (const [j, sh] of SHORT.entries()) cases.push([`${title} ${sh} Ferdinand Tanjaya mengatakan hal itu. ${LATER[(i + j) % LATER.length]!.replace('{S}', sh)}`, `${title} ${sh}`]);
  it.each(cases)('%s', (body, title) => {
    const got = run(body).filter((o) => o.name.includes('Ferdinand'));
    expect(got.map((o) => [o.name, o.title])).toEqual([['Ferdinand Tanjaya', title]]);
  });
  it.each([
    // written elsewhere as a person's name: the name's first word
    ['Ketua Bawaslu Kobi Ferdinand mengatakan hal itu. Menurut Kobi Ferdinand, laporan masuk.', 'Kobi Ferdinand'],
    // written nowhere else: the name's first word
    ['Ketua Bawaslu Kobi Ferdinand mengatakan hal itu. Laporan masuk sejak Senin.', 'Kobi Ferdinand'],
    // written again after the body as its holder's name, with the rest of the name after it
    ['Kepala Badan Pengawasan Keuangan dan Pembangunan (BPKP) Wahyu Ariffin hadir. Kepala BPKP Wahyu Ariffin mengatakan hal itu.', 'Wahyu Ariffin'],
    ['Ketua KPU Kobi Ferdinand hadir. Ketua KPU Kobi Ferdinand mengatakan hal itu.', 'Kobi Ferdinand'],
  ])('%s', (body, name) => {
    expect(run(body).map((o) => o.name)).toEqual([name]);
  });
});
