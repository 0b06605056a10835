// V8 settings for the processes that run the pipeline. A speed trick, listed in src/text/fast/README.md.
import { setFlagsFromString } from 'node:v8';

let applied = false;

/**
 * Regexes straight to native code. By default V8 first compiles a regex to bytecode, interprets it once, and
 * compiles it again to native code on its second use ("tier-up"). The pipeline's regexes all run thousands of
 * times per run, so every bytecode compilation is wasted, and the clean rules' patterns (alternations of
 * several thousand characters) cost tens of milliseconds each to compile, once for one-byte and once for
 * two-byte texts, in every worker. The flag changes how a regex is compiled, never what it matches.
 * Process-wide (worker threads included); V8 reads it at each regex's first use, so it is set before the
 * workers start. Idempotent.
 */
export function regexpsToNativeCode(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString('--no-regexp-tier-up');
}

/**
 * The main thread's young generation while worker threads do the work: `small` keeps it at its start size
 * (1 MB semi-spaces) instead of letting V8 double it up to 16 MB semi-spaces (32 MB new space, all of it
 * resident). While workers run, the main thread only lists inputs, receives records and writes bytes, so
 * its garbage is small and the records it keeps are promoted either way; the 30 MB counts towards the
 * run's peak RSS, when both workers are at their largest. V8 reads the growth factor each time it would
 * grow a new space, so this is set at the pool's start (before the folder walk grows it) and set back
 * (`small` false: V8's default factor 2) when the pipeline runs on this thread itself, or when the workers
 * are gone and the corpus finish allocates in earnest. Process-wide, but a worker's new space is created
 * at its full size (the pool's `resourceLimits`), so workers are not affected. Changes when V8 collects
 * garbage, never a result. Every new isolate (each worker's) raises the factor back to at least 2 as it sets its
 * heap up, so the pool sets it again once each worker is running (pool.ts `startWorkers`).
 */
export function smallMainYoungGeneration(small: boolean): void {
  setFlagsFromString(small ? '--semi-space-growth-factor=1' : '--semi-space-growth-factor=2');
}
