/**
 * A small static file server for dist/, used by `npm run serve`, the screenshots, the benchmark and
 * the browser tests. Like a real static host it gzips text, and lets browsers revalidate pages and
 * cache the hashed assets. It can mount the folder under a nested path (as a newsroom's CMS would)
 * and send extra headers (a Content-Security-Policy, say). Every request gets an answer, and none
 * stops the server: a path that does not decode gets 400, one outside the folder 403, a missing
 * file 404.
 *
 *   const server = await serveStatic({ dir: 'dist', base: '/news/2014/cambodia/', port: 0 });
 *   server.url // → "http://127.0.0.1:41234/news/2014/cambodia/"
 *   await server.close();
 */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

export type StaticServerOptions = {
  /** The folder to serve. */
  dir: string;
  /** The path it is mounted under, starting and ending with "/"; default "/". */
  base?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Extra headers for every response, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
};

export type StaticServer = { url: string; origin: string; server: Server; close: () => Promise<void> };

export function serveStatic(opts: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(opts.dir);
  const base = opts.base ?? '/';
  const host = opts.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    // Whatever the request line holds, answer it: a bad request is the client's problem, never
    // a reason for the server to stop.
    try {
      const path = requestPath(req.url ?? '/');
      if (path === null) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
        return;
      }
      if (!path.startsWith(base)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      const file = normalize(join(root, path.slice(base.length)));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden');
        return;
      }
      let target = file;
      try {
        if (statSync(target).isDirectory()) target = join(target, 'index.html');
        if (!statSync(target).isFile()) throw new Error('not a file');
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      const type = TYPES[extname(target)] ?? 'application/octet-stream';
      const hashed = /[.-][A-Za-z0-9_-]{8}\.(js|css|woff2)$/.test(target);
      // Public files, readable from anywhere: a sandboxed embed (origin "null") loads its module
      // scripts and fonts in CORS mode, so they need this header.
      const headers: Record<string, string> = {
        'content-type': type,
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        'access-control-allow-origin': '*',
        vary: 'accept-encoding',
        ...opts.headers,
      };
      let body = readFileSync(target);
      if (/^(text\/|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = String(body.length);
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
    } catch {
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal server error');
    }
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : opts.port;
      const origin = `http://${host}:${port}`;
      resolveServer({ url: `${origin}${base}`, origin, server, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

/**
 * The decoded path of a request target ("/a%20b.html?x" → "/a b.html"), or null when it is not a
 * path or does not decode: a malformed escape ("/%E0%A4%A"), or a NUL byte ("/%00").
 */
function requestPath(target: string): string | null {
  const [raw = ''] = target.split(/[?#]/, 1); // split with a limit of 1 always gives one part
  if (!raw.startsWith('/')) return null;
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return path.includes('\0') ? null : path;
}
