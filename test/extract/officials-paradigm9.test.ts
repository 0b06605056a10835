// Paradigms for the kinds officials9 fixed (tuned on check8 and check9 after their release, check6/7, check3/4, the
// news and officials sets, ner-dev; never on check5): each table crosses the kind with its natural variation,
// generated from the lexicon's own classes, with negative rows that must not fire.
//   1. a body's post and the division its holder leads there, joined by a comma, a space or a joiner (DIVISION_JOINERS)
//      × body × region × division fields (the election bodies' fields, commas and `dan` inside) × name shape: one
//      official, the body's role, region and institution, the title running over both posts; negatives: a post whose
//      holder is named before the joiner, the plural or lower-case common noun;
//   2. a name whose last word is a one-word regency or city (every such regency of the gazetteer, one in nine) × title
//      × the evidence (a degree after a comma, the article quoting the person by that word): the word is the name's,
//      and the quote is the official's; negatives: no evidence keeps the name before the place, the place with its
//      admin word stays a region;
//   3. a headline's passive or stative predicate (HEADLINE_PASSIVES, every word) after a title at the headline's start:
//      never a name; negatives: given names that open like them (`Dimas`, `Dian`, `Didik`) stay names;
//   4. the customary village heads of Aceh (Datok/Datu Penghulu, Reje Kampung) before or after the name × acting
//      prefix × name shape (an abbreviated first word, `Moh.`, read backwards as forwards); negatives: the lower-case
//      common noun, in the plural;
//   5. a post naming neither body nor region, acting for the body written before it with `melalui`/`lewat`
//      (BODY_VIA_WORDS) × body (with and without its region) × post × name shape: the body is the institution, its
//      region the region; negatives: a post with its own body keeps it, a person's name before the word is no body.
import { describe, expect, it } from 'vitest';
import { BODY_VIA_WORDS, DIVISION_JOINERS } from '../../src/lexicon/title-context.js';
import { HEADLINE_PASSIVES } from '../../src/lexicon/headline-verbs.js';
import { regencies } from '../../src/lexicon/gazetteer.js';
import { processArticle } from '../../src/pipeline.js';
import { officialsOfBody } from './helpers.js';

function run(body: string): Array<{ name: string; title: string; role: string; region: string | null; institution: string | null; acting: boolean }> {
  return officialsOfBody(body).map((o) => ({ name: o.name, title: o.title ?? '', role: o.role ?? '', region: o.region?.code ?? null, institution: o.institution, acting: o.acting }));
}
const art = (text: string) =>
  processArticle({ id: 't', source: 't', line: null, format: 'text', text, html: null, title: null, url: null, published: null, error: null });

const NAMES: Array<[string, string]> = [
  ['Moh. Rizal Lamadjido, S.Sos.', 'Moh. Rizal Lamadjido'],
  ['La Ode Mustari, S.H.', 'La Ode Mustari'],
  ['Hj. Nurhayati Saleh', 'Nurhayati Saleh'],
];

describe('paradigm 1: a body\'s post and the division its holder leads there', () => {
  const BODIES: Array<[string, string, string]> = [
    // [body and region as written, role, region code]
    ['Bawaslu Kabupaten Poso', 'anggota bawaslu', '72.02'],
    ['Bawaslu Muna', 'anggota bawaslu', '74.03'],
    ['KPU Kendal', 'anggota kpu', '33.24'],
    ['Bawaslu Provinsi Jawa Tengah', 'anggota bawaslu', '33'],
  ];
  const DIVISIONS = [
    'Koordinator Divisi Hukum, Penindakan Pelanggaran dan Penyelesaian Sengketa',
    'Koordinator Divisi Pencegahan, Partisipasi Masyarakat dan Hubungan Masyarakat',
    'Ketua Divisi Keuangan, Umum, Rumah Tangga dan Logistik',
    'Kordiv SDM, Organisasi, Pendidikan dan Pelatihan',
    'Koordinator Divisi Hukum, Humas dan Datin',
  ];
  const JOINS = [', ', ' ', ...DIVISION_JOINERS.map((j) => ` ${j} `)];
  const cases: Array<[string, string, string, string, string]> = [];
  let k = 0;
  for (const [body, role, code] of BODIES)
    for (const join of JOINS) {
      // (divisions and names rotate, so every row meets every division and every name shape)
      const division = DIVISIONS[k % DIVISIONS.length]!;
      const [written, name] = NAMES[k % NAMES.length]!;
      k++;
      cases.push([`Anggota ${body}${join}${division}, ${written}, menjelaskan kedua ASN telah dimintai klarifikasi.`, name, role, code, body.split(' ')[0]!]);
    }
  it.each(cases)('%s', (text, name, role, code, institution) => {
    const got = run(text);
    expect(got).toHaveLength(1);
    expect(got[0]!.name).toBe(name);
    expect(got[0]!.role).toBe(role);
    expect(got[0]!.region).toBe(code);
    expect(got[0]!.institution).toContain(institution);
    expect(got[0]!.title.startsWith('Anggota ')).toBe(true);
    expect(got[0]!.title).toContain(text.includes('Kordiv') ? 'Kordiv ' : 'Divisi ');
  });
  // the division written alone keeps no body; the holder named before the joiner holds the first post
  it.each([
    ['Koordinator Divisi Hukum, Penindakan Pelanggaran dan Penyelesaian Sengketa, La Ode Mustari, S.H., menjelaskan.', [['La Ode Mustari', 'koordinator divisi', null]]],
    ['Anggota Bawaslu Muna La Ode Mustari selaku Koordinator Divisi Hukum menjelaskan.', [['La Ode Mustari', 'anggota bawaslu', '74.03']]],
    // the common noun, plural or lower case, names nobody
    ['Para anggota bawaslu selaku koordinator divisi hukum menjelaskan kedua laporan.', []],
  ])('%s', (text, want) => {
    expect(run(text).map((o) => [o.name, o.role, o.region])).toEqual(want);
  });
});

describe('paradigm 2: a name whose last word is a one-word regency or city', () => {
  // one-word regency and city names of the gazetteer, one in nine (a spread over the provinces)
  const WORDS = [...new Set(regencies().map((a) => a.core).filter((c) => /^\p{Lu}\p{Ll}{3,}$/u.test(c)))].sort().filter((_, i) => i % 9 === 0);
  const TITLES: Array<[string, string]> = [
    ['Bupati Minahasa Selatan', 'bupati'],
    ['Ketua KPU Kabupaten Sikka', 'ketua kpu'],
    ['Kepala Dinas Pendidikan Kabupaten Poso', 'kepala dinas'],
  ];
  const cases: Array<[string, string, string, string]> = [];
  for (const [i, w] of WORDS.entries()) {
    const [title, role] = TITLES[i % TITLES.length]!;
    cases.push([`${title}, Fransiskus Donny ${w}, SH, mengatakan pemkab tidak ingin menunda sanksi.`, `Fransiskus Donny ${w}`, role, 'degree']);
    cases.push([`${title}, Fransiskus Donny ${w}, S.Sos., mengatakan pemkab tidak ingin menunda sanksi.`, `Fransiskus Donny ${w}`, role, 'degree']);
    cases.push([`${title}, Fransiskus Donny ${w}, mengatakan pemkab tidak ingin menunda. "Semua harus tuntas," ucap ${w}.`, `Fransiskus Donny ${w}`, role, 'quote']);
  }
  it.each(cases)('%s', (text, name, role) => {
    const got = run(text);
    expect(got.map((o) => [o.name, o.role])).toEqual([[name, role]]);
  });
  // through the whole pipeline: the quote closed by that word alone is the official's, and the word is no region there
  const quoted = WORDS.map((w) => [w] as [string]);
  it.each(quoted)('quoted by the word %s', (w) => {
    const a = art(`Judul Berita\n\nBupati Minahasa Selatan, Fransiskus Donny ${w}, SH, mengatakan pemkab tidak ingin menunda sanksi.\n\n"Saya sudah perintahkan Sekda, akhir bulan ini semua harus tuntas," ucap ${w}.`);
    expect(a.officials.map((o) => o.name)).toEqual([`Fransiskus Donny ${w}`]);
    const q = a.statements.find((s) => s.kind === 'direct');
    expect(q?.speaker?.id).toBe(a.officials[0]!.id);
    for (const r of a.regions) for (const s of r.spans) expect(s.text).not.toBe(w);
  });
  it.each([
    // no degree, no quote by the word: the place after the name is not the name's (as before)
    ['Bupati Minahasa Selatan, Fransiskus Donny Rembang mengatakan pemkab tidak ingin menunda.', 'Fransiskus Donny'],
    // a place with its admin word is never a name's last word
    ['Bupati Minahasa Selatan, Fransiskus Donny Kabupaten Rembang, SH, mengatakan pemkab tidak ingin menunda.', 'Fransiskus Donny'],
  ])('%s', (text, name) => {
    expect(run(text).map((o) => o.name)).toEqual([name]);
  });
  it('the place written with its admin word stays a region when the name ends with the word', () => {
    const a = art('Judul Berita\n\nBupati Minahasa Selatan, Fransiskus Donny Rembang, SH, mengatakan hal itu usai studi banding ke Kabupaten Rembang.');
    expect(a.officials.map((o) => o.name)).toEqual(['Fransiskus Donny Rembang']);
    expect(a.regions.some((r) => r.spans.some((s) => s.text === 'Kabupaten Rembang'))).toBe(true);
  });
});

describe('paradigm 3: a headline\'s passive or stative predicate after a title', () => {
  const TITLES = ['Camat', 'Kades', 'Lurah', 'Sekda Simalungun'];
  const cases: Array<[string]> = [];
  for (const [i, w] of HEADLINE_PASSIVES.entries()) {
    const cap = w.charAt(0).toUpperCase() + w.slice(1);
    cases.push([`${TITLES[i % TITLES.length]} ${cap} Ikut Kampanye Caleg, Bawaslu Simalungun Panggil\n\nBawaslu memanggil seorang camat yang ${w} ikut kampanye caleg.`]);
  }
  it.each(cases)('%s', (text) => {
    const a = art(text);
    expect(a.officials).toEqual([]);
  });
  it.each([
    ['Kepala Desa Dimas Pratama dan Kepala Dusun Dian Sastro hadir.', ['Dimas Pratama', 'Dian Sastro']],
    ['Ketua KPU Kendal Didik Suprapto, S.STP mengatakan ASN wajib netral.', ['Didik Suprapto']],
  ])('%s', (text, names) => {
    expect(run(text).map((o) => o.name)).toEqual(names);
  });
});

describe('paradigm 4: Aceh\'s customary village heads', () => {
  const POSTS = ['Datok Penghulu', 'Datu Penghulu', 'Reje Kampung'];
  const cases: Array<[string, string, boolean]> = [];
  for (const post of POSTS)
    for (const [prefix, acting] of [['', false], ['Pj ', true]] as Array<[string, boolean]>)
      for (const [written, name] of NAMES) {
        const place = post === 'Reje Kampung' ? 'Bies Mulie' : 'Kampung Sungai Liput';
        cases.push([`${written.replace(/,.*$/u, '')}, ${prefix}${post} ${place}, mengaku tidak tahu aturan itu.`, name, acting]);
        cases.push([`${prefix}${post} ${place}, ${written}, mengaku tidak tahu aturan itu.`, name, acting]);
      }
  it.each(cases)('%s', (text, name, acting) => {
    const got = run(text);
    expect(got.map((o) => [o.name, o.role, o.acting])).toEqual([[name, 'kepala desa', acting]]);
  });
  it.each([
    ['Bawaslu memanggil tiga datok penghulu yang hadir di deklarasi.'],
    ['"Datok penghulu memang bukan ASN, tapi tetap dilarang berpolitik," ujarnya.'],
    ['Para reje kampung diminta netral.'],
  ])('no official: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('paradigm 5: a post acting for the body written before it with melalui/lewat', () => {
  const BODIES: Array<[string, string, string | null]> = [
    ['KASN', 'KASN', null],
    ['Bawaslu Muna', 'Bawaslu Muna', '74.03'],
    ['KPU Kendal', 'KPU Kendal', '33.24'],
    ['Bawaslu', 'Bawaslu', null],
  ];
  const POSTS = ['Asisten Komisioner Bidang Pengaduan dan Penyelidikan', 'Koordinator Divisi Hukum', 'Ketua Divisi Teknis Penyelenggaraan'];
  const cases: Array<[string, string, string, string | null]> = [];
  let k = 0;
  for (const [body, institution, code] of BODIES)
    for (const via of BODY_VIA_WORDS)
      for (const post of POSTS) {
        const [written, name] = NAMES[k++ % NAMES.length]!;
        cases.push([`${body} ${via} ${post}, ${written}, kemudian meminta PPK menjatuhkan sanksi.`, name, institution, code]);
      }
  it.each(cases)('%s', (text, name, institution, code) => {
    const got = run(text);
    expect(got.map((o) => [o.name, o.institution, o.region])).toEqual([[name, institution, code]]);
    // an election body's division post is its member's
    if (/Divisi/u.test(text) && !text.startsWith('KASN')) expect(got[0]!.role).toBe(`anggota ${institution.split(' ')[0]!.toLowerCase()}`);
  });
  it.each([
    // the post's own body stays its institution
    ['Pemkab Poso melalui Kepala BKD Poso, Budi Santoso, menyurati camat.', [['Budi Santoso', 'BKD Poso']]],
    // a person's name before the word is no body
    ['Warga melalui Kepala Desa Sukamaju, Budi Santoso, melapor ke Bawaslu.', [['Budi Santoso', 'Desa Sukamaju']]],
    ['Sanksi dijatuhkan melalui Koordinator Divisi Hukum, Budi Santoso, pekan lalu.', [['Budi Santoso', null]]],
  ])('%s', (text, want) => {
    expect(run(text).map((o) => [o.name, o.institution])).toEqual(want);
  });
});
