// A small deterministic corpus builder for corpus-level tests: articles written for these tests in the
// style of Indonesian regional outlets (never copies of real pages), with
//   - one national figure cited by EVERY article in varied wording (`1.010 perkara … Pilkada 2020`, Bawaslu RI),
//   - an upper bound (`tidak lebih dari seribu`, Pemilu 2024) cited by every other article,
//   - a local figure per regency (`Bawaslu Kabupaten X mencatat N laporan`), the same N for the same regency,
//   - a quote by an official (an `o_…` speaker) and one by a named non-official (a `p_…` speaker).
// Same arguments, same texts: no randomness beyond the article index.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuiltArticle {
  /** Relative file name: `<regency>/<nnn>.txt`. */
  name: string;
  /** ISO publication date (`published` in JSONL). */
  published: string;
  text: string;
}

/** Regencies with their Kemendagri codes (what the regions extractor should resolve). */
export const REGENCIES: ReadonlyArray<{ name: string; code: string; local: number }> = [
  { name: 'Purbalingga', code: '33.03', local: 12 },
  { name: 'Banyumas', code: '33.02', local: 7 },
  { name: 'Cilacap', code: '33.01', local: 9 },
  { name: 'Kebumen', code: '33.05', local: 4 },
];
const OFFICIALS = ['Sugeng Riyadi', 'Hadi Prasetyo', 'Yuliani Kartika', 'Bambang Sutejo'];
const PEOPLE = ['Andi Wibowo', 'Rina Maharani', 'Dedi Kurniawan'];

const NATIONAL = [
  'Secara nasional, Bawaslu RI mencatat sebanyak 1.010 perkara pelanggaran netralitas ASN pada Pilkada 2020.',
  'Pada Pilkada 2020, Bawaslu RI mencatat 1.010 perkara pelanggaran netralitas ASN.',
  'Bawaslu RI sebelumnya mencatat sebanyak 1.010 perkara pelanggaran netralitas ASN dalam Pilkada 2020.',
];
const BOUND = 'Untuk Pemilu 2024, Bawaslu RI mencatat perkara netralitas ASN tidak lebih dari seribu.';
const WEEKDAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];

function isoDay(i: number): string {
  return new Date(Date.UTC(2024, 9, 1 + i)).toISOString().slice(0, 10);
}

export function buildCorpus(n: number): BuiltArticle[] {
  const out: BuiltArticle[] = [];
  for (let i = 0; i < n; i++) {
    const r = REGENCIES[i % REGENCIES.length]!;
    const official = OFFICIALS[i % OFFICIALS.length]!;
    const person = PEOPLE[i % PEOPLE.length]!;
    const published = isoDay(i);
    const paras = [
      `Bawaslu ${r.name} Ingatkan ASN Jaga Netralitas (${i + 1})`,
      `${r.name.toUpperCase()} - Badan Pengawas Pemilu (Bawaslu) Kabupaten ${r.name} kembali mengingatkan aparatur sipil negara (ASN) untuk menjaga netralitas menjelang pemungutan suara Pilkada 2024.`,
      `Bawaslu Kabupaten ${r.name} mencatat sebanyak ${r.local} laporan dugaan pelanggaran netralitas ASN selama tahapan Pilkada 2024.`,
      NATIONAL[i % NATIONAL.length]!,
      `"ASN harus netral dan tidak boleh terlibat politik praktis," kata Penjabat Bupati ${r.name}, ${official}, di ${r.name}, ${WEEKDAYS[i % 7]}.`,
      `Pengamat politik dari Universitas Jenderal Soedirman, ${person}, menilai sanksi tegas diperlukan. "Netralitas ASN adalah kunci pemilu yang jujur dan adil," ujar ${person}.`,
    ];
    if (i % 2 === 0) paras.push(BOUND);
    out.push({ name: `${r.name.toLowerCase()}/${String(i).padStart(3, '0')}.txt`, published, text: `${paras.join('\n\n')}\n` });
  }
  return out;
}

/** One `.txt` per article under `dir` (no metadata: the publication date travels only in JSONL). */
export function writeTxtCorpus(dir: string, articles: readonly BuiltArticle[]): void {
  for (const a of articles) {
    const p = join(dir, a.name);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, a.text);
  }
}

/** One JSONL file, one record per article: `{id, published, text}`. */
export function writeJsonlCorpus(file: string, articles: readonly BuiltArticle[]): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, articles.map((a) => `${JSON.stringify({ id: a.name, published: a.published, text: a.text })}\n`).join(''));
}
