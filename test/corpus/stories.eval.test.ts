// Story clustering scored on the labelled set of fixtures/stories (built by fixtures/stories/make.mjs
// before any tuning): syndicated variants of the seeds and news fixtures, different reports of one
// event, pieces quoting two paragraphs of another, unrelated articles. Pairwise P/R and ARI.
//
// BLIND score (first run, defaults chosen from theory before looking: 5-word shingles, title skipped,
// 128 one-permutation bins, 42 bands × 3, overlap ≥ 0.8, length ratio ≥ 0.5), recorded before tuning:
//   tune     P 1.000  R 0.976  ARI 0.988   (112 articles, 41 stories, 126 gold pairs)
//   held-out P 1.000  R 0.958  ARI 0.978   (95 articles, 39 stories, 96 gold pairs)
//   all      P 1.000  R 0.968  ARI 0.984
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/pipeline.js';
import { StoryIndex, type StoryOptions } from '../../src/corpus/stories.js';
import { scoreClusters } from './story-metrics.js';

interface Label { path: string; story: string; part: 'tune' | 'held'; kind: string }
const root = join(__dirname, '..', '..');
const labels = JSON.parse(readFileSync(join(root, 'fixtures', 'stories', 'labels.json'), 'utf8')) as Label[];

const articles = labels.map((l) =>
  processArticle({ id: l.path, source: l.path, line: null, format: 'text', text: readFileSync(join(root, l.path), 'utf8'), html: null, title: null, url: null, published: null, error: null }),
);

export function clusterSet(which: (l: Label) => boolean, opts: StoryOptions = {}) {
  const idx = new StoryIndex();
  const gold: string[] = [];
  labels.forEach((l, i) => {
    if (!which(l)) return;
    const a = articles[i]!;
    idx.add(a.id, a.published, a.signature);
    gold.push(l.story);
  });
  const refs = idx.cluster(opts);
  return { gold, refs, score: scoreClusters(gold, refs.map((r) => r.storyId ?? '')) };
}

describe('story clustering on the labelled set', () => {
  it('prints the scores', () => {
    for (const part of ['tune', 'held'] as const) {
      const { score } = clusterSet((l) => l.part === part);
      console.log(part, JSON.stringify(score));
    }
    const { score } = clusterSet(() => true);
    console.log('all', JSON.stringify(score));
  });
});
