/**
 * `npm run serve` (scripts/serve.ts on tools/serveStatic.ts) answers hostile request lines and keeps
 * serving: a path that does not decode gets 400, a path leaving the folder 403 or 404, and the
 * server process is still there, serving `/`, afterwards. (A malformed escape used to throw
 * URIError out of the request handler and kill the server.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../fixtures/paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'serve-static-'));
const INDEX = '<!doctype html><title>served</title><p>the index page</p>';
let server: ChildProcess;
let origin = '';

/** GET `path`, sent as it is (no normalisation, no encoding), with node:http. */
function get(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  writeFileSync(join(dir, 'index.html'), INDEX);
  // The real command, as `npm run serve` runs it; PORT=0 takes any free port, which it prints.
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', dir], { cwd: PROJECT_ROOT, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  origin = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (chunk) => {
      output += chunk;
      const url = /at (http:\/\/\S+?)\/?\s/.exec(output)?.[1];
      if (url) resolve(url);
    });
    server.stderr!.on('data', (chunk) => (output += chunk));
    server.on('exit', (code) => reject(new Error(`scripts/serve.ts exited (${code}) before serving:\n${output}`)));
  });
});

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run serve on hostile request lines', () => {
  it('serves the folder: / gives its index.html', async () => {
    expect(await get('/')).toEqual({ status: 200, body: INDEX });
  });

  it.each([
    { what: 'a malformed escape, /%E0%A4%A', path: '/%E0%A4%A', statuses: [400] },
    { what: 'a NUL byte, /%00', path: '/%00', statuses: [400] },
    { what: 'encoded slashes out of the folder, /..%2f..%2fetc/passwd', path: '/..%2f..%2fetc/passwd', statuses: [403, 404] },
    { what: 'dot segments out of the folder, /../../etc/passwd', path: '/../../etc/passwd', statuses: [403, 404] },
    { what: 'a path of 10 KB', path: `/${'a'.repeat(10 * 1024)}`, statuses: [404] },
    { what: 'a broken escape in the query string (ignored), /index.html?%', path: '/index.html?%', statuses: [200] },
    { what: 'a path that is no URL, //[', path: '//[', statuses: [404] },
  ])('$what gets one of $statuses', async ({ path, statuses }) => {
    expect(statuses).toContain((await get(path)).status);
  });

  it('still runs and serves / with 200 after all of them', async () => {
    for (const path of ['/%E0%A4%A', '/..%2f..%2fetc/passwd', '/%00', `/${'a'.repeat(10 * 1024)}`, '/index.html?%']) await get(path);
    expect(server.exitCode).toBeNull();
    expect(await get('/')).toEqual({ status: 200, body: INDEX });
  });
});
