// Paradigm of the station, print-view, document, social-stamp and reader-prompt furniture (src/clean/rules/station-and-print.ts;
// also the portal menu row and a video promo's quoted title; words in src/lexicon/station-and-print.ts; issue 22, round 9, kinds seen on check6 and the released parts of clean5,
// clean5b, check3, check4 and clean4b): every label or opener of the lexicon crossed with its case (lower, Title, UPPER), its
// punctuation (colon, dash, bar) and its place on the page (above the headline, under it, between body lines, below
// the body). The line goes; the body stays. Negative rows: body sentences that open with the same words.
// Before (f5d7cb7) no rule read these kinds: the check6 (05, 08, 10), clean5 (12, 13, 15) and clean5b (05) lines of them
// stayed. Now every row below goes, and every negative row stays.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { describeBodyStays } from './paradigm.js';
import {
  DOCUMENT_KINDS,
  DOCUMENT_NUMBER_LABELS,
  ON_AIR_LABELS,
  PRINT_DATE_LABELS,
  PRINT_VIEW_LABELS,
  REACTION_PIECES,
  REACTION_WORDS,
  REQUEST_LINE_CHANNELS,
  REQUEST_LINE_OPENERS,
  SOCIAL_TIME_UNITS,
} from '../../src/lexicon/station-and-print.js';
import { FOOTER_MENU_ITEMS } from '../../src/lexicon/page-furniture.js';
import { VIDEO_PROMO_VERBS } from '../../src/lexicon/boilerplate.js';

const HEADLINE = 'Bupati Ende Minta Guru Tidak Bicara Politik di Kelas';
const BODY = 'Dinas Pendidikan Kabupaten Ende meminta guru tidak membicarakan pasangan calon di depan murid selama masa kampanye.';
const SECOND = 'Imbauan itu disampaikan dalam rapat koordinasi kepala sekolah pada Senin pagi.';
const title = (w: string): string => w.replace(/(^|\s)(\p{Ll})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
const CASES: ReadonlyArray<(w: string) => string> = [(w) => w, title, (w) => w.toUpperCase()];
/** The four places a line is tried at. */
const PLACES: ReadonlyArray<(line: string) => string[]> = [
  (l) => [l, HEADLINE, BODY, SECOND],
  (l) => [HEADLINE, l, BODY, SECOND],
  (l) => [HEADLINE, BODY, l, SECOND],
  (l) => [HEADLINE, BODY, SECOND, l],
];

/** The rows of a kind that stay in the text (or take body with them) at any place. */
function failures(lines: readonly string[]): string[] {
  const failed: string[] = [];
  for (const line of lines) {
    for (const place of PLACES) {
      const c = clean(place(line).join('\n'));
      if (c.text.includes(line) || !c.text.includes(BODY) || !c.text.includes(SECOND)) failed.push(`${line} @ ${place(line).indexOf(line)}`);
    }
  }
  return failed;
}

const cased = (lines: readonly string[]): string[] => lines.flatMap((l) => CASES.map((c) => c(l)));

const KINDS: Record<string, () => string[]> = {
  'print view (label, alone or with the outlet after a dash, a bar or a colon)': () =>
    cased(PRINT_VIEW_LABELS.flatMap((label) => [label, `${label} - Harian Palu Ekspres`, `${label} | Radar Sulteng`, `${label}: Pos Kupang`])),
  'print date (label, a numeric or a written date, a time)': () =>
    cased(PRINT_DATE_LABELS.flatMap((label) => [`${label}: 02/11/2024 20:14`, `${label} 2 november 2024`, `${label}: sabtu, 2 november 2024 pukul 20.14 wita`])),
  'on-air label (colon or dash, a programme with its hours)': () =>
    cased(ON_AIR_LABELS.flatMap((label) => [`${label}: banjar pagi ini (06.00–09.00 wita)`, `${label} - warta berita siang`])),
  'request line (opener × channel, or a bare phone number)': () =>
    cased(REQUEST_LINE_OPENERS.flatMap((opener) => [...REQUEST_LINE_CHANNELS.map((ch) => `${opener} via ${ch} studio`), `${opener}? 0812 2233 4455`])),
  'document number (kind × label × number shape)': () =>
    cased(DOCUMENT_KINDS.flatMap((kind) => DOCUMENT_NUMBER_LABELS.flatMap((label) => [`${kind} ${label}: 061/rilis/bkn/x/2024`, `${kind} ${label} 800/1245/bkpsdm/2024`]))),
  'social post stamp (unit × spacing × dot)': () => SOCIAL_TIME_UNITS.flatMap((u) => [`12 ${u} ·`, `3${u} •`]),
  'portal menu row (three items of the menu lexicon, bar or bullet)': () =>
    cased(FOOTER_MENU_ITEMS.flatMap((item, i) => [`${item} | ${FOOTER_MENU_ITEMS[(i + 7) % FOOTER_MENU_ITEMS.length]!} | ${FOOTER_MENU_ITEMS[(i + 13) % FOOTER_MENU_ITEMS.length]!}`, `${item} • ${FOOTER_MENU_ITEMS[(i + 3) % FOOTER_MENU_ITEMS.length]!} • kontak`])),
  'video promo with a quoted title (verb × quote mark)': () =>
    VIDEO_PROMO_VERBS.flatMap((v) => [['"', '"'], ["'", "'"], ['“', '”'], ['‘', '’']].map(([o, c]) => `${title(v)} juga Video ${o}Bawaslu Temukan ASN Jadi Admin Akun Relawan${c}:`)),
  'reaction prompt (word × piece)': () =>
    REACTION_WORDS.flatMap((word) => REACTION_PIECES.map((piece) => `Apakah kamu ${word} ${piece} ini?`)),
};

describe('station, print-view, document and reader-prompt furniture: every lexicon entry × case × punctuation × place (paradigm)', () => {
  for (const [kind, rows] of Object.entries(KINDS)) {
    it(`removes every ${kind}`, () => {
      const all = rows();
      expect(all.length).toBeGreaterThan(10);
      const failed = failures(all);
      expect(failed.length, failed.slice(0, 20).join('\n')).toBe(0);
    });
  }
});

describeBodyStays('station, print-view, document and reader-prompt furniture: body opening with the same words stays (negative rows)', (line) => [HEADLINE, BODY, line, SECOND].join('\n'), [
  'Versi cetak surat suara sudah diterima KPU Kabupaten Ende pada Senin.',
  'Dicetak pada 5 November, surat suara itu dikirim ke 12 kecamatan.',
  'On air, Bupati menyampaikan larangan itu kepada pendengar.',
  'Mengudara sejak 1998, radio itu kini diawasi KPID.',
  'Request warga agar jalan diperbaiki disampaikan lewat WA ke Bupati.',
  'Kirim salam untuk keluarga di kampung halaman, kata seorang guru.',
  'Surat Edaran Nomor 800/1245/BKPSDM/2024 mengatur larangan itu.',
  'Nomor urut 2 ditetapkan KPU dalam rapat pleno.',
  'Apakah ini bisa diubah?',
  'Apakah berita ini benar?',
  '"Suka tulisan ini?" tanya seorang guru kepada muridnya.',
  'Dukung Netralitas: Bupati Ajak ASN Tolak Politik Uang',
  'Unduh dokumen itu kini bisa dilakukan di laman resmi KPU, kata dia.',
  'Dokumen itu ditandatangani Bupati pada Senin.',
  'Laporan wartawan itu dibantah Bupati.',
  'Pendim 1207 memberi arahan kepada Babinsa di aula Makodim.',
  'Posting terkait pilkada di akun ASN itu sudah dihapus.',
  'Profil, layanan dan berita daerah kini bisa dibaca di portal itu.',
  '12 jam kemudian, Bawaslu menerbitkan rekomendasi.',
  'Simak juga video itu, kata Ketua Bawaslu, sebelum menilai.',
]);
