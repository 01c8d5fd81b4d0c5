import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { storyDevPlugin } from './scripts/storyDevPlugin.ts';
import { clientGraphGuard } from './scripts/clientGraphGuard.ts';

/**
 * The client build. `npm run build` (scripts/build.ts) runs it together with a server build that
 * prerenders the story; `npm run dev` serves it with the same prerendering on every request.
 * `base: './'` makes every asset URL relative, so dist/ works from any folder of any host.
 * clientGraphGuard fails the client build if d3 (or a package d3 needs) ends up in a browser chunk.
 */
export default defineConfig({
  base: './',
  publicDir: 'static',
  plugins: [svelte(), storyDevPlugin(), clientGraphGuard()],
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    rollupOptions: {
      // embed.html is the story's shell too: the build copies index.html (see scripts/build.ts).
      input: { index: 'index.html', chart: 'chart.html', builder: 'embed-builder.html' },
      // The embed protocol is shared by the three pages: one chunk for it, so that the story loads
      // two scripts, not three (each request on the critical path delays the hydrated graphic).
      output: { manualChunks: (id: string) => (id.includes('/src/embed/') ? 'embed' : undefined) },
    },
  },
});
