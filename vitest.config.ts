import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    globalSetup: ['./test/support/neo4j-global-setup.ts'],
    hookTimeout: 120_000,
    reporters: ['default', './test/summary-reporter.ts'],
    // Neo4j and Chromium tests share one machine of 2 cores: files run one after another.
    fileParallelism: false,
  },
});
