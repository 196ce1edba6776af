import { defineConfig } from 'vitest/config';

// Rules must never read the process's local time: tests run in a zone that differs from both the
// spreadsheet's (Asia/Shanghai in fixtures) and the script's (America/New_York in appsscript.json).
process.env.TZ = 'Pacific/Auckland';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Prints the reliability suite's summary line once every test file has run.
    globalSetup: ['test/reliability/summary.ts'],
  },
});
