// Paradigms for the kinds officials7 fixed (tuned on check6, check3/4, news and officials sets, ner-dev; never on
// check5): each table crosses the kind with its natural variation, generated from the lexicon's own classes, with
// negative rows that must not fire.
//   1. local government below the regency by its regional names (titles-local.ts: every head and secretary of a
//      kecamatan, a village and a hamlet) × place known or not × comma or not × name shape; negatives: the ordinary
//      word in lower case, the post with its place and no holder;
//   2. a kecamatan's election supervisor by the regency body's name and `Kecamatan` × position × place;
//   3. one person under a full and a shorter title (same full name, other role) × name; negatives: another name, a
//      one-word name under another post;
//   4. a name hard-wrapped after an honorific's dot × honorific × title; negative: a sentence's dot before the break;
//   5. a coordinating ministry deputy's portfolio × ministry × rank × comma or not;
//   6. a noble particle abbreviated (`Tb.`, `Rr.`, `Dg.`) kept at the name's start, a religious honorific dropped;
//   7. a party by its full name after `Ketua Umum Partai` (every party of two words or more in the lexicon);
//   8. a unit number and name after a unit word (`Kepala Penerangan Kodam XIV/Hasanuddin <rank> X`);
//   9. an Ombudsman office's unit head (`Kepala Keasistenan …`) × unit × region;
//  10. a serial comma inside a portfolio, expert staff (`Staf Ahli …`); 11. a headline word as a name only when the
//      body writes it as a whole word; 12. a term of address (`Kang`, `Cak`, `Bung`) dropped before a full name.
import { describe, expect, it } from 'vitest';
import { extractOfficials } from '../../src/extract/officials/index.js';
import { extractRegions } from '../../src/extract/regions/index.js';
import { processArticle } from '../../src/pipeline.js';
import { NICKNAME_HONORIFICS, NOBLE_ABBREVIATIONS } from '../../src/lexicon/honorifics.js';
import { DISTRICT_HEADS, HAMLET_HEADS, VILLAGE_HEADS, VILLAGE_SECRETARIES } from '../../src/lexicon/titles-local.js';
import { PARTIES } from '../../src/lexicon/title-words.js';
import { ctxOf, officialsOfBody } from './helpers.js';

interface Got {
  name: string;
  title: string;
  role: string;
  region: string | null;
  institution: string | null;
}
function run(body: string): Got[] {
  return officialsOfBody(body).map((o) => ({
    name: o.name,
    title: o.title ?? '',
    role: o.role ?? '',
    region: o.region?.code ?? null,
    institution: o.institution,
  }));
}
function runRaw(text: string): Got[] {
  const a = processArticle({ id: 't', source: 't', line: null, format: 'text', text, html: null, title: null, url: null, published: null, error: null });
  return a.officials.map((o) => ({ name: o.name, title: o.title ?? '', role: o.role ?? '', region: o.region?.code ?? null, institution: o.institution }));
}

// Names in their shapes: [as written, as extracted].
const NAMES: Array<[string, string]> = [
  ['Suparno Wibisono', 'Suparno Wibisono'],
  ['H. Ahmad Yani, S.Sos., M.Si.', 'Ahmad Yani'],
  ['Hj. Rini Astuti, S.E.', 'Rini Astuti'],
];

describe('paradigm 1: heads and secretaries of kecamatan, villages and hamlets by their regional names', () => {
  // a kecamatan the gazetteer knows (Sentolo, Kulon Progo), a village it knows (Karangampel Kidul, Indramayu), and a
  // hamlet it does not know (read when a comma closes it)
  const rows: Array<[string, string, string, string]> = [];
  for (const d of DISTRICT_HEADS) rows.push([d.phrase, 'Sentolo', d.role, 'district']);
  for (const v of [...VILLAGE_HEADS, ...VILLAGE_SECRETARIES]) rows.push([v.phrase, 'Karangampel Kidul', v.role, 'village']);
  for (const h of HAMLET_HEADS) rows.push([h.phrase, 'Klebakan', h.role, 'hamlet']);
  const cases: Array<[string, string, string, string, string, string]> = [];
  for (const [phrase, place, role, level] of rows)
    for (const [written, name] of NAMES) {
      cases.push([`${phrase} ${place}, ${written}, mengatakan warga sudah diundang.`, phrase, place, role, name, 'comma']);
      // without a comma only where the gazetteer knows the place
      if (level !== 'hamlet' && !written.includes(',')) cases.push([`${phrase} ${place} ${written} mengatakan warga sudah diundang.`, phrase, place, role, name, 'plain']);
    }
  it.each(cases)('%s', (body, phrase, place, role, name) => {
    const got = run(body);
    expect(got).toHaveLength(1);
    expect(got[0]!.name).toBe(name);
    expect(got[0]!.role).toBe(role);
    expect(got[0]!.title).toBe(`${phrase} ${place}`);
    expect(got[0]!.institution).toContain(place);
  });
  // the place's unit word between the post and the place (`Carik Kalurahan Sentolo`, `Kepala Distrik Distrik …`)
  it.each([
    ['Carik Kalurahan Sentolo, Rini Astuti, S.E., hadir.', 'Rini Astuti', 'Carik Kalurahan Sentolo'],
    ['Lurah Kalurahan Sentolo, Sudarmaji, hadir.', 'Sudarmaji', 'Lurah Kalurahan Sentolo'],
    ['Pangulu Nagori Dolok Sinumbah, Jonner Saragih, hadir.', 'Jonner Saragih', 'Pangulu Nagori Dolok Sinumbah'],
    ['Kepala Tiyuh Tiyuh Panaragan, Ahmad Rifai, hadir.', 'Ahmad Rifai', 'Kepala Tiyuh Tiyuh Panaragan'],
  ])('unit word: %s', (body, name, title) => {
    const got = run(body);
    expect(got.map((o) => [o.name, o.title])).toEqual([[name, title]]);
  });
  // negatives: the ordinary word in lower case, and the post with its place and no holder
  const capitalOnly = [...DISTRICT_HEADS, ...VILLAGE_HEADS, ...VILLAGE_SECRETARIES, ...HAMLET_HEADS].filter((t) => t.capitalOnly);
  it.each(capitalOnly.map((t) => [`Seorang ${t.phrase.toLowerCase()} Partai Golkar Budi Santoso hadir di sana.`]))('lower case is no post: %s', (body) => {
    expect(run(body).filter((o) => o.name !== 'Budi Santoso' || o.title !== '')).toEqual([]);
  });
  it.each(rows.filter(([, , , level]) => level !== 'hamlet').map(([phrase, place]) => [`${phrase} ${place} mengimbau warga menjaga netralitas.`]))('no holder: %s', (body) => {
    expect(run(body)).toEqual([]);
  });
  it('a place written elsewhere after the same post is no name (`Kasus Kepala Desa Pansur Natolu ke Bupati`)', () => {
    const got = run('Bawaslu meneruskan kasus Kepala Desa Pansur Natolu ke Penjabat Bupati.\n\nKepala Desa Pansur Natolu, Tigor Manalu, membantah tudingan itu.');
    expect(got.map((o) => o.name)).toEqual(['Tigor Manalu']);
    const other = run('Bawaslu meneruskan kasus Kepala Desa Lumban Julu ke Penjabat Bupati.\n\nKepala Desa Pansur Natolu, Tigor Manalu, membantah tudingan itu.');
    expect(other.map((o) => o.name)).toContain('Tigor Manalu');
  });
});

describe('paradigm 2: a kecamatan election supervisor by the regency body and its level', () => {
  const bodies = ['Panwaslu Kecamatan', 'Panwaslih Kecamatan', 'Panitia Pengawas Pemilihan Kecamatan', 'Panitia Pengawas Pemilu Kecamatan'];
  const positions: Array<[string, string]> = [['Ketua', 'ketua panwascam'], ['Anggota', 'anggota panwascam'], ['Komisioner', 'komisioner panwascam']];
  const cases: Array<[string, string, string]> = [];
  for (const b of bodies)
    for (const [pos, role] of positions) {
      // a kecamatan the gazetteer does not know as written (`Siborongborong`, spelled `Siborong-borong` there)
      cases.push([`${pos} ${b} Siborongborong Jonner Simanjuntak melaporkan temuan itu.`, role, 'Jonner Simanjuntak']);
      cases.push([`${pos} ${b} Sentolo, Bambang Sutrisna, melaporkan temuan itu.`, role, 'Bambang Sutrisna']);
    }
  it.each(cases)('%s', (body, role, name) => {
    const got = run(body);
    expect(got.map((o) => [o.name, o.role])).toEqual([[name, role]]);
  });
  it('negative: the body and its place with no holder', () => {
    expect(run('Panwaslu Kecamatan Siborongborong Jonner melaporkan temuan itu.')).toEqual([]);
  });
});

describe('paradigm 3: one person under a full and a shorter title', () => {
  const pairs: Array<[string, string]> = [
    ['Kepala Badan Pengawasan Keuangan dan Pembangunan (BPKP)', 'Kepala BPKP'],
    ['Kepala Badan Kepegawaian Negara (BKN)', 'Kepala BKN'],
    ['Ketua DPW PAN Sulawesi Tenggara,', 'Ketua DPW'],
    ['Ketua Komisi Aparatur Sipil Negara (KASN)', 'Ketua KASN'],
  ];
  const names = ['Wahyu Ariffin Nasution', 'H. La Ode Muhammad Saleh', 'Nurhadi Sasmita'];
  const cases: Array<[string, string, string]> = [];
  for (const [full, short] of pairs) for (const n of names) cases.push([full, short, n]);
  it.each(cases)('%s … %s %s', (full, short, name) => {
    const got = run(`Rapat dihadiri ${full} ${name}.\n\nSementara itu, ${short} ${name} mengatakan pihaknya menemukan indikasi.`);
    expect(got).toHaveLength(1);
    expect(got[0]!.title.startsWith(full.replace(/,$/u, ''))).toBe(true);
  });
  it.each([
    ['Kepala BPKP Wahyu Ariffin Nasution hadir.\n\nKetua KASN Nurhadi Sasmita hadir.', 2],
    ['Camat Sentolo Ahmad hadir.\n\nKepala Desa Karangampel Kidul Ahmad hadir.', 2],
  ])('negative: %s', (body, n) => {
    expect(run(body)).toHaveLength(n);
  });
});

describe('paradigm 4: a name hard-wrapped after an honorific', () => {
  const LEAD = 'Bawaslu Gelar Rapat Netralitas ASN\n\nINDRAMAYU - Bawaslu menggelar rapat koordinasi bersama pemerintah daerah pada Senin pagi.\n\n';
  const titles = ['Wakil Bupati Indramayu', 'Ketua DPRD Kabupaten Garut', 'Kepala Dinas Pendidikan Kabupaten Garut'];
  const honorifics = ['Hj.', 'H.', 'Drs.', 'Dr.', 'Ir.'];
  const cases: Array<[string, string]> = [];
  for (const t of titles)
    for (const h of honorifics) {
      // the break after the given name, and the break right after the honorific
      cases.push([`${LEAD}Menanggapi hal itu, ${t}, ${h} Nurlaela\nFitriani, menegaskan pihaknya netral dalam pemilihan.\n`, t]);
      cases.push([`${LEAD}Menanggapi hal itu dalam rapat koordinasi, ${t}, ${h}\nNurlaela Fitriani, menegaskan pihaknya netral dalam pemilihan.\n`, t]);
    }
  it.each(cases)('%s', (text, title) => {
    const got = runRaw(text);
    expect(got.map((o) => [o.name, o.title])).toEqual([['Nurlaela Fitriani', title]]);
  });
  it('negative: a sentence ends before the break', () => {
    const got = runRaw(`${LEAD}Hal itu disampaikan dalam rapat bersama Wakil Bupati Indramayu Lucky Hakim.\nNurlaela Fitriani hadir sebagai warga biasa dalam rapat itu.\n`);
    expect(got.map((o) => o.name)).toEqual(['Lucky Hakim']);
  });
});

describe('paradigm 5: a coordinating ministry deputy and the portfolio', () => {
  const portfolios: Array<[string, string]> = [
    ['Koordinasi Politik Dalam Negeri', 'Polhukam'],
    ['Koordinasi Politik Luar Negeri', 'Polhukam'],
    ['Koordinasi Hukum dan Hak Asasi Manusia', 'Polhukam'],
    ['Koordinasi Pertahanan Negara', 'Polhukam'],
    ['Koordinasi Keamanan dan Ketertiban Masyarakat', 'Polhukam'],
    ['Koordinasi Ekonomi Makro dan Keuangan', 'Perekonomian'],
    ['Koordinasi Kedaulatan Maritim dan Energi', 'Marves'],
    ['Koordinasi Infrastruktur dan Transportasi', 'Marves'],
    ['Koordinasi Revolusi Mental, Pemajuan Kebudayaan dan Prestasi Olahraga', 'PMK'],
  ];
  const holders: Array<[string, string]> = [['Mayjen TNI Syaiful Bahri Harahap', 'Syaiful Bahri Harahap'], ['Dr. Rina Kartika', 'Rina Kartika']];
  const cases: Array<[string, string]> = [];
  for (const [p, k] of portfolios)
    for (const [w, n] of holders) {
      cases.push([`Deputi Bidang ${p} Kemenko ${k}, ${w}, menyebut hasil rapat akan dituangkan dalam surat edaran.`, n]);
      if (!p.includes(',')) cases.push([`Deputi Bidang ${p} Kemenko ${k} ${w} menyebut hasil rapat akan dituangkan dalam surat edaran.`, n]);
    }
  it.each(cases)('%s', (body, name) => {
    const got = run(body);
    expect(got.map((o) => [o.name, o.role])).toEqual([[name, 'deputi']]);
  });
  it('negative: the deputy without a holder', () => {
    expect(run('Deputi Bidang Koordinasi Politik Dalam Negeri Kemenko Polhukam menyebut hasil rapat.')).toEqual([]);
  });
});

describe('paradigm 6: noble particles stay at the name start, religious honorifics are dropped', () => {
  const titles = ['Bupati Serang', 'Ketua DPRD Kabupaten Pandeglang', 'Kepala Desa Karangampel Kidul'];
  const cases: Array<[string, string]> = [];
  for (const t of titles) {
    for (const a of NOBLE_ABBREVIATIONS) {
      cases.push([`${t} ${a}. Haerul Jaman hadir dalam rapat itu.`, `${a}. Haerul Jaman`]);
      cases.push([`${t}, ${a}. Haerul Jaman, hadir dalam rapat itu.`, `${a}. Haerul Jaman`]);
    }
    for (const w of ['Tubagus', 'Raden', 'Andi', 'Teuku', 'Cut', 'Tengku']) cases.push([`${t}, ${w} Haerul Jaman, hadir dalam rapat itu.`, `${w} Haerul Jaman`]);
    for (const h of ['H.', 'Hj.', 'KH.', 'Tgk.', 'TGH.']) cases.push([`${t}, ${h} Haerul Jaman, hadir dalam rapat itu.`, 'Haerul Jaman']);
  }
  it.each(cases)('%s', (body, name) => {
    expect(run(body).map((o) => o.name)).toEqual([name]);
  });
});

describe('paradigm 7: a party by its full name after the post', () => {
  const parties = PARTIES.filter((p) => p.includes(' ') && !/^Partai /u.test(p)).map((p) => `Partai ${p}`);
  parties.push(...PARTIES.filter((p) => /^Partai /u.test(p)));
  const cases: Array<[string, string]> = [];
  for (const p of parties)
    for (const pos of ['Ketua Umum', 'Sekretaris Jenderal', 'Ketua']) {
      cases.push([`${pos} ${p} Sri Mulyono mengatakan partainya netral.`, p]);
      cases.push([`${pos} ${p}, Sri Mulyono, mengatakan partainya netral.`, p]);
    }
  it.each(cases)('%s', (body, party) => {
    const got = run(body);
    expect(got.map((o) => o.name)).toEqual(['Sri Mulyono']);
    expect(got[0]!.title).toContain(party);
  });
});

describe('paradigm 8: a unit number and name after a unit word', () => {
  const units = ['Kodam XIV/Hasanuddin', 'Kodam IX/Udayana', 'Kodam I/Bukit Barisan', 'Korem 032/Wirabraja', 'Kodim 0809/Kediri'];
  const ranks = ['Kolonel Inf', 'Letkol Arh', 'Mayor Czi'];
  const cases: Array<[string, string]> = [];
  for (const u of units)
    for (const r of ranks) {
      cases.push([`Kepala Penerangan ${u} ${r} Budi Santoso mengatakan prajurit wajib netral.`, `Kepala Penerangan ${u}`]);
      cases.push([`Kepala Penerangan ${u}, ${r} Budi Santoso, mengatakan prajurit wajib netral.`, `Kepala Penerangan ${u}`]);
    }
  it.each(cases)('%s', (body, title) => {
    expect(run(body).map((o) => [o.name, o.title])).toEqual([['Budi Santoso', title]]);
  });
  it('negative: a numbered unit field stays in the title (`Asisten II Setda NTB`)', () => {
    expect(run('Asisten II Setda NTB Ahmad Yani mengatakan ASN wajib netral.').map((o) => o.name)).toEqual(['Ahmad Yani']);
  });
});

describe('paradigm 9: the head of an Ombudsman office unit', () => {
  const units = ['Pemeriksaan Laporan', 'Penerimaan dan Verifikasi Laporan', 'Resolusi dan Monitoring', 'Pencegahan Maladministrasi'];
  const offices: Array<[string, string]> = [['Ombudsman RI Perwakilan Jawa Tengah', '33'], ['Ombudsman Sulawesi Selatan', '73']];
  const cases: Array<[string, string, string]> = [];
  for (const u of units)
    for (const [o, code] of offices) {
      cases.push([`Kepala Keasistenan ${u} ${o}, Teguh Rahardjo, mengatakan laporan sudah diterima.`, code, 'comma']);
      cases.push([`Kepala Keasistenan ${u} ${o} Teguh Rahardjo mengatakan laporan sudah diterima.`, code, 'plain']);
    }
  it.each(cases)('%s', (body, code) => {
    const got = run(body);
    expect(got.map((o) => [o.name, o.role, o.region])).toEqual([['Teguh Rahardjo', 'kepala keasistenan', code]]);
  });
});

describe('paradigm 10: a serial comma inside a portfolio, and expert staff by their field', () => {
  const lists = ['Politik, Hukum, dan Keamanan', 'Politik, Hukum dan Keamanan', 'Komunikasi, Informatika, dan Statistik', 'Pemerintahan, Hukum, dan Politik'];
  const heads: Array<[string, string]> = [
    ['Menteri Koordinator Bidang', 'Laksamana TNI (Purn) Budiman Sasongko'],
    ['Staf Ahli Bupati Lombok Timur Bidang', 'H. Budiman Sasongko'],
    ['Staf Ahli Menteri Dalam Negeri Bidang', 'Dr. Budiman Sasongko'],
  ];
  const cases: Array<[string, string]> = [];
  for (const l of lists)
    for (const [h, n] of heads) {
      cases.push([`${h} ${l}, ${n}, meminta seluruh aparat menjaga netralitas.`, `${h} ${l}`]);
    }
  it.each(cases)('%s', (body, title) => {
    expect(run(body).map((o) => [o.name, o.title])).toEqual([['Budiman Sasongko', title]]);
  });
  it('negative: a list of posts after a serial comma stays apart', () => {
    expect(run('Kepala Dinas Pendidikan, dan Camat Selong hadir.').map((o) => o.name)).toEqual([]);
  });
});

describe('paradigm 11: a headline word is a name only if the body writes it as a whole word', () => {
  const verbs = ['Larang', 'Minta', 'Tegur', 'Ingatkan', 'Sanksi'];
  const cases: Array<[string, string[]]> = [];
  for (const v of verbs) {
    // the body writes the verb only inside a longer word (`Larangan`, `Permintaan`, `Teguran`)
    cases.push([`Pjs Bupati Sambas ${v} Camat Hadiri Deklarasi\n\n${v}an itu tertuang dalam surat edaran Pjs Bupati Sambas, Uray Hatta, kepada camat.`, ['Uray Hatta']]);
  }
  it.each(cases)('%s', (text, names) => {
    const ctx = ctxOf(text);
    expect(extractOfficials(ctx, extractRegions(ctx)).map((o) => o.name)).toEqual(names);
  });
  it('positive: the headline name the body writes again', () => {
    const ctx = ctxOf('Pjs Bupati Sambas Uray Hatta: Camat Dilarang Hadiri Deklarasi\n\nSurat edaran itu diteken Uray Hatta pada Jumat.');
    expect(extractOfficials(ctx, extractRegions(ctx)).map((o) => o.name)).toEqual(['Uray Hatta']);
  });
});

describe('paradigm 12: a term of address before a name (NICKNAME_HONORIFICS)', () => {
  const titles = ['Ketua Bawaslu Sumbar', 'Wakil Wali Kota Surabaya', 'Ketua DPRD Kabupaten Garut'];
  const cases: Array<[string, string]> = [];
  for (const t of titles)
    for (const a of NICKNAME_HONORIFICS) {
      // an address before a full name is dropped
      cases.push([`${t} ${a} Rudi Hartono mengatakan ASN wajib netral.`, 'Rudi Hartono']);
      cases.push([`${t}, ${a} Rudi Hartono, mengatakan ASN wajib netral.`, 'Rudi Hartono']);
      // a nickname of one word keeps it
      cases.push([`${t}, ${a} Armuji, mengatakan ASN wajib netral.`, `${a} Armuji`]);
    }
  it.each(cases)('%s', (body, name) => {
    expect(run(body).map((o) => o.name)).toEqual([name]);
  });
});
