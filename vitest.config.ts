import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    // a setup hook that scans a corpus is as slow as a test under a loaded machine (check.test.ts's beforeAll ran past the 10 s default)
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
