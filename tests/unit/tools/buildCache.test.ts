/**
 * The build cache (scripts/buildCache.ts) reuses work only while its inputs are unchanged: a Vite
 * build is reused until a file of the project (src/, the pages, the configuration) or a module it
 * resolved elsewhere changes; a cached file is found again by the same key and made anew for another.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedFile, cachedViteBuild, sha256 } from '../../../scripts/buildCache.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A scratch project: src/a.ts and a dependency outside the project inputs. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'build-cache-'));
  roots.push(root);
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'lib'));
  writeFileSync(join(root, 'src', 'a.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'lib', 'dep.js'), 'export const dep = 1;\n');
  return root;
}

/** A fake build: counts its runs, writes one file, and "resolves" src/a.ts and lib/dep.js. */
function fakeBuild(root: string, counter: { runs: number }) {
  return cachedViteBuild({ kind: 'client', root, options: 'test' }, async (outDir, recorder) => {
    counter.runs++;
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'out.txt'), readFileSync(join(root, 'src', 'a.ts')));
    recorder.buildEnd.call({ getModuleIds: () => [join(root, 'src', 'a.ts'), join(root, 'lib', 'dep.js'), '\0virtual'][Symbol.iterator]() });
  });
}

describe('cachedViteBuild()', () => {
  it('builds once, then reuses the output while nothing changed', async () => {
    const root = project();
    const counter = { runs: 0 };
    const first = await fakeBuild(root, counter);
    const second = await fakeBuild(root, counter);
    expect([first.cached, second.cached, counter.runs]).toEqual([false, true, 1]);
    expect(readFileSync(join(second.dir, 'out.txt'), 'utf8')).toBe('export const a = 1;\n');
  });

  it('builds again after a change in src/', async () => {
    const root = project();
    const counter = { runs: 0 };
    await fakeBuild(root, counter);
    writeFileSync(join(root, 'src', 'a.ts'), 'export const a = 2;\n');
    const again = await fakeBuild(root, counter);
    expect([again.cached, counter.runs]).toEqual([false, 2]);
    expect(readFileSync(join(again.dir, 'out.txt'), 'utf8')).toBe('export const a = 2;\n');
  });

  it('builds again after a change in a module it resolved outside the project inputs (e.g. in node_modules)', async () => {
    const root = project();
    const counter = { runs: 0 };
    await fakeBuild(root, counter);
    writeFileSync(join(root, 'lib', 'dep.js'), 'export const dep = 2;\n');
    expect((await fakeBuild(root, counter)).cached).toBe(false);
    expect(counter.runs).toBe(2);
  });

  it('leaves no entry behind when the build fails', async () => {
    const root = project();
    const failing = cachedViteBuild({ kind: 'client', root, options: 'test' }, async () => {
      throw new Error('broken');
    });
    await expect(failing).rejects.toThrow('broken');
    const counter = { runs: 0 };
    expect((await fakeBuild(root, counter)).cached).toBe(false);
  });
});

describe('cachedFile()', () => {
  it('makes a file once per key and reads it back after', async () => {
    const root = project();
    let made = 0;
    const make = async () => (made++, Buffer.from('png bytes'));
    const a = await cachedFile(root, 'share', 'share', sha256('svg 1'), '.png', make);
    const b = await cachedFile(root, 'share', 'share', sha256('svg 1'), '.png', make);
    await cachedFile(root, 'share', 'share', sha256('svg 2'), '.png', make);
    expect([a.toString(), b.toString(), made]).toEqual(['png bytes', 'png bytes', 2]);
    expect(existsSync(join(root, 'node_modules', '.cache', 'story-build', 'share'))).toBe(true);
  });

  it('keys by every part, in order', () => {
    expect(sha256('ab', 'c')).not.toBe(sha256('a', 'bc'));
    expect(sha256('ab', 'c')).toBe(sha256('ab', 'c'));
  });
});
