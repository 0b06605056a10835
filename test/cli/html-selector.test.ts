// `--html-selector CSS`: a page's body read from the elements a CSS selector matches (cheerio), for a site whose
// body container the user knows; the cascade decides where it matches nothing; a bad selector is a usage error.
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const PAGE = 'fixtures/html/selector/portal.html';
const bodyOf = (stdout: string): string => (JSON.parse(stdout) as { articles: Array<{ text: string }> }).articles[0]!.text;

describe('--html-selector', () => {
  it('reads the body from the selected element, not from what the cascade would pick', async () => {
    const plain = await cli([PAGE, '-f', 'json', '--include-text', '-j', '1', '-q']);
    expect(bodyOf(plain.stdout)).toContain('cabai rawit');
    const r = await cli([PAGE, '-f', 'json', '--include-text', '-j', '1', '-q', '--html-selector', 'div[class^="isi-berita"]']);
    expect(r.code).toBe(0);
    const text = bodyOf(r.stdout);
    expect(text).toContain('Sekretaris Daerah meminta seluruh ASN');
    expect(text).toContain('Tidak boleh ada pegawai');
    expect(text).not.toContain('cabai rawit');
    expect(text).not.toContain('trackView');
    // the metadata still comes from the page
    expect(JSON.parse(r.stdout).articles[0].published).toBe('2024-10-21');
  });

  it('gives the same body through the worker threads', async () => {
    const one = await cli([PAGE, '-f', 'json', '--include-text', '-j', '1', '-q', '--html-selector', '.isi-berita-kx9']);
    const two = await cli([PAGE, PAGE, '-f', 'json', '--include-text', '-j', '2', '-q', '--html-selector', '.isi-berita-kx9']);
    expect(bodyOf(two.stdout)).toBe(bodyOf(one.stdout));
  });

  it('falls back to the cascade where the selector matches nothing', async () => {
    const plain = await cli([PAGE, '-f', 'json', '--include-text', '-j', '1', '-q']);
    const r = await cli([PAGE, '-f', 'json', '--include-text', '-j', '1', '-q', '--html-selector', '.no-such-class']);
    expect(bodyOf(r.stdout)).toBe(bodyOf(plain.stdout));
  });

  it.each([['div['], ['::before'], ['']])('rejects %j with a one-line usage error (exit 2)', async (sel) => {
    const r = await cli([PAGE, '--html-selector', sel]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^asn-scan: --html-selector/u);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
