// Refiner `person-names`: a region word that an official's name ends with is the person's, not the place's
// (`Bupati Minahasa Selatan, Fransiskus Donny Rembang, SH` … `ucap Rembang`): every span of that region written as
// that bare word alone goes; a region left with no span goes. Spans with an admin word (`Kabupaten Rembang`) stay.
// Runs after the officials (pipeline.ts), since only their names say which word is a person's.
import type { Official, RegionMention } from '../../../model.js';

export function dropPersonNameSpans(regions: RegionMention[], officials: readonly Official[]): RegionMention[] {
  // the last word of each official's name of two words or more
  const names = new Set<string>();
  for (const o of officials) {
    const words = o.name.split(' ');
    if (words.length >= 2) names.add(words[words.length - 1]!);
  }
  if (names.size === 0) return regions;
  const out: RegionMention[] = [];
  for (const r of regions) {
    const spans = r.spans.filter((s) => !names.has(s.text));
    if (spans.length === r.spans.length) {
      out.push(r);
      continue;
    }
    if (spans.length === 0) continue;
    const surface = [...new Set(spans.map((s) => s.text))].sort();
    out.push({ ...r, surface, mentions: Math.max(1, r.mentions - (r.spans.length - spans.length)), spans });
  }
  return out;
}
