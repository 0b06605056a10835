// Verb prefixes (discourse.ts's sentence-opening names), re-exported by attribution.ts.
/** Verb prefixes of the predicate right after a sentence-opening name (`Tri Harso dilantik …`, `Rusdi membenarkan …`,
 *  `Andi bersyukur …`, `Budi terpilih …`): a lower-case word opening with one of these, 3+ letters after it. */
export const VERB_PREFIXES: readonly string[] = ['me', 'be', 'di', 'te'];
