// Paradigms for the kinds officials12 fixed in round 13 (tuned on check12 after its release, check6–11 and check13's
// pages, the news sets, ner-dev; never on check5): each table crosses the kind with its natural variation, generated
// from the lexicon's own classes, with negative rows that must not fire.
//   1. degrees after a name (lexicon/degrees.ts, every degree) × written with dots and commas or without either ×
//      title: the name is the person alone; negatives: the degree never opens or makes a name;
//   2. a place closed by a compass word and a roman number (PLACE_CLOSING_WORDS × PLACE_NUMBERS) × local post × comma
//      or not: the place is the post's, the person after it the holder; negatives: the post with its place alone;
//   3. the regional village heads (VILLAGE_HEADS, every one) and a command's staff officers (STAFF_HEADS ×
//      STAFF_SECTIONS, glued, and a Kodim's apart) × name shape, with a unit number the apposition's comma closes; negatives:
//      the plural and the lower-case common noun of the capital-only titles;
//   4. role frames: a filling verb (FILL_VERBS) and its role noun phrase, acting or not; a bare post's place frame
//      (PLACE_FRAME_PREPOSITIONS, `setempat`); a former holder's or a candidate's post after the name; a body's
//      possessive post (BODY_POSITIONS × body); negatives: a frame with no person after it, a place or an
//      institution after the comma, the plural;
//   5. regions from the context: a body's post without its region after the same body's post with it; a region's head
//      without its region in an article naming one area of its level; negatives: a national marker, two areas.
import { describe, expect, it } from 'vitest';
import { DEGREES } from '../../src/lexicon/degrees.js';
import { FILL_VERBS, PLACE_FRAME_PREPOSITIONS } from '../../src/lexicon/title-context.js';
import { PLACE_CLOSING_WORDS, PLACE_NUMBERS, VILLAGE_HEADS } from '../../src/lexicon/titles-local.js';
import { STAFF_HEADS, STAFF_SECTIONS } from '../../src/lexicon/titles-security.js';
import { officialsOfBody } from './helpers.js';

function run(body: string): Array<{ name: string; title: string; role: string; region: string | null; acting: boolean; modifier: string | null }> {
  return officialsOfBody(body).map((o) => ({ name: o.name, title: o.title ?? '', role: o.role ?? '', region: o.region?.code ?? null, acting: o.acting, modifier: o.modifier ?? null }));
}
const NAMES = ['Afdhal Junaidi', 'Yuliana Marpaung', 'Slamet Raharjo'];
const dotless = (d: string): string => d.replace(/\./gu, '');

describe('paradigm 1: a degree after a name is never part of it', () => {
  const TITLES: Array<[string, string]> = [
    ['Kapolres Asahan AKBP', 'kapolres'],
    ['Bupati Sragen', 'bupati'],
    ['Kepala Dinas Pendidikan Lombok Timur', 'kepala dinas'],
  ];
  const cases: Array<[string, string, string]> = [];
  DEGREES.forEach((d, i) => {
    const [title, role] = TITLES[i % TITLES.length]!;
    const name = NAMES[i % NAMES.length]!;
    // with its dots after a comma, and without dots or comma, with a second degree after it
    cases.push([`${title} ${name}, ${d}. mengatakan hal itu.`, name, role]);
    cases.push([`${title} ${name} ${dotless(d)} MH mengatakan hal itu.`, name, role]);
  });
  it.each(cases)('%s', (text, name, role) => {
    const o = run(text).find((x) => x.role === role);
    expect(o?.name).toBe(name);
  });
  it.each([
    // negatives: no name is made of degrees, and a name is kept whole before a dotless degree
    ['Bupati Sragen SH MH mengatakan hal itu.', null],
    ['Kapolres Asahan SIK mengatakan hal itu.', null],
  ])('%s', (text, name) => {
    expect(run(text).find((x) => x.role === 'bupati' || x.role === 'kapolres')?.name ?? null).toBe(name);
  });
});

describe('paradigm 2: a place closed by a compass word and its number', () => {
  const POSTS: Array<[string, string]> = [
    ['Camat', 'camat'],
    ['Lurah', 'lurah'],
    ['Kepala Desa', 'kepala desa'],
  ];
  const cases: Array<[string, string, string, string]> = [];
  let k = 0;
  for (const compass of PLACE_CLOSING_WORDS)
    for (const num of ['', ` ${PLACE_NUMBERS[k % 4]}`]) {
      const [post, role] = POSTS[k % POSTS.length]!;
      const name = NAMES[k % NAMES.length]!;
      const place = `Linggau ${compass}${num}`;
      cases.push([`${post} ${place}, Ir. ${name}, mengaku baru mengetahui kabar itu.`, place, name, role]);
      cases.push([`${post} ${place} ${name} mengaku baru mengetahui kabar itu.`, place, name, role]);
      k++;
    }
  it.each(cases)('%s', (text, place, name, role) => {
    const o = run(text).find((x) => x.role === role);
    expect(o?.name).toBe(name);
    expect(o?.title).toContain(place);
  });
  it.each([
    // negatives: the post with its place alone names nobody
    ['Camat Linggau Timur II mengimbau warga tetap netral.'],
    ['Lurah Linggau Barat mengimbau warga tetap netral.'],
    ['Kepala Desa Linggau Selatan I menyebut warga tertib.'],
  ])('%s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('paradigm 3: regional village heads and a command\'s staff officers', () => {
  const heads = VILLAGE_HEADS.filter((d) => d.role === 'kepala desa');
  const cases: Array<[string, string]> = [];
  heads.forEach((d, i) => {
    const name = NAMES[i % NAMES.length]!;
    cases.push([`Sementara pemberhentian ${d.phrase} Lenganeng, ${name}, dilakukan berdasarkan rekomendasi Bawaslu.`, name]);
  });
  it.each(cases)('%s', (text, name) => {
    const o = run(text).find((x) => x.role === 'kepala desa');
    expect(o?.name).toBe(name);
    expect(o?.modifier).toBe('mantan');
  });
  const staff: Array<[string, string]> = [];
  let k = 0;
  for (const [head, unit] of STAFF_HEADS)
    for (const s of STAFF_SECTIONS) {
      const sec = s.charAt(0).toUpperCase() + s.slice(1);
      // glued, and a Kodim's staff officer also apart (the generic `Pasi` with its section)
      const phrase = k % 2 === 1 && head === 'Pasi' ? `${head} ${sec}` : `${head}${s}`;
      const num = unit === 'Kodim' ? '0801' : 'V';
      const rank = ['Kapten Inf', 'Mayor Inf', 'Letkol Inf'][k % 3]!;
      const name = NAMES[k % NAMES.length]!;
      staff.push([`${phrase} ${unit} ${num}, ${rank} ${name}, menambahkan setiap Koramil telah memetakan TPS rawan.`, name]);
      k++;
    }
  it.each(staff)('%s', (text, name) => {
    expect(run(text).map((o) => o.name)).toContain(name);
  });
  it.each([
    // negatives: the plural and the lower-case common noun of a capital-only title, a staff title with no one after it
    ['Para sangadi diminta netral dalam Pilkada.'],
    ['Seluruh Babinsa diminta netral dalam Pilkada.'],
    ['Pasiter Kodim 0801 memetakan TPS rawan di wilayahnya.'],
  ])('%s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('paradigm 4: role frames', () => {
  const fill: Array<[string, string, boolean]> = [];
  FILL_VERBS.forEach((v, i) => {
    const name = NAMES[i % NAMES.length]!;
    const np = ['pelaksana tugas', 'sekretaris kecamatan setempat', 'oleh', 'Plt'][i % 4]!;
    const acting = np === 'pelaksana tugas' || np === 'Plt';
    // (`oleh` takes the name without a comma; a role noun phrase is closed by one)
    const frame = np === 'oleh' ? `${v} oleh` : `${v} ${np},`;
    fill.push([`Kepala BKPSDM Sragen mengatakan jabatan Camat Gesi saat ini ${frame} ${name}, yang sebelumnya Sekretaris Kecamatan.`, name, acting]);
  });
  it.each(fill)('%s', (text, name, acting) => {
    const o = run(text).find((x) => x.role === 'camat');
    expect(o?.name).toBe(name);
    expect(o?.acting).toBe(acting);
  });
  const place: Array<[string, string, string | null]> = [];
  PLACE_FRAME_PREPOSITIONS.forEach((p, i) => {
    const name = NAMES[i % NAMES.length]!;
    place.push([`Di sisi lain, salah seorang calon kepala desa ${p} Kecamatan Indralaya Utara, ${name}, mengapresiasi langkah bupati.`, name, 'calon']);
  });
  place.push([`Kepala desa setempat, ${NAMES[0]}, mengaku tidak tahu.`, NAMES[0]!, null]);
  it.each(place)('%s', (text, name, modifier) => {
    const o = run(text).find((x) => x.role === 'kepala desa');
    expect(o?.name).toBe(name);
    expect(o?.modifier).toBe(modifier);
  });
  const before: Array<[string, string, string, string]> = [
    ['Majelis hakim menolak gugatan Drs. Slamet Raharjo, mantan Camat Gesi, Kabupaten Sragen, terhadap bupati.', 'Slamet Raharjo', 'camat', 'mantan'],
    ['Yuliana Marpaung, calon Kepala Desa Sukamaju, mengaku siap.', 'Yuliana Marpaung', 'kepala desa', 'calon'],
    ['Afdhal Junaidi, eks Bupati Sragen, hadir.', 'Afdhal Junaidi', 'bupati', 'mantan'],
  ];
  it.each(before)('%s', (text, name, role, modifier) => {
    const o = run(text).find((x) => x.role === role);
    expect(o?.name).toBe(name);
    expect(o?.modifier).toBe(modifier);
  });
  const possessive: Array<[string, string, string, string]> = [];
  const BODIES: Array<[string, string, string]> = [
    ['Bawaslu Purbalingga', 'bawaslu', '33.03'],
    ['KPU Asahan', 'kpu', '12.09'],
    ['DPRD Sragen', 'dprd', '33.14'],
  ];
  BODIES.forEach(([body, b, code], i) => {
    for (const [pos, role] of [['ketua', 'ketua'], ['anggota', 'anggota'], ['wakil ketua', 'wakil ketua']] as const)
      possessive.push([`${body}, sebagaimana disampaikan ${pos}nya, ${NAMES[i]}, S.Ag., menangani sebelas dugaan pelanggaran.`, NAMES[i]!, `${role} ${b}`, code]);
  });
  it.each(possessive)('%s', (text, name, role, code) => {
    const o = run(text).find((x) => x.name === name);
    expect(o?.role).toBe(role);
    expect(o?.region).toBe(code);
  });
  it.each([
    // negatives: a frame with no person after it, a place or an institution after the comma, the plural
    ['Jabatan Camat Gesi saat ini diisi pelaksana tugas, yang sebelumnya Sekretaris Kecamatan.'],
    ['Camat Gesi diganti karena sakit, Slamet Raharjo menegaskan hal itu.'],
    ['Kepala desa itu diganti, Slamet Raharjo menegaskan hal itu.'],
    ['Para kepala desa di Kecamatan Selong, Lombok Timur, diminta netral.'],
    ['Kepala desa setempat, Dinas Kesehatan, dan warga hadir.'],
    ['Warga menemui kepala desa. Menurut ketuanya, Ahmad Yani, rapat ditunda.'],
    ['Menurut warga, mantan Bupati Lombok Timur tidak hadir.'],
  ])('%s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('paradigm 5: regions from the context', () => {
  it.each([
    ['Ketua KPU Asahan Yusri Abdi SH didampingi anggota KPU divisi teknis Mhd Ridwan Harahap mengatakan logistik siap.', 'Mhd Ridwan Harahap', '12.09'],
    ['Ketua Bawaslu Sragen Budi Santoso didampingi anggota Bawaslu Slamet Raharjo meninjau TPS.', 'Slamet Raharjo', '33.14'],
    ['Pilkada Purbalingga 2024 sudah usai. Bupati terpilih, Ir. Bambang Sugiarto, telah dilantik.', 'Bambang Sugiarto', '33.03'],
    ['Pilkada Purbalingga berlangsung aman. Penjabat Bupati saat itu, Drs. Hadi Suwarno, M.Si., menegaskan netralitas.', 'Hadi Suwarno', '33.03'],
    // negatives: a national marker keeps the member national, two areas of the level leave the head without one
    ['Ketua KPU Asahan Yusri Abdi hadir. Anggota KPU RI Idham Holik juga hadir.', 'Idham Holik', null],
    ['Warga Sragen dan Purbalingga hadir. Bupati Ahmad Yani mengatakan warga tertib.', 'Ahmad Yani', null],
    ['Bupati Sragen Budi Santoso hadir. Sementara itu Bupati Ahmad Yani mengatakan warga tertib.', 'Ahmad Yani', null],
  ])('%s', (text, name, code) => {
    expect(run(text).find((x) => x.name === name)?.region ?? null).toBe(code);
  });
});
