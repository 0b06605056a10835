// Dates on the check12 blind set (fixtures/dates/check12.txt).
// BLIND RUN PENDING.
import { describeDatesCheckSet } from './dates-dev.js';

describeDatesCheckSet({
  name: 'check12',
  file: 'fixtures/dates/check12.txt',
  articles: 12,
  dates: 61,
  reportEnv: 'CHECK12_REPORT',
  floor: { p: 0, r: 0, f1: 0, certain: 0, time: 0 },
});
