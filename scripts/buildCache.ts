/**
 * The build's cache, in node_modules/.cache/story-build/ (git-ignored with node_modules): work whose
 * inputs did not change since an earlier build is reused instead of redone. A journalist's data
 * edit changes none of the code, so a rebuild skips the three Vite builds (client, server, host
 * script), and reuses the subset fonts and the share image when their inputs are the same.
 *
 * Every entry is named by a hash of everything that goes into it and written atomically (to a
 * temporary name, then renamed), so builds and test workers running at once never read half an
 * entry, and a stale entry is never found: changed inputs give another name.
 *
 *   const png = await cachedFile('share', sha256(svg, fontFiles), '.png', () => renderPng(svg));
 *   const out = await cachedViteBuild({ kind: 'client', root, options: {...} }, (outDir) => build({ … outDir }));
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The cache folder of the project at `root`. */
export function cacheDir(root: string): string {
  return join(root, 'node_modules', '.cache', 'story-build');
}

/** A short sha256 of some strings and buffers, in order (each length-prefixed, so ["ab", "c"] ≠ ["a", "bc"]). */
export function sha256(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(String(Buffer.byteLength(part)));
    hash.update(':');
    hash.update(part);
  }
  return hash.digest('hex').slice(0, 20);
}

/** Writes `bytes` to `file` so that no reader ever sees it half-written. */
function writeAtomically(file: string, bytes: string | Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

/** The bytes cached under `name`-`key``ext` in the cache's `group` folder, made by `produce` (and kept) when missing. */
export async function cachedFile(root: string, group: string, name: string, key: string, ext: string, produce: () => Promise<Buffer>): Promise<Buffer> {
  const file = join(cacheDir(root), group, `${name}-${key}${ext}`);
  if (existsSync(file)) {
    touch(file);
    return readFileSync(file);
  }
  const bytes = await produce();
  writeAtomically(file, bytes);
  prune(join(cacheDir(root), group), `${name}-`, 6);
  return bytes;
}

/** Every file under `path` (a file or a folder), sorted. */
function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .flatMap((entry) => filesUnder(join(path, entry.name)))
    .sort();
}

/** The hash of some files' names (relative to root) and contents. */
export function hashFiles(root: string, paths: string[]): string {
  const files = [...new Set(paths.flatMap((p) => filesUnder(resolve(root, p))))].sort();
  return sha256(...files.flatMap((file) => [relative(root, file), readFileSync(file)]));
}

/**
 * What every Vite build of the project reads besides the modules it resolves: the sources, the
 * pages, the static files, the configuration and the scripts the configuration loads, and the
 * installed packages (npm rewrites node_modules/.package-lock.json on every install).
 */
export const PROJECT_INPUTS = [
  'src',
  'static',
  'index.html',
  'chart.html',
  'embed-builder.html',
  'vite.config.ts',
  'svelte.config.js',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'node_modules/.package-lock.json',
  'scripts/build.ts',
  'scripts/buildCache.ts',
  'scripts/clientGraphGuard.ts',
  'scripts/embedScriptBuild.ts',
  'scripts/storyDevPlugin.ts',
  'scripts/injectStory.ts',
];

type Manifest = { files: Record<string, string> };

/** Whether the files a build recorded still have the contents they had. */
function stillValid(root: string, manifest: Manifest): boolean {
  return Object.entries(manifest.files).every(([file, hash]) => {
    const path = resolve(root, file);
    return existsSync(path) && sha256(readFileSync(path)) === hash;
  });
}

/**
 * The output folder of a Vite build, from the cache when the project's inputs (PROJECT_INPUTS) and
 * the files the earlier build resolved outside them (its module graph in node_modules, recorded in
 * the entry's manifest.json and checked again) are unchanged; otherwise `run` builds into a new
 * entry, and `modules()` then lists the module ids it resolved (from the plugin `recorder`).
 * The returned folder is shared: copy from it, never write into it.
 */
export async function cachedViteBuild(
  spec: { kind: string; root: string; options: unknown },
  run: (outDir: string, recorder: { name: string; buildEnd(this: { getModuleIds(): IterableIterator<string> }): void }) => Promise<void>,
): Promise<{ dir: string; cached: boolean }> {
  const { kind, root } = spec;
  const key = sha256(kind, JSON.stringify(spec.options), hashFiles(root, PROJECT_INPUTS), process.version);
  const entry = join(cacheDir(root), 'vite', `${kind}-${key}`);
  const manifestFile = join(entry, 'manifest.json');
  let stale = false;
  if (existsSync(manifestFile)) {
    try {
      if (stillValid(root, JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest)) {
        touch(manifestFile);
        return { dir: join(entry, 'out'), cached: true };
      }
    } catch {
      // An unreadable manifest is a miss: build again below.
    }
    stale = true;
  }
  mkdirSync(dirname(entry), { recursive: true });
  const work = mkdtempSync(join(dirname(entry), `.tmp-${kind}-`));
  const ids = new Set<string>();
  const recorder = {
    name: 'story-build-cache-recorder',
    buildEnd(this: { getModuleIds(): IterableIterator<string> }) {
      for (const id of this.getModuleIds()) ids.add(id);
    },
  };
  try {
    await run(join(work, 'out'), recorder);
    const inputs = new Set(PROJECT_INPUTS.map((p) => resolve(root, p)));
    const files: Record<string, string> = {};
    for (const id of ids) {
      const path = id.split('?')[0] ?? id;
      if (path.startsWith('\0') || !path.startsWith(sep) || !existsSync(path) || statSync(path).isDirectory()) continue;
      if ([...inputs].some((input) => path === input || path.startsWith(input + sep))) continue;
      files[relative(root, path)] = sha256(readFileSync(path));
    }
    writeFileSync(join(work, 'manifest.json'), JSON.stringify({ files } satisfies Manifest));
    if (stale) rmSync(entry, { recursive: true, force: true });
    try {
      renameSync(work, entry);
    } catch {
      // Another build made the same entry meanwhile: use ours from its temporary folder instead.
      return { dir: join(work, 'out'), cached: false };
    }
    prune(dirname(entry), `${kind}-`, 3);
    return { dir: join(entry, 'out'), cached: false };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

/** Marks a cache file as just used, so that pruning keeps it. */
function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // Another build pruned it: it is still readable by those who have it open, and rebuilt otherwise.
  }
}

/** Keeps the `keep` most recently used entries of `dir` whose names start with `prefix`; removes the others and stale temporary folders. */
function prune(dir: string, prefix: string, keep: number): void {
  try {
    const entries = readdirSync(dir)
      .filter((name) => name.startsWith(prefix) && !name.endsWith('.part'))
      .map((name) => {
        const path = join(dir, name);
        const manifest = join(path, 'manifest.json');
        return { path, used: statSync(existsSync(manifest) ? manifest : path).mtimeMs };
      })
      .sort((a, b) => b.used - a.used);
    for (const old of entries.slice(keep)) rmSync(old.path, { recursive: true, force: true });
    const hour = 60 * 60 * 1000;
    for (const name of readdirSync(dir).filter((n) => n.startsWith('.tmp-'))) {
      const path = join(dir, name);
      if (Date.now() - statSync(path).mtimeMs > hour) rmSync(path, { recursive: true, force: true });
    }
  } catch {
    // Pruning is housekeeping: a race with another build's pruning is harmless.
  }
}
