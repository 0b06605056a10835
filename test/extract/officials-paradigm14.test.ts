// Paradigms for the kinds officials13 closed in round 14 (tuned on check14 after its release, check15's pages, check6–13
// and ner-dev; never on check5): each table crosses the kind with its natural variation, generated from the lexicon's
// own classes, with negative rows that must not fire.
//   1. the `Kepalo` spelling of the local posts written with `Kepala` (KEPALA_SPELLINGS × every such post of
//      LOCAL_GOVERNMENT) × acting prefix × name after its comma or a former holder's name before the post;
//   2. degrees close a name: a title word opening the next sentence (PARTY_ORGANS) is never read into the title;
//   3. role frames: an acting post given by a frame (ACTING_FRAME_CONNECTIVES × ACTING_PREFIXES) to the person named
//      right before; a party's post in a second apposition (NAME_TITLE_CONNECTORS after the name's comma);
//   4. posts that name nobody: an indefinite candidate pair (INDEFINITE_BEFORE_PAIR and GENERIC_BEFORE_TITLE ×
//      CANDIDATE_PAIR_NOUNS), an association's post (ASSOCIATION_BODIES);
//   5. a regional post glossed in brackets by its common title (`Sangadi (kepala desa) X`), on one line or hard-wrapped;
//   6. regions: a unit's post without its body takes the body named with the same unit before it; the items of a list
//      of kecamatan after `Kecamatan` are kecamatan of the same regency (generated from the gazetteer), never names.
import { describe, expect, it } from 'vitest';
import { areaByCode } from '../../src/lexicon/gazetteer.js';
import { NAME_TITLE_CONNECTORS } from '../../src/lexicon/honorifics.js';
import {
  ACTING_FRAME_CONNECTIVES,
  ACTING_PREFIXES,
  ASSOCIATION_BODIES,
  CANDIDATE_PAIR_NOUNS,
  GENERIC_BEFORE_TITLE,
  INDEFINITE_BEFORE_PAIR,
} from '../../src/lexicon/titles.js';
import { KEPALA_SPELLINGS, LOCAL_GOVERNMENT } from '../../src/lexicon/titles-local.js';
import { RELATION_BEFORE_TITLE } from '../../src/lexicon/title-context.js';
import { PARTY_ORGANS } from '../../src/lexicon/title-words.js';
import { extractRegions } from '../../src/extract/regions/index.js';
import { ctxOf, officialsOfBody } from './helpers.js';

function run(body: string): Array<{ name: string; title: string; role: string; region: string | null; acting: boolean; modifier: string | null; institution: string | null }> {
  return officialsOfBody(body).map((o) => ({
    name: o.name,
    title: o.title ?? '',
    role: o.role ?? '',
    region: o.region?.code ?? null,
    acting: o.acting,
    modifier: o.modifier ?? null,
    institution: o.institution ?? null,
  }));
}
const NAMES = ['Afdhal Junaidi', 'Yuliana Marpaung', 'Slamet Raharjo', 'Retno Wulandari Siswanto'];

describe('paradigm 1: local posts spelled with `Kepalo`', () => {
  const posts = LOCAL_GOVERNMENT.filter((d) => d.phrase.startsWith('Kepala ') && (d.complement === 'village' || d.complement === 'district'));
  const cases: Array<[string, string, string, boolean, string | null]> = [];
  posts.forEach((d, i) => {
    for (const k of KEPALA_SPELLINGS) {
      const post = `${k}${d.phrase.slice('Kepala'.length)}`;
      const name = NAMES[i % NAMES.length]!;
      const acting = ACTING_PREFIXES[i % ACTING_PREFIXES.length]!;
      cases.push([`Sejak Juni, wilayah itu dipimpin ${post} Sukamaju, ${name}, S.IP, pegawai kecamatan.`, name, d.role, false, null]);
      cases.push([`Sejak Juni, wilayah itu dipimpin ${acting} ${post}, ${name}, S.IP, pegawai kecamatan.`, name, d.role, true, null]);
      cases.push([`Majelis mengabulkan gugatan ${name}, mantan ${post} Sukamaju, terhadap keputusan itu.`, name, d.role, false, 'mantan']);
    }
  });
  it.each(cases)('%s', (text, name, role, acting, modifier) => {
    const o = run(text).find((x) => x.name === name);
    expect(o?.role).toBe(role);
    expect(o?.acting).toBe(acting);
    expect(o?.modifier ?? null).toBe(modifier);
  });
  it.each([
    // negatives: the plural, the post with nobody after it, the lower-case common noun with nothing after it
    ['Para Kepalo Tiyuh, Afdhal Junaidi dan kawan-kawan, hadir di kantor camat.'],
    ['Rapat itu dihadiri seluruh kepalo tiyuh se-kecamatan.'],
    ['Jabatan Kepalo Tiyuh Sukamaju kosong sejak Juni.'],
  ])('%s', (text) => {
    expect(run(text).filter((o) => o.role === 'kepala desa')).toEqual([]);
  });
});

describe('paradigm 2: degrees close a name; the next sentence keeps its title words', () => {
  const TITLES: Array<[string, string]> = [
    ['Ketua Majelis Hakim', 'ketua majelis'],
    ['Bupati Malinau', 'bupati'],
    ['Kepala Dinas Pendidikan Lombok Timur', 'kepala dinas'],
  ];
  const cases: Array<[string, string, string]> = [];
  PARTY_ORGANS.forEach((w, i) => {
    const [title, role] = TITLES[i % TITLES.length]!;
    const name = NAMES[i % NAMES.length]!;
    cases.push([`"Menolak gugatan itu," ucap ${title}, ${name}, S.H., M.H. ${w} itu kemudian menutup sidang.`, name, role]);
    cases.push([`Putusan dibacakan ${title}, ${name}, S.H. ${w} tidak hadir.`, name, role]);
  });
  it.each(cases)('%s', (text, name, role) => {
    expect(run(text).find((x) => x.role === role)?.name).toBe(name);
  });
  it.each([
    // negatives: title words after a name without degrees are still the title's (`Ketua Dewan Pakar Partai Golkar X`)
    ['Ketua Dewan Pakar Partai Golkar Agung Laksono mengatakan hal itu.', 'Agung Laksono'],
    ['Ketua Umum Pengurus Besar Nahdlatul Ulama (PBNU) Said Aqil Siradj mengatakan hal itu.', 'Said Aqil Siradj'],
  ])('%s', (text, name) => {
    expect(run(text).map((o) => o.name)).toContain(name);
  });
});

describe('paradigm 3: role frames', () => {
  const FIRST: Array<[string, string]> = [
    ['sekretaris desa setempat', 'sekdes'],
    ['sekretaris dinas perhubungan', 'sekretaris dinas'],
    ['kepala seksi pelayanan', 'kepala seksi'],
  ];
  const ACTING_POSTS: Array<[string, string]> = [
    ['Sangadi', 'kepala desa'],
    ['Kepala Dinas Pendidikan', 'kepala dinas'],
    ['Camat Nuangan', 'camat'],
  ];
  const cases: Array<[string, string, string]> = [];
  let i = 0;
  for (const conn of ACTING_FRAME_CONNECTIVES)
    for (const acting of ['Plt', 'Plh', 'Pj', 'Pelaksana Harian (Plh)', 'Pelaksana Tugas']) {
      const [first] = FIRST[i % FIRST.length]!;
      const [post, role] = ACTING_POSTS[i % ACTING_POSTS.length]!;
      const name = NAMES[i % NAMES.length]!;
      const comma = i % 2 === 0 ? ',' : '';
      cases.push([`Untuk mengisi kekosongan, bupati menunjuk ${first}, ${name}${comma} ${conn} ${acting} ${post}.`, name, role]);
      i++;
    }
  it.each(cases)('%s', (text, name, role) => {
    const o = run(text).find((x) => x.name === name);
    expect(o?.role).toBe(role);
    expect(o?.acting).toBe(true);
  });
  it.each([
    // negatives: a post that is not acting keeps the first; a frame with a name after its post names that person
    ['Bupati menunjuk Kabag Umum, Afdhal Junaidi, sebagai ketua panitia.', 'Afdhal Junaidi', 'kepala bagian', false],
    // (a capitalised title named first is the person's own post: news5's gold keeps it)
    ['Elman menunjuk Sekretaris Dinas Perhubungan, Yusri Hartono, sebagai Plh Kepala Dinas Perhubungan.', 'Yusri Hartono', 'sekretaris dinas', false],
    ['Bupati menunjuk Kabag Umum Afdhal Junaidi sebagai Plt Kepala Dinas Pendidikan, Slamet Raharjo.', 'Afdhal Junaidi', 'kepala bagian', false],
    ['Bupati menunjuk Kabag Umum Afdhal Junaidi sebagai Plt Kepala Dinas Pendidikan, Slamet Raharjo.', 'Slamet Raharjo', 'kepala dinas', true],
  ])('%s', (text, name, role, acting) => {
    const o = run(text).find((x) => x.name === name);
    expect(o?.role).toBe(role);
    expect(o?.acting).toBe(acting);
  });

  const PARTY_POSTS = ['Wakil Ketua DPC PKB Pangandaran', 'Sekretaris DPD Partai Golkar NTB', 'Ketua DPW PAN Riau', 'Bendahara DPC Partai Gerindra Sragen'];
  const second: Array<[string, string]> = [];
  NAME_TITLE_CONNECTORS.forEach((conn, k) => {
    const post = PARTY_POSTS[k % PARTY_POSTS.length]!;
    const name = NAMES[k % NAMES.length]!;
    second.push([`Sekretaris tim pemenangan paslon nomor urut 1, ${name}, ${conn} ${post}, menyebut kegiatan itu reses.`, name]);
  });
  it.each(second)('%s', (text, name) => {
    expect(run(text).find((x) => x.name === name)?.role).toMatch(/partai/u);
  });
  it.each([
    // negatives: a second post of an official named right before names nobody else; a campaign post alone is none
    ['Sekda Kabupaten Kebumen, Edi Riyanto, yang juga Ketua Dewan Pengurus Korpri Kebumen, mengingatkan ASN.', ['Edi Riyanto']],
    ['Sekretaris tim pemenangan paslon nomor urut 1, Afdhal Junaidi, menyebut kegiatan itu reses.', []],
  ])('%s', (text, names) => {
    expect(run(text).map((o) => o.name)).toEqual(names);
  });
});

describe('paradigm 4: posts that name nobody', () => {
  const TITLES = ['bupati', 'Bupati', 'wali kota', 'Gubernur', 'kepala desa'];
  const pairs: string[] = [];
  [...INDEFINITE_BEFORE_PAIR, ...GENERIC_BEFORE_TITLE.slice(0, 6)].forEach((det, k) => {
    for (const pair of CANDIDATE_PAIR_NOUNS) {
      const title = TITLES[k % TITLES.length]!;
      pairs.push(`Sekretaris Tim Pemenangan ${det} ${pair} ${title}, ${NAMES[k % NAMES.length]}, menilai laporan itu dibesar-besarkan.`);
    }
  });
  it.each(pairs)('%s', (text) => {
    expect(run(text)).toEqual([]);
  });
  const HEADS = ['Ketua', 'Wakil Ketua', 'Sekretaris', 'Bendahara'];
  const assoc = ASSOCIATION_BODIES.map((b, k): [string] => [`${HEADS[k % HEADS.length]} ${b} Kabupaten Barito Timur, ${NAMES[k % NAMES.length]}, S.Pd., meminta agar guru didampingi.`]);
  it.each(assoc)('%s', (text) => {
    expect(run(text)).toEqual([]);
  });
  it.each([
    // negatives: a candidate named after the post is kept, marked; a party's and an election body's posts are offices
    ['Calon bupati, Afdhal Junaidi, mendaftar ke KPU.', 'Afdhal Junaidi'],
    ['Ketua DPD Partai Golkar NTB, Afdhal Junaidi, meminta kader netral.', 'Afdhal Junaidi'],
    ['Ketua Bawaslu Lotim Aji Santoso meminta ASN netral.', 'Aji Santoso'],
    ['Kepala Dinas Pendidikan Barito Timur, Slamet Raharjo, S.Pd., meminta agar guru didampingi.', 'Slamet Raharjo'],
  ])('%s', (text, name) => {
    expect(run(text).map((o) => o.name)).toContain(name);
  });
});

describe('paradigm 5: a regional post glossed in brackets', () => {
  const REGIONAL = LOCAL_GOVERNMENT.filter((d) => d.role === 'kepala desa' && d.capitalOnly);
  const cases: Array<[string, string]> = [];
  REGIONAL.forEach((d, k) => {
    const name = NAMES[k % NAMES.length]!;
    const gloss = k % 2 === 0 ? 'kepala desa' : 'Kepala Desa';
    cases.push([`Pekan lalu, ${d.phrase} (${gloss}) Molobog Barat, Kecamatan Nuangan, ${name}, resmi dinonaktifkan.`, name]);
    cases.push([
      `BOLTIM, beritabolmong.id -- ${d.phrase} (${gloss}) Molobog Barat, Kecamatan Nuangan,\n\n${name}, resmi dinonaktifkan sementara dari jabatannya setelah\n\nBawaslu menyatakan dia terbukti ikut berkampanye.`,
      name,
    ]);
  });
  it.each(cases)('%s', (text, name) => {
    const o = run(text).find((x) => x.name === name);
    expect(o?.role).toBe('kepala desa');
    // the gloss explains the post and is no part of its title
    expect(o?.title).toMatch(/^[^()]+ Molobog Barat/u);
  });
  it.each([
    // negatives: an abbreviation in brackets is no gloss and stays in the title
    ['Sekretaris Daerah (Sekda) Kabupaten Grobogan, Moh. Sumarsono, hadir.', 'Sekretaris Daerah (Sekda) Kabupaten Grobogan'],
    ['Kepala Desa (Kades) Sukamaju, Asep Saepudin, hadir.', 'Kepala Desa (Kades) Sukamaju'],
    ['Penjabat Sekretaris Daerah (Pj Sekda) Luwu Utara, Jumail Mappile, hadir.', 'Penjabat Sekretaris Daerah (Pj Sekda) Luwu Utara'],
    ['Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan (Menko PMK), Arya Dharma Putra, hadir.', 'Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan (Menko PMK)'],
    ['Menteri Koordinator Bidang Politik, Hukum, dan Keamanan (Menko Polhukam), Budiman Sasongko, hadir.', 'Menteri Koordinator Bidang Politik, Hukum, dan Keamanan (Menko Polhukam)'],
  ])('%s', (text, title) => {
    expect(run(text).map((o) => o.title)).toEqual([title]);
  });
  it.each([
    // negatives: a bracket that is no title is no gloss; a glossed post with nobody after it names nobody
    ['Sangadi (yang baru dilantik) Molobog Barat menolak hadir.'],
    ['Jabatan Sangadi (kepala desa) Molobog Barat kosong sejak Juni.'],
  ])('%s', (text) => {
    expect(run(text).filter((o) => o.role === 'kepala desa')).toEqual([]);
  });
});

describe('paradigm 6: regions from a unit named before, and lists of kecamatan', () => {
  const UNITS = ['Komisi I', 'Komisi II', 'Komisi III', 'Komisi IV', 'Badan Kehormatan', 'Komisi V'];
  const BODIES: Array<[string, string]> = [
    ['DPRD Balangan', '63.11'],
    ['DPRD Kabupaten Parigi Moutong', '72.08'],
    ['DPRD Sragen', '33.14'],
  ];
  const cases: Array<[string, string, string | null]> = [];
  UNITS.forEach((u, k) => {
    const [body, code] = BODIES[k % BODIES.length]!;
    // (`Anggota Badan Kehormatan, X` without its body is no title yet: left out)
    for (const deputy of u.startsWith('Komisi') ? ['Wakil Ketua', 'Sekretaris', 'Anggota'] : ['Wakil Ketua', 'Sekretaris'])
      cases.push([`Rapat dipimpin Ketua ${u} ${body}, H. Afdhal Junaidi, S.E., didampingi ${deputy} ${u}, Hj. Yuliana Marpaung. Rapat berlangsung tertutup.`, 'Yuliana Marpaung', code]);
  });
  // negatives: another unit of the body, and the same unit too far before
  cases.push(['Rapat dipimpin Ketua Komisi II DPRD Balangan, H. Afdhal Junaidi, S.E., didampingi Wakil Ketua Komisi I, Hj. Yuliana Marpaung.', 'Yuliana Marpaung', null]);
  cases.push([`Ketua Komisi I DPRD Balangan, H. Afdhal Junaidi, membuka rapat. ${'Rapat berlangsung lama dan membahas banyak hal. '.repeat(14)}Wakil Ketua Komisi I, Hj. Yuliana Marpaung, menutupnya.`, 'Yuliana Marpaung', null]);
  it.each(cases)('%s', (text, name, code) => {
    expect(run(text).find((o) => o.name === name)?.region ?? null).toBe(code);
  });

  // the kecamatan of a few regencies, as the gazetteer has them (the first four of each, by code)
  const REGENCIES = ['73.18', '71.10', '33.16', '52.03', '14.10'];
  const lists: Array<[string, string[]]> = [];
  for (const r of REGENCIES) {
    const ds: string[] = [];
    for (let n = 1; n <= 30 && ds.length < 4; n++) {
      const a = areaByCode(`${r}.${String(n).padStart(2, '0')}`);
      if (a && /^[A-Z][a-z]+$/u.test(a.name)) ds.push(a.name);
    }
    if (ds.length < 3) continue;
    const regency = areaByCode(r)!.name;
    lists.push([`Warga ${regency} melapor. Laporan datang dari kepala desa di Kecamatan ${ds[0]}, ${ds.slice(1, -1).join(', ')} dan ${ds[ds.length - 1]}. Semuanya diperiksa.`, ds]);
  }
  it('has lists to read', () => expect(lists.length).toBeGreaterThanOrEqual(3));
  it.each(lists)('%s', (text, ds) => {
    const ctx = ctxOf(`Judul Berita\n\n${text}`);
    const found = extractRegions(ctx).flatMap((x) => x.spans.map((s) => s.text.replace(/^Kecamatan /u, '')));
    for (const d of ds) expect(found).toContain(d);
    // and no item is read as an official's name
    expect(run(text).map((o) => o.name).filter((n) => ds.includes(n))).toEqual([]);
  });
  it.each([
    // negatives: a person after the kecamatan, a kecamatan of another regency
    ['Warga Tana Toraja melapor. Rapat di Kecamatan Mengkendek, Afdhal Junaidi dan Slamet Raharjo hadir.', 'Afdhal'],
    ['Warga Tana Toraja melapor. Laporan dari Kecamatan Mengkendek dan Sembalun diperiksa.', 'Sembalun'],
  ])('%s', (text, word) => {
    const ctx = ctxOf(`Judul Berita\n\n${text}`);
    expect(extractRegions(ctx).flatMap((x) => x.spans.map((s) => s.text)).filter((t) => t.includes(word))).toEqual([]);
  });
});

describe('paradigm 7: a division post without its body, after an election body\'s post', () => {
  const BODIES: Array<[string, string, string]> = [
    ['Bawaslu Malinau', '65.02', 'bawaslu'],
    ['KPU Kabupaten Landak', '61.08', 'kpu'],
    ['Bawaslu Provinsi Riau', '14', 'bawaslu'],
    ['KIP Gayo Lues', '11.13', 'kip'],
  ];
  const DIVISIONS = ['Penanganan Pelanggaran dan Penyelesaian Sengketa', 'Hukum dan Humas', 'Pencegahan, Partisipasi Masyarakat dan Hubungan Masyarakat', 'Teknis Penyelenggaraan'];
  const JOINS = ['didampingi', 'bersama', 'dan'];
  const cases: Array<[string, string, string]> = [];
  BODIES.forEach(([body, code, role], k) => {
    for (const join of JOINS) {
      const division = DIVISIONS[(k + join.length) % DIVISIONS.length]!;
      cases.push([`Wartawan berbincang dengan Ketua ${body}, Paulus Laing Ajang, S.H., di kantornya, Kamis (9/1/2025), ${join} Koordinator Divisi ${division}, Rina Apui, S.Sos. Berikut petikannya.`, code, `anggota ${role}`]);
    }
  });
  it.each(cases)('%s', (text, code, role) => {
    const o = run(text).find((x) => x.name === 'Rina Apui');
    expect(o?.region).toBe(code);
    expect(o?.role).toBe(role);
  });
  it.each([
    // negatives: after a house's post (a DPRD has no divisions), and too far after the body's post
    ['Ketua DPRD Malinau, Paulus Laing Ajang, hadir bersama Koordinator Divisi Hukum, Rina Apui.'],
    [`Ketua Bawaslu Malinau, Paulus Laing Ajang, membuka acara. ${'Acara berlangsung lama dan membahas banyak hal. '.repeat(14)}Koordinator Divisi Hukum, Rina Apui, menutupnya.`],
  ])('%s', (text) => {
    expect(run(text).find((x) => x.name === 'Rina Apui')?.region ?? null).toBe(null);
  });
});

describe('paradigm 8: an official named as the possessor of a relation, with its referent in apposition', () => {
  const lead = 'Kepala Desa Sukamaju, Afdhal Junaidi, diberhentikan bupati.';
  const spansOf = (text: string): string[] => officialsOfBody(text).find((o) => o.name === 'Afdhal Junaidi')?.spans.map((s) => s.text) ?? [];
  const cases = RELATION_BEFORE_TITLE.map((rel, k): [string] => {
    const Rel = k % 2 === 0 ? rel.charAt(0).toUpperCase() + rel.slice(1) : `Sementara itu, ${rel}`;
    return [`${lead} ${Rel} Afdhal, Slamet Raharjo, S.H., mengatakan kliennya akan banding. "Kami hormati putusan," ujarnya.`];
  });
  it.each(cases)('%s', (text) => {
    // the possessor is no mention of the clause: only the titled mention is the official's
    expect(spansOf(text)).toEqual(['Kepala Desa Sukamaju, Afdhal Junaidi']);
  });
  it.each([
    // negatives: without a name in apposition, and without the relation's noun, the bare name is a mention
    [`${lead} Kuasa hukum Afdhal mengatakan kliennya akan banding.`],
    [`${lead} Afdhal, Slamet Raharjo dan warga hadir di kantor desa.`],
  ])('%s', (text) => {
    expect(spansOf(text)).toHaveLength(2);
  });
});
