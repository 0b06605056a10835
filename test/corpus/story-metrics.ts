// Pairwise precision/recall and the adjusted Rand index of a clustering against gold labels
// (the measures issue 23 asks for; ARI as in Hubert & Arabie 1985).
export interface ClusterScore {
  precision: number;
  recall: number;
  ari: number;
  /** Gold pairs found / predicted pairs, for the reader of a failing test. */
  truePairs: number;
  predictedPairs: number;
  goldPairs: number;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

export function scoreClusters(gold: readonly string[], predicted: readonly string[]): ClusterScore {
  const cell = new Map<string, number>();
  const g = new Map<string, number>();
  const p = new Map<string, number>();
  for (let i = 0; i < gold.length; i++) {
    const k = `${gold[i]}\u0000${predicted[i]}`;
    cell.set(k, (cell.get(k) ?? 0) + 1);
    g.set(gold[i]!, (g.get(gold[i]!) ?? 0) + 1);
    p.set(predicted[i]!, (p.get(predicted[i]!) ?? 0) + 1);
  }
  let tp = 0;
  for (const n of cell.values()) tp += pairs(n);
  let gp = 0;
  for (const n of g.values()) gp += pairs(n);
  let pp = 0;
  for (const n of p.values()) pp += pairs(n);
  const all = pairs(gold.length);
  const expected = all ? (gp * pp) / all : 0;
  const max = (gp + pp) / 2;
  return {
    precision: pp ? tp / pp : 1,
    recall: gp ? tp / gp : 1,
    ari: max === expected ? 1 : (tp - expected) / (max - expected),
    truePairs: tp,
    predictedPairs: pp,
    goldPairs: gp,
  };
}
