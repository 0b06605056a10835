// Paradigm of the furniture round 9 read around an article's head and foot (issue 22; kinds seen on check6 and the
// released parts of clean5, clean5b and check3), each kind crossed with the lexicon's data and its natural variation:
//   - an institution's masthead (src/lexicon/page-furniture.ts MASTHEAD_INSTITUTIONS and GOVERNMENT_OWNERS × REGION_KINDS
//     × case, with and without a site word before it), above the headline;
//   - a photo caption above the dateline lead ending in a bracketed credit (credit shapes × captions);
//   - a newsroom team row under the headline ("Tim <outlet> - <place>": outlets × separators × places);
//   - a blog byline with a month-first date ("By Admin KKH On Okt 24, 2024": every month's short and long name);
//   - an information desk's meta row ("Pendim 1207 | Senin, 21 Oktober 2024 | Dilihat: 57": every desk of PRESS_OFFICES);
//   - a broadcast's credits across a bar (every pair of CREDIT_ROLES' broadcast roles).
// Negative rows: body sentences and headlines that open with the same words, a wire story's last paragraph ending with
// its credit, a headline wrapped over two lines whose second line opens with "Tim".
// Before (f5d7cb7) the lines of these kinds on check6 (01, 03, 04, 06, 07) and clean5b (04, 05) stayed: no rule read a
// masthead with an election body, a caption above the lead, a team row; a month-first date or a unit number broke the
// meta row; the broadcast roles were no credit roles. Now every row below goes, and every negative row stays.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { describeBodyStays } from './paradigm.js';
import { CREDIT_ROLES, RELATED_BLOCK_HEADINGS } from '../../src/lexicon/boilerplate.js';
import { HEADER_MONTHS } from '../../src/lexicon/calendar.js';
import { GOVERNMENT_OWNERS, MASTHEAD_INSTITUTIONS, PRESS_OFFICES, REGION_KINDS } from '../../src/lexicon/page-furniture.js';

const HEADLINE = 'Bawaslu Minta Camat Tidak Hadiri Deklarasi Relawan Pasangan Calon';
const LEAD = 'SAROLANGUN, JAMBIEKSPRES.CO.ID – Bawaslu Kabupaten Sarolangun memeriksa seorang camat yang diduga menghadiri deklarasi relawan.';
const BODY = 'Bawaslu Kabupaten Sarolangun memeriksa seorang camat yang diduga menghadiri deklarasi relawan.';
const SECOND = 'Camat itu datang memenuhi panggilan pada Selasa sore, didampingi kepala seksi pemerintahan.';
const title = (w: string): string => w.replace(/(^|\s)(\p{Ll})/gu, (_m, s: string, c: string) => s + c.toUpperCase());

/** Lines of `rows` that stay in the text of `page(row)`, or whose page loses a body line. */
function kept(rows: readonly string[], page: (row: string) => string[]): string[] {
  return rows.filter((row) => {
    const c = clean(page(row).join('\n'));
    return c.text.includes(row) || !c.text.includes(BODY) || !c.text.includes(SECOND);
  });
}

const KINDS: Record<string, { rows: () => string[]; page: (row: string) => string[] }> = {
  'institution masthead above the headline (institution × region kind × case, a site word or none)': {
    rows: () => {
      const out: string[] = [];
      for (const inst of [...MASTHEAD_INSTITUTIONS, ...GOVERNMENT_OWNERS]) {
        for (const kind of REGION_KINDS.filter((k) => !k.endsWith('.'))) {
          const row = `${inst} ${kind} kalimantan timur`;
          out.push(title(row), row.toUpperCase(), `Portal Resmi ${title(row)}`);
        }
      }
      return out;
    },
    page: (row) => [row, HEADLINE, LEAD, SECOND],
  },
  'photo caption above the lead ending in a bracketed credit': {
    rows: () => {
      const captions = ['Camat Pauh saat memenuhi panggilan Bawaslu Sarolangun, Selasa (29/10/2024).', 'Ilustrasi pengawasan pilkada.', 'Suasana rapat klarifikasi di kantor Bawaslu.'];
      const credits = ['(DEDI/JAMBI EKSPRES)', '(Dedi/Jambi Ekspres)', '(ANTARA)', '(ANTARA FOTO/Nur Imansyah)', '(dok/humas)', '(Foto: Ist)'];
      return captions.flatMap((c) => credits.map((cr) => `${c} ${cr}`));
    },
    page: (row) => [HEADLINE, 'Rabu, 30 Oktober 2024 | 10:15 WIB', row, LEAD, SECOND],
  },
  'newsroom team row under the headline (outlet × separator × place)': {
    rows: () => ['tvOne', 'iNews', 'Kompas.com', 'RRI', 'Tribunnews'].flatMap((o) => ['-', '–', '|'].flatMap((sep) => ['Sumatera Utara', 'Medan', 'Nusa Tenggara Timur'].map((p) => `Tim ${o} ${sep} ${p}`))),
    page: (row) => [HEADLINE, row, 'Kamis, 7 November 2024 - 16:22 WIB', LEAD, SECOND],
  },
  'blog byline with a month-first date (every month form a page header uses)': {
    rows: () => HEADER_MONTHS.flatMap((forms, i) => forms.map((name) => `By Admin KKH On ${title(name)} ${(i * 2) % 27 + 1}, 2024`)),
    page: (row) => [HEADLINE, row, LEAD, SECOND],
  },
  'information desk meta row (every press office × a unit number)': {
    rows: () => PRESS_OFFICES.filter((o) => !o.includes(' ')).map((o) => `${title(o)} 1207 | Senin, 21 Oktober 2024 | Dilihat: 57`),
    page: (row) => [HEADLINE, row, LEAD, SECOND],
  },
  'broadcast credits across a bar (every pair of roles)': {
    rows: () => {
      const roles = CREDIT_ROLES.slice(CREDIT_ROLES.indexOf('naskah'));
      return roles.flatMap((a, i) => roles.filter((_, j) => j !== i && j % 3 === i % 3).map((b) => `${title(a)}: Ujang S. | ${title(b)}: Wulan`));
    },
    page: (row) => [HEADLINE, row, LEAD, SECOND],
  },
};

describe('head and foot furniture of round 9: every kind × its lexicon data × variation (paradigm)', () => {
  for (const [kind, { rows, page }] of Object.entries(KINDS)) {
    it(`removes every ${kind}`, () => {
      const all = rows();
      expect(all.length).toBeGreaterThan(5);
      const left = kept(all, page);
      expect(left.length, left.slice(0, 20).join('\n')).toBe(0);
    });
  }
});

describeBodyStays('head and foot furniture of round 9: body that looks alike stays (negative rows)', (line) => [HEADLINE, LEAD, line, SECOND].join('\n'), [
  'Bawaslu Kabupaten Sikka menemukan dua ASN yang ikut kampanye.',
  'Pemerintah Kota Bengkulu menerbitkan surat edaran netralitas.',
  'Tim tvOne mencoba menghubungi camat tersebut, tetapi tidak mendapat jawaban.',
  'By the way, kata dia, netralitas itu harga mati.',
  'Pendim 1207 memberi arahan kepada Babinsa di aula Makodim.',
  'Naskah pidato Bupati dibacakan oleh Sekda.',
]);

describe('head and foot furniture of round 9: text above the body that looks alike stays (negative rows)', () => {
  it("keeps a wire story's last paragraph ending with its credit when no dateline lead opens the page", () => {
    const last = 'Ia berharap ASN tetap netral selama masa kampanye. (ANT/ADI)';
    const c = clean([HEADLINE, BODY, SECOND, last].join('\n'));
    expect(c.text).toContain('Ia berharap ASN tetap netral selama masa kampanye.');
  });
  it('keeps a headline wrapped over two lines whose second line opens with "Tim"', () => {
    const c = clean(['Dua Lurah di Medan Dilaporkan karena Ikut Rapat', 'Tim Pemenangan Paslon', LEAD, SECOND].join('\n'));
    expect(c.text).toContain('Tim Pemenangan Paslon');
  });
  it('keeps a headline naming an institution and its region', () => {
    const h = 'Bawaslu Kabupaten Sikka Temukan Dua ASN Tidak Netral';
    const c = clean([h, LEAD, SECOND].join('\n'));
    expect(c.title).toBe(h);
  });
});

describe("a one-word heading over prose between body lines is the body's subhead (clean5b/04: a report's \"Rekomendasi\")", () => {
  const headings = RELATED_BLOCK_HEADINGS.filter((h) => !h.includes(' ')).map(title);
  it.each(headings)('keeps "%s" and the hard-wrapped sentence under it', (h) => {
    const page = [HEADLINE, LEAD, SECOND, h, 'Seluruh dugaan itu telah diteruskan kepada Badan Kepegawaian Negara', 'untuk ditindaklanjuti.'].join('\n');
    const c = clean(page);
    expect(c.text).toContain(`\n\n${h}\n\n`);
    expect(c.text).toContain('Seluruh dugaan itu telah diteruskan kepada Badan Kepegawaian Negara untuk ditindaklanjuti.');
    expect(clean(c.text).text).toBe(c.text);
  });
  it.each(headings)('still removes "%s" over a list of headlines (negative)', (h) => {
    const page = [HEADLINE, LEAD, SECOND, h, 'Bawaslu Tebo Temukan ASN Like Postingan Paslon', 'Pj Bupati Muaro Jambi Ingatkan Netralitas Pegawai'].join('\n');
    const c = clean(page);
    expect(c.text).not.toContain(h);
    expect(c.text).not.toContain('Bawaslu Tebo Temukan');
  });
  it('still removes a next-page label over the next page\'s text (check3/12: "Selanjutnya")', () => {
    const c = clean([HEADLINE, LEAD, SECOND, 'Halaman 1 dari 2', 'Selanjutnya', 'Kepala desa itu kemudian menurunkan baliho pada sore harinya.'].join('\n'));
    expect(c.text).not.toContain('Selanjutnya');
    expect(c.text).toContain('Kepala desa itu kemudian menurunkan baliho pada sore harinya.');
  });
});
