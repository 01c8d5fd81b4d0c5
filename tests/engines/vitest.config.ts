import { defineConfig } from 'vitest/config';

/**
 * Browser smoke tests in the other engines (Firefox ESR, WebKitGTK); Chromium is covered by
 * tests/browser. Not part of `npm test`'s projects: run `npx vitest run -c tests/engines/vitest.config.ts`
 * after a build (.ci/run does).
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/engines/**/*.test.ts'],
    globalSetup: ['tests/fixtures/buildFixture.ts'],
    environment: 'node',
    testTimeout: 120000,
    hookTimeout: 120000,
    fileParallelism: false,
  },
});
