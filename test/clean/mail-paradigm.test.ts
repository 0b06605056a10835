// Paradigm of a press release forwarded by e-mail (`mail-header-line`, `mail-cover-line`, src/clean/rules/shape.ts;
// words in src/lexicon/page-meta.ts, issue 22): every header field of the lexicon with a value, in lower case,
// capitalised and in capitals, above the release's headline; every cover-note formula, capitalised, above the body
// and under it. The fields and the note go; the headline and the body stay. Negative rows are body: sentences opening
// with the same words as prepositions ("Dari 27 ASN …", "Kepada wartawan, …"), a list item "Dari: …" between body lines,
// and a "Demikian" or "Berikut" sentence that addresses no editor.
// Before (1249bba): none of the 51 header lines and none of the 34 note lines was removed; every negative row stayed.
// Now all of them, and every negative row stays.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { describeBodyStays } from './paradigm.js';
import { MAIL_COVER_OPENERS, MAIL_HEADER_LABELS } from '../../src/lexicon/page-meta.js';

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const HEADLINE = 'Wali Kota Tarakan Ingatkan Lurah Jaga Netralitas';
const BODY = 'Penjabat Wali Kota Tarakan mengingatkan seluruh lurah agar menjaga netralitas selama tahapan pilkada.';
const SECOND = 'Pesan itu disampaikan dalam rapat koordinasi di kantor wali kota, Senin pagi.';

describe('a release forwarded by e-mail: every header field and cover formula (paradigm)', () => {
  it('removes every header field above the headline, in every case', () => {
    const failed: string[] = [];
    for (const label of MAIL_HEADER_LABELS) {
      for (const form of [label, cap(label), label.toUpperCase()]) {
        const line = `${form}: Humas Pemkot Tarakan <humas@tarakan.example>`;
        const c = clean([line, 'Kepada: redaksi', HEADLINE, BODY, SECOND].join('\n'));
        if (c.text.includes(line) || c.title !== HEADLINE || !c.text.includes(BODY)) failed.push(line);
      }
    }
    expect(failed, failed.join('\n')).toEqual([]);
  });
  it('removes every cover formula above the body and under it', () => {
    const failed: string[] = [];
    for (const opener of MAIL_COVER_OPENERS) {
      const line = `${cap(opener)} rekan-rekan media, rilis kegiatan hari ini.`;
      const above = clean([HEADLINE, line, BODY, SECOND].join('\n'));
      const below = clean([HEADLINE, BODY, SECOND, line].join('\n'));
      if (above.text.includes(line) || below.text.includes(line) || !above.text.includes(BODY) || !below.text.includes(SECOND)) failed.push(line);
    }
    expect(failed, failed.join('\n')).toEqual([]);
  });
});

describeBodyStays('a release forwarded by e-mail: body opening with the same words stays (negative rows)', (line) => [HEADLINE, BODY, line, SECOND].join('\n'), [
  'Dari 27 ASN yang dilaporkan, 19 direkomendasikan ke BKN.',
  'Kepada wartawan, Ketua Bawaslu menyampaikan hal itu usai rapat.',
  'Demikian disampaikan Ketua Bawaslu Tarakan di sela kegiatan.',
  'Berikut daftar kelurahan yang menjadi perhatian pengawas:',
  // a list item "Dari: …" between body lines
  'Dari: Kelurahan Karang Anyar',
]);
