// A deterministic synthetic corpus for tests that need volume (the HTML report's browser test, the
// workbook): articles in the style of regional outlets (my own writing, built from a few sentence
// patterns), spread over every province's regencies and cities, a year of dates and a pool of officials.
// Same arguments, same bytes. Not for scoring extraction quality: the patterns are few on purpose.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { regencies } from '../../src/lexicon/gazetteer.js';

const FIRST = ['Ahmad', 'Budi', 'Siti', 'Rahmat', 'Dewi', 'Hendra', 'Nurul', 'Agus', 'Yusuf', 'Ratna', 'Irwan', 'Fitri', 'Bambang', 'Lestari', 'Syamsul', 'Wahyu', 'Rina', 'Darmawan', 'Suryani', 'Andi'];
const LAST = ['Hidayat', 'Santoso', 'Rahayu', 'Saputra', 'Wijaya', 'Kurniawan', 'Pratama', 'Nasution', 'Harahap', 'Siregar', 'Lubis', 'Setiawan', 'Gunawan', 'Susanto', 'Halim', 'Marpaung', 'Sembiring', 'Tanjung'];
const OPENINGS = [
  'menggelar apel netralitas Aparatur Sipil Negara (ASN) menjelang Pilkada 2024 di halaman kantor bupati.',
  'mengumpulkan para kepala organisasi perangkat daerah untuk membahas netralitas ASN pada Pilkada 2024.',
  'menandatangani pakta integritas netralitas ASN bersama Bawaslu setempat.',
];
const QUOTES = [
  'ASN harus netral dan tidak boleh ikut kampanye. Kami akan menindak tegas yang melanggar',
  'Netralitas ASN adalah amanat undang-undang, jangan sampai ada pegawai yang terlibat politik praktis',
  'Saya minta seluruh ASN menjaga netralitas, termasuk di media sosial',
  'Pelayanan publik harus tetap berjalan selama tahapan pilkada',
];
const VERBS = ['tegas', 'ujar', 'kata', 'ucap'];
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const DAY = 86_400_000;

export interface BuiltArticle {
  id: string;
  url: string;
  title: string;
  published: string;
  text: string;
}

/** Article `i` of the corpus (pure function of `i`). */
export function syntheticArticle(i: number): BuiltArticle {
  const regs = regencies();
  const person = (i * 7) % 180; // a pool of officials, each tied to one place
  const place = regs[(person * 131) % regs.length]!;
  const name = `${FIRST[person % FIRST.length]} ${LAST[Math.floor(person / FIRST.length) % LAST.length]}`;
  const head = place.level === 'city' ? 'Wali Kota' : 'Bupati';
  const title = `Penjabat ${head} ${place.core}`;
  const d = new Date(Date.UTC(2024, 0, 2) + ((i * 37) % 330) * DAY);
  const iso = d.toISOString().slice(0, 10);
  const dd = `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
  const q1 = QUOTES[i % QUOTES.length]!;
  const q2 = QUOTES[(i + 1) % QUOTES.length]!;
  const region = place;
  const paras = [
    `${region.core.toUpperCase()} – Pemerintah ${region.name} ${OPENINGS[i % OPENINGS.length]} Kegiatan berlangsung pada ${['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'][i % 5]} (${dd}).`,
    `${title}, ${name}, mengingatkan seluruh ASN agar menjaga netralitas selama tahapan pilkada.`,
    `“${q1},” ${VERBS[i % VERBS.length]} ${name}.`,
    `Menurutnya, sanksi bagi ASN yang melanggar sudah diatur dengan jelas dalam peraturan.`,
    `“${q2},” ${VERBS[(i + 2) % VERBS.length]}nya.`,
  ];
  if (i % 5 === 0) paras.push(`Bawaslu mencatat sebanyak ${100 + (i % 7) * 10} pelanggaran netralitas ASN pada Pilkada 2020 di seluruh Indonesia.`);
  return {
    id: `syn-${String(i).padStart(5, '0')}`,
    url: `https://berita.example/daerah/${i}`,
    title: `${title} ingatkan ASN jaga netralitas (${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]})`,
    published: iso,
    text: paras.join('\n\n'),
  };
}

/** An article whose quote, title and speaker carry markup and a formula: it must stay text everywhere. */
export function hostileArticle(): BuiltArticle {
  return {
    id: 'hostile-1',
    url: 'javascript:alert(1)',
    title: 'Bupati <script>window.__pwned=1</script> ingatkan ASN =HYPERLINK("http://x")',
    published: '2024-06-03',
    text: [
      'LOMBOK TIMUR – Pemerintah Kabupaten Lombok Timur menggelar apel netralitas ASN menjelang Pilkada 2024.',
      'Penjabat Bupati Lombok Timur, Juaini Taofik, mengingatkan seluruh ASN agar menjaga netralitas.',
      '“ASN wajib netral <img src=x onerror="window.__pwned=1"> dan tidak boleh ikut kampanye =SUM(1,2)” tegas Juaini Taofik.',
    ].join('\n\n'),
  };
}

/** Writes `n` synthetic articles (and the hostile one) as JSONL into `dir`; returns the file's path. */
export function writeCorpus(dir: string, n: number, opts: { hostile?: boolean } = {}): string {
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify(syntheticArticle(i)));
  if (opts.hostile) lines.push(JSON.stringify(hostileArticle()));
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
