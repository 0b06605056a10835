// `--topic asn`: does a page speak of civil servants and elections at all? Cue words from
// src/lexicon/topic.ts, counted on whole words of the page's visible text and title, with a threshold.
import { CONTEXT_CUES, CORE_CUES, CORE_WEIGHT, TOPIC_THRESHOLD } from '../../lexicon/topic.js';
import { words } from './text.js';

export interface TopicVerdict {
  pass: boolean;
  score: number;
  /** Distinct cues seen, sorted. */
  cues: string[];
}

interface CueSet {
  words: Set<string>;
  prefixes: string[];
  /** Multi-word cues: first word → the rest. */
  phrases: Map<string, string[][]>;
}

function compile(list: readonly string[]): CueSet {
  const set: CueSet = { words: new Set(), prefixes: [], phrases: new Map() };
  for (const cue of list) {
    const parts = cue.split(' ');
    if (parts.length > 1) {
      const rest = set.phrases.get(parts[0]!) ?? [];
      rest.push(parts.slice(1));
      set.phrases.set(parts[0]!, rest);
    } else if (cue.endsWith('*')) set.prefixes.push(cue.slice(0, -1));
    else set.words.add(cue);
  }
  return set;
}

const CORE = compile(CORE_CUES);
const CONTEXT = compile(CONTEXT_CUES);

/** The cue a word (at index i) starts, if any. */
function cueAt(set: CueSet, ws: string[], i: number): string | null {
  const w = ws[i]!;
  const phrases = set.phrases.get(w);
  if (phrases) {
    for (const rest of phrases) if (rest.every((r, k) => ws[i + 1 + k] === r)) return [w, ...rest].join(' ');
  }
  if (set.words.has(w)) return w;
  for (const p of set.prefixes) if (w.startsWith(p)) return `${p}*`;
  return null;
}

/** Scores a lower-cased text (title and body). */
export function topicScore(text: string): TopicVerdict {
  const ws = words(text);
  let score = 0;
  let core = 0;
  const cues = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    const c = cueAt(CORE, ws, i);
    if (c) {
      score += CORE_WEIGHT;
      core++;
      cues.add(c);
      continue;
    }
    const x = cueAt(CONTEXT, ws, i);
    if (x) {
      score++;
      cues.add(x);
    }
  }
  return { pass: core > 0 && score >= TOPIC_THRESHOLD, score, cues: [...cues].sort() };
}
