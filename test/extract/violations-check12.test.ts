// Violation counts on the check12 blind set (fixtures/violations/check12): 18 short articles, 95 distinct claims.
// BLIND RUN PENDING.
import { describeCountsCheckSet } from './violations-checkset.js';

describeCountsCheckSet({
  name: 'check12',
  gold: 95,
  reportEnv: 'CHECK12_REPORT',
  floor: { p: 0, r: 0, qualifiers: 0 },
  attrFloor: { reporter: 0, election: 0, parent: 0, scope: 0, region: 0 },
});
