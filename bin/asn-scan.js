#!/usr/bin/env node
// Thin entry point: everything lives in run(argv, io); this only sets the exit code.
import { processIO, run } from '../dist/cli/index.js';

// A closed pipe (`asn-scan … | head`) ends the run quietly.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});
process.exitCode = await run(process.argv.slice(2), processIO());
