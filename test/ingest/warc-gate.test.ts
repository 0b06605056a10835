// The language and topic gate, on paragraphs of our own (fixtures/warc/gate/paragraphs.json: Indonesian,
// Malay, English and other languages, in the style of regional outlets; gold labels written before the
// gate was run on them).
//
// Scores: blind (first run, before any tuning): language 24/24 (tune 12/12, held-out 12/12), with and
// without the URL hints; topic on the Indonesian cases 10/10 (tune 5/5, held-out 5/5). One change came
// after, from a fixture page (two short paragraphs under a headline: function-word share 0.096 with ten
// contrast points for Indonesian): a lower share is accepted when the contrast is strong. Scores after:
// unchanged, 24/24 and 10/10; the held-out half was never looked at while tuning.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gatePage } from '../../src/ingest/gate/index.js';
import { detectLang, hintScore } from '../../src/ingest/gate/lang.js';
import { gateText } from '../../src/ingest/gate/text.js';
import { topicScore } from '../../src/ingest/gate/topic.js';
import { budget } from '../helpers/budget.js';

interface Case { id: string; lang: string; topic: boolean; split: 'tune' | 'heldout'; url: string; text: string }
const { cases } = JSON.parse(readFileSync('fixtures/warc/gate/paragraphs.json', 'utf8')) as { cases: Case[] };

describe('language gate', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s (with the URL as hint)', (_id, c) => {
    expect(detectLang(c.text.toLowerCase(), { url: c.url }).lang).toBe(c.lang);
  });
  it.each(cases.map((c) => [c.id, c] as const))('%s (text alone)', (_id, c) => {
    expect(detectLang(c.text.toLowerCase()).lang).toBe(c.lang);
  });

  it('held-out score stays at 12/12', () => {
    const held = cases.filter((c) => c.split === 'heldout');
    expect(held.filter((c) => detectLang(c.text.toLowerCase()).lang === c.lang).length).toBe(held.length);
    expect(held).toHaveLength(12);
  });

  it('hints: .id and .my domains, <html lang>, Content-Language', () => {
    expect(hintScore({ url: 'https://radar.example.co.id/x' })).toBeGreaterThan(0);
    expect(hintScore({ url: 'https://berita.example.my/x' })).toBeLessThan(0);
    expect(hintScore({ htmlLang: 'id-ID', contentLanguage: 'id' })).toBeGreaterThan(0);
    expect(hintScore({ htmlLang: 'ms-MY' })).toBeLessThan(0);
    expect(hintScore({ url: 'https://example.com/id/berita', htmlLang: 'en' })).toBe(0);
  });

  it('too few words: the hints decide, else undetermined', () => {
    expect(detectLang('ASN diminta netral', { url: 'https://a.example.id/' }).lang).toBe('id');
    expect(detectLang('Penjawat awam', { htmlLang: 'ms' }).lang).toBe('ms');
    expect(detectLang('Civil servants', { htmlLang: 'en' }).lang).toBe('en');
    expect(detectLang('ASN diminta netral').lang).toBe('und');
  });

  it('a Malay text on an .id domain stays Malay when its own words say so', () => {
    const ms = cases.find((c) => c.id === 'ms-5')!;
    expect(detectLang(ms.text.toLowerCase(), { url: 'https://example.co.id/x' }).lang).toBe('ms');
  });
});

describe('topic gate', () => {
  const indonesian = cases.filter((c) => c.lang === 'id');
  it.each(indonesian.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(topicScore(c.text.toLowerCase()).pass).toBe(c.topic);
  });

  it.each([
    ['asn diminta netral dalam pilkada', true],
    ['pns dan asn wajib menjaga netralitas', true],
    ['bupati meresmikan jembatan, didampingi kepala desa dan camat', false], // election/office words alone never pass
    ['anggota tni membantu warga membersihkan sungai. tni juga membagikan sembako', false],
    ['kpu menetapkan daftar pemilih tetap untuk pemilu dan pilkada di tps', false],
    ['pesawat asnawi mendarat', false], // whole words only
  ])('%s → %s', (text, pass) => expect(topicScore(text).pass).toBe(pass));
});

describe('the gate on a page', () => {
  const page = (lang: string, paras: string[], nav = '<nav><a>Pilkada</a> <a>Pemilu</a> <a>ASN</a></nav>') =>
    `<html lang="${lang}"><head><title>Berita</title><script>var asn = "netral netral netral";</script></head><body>${nav}${paras.map((p) => `<p>${p}</p>`).join('')}<!-- asn netral pns --></body></html>`;
  const asn = cases.find((c) => c.id === 'id-asn-2')!.text;
  const off = cases.find((c) => c.id === 'id-off-1')!.text;

  it('reads paragraphs, not scripts, comments or the menu', () => {
    const v = gateText(page('id', [off]));
    expect(v.htmlLang).toBe('id');
    expect(v.title).toBe('berita');
    expect(v.text).not.toMatch(/netral|pilkada/u);
    expect(gatePage(page('id', [off]), {}, { lang: 'id', topic: 'asn' }).skip).toBe('topic');
  });

  it('an ASN article passes; --topic any and --lang any open the gate', () => {
    expect(gatePage(page('id', [asn]), {}, { lang: 'id', topic: 'asn' })).toEqual({ skip: null, lang: 'id' });
    expect(gatePage(page('id', [off]), {}, { lang: 'id', topic: 'any' }).skip).toBeNull();
    const ms = cases.find((c) => c.id === 'ms-2')!.text;
    expect(gatePage(page('ms', [ms]), {}, { lang: 'id', topic: 'asn' }).skip).toBe('lang:ms');
    expect(gatePage(page('ms', [ms]), {}, { lang: 'any', topic: 'any' }).skip).toBeNull();
  });

  it('a page without paragraphs falls back to the body text', () => {
    const html = `<html><body><div>${asn}</div></body></html>`;
    expect(gatePage(html, { url: 'https://x.example.id/a' }, { lang: 'id', topic: 'asn' }).skip).toBeNull();
  });

  it('pathological markup: no catastrophic cost', () => {
    const hostile = `<html><body>${'<p><script>'.repeat(20000)}${'<!--'.repeat(20000)}${'<'.repeat(50000)}</body></html>`;
    const t0 = performance.now();
    gatePage(hostile, {}, { lang: 'id', topic: 'asn' });
    expect(performance.now() - t0).toBeLessThan(budget(250)); // a catastrophic-cost guard, not a speed test
  });
});
