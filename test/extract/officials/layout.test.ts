// The chrono-style layout of officials/ and regions/ (issue 19): every source file stays under 500 lines, and
// every parser and refiner file is wired in by its configuration (index.ts), so none sits unused or out of order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..', 'src', 'extract');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe.each(['officials', 'regions'])('src/extract/%s', (entity) => {
  const dir = join(root, entity);
  it.each(sources(dir).map((f) => [f.slice(dir.length + 1), f]))('%s is under 500 lines', (_name, file) => {
    expect(readFileSync(file, 'utf8').split('\n').length).toBeLessThanOrEqual(500);
  });
  // parsers/ and refiners/ files are imported by a configuration: index.ts (or parsers/index.ts for the parsers)
  const configs = [join(dir, 'index.ts'), join(dir, 'parsers', 'index.ts')]
    .flatMap((f) => {
      try {
        return [readFileSync(f, 'utf8')];
      } catch {
        return [];
      }
    })
    .join('\n');
  const parts = ['parsers', 'refiners'].flatMap((sub) =>
    readdirSync(join(dir, sub))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => `${sub}/${f.replace(/\.ts$/u, '.js')}`),
  );
  it.each(parts)('%s is imported by a configuration', (part) => {
    const [sub, file] = part.split('/');
    expect(configs.includes(`'./${part}'`) || (sub === 'parsers' && configs.includes(`'./${file}'`)) || configs.includes(`'../${part}'`)).toBe(true);
  });
});
