// The structural steps added for the portal check set (issue 22), through clean(): a hard-wrapped sentence's last
// words stay with their sentence (clean/wrap.ts), labels above a headline go (clean/page-head.ts), and an article's
// own headline survives a related block above it when its byline stands between it and the dateline.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { matchDateline } from '../../src/clean/dateline.js';
import { isWrapTail } from '../../src/clean/wrap.js';

const paras = (raw: string): string[] => clean(raw).text.split('\n\n');

describe('hard-wrapped sentence tails', () => {
  it.each([
    ['ASN yang melanggar akan diproses, termasuk yang mengunggah dukungan di akun', 'Facebook.'],
    ['Ia juga meminta ASN tidak bergabung dalam grup percakapan tim pemenangan di', 'Telegram.'],
    ['Sanksi dijatuhkan setelah camat itu terbukti mengunggah foto kampanyenya ke', 'Instagram Stories.'],
  ])('%j / %j is one sentence', (a, b) => {
    expect(isWrapTail(a, b)).toBe(true);
    const out = paras(`Judul Berita Netralitas ASN di Lombok\n${a}\n${b}\nParagraf berikutnya ditulis di sini dengan lengkap.`);
    expect(out).toContain(`${a} ${b}`);
    // and a second pass keeps it
    expect(clean(clean(`${a}\n${b}`).text).text).toBe(`${a} ${b}`);
  });
  it.each([
    ['Sekda Ingatkan ASN Lombok Utara Jaga Netralitas Jelang Pilkada', 'Share.'], // a headline ends with a capital
    ['Bupati memberikan sambutan dalam apel netralitas di halaman kantor', 'Foto: Ist.'], // a credit has a colon
    ['Pendek di', 'Facebook.'], // not a wrapped line
    ['Kepala dinas itu menyebut pegawai wajib netral selama masa kampanye.', 'Facebook.'], // the sentence had ended
    ['ASN yang melanggar akan diproses, termasuk yang mengunggah dukungan di akun', 'Facebook Twitter WhatsApp Telegram.'],
  ])('%j / %j is not', (a, b) => {
    expect(isWrapTail(a, b)).toBe(false);
  });
  it('furniture after a finished sentence still goes', () => {
    expect(paras('Bawaslu meminta ASN tidak mengunggah dukungan di media sosial.\nFacebook\nTwitter')).toEqual([
      'Bawaslu meminta ASN tidak mengunggah dukungan di media sosial.',
    ]);
  });
});

describe('labels above the headline', () => {
  const body = 'MATARAM - Bawaslu NTB meminta seluruh ASN menjaga netralitas selama tahapan kampanye berlangsung.';
  it('drops a region and a topic label above the headline', () => {
    const c = clean(`Sulawesi\nPilkada 2024\nSekda Gorontalo Utara Tegur Camat yang Unggah Foto\n${body}`);
    expect(c.title).toBe('Sekda Gorontalo Utara Tegur Camat yang Unggah Foto');
    expect(c.text).not.toMatch(/Sulawesi|Pilkada 2024/u);
    expect(c.removed.filter((r) => r.rule === 'page-head-label').map((r) => r.text)).toEqual(['Sulawesi', 'Pilkada 2024']);
  });
  it('keeps a kicker of four words or more, a quote, and lines below the first body paragraph', () => {
    const out = paras(`Sorotan Pilkada Serentak Nusantara\n"Netral Itu Wajib"\nSekda Gorontalo Utara Tegur Camat yang Unggah Foto\n${body}\nSanksi Tegas\nKalimat penutup artikel ini cukup panjang untuk dianggap teks.`);
    expect(out).toContain('Sorotan Pilkada Serentak Nusantara');
    expect(out).toContain('"Netral Itu Wajib"');
    expect(out).toContain('Sanksi Tegas');
  });
  it('keeps a short title when no longer headline stands above the body', () => {
    expect(clean(`Netralitas ASN\n${body}`).title).toBe('Netralitas ASN');
  });
});

describe('an article headline under a related block above it', () => {
  it('keeps the headline when its byline stands between it and the dateline', () => {
    const c = clean(
      'Terpopuler\nHarga Cabai Turun di Pasar Kebon Roek\nKapolres Imbau ASN Tak Sebar Hoaks Pilkada\nReporter: Dewa Putu | Editor: Made Arsana\nSabtu, 23 Nov 2024 - 07:15 WITA\nDENPASAR, KOMPAS TV - Kapolresta Denpasar mengimbau ASN tidak menyebarkan kabar bohong terkait pemilihan.',
    );
    expect(c.title).toBe('Kapolres Imbau ASN Tak Sebar Hoaks Pilkada');
    expect(c.text).not.toMatch(/Harga Cabai|Reporter|Sabtu/u);
  });
  it('drops every headline of a block when the body does not open with a dateline', () => {
    // (an item with its time stamp; round 16: an item with a staff credit under it, "Reporter: Dewa Putu", is the
    // article's own headline whatever line the body resumes with, a related item carrying a time stamp, never a writer:
    // test/clean/related-above-headline16.test.ts)
    const out = paras('Terpopuler\nHarga Cabai Turun di Pasar Kebon Roek\nSabtu, 23 Nov 2024 - 07:15 WITA\nBupati meminta seluruh ASN menjaga netralitas selama tahapan kampanye.');
    expect(out).toEqual(['Bupati meminta seluruh ASN menjaga netralitas selama tahapan kampanye.']);
  });
  it('keeps the headline a staff credit stands under, the body without a dateline (round 16)', () => {
    const out = paras('Terpopuler\nKapolres Imbau ASN Tak Sebar Hoaks Pilkada\nReporter: Dewa Putu\nBupati meminta seluruh ASN menjaga netralitas selama tahapan kampanye.');
    expect(out).toEqual(['Kapolres Imbau ASN Tak Sebar Hoaks Pilkada', 'Bupati meminta seluruh ASN menjaga netralitas selama tahapan kampanye.']);
  });
});

describe('datelines of portals and networks', () => {
  it.each([
    ['KOMPAS.com - Sekretaris Daerah Gorontalo Utara menegur seorang camat yang mengunggah foto.', 'KOMPAS.com -', 'dateline-outlet-only'],
    ['Tanjung, Diskominfo – Sekretaris Daerah Lombok Utara mengingatkan seluruh ASN untuk netral.', 'Tanjung, Diskominfo –', 'dateline-place-comma-outlet'],
  ])('%j', (p, text, rule) => {
    const m = matchDateline(p, false);
    expect(m?.dateline.text).toBe(text);
    expect(m?.rule).toBe(rule);
  });
  it.each([
    'PORTALSULBAR.ID - Sekda Loteng Ingatkan ASN Tidak Like dan Share Postingan Paslon', // a headline with the site's name
    'Pj Gubernur NTB, Hassanudin - Kami minta ASN netral.', // a person after the comma
  ])('not %j', (p) => {
    expect(matchDateline(p, false)).toBeNull();
  });
});
