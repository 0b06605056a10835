import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/extract/statements/classify.js';
import { extractStatements } from '../../src/extract/statements/index.js';
import type { DateMention, ExtractContext, Official, RegionMention, RegionRef, Span, Statement } from '../../src/model.js';
import { budget } from '../helpers/budget.js';

// ---- helpers: a hand-made Official factory and a minimal stand-in for the clean stage --------------------

/** All non-overlapping occurrences of `surfaces` (longest first) in `text`, as spans. */
export function spansOf(text: string, surfaces: string[]): Span[] {
  const spans: Span[] = [];
  for (const s of [...surfaces].sort((a, b) => b.length - a.length)) {
    let i = text.indexOf(s);
    while (i >= 0) {
      const e = i + s.length;
      const boundary = !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[e] ?? ' ');
      if (boundary && !spans.some((x) => x.start < e && x.end > i)) spans.push({ start: i, end: e, text: s, rule: 'test' });
      i = text.indexOf(s, i + 1);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export interface OfficialSpec {
  name: string;
  title?: string | null;
  role?: string | null;
  region?: RegionRef | null;
  /** Surface forms to find in the text (default: the name). */
  surfaces?: string[];
}

/** Builds an `Official` as the officials extractor would, with spans for every surface form in `text`. */
export function official(text: string, spec: OfficialSpec): Official {
  const spans = spansOf(text, spec.surfaces ?? [spec.name]);
  return {
    id: `o_${spec.name.toLowerCase().replace(/\s+/g, '_')}`,
    name: spec.name,
    nameAsWritten: spec.name,
    title: spec.title ?? null,
    role: spec.role ?? null,
    acting: false,
    institution: null,
    region: spec.region ?? null,
    mentions: spans.length,
    spans,
    rule: 'test',
  };
}

/** A context from paragraphs joined by blank lines. */
export function ctxOf(paragraphs: string[], opts: Partial<ExtractContext> = {}): ExtractContext {
  const text = paragraphs.join('\n\n');
  const paras: Array<{ start: number; end: number }> = [];
  let pos = 0;
  for (const p of paragraphs) {
    paras.push({ start: pos, end: pos + p.length });
    pos += p.length + 2;
  }
  return { articleId: 'a1', text, paragraphs: paras, title: null, published: null, dateline: null, ...opts };
}

const DROP_LINE = /^(?:BACA JUGA|Baca Juga)\s*:|^Post a Comment$|^\d+(?:\.\d+)? C$|^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), /u;
const STOP_AT = /^(?:Berita Terkait|Terpopuler|Artikel Terbaru)$/u;

/** Minimal stand-in for cleaning a seed: drop related-link lines and page furniture, stop at tail blocks,
 *  drop repeated lines (seed 004's duplicate copy), one paragraph per line. */
export function seedCtx(id: string, raw: string): ExtractContext {
  const seen = new Set<string>();
  const paras: string[] = [];
  for (const line of raw.split('\n')) {
    const t = line.replace(/\s+$/u, '').replace(/^\s+/u, '');
    if (!t) continue;
    if (STOP_AT.test(t)) break;
    if (DROP_LINE.test(t) || t === 'Jakarta') continue;
    if (seen.has(t)) continue;
    seen.add(t);
    paras.push(t);
  }
  const first = paras[0] ?? '';
  const title = first.length < 120 && !/[.!?]$/u.test(first) ? first : null;
  return ctxOf(paras, { articleId: id, title });
}

// ---- tests -------------------------------------------------------------------------------------------

const FIX = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** Runs the extractor over paragraphs with officials built from specs. */
function run(paragraphs: string[], specs: OfficialSpec[] = [], opts: { title?: string; regions?: RegionMention[]; dates?: DateMention[] } = {}): Statement[] {
  const ctx = ctxOf(paragraphs, { title: opts.title ?? null });
  const offs: Official[] = specs.map((s) => official(ctx.text, s)).filter((o) => o.spans.length > 0);
  return extractStatements(ctx, offs, opts.regions ?? [], opts.dates ?? []);
}
const brief = (s: Statement): [string, string, string | null, string | null] => [s.kind, s.quote.slice(0, 30), s.speaker?.name ?? null, s.speakerRule];

const SUGITO: OfficialSpec = { name: 'Sugito', title: 'Penjabat Gubernur Kepulauan Bangka Belitung', role: 'gubernur' };
const BUDI: OfficialSpec = { name: 'Budi Santoso', title: 'Kepala Dinas Kominfo', role: 'kepala dinas', surfaces: ['Budi Santoso', 'Budi'] };
const Q = 'ASN wajib netral menjelang pelaksanaan pilkada serentak tahun ini';

describe('direct quotes: attribution verbs and layouts', () => {
  it.each<[string, string[], string, string, string]>([
    ['kata X', [`Penjabat Gubernur Sugito hadir.`, `"${Q}," kata Sugito dalam keterangan pers.`], 'Sugito', 'verb-after', 'quote-verb-after'],
    ['ujar X (curly)', [`Sugito hadir.`, `“${Q},” ujar Sugito.`], 'Sugito', 'verb-after', 'quote-verb-after'],
    ['tegas X without comma', [`Sugito hadir.`, `“${Q}” tegas Sugito.`], 'Sugito', 'verb-after', 'quote-verb-after'],
    ['pungkas X', [`Sugito hadir.`, `“${Q}.” pungkas Sugito.`], 'Sugito', 'verb-after', 'quote-verb-after'],
    ['tutur + title before name', [`Acara digelar.`, `“${Q},” tutur Kepala Dinas Kominfo Budi Santoso.`], 'Budi Santoso', 'verb-after', 'quote-verb-after'],
    ['katanya', [`Sugito membuka acara.`, `"${Q}," katanya.`], 'Sugito', 'pronoun', 'quote-verb-after'],
    ['kata dia', [`Sugito membuka acara.`, `"${Q}," kata dia.`], 'Sugito', 'pronoun', 'quote-verb-after'],
    ['ujar beliau', [`Sugito membuka acara.`, `"${Q}," ujar beliau.`], 'Sugito', 'pronoun', 'quote-verb-after'],
    ['tambahnya', [`Sugito membuka acara.`, `"${Q}," tambahnya.`], 'Sugito', 'pronoun', 'quote-verb-after'],
    ['X mengatakan, "…"', [`Sugito mengatakan, "${Q}."`], 'Sugito', 'verb-before', 'quote-verb-before'],
    ['X menegaskan: "…"', [`Dalam sambutannya, Sugito menegaskan: “${Q}.”`], 'Sugito', 'verb-before', 'quote-verb-before'],
    ['Ia menegaskan bahwa "…"', [`Sugito hadir.`, `Ia menegaskan bahwa “${Q}.”`], 'Sugito', 'pronoun', 'quote-verb-before'],
    ['Kata X, "…"', [`Kata Sugito, "${Q}."`], 'Sugito', 'verb-before', 'quote-verb-before'],
    ['Menurut X, "…"', [`Menurut Sugito, "${Q}."`], 'Sugito', 'verb-before', 'quote-verb-before'],
    ['colon', [`Pesan Sugito kepada ASN: "${Q}."`], 'Sugito', 'colon', 'quote-colon'],
    ['demikian disampaikan X', [`"${Q}," demikian disampaikan Sugito.`], 'Sugito', 'verb-after', 'quote-verb-after'],
  ])('%s', (_name, paras, speaker, speakerRule, rule) => {
    const st = run(paras, [SUGITO, BUDI]).filter((s) => s.kind === 'direct');
    expect(st).toHaveLength(1);
    expect(st[0]!.quote.startsWith(Q)).toBe(true);
    expect(st[0]!.speaker?.name).toBe(speaker);
    expect(st[0]!.speakerRule).toBe(speakerRule);
    expect(st[0]!.rule).toBe(rule);
    expect(st[0]!.quote.endsWith(',')).toBe(false);
  });

  it('offsets cover the quote content', () => {
    const [s] = run([`"${Q}," kata Sugito.`], [SUGITO]);
    const ctx = ctxOf([`"${Q}," kata Sugito.`]);
    expect(ctx.text.slice(s!.start, s!.end)).toBe(Q);
  });

  it('bare title goes to the official holding it', () => {
    const st = run(
      ['Pj Gubernur NTB, Hassanudin, hadir bersama Pj Bupati Lotim, Juaini Taofik.', '“Bukan sekedar kegiatan seremonial tapi menunjukkan integritas,” jelas Gubernur.'],
      [
        { name: 'Hassanudin', title: 'Pj Gubernur NTB', role: 'gubernur' },
        { name: 'Juaini Taofik', title: 'Pj Bupati Lotim', role: 'bupati' },
      ],
    );
    expect(st.map(brief)).toEqual([['direct', 'Bukan sekedar kegiatan seremon', 'Hassanudin', 'bare-title']]);
  });

  it('bare title with no such official gives no speaker (never guess)', () => {
    const st = run(['“Bukan sekedar kegiatan seremonial tapi menunjukkan integritas,” jelas Gubernur.'], [{ name: 'Juaini Taofik', title: 'Pj Bupati Lotim', role: 'bupati' }]);
    expect(st.map(brief)).toEqual([['direct', 'Bukan sekedar kegiatan seremon', null, null]]);
  });

  it('title after the name: a person not among the officials is a stated speaker with that title', () => {
    const st = run(['“Kami akan menindaklanjuti setiap laporan masyarakat,” ungkap Ahmad Zaini, Kepala Dinas Kominfo Kota Mataram.']);
    expect(st).toHaveLength(1);
    expect(st[0]!.speaker).toEqual({ id: expect.stringMatching(/^p_[0-9a-f]{12}$/), name: 'Ahmad Zaini', title: 'Kepala Dinas Kominfo Kota Mataram' });
    expect(st[0]!.speakerRule).toBe('name-title-after');
  });

  it('title after the name of a known official links the official', () => {
    const st = run([`“${Q},” ungkap Budi Santoso, Kepala Dinas Kominfo.`], [BUDI]);
    expect(st[0]!.speaker).toEqual({ id: 'o_budi_santoso', name: 'Budi Santoso', title: 'Kepala Dinas Kominfo' });
  });

  it('a stated speaker not in the officials list gets a deterministic p_ id and no title', () => {
    const a = run([`"${Q}," kata Rudi Hartono.`]);
    const b = run(['Berita lain.', `"${Q}," kata Rudi Hartono.`]);
    expect(a[0]!.speaker).toEqual({ id: b[0]!.speaker!.id, name: 'Rudi Hartono', title: null });
    expect(a[0]!.speakerRule).toBe('verb-after');
  });

  it('name matched by Jaro–Winkler to the official (spelling variant, no span)', () => {
    const ctx = ctxOf([`"${Q}," kata Hasanudin.`]);
    const o = official(ctx.text, { name: 'Hasanuddin', title: 'Pj Gubernur NTB', role: 'gubernur', surfaces: ['Pj Gubernur NTB'] });
    const st = extractStatements(ctx, [o], [], []);
    expect(st[0]!.speaker?.name).toBe('Hasanuddin');
  });
});

describe('pronoun chains', () => {
  it('katanya/tambahnya/tegasnya follow the last named speaker, across speakers', () => {
    const st = run(
      [
        'Pj Bupati Lombok Timur, Juaini Taofik, membuka acara.',
        '“Kami berkomitmen agar seluruh ASN menjaga netralitas,” tegas Juaini Taofik.',
        '“Pelayanan publik harus tetap terjaga, meskipun Pilkada semakin dekat,” tambahnya.',
        'Sementara itu, Pj Gubernur NTB, Hasanuddin, yang turut hadir, menyampaikan apresiasi.',
        '“Netralitas ASN adalah amanat undang-undang,” ujarnya.',
        'Hasanuddin juga mengingatkan pentingnya netralitas di media sosial. “Netralitas harus diimplementasikan di dunia maya,” tegasnya.',
      ],
      [
        { name: 'Juaini Taofik', title: 'Pj Bupati Lombok Timur', role: 'bupati' },
        { name: 'Hasanuddin', title: 'Pj Gubernur NTB', role: 'gubernur' },
      ],
    ).filter((s) => s.kind === 'direct');
    expect(st.map(brief)).toEqual([
      ['direct', 'Kami berkomitmen agar seluruh ', 'Juaini Taofik', 'verb-after'],
      ['direct', 'Pelayanan publik harus tetap t', 'Juaini Taofik', 'pronoun'],
      ['direct', 'Netralitas ASN adalah amanat u', 'Hasanuddin', 'pronoun'],
      ['direct', 'Netralitas harus diimplementas', 'Hasanuddin', 'pronoun'],
    ]);
  });

  it('the subject of the last sentence wins over an object mentioned after it', () => {
    const st = run(
      ['Pj Bupati Juaini Taofik mengapresiasi Pj Sekda Hasni Ahmad atas kerja kerasnya.', '“Pelayanan publik harus tetap terjaga,” katanya.'],
      [
        { name: 'Juaini Taofik', title: 'Pj Bupati', role: 'bupati' },
        { name: 'Hasni Ahmad', title: 'Pj Sekda', role: 'sekda' },
      ],
    ).filter((s) => s.kind === 'direct');
    expect(st[0]!.speaker?.name).toBe('Juaini Taofik');
  });

  it('a mention inside a quote is not an antecedent', () => {
    const st = run(
      ['Sugito membuka acara.', '“Saya berterima kasih kepada Budi Santoso atas kerjanya,” kata Sugito.', '“ASN wajib netral,” katanya.'],
      [SUGITO, BUDI],
    );
    expect(st.map((s) => s.speaker?.name)).toEqual(['Sugito', 'Sugito']);
  });

  it('a pronoun with nobody before it has no speaker', () => {
    const st = run([`"${Q}," katanya.`]);
    expect(st.map(brief)).toEqual([['direct', Q.slice(0, 30), null, null]]);
  });
});

describe('layouts', () => {
  const text = readFileSync(`${FIX}statements/layouts.txt`, 'utf8').trimEnd().split('\n\n');
  const specs: OfficialSpec[] = [
    { name: 'Mahmud Abdullah', title: 'Bupati Sumbawa', role: 'bupati', surfaces: ['Mahmud Abdullah', 'Mahmud'] },
    { name: 'Syamsul Hadi', title: 'Camat Moyo Hilir', role: 'camat' },
  ];
  const st = run(text, specs, { title: text[0]! });
  const direct = st.filter((s) => s.kind === 'direct');

  it('finds exactly the real quotes (no title, no scare quotes, repeated paragraph once)', () => {
    expect(direct.map(brief)).toEqual([
      ['direct', 'Saya ingatkan sekali lagi, ASN', 'Mahmud Abdullah', 'verb-after'],
      ['direct', 'Netralitas itu kewajiban, Kami', 'Mahmud Abdullah', 'split-quote'],
      ['direct', 'Kami berkomitmen menjaga netra', 'Syamsul Hadi', 'prev-paragraph'],
    ]);
  });

  it('multi-paragraph quote: one statement over both paragraphs', () => {
    expect(direct[0]!.quote).toBe(
      'Saya ingatkan sekali lagi, ASN harus netral. Tidak ada tawar-menawar soal ini. Siapa pun yang terbukti melanggar akan kami proses sesuai aturan yang berlaku',
    );
    expect(direct[0]!.rule).toBe('quote-verb-after');
  });

  it('split quote: both parts joined, offsets span both', () => {
    const s = direct[1]!;
    expect(s.quote).toBe('Netralitas itu kewajiban, Kami tidak ingin ada satu pun ASN yang terseret politik praktis.');
    expect(s.rule).toBe('quote-split');
    const full = text.join('\n\n');
    expect(full.slice(s.start, s.end)).toBe('Netralitas itu kewajiban," ujar Mahmud. "Kami tidak ingin ada satu pun ASN yang terseret politik praktis.');
  });

  it('unclosed quote ends at its paragraph end', () => {
    const full = text.join('\n\n');
    const s = direct[2]!;
    expect(full.slice(s.start, s.end)).toBe('Kami berkomitmen menjaga netralitas seluruh aparatur kecamatan sampai pemungutan suara selesai.');
    expect(s.type).toBe('commitment');
  });

  it('indirect statements carry their speaker', () => {
    expect(st.filter((s) => s.kind === 'indirect').map(brief)).toEqual([
      ['indirect', 'ASN agar menjauhi praktik "ser', 'Mahmud Abdullah', 'verb-before'],
      ['indirect', 'siap mengawal netralitas di wi', 'Syamsul Hadi', 'verb-before'],
    ]);
  });
});

describe('other verbs fixture', () => {
  const text = readFileSync(`${FIX}statements/other-verbs.txt`, 'utf8').trimEnd().split('\n\n');
  const region = { code: '52.71', name: 'Kota Mataram' };
  const st = run(
    text,
    [
      { name: 'Lalu Alwan Basri', title: 'Sekretaris Daerah Kota Mataram', role: 'sekda', surfaces: ['Lalu Alwan Basri', 'Alwan'], region },
      { name: 'Baiq Nelly Kusumawati', title: 'Kepala BKPSDM Kota Mataram', role: 'kepala bkpsdm', surfaces: ['Baiq Nelly Kusumawati', 'Nelly'] },
      { name: 'Mohan Roliskana', title: 'Wali Kota Mataram', role: 'wali kota' },
    ],
    { title: text[0]! },
  );
  it('attributes every quote', () => {
    expect(st.filter((s) => s.kind === 'direct').map((s) => [s.quote.slice(0, 20), s.speaker?.name, s.speakerRule, s.type, s.neutrality])).toEqual([
      ['ASN tidak boleh ikut', 'Lalu Alwan Basri', 'verb-after', 'warning', true],
      ['Sanksinya jelas, mul', 'Lalu Alwan Basri', 'pronoun', 'warning', true],
      ['Tiga laporan itu sed', 'Baiq Nelly Kusumawati', 'pronoun', 'assessment', false],
      ['Kami akan menindakla', 'Ahmad Zaini', 'name-title-after', 'commitment', false], // the speaker's side, future: a pledge without a pledge word (`laporan` under `akan` is no finding)
      ['ASN harus bijak berm', 'Baiq Nelly Kusumawati', 'verb-before', 'instruction', false],
      ['Saya minta semua kep', 'Mohan Roliskana', 'verb-before', 'instruction', false],
    ]);
  });
  it('region: the speaker official’s region, else none without regions', () => {
    expect(st.find((s) => s.quote.startsWith('ASN tidak boleh'))!.region).toEqual(region);
    expect(st.find((s) => s.quote.startsWith('Saya minta'))!.region).toBeNull();
  });
});

describe('negative cases', () => {
  it.each<[string, string[]]>([
    ['scare quote', ['Ia menolak praktik "serangan fajar" menjelang pemungutan suara.']],
    ['quoted event title', ['Apel bertema "Netralitas ASN Jadi Indikator" diikuti ribuan pegawai.']],
    ['long quoted programme name inside a sentence', ['Program "Desa Bersih Narkoba dan Bebas Politik Uang Tahun Ini Juga" sudah berjalan.']],
    ['short quote alone', ['"Netralitas ASN Harga Mati"']],
    ['straight apostrophes', ["Ia menyebut 'netral' sebagai kunci."]],
  ])('%s → no statement', (_name, paras) => {
    expect(run(paras, [SUGITO])).toEqual([]);
  });

  it('quoted headline (title paragraph) is not a statement', () => {
    expect(run(['Bupati: "Netralitas ASN Harga Mati"', 'Isi berita.'], [], { title: 'Bupati: "Netralitas ASN Harga Mati"' })).toEqual([]);
  });

  it('a quote with no attribution and no previous subject is kept with speaker null', () => {
    const text = readFileSync(`${FIX}statements/no-speaker.txt`, 'utf8').trimEnd().split('\n\n');
    const st = run(text);
    expect(st.map(brief)).toEqual([['direct', 'Semua pegawai diharapkan datan', null, null]]);
  });

  it('indirect speech with no speaker is dropped', () => {
    expect(run(['Pemerintah daerah mengatakan bahwa ASN harus netral dalam pilkada.'])).toEqual([]);
  });

  it('subordinate reporting verbs are not statements', () => {
    expect(run(['Kegiatan yang digelar Sugito untuk mengingatkan ASN agar netral berjalan lancar.'], [SUGITO])).toEqual([]);
  });
});

describe('indirect statements', () => {
  it.each<[string, string[], string, string | null, string]>([
    ['X mengatakan', ['Sugito mengatakan netralitas adalah prinsip dasar setiap ASN.'], 'netralitas adalah prinsip dasar setiap ASN.', 'Sugito', 'indirect-verb'],
    ['X menegaskan bahwa', ['Sugito menegaskan bahwa ASN harus netral selama pilkada.'], 'ASN harus netral selama pilkada.', 'Sugito', 'indirect-verb'],
    ['menjelaskan needs bahwa', ['Sugito menjelaskan sejumlah pelanggaran yang sering terjadi.'], '', null, ''],
    ['Ia menyatakan → pronoun', ['Sugito hadir di sana.', 'Ia menyatakan jumlah perkara netralitas ASN tidak lebih dari seribu.'], 'jumlah perkara netralitas ASN tidak lebih dari seribu.', 'Sugito', 'indirect-verb'],
    ['Menurut X,', ['Menurut Sugito, webinar ini adalah langkah konkret pemerintah daerah.'], 'webinar ini adalah langkah konkret pemerintah daerah.', 'Sugito', 'indirect-menurut'],
    ['menurutnya', ['Sugito hadir.', 'Menurutnya, langkah ini merupakan hal luar biasa di daerah.'], 'langkah ini merupakan hal luar biasa di daerah.', 'Sugito', 'indirect-menurut'],
    ['Menurut data → no person', ['Menurut Data Bawaslu, pelanggaran meningkat tajam tahun ini.'], '', null, ''],
    ['dikatakannya inside', ['Sugito hadir.', 'Pelanggaran yang dilakukan ASN dikatakannya akan mengurangi kepercayaan publik.'], 'Pelanggaran yang dilakukan ASN akan mengurangi kepercayaan publik.', 'Sugito', 'indirect-passive'],
    ['Ditambahkannya,', ['Sugito hadir.', 'Ditambahkannya, indeks kerawanan pemilu di daerah masih tinggi.'], 'indeks kerawanan pemilu di daerah masih tinggi.', 'Sugito', 'indirect-passive'],
    ['Penilaian itu disampaikan X', ['Indeks kerawanan pemilu di daerah ini masih sangat tinggi.', 'Penilaian itu disampaikan Pj Gubernur, Sugito, di Mataram.'], 'Indeks kerawanan pemilu di daerah ini masih sangat tinggi.', 'Sugito', 'indirect-backref'],
    ['…, tegas Sekda, …', ['Sekda Pransang hadir.', 'Meskipun ASN memiliki hak pilih, tegas Sekda, ASN tidak boleh ikut politik praktis.'], 'Meskipun ASN memiliki hak pilih, ASN tidak boleh ikut politik praktis.', 'Pransang', 'indirect-verb-mid'],
    ['…, katanya.', ['Sugito hadir.', 'Netralitas itu harga mati bagi seluruh ASN, katanya.'], 'Netralitas itu harga mati bagi seluruh ASN', 'Sugito', 'indirect-verb-tail'],
  ])('%s', (_name, paras, quote, speaker, rule) => {
    const st = run(paras, [SUGITO, { name: 'Pransang', title: 'Sekda Kabupaten Katingan', role: 'sekda' }]).filter((s) => s.kind === 'indirect');
    if (speaker === null) {
      expect(st).toEqual([]);
      return;
    }
    expect(st.map((s) => [s.quote, s.speaker?.name ?? null, s.rule])).toEqual([[quote, speaker, rule]]);
  });

  it('an indirect sentence that introduces a direct quote is only the direct quote', () => {
    const st = run([`Sugito mengatakan, "${Q}."`], [SUGITO]);
    expect(st.map((s) => s.kind)).toEqual(['direct']);
  });
});

describe('dedupe, ids, dates and regions', () => {
  it('a repeated paragraph gives one statement', () => {
    const p = `"${Q}," kata Sugito.`;
    const st = run([p, 'Lain.', p], [SUGITO]);
    expect(st).toHaveLength(1);
  });

  it('ids are content-derived: s_ + 12 hex, same quote same id, different article different id', () => {
    const a = run([`"${Q}," kata Sugito.`], [SUGITO]);
    const b = run(['Pembuka.', `"${Q}," kata Sugito.`], [SUGITO]);
    expect(a[0]!.id).toMatch(/^s_[0-9a-f]{12}$/);
    expect(a[0]!.id).toBe(b[0]!.id);
    const ctx = { ...ctxOf([`"${Q}," kata Sugito.`]), articleId: 'other' };
    expect(extractStatements(ctx, [official(ctx.text, SUGITO)], [], [])[0]!.id).not.toBe(a[0]!.id);
  });

  const date = (text: string, paras: string[], iso: string, kind: DateMention['kind'] = 'event'): DateMention => {
    const full = paras.join('\n\n');
    const start = full.indexOf(text);
    return { text, start, end: start + text.length, iso, certain: true, kind, time: null, weekdayMismatch: false, rule: 'test' };
  };
  it('date: the nearest event date in the same or previous paragraph, else the main event date', () => {
    const paras = ['Acara digelar Kamis (3/10/2024).', `"${Q}," kata Sugito.`, 'Lain lagi.', 'Lain lagi.', `"Netralitas ASN kunci utama pilkada damai tahun ini," kata Sugito.`, 'Pilkada pada 27 November 2024.'];
    const dates = [date('Kamis (3/10/2024)', paras, '2024-10-03'), date('27 November 2024', paras, '2024-11-27', 'election')];
    const st = run(paras, [SUGITO], { dates });
    expect(st.map((s) => s.date)).toEqual(['2024-10-03', '2024-10-03']);
    expect(run(paras, [SUGITO], { dates: [dates[1]!] }).map((s) => s.date)).toEqual([null, null]);
  });

  it('region: the article’s most-mentioned region when the speaker has none', () => {
    const paras = [`"${Q}," kata Sugito di Pangkalpinang.`];
    const full = paras.join('\n\n');
    const reg = (code: string, name: string, level: RegionMention['level'], surface: string): RegionMention => ({
      code, name, level, surface: [surface], mentions: spansOf(full, [surface]).length, spans: spansOf(full, [surface]),
    });
    const regions = [reg('19', 'Kepulauan Bangka Belitung', 'province', 'Sugito'), reg('19.71', 'Kota Pangkalpinang', 'city', 'Pangkalpinang')];
    expect(run(paras, [SUGITO], { regions })[0]!.region).toEqual({ code: '19.71', name: 'Kota Pangkalpinang' });
  });
});

describe('topic and type', () => {
  it.each<[string, boolean, string, string[]]>([
    ['ASN wajib netral.', true, 'instruction', ['wajib', 'netral']],
    ['Kenetralan ASN dijaga bersama.', true, 'other', ['netral']],
    ['Netralnya penyelenggara menjadi ukuran demokrasi.', true, 'other', ['netral']],
    ['Tidak boleh ada ketidaknetralan di lingkungan kami.', true, 'warning', ['tidak boleh', 'netral']],
    ['Ketidakberpihakan ASN adalah kunci utama.', true, 'other', ['pihak']],
    ['Terima kasih kepada seluruh pihak yang hadir.', false, 'other', []],
    ['Akan ada sanksi bagi ASN yang melanggar.', true, 'warning', ['sanksi', 'langgar']],
    ['ASN dilarang ikut berkampanye.', true, 'warning', ['larang', 'kampanye']],
    ['ASN tidak terlibat politik praktis.', true, 'other', ['politik praktis']],
    ['Kami berkomitmen menjaga pelayanan publik.', false, 'commitment', ['komitmen']],
    ['Mari kita sukseskan pilkada.', false, 'appeal', ['mari']],
    ['Kami mengimbau warga datang ke TPS.', false, 'appeal', ['imbau']],
    ['Tercatat 1.010 perkara pada Pilkada 2020.', false, 'assessment', ['catat', 'perkara']],
    ['Pemerintah daerah menggelar webinar.', false, 'other', []],
    ['Kami menghindari tindakan yang merugikan.', false, 'other', []],
  ])('%s', (quote, neutrality, type, cues) => {
    expect(classify(quote)).toEqual({ neutrality, type, cues });
  });
});

describe('news layouts: stray marks, back-references, interviews, named persons', () => {
  const HAIRI: OfficialSpec = { name: 'Muhammad Hairi', title: 'Asisten Pemerintahan Setda Lombok Timur', role: 'asisten', surfaces: ['Muhammad Hairi', 'Hairi'] };
  const directOf = (st: Statement[]): Array<[string, string | null, string | null]> =>
    st.filter((s) => s.kind === 'direct').map((s) => [s.quote.slice(0, 30), s.speaker?.name ?? null, s.speakerRule]);

  it.each<[string, string[], OfficialSpec[], Array<[string, string | null, string | null]>]>([
    [
      'a stray mark inside a sentence does not swallow the next paragraph',
      ['Sugito hadir. Pegawai diminta tidak memberi "like pada unggahan kampanye.', `"${Q}," ujar dia.`],
      [SUGITO],
      [['ASN wajib netral menjelang pel', 'Sugito', 'pronoun']],
    ],
    [
      'a quotation opened after a comma still runs on (multi-paragraph speech)',
      [`Sugito mengatakan, "${Q}.`, '"Kami akan mengawasi semua pegawai tanpa kecuali," katanya.'],
      [SUGITO],
      [['ASN wajib netral menjelang pel', 'Sugito', 'pronoun']],
    ],
    [
      'forgotten closing mark before the attribution: `"…, ujar Sugito.`',
      [`"${Q}, ujar Sugito.`],
      [SUGITO],
      [['ASN wajib netral menjelang pel', 'Sugito', 'verb-after']],
    ],
    [
      'negative: an unclosed quotation whose comma clause is no attribution stays unattributed',
      [`"${Q}, kata-kata itu terus diulang para pegawai di kantor.`],
      [SUGITO],
      [['ASN wajib netral menjelang pel', null, null]],
    ],
    [
      '`kata mantan Sekda itu`: the person last spoken of',
      ['Sugito hadir.', 'Hairi menilai godaan datang dari keluarga.', `"${Q}," kata mantan Sekda itu.`],
      [SUGITO, HAIRI],
      [['ASN wajib netral menjelang pel', 'Muhammad Hairi', 'descriptive']],
    ],
    [
      '`ucap pria yang akrab disapa Anam itu` after Sugito: the nickname is the man just named (issue 22)',
      ['Sugito hadir.', `"${Q}," ucap pria yang akrab disapa Anam itu.`],
      [SUGITO],
      [['ASN wajib netral menjelang pel', 'Sugito', 'descriptive-name']],
    ],
    [
      '`ucap pria yang akrab disapa Anam itu` with nobody named before: the nickname names the speaker',
      ['Acara berlangsung meriah.', `"${Q}," ucap pria yang akrab disapa Anam itu.`],
      [],
      [['ASN wajib netral menjelang pel', 'Anam', 'descriptive-name']],
    ],
    [
      'negative: `ujar warga itu` is an unnamed citizen, not the last official',
      ['Sugito hadir.', `"${Q}," ujar warga itu.`],
      [SUGITO],
      [['ASN wajib netral menjelang pel', null, null]],
    ],
    [
      'interview: answers after question paragraphs go to the interviewee',
      [
        'Wartawan mewawancarai Kepala Dinas Kominfo, Budi Santoso, di kantornya.',
        'Apa pelanggaran yang paling banyak?',
        '"Paling banyak di media sosial. Memberi tanda suka dan membagikan unggahan calon."',
        'Bagaimana sanksinya?',
        '"Sanksinya berjenjang, mulai dari teguran sampai hukuman disiplin berat bagi pegawai."',
      ],
      [BUDI],
      [
        ['Paling banyak di media sosial.', 'Budi Santoso', 'interview'],
        ['Sanksinya berjenjang, mulai da', 'Budi Santoso', 'interview'],
      ],
    ],
    [
      'negative: a question paragraph with no one named before it gives no speaker',
      ['Apa pelanggaran yang paling banyak?', '"Paling banyak di media sosial. Memberi tanda suka dan membagikan unggahan calon."'],
      [],
      [['Paling banyak di media sosial.', null, null]],
    ],
    [
      'a person named with an age carries the pronoun chain',
      ['Seorang ibu rumah tangga, Nurhayati (45), mengaku tidak mau ikut-ikutan.', `"${Q}," tuturnya.`],
      [SUGITO],
      [['ASN wajib netral menjelang pel', 'Nurhayati', 'pronoun']],
    ],
    [
      'a person named in apposition after a title carries the pronoun chain',
      ['Sugito hadir.', 'Ketua Panwascam Moyo, Haerul Anam, memaparkan contoh pelanggaran.', `"${Q}," ujar dia.`],
      [SUGITO],
      [['ASN wajib netral menjelang pel', 'Haerul Anam', 'pronoun']],
    ],
    [
      'negative: an apposition without a title word before it is no person mention',
      ['Sugito hadir.', 'Warga desa, Sokong Baru, menolak kampanye di masjid.', `"${Q}," ujar dia.`],
      [SUGITO],
      [['ASN wajib netral menjelang pel', 'Sugito', 'pronoun']],
    ],
  ])('%s', (_name, paras, specs, expected) => {
    expect(directOf(run(paras, specs))).toEqual(expected);
  });

  it('an "official" whose name is a place is never the speaker; the apposition name is', () => {
    const paras = ['Camat Moyo, Sugito, hadir.', 'Ketua Panwascam Moyo, Haerul Anam, memaparkan contoh pelanggaran.', `"${Q}," ujar dia.`];
    const st = run(paras, [
      { name: 'Sugito', title: 'Camat Moyo', role: 'camat' },
      { name: 'Moyo', title: 'Ketua Panwascam', role: 'ketua panwascam', surfaces: ['Ketua Panwascam Moyo'] },
    ]);
    expect(directOf(st)).toEqual([['ASN wajib netral menjelang pel', 'Haerul Anam', 'pronoun']]);
  });

  it('`Title, Name`: the apposition name wins over a mention covering only the title', () => {
    const paras = ['Anggota Komisi Dua, Budi Santoso, hadir.', `"${Q}," kata Asisten Deputi Penguatan Budaya Kerja, Damayani Tyastianti.`];
    const st = run(paras, [{ name: 'Penguatan Budaya Kerja', title: 'Deputi', role: 'deputi', surfaces: ['Deputi Penguatan Budaya Kerja'] }]);
    expect(directOf(st)).toEqual([['ASN wajib netral menjelang pel', 'Damayani Tyastianti', 'verb-after']]);
  });
});

describe('pathological inputs', () => {
  it.each<[string, string]>([
    ['50,000 quote marks', '"'.repeat(50_000)],
    ['50,000 spaced quote marks', '" '.repeat(50_000)],
    ['25,000 tiny quotes with kata', '"a," kata B. '.repeat(25_000)],
    ['200,000 spaces', ' '.repeat(200_000)],
    ['50,000 katanya', 'katanya '.repeat(50_000)],
    ['50,000 katanya after quotes', '"Netralitas," katanya. '.repeat(20_000)],
    ['20,000 mengatakan', 'Ia mengatakan '.repeat(20_000)],
    ['20,000 menurut', 'Menurut Budi '.repeat(20_000)],
    ['long unclosed quote', `"${'kata '.repeat(40_000)}`],
    ['20,000 commas with verbs', ', tegas Sekda'.repeat(20_000)],
    ['20,000 appositions after titles', 'Ketua Bawaslu, Budi Santoso, '.repeat(20_000)],
    ['20,000 ages', 'Nurhayati Binti Ahmad (45) '.repeat(20_000)],
    ['20,000 descriptive back-references', '"Netral," kata pria yang akrab disapa Budi itu. '.repeat(20_000)],
    ['long stray-mark paragraph', `Pegawai memberi "like ${'unggahan '.repeat(40_000)}, ujar`],
    ['20,000 question paragraphs', 'Apa kabar?\n\n"Baik sekali, semua pegawai menjaga netralitas di kantor kami."\n\n'.repeat(5_000)],
  ])('%s < 1 s', (_name, text) => {
    const ctx = ctxOf([text]);
    const t0 = performance.now();
    extractStatements(ctx, [], [], []);
    expect(performance.now() - t0).toBeLessThan(budget(1000));
  });

  it('many paragraphs with a pronoun each stays fast', () => {
    const paras: string[] = [];
    for (let i = 0; i < 3000; i++) paras.push(`Sugito hadir di acara ke-${i}.`, `"ASN wajib netral pada pilkada nomor ${i} ini," katanya.`);
    const ctx = ctxOf(paras);
    const o = official(ctx.text, SUGITO);
    const t0 = performance.now();
    const st = extractStatements(ctx, [o], [], []);
    expect(performance.now() - t0).toBeLessThan(budget(1000));
    expect(st.filter((s) => s.kind === 'direct' && s.speaker?.name === 'Sugito')).toHaveLength(3000);
  });
});

describe('seeds (minimal cleaning stand-in, hand-made officials)', () => {
  const SEEDS = `${FIX}seeds/`;
  const OFFICIALS: Record<string, OfficialSpec[]> = {
    '000': [
      { name: 'Hassanudin', title: 'Pj Gubernur NTB', role: 'gubernur', region: { code: '52', name: 'Nusa Tenggara Barat' } },
      { name: 'Juaini Taofik', title: 'Pj Bupati Lotim', role: 'bupati', surfaces: ['Drs Muhammad Juaini Taofik'] },
    ],
    '001': [
      { name: 'Juaini Taofik', title: 'Penjabat Bupati Lombok Timur', role: 'bupati', surfaces: ['Drs. HM Juaini Taofik', 'Juaini Taofik', 'H.M.Juaini Taofik', 'H.M.Juaini'] },
      { name: 'Hasanuddin', title: 'Pj Gubernur NTB', role: 'gubernur' },
    ],
    '002': [
      { name: 'Sugito', title: 'Penjabat Gubernur Kepulauan Bangka Belitung', role: 'gubernur' },
      { name: 'Rahmat Bagja', title: 'Ketua Bawaslu Republik Indonesia', role: 'ketua bawaslu' },
    ],
    '003': [
      { name: 'Ilham', title: 'PJ Bupati Lombok Barat', role: 'bupati' },
      { name: 'Hesty Rahayu', title: 'Komisioner Bawaslu Lombok Barat', role: 'komisioner bawaslu', surfaces: ['Hesty Rahayu', 'Hesty'] },
    ],
    '004': [{ name: 'Pransang', title: 'Sekda Kabupaten Katingan', role: 'sekda' }],
  };
  // expected direct quotes: [beginning, speaker] (from the gold answers)
  const EXPECTED: Record<string, Array<[string, string]>> = {
    '000': [['bukan sekedar kegiatan seremonial', 'Hassanudin']],
    '001': [
      ['kami berkomitmen agar seluruh asn', 'Juaini Taofik'],
      ['pelayanan publik harus tetap terjaga', 'Juaini Taofik'],
      ['netralitas asn, pppk, dan kepala desa', 'Hasanuddin'],
      ['netralitas harus diimplementasikan', 'Hasanuddin'],
      ['deklarasi ini bukan sekadar seremoni', 'Hasanuddin'],
      ['dengan deklarasi ini, lombok timur', 'Hasanuddin'],
    ],
    '002': [
      ['saya tekankan asn wajib netral', 'Sugito'],
      ['untuk menjaga integritas dan kepercayaan', 'Sugito'],
      ['mari kita bersama-sama mendukung', 'Sugito'],
      ['titik rawan netralitas asn terjadi', 'Rahmat Bagja'],
      ['dlam momentum kornas ini', 'Rahmat Bagja'],
    ],
    '003': [
      ['asn harus taat dan patuh', 'Ilham'],
      ['perbedaan pandangan politik adalah', 'Ilham'],
      ['ini adalah salah satu bentuk sosialisasi', 'Hesty Rahayu'],
      ['kami berharap agar asn di lombok barat', 'Ilham'],
      ['masyarakat juga memiliki peran penting', 'Ilham'],
    ],
    '004': [
      ['asn harus menjaga profesionalisme dan integritas', 'Pransang'],
      ['kita sebagai asn harus tetap menjaga kebersamaan', 'Pransang'],
    ],
  };
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  it('has the five seeds', () => expect(files).toHaveLength(5));
  it.each(files)('%s: exactly the gold direct quotes, each with its speaker', (file) => {
    const ctx = seedCtx(file, readFileSync(SEEDS + file, 'utf8'));
    const offs = OFFICIALS[file.slice(0, 3)]!.map((s) => official(ctx.text, s));
    const st = extractStatements(ctx, offs, [], []);
    const got = st.filter((s) => s.kind === 'direct').map((s) => [s.quote.toLowerCase().replace(/[“”"]/g, '').slice(0, EXPECTED[file.slice(0, 3)]!.find(([q]) => s.quote.toLowerCase().startsWith(q))?.[0].length ?? 40), s.speaker?.name]);
    expect(got).toEqual(EXPECTED[file.slice(0, 3)]);
    for (const s of st) {
      expect(s.start).toBeLessThan(s.end);
      expect(s.end).toBeLessThanOrEqual(ctx.text.length);
    }
  });
  it('seed 000: the speaker official’s region is used', () => {
    const file = files[0]!;
    const ctx = seedCtx(file, readFileSync(SEEDS + file, 'utf8'));
    const st = extractStatements(ctx, OFFICIALS['000']!.map((s) => official(ctx.text, s)), [], []);
    expect(st.find((s) => s.kind === 'direct')!.region).toEqual({ code: '52', name: 'Nusa Tenggara Barat' });
  });
});
