// Paradigms of the election and year of a count (issue 22, round 11; the kinds check9 missed, 29/46 on 374a96f), each
// a table crossing the kind with its variation, generated from the lexicon's data, with negative rows
// (src/extract/violations/count-elections.ts, link-election.ts):
//   1. regional elections of different levels named together (REGIONAL_ELECTIONS × their spelled-out and short names ×
//      ELECTION_LIST_JOINERS × where the year stands) are one simultaneous Pilkada (JOINT_REGIONAL_ELECTION: the
//      gold's convention in check7 and check9); one level named alone, or two levels in a comparison, keep their names;
//   2. an election name with its polling date and no year of its own (ELECTION_DATE_LINKS × names × dates): the date's
//      year; a date in another clause is not the election's;
//   3. a bare name ("pelanggaran Pemilu") in an article that gives no year: the calendar's election of the publication
//      year or the year next to it (ELECTION_CALENDAR); none between two elections, for Pilkades, or for a body's name
//      ("Badan Pengawas Pemilu"); without a publication date, the one year of the article's elections of the same
//      calendar ("pemilihan bupati" beside "Pilwalkot 2024");
//   4. a count whose clause is dated years after the article's only election ("hingga Desember 2023 … empat laporan"
//      in an op-ed naming Pemilu 2019): the election of that name the date falls in or next to.
// Negative rows: the figures of the dates (day numbers) are no counts; a date within the election's cycle changes
// nothing.
// Before (374a96f, this lexicon data added): 216 of the 247 rows failed (the positive rows of kinds 1–4; the negative
// rows and the two levels with a year each, read as the first level's name, passed or failed with them). After: 247/247.
import { describe, expect, it } from 'vitest';
import { ELECTION_CALENDAR, ELECTION_DATE_LINKS, ELECTION_LIST_JOINERS, ELECTION_NAMES, JOINT_REGIONAL_ELECTION, REGIONAL_ELECTIONS } from '../../src/lexicon/violations.js';
import { INDONESIAN_MONTHS } from '../../src/lexicon/calendar.js';
import { countsOf } from './violations-dev.js';

interface Row {
  name: string;
  text: string;
  value: number;
  election: string | null;
  year: number | null;
  not?: number[];
}

const cap = (s: string): string => s.replace(/(^|\s)(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
/** The written forms of a canonical election name, capitalised as news writes them. */
const formsOf = (canonical: string): string[] => Object.entries(ELECTION_NAMES).filter(([, v]) => v === canonical).map(([k]) => (k.includes(' ') ? cap(k) : cap(k)));
const PLACE: Record<string, string> = { Pilgub: 'Jawa Tengah', Pilbup: 'Buleleng', Pilwalkot: 'Kendari' };
const HEAD = 'Bawaslu Kabupaten Buleleng menangani lima laporan dugaan pelanggaran netralitas ASN dalam';
const rows: Row[] = [];

// 1. joint regional elections
const pairs: [string, string][] = [];
for (const a of REGIONAL_ELECTIONS) for (const b of REGIONAL_ELECTIONS) if (a !== b) pairs.push([a, b]);
for (const [a, b] of pairs) {
  for (const fa of formsOf(a)) {
    for (const j of ELECTION_LIST_JOINERS) {
      const fb = formsOf(b)[formsOf(b).length - 1]!;
      const join = j === ',' || j === '/' ? `${j} ` : ` ${j} `;
      const y = a === 'Pilgub' ? 2024 : 2018;
      rows.push({ name: `${fa} ${join.trim()} ${fb} ${y}`, text: `${HEAD} ${fa} ${PLACE[a]}${join}${fb} ${PLACE[b]} ${y}.`, value: 5, election: JOINT_REGIONAL_ELECTION, year: y });
    }
    // the year on both names; the year from the polling date after the last
    rows.push({ name: `${fa} 2024 dan ${b} 2024`, text: `${HEAD} ${fa} ${PLACE[a]} 2024 dan ${b} ${PLACE[b]} 2024.`, value: 5, election: JOINT_REGIONAL_ELECTION, year: 2024 });
    rows.push({ name: `${fa} serta ${b} pada <date>`, text: `${HEAD} ${fa} ${PLACE[a]} serta ${b} ${PLACE[b]} pada 9 Desember 2020.`, value: 5, election: JOINT_REGIONAL_ELECTION, year: 2020, not: [9] });
  }
  // the running mate spelled out in the first name
  rows.push({ name: `${a} dan Wakil … serta ${b}`, text: `${HEAD} Pemilihan Bupati dan Wakil Bupati Wonosobo serta ${b} ${PLACE[b]} 2024.`, value: 5, election: b === 'Pilbup' ? 'Pilbup' : JOINT_REGIONAL_ELECTION, year: 2024 });
}
// negatives: one level alone; two levels in a comparison; two regions of one level
for (const a of REGIONAL_ELECTIONS) {
  rows.push({ name: `${a} alone`, text: `${HEAD} ${a} ${PLACE[a]} 2024.`, value: 5, election: a, year: 2024 });
  const b = REGIONAL_ELECTIONS.find((x) => x !== a)!;
  rows.push({ name: `${a} compared with ${b}`, text: `${HEAD} ${a} ${PLACE[a]} 2024, naik dibanding ${b} ${PLACE[b]} 2018 yang hanya dua laporan.`, value: 5, election: a, year: 2024 });
  rows.push({ name: `two regions of ${a}`, text: `${HEAD} ${a} Sikka dan ${a} Ende 2024.`, value: 5, election: a, year: 2024 });
}

// 2. a name with its polling date
const DATES: [string, number, number][] = [['14 Februari 2024', 14, 2024], ['27 November 2024', 27, 2024], ['9 Desember 2020', 9, 2020], ['27 Juni 2018', 27, 2018]];
const NAMED: [string, string][] = [['Pemilu', 'Pemilu'], ['Pemilihan Umum', 'Pemilu'], ['Pilkada serentak', 'Pilkada'], ['pilkada', 'Pilkada'], ['Pemilihan Kepala Daerah', 'Pilkada']];
for (const [written, canonical] of NAMED) {
  for (const link of ['', ...ELECTION_DATE_LINKS.filter((l) => !['yang', 'akan', 'jatuh', 'hari'].includes(l))]) {
    const [date, day, y] = DATES[(written.length + link.length) % DATES.length]!;
    const l = link === '' ? '' : ` ${link}`;
    rows.push({
      name: `${written}${l} ${date}`,
      text: `Menjelang ${written}${l} ${date}, Bawaslu Kabupaten Kolaka telah memproses tiga temuan dugaan pelanggaran netralitas ASN.`,
      value: 3, election: canonical, year: y, not: [day],
    });
  }
  rows.push({ name: `${written} yang akan digelar <date>`, text: `Menjelang ${written} yang akan digelar 14 Februari 2024, Bawaslu Kabupaten Kolaka telah memproses tiga temuan dugaan pelanggaran netralitas ASN.`, value: 3, election: canonical, year: 2024, not: [14] });
  // negative: a date in another clause, after a comma
  rows.push({ name: `${written}, <date> elsewhere`, text: `Bawaslu Kabupaten Kolaka telah memproses tiga temuan dugaan pelanggaran netralitas ASN dalam ${written}, kata Ketua Bawaslu pada 8 Februari 2025.`, value: 3, election: canonical, year: null });
}

// 3. a bare name dated by the calendar
const byline = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `Bawaslu Temukan Pelanggaran\n\nRabu, ${d} ${cap(INDONESIAN_MONTHS[m - 1]!)} ${y} | 19:05 WIB\n\n`;
};
const CAL: [string, string, string, number | null][] = [
  ['Pemilu', 'Pemilu', '2024-01-10', 2024], ['Pemilu', 'Pemilu', '2023-11-02', 2024], ['Pemilu', 'Pemilu', '2019-04-02', 2019],
  ['Pemilu', 'Pemilu', '2020-03-05', 2019], ['pemilihan umum', 'Pemilu', '2024-02-01', 2024], ['Pileg', 'Pileg', '2024-02-01', 2024],
  ['pilkada', 'Pilkada', '2024-10-25', 2024], ['Pilkada', 'Pilkada', '2025-03-20', 2024], ['Pilkada', 'Pilkada', '2020-11-11', 2020],
  ['pemilihan bupati', 'Pilbup', '2018-05-02', 2018], ['Pilwalkot', 'Pilwalkot', '2024-09-01', 2024], ['Pilgub', 'Pilgub', '2017-01-09', 2017],
  // negatives: between two regional elections, after a national one by two years, and no calendar for Pilkades
  ['Pilkada', 'Pilkada', '2019-10-24', null], ['Pemilu', 'Pemilu', '2021-06-01', null], ['Pilkades', 'Pilkades', '2024-05-01', null],
];
for (const [written, canonical, iso, y] of CAL) {
  rows.push({
    name: `${written} published ${iso}`,
    text: `${byline(iso)}Bawaslu Kabupaten Simalungun telah menerima 14 laporan dugaan pelanggaran netralitas ASN pada ${written}. Enam di antaranya terkait kampanye.`,
    value: 14, election: canonical, year: y,
  });
}
for (const canonical of Object.keys(ELECTION_CALENDAR)) if (!formsOf(canonical).length) throw new Error(`no form of ${canonical}`);
// negative: a body's name is no election
rows.push({ name: 'Badan Pengawas Pemilu', text: `${byline('2024-10-25')}Badan Pengawas Pemilu (Bawaslu) Kabupaten Simalungun telah menerima 14 laporan dugaan pelanggaran netralitas ASN.`, value: 14, election: null, year: null });
// no publication date: the one year of the article's elections of the same calendar
for (const [bare, canonical] of [['pemilihan bupati', 'Pilbup'], ['pilgub', 'Pilgub'], ['pemilihan wali kota', 'Pilwalkot']] as const) {
  const other = canonical === 'Pilwalkot' ? 'Pilbup Bolaang Mongondow 2024' : 'Pemilihan Wali Kota Kotamobagu 2024';
  rows.push({
    name: `${bare} beside ${other}`,
    text: `Bawaslu Kota Kotamobagu menerima tiga laporan dugaan pelanggaran netralitas ASN selama ${other}.\n\nSementara itu, Bawaslu Kabupaten Bolaang Mongondow mencatat enam laporan serupa pada ${bare}.`,
    value: 6, election: canonical, year: 2024,
  });
  rows.push({
    name: `${bare} beside Pemilu 2024 (another calendar)`,
    text: `Bawaslu Kota Kotamobagu menerima tiga laporan dugaan pelanggaran netralitas ASN selama Pemilu 2024.\n\nSementara itu, Bawaslu Kabupaten Bolaang Mongondow mencatat enam laporan serupa pada ${bare}.`,
    value: 6, election: canonical, year: null,
  });
}

// 4. a clause dated after the article's only election
const OPED = (name: string, y: number, month: string, dy: number): string =>
  `Pada ${name} ${y}, Bawaslu Kabupaten Ciamis menangani delapan kasus dugaan pelanggaran netralitas ASN.\n\nKetua Bawaslu Kabupaten Ciamis menyebut bahwa hingga pertengahan ${month} ${dy} lembaganya sudah menerima empat laporan terkait ASN.`;
for (const [name, y, dy, want] of [
  ['Pemilu', 2019, 2023, 2024], ['Pemilu', 2019, 2024, 2024], ['Pilkada', 2018, 2020, 2020], ['Pilkada', 2020, 2024, 2024], ['Pilkada', 2020, 2025, 2024],
  // negatives: a date within the election's cycle, and one the calendar cannot place
  ['Pemilu', 2019, 2019, 2019], ['Pemilu', 2019, 2020, 2019], ['Pilkada', 2020, 2022, 2020],
] as const) {
  for (const month of ['Desember', 'Januari', 'Agustus']) {
    rows.push({ name: `${name} ${y}, clause dated ${month} ${dy}`, text: OPED(name, y, month, dy), value: 4, election: name, year: want });
  }
}

describe('the election and year of a count (paradigms, round 11)', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_n, r) => {
    const got = countsOf(r.text).filter((c) => c.value === r.value);
    expect(got.length, JSON.stringify(countsOf(r.text).map((c) => [c.value, c.election, c.year]))).toBeGreaterThan(0);
    expect(got.map((c) => [c.election, c.year])).toContainEqual([r.election, r.year]);
    for (const v of r.not ?? []) expect(countsOf(r.text).map((c) => c.value), `${v} is no count`).not.toContain(v);
  });
});
