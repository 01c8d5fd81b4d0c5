import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * Two projects:
 * - unit: pure TypeScript and server-rendered Svelte, in Node (fast, no browser);
 * - browser: the built dist/ served over HTTP and driven in the system Chromium (playwright-core).
 *   `npm test` builds dist/ first; run one with `npx vitest run --project unit`.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [svelte()],
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'], environment: 'node', testTimeout: 20000 },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Builds the frozen fixture data (tests/fixtures/data) into .test-dist/ first.
          globalSetup: ['tests/fixtures/buildFixture.ts'],
          environment: 'node',
          testTimeout: 120000,
          hookTimeout: 120000,
          fileParallelism: false,
        },
      },
    ],
  },
});
