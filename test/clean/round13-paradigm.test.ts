// Paradigm of round 13's classes of furniture (check12: 14 lines and a lead left; check13: a Ghost callout's line left),
// each written as lexicon data (src/lexicon/furniture-classes.ts) and crossed with its variation:
//   - a call to follow or join behind a list mark (LINE_MARKS × calls), between body lines and under the last one, and
//     the tags one per line under such a call;
//   - a share button naming what it shares (share verbs × SHARE_OBJECTS × "ini" × colon × case), under the headline and
//     at the foot;
//   - a caption credit with its role (CAPTION_LABELS × PHOTO_CREDIT_ROLES × case), above the lead and at the foot, and a
//     caption ending with "Foto: Dok. <source>" (labels × archive abbreviations × case);
//   - a breadcrumb of two segments across "›" or "»" above the headline;
//   - a platform's disclaimer under a partner's post (each new DISCLAIMER_PHRASES entry);
//   - a village's or a kecamatan's website masthead (site words × SUBREGION_KINDS × case);
//   - a site's motto (MOTTO_VALUES, two to four × joiners × case) above the headline;
//   - a dateline with any run of dashes ("Place (Agency) ---": places × agencies × 1 to 4 hyphens, doubled dashes);
//   - a call for the reader's contribution (READER_CALL_QUESTIONS × READER_CALL_VERBS × contact).
// What a user sees: the furniture is gone, every body line stays. Negative rows: body lines built alike (a list item
// opening with the same imperative, a sentence with a share verb, a caption word in a sentence, a village named in a
// sentence, values listed in a sentence, a question in a quote, a dash inside a sentence).
// Before (db14538, this file run on its src/ with the new lexicon file beside it): 2,347 of the 3,492 positive rows
// failed: marked calls 84/136 between body lines and 84/136 under the last one, their tags 81/204; share buttons
// 718/1080 under the headline and 756/1080 at the foot; role credits 178/180 above the lead and 178/180 at the foot,
// "Foto: Dok. X" ends 27/27; two-segment breadcrumbs 8/16; disclaimers 3/4; village mastheads 100/200; mottos 50/105;
// datelines with a run of dashes 64/128; reader calls 16/16. No negative row failed before or after.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { CAPTION_LABELS, SHARE_LABELS } from '../../src/lexicon/boilerplate.js';
import { SITE_WORDS } from '../../src/lexicon/page-furniture.js';
import { LINE_MARKS, MOTTO_VALUES, PHOTO_CREDIT_ROLES, READER_CALL_QUESTIONS, READER_CALL_VERBS, SHARE_OBJECTS, SUBREGION_KINDS } from '../../src/lexicon/furniture-classes.js';

const HEADLINE = 'Bupati Larang ASN Ikut Kampanye Pasangan Calon';
const LEAD = 'KOTAMOBAGU - Badan Pengawas Pemilu memeriksa seorang camat yang diduga mengunggah foto bersama pasangan calon bupati.';
const BODY = 'Pemeriksaan itu dilakukan di kantor Bawaslu pada Rabu pagi.';
const QUOTE = '"Kami masih mendalami keterangan yang bersangkutan," kata Ketua Bawaslu, Andi Rahman.';
const TAIL = 'Bawaslu akan mengumumkan hasil kajian pekan depan setelah semua saksi diperiksa.';
const BODY_LINES = [BODY, QUOTE, TAIL];
const cap = (w: string): string => w.replace(/(^|\s)(\p{Ll})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
const first = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const CASES = (w: string): string[] => [...new Set([cap(w), first(w), w.toUpperCase()])];

/** The rows for which `row` stays in the cleaned text, or a body line is lost. */
function failing(rows: readonly string[], page: (row: string) => string[], body: readonly string[] = BODY_LINES): string[] {
  return rows.filter((row) => {
    const c = clean(page(row).join('\n'));
    return c.text.split('\n\n').includes(row) || !body.every((b) => c.text.includes(b));
  });
}
/** The lines of `lines` that do not stay whole. */
function lost(lines: readonly string[], page: (line: string) => string[]): string[] {
  return lines.filter((l) => !clean(page(l).join('\n')).text.includes(l));
}

const CALLS = ['Follow Official WhatsApp Channel Kabar Sulbar untuk mendapatkan Berita Terkini di WhatsApp', 'Ikuti saluran WhatsApp Radar Bima', 'Gabung channel Telegram KabarBanten untuk update berita', 'Simak video pilihan berikut ini'];
const MARKS = LINE_MARKS.filter((m) => m !== '-' || true);
describe('a call to follow behind a list mark goes (mark × call × position)', () => {
  const rows = MARKS.flatMap((m) => CALLS.map((c) => `${m} ${c}`));
  it(`between body lines: ${rows.length} rows`, () => {
    expect(failing(rows, (r) => [HEADLINE, LEAD, BODY, r, QUOTE, TAIL])).toEqual([]);
  });
  it(`under the last body line: ${rows.length} rows`, () => {
    expect(failing(rows, (r) => [HEADLINE, LEAD, BODY, QUOTE, TAIL, r])).toEqual([]);
  });
  const TAGS = [['Pilkada 2024', 'Netralitas ASN', 'Ketapang', 'Bawaslu'], ['ASN', 'Pilbup Sikka'], ['Kampanye', 'Kepala Desa', 'Sanksi Disiplin']];
  it(`and the tags one per line under it, with a related heading or the page's end below: ${MARKS.length * TAGS.length * 2} rows`, () => {
    const bad: string[] = [];
    for (const m of MARKS) for (const tags of TAGS) for (const foot of [[], ['Berita Terkait', 'Camat di Sintang Diperiksa Usai Hadiri Deklarasi Paslon']]) {
      const c = clean([HEADLINE, LEAD, ...BODY_LINES, `${m} ${CALLS[1]}`, ...tags, ...foot].join('\n'));
      const paras = c.text.split('\n\n');
      if (tags.some((t) => paras.includes(t)) || !BODY_LINES.every((b) => c.text.includes(b))) bad.push(`${m} ${tags.join('/')}`);
    }
    expect(bad).toEqual([]);
  });
  it('list items opening with the same imperatives stay', () => {
    const items = ['- Ikuti arahan kepala dinas selama masa kampanye.', '* Simak baik-baik aturan netralitas yang berlaku.', '• Gabung dengan tim pengawas desa setempat.', '- Follow the rules, kata bupati dalam bahasa Inggris.'];
    expect(lost(items, (l) => [HEADLINE, LEAD, 'Bupati meminta pegawai melakukan hal berikut:', l, QUOTE, TAIL])).toEqual([]);
  });
});

describe('a share button naming what it shares goes (verb × object × "ini" × colon × case × position)', () => {
  const verbs = SHARE_LABELS.filter((w) => !w.includes(' '));
  const rows = verbs.flatMap((v) => SHARE_OBJECTS.flatMap((o) => [`${v} ${o}`, `${v} ${o} ini:`, `${v} ${o}:`])).flatMap(CASES);
  it(`under the headline: ${rows.length} rows`, () => {
    expect(failing(rows, (r) => [HEADLINE, r, LEAD, ...BODY_LINES])).toEqual([]);
  });
  it(`at the foot: ${rows.length} rows`, () => {
    expect(failing(rows, (r) => [HEADLINE, LEAD, ...BODY_LINES, r])).toEqual([]);
  });
  it('sentences with a share verb stay', () => {
    const lines = ['Bagikan artikel ini kepada keluarga Anda agar mereka tahu aturannya.', 'Share berita hoaks bisa dijerat pidana, kata Kapolres.', 'Sebarkan informasi yang benar, pinta bupati.', 'Berbagi cerita adalah cara warga mengawasi pemilu.'];
    expect(lost(lines, (l) => [HEADLINE, LEAD, BODY, l, QUOTE, TAIL])).toEqual([]);
  });
});

describe('a caption credit with its role goes (label × role × case × position)', () => {
  const rows = CAPTION_LABELS.flatMap((l) => PHOTO_CREDIT_ROLES.map((r) => `${first(l)} ${cap(r)}: Humas Kemenag Seluma`)).flatMap((r) => [r, r.toUpperCase()]);
  it(`above the lead: ${rows.length} rows`, () => {
    expect(failing(rows, (r) => [HEADLINE, 'Rabu, 9 Oktober 2024 10:27', r, LEAD, ...BODY_LINES])).toEqual([]);
  });
  it(`at the foot: ${rows.length} rows`, () => {
    expect(failing(rows, (r) => [HEADLINE, LEAD, ...BODY_LINES, r])).toEqual([]);
  });
  const trailing = ['Foto', 'FOTO', 'Dokumentasi'].flatMap((l) => ['Dok.', 'DOK.', 'Arsip.'].flatMap((d) => ['Istimewa', 'Humas Pemkab', 'Radar Bima'].map((s) => `Ilustrasi kampanye pasangan calon. ${l}: ${d} ${s}`)));
  it(`a caption ending with "Foto: Dok. <source>" between body lines: ${trailing.length} rows`, () => {
    expect(failing(trailing, (r) => [HEADLINE, LEAD, BODY, r, QUOTE, TAIL])).toEqual([]);
  });
  it('sentences with a caption word stay', () => {
    const lines = ['Foto kontributor itu beredar luas di media sosial sejak Senin.', 'Foto oleh warga itu menjadi bukti awal, kata Andi.', 'Ia menunjukkan dokumen itu. Dok. pribadinya disita petugas.'];
    expect(lost(lines, (l) => [HEADLINE, LEAD, BODY, l, QUOTE, TAIL])).toEqual([]);
  });
});

describe('a breadcrumb of two segments across "›" or "»" goes (separator × segments × case)', () => {
  const pairs = [['Kabar Banten', 'Banten Raya'], ['Berita', 'Pilkada 2024'], ['Daerah', 'Lombok Timur'], ['News', 'Politik']];
  const rows = ['›', '»'].flatMap((s) => pairs.flatMap(([a, b]) => [`${a} ${s} ${b}`, `${a!.toUpperCase()} ${s} ${b!.toUpperCase()}`]));
  it(`above the headline: ${rows.length} rows`, () => {
    expect(failing(rows, (r) => ['Beranda', 'Politik', r, HEADLINE, LEAD, ...BODY_LINES])).toEqual([]);
  });
  it('two segments across "/" or ">" in the body stay', () => {
    // ("Bupati / Wakil Bupati" alone on its line goes at db14538 already: caption-slash-credit-line reads it as a credit)
    const lines = ['Suara > 50 Persen', 'Ia memilih Bupati / Wakil Bupati yang netral.', 'Politik › ekonomi, kata pengamat itu dalam diskusi.'];
    expect(lost(lines, (l) => [HEADLINE, LEAD, BODY, l, QUOTE, TAIL])).toEqual([]);
  });
});

describe("a platform's disclaimer under a partner's post goes", () => {
  const rows = ['Konten ini dibuat dan diterbitkan oleh media partner. kumparan tidak bertanggung jawab atas isi konten ini.', 'Artikel ini ditulis oleh media partner. Redaksi tidak bertanggung jawab terhadap isi artikel ini.', 'Tulisan ini dibuat oleh pengguna dan tidak bertanggung jawab atas isi tulisan ini.', 'KONTEN MEDIA PARTNER'];
  it(`at the foot, after initials: ${rows.length} rows`, () => {
    expect(failing(rows, (r) => [HEADLINE, LEAD, ...BODY_LINES, '(Cha/Put)', r])).toEqual([]);
  });
  it('sentences about responsibility stay', () => {
    const lines = ['Admin grup mengaku tidak bertanggung jawab atas isi unggahan anggotanya.', 'Media partner Bawaslu ikut memantau kampanye di desa-desa.'];
    expect(lost(lines, (l) => [HEADLINE, LEAD, BODY, l, QUOTE, TAIL])).toEqual([]);
  });
});

describe("a village's or a kecamatan's website masthead goes (site word × unit × case)", () => {
  const rows = ['Website Resmi', 'Situs Resmi', 'Portal', 'Website', 'Pemerintah'].flatMap((w) => SUBREGION_KINDS.flatMap((k) => [`${w} ${cap(k)} Tirtosari`, `${w} ${cap(k)} Koto Baru`.toUpperCase()]));
  it(`above the menu: ${rows.length} rows`, () => {
    // (the page as an OpenSID village site prints it: masthead, its kecamatan line, menu, a post's meta row, headline)
    const top = ['Kecamatan Baturetno Kabupaten Wonogiri Provinsi Jawa Tengah', 'Beranda', 'Profil Desa', 'Pemerintahan', 'Data Desa', 'Regulasi', 'Lapak', 'Pengaduan', 'Berita Desa', 'Ditulis oleh Administrator | 03 Oktober 2025 | Dibaca 214 Kali'];
    expect(failing(rows, (r) => [r, ...top, HEADLINE, LEAD, ...BODY_LINES])).toEqual([]);
  });
  it('a village named in a sentence or a heading in the body stays', () => {
    const lines = ['Pemerintah Desa Tirtosari menggelar sosialisasi netralitas.', 'Desa Tirtosari', 'Website resmi desa itu memuat daftar pemilih.'];
    expect(lost(lines, (l) => [HEADLINE, LEAD, BODY, l, QUOTE, TAIL])).toEqual([]);
  });
});

describe("a site's motto above the headline goes (values × joiner × case)", () => {
  const rows: string[] = [];
  for (let i = 0; i + 3 < MOTTO_VALUES.length; i += 3) {
    const [a, b, c] = [MOTTO_VALUES[i]!, MOTTO_VALUES[i + 1]!, MOTTO_VALUES[i + 2]!].map(cap);
    rows.push(`${a}, ${b}, ${c}`, `${a}, ${b} dan ${c}`, `${a}, ${b}, dan ${c}`.toUpperCase(), `${a} | ${b}`, `${a} & ${b}`);
  }
  it(`under the site's name: ${rows.length} rows`, () => {
    // (the page as a university's news portal prints it: name, motto, portal links, menu, breadcrumb, headline, meta row)
    const top = ['PMB 2024', 'Portal Akademik', 'Beranda', 'Profil', 'Fakultas', 'Beranda » Berita » Kegiatan'];
    expect(failing(rows, (r) => ['Universitas Tolitoli Raya', r, ...top, HEADLINE, 'Diposting oleh humas | 12 September 2024 | Kategori: Kegiatan', LEAD, ...BODY_LINES], [HEADLINE, ...BODY_LINES])).toEqual([]);
  });
  it('values in a headline or a sentence stay', () => {
    const heads = ['Pilkada Aman, Tertib dan Damai', 'Pemilu Jujur dan Adil'];
    expect(lost(heads, (h) => ['Beranda', h, LEAD, ...BODY_LINES])).toEqual([]);
    const lines = ['Bupati berharap pilkada berlangsung aman, tertib, dan damai.', 'Aman, Tertib, Damai'];
    expect(lost(lines, (l) => [HEADLINE, LEAD, BODY, l, QUOTE, TAIL])).toEqual([]);
  });
});

describe('a dateline with any run of dashes goes (place × agency × dashes)', () => {
  const places = ['Seluma', 'Bengkulu', 'Kota Bima', 'SELUMA'];
  const agencies = ['Kemenag', 'Humas', 'ANTARA', 'Diskominfo'];
  const dashes = ['-', '--', '---', '----', '–', '—', '——', '–-'];
  const SENT = 'Kepala Kantor Wilayah mengingatkan guru dan pegawai madrasah agar menjaga netralitas selama tahapan pilkada.';
  const rows = places.flatMap((p) => agencies.flatMap((a) => dashes.map((d) => `${p} (${a}) ${d} `)));
  it(`before the lead's sentence: ${rows.length} rows`, () => {
    const bad = rows.filter((d) => {
      const c = clean([HEADLINE, d + SENT, ...BODY_LINES].join('\n'));
      return c.dateline === null || !c.text.includes(SENT) || c.text.includes(d.trim());
    });
    expect(bad).toEqual([]);
  });
  it('a dash inside a sentence stays', () => {
    const lines = ['Rapat (tertutup) --- kata sumber itu --- berlangsung dua jam.'];
    expect(lost(lines, (l) => [HEADLINE, LEAD, BODY, l, QUOTE, TAIL])).toEqual([]);
  });
});

describe("a call for the reader's contribution goes (question × imperative × contact)", () => {
  const contacts = ['ke opini@halselpost.id.', 'ke redaksi@kabar.co.id', 'lewat WA 0812-3456-7890', 'di https://kabar.id/kirim'];
  const rows: string[] = [];
  READER_CALL_QUESTIONS.forEach((q, i) => {
    const v = READER_CALL_VERBS[i % READER_CALL_VERBS.length]!;
    rows.push(`${first(q)} menulis opini di Kabar Sulbar? ${first(v)} naskah Anda ${contacts[i % contacts.length]}`);
  });
  it(`at the foot: ${rows.length} rows`, () => {
    expect(failing(rows, (r) => [HEADLINE, LEAD, ...BODY_LINES, r])).toEqual([]);
  });
  it('questions in the body stay', () => {
    const lines = ['Ingin tahu hasilnya? Kirim surat ke bupati, kata warga itu.', '"Punya bukti? Silakan lapor ke Bawaslu di nomor 0812-3456-7890," kata Andi.', 'Ada yang melapor? Belum ada laporan yang masuk ke posko.'];
    expect(lost(lines, (l) => [HEADLINE, LEAD, BODY, l, QUOTE, TAIL])).toEqual([]);
  });
});
