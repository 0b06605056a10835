// What the steps of one `clean` call (clean/cascade.ts) gather besides the paragraphs.
import type { Removal } from '../model.js';

/** What the steps of one `clean` call gather besides the paragraphs: every removal, in order, and the
 *  publication date once one is found. */
export class Gathered {
  readonly removed: Removal[] = [];
  headerDate: string | null = null;

  drop(kind: string, rule: string, text: string): void {
    this.removed.push({ kind, rule, text });
  }
}
