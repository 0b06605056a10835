// A body's rest collapsed behind a control: the story's later paragraphs sit in a hidden block inside the body
// container, and a "continue reading" button or link beside it shows them (a lazy theme's teaser; released check25
// page 09's kind; own rows in test/ingest/html/review18-ingest.test.ts):
//   <div class="post-body"><p>Bawaslu … merekomendasikan …</p><div class="lazy-more" hidden><p>"Mereka berdiri di
//   panggung …," kata Hendrikus.</p>…</div><button>Lanjutkan membaca ▾</button></div>
// The hidden block is read as body and its control dropped. A hidden block with no such control beside it (a
// newsletter pop-up, a share panel, a modal) stays out, as every hidden element does.
import { collapse, textOf, type DNode } from './dom.js';
import { READ_MORE_CONTROLS } from '../../lexicon/html-page.js';
import { alternationOf, SPACE } from '../../text/regex.js';
import { COLLAPSED_CONTROL_MAX_CHARS } from './thresholds.js';

const CONTROL_RE = new RegExp(`^(?:${alternationOf(READ_MORE_CONTROLS, { space: SPACE.literal })})$`, 'iu');
const EDGE_MARKS = /^[^\p{L}]+|[^\p{L}]+$/gu;

/** Does the element hold a paragraph (a <p> among its descendants)? */
function holdsParagraph(n: DNode): boolean {
  const stack = [...(n.children ?? [])];
  while (stack.length) {
    const c = stack.pop()!;
    if (c.name === 'p') return true;
    if (c.children) stack.push(...c.children);
  }
  return false;
}

/** The element if its whole (short) text is a read-more control, else null. */
function controlOf(n: DNode): DNode | null {
  if (n.type === 'text' || n.type === 'comment' || !n.name || n.hidden) return null;
  const t = textOf(n, COLLAPSED_CONTROL_MAX_CHARS + 1);
  if (t.length > COLLAPSED_CONTROL_MAX_CHARS) return null;
  return CONTROL_RE.test(collapse(t).replace(EDGE_MARKS, '')) ? n : null;
}

/** The hidden blocks that are a body's collapsed rest (kept), and their controls (dropped), over the page's nodes. */
export function collapsedRests(nodes: readonly DNode[]): { rests: Set<DNode>; controls: Set<DNode> } {
  const rests = new Set<DNode>();
  const controls = new Set<DNode>();
  for (const n of nodes) {
    if (!n.hidden || !n.parent || !holdsParagraph(n)) continue;
    let control: DNode | null = null;
    for (const sib of n.parent.children ?? []) if (sib !== n && (control = controlOf(sib))) break;
    if (!control) continue;
    rests.add(n);
    controls.add(control);
  }
  return { rests, controls };
}
