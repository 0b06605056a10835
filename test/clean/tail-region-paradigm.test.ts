// The page's tail as a region (src/clean/tail-region.ts, issue 22, round 15): each tail structure a fresh set left
// (check16: an e-paper's paywall, price, login and classified lines, a reaction widget, a push prompt's buttons, a
// poll, a related headline, a newsletter sentence in English, a login prompt) crossed with where it stands (right
// after the body, after the editor's initials, tags, a share row, a syndication line, a related block, the footer),
// its case and its punctuation; and the body lines built like them (a short closing paragraph, a list of sanctions, a
// table of figures, a question in a quote, "masuk" as a verb, a poll reported, prices in a money-politics story, a
// closing advice to the reader, a Q&A's short answers) that must stay, wherever the foot stands.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { isFootLine, isReaderAddressed, isReportSentence, isSiteReaderLine } from '../../src/clean/tail-region.js';
import { READER_ADDRESS_WORDS, SITE_MEDIA_WORDS, SITE_OBJECT_WORDS } from '../../src/lexicon/tail-region.js';

/** Words a site uses for its things that name everyday things too ("foto", "video", "berita", "daftar", "masuk",
 *  "link", "laman", "simpan", "post"): a body's closing advice to the reader holds them (review15 c2). */
const EVERYDAY_WORDS: readonly string[] = ['foto', 'video', 'berita', 'daftar', 'masuk', 'link', 'laman', 'simpan', 'post'];

const HEAD = [
  'Bawaslu Periksa Tiga ASN Terkait Unggahan Kampanye',
  'Badan Pengawas Pemilu kabupaten memeriksa tiga aparatur sipil negara yang diduga mengunggah materi kampanye.',
  'Ketua Bawaslu mengatakan ketiganya dipanggil untuk klarifikasi pekan depan di kantor Bawaslu setempat.',
  '"Kami tidak pandang bulu dalam menangani setiap laporan," ujarnya.',
];

/** Where a structure stands: the lines between the body and it (the foot, or none), and the lines under it. */
const POSITIONS: ReadonlyArray<readonly [string, readonly string[], readonly string[]]> = [
  ['after the initials', ['(ant)'], ['© 2024 Kabar Daerah. All Rights Reserved']],
  ['after tags', ['Tag', '#pilkada #asn #bawaslu'], ['Tentang Kami | Pedoman Media Siber | Kontak']],
  ['after a share row', ['Bagikan: Facebook Twitter WhatsApp'], []],
  ['after a syndication line', ['Artikel ini telah tayang di Kabardaerah.com dengan judul Bawaslu Periksa Tiga ASN.'], []],
  ['after a related block and the footer', ['Berita Terkait', 'Harga Beras di Pasar Induk Naik', 'Kebakaran Landa Pasar Ciawitali', '© 2024 Kabar Daerah'], []],
  ['after the footer', ['Copyright © 2024 Kabar Daerah. All Rights Reserved'], []],
];
/** … and right under the body's last sentence, the foot below it (only a sentence to the reader about the site's things,
 *  or a question to the reader over its options, goes there). */
const RIGHT_AFTER: readonly [string, readonly string[], readonly string[]] = ['right after the body', [], ['(ant)', '© 2024 Kabar Daerah']];

/** Structures of the tail, every line furniture; `anywhere`: they go right after the body too. */
const STRUCTURES: ReadonlyArray<{ name: string; lines: readonly string[]; anywhere?: boolean }> = [
  { name: 'a paywall notice', lines: ['Anda sedang membaca pratinjau. Untuk membaca seluruh halaman, silakan berlangganan.'], anywhere: true },
  { name: 'a login prompt', lines: ['Masuk untuk menikmati konten eksklusif dan menyimpan video favorit Anda.'], anywhere: true },
  // (check14 04: a video widget's heading, a short question to the reader naming a word of SITE_MEDIA_WORDS)
  ...SITE_MEDIA_WORDS.map((w) => ({ name: `a widget's heading naming "${w}"`, lines: [`Kamu sudah lihat ${w} terbaru berikut ini?`], anywhere: true })),
  { name: 'a comment login line', lines: ['Silakan login untuk menulis komentar Anda.'], anywhere: true },
  { name: 'a reaction widget', lines: ['Bagaimana reaksi Anda?', 'Senang 0', 'Sedih 0', 'Marah 3'], anywhere: true },
  { name: 'a reaction widget (kamu)', lines: ['Apa reaksi kamu setelah membaca berita ini?', 'Suka 12', 'Kaget 1', 'Terinspirasi 4'], anywhere: true },
  { name: 'a poll', lines: ['Siapa pasangan calon pilihan Anda di Pilkada 2024?', 'Paslon 01', 'Paslon 02', 'Belum menentukan'], anywhere: true },
  { name: 'a poll with its title', lines: ['Polling Pembaca', 'Siapa pasangan calon pilihan Anda di Pilkada Kaur 2020?'] },
  { name: 'a push prompt\'s buttons', lines: ['Izinkan', 'Tidak'] },
  { name: 'a subscription price', lines: ['Berlangganan Rp 55.000/bulan', 'Sudah berlangganan? Masuk di sini'] },
  { name: 'a price line', lines: ['Langganan digital Rp 25.000 per bulan'] },
  { name: 'a read-the-print line', lines: ['Baca selengkapnya di edisi cetak Kabar Daerah.'] },
  { name: 'a page list label', lines: ['Halaman lain di edisi ini:'] },
  { name: 'classified ads', lines: ['Iklan Baris', 'DIJUAL RUMAH TYPE 36 KOTA BARU HUB 0813 6789 1122'] },
  { name: 'a customer-service line', lines: ['Layanan Pelanggan: (0711) 352 777'] },
  { name: 'an English subscription sentence', lines: ['Enter your email address to subscribe to this blog and receive notifications of new posts by email.'] },
  { name: 'a related headline', lines: ['Harga Cabai di Pasar Induk Naik Jelang Akhir Tahun'] },
];

/** Case and punctuation variants of a furniture line (each must go as much as the line). */
function variants(line: string): string[] {
  const out = new Set([line]);
  const lower = line[0]!.toLowerCase() + line.slice(1);
  out.add(lower);
  if (/[.]$/u.test(line)) out.add(line.slice(0, -1));
  if (line.length < 40) out.add(line.toUpperCase());
  return [...out];
}

function page(before: readonly string[], lines: readonly string[], after: readonly string[]): string {
  return [...HEAD, ...before, ...lines, ...after].join('\n');
}
const paras = (text: string): string[] => text.split('\n\n').map((p) => p.replace(/\s+/gu, ' ').trim());

const rows: Array<[string, string, string, readonly string[], readonly string[], readonly string[]]> = [];
for (const s of STRUCTURES) {
  for (const [where, before, after] of s.anywhere === true ? [...POSITIONS, RIGHT_AFTER] : POSITIONS) {
    // the structure as written, then each of its lines in each variant (the others as written)
    rows.push([s.name, where, 'as written', before, s.lines, after]);
    s.lines.forEach((l, k) => {
      for (const v of variants(l).slice(1)) rows.push([s.name, where, JSON.stringify(v), before, s.lines.map((x, j) => (j === k ? v : x)), after]);
    });
  }
}

describe('the tail region: each structure goes wherever it stands below the body', () => {
  it.each(rows)('%s %s (%s)', (_name, _where, _variant, before, lines, after) => {
    const out = paras(clean(page(before, lines, after)).text);
    for (const l of lines) expect(out, l).not.toContain(l.replace(/\s+/gu, ' '));
    // the body stays whole
    expect(out.join('\n')).toContain(HEAD[3]!);
    expect(out.join('\n')).toContain(HEAD[0]!);
  });
});

/** Body lines built like the tail's furniture: each ending must stay whatever foot stands below it. */
const ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['a one-word closing paragraph', ['Demikian.']],
  ['a short closing paragraph', ['Tidak ada yang kebal.']],
  ['a closing line of the report', ['Pemanggilan dijadwalkan Jumat pagi.']],
  ['a list of sanctions', ['Sanksi yang dapat dijatuhkan:', '- teguran lisan', '- teguran tertulis', '- penundaan kenaikan pangkat']],
  ['a numbered list', ['Rincian perkara:', '1. Kabupaten Gorontalo: tiga perkara', '2. Kabupaten Boalemo: dua perkara']],
  ['a table of figures', ['Sebaran laporan per kecamatan:', 'Kecamatan Nubatukan 3', 'Kecamatan Ile Ape 2', 'Kecamatan Lebatukan 1']],
  ['a list of names', ['Kelima ASN itu adalah:', 'Ahmad Yani', 'Budi Santoso', 'Citra Lestari']],
  ['a question in a quote', ['"Apakah Anda mau karier rusak karena satu unggahan?" tanya Ketua Bawaslu.']],
  ['a question in a quote, then its answer', ['"Siapa yang Anda dukung?"', '"Tidak ada," jawabnya.']],
  ['"masuk" as a verb', ['Laporan itu masuk ke Bawaslu pada Senin pagi.']],
  ['"masuk" opening a sentence', ['Masuk ke ruang sidang, terlapor memilih diam.']],
  ['a poll reported in the body', ['Survei itu menunjukkan 45 persen responden belum menentukan pilihan.']],
  ['prices in a money-politics story', ['Warga mengaku menerima amplop berisi Rp 100.000 per orang.', 'Uang itu dibagikan malam hari.']],
  ['a closing advice to the reader', ['Bagi Anda yang menemukan pelanggaran, silakan lapor ke Bawaslu setempat.']],
  // (review15 c2: everyday words a site also uses for its things, "foto", "video", "daftar", in the advice)
  ['a closing advice naming photos and videos', ['Jika Anda memiliki foto atau video dugaan pelanggaran netralitas ASN, segera laporkan ke Bawaslu setempat.']],
  ['a closing advice naming a list', ['Bagi Anda yang ingin melapor, daftar posko pengaduan tersedia di kantor kecamatan masing-masing.']],
  ...EVERYDAY_WORDS.map((w): readonly [string, readonly string[]] => [`a closing advice naming "${w}"`, [`Jika Anda memiliki ${w} terkait dugaan pelanggaran netralitas ASN, segera laporkan ke Bawaslu setempat.`]]),
  ...EVERYDAY_WORDS.map((w): readonly [string, readonly string[]] => [`a closing question to the reader naming "${w}"`, [`Apakah Anda memiliki ${w} terkait dugaan pelanggaran netralitas ASN di daerah Anda?`]]),
  ['a Q&A\'s short answers', ['Tanya: Apakah ASN boleh hadir saat kampanye?', 'Jawab: Boleh, asal tidak memakai atribut.', 'Tanya: Bagaimana dengan kepala desa?', 'Jawab: Sama.']],
  ['a subhead and a short paragraph', ['Sanksi Berat', 'Ia terancam diberhentikan.']],
];

const endingRows: Array<[string, string, readonly string[], readonly string[], readonly string[]]> = [];
for (const [name, lines] of ENDINGS) for (const [where, before, after] of POSITIONS) endingRows.push([name, where, lines, before, after]);

describe('the tail region: body endings built like furniture stay, whatever foot stands below them', () => {
  it.each(endingRows)('%s, above the foot of "%s"', (_name, _where, lines, foot, after) => {
    const text = clean(page([], lines, [...foot, ...after])).text.replace(/\s+/gu, ' ');
    for (const l of lines) expect(text, l).toContain(l.replace(/\s+/gu, ' '));
  });
});

/** Body lines that stay even below a foot: the report's sentences and the body's structures. */
const BELOW_FOOT: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['a one-word sentence', ['Demikian.']],
  ['a short sentence without a function word', ['Sosialisasi diikuti perwakilan 40 perangkat daerah.']],
  ['a list of sanctions', ['Sanksinya:', '- teguran lisan', '- teguran tertulis']],
  ['a table of figures', ['Sebaran laporan per kecamatan:', 'Kecamatan Nubatukan 3', 'Kecamatan Ile Ape 2', 'Kecamatan Lebatukan 1']],
  ['a quotation', ['"Netral itu wajib," tegasnya.']],
];

describe('the tail region: the report\'s sentences and the body\'s structures stay below a foot', () => {
  const below: Array<[string, string, readonly string[], readonly string[]]> = [];
  for (const [name, lines] of BELOW_FOOT) for (const [where, before] of [POSITIONS[0]!, POSITIONS[2]!, POSITIONS[5]!]) below.push([name, where, before, lines]);
  it.each(below)('%s %s', (_name, _where, before, lines) => {
    const text = clean(page(before, lines, [])).text.replace(/\s+/gu, ' ');
    for (const l of lines) expect(text, l).toContain(l);
  });
  it('a page not in Indonesian has no region (html-bench: a German page\'s lines under its footer stay)', () => {
    const lines = [
      'Stadtrat Beschließt Neue Regeln Für Den Verkehr',
      'Der Stadtrat hat am Dienstag neue Regeln für den Verkehr in der Innenstadt beschlossen.',
      'Die Regeln gelten ab dem ersten Januar des kommenden Jahres für alle Fahrzeuge.',
      '© 2019 Beispiel Medien. All Rights Reserved',
      'Weitere Nachrichten aus der Region',
      'Wetter morgen',
    ];
    const text = clean(lines.join('\n')).text;
    for (const l of lines.slice(4)) expect(text).toContain(l);
  });
  it('with no foot below the last sentence nothing of the region goes (an article ending on its reader)', () => {
    const lines = ['Bagaimana menurut Anda?'];
    expect(clean(page([], lines, [])).text).toContain(lines[0]);
  });
});

describe('the tail region\'s word classes', () => {
  it.each(READER_ADDRESS_WORDS.filter((w) => w !== 'you' && w !== 'your').map((w) => [w]))('%j addresses the reader, outside a quotation only', (w) => {
    expect(isReaderAddressed(`Terima kasih, ${w} telah membaca.`)).toBe(true);
    expect(isReaderAddressed(`"Terima kasih, ${w} telah hadir," katanya.`)).toBe(false);
  });
  // (the frame holds no other word of the class, so each row stands on its own word: without it, the line is none)
  it.each(SITE_OBJECT_WORDS.map((w) => [w]))('a sentence to the reader about %j is the site\'s', (w) => {
    expect(isSiteReaderLine(`Anda dapat melihat ${w} itu di sini.`)).toBe(true);
    expect(isSiteReaderLine(`Anda dapat melihat itu di sini.`)).toBe(false);
    expect(isSiteReaderLine(`Mereka dapat melihat ${w} itu di sini.`)).toBe(false);
  });
  it.each(EVERYDAY_WORDS.map((w) => [w]))('%j names an everyday thing too: no word of the site\'s class', (w) => {
    expect(SITE_OBJECT_WORDS).not.toContain(w);
    expect(isSiteReaderLine(`Jika Anda memiliki ${w} itu, segera laporkan ke Bawaslu setempat.`)).toBe(false);
  });
  it.each([
    ['Bawaslu memeriksa tiga aparatur sipil negara yang diduga berkampanye.', true],
    ['Sosialisasi itu diikuti perwakilan empat puluh perangkat daerah kabupaten.', true],
    ['Bagi Anda yang menemukan pelanggaran, silakan lapor ke Bawaslu setempat.', false],
    ['Baca berita menarik lainnya dari Kabar Daerah di Google News setiap hari.', false],
    ['Enter your email address to subscribe to this blog and receive notifications.', false],
    ['Pemanggilan dijadwalkan Jumat pagi.', false],
  ] as const)('%j is a report\'s sentence: %s', (t, yes) => expect(isReportSentence(t)).toBe(yes));
  it.each([
    ['Iklan Baris', true],
    ['Senang 0', true],
    ['Berlangganan Rp 55.000/bulan', true],
    ['Sudah berlangganan? Masuk di sini', true],
    ['Demikian.', false],
    ['Tidak ada yang kebal.', false],
    ['- teguran tertulis', false],
    ['"Netral itu wajib," tegasnya.', false],
  ] as const)('below the foot, %j goes: %s', (t, yes) => expect(isFootLine(t)).toBe(yes));
});
