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
