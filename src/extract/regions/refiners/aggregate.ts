// Refiner `aggregate`: one RegionMention per code: distinct sorted surfaces, spans by position.
import type { RegionMention, Span } from '../../../model.js';
import { areaByCode } from '../../../lexicon/gazetteer.js';
import type { Hit } from '../hit.js';

export function aggregate(text: string, hits: Hit[]): RegionMention[] {
  // One sort groups the hits by code and orders each group by position (stable: equal starts keep their
  // order), instead of a map of per-code lists each filtered and sorted on its own.
  const sorted = hits.slice().sort((a, b) => compareCodes(a.code, b.code) || a.start - b.start);
  const out: RegionMention[] = [];
  for (let g = 0; g < sorted.length; ) {
    const code = sorted[g]!.code;
    let e = g + 1;
    while (e < sorted.length && sorted[e]!.code === code) e++;
    const area = areaByCode(code);
    if (area) {
      const spans: Span[] = [];
      const surface: string[] = [];
      for (let k = g; k < e; k++) {
        const h = sorted[k]!;
        if (h.start < 0) continue;
        const t = text.slice(h.start, h.end);
        spans.push({ start: h.start, end: h.end, text: t, rule: h.rule });
        if (!surface.includes(t)) surface.push(t);
      }
      surface.sort();
      out.push({ code, name: area.name, level: area.level, surface, mentions: Math.max(spans.length, e - g), spans });
    }
    g = e;
  }
  return out;
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
