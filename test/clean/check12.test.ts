// Cleaning on the check12 blind set (fixtures/clean/check12, see its README).
// BLIND RUN PENDING.
import { describeCheckPages } from './junk-devset.js';

describeCheckPages({
  set: 'check12',
  reportEnv: 'CHECK12_REPORT',
  sizes: { pages: 10, junk: 283, htmlJunk: 44, htmlBody: 8 },
  floor: { junkLeft: 999, bodyLost: 999, leadsLeft: 999, htmlJunkLeft: 999, htmlBodyLost: 999, htmlExtra: 999 },
});
