/**
 * How dist/embed.js is bundled, for the build and the dev server alike: src/embed/embed-entry.ts as
 * one classic script (an IIFE) that older host pages can run.
 *
 *   build({ build: { ...embedScriptBuild(root), outDir } })
 */
import { resolve } from 'node:path';

/** The Vite build options (target and library entry) of dist/embed.js. */
export function embedScriptBuild(root: string) {
  return {
    target: 'es2019',
    lib: { entry: resolve(root, 'src/embed/embed-entry.ts'), formats: ['iife' as const], name: 'CambodiaEmbedHost', fileName: () => 'embed.js' },
  };
}
