// What the steps of one `clean` call (clean/cascade.ts) gather besides the paragraphs.
import type { Removal } from '../model.js';

/** What the steps of one `clean` call gather besides the paragraphs: every removal, in order, and the
 *  publication date once one is found. */
export class Gathered {
  readonly removed: Removal[] = [];
  headerDate: string | null = null;
  /** Line numbers of lines a photo credit was cut from (a tail rule with `credit`) or stood right under (a credit line
   *  removed): a caption when it stands between the headline and the lead (clean/page-top.ts). */
  readonly credited: number[] = [];

  drop(kind: string, rule: string, text: string): void {
    this.removed.push({ kind, rule, text });
  }
}
