// Coverage: which UTF-16 units of an article's text are already claimed by a span (refiners 2 and 3).


/** Buffers reused by Coverage, one per slot: allocating two zeroed arrays the size of the text for every
 *  article cost more than clearing the ones of the previous article. */
const COVERAGE_BUFFERS: Uint8Array[] = [new Uint8Array(0), new Uint8Array(0)];

/** Which UTF-16 units of the text are already claimed (O(1) marking, O(length) checks). `slot` picks the
 *  reused buffer: two coverages alive at once need different slots. */
export class Coverage {
  private readonly mask: Uint8Array;
  /** length + 1: units at or past it are never claimed */
  private readonly limit: number;
  constructor(length: number, slot: 0 | 1) {
    this.limit = length + 1;
    let buf = COVERAGE_BUFFERS[slot]!;
    if (buf.length < this.limit) buf = COVERAGE_BUFFERS[slot] = new Uint8Array(Math.max(this.limit, buf.length * 2));
    else buf.fill(0, 0, this.limit);
    this.mask = buf;
  }
  add(s: number, e: number): void {
    if (s < 0) return;
    this.mask.fill(1, s, Math.min(e, this.limit));
  }
  hits(s: number, e: number): boolean {
    const end = Math.min(e, this.limit);
    for (let i = Math.max(0, s); i < end; i++) if (this.mask[i] === 1) return true;
    return false;
  }
}
