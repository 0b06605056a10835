// A headline rounds the figure its lead gives (issue 22): "Puluhan Kepala Desa di Kabupaten Bone Dilaporkan ke
// Bawaslu" over "Sedikitnya 23 kepala desa … dilaporkan". The vague figure of the headline (the text's first line,
// with no sentence mark at its end) is the lead's figure restated when the lead (the first paragraph after it) gives
// a precise figure (exact or bounded) of its unit and of its order: from the vague value to ten times it for a scale
// word (belasan, puluhan, ratusan), within a fifth of it for an approximation ("Sekitar 20 ASN"). The headline's
// figure is dropped; its parts hang on the lead's figure. So is a headline's vague plural over the same plural word in
// the lead of another unit (one of its own unit is merged into the headline's as a repeated mention, index.ts):
// "Belasan Kepala Kampung di Puncak Jaya Diduga Ikut Kampanye" over "Bawaslu Puncak Jaya menerima belasan laporan
// terkait kepala kampung …" (check22 09: the lead's reports about the people the headline counts are the one figure; a
// later precise restatement then folds the lead's plural, restatements.ts). Only when the lead's figure is about the
// headline's unit: its clause (up to the next comma or sentence mark) names it. "Puluhan ASN di Sikka Diduga Tak
// Netral" over "menerima puluhan laporan dugaan pelanggaran selama masa kampanye …, sebagian besar menyangkut kepala
// desa" (review18 a2): reports of something else, two figures.
import type { CountCandidate } from './parsers.js';
import { namesUnit } from './line-lists.js';

/** The end of the lead figure's clause: its words up to the next comma or sentence mark tell what it counts. */
const CLAUSE_END = /[,;.!?"”\n]/u;

/** Whether the clause after `d` names `unit` ("belasan laporan terkait kepala kampung …" names kepala kampung). */
function about(text: string, d: CountCandidate, lead: number, unit: string): boolean {
  const tail = text.slice(d.end, lead);
  const stop = tail.search(CLAUSE_END);
  return namesUnit(stop < 0 ? tail : tail.slice(0, stop), unit);
}

/** Whether `v` is a power of ten (the value of a scale word: puluhan = 10, ratusan = 100). */
function scaleValue(v: number): boolean {
  for (let p = 10; p <= v; p *= 10) if (p === v) return true;
  return false;
}

/** End of the headline (the first line), or -1 when the text does not open with one. */
export function headlineEnd(text: string): number {
  const nl = text.indexOf('\n');
  if (nl <= 0) return -1;
  const line = text.slice(0, nl).trimEnd();
  return line === '' || /[.!?:"”]$/u.test(line) ? -1 : nl;
}

/** End of the lead: the first non-blank line after `from`. */
function leadEnd(text: string, from: number): number {
  let p = from;
  while (p < text.length && /\s/u.test(text[p]!)) p++;
  const nl = text.indexOf('\n', p);
  return nl < 0 ? text.length : nl;
}

/** Drops the headline's vague figures restated by the lead (see the header). `list` is sorted by start. */
export function foldHeadlineVague(list: CountCandidate[], text: string): CountCandidate[] {
  const h = headlineEnd(text);
  if (h < 0 || list.length < 2 || list[0]!.start >= h) return list;
  const lead = leadEnd(text, h);
  const alias = new Map<CountCandidate, CountCandidate>();
  const numeral = (c: CountCandidate): string => text.slice(c.numStart, c.numEnd).toLowerCase();
  for (const c of list) {
    if (c.start >= h) break;
    if (c.qualifier !== 'approximate' || c.parent !== null || c.upper !== null) continue;
    const scale = scaleValue(c.value);
    const o = list.find(
      (d) =>
        d.start > h && d.end <= lead && d.unit === c.unit && d.parent === null && d.qualifier !== 'forecast' && d.qualifier !== 'approximate' && d.upper === null &&
        (scale ? d.value >= c.value && d.value < c.value * 10 : Math.abs(d.value - c.value) * 5 <= c.value),
    );
    const same = o === undefined && scale ? list.find((d) => d.start > h && d.end <= lead && d.parent === null && d.qualifier === 'approximate' && d.upper === null && d.value === c.value && d.unit !== c.unit && numeral(d) === numeral(c) && about(text, d, lead, c.unit)) : undefined;
    if (o !== undefined || same !== undefined) alias.set(c, (o ?? same)!);
  }
  if (alias.size === 0) return list;
  for (const d of list) if (d.parent !== null) d.parent = alias.get(d.parent) ?? d.parent;
  return list.filter((c) => !alias.has(c));
}
