// Paradigm of round 19's cleaning structures (clean19, issue 22: "at most 1 furniture line per 10 pages, no body line
// lost, on pages never seen"), found on the released set check24b and written as own, invented, realistic pages before
// the rules. Rows marked `held: true` were written with the table and not looked at while the rules were written (their
// score is printed by the last test). Each structure has negative rows that look alike and must stay (or go) as before.
//
//   1. tagline-over-sentence-headline (clean/cascade.ts step 6, clean/page-top.ts `titleCandidate`): a wire's regional
//      site, its tagline under its name over a menu, then a headline in sentence case that the lead restates ("Berita
//      Terkini dari Bumi Khatulistiwa" / menu / "Bawaslu Sambas catat lima dugaan …" / date / "Sambas (ANTARA) - Bawaslu
//      Kabupaten Sambas mencatat lima dugaan …"): the headline is the title dedup protects, not a pull quote of the lead,
//      and the tagline goes.
// (Structures 2-5 of the round's plan, a bracketed tag before a headline, a subhead or a short sentence under a related
// item, an institution naming itself in the dateline, were not written before the deadline: see the report.)
//
// Blind score (code at ea0f2c3, before the rules): tagline rows 2 of 8 (positives 0 of 6, negatives 2 of 2); held-out
// rows 0 of 3. After (adf562a): 8 of 8, held out 3 of 3.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';

interface Row {
  /** The page's lines (one line each, as a scraper writes them). */
  page: readonly string[];
  /** The line that must go (furniture) … */
  gone?: string;
  /** … and the line(s) that must stay (body). */
  stays?: readonly string[];
  held?: boolean;
}

const paras = (page: readonly string[]): string[] => clean(page.join('\n')).text.split('\n\n').map((p) => p.trim());
const NEXT = 'Ia menyebut tiga laporan dugaan pelanggaran sudah masuk dan sedang dikaji oleh tim penanganan pelanggaran.';
const LAST = 'Bawaslu juga mengimbau masyarakat melapor bila menemukan ASN yang ikut berkampanye di media sosial.';

// ─── 1. a tagline over a sentence-case headline the lead restates ───────────────────────────────────────────────
const MENU = ['Terkini', 'Politik', 'Ekonomi', 'Hukum', 'Olahraga', 'Foto', 'Politik'];
const wirePage = (site: string, tagline: string, headline: string, lead: string): string[] => [site, tagline, ...MENU, headline, 'Kamis, 21 November 2024 16:48 WIB', lead, NEXT, LAST];
const TAGLINES: Row[] = [
  {
    page: wirePage('ANTARA Kalbar', 'Berita Terkini dari Bumi Khatulistiwa', 'Bawaslu Sambas catat lima dugaan pelanggaran netralitas ASN', 'Sambas (ANTARA) - Bawaslu Kabupaten Sambas mencatat lima dugaan pelanggaran netralitas ASN selama masa kampanye Pilkada 2024.'),
    gone: 'Berita Terkini dari Bumi Khatulistiwa',
    stays: ['Bawaslu Sambas catat lima dugaan pelanggaran netralitas ASN'],
  },
  {
    page: wirePage('ANTARA Sultra', 'Berita Terkini dari Bumi Anoa', 'Bawaslu Kolaka panggil tiga kepala desa terkait netralitas', 'Kolaka (ANTARA) - Bawaslu Kabupaten Kolaka memanggil tiga kepala desa terkait netralitas selama masa kampanye Pilkada 2024.'),
    gone: 'Berita Terkini dari Bumi Anoa',
    stays: ['Bawaslu Kolaka panggil tiga kepala desa terkait netralitas'],
  },
  {
    page: wirePage('ANTARA Maluku', 'Kabar Terkini dari Negeri Raja-Raja', 'Bawaslu Buru temukan dua ASN ikut kampanye calon bupati', 'Namlea (ANTARA) - Bawaslu Kabupaten Buru menemukan dua ASN ikut kampanye calon bupati pada masa kampanye Pilkada 2024.'),
    gone: 'Kabar Terkini dari Negeri Raja-Raja',
    stays: ['Bawaslu Buru temukan dua ASN ikut kampanye calon bupati'],
  },
  {
    page: wirePage('ANTARA Papua Barat', 'Berita Terkini dari Tanah Papua', 'Bawaslu Manokwari teruskan empat kasus netralitas ASN ke BKN', 'Manokwari (ANTARA) - Bawaslu Kabupaten Manokwari meneruskan empat kasus netralitas ASN ke BKN selama masa kampanye Pilkada 2024.'),
    gone: 'Berita Terkini dari Tanah Papua',
    stays: ['Bawaslu Manokwari teruskan empat kasus netralitas ASN ke BKN'],
    held: true,
  },
  {
    page: wirePage('ANTARA Gorontalo', 'Kabar Terkini dari Serambi Madinah', 'Bawaslu Boalemo periksa camat yang hadiri deklarasi calon', 'Tilamuta (ANTARA) - Bawaslu Kabupaten Boalemo memeriksa camat yang hadiri deklarasi calon bupati pekan lalu di Tilamuta.'),
    gone: 'Kabar Terkini dari Serambi Madinah',
    stays: ['Bawaslu Boalemo periksa camat yang hadiri deklarasi calon'],
    held: true,
  },
  // (negatives: a pull quote under the title, above the lead, still goes, seed 000's kind; a pull quote inside the body
  // goes)
  {
    page: ['Netralitas ASN Jadi Ukuran Demokrasi', 'Indeks kerawanan di Kalbar, terutama netralitas ASN, masih tinggi sehingga menjadi fokus utama Bawaslu dan pemerintah daerah', 'SAMBAS - Deklarasi netralitas ASN digelar di aula kantor bupati, Kamis (3/10/2024), dihadiri seluruh kepala OPD.', 'Ditambahkannya, indeks kerawanan di Kalbar, terutama netralitas ASN, masih tinggi sehingga menjadi fokus utama Bawaslu dan pemerintah daerah menjelang pilkada.', LAST],
    gone: 'Indeks kerawanan di Kalbar, terutama netralitas ASN, masih tinggi sehingga menjadi fokus utama Bawaslu dan pemerintah daerah',
    stays: ['Netralitas ASN Jadi Ukuran Demokrasi'],
  },
  {
    page: ['Bawaslu Sambas Catat Lima Dugaan Pelanggaran', 'SAMBAS - Bawaslu Kabupaten Sambas mencatat lima dugaan pelanggaran netralitas ASN selama kampanye.', 'Lima ASN itu terbukti ikut kampanye pasangan calon', '"Lima ASN itu terbukti ikut kampanye pasangan calon bupati di Kecamatan Pemangkat, dan berkasnya sudah kami teruskan ke BKN," kata Ketua Bawaslu Sambas.', LAST],
    gone: 'Lima ASN itu terbukti ikut kampanye pasangan calon',
  },
  // (a tagline page whose lead does not restate the headline)
  {
    page: wirePage('ANTARA Kalbar', 'Berita Terkini dari Bumi Khatulistiwa', 'Dua kepala desa di Sambas dipanggil Bawaslu', 'Sambas (ANTARA) - Bawaslu Kabupaten Sambas memanggil dua kepala desa yang diduga hadir pada deklarasi pasangan calon bupati.'),
    gone: 'Berita Terkini dari Bumi Khatulistiwa',
    stays: ['Dua kepala desa di Sambas dipanggil Bawaslu'],
    held: true,
  },
];

const ALL: Array<[string, Row[]]> = [['tagline-over-sentence-headline', TAGLINES]];

function asWanted(r: Row): boolean {
  const out = paras(r.page);
  if (r.gone !== undefined && out.includes(r.gone)) return false;
  return (r.stays ?? []).every((s) => out.includes(s));
}

for (const [name, rows] of ALL) {
  describe(`clean19 paradigm: ${name}`, () => {
    rows.forEach((r, k) => {
      it(`${k + 1}${r.held ? ' (held out)' : ''}: ${(r.stays?.[0] ?? r.gone!).slice(0, 60)}`, () => {
        const out = paras(r.page);
        if (r.gone !== undefined) expect(out).not.toContain(r.gone);
        for (const s of r.stays ?? []) expect(out).toContain(s);
      });
    });
  });
}

describe('clean19 paradigm: score', () => {
  it('prints the score of all rows and of the held-out rows', () => {
    const all = ALL.flatMap(([, rows]) => rows);
    const held = all.filter((r) => r.held);
    const per = ALL.map(([name, rows]) => `${name} ${rows.filter(asWanted).length}/${rows.length}`).join(', ');
    console.log(`clean19 all rows: ${all.filter(asWanted).length} of ${all.length}; held out: ${held.filter(asWanted).length} of ${held.length}; ${per}`);
    expect(held.length).toBeGreaterThan(0);
  });
});
