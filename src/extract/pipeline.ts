// The one place that fixes the order of the extractors, and why.
//
//   1. regions     — gazetteer matches first: officials read their region from them.
//   2. officials   — titles + names, resolved against the regions found in (1); then a region word that ends an
//                    official's name is the person's (regions/refiners/person-names.ts), before anything reads (1) again.
//   3. dates       — day-first dates and election mentions; needs only the publication date.
//   4. violations  — counts tie themselves to the elections found in (3).
//   5. statements  — quotes and reported speech, attributed to (2), dated by (3), placed by (1)/(2).
//   6. count links — each count to the statement it stands in and its speaker (needs (4) and (5)).
//
// Each extractor is pure: (context, earlier results) → items with offsets into ctx.text and a rule name.
import type { ExtractContext, Extracted } from '../model.js';
import { extractDates } from './dates/index.js';
import { extractOfficials } from './officials/index.js';
import { dropPersonNameSpans, extractRegions } from './regions/index.js';
import { extractStatements } from './statements/index.js';
import { extractViolations, linkSources } from './violations/index.js';

export type StageTimer = <T>(stage: string, fn: () => T) => T;

const untimed: StageTimer = (_stage, fn) => fn();

export function extractAll(ctx: ExtractContext, time: StageTimer = untimed): Extracted {
  const regionsRead = time('extract.regions', () => extractRegions(ctx));
  const officials = time('extract.officials', () => extractOfficials(ctx, regionsRead));
  const regions = dropPersonNameSpans(regionsRead, officials);
  const { dates, elections } = time('extract.dates', () => extractDates(ctx));
  const counts = time('extract.violations', () => extractViolations(ctx, elections, regions));
  const statements = time('extract.statements', () => extractStatements(ctx, officials, regions, dates));
  const violations = time('extract.violations', () => linkSources(counts, statements, officials, ctx.text));
  return { officials, regions, dates, elections, violations, statements };
}
