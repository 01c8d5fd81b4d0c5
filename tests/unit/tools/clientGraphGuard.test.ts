/**
 * The "no d3 in the client" budget can fail: scripts/clientGraphGuard.ts stops a client build whose
 * chunks contain d3 or a package d3 needs, naming the module and who imported it. Probes are built
 * with Vite's own build() (nothing written) from a folder inside the project, so that they resolve
 * d3 from its node_modules as src/ does.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin, type PluginOption } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { CLIENT_GRAPH_GUARD, clientGraphGuard, importChain, isDenied, packageOf } from '../../../scripts/clientGraphGuard.ts';
import { PROJECT_ROOT } from '../../fixtures/paths.ts';

mkdirSync(join(PROJECT_ROOT, 'node_modules', '.cache'), { recursive: true });
const dir = mkdtempSync(join(PROJECT_ROOT, 'node_modules', '.cache', 'guard-probe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Builds `files` (the first is the entry) for the browser with the guard, in memory. */
async function buildProbe(files: Record<string, string>): Promise<void> {
  const probe = mkdtempSync(join(dir, 'p-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(probe, name), text);
  await build({
    root: probe,
    configFile: false,
    logLevel: 'silent',
    plugins: [clientGraphGuard()],
    build: { write: false, minify: true, rollupOptions: { input: join(probe, Object.keys(files)[0] ?? '') } },
  });
}

describe('clientGraphGuard()', () => {
  it('fails a client build that bundles scaleLinear from d3, naming the module and its importer', async () => {
    const built = buildProbe({
      'probe.js': "import { axis } from './axis.js';\nconsole.log(axis(3));\n",
      'axis.js': "import { scaleLinear } from 'd3';\nexport const axis = (x) => scaleLinear().domain([0, 10]).range([0, 100])(x);\n",
    });
    await expect(built).rejects.toThrow(/clientGraphGuard: the client bundle would ship .*d3-scale \(node_modules\/d3-scale\/[^)]+\) in chunk probe, imported by node_modules\/d3\/[^,]+, which [^ ]*\/axis\.js imports/);
  });

  it('fails on d3 packages imported directly, and on internmap, which d3-array pulls in', async () => {
    const built = buildProbe({ 'probe.js': "import { InternMap } from 'internmap';\nconsole.log(new InternMap([[1, 2]]).get(1));\n" });
    await expect(built).rejects.toThrow(/would ship internmap \(node_modules\/internmap\/src\/index\.js\) in chunk probe, imported by [^ ]*\/probe\.js\./);
  });

  it('lets a client build without d3 through', async () => {
    await expect(buildProbe({ 'probe.js': "const scale = (x) => x * 10;\nconsole.log(scale(3));\n" })).resolves.toBeUndefined();
  });

  it('lets an import of d3 that tree-shaking removes entirely through (it ships nothing)', async () => {
    await expect(buildProbe({ 'probe.js': "import { scaleLinear } from 'd3';\nconsole.log('no scale used');\n" })).resolves.toBeUndefined();
  });

  it('applies to client builds only: the SSR build (which computes the geometry with d3) and the dev server are not checked', () => {
    const apply = clientGraphGuard().apply as Exclude<Plugin['apply'], string | undefined>;
    expect(apply({}, { command: 'build', mode: 'production', isSsrBuild: false })).toBe(true);
    expect(apply({ build: { ssr: 'src/entry-server.ts' } }, { command: 'build', mode: 'production', isSsrBuild: true })).toBe(false);
    expect(apply({}, { command: 'serve', mode: 'development' })).toBe(false);
  });
});

describe('the deny list', () => {
  it('names packages by their last node_modules folder, scoped names included', () => {
    expect(packageOf('/p/node_modules/d3-scale/src/linear.js')).toBe('d3-scale');
    expect(packageOf('/p/node_modules/@scope/pkg/index.js')).toBe('@scope/pkg');
    expect(packageOf('/p/node_modules/a/node_modules/internmap/src/index.js')).toBe('internmap');
    expect(packageOf('/p/src/main.ts')).toBeNull();
  });

  it('denies d3, every d3-* package and the packages d3 depends on, and nothing else', () => {
    for (const pkg of ['d3', 'd3-scale', 'd3-shape', 'internmap', 'delaunator', 'robust-predicates']) expect(isDenied(pkg)).toBe(true);
    for (const pkg of ['svelte', 'scrollama', 'd3x', 'esm-env']) expect(isDenied(pkg)).toBe(false);
  });

  it('walks the importers up to the first module that is not denied itself', () => {
    const graph: Record<string, string[]> = {
      '/n/node_modules/d3-scale/a.js': ['/n/node_modules/d3/index.js'],
      '/n/node_modules/d3/index.js': ['/n/node_modules/some-lib/x.js'],
      '/n/node_modules/some-lib/x.js': ['/n/src/x.ts'],
      '/n/src/x.ts': [],
    };
    const chain = importChain('/n/node_modules/d3-scale/a.js', (id) => ({ importers: graph[id] ?? [] }));
    expect(chain).toEqual(['/n/node_modules/some-lib/x.js', '/n/node_modules/d3/index.js', '/n/node_modules/d3-scale/a.js']);
  });
});

describe('vite.config.ts', () => {
  it('guards the client build: its plugins include clientGraphGuard', async () => {
    const config = (await import('../../../vite.config.ts')).default as { plugins?: PluginOption[] };
    const plugins = (config.plugins ?? []).flat(Infinity as 1) as (Plugin | null | false)[];
    const guard = plugins.find((p): p is Plugin => !!p && p.name === CLIENT_GRAPH_GUARD);
    expect(guard, 'vite.config.ts must list clientGraphGuard() in plugins').toBeDefined();
  });
});
