/**
 * A WebDriver (classic) session cannot run a script before a page's own scripts, so to see the
 * errors a page throws in any engine, this proxy puts a recorder in front of every HTML page it
 * forwards: `<script src="/__engines/recorder.js">` right after `<head>`, a classic script that runs
 * before the page's module scripts. It keeps, in `window.__errors`, uncaught errors, failed
 * resource loads, unhandled rejections, CSP violations and `console.error` calls.
 *
 *   const proxy = await startRecordingProxy('http://127.0.0.1:41000');  // → proxy.origin on 127.0.0.1
 *   // later, in the page (or in a frame):  return window.__errors
 */
import { createServer, type Server } from 'node:http';

export const RECORDER_PATH = '/__engines/recorder.js';

/** Runs in the page; must stay plain ES5 (no build step). */
export const RECORDER_SOURCE = `(function () {
  if (window.__errors) return;
  var errors = (window.__errors = []);
  function push(s) { if (errors.length < 100) errors.push(String(s).slice(0, 500)); }
  addEventListener('error', function (e) {
    var t = e.target;
    if (t && t !== window && t.tagName) push('failed to load <' + t.tagName.toLowerCase() + '> ' + (t.src || t.href || ''));
    else push('error: ' + e.message + ' at ' + e.filename + ':' + e.lineno + ':' + e.colno);
  }, true);
  addEventListener('unhandledrejection', function (e) {
    var r = e.reason;
    push('unhandledrejection: ' + (r && r.stack ? r.stack : r));
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    push('csp: ' + e.violatedDirective + ' blocked ' + e.blockedURI);
  });
  var original = console.error;
  console.error = function () {
    push('console.error: ' + Array.prototype.map.call(arguments, function (a) { return a && a.stack ? a.stack : String(a); }).join(' '));
    return original.apply(this, arguments);
  };
})();`;

/** Injects the recorder tag into an HTML document. */
export function injectRecorder(html: string): string {
  const tag = `<script src="${RECORDER_PATH}"></script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}

const HOP_BY_HOP = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive']);

/** Forwards GET requests to `target` (an origin), adding the recorder to HTML responses. */
export async function startRecordingProxy(target: string, host = '127.0.0.1'): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    try {
      const path = req.url ?? '/';
      if (path.split('?')[0] === RECORDER_PATH) {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(RECORDER_SOURCE);
        return;
      }
      const upstream = await fetch(target + path, { method: req.method === 'HEAD' ? 'HEAD' : 'GET', redirect: 'manual' });
      const headers: Record<string, string> = {};
      upstream.headers.forEach((value, key) => {
        if (!HOP_BY_HOP.has(key)) headers[key] = value;
      });
      const type = upstream.headers.get('content-type') ?? '';
      if (type.startsWith('text/html')) {
        res.writeHead(upstream.status, headers).end(injectRecorder(await upstream.text()));
      } else {
        res.writeHead(upstream.status, headers).end(Buffer.from(await upstream.arrayBuffer()));
      }
    } catch (error) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`proxy error: ${error}`);
    }
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  const address = server.address();
  const origin = `http://${host}:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
