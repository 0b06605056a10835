// Refiner `build`: the Official of a merged candidate: its id (officialKey) and its spans in text order.
import type { Official } from '../../../model.js';
import { officialKey } from '../../../corpus/identity.js';
import type { Candidate } from '../types.js';

/** Refiner 4 (build): the Official of a merged candidate, its spans in text order. */
export function officialOf(o: Candidate): Official {
  const spans = [...o.spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    id: officialKey(o.name, o.role, o.region?.code ?? null),
    name: o.name,
    nameAsWritten: o.nameAsWritten,
    title: o.title,
    role: o.role,
    acting: o.acting,
    ...(o.modifier ? { modifier: o.modifier } : {}),
    institution: o.institution,
    region: o.region,
    mentions: spans.length,
    spans,
    rule: o.rule,
  };
}
