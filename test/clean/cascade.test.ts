import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { budget } from '../helpers/budget.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seedDir = join(root, 'fixtures', 'seeds');
const seedFiles = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
const seeds = new Map(seedFiles.map((f) => [f, readFileSync(join(seedDir, f), 'utf8')]));

interface Expect {
  mustRemove: string[];
  mustKeep: string[];
  once: string[];
  title: string | null;
  dateline: { place: string | null; publisher: string | null } | null;
  headerDate: string | null;
}
const gold = JSON.parse(readFileSync(join(root, 'fixtures', 'clean', 'seeds.clean.json'), 'utf8')) as {
  articles: Record<string, Expect>;
};

/** The scorer squashes whitespace before comparing; so do we. */
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const count = (hay: string, needle: string): number => hay.split(needle).length - 1;

describe.each(seedFiles)('seed %s', (file) => {
  const g = gold.articles[file]!;
  const c = clean(seeds.get(file)!);
  const text = squash(c.text);

  it.each(g.mustRemove)('removes %j', (s) => {
    expect(text).not.toContain(squash(s));
  });
  it.each(g.mustKeep)('keeps %j', (s) => {
    expect(text).toContain(squash(s));
  });
  it.each(g.once.length > 0 ? g.once : ['(none)'])('holds %j once', (s) => {
    if (s !== '(none)') expect(count(text, squash(s))).toBe(1);
  });
  it('finds the title, dateline and header date', () => {
    expect(c.title).toBe(g.title);
    expect(c.dateline === null ? null : { place: c.dateline.place, publisher: c.dateline.publisher }).toEqual(g.dateline);
    expect(c.headerDate).toBe(g.headerDate);
  });
  it('keeps the title as the first paragraph, and the dateline out of the text', () => {
    if (g.title !== null) expect(c.text.startsWith(`${g.title}\n\n`)).toBe(true);
    if (c.dateline !== null) {
      expect(c.text).not.toContain(c.dateline.text);
      expect(c.removed).toContainEqual({ kind: 'dateline', rule: expect.any(String), text: c.dateline.text });
    }
  });
  it('has consistent paragraph offsets and normalised whitespace', () => {
    expect(c.paragraphs.map((p) => c.text.slice(p.start, p.end)).join('\n\n')).toBe(c.text);
    for (const p of c.paragraphs) {
      const para = c.text.slice(p.start, p.end);
      expect(para).toBe(para.trim());
      expect(para).not.toMatch(/[\n\u00a0]| {2}/);
    }
  });
  it('records every removal with kind, rule and text', () => {
    for (const r of c.removed) {
      expect(r.kind).toMatch(/^[a-z-]+$/);
      expect(r.rule).toMatch(/^[a-z-]+$/);
      expect(r.text.length).toBeGreaterThan(0);
    }
  });
  it('is idempotent', () => {
    expect(clean(c.text).text).toBe(c.text);
  });
});

describe('seed specifics', () => {
  it('seed 000: dateline split, pull quote and its caption dropped, body copy kept, initials gone', () => {
    const c = clean(seeds.get('000_79a728709b280e4b.txt')!);
    expect(c.dateline).toEqual({ place: 'LOTIM', publisher: 'LombokJoutnal.com', text: 'LOTIM.LombokJoutnal.com ~' });
    expect(c.paragraphs.length).toBe(9);
    expect(c.text.slice(c.paragraphs[1]!.start, c.paragraphs[1]!.end)).toBe(
      'Deklarasi Netralitas Aparat Sipil Negara (ASN) yang dilakukan di Aula Kantor Bupati Pemerintah Kabupaten Lombok Timur, sangat strategis untuk mewujudkan tatakelola pemerintahan yang baik.',
    );
    expect(c.text).not.toContain('masih TINGGI sehingga isu ini');
    expect(c.text).toContain(
      'Ditambahkannya, indeks kerawanan Pemilu di NTB masih tinggi terutama netralitas sehingga menjadi fokus utama stakeholder terkait seperti Badan Pengawas Pemilu (Bawaslu).',
    );
    expect(count(c.text, 'Pj Gubernur NTB, Hassanudin')).toBe(1);
    expect(c.text).toContain('Penilaian itu disampaikan Pj Gubernur NTB, Hassanudin di tengah');
    expect(c.text.endsWith('kampanye terbuka maupun tertutup.')).toBe(true);
    expect(c.removed.map((r) => r.rule)).toEqual([
      'related-link-line',
      'related-link-line',
      'related-link-line',
      'editor-initials-bare',
      'pull-quote',
      'pull-quote',
      'pull-quote-attribution',
      'dateline-place-dot-domain',
    ]);
  });

  it('seed 001: one paragraph per line, place-only dateline, "Post a Comment" gone', () => {
    const c = clean(seeds.get('001_8f669d21e09e7c84.txt')!);
    expect(c.dateline).toEqual({ place: 'Lombok Timur NTB', publisher: null, text: 'Lombok Timur NTB –' });
    expect(c.paragraphs.length).toBe(13);
    expect(c.text.startsWith('Untuk menjaga kondusifitas daerah')).toBe(true);
    expect(c.removed).toContainEqual({ kind: 'furniture', rule: 'furniture-line', text: 'Post a Comment' });
  });

  it('seed 002: the broken line is joined back into its paragraph', () => {
    const c = clean(seeds.get('002_032903b13de2509e.txt')!);
    expect(c.text).toContain(
      '\n\nPenegasan ASN harus netral disampaikan Pj Gubernur Kepulauan Babel setelah menghadiri Koordinasi Nasional (Kornas) yang digagas',
    );
    expect(c.paragraphs.length).toBe(11);
    expect(c.text.endsWith('menjaga netralitas ASN," katanya.')).toBe(true);
  });

  it('seed 003: subheadings stay as paragraphs, (editorMRC) goes', () => {
    const c = clean(seeds.get('003_f89a6d188a848fe1.txt')!);
    for (const sub of [
      'Komitmen ASN Lombok Barat untuk Netral dalam Pilkada',
      'Menjaga Kerukunan di Tengah Perbedaan Pilihan Politik',
      'Bawaslu Lombok Barat Apresiasi Inisiatif Pemerintah Daerah',
      'Peran Masyarakat dalam Mengawal Netralitas ASN',
    ]) {
      expect(c.text).toContain(`\n\n${sub}\n\n`);
    }
    expect(c.text.endsWith('tutup Ilham.')).toBe(true);
    expect(c.removed.filter((r) => r.kind === 'duplicate')).toEqual([]);
  });

  it('seed 004: header removed, one copy of the pasted-twice article', () => {
    const c = clean(seeds.get('004_69e4b941b536bd41.txt')!);
    expect(c.headerDate).toBe('2024-11-22');
    expect(c.paragraphs.length).toBe(7);
    expect(c.text).not.toContain('PROKALTENG.CO');
    expect(c.text).not.toContain('(eri/art/kpg)');
    expect(c.text.endsWith('mendengarkan program dari masing-masing pasangan calon.')).toBe(true);
    expect(c.removed.filter((r) => r.kind === 'duplicate').length).toBe(6);
    expect(c.removed.slice(0, 3)).toEqual([
      { kind: 'weather-header', rule: 'weather-temperature', text: '32.7 C' },
      { kind: 'weather-header', rule: 'header-place', text: 'Jakarta' },
      { kind: 'weather-header', rule: 'header-date', text: 'Friday, November 22, 2024' },
    ]);
  });
});

describe('input layout', () => {
  const a = 'Bawaslu Lombok Timur meminta seluruh ASN menjaga netralitas selama kampanye.';
  const b = 'KPU Lombok Timur menetapkan daftar pemilih tetap dalam rapat pleno terbuka.';
  it.each([
    ['blank lines', `${a}\n\n${b}`],
    ['single newlines', `${a}\n${b}`],
    ['CRLF', `${a}\r\n\r\n${b}\r\n`],
    ['NBSP and trailing spaces', `${a.replace(/ /g, '\u00a0 ')}   \n\n  ${b}\u00a0\u00a0`],
    ['many blank lines', `\n\n\n${a}\n\n\n\n${b}\n\n`],
  ])('%s', (_name, input) => {
    expect(clean(input).text).toBe(`${a}\n\n${b}`);
  });

  it('does not join a line ending in a sentence, or a line followed by a capital', () => {
    expect(clean('Ia hadir di Mataram\nBawaslu juga hadir.').text).toBe('Ia hadir di Mataram\n\nBawaslu juga hadir.');
    expect(clean('Ia hadir di Mataram.\nkemudian pulang.').text).toBe('Ia hadir di Mataram.\n\nkemudian pulang.');
    expect(clean('Ia hadir di Mataram\nkemudian pulang.').text).toBe('Ia hadir di Mataram kemudian pulang.');
  });

  it('empty and whitespace-only input', () => {
    for (const s of ['', '   ', '\n\n\n', '\u00a0\r\n']) {
      expect(clean(s)).toEqual({ text: '', paragraphs: [], title: null, dateline: null, headerDate: null, removed: [] });
    }
  });

  it('is deterministic', () => {
    const s = seeds.get('004_69e4b941b536bd41.txt')!;
    expect(JSON.stringify(clean(s))).toBe(JSON.stringify(clean(s)));
  });
});

describe('idempotence (property)', () => {
  const seedTexts = [...seeds.values()];
  const noise = fc.constantFrom(
    'BACA JUGA : Kapolda NTB Putra Daerah',
    'Baca Juga :\u00a0 Siapkan 56 Orang Calon Anggota',
    'Berita Terkait',
    '18 menit lalu',
    'Post a Comment',
    'ADVERTISEMENT',
    'Editor: Andi',
    '32.7 C',
    'Friday, November 22, 2024',
    'Jakarta',
    '(ant)',
    'jm/her',
    'MATARAM - Bawaslu NTB mengingatkan ASN agar netral selama pilkada.',
    '',
    '   ',
    '\u00a0',
  );
  const mutated = fc
    .tuple(
      fc.constantFrom(...seedTexts),
      fc.array(fc.tuple(fc.nat(), noise), { maxLength: 6 }),
      fc.constantFrom('\n', '\n\n', '\r\n'),
      fc.boolean(),
      fc.nat(),
    )
    .map(([seed, inserts, sep, dup, k]) => {
      const lines = seed.split(/\r?\n/);
      for (const [pos, line] of inserts) lines.splice(pos % (lines.length + 1), 0, line);
      if (dup && lines.length > 0) lines.push(lines[k % lines.length]!);
      return lines.filter((l, i) => sep !== '\n' || l !== '' || i === 0).join(sep);
    });

  it('holds on mutated seeds', () => {
    fc.assert(
      fc.property(mutated, (s) => {
        const once = clean(s).text;
        expect(clean(once).text).toBe(once);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('holds on arbitrary text', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('\n', '\n\n', ' ', '\u00a0', '.', '“', '”', '"', '(', ')', '-', ' – ', 'BACA JUGA: ', 'Baca', '(ant)', 'kata'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const once = clean(parts.join('')).text;
        expect(clean(once).text).toBe(once);
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});

describe('pathological inputs finish fast', () => {
  const seedParas = [...seeds.values()].join('\n\n').split(/\n+/).filter((l) => l.trim() !== '');
  const big = (() => {
    const out: string[] = [];
    let n = 0;
    for (let k = 0; n < 2_000_000; k++) {
      const p = seedParas[k % seedParas.length]!;
      // variations: as is; a word changed and a number appended; upper-cased with a word appended
      const v = k % 3 === 0 ? p : k % 3 === 1 ? `${p.replace(' dan ', ' serta ')} ${k}` : `${p.toUpperCase()} lagi ${k}`;
      out.push(v);
      n += v.length + 2;
    }
    return out.join('\n\n');
  })();

  it.each([
    ['200,000 spaces', ' '.repeat(200_000), 1000],
    ['50,000 quote marks', '"'.repeat(50_000), 1000],
    ['50,000 curly quotes', '“'.repeat(50_000), 1000],
    ['50,000 lines of BACA JUGA', 'BACA JUGA : Kapolda NTB\n'.repeat(50_000), 1000],
    ['50,000 related headings', 'Berita Terkait\n'.repeat(50_000), 1000],
    ['200,000-character word of credits (caption rule)', 'ANTARA/'.repeat(30_000), 1000],
    ['200,000-character byline prefix', 'Kompas.com,'.repeat(20_000) + ' 12/11/2024', 1000],
    ['50,000 hashtags on one line', '#a '.repeat(50_000), 1000],
    ['20,000 pagination lines', 'Halaman 1 2 3 Selanjutnya\n'.repeat(20_000), 1000],
    ['20,000 byline dates', 'Senin, 04 Nov 2024 10:15 WIB\n'.repeat(20_000), 1000],
    ['long promo-like line', 'Dapatkan berita ' + 'update '.repeat(40_000) + 'telegram', 1000],
    ['50,000 open parentheses', '(Baca juga: '.repeat(50_000), 1000],
    ['20,000 inline (Baca juga: …) spans in one paragraph', 'Bawaslu meminta ASN netral. ' + '(Baca juga: Judul berita) '.repeat(20_000), 1000],
    ['50,000 initials', 'Kata dia.' + ' (eri/art)'.repeat(50_000), 1000],
    ['50,000 dashes', 'Jakarta - '.repeat(50_000), 1000],
    ['a 2 MB article', big, 2000],
  ])('%s', (_name, input, nominal) => {
    const t0 = performance.now();
    const c = clean(input);
    expect(performance.now() - t0).toBeLessThan(budget(nominal));
    expect(typeof c.text).toBe('string');
  });

  it('the 2 MB article collapses its near-duplicate variants', () => {
    const c = clean(big);
    expect(c.text.length).toBeLessThan(200_000);
    // whichever variant came first is kept: exactly one copy in total
    expect(count(c.text.toLowerCase(), 'meskipun asn memiliki hak pilih')).toBe(1);
  });
});
