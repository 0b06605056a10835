// Paradigm of the calls a page addresses its reader with (`channel-promo-line`, src/clean/rules/shape.ts; its words in
// src/lexicon/page-meta.ts, issue 22): every imperative opener of the lexicon crossed with every target (a platform, a
// broadcast, an app store, a contact, an advert, a link's "di sini") and with a middle ("juga", "siaran … kami"), at the
// end of the page below the body and above the body under the headline. The call goes; the body stays. Negative rows:
// sentences opening with the same verbs (they end with a stop), a quotation, and subheads that name no target.
// Before (1249bba), on the rows of the lexicons as they are now: 1,602 of the 3,956 calls below the body and 229 of the
// 566 between body lines were removed (none opening with dengarkan, putar, unduh, pasang, hubungi, jangan lewatkan …
// and pointing at a broadcast, an app store, an advert or "di sini"); every negative row stayed. Now all of them, and
// every negative row stays.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { describeBodyStays } from './paradigm.js';
import { CHANNEL_PROMO_OPENERS, CHANNEL_PROMO_TARGETS } from '../../src/lexicon/page-meta.js';

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const HEADLINE = 'Bupati Ende Minta Guru Tidak Bicara Politik di Kelas';
const BODY = 'Dinas Pendidikan Kabupaten Ende meminta guru tidak membicarakan pasangan calon di depan murid selama masa kampanye.';
const SECOND = 'Imbauan itu disampaikan dalam rapat koordinasi kepala sekolah pada Senin pagi.';
const MIDDLES = ['', 'juga'];

function calls(): string[] {
  const out: string[] = [];
  for (const opener of CHANNEL_PROMO_OPENERS) {
    for (const target of CHANNEL_PROMO_TARGETS) {
      for (const middle of MIDDLES) out.push([cap(opener), middle, 'berita terbaru kami di', target, 'RRI Ende'].filter((w) => w !== '').join(' '));
    }
  }
  return out;
}

describe('calls to the reader: every opener crossed with every target (paradigm)', () => {
  const all = calls();
  it('has the rows the lexicons give', () => {
    expect(all.length).toBe(CHANNEL_PROMO_OPENERS.length * CHANNEL_PROMO_TARGETS.length * MIDDLES.length);
  });
  it('removes each call below the body', () => {
    const failed = all.filter((call) => {
      const c = clean([HEADLINE, BODY, SECOND, call].join('\n'));
      return c.text.includes(call) || !c.text.includes(SECOND);
    });
    expect(failed.length, failed.slice(0, 20).join('\n')).toBe(0);
  });
  it('removes each call between the body and the page foot', () => {
    const failed = all.filter((_, i) => i % 7 === 0).filter((call) => {
      const c = clean([HEADLINE, BODY, call, SECOND, 'Editor: Budi'].join('\n'));
      return c.text.includes(call) || !c.text.includes(BODY) || !c.text.includes(SECOND);
    });
    expect(failed.length, failed.slice(0, 20).join('\n')).toBe(0);
  });
});

describeBodyStays('calls to the reader: body opening with the same verbs stays (negative rows)', (line) => [HEADLINE, BODY, line, SECOND].join('\n'), [
  'Dengarkan aspirasi warga sebelum membuat keputusan, pesan Bupati kepada para camat.',
  'Kirim laporan ke Bawaslu melalui aplikasi resmi jika menemukan pelanggaran.',
  '"Hubungi kami lewat WA kalau ada ASN yang ikut kampanye," kata Ketua Bawaslu.',
  'Pasang Surut Netralitas Birokrasi',
  'Dukung Pemilu Damai',
  'Cek Fakta Seputar Pilkada',
]);
