// Short articles for statement table cases: paragraphs under a neutral title, run through the whole pipeline.
import type { Statement } from '../../src/model.js';
import { processArticle } from '../../src/pipeline.js';
import { rawText } from './helpers.js';

export function statementsOf(paras: string[]): Statement[] {
  const text = ['Judul Berita Netralitas', ...paras].join('\n\n');
  return processArticle(rawText('t', text)).statements;
}

/** [quote start, speaker name or null] of each statement, in order. */
export const whoSaid = (ss: Statement[]): Array<[string, string | null]> => ss.map((s) => [s.quote.slice(0, 24), s.speaker?.name ?? null]);
