// The negative rows of the cleaning paradigm tests (dateline, credits, meta rows, calls, disclaimers, mailers, site
// widgets): body lines that open or read like a kind of furniture must stay whole in what a user sees.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';

/** One test per line: `page(line)` cleaned keeps `line` in its text. */
export function describeBodyStays(title: string, page: (line: string) => string, lines: readonly string[]): void {
  describe(title, () => {
    for (const line of lines) {
      it(line, () => {
        expect(clean(page(line)).text).toContain(line);
      });
    }
  });
}
