// Issue 19: "No source file in src/ over 500 lines". Every TypeScript file under src/ is checked, so a rule added to
// a file near the limit fails here instead of slipping through (test/extract/officials/layout.test.ts checks the
// officials and regions layout besides).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 500;
const src = join(__dirname, '..', 'src');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
    .sort();

describe('source files', () => {
  const files = sources(src);
  it('finds the sources', () => expect(files.length).toBeGreaterThan(100));
  it.each(files.map((f) => [relative(src, f), f]))(`%s has at most ${MAX_LINES} lines`, (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0); // as `wc -l` counts them
    expect(lines).toBeLessThanOrEqual(MAX_LINES);
  });
});
