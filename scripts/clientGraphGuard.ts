/**
 * A Vite plugin that fails the client build when a denied package ends up in a chunk the browser
 * loads. The charts' geometry is computed at build time, so d3 (and the packages d3 pulls in) must
 * never reach the reader; a minified bundle of `scaleLinear` no longer says "scaleLinear", so the
 * check looks at the module graph itself, not at the bundled text.
 *
 *   plugins: [svelte(), clientGraphGuard()]   // in vite.config.ts; skipped by the SSR build
 *   // → Error: clientGraphGuard: the client bundle would ship d3-scale (node_modules/d3-scale/src/linear.js)
 *   //   in chunk index, imported by node_modules/d3/src/index.js, which src/probe.ts imports. …
 *
 * @module
 */
import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';

/** Packages the browser must never load: d3 and its dependencies. A string is a package name; a RegExp tests the name. */
export const DENIED_PACKAGES: readonly (string | RegExp)[] = [/^d3($|-)/, 'internmap', 'delaunator', 'robust-predicates'];

/** The plugin's name, as it appears in Vite's resolved plugin list. */
export const CLIENT_GRAPH_GUARD = 'client-graph-guard';

/** The npm package a module id belongs to (the last node_modules segment, scoped names kept), or null for the project's own files. */
export function packageOf(id: string): string | null {
  const path = id.split('\\').join('/');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const [first, second] = path.slice(at + '/node_modules/'.length).split('/');
  if (!first) return null;
  return first.startsWith('@') && second ? `${first}/${second}` : first;
}

/** Whether a package is on the deny list. */
export function isDenied(pkg: string, denied: readonly (string | RegExp)[] = DENIED_PACKAGES): boolean {
  return denied.some((d) => (typeof d === 'string' ? d === pkg : d.test(pkg)));
}

type ModuleInfoLookup = (id: string) => { importers: readonly string[]; isEntry?: boolean } | null;

/**
 * The import chain that brought `id` into the graph: from the first module that is not itself denied
 * (one of the project's files, an allowed package, or an entry) down to `id`, by a breadth-first walk
 * up the importers.
 */
export function importChain(id: string, info: ModuleInfoLookup, denied: readonly (string | RegExp)[] = DENIED_PACKAGES): string[] {
  const from = new Map<string, string | null>([[id, null]]);
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    const module = info(current);
    const pkg = packageOf(current);
    if (current !== id && (pkg === null || !isDenied(pkg, denied) || module?.isEntry)) {
      const chain = [current];
      for (let next = from.get(current); next; next = from.get(next)) chain.push(next);
      return chain;
    }
    for (const importer of module?.importers ?? []) {
      if (from.has(importer)) continue;
      from.set(importer, current);
      queue.push(importer);
    }
  }
  return [id];
}

/** A module id as the error names it: from its package's node_modules folder on, or relative to the project; without a query. */
function shortName(id: string, root: string): string {
  const path = id.split('?')[0] ?? id;
  const at = path.split('\\').join('/').lastIndexOf('/node_modules/');
  if (at >= 0) return path.split('\\').join('/').slice(at + 1);
  const rel = relative(root, path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}

/**
 * The guard. Runs only when Vite builds for the browser (`vite build`, the client half of
 * scripts/build.ts); the SSR build, which may and does use d3, is not checked. A module counts when
 * it contributes code to a chunk (an import that tree-shaking removed entirely ships nothing).
 */
export function clientGraphGuard(denied: readonly (string | RegExp)[] = DENIED_PACKAGES): Plugin {
  let root = process.cwd();
  return {
    name: CLIENT_GRAPH_GUARD,
    apply: (config, env) => env.command === 'build' && !env.isSsrBuild && !config.build?.ssr,
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      // One line per denied package: its first module found, the chunk, and who brought it in.
      const found = new Map<string, { id: string; chunk: string; modules: number }>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(chunk.modules)) {
          const pkg = packageOf(id);
          if (pkg === null || !isDenied(pkg, denied) || module.renderedLength === 0) continue;
          const seen = found.get(pkg);
          if (seen) seen.modules++;
          else found.set(pkg, { id, chunk: chunk.name, modules: 1 });
        }
      }
      const problems = [...found].map(([pkg, { id, chunk, modules }]) => {
        const chain = importChain(id, (m) => this.getModuleInfo(m), denied).map((m) => shortName(m, root));
        const origin = chain[0];
        const importer = chain.length > 2 ? `imported by ${chain.at(-2)}, which ${origin} imports` : `imported by ${origin}`;
        return `${pkg} (${shortName(id, root)}${modules > 1 ? ` and ${modules - 1} more of its modules` : ''}) in chunk ${chunk}, ${importer}`;
      });
      if (problems.length === 0) return;
      this.error(
        `clientGraphGuard: the client bundle would ship ${problems.join('; ')}. ` +
          'The browser must not load d3 or its dependencies (scripts/clientGraphGuard.ts, DENIED_PACKAGES): compute the geometry at build time ' +
          '(a chart\'s scene.ts, run by src/entry-server.ts) and pass the numbers to the component instead of importing the package from client code.',
      );
    },
  };
}
