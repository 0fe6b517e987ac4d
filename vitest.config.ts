import { defineConfig } from 'vitest/config';
import SummaryReporter from './test/support/summary-reporter.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests run the compiled JavaScript, as users do.
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', new SummaryReporter()],
    testTimeout: 30_000,
  },
});
