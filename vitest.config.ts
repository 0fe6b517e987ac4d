import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests run the compiled JavaScript, as users do.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
  },
});
