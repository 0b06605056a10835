// Paradigm of round 14's classes of furniture (issue 22; the kinds the check14 blind pages left, src/clean/rules/credits.ts,
// clean/page-top.ts, the lexicons page-furniture.ts, furniture-classes.ts and boilerplate.ts): every entry of each class
// crossed with its case, its punctuation and its place on the page (above the lead, between body lines, below the body).
// The line goes; the body stays whole. Negative rows: body lines that look alike stay.
// Before (f3c57f0) none of these rows went: check14 left 14 furniture lines and 2 leads on these kinds; now 0 and 0.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { MEDIA_BUTTON_MEDIA, MEDIA_BUTTON_VERBS } from '../../src/lexicon/page-furniture.js';
import { CREDIT_ROLES, PROMO_OPENERS } from '../../src/lexicon/boilerplate.js';
import { CREDIT_SEPARATORS, ENGINE_CREDIT_AGENTS, ENGINE_CREDIT_VERBS } from '../../src/lexicon/furniture-classes.js';

const HEADLINE = 'Kades di Sambas Dilaporkan ke Bawaslu karena Arahkan Warga Pilih Paslon';
const LEAD = 'Seorang kepala desa di Kecamatan Tebas dilaporkan ke Bawaslu karena diduga mengarahkan warga memilih salah satu pasangan calon.';
const SECOND = 'Laporan itu disampaikan warga yang merekam pertemuan di balai desa pada akhir pekan lalu.';
const THIRD = 'Bawaslu akan meneruskan temuan itu ke bupati bila unsur pelanggaran terpenuhi.';
const title = (w: string): string => w.replace(/(^|\s)(\p{Ll})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
const CASES: ReadonlyArray<(w: string) => string> = [(w) => w, title, (w) => w.toUpperCase()];
const cased = (lines: readonly string[]): string[] => lines.flatMap((l) => CASES.map((c) => c(l)));

/** Places a line is tried at: under the headline above the lead, between body lines, below the body. */
const UNDER_HEADLINE = (l: string): string[] => [HEADLINE, l, LEAD, SECOND, THIRD];
const BETWEEN = (l: string): string[] => [HEADLINE, LEAD, SECOND, l, THIRD];
const BELOW = (l: string): string[] => [HEADLINE, LEAD, SECOND, THIRD, l];

/** Rows that stay, or take a body line with them, at one of the places. */
function failures(lines: readonly string[], places: ReadonlyArray<(l: string) => string[]>): string[] {
  const failed: string[] = [];
  for (const line of lines) {
    for (const place of places) {
      const c = clean(place(line).join('\n'));
      const paras = c.text.split('\n\n');
      if (paras.includes(line) || ![LEAD, SECOND, THIRD].every((b) => paras.includes(b))) failed.push(`${line} @ ${place(line).indexOf(line)}`);
    }
  }
  return failed;
}
/** Body lines that do not stay whole at one of the places. */
function lost(lines: readonly string[], places: ReadonlyArray<(l: string) => string[]>): string[] {
  const out: string[] = [];
  for (const line of lines) {
    for (const place of places) {
      const paras = clean(place(line).join('\n')).text.split('\n\n');
      if (!paras.includes(line) || ![LEAD, SECOND, THIRD].every((b) => paras.includes(b))) out.push(`${line} @ ${place(line).indexOf(line)}`);
    }
  }
  return out;
}

const ALL = [UNDER_HEADLINE, BETWEEN, BELOW];
const EDGES = [UNDER_HEADLINE, BELOW];
const NAMES = ['Agus Salimullah', 'Reni Susanti', 'M. Yusuf Harahap', 'Siti Nur Aini', 'Ahmad bin Said'];
const PLACES = ['Garut', 'Sambas', 'Kolaka Utara'];

describe('round 14 classes of furniture: class × case × punctuation × place (paradigm)', () => {
  it('removes every media button (verb × medium × "semua" or none × case), wherever it stands', () => {
    const rows = cased(MEDIA_BUTTON_VERBS.flatMap((v) => MEDIA_BUTTON_MEDIA.flatMap((m) => [`${v} ${m}`, `${v} semua ${m}`])));
    expect(rows.length).toBeGreaterThan(400);
    const f = failures(rows, ALL);
    expect(f.length, f.slice(0, 20).join('\n')).toBe(0);
  });

  it('removes every staff credit without its colon (role × form × name × separator) above and below the body', () => {
    const rows: string[] = [];
    CREDIT_ROLES.forEach((role, i) => {
      const r = title(role);
      const name = NAMES[i % NAMES.length]!;
      const place = PLACES[i % PLACES.length]!;
      const sep = CREDIT_SEPARATORS[i % CREDIT_SEPARATORS.length]!;
      rows.push(`${sep} ${r} ${name}`, `${r} Kontributor ${place}, ${name}`, `${r} ${place}, ${name}`, `${role.toUpperCase()} ${place.toUpperCase()}, ${name.toUpperCase()}`);
    });
    const f = failures(rows, EDGES);
    expect(f.length, f.slice(0, 20).join('\n')).toBe(0);
  });

  it('removes every name alone in brackets (name × bracket) wherever it stands', () => {
    const rows = NAMES.flatMap((n) => [`(${n})`, `[${n}]`, `( ${n} )`]);
    const f = failures(rows, ALL);
    expect(f.length, f.slice(0, 20).join('\n')).toBe(0);
  });

  it('removes every site engine credit (verb × agent × name, one or two parts × joiner) below the body', () => {
    const rows = ENGINE_CREDIT_VERBS.flatMap((v, i) => ENGINE_CREDIT_AGENTS.flatMap((a) => {
      const V = title(v);
      return [`${V} ${a} ThemeGrill`, `${V} ${a} Diskominfo Pohuwato.`, `${V} ${a} ThemeGrill. Powered by WordPress.`, `${V} ${a} 99 Themes | ${title(ENGINE_CREDIT_VERBS[(i + 5) % ENGINE_CREDIT_VERBS.length]!)} ${a} Blogger`];
    }));
    const f = failures(rows, [BELOW]);
    expect(f.length, f.slice(0, 20).join('\n')).toBe(0);
  });

  it('removes every promotion asking for a click or a sign-up (opener × click target) below the body', () => {
    const targets = ['klik di sini', 'klik disini', 'klik link berikut', 'klik tautan ini', 'daftar sekarang'];
    const rows = PROMO_OPENERS.flatMap((o, i) => [`${title(o)} berita terkini dari Sambas Pos hanya dengan satu akun, ${targets[i % targets.length]} dan nantikan kejutan lainnya`]);
    const f = failures(rows, [BELOW]);
    expect(f.length, f.slice(0, 20).join('\n')).toBe(0);
  });
});

describe('round 14: a caption read by its credit, between the headline and a lead with its dateline', () => {
  const DATELINES = ['SAMBAS, KABARBORNEO.com -', 'Sambas –', 'SAMBAS (Antara) -', 'NEGARA –'];
  const CAPTIONS = ['KLARIFIKASI: Suasana klarifikasi di kantor Bawaslu Sambas, kemarin.', 'Bawaslu (ilustrasi). Bawaslu Sambas menemukan kepala desa ikut kampanye.', 'Ilustrasi Pilkada 2024.'];
  const CREDITS: ReadonlyArray<(c: string) => string[]> = [
    (c) => [`${c} (KABARBORNEO.com/Dedi Irawan)`],
    (c) => [`${c} (DEDI IRAWAN/KABAR BORNEO)`],
    (c) => [c, 'Foto: Kabar Borneo/Dedi Irawan'],
    (c) => [c, 'FOTO: ANTARA/Dedi Irawan'],
  ];
  it.each(DATELINES.flatMap((d) => CAPTIONS.flatMap((c) => CREDITS.map((k, i) => [d, c, i] as const))))('%s / %s / credit %i: the caption goes, the lead stays without its dateline', (d, c, i) => {
    const out = clean([HEADLINE, ...CREDITS[i]!(c), `${d} ${LEAD}`, SECOND].join('\n'));
    const paras = out.text.split('\n\n');
    expect(paras).not.toContain(c);
    expect(paras).toEqual([HEADLINE, LEAD, SECOND]);
    expect(out.title).toBe(HEADLINE);
  });
  // negative rows: a credited paragraph under which no dateline opens a lead is body (a story of one paragraph credited at
  // its end, a caption-like sentence between body lines): without the lead's own mark, nothing tells a caption from text
  it.each(CAPTIONS.flatMap((c) => CREDITS.map((k, i) => [c, i] as const)))('%s / credit %i: with no dateline under it, the paragraph stays', (c, i) => {
    const out = clean([HEADLINE, ...CREDITS[i]!(c), LEAD, SECOND].join('\n'));
    expect(out.text).toContain(c);
    expect(out.text).toContain(LEAD);
  });
  it.each(CAPTIONS.flatMap((c) => CREDITS.map((k, i) => [c, i] as const)))('%s / credit %i: between body lines, the caption line stays', (c, i) => {
    const out = clean([HEADLINE, `SAMBAS, KABARBORNEO.com - ${LEAD}`, ...CREDITS[i]!(c), SECOND, THIRD].join('\n'));
    expect(out.text).toContain(LEAD);
    expect(out.text).toContain(SECOND);
    expect(out.text).toContain(THIRD);
  });
});

describe('round 14: a slogan of parallel clauses above the headline', () => {
  const SLOGANS = ['Bersama Rakyat Awasi Pemilu, Bersama Bawaslu Tegakkan Keadilan Pemilu', 'Melayani Dengan Hati, Melayani Tanpa Pamrih', 'Cepat Tanggap, Cepat Tuntas, Cepat Melayani'];
  // the slogan stands in a masthead (check14/07: the site's name above it, its menu under it): it goes with it
  const MASTHEADS: ReadonlyArray<[string, (s: string) => string[]]> = [
    ['site name above', (s) => ['Bawaslu Kabupaten Sambas', s]],
    ['menu under', (s) => [s, 'Beranda', 'Profil', 'Berita', 'Kontak']],
    ['site name above, menu under', (s) => ['Badan Pengawas Pemilihan Umum Kabupaten Sambas', s, 'Beranda', 'Berita']],
  ];
  it.each(SLOGANS.flatMap((s) => MASTHEADS.map(([where, m]) => [s, where, m] as const)))('%s (%s) goes above the headline', (s, _where, m) => {
    const out = clean([...m(s), HEADLINE, LEAD, SECOND].join('\n'));
    expect(out.title).toBe(HEADLINE);
    expect(out.text.split('\n\n')).toEqual([HEADLINE, LEAD, SECOND]);
  });
  // negative rows: a headline of that shape over its deck, with no masthead: it is the page's headline and stays
  const PARALLEL_HEADLINES = ['Jaga Netralitas, Jaga Demokrasi', 'Pilkada Damai, Pilkada Bermartabat', ...SLOGANS];
  const DECKS = ['Bawaslu Sambas Ajak ASN Tidak Berpihak', 'Bawaslu Sambas ajak ASN tidak berpihak pada pasangan calon'];
  it.each(PARALLEL_HEADLINES.flatMap((s) => DECKS.map((d) => [s, d] as const)))('%s over the deck %s stays', (s, d) => {
    const out = clean([s, d, LEAD, SECOND].join('\n'));
    expect(out.text.split('\n\n')).toEqual([s, d, LEAD, SECOND]);
  });
  // negative rows: a kicker that states one thing, and the headline itself when it repeats a word
  it.each(['Sorotan Pilkada Serentak Nusantara Tahun Ini', 'Netralitas ASN, Netralitas Pemilu'])('%s as the headline stays', (s) => {
    const out = clean([s, LEAD, SECOND].join('\n'));
    expect(out.text.split('\n\n')[0]).toBe(s);
  });
});

describe('round 14 negative rows: body lines that look like the classes stay whole, wherever they stand', () => {
  const BODY_LIKE = [
    'Lihat foto itu, warga langsung melapor ke Bawaslu.',
    'Tonton video kampanye itu bersama kami, kata Ketua Bawaslu.',
    'Penulis buku netralitas itu hadir sebagai narasumber.',
    'Editor senior itu menyebut aturan kampanye sudah jelas.',
    'Reporter kami di Sambas, Agus Salimullah, melaporkan pertemuan itu berlangsung tertutup.',
    'Dikembangkan oleh Diskominfo bersama kampus, aplikasi itu dipakai untuk melapor.',
    'Dapatkan informasi resmi hanya dari KPU dan Bawaslu, kata dia.',
    'Ketua KPU (Ahmad Yani) hadir di lokasi.',
  ];
  it('keeps every body line that looks like a class', () => {
    const l = lost(BODY_LIKE, [BETWEEN]);
    expect(l.length, l.join('\n')).toBe(0);
  });
});
