// Timing bounds in unit tests only guard against catastrophic cost (regex backtracking, quadratic loops),
// which takes minutes, not a few hundred milliseconds. The nominal figure is what the code does on a quiet
// machine; the bound is generous so a loaded 2-core CI runner never fails a correct build. Real speed is
// measured by `npm run bench`, not here.
const SLACK = Number(process.env.ASN_TEST_TIME_SLACK ?? 8);

export function budget(nominalMs: number): number {
  return nominalMs * SLACK;
}
