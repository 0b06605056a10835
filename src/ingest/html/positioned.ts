// Lines of a converted PDF: pdftohtml writes every printed line as an absolutely positioned <p> (`style="position:
// absolute;top:278px;left:108px"`), so a sentence is broken across lines (released check25 page 10's kind; own rows
// in test/ingest/html/review18-ingest.test.ts):
//   <p style="position:absolute;top:440px;left:108px">“Kami mengimbau seluruh ASN … yang mengarah</p>
//   <p style="position:absolute;top:458px;left:108px">pada keberpihakan, …,”</p>
//   <p style="position:absolute;top:476px;left:108px">ujar Fadhlullah.</p>
// Lines at one left edge, one line step apart (the step most common between such lines on the page) are one
// paragraph; a wider gap (a blank line), another left edge (a centred letterhead, a signature block) starts another.
import type { DNode } from './dom.js';
import { POSITIONED_STEP_SLACK } from './thresholds.js';

export interface LinePos {
  top: number;
  left: number;
}

const ABSOLUTE = /(?:^|;)\s{0,3}position\s{0,3}:\s{0,3}absolute/iu;
const TOP = /(?:^|;)\s{0,3}top\s{0,3}:\s{0,3}(\d{1,6}(?:\.\d{1,3})?)px/iu;
const LEFT = /(?:^|;)\s{0,3}left\s{0,3}:\s{0,3}(\d{1,6}(?:\.\d{1,3})?)px/iu;

/** The position of an absolutely positioned element, or undefined. */
export function linePos(n: DNode): LinePos | undefined {
  const style = n.attribs?.['style'];
  if (!style || !ABSOLUTE.test(style)) return undefined;
  const top = TOP.exec(style);
  const left = LEFT.exec(style);
  if (!top || !left) return undefined;
  return { top: Number(top[1]), left: Number(left[1]) };
}

/** For each paragraph, whether it continues the one before (a positioned line one line step below it, same left). */
export function continuedLines(pos: readonly (LinePos | undefined)[], count: number): boolean[] {
  const out = new Array<boolean>(count).fill(false);
  const steps = new Map<number, number>();
  for (let i = 1; i < count; i++) {
    const a = pos[i - 1];
    const b = pos[i];
    if (!a || !b || a.left !== b.left || b.top <= a.top) continue;
    const d = b.top - a.top;
    steps.set(d, (steps.get(d) ?? 0) + 1);
  }
  let step = 0;
  let most = 0;
  for (const [d, c] of steps) if (c > most || (c === most && d < step)) [step, most] = [d, c];
  if (!step) return out;
  for (let i = 1; i < count; i++) {
    const a = pos[i - 1];
    const b = pos[i];
    if (a && b && a.left === b.left && b.top > a.top && b.top - a.top <= step * POSITIONED_STEP_SLACK) out[i] = true;
  }
  return out;
}
