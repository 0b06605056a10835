// Paradigm of breakdown sentences (issue 22; src/extract/violations/index.ts requireContext, BREAKDOWN_LEADS in
// src/lexicon/violations.ts): a sentence opened by a breakdown word ("Rinciannya, Kabupaten Bogor 14 kasus, Kabupaten
// Bekasi 9, …") breaks down the figures the sentences before it are about, so its counts take their topic, and a total
// said right after in the same unit ("Total ada 32 kasus yang kami tangani") is a count too. The table crosses every
// breakdown word of the lexicon with the unit (cases, people), the number of items (2–4), the sentence between the
// topic and the breakdown (none, one about something else) and a closing total (none, in a quote).
// Negative rows: the same breakdown after sentences about something else (dengue cases, school counts, a regional
// budget): no count.
//
// Before (1249bba): 5 of the 6 rows with a sentence between the topic and the breakdown missed every count (the
// breakdown sentence names no domain or violation, and the topic was read from the sentence next to it only); the
// rows whose breakdown follows its topic directly, and the negatives, passed. After: 20/20.
import { describe, expect, it } from 'vitest';
import { BREAKDOWN_LEADS } from '../../src/lexicon/violations.js';
import { countsOf } from './violations-dev.js';

const ITEMS = [
  ['Kabupaten Bogor', 14],
  ['Kabupaten Bekasi', 9],
  ['Kota Depok', 6],
  ['Kabupaten Karawang', 3],
] as const;
const TOPICS = [
  { unit: 'kasus', topic: 'Bawaslu Jawa Barat merilis sebaran dugaan pelanggaran netralitas ASN pada Pilkada 2024.' },
  { unit: 'laporan', topic: 'Bawaslu Jawa Barat menerima laporan dugaan pelanggaran netralitas ASN selama Pilgub Jabar 2024.' },
  { unit: 'ASN', topic: 'Bawaslu Jawa Barat memeriksa ASN yang diduga tidak netral dan ikut kampanye pada Pilkada 2024.' },
];
const BETWEEN = ['', 'Dari 27 kabupaten/kota, Kabupaten Bogor menempati urutan teratas. '];

function breakdown(lead: string, unit: string, n: number): string {
  const items = ITEMS.slice(0, n).map(([place, v], i) => (i === 0 ? `${place} ${v} ${unit}` : `${place} ${v}`));
  const list = items.length === 2 ? items.join(' dan ') : `${items.slice(0, -1).join(', ')}, dan ${items[items.length - 1]}`;
  const opener = `${lead[0]!.toUpperCase()}${lead.slice(1)}`;
  return `${opener}${lead.endsWith('adalah') ? '' : ','} ${list}.`;
}

interface Row {
  name: string;
  text: string;
  want: number[];
}
const rows: Row[] = [];
let k = 0;
for (const lead of BREAKDOWN_LEADS) {
  const { unit, topic } = TOPICS[k % TOPICS.length]!;
  const n = 2 + (k % 3);
  const between = BETWEEN[Math.floor(k / 2) % BETWEEN.length]!;
  const values = ITEMS.slice(0, n).map(([, v]) => v as number);
  const total = values.reduce((a, b) => a + b, 0);
  const closing = k % 2 === 0 && unit !== 'ASN' ? `\n\n"Total ada ${total} ${unit} yang kami tangani sampai hari ini," kata anggota Bawaslu Jabar.` : '';
  rows.push({
    name: `"${lead}": ${n} items in ${unit}${between ? ', a sentence between' : ''}${closing ? ', a total in a quote after' : ''}`,
    text: `${topic} ${between}\n\n${breakdown(lead, unit, n)}${closing}`,
    want: closing ? [...values, total] : values,
  });
  k++;
}
for (const topic of [
  'Dinas Kesehatan Jawa Barat mencatat kasus demam berdarah meningkat selama musim hujan.',
  'Dinas Pendidikan Jawa Barat membangun ruang kelas baru tahun ini.',
  'Pemprov Jawa Barat menyalurkan bantuan keuangan kepada kabupaten dan kota.',
]) {
  for (const lead of ['Rinciannya', 'Sebarannya']) {
    rows.push({ name: `negative: "${lead}" after "${topic.slice(0, 30)}…"`, text: `${topic}\n\n${breakdown(lead.toLowerCase(), 'kasus', 4)}`, want: [] });
  }
}

describe('a breakdown sentence takes the topic of the sentences before it', () => {
  it('the paradigm covers every breakdown word and has negative rows', () => {
    expect(rows.filter((r) => r.want.length > 0).length).toBe(BREAKDOWN_LEADS.length);
    expect(rows.filter((r) => r.want.length === 0).length).toBe(6);
  });
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    expect(countsOf(r.text).map((c) => c.value)).toEqual(r.want);
  });
});
