// Every line of the plain-text fixtures (seeds, clean and officials news), also in all caps, in lower case and
// with KELVIN SIGN / long s (which fold to `k` / `s` under `iu`), whitespace collapsed: the awkward inputs on
// which the cleaner's rewritten patterns and pre-filters must agree with the originals.
import { readFileSync, readdirSync } from 'node:fs';

const dir = new URL('../../fixtures/', import.meta.url);
const read = (sub: string) =>
  readdirSync(new URL(sub, dir)).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(`${sub}${f}`, dir), 'utf8'));

export function fixtureLines(): string[] {
  return [...new Set([...read('seeds/'), ...read('clean/news/'), ...read('officials/news/')]
    .flatMap((t) => [t, t.toUpperCase(), t.toLowerCase(), t.replace(/k/g, '\u212a').replace(/s/g, '\u017f')])
    .flatMap((t) => t.split(/\n+/u))
    .map((l) => l.replace(/[\s\u00a0]+/gu, ' ').trim())
    .filter((l) => l !== ''))];
}
