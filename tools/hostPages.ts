/**
 * Host pages for the embed tests (tests/browser, tests/engines) and the embed screenshots
 * (scripts/embedScreens.ts): newsroom articles on another origin (127.0.0.2) that embed the story
 * served from 127.0.0.1, one page per way of embedding.
 *
 *   const hosts = await startHosts(storyUrl);  // e.g. http://127.0.0.1:41000/news/2014/cambodia/
 *   await page.goto(hosts.url('ours'));
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type HostKind =
  | 'ours' | 'ours-km' | 'ours-two' | 'pym' | 'pym-no-scroll' | 'amp' | 'fixed' | 'chart' | 'hostile-host' | 'deep-link'
  // Used by tests/browser/embed.test.ts:
  | 'deep-hash' | 'theme-dark' | 'theme-transparent' | 'hostile-frame';

const paragraphs = (n: number, label: string) =>
  Array.from({ length: n }, (_, i) => `<p>${label} paragraph ${i + 1}. The host article goes on around the embed, as a newsroom's page would, with text before and after it.</p>`).join('\n');

function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{font:18px/1.6 Georgia,serif;margin:0 auto;max-width:48rem;padding:0 1rem;background:#fff;color:#111}iframe{display:block;width:100%;border:0}</style>${head}</head>
<body><h1>${title}</h1>${body}</body></html>`;
}

/**
 * `query` is the host page's own query string; only 'hostile-frame' reads it: `?frame=URL` is the
 * folder (on another origin than the host) that serves its attacker.html and forger.html.
 */
export function hostPage(kind: HostKind, story: string, query: URLSearchParams = new URLSearchParams()): string {
  const embed = `${story}embed.html`;
  const script = `<script src="${story}embed.js"></script>`;
  switch (kind) {
    case 'ours':
      return page('Host: our script', `${paragraphs(6, 'Before')}<iframe data-cambodia-embed src="${embed}" title="Cambodia 2013" height="1200" loading="lazy"></iframe>${paragraphs(6, 'After')}${script}`);
    case 'ours-km':
      // A Khmer newsroom's article embedding the Khmer edition by its own address.
      return page('Host: the Khmer edition', `${paragraphs(6, 'Before')}<iframe data-cambodia-embed src="${story}km/embed.html" title="ការបោះឆ្នោតឆ្នាំ ២០១៣" height="1200" loading="lazy"></iframe>${paragraphs(6, 'After')}${script}`).replace('<html lang="en">', '<html lang="km">');
    case 'deep-link':
      return page('Host: deep link', `${paragraphs(3, 'Before')}<iframe data-cambodia-embed data-step="12" src="${embed}" title="Cambodia 2013" height="1200"></iframe>${paragraphs(6, 'After')}${script}`);
    case 'ours-two':
      return page(
        'Host: two embeds',
        `${paragraphs(2, 'Before')}<iframe id="one" data-cambodia-embed src="${embed}" title="Cambodia 2013" height="1200"></iframe>${paragraphs(3, 'Between')}<iframe id="two" data-cambodia-embed src="${story}charts/step-7.html" title="Seats by constituency" height="600"></iframe>${paragraphs(6, 'After')}${script}`,
      );
    case 'chart':
      return page('Host: one chart', `${paragraphs(2, 'Before')}<iframe data-cambodia-embed src="${story}charts/step-2.html" title="Seats" height="400"></iframe>${paragraphs(6, 'After')}${script}`);
    case 'pym':
    case 'pym-no-scroll':
      return page(
        kind === 'pym' ? 'Host: pym.js with scroll tracking' : 'Host: pym.js without scroll tracking',
        `${paragraphs(6, 'Before')}<div id="pym-embed"></div>${paragraphs(6, 'After')}<script src="/pym.v1.min.js"></script><script src="/pym-start.js?track=${kind === 'pym' ? 1 : 0}&src=${encodeURIComponent(embed)}"></script>`,
      );
    case 'amp':
      return page('Host: AMP-style resizer', `${paragraphs(6, 'Before')}<iframe id="amp" src="${embed}" title="Cambodia 2013" height="1200"></iframe>${paragraphs(6, 'After')}<script src="/amp-resizer.js"></script>`);
    case 'fixed':
      return page('Host: fixed-height frame', `${paragraphs(4, 'Before')}<iframe src="${embed}" title="Cambodia 2013" height="600"></iframe>${paragraphs(6, 'After')}`);
    case 'hostile-host':
      return page('Host: hostile', `${paragraphs(2, 'Before')}<iframe id="victim" data-cambodia-embed src="${embed}" title="Cambodia 2013" height="1200"></iframe>${paragraphs(6, 'After')}${script}<script src="/hostile.js"></script>`);
    case 'deep-hash':
      return page('Host: deep link in the URL', `${paragraphs(3, 'Before')}<iframe data-cambodia-embed src="${embed}#step-5" title="Cambodia 2013" height="1200"></iframe>${paragraphs(6, 'After')}${script}`);
    case 'theme-dark':
      return page('Host: dark theme', `${paragraphs(2, 'Before')}<iframe data-cambodia-embed data-theme="dark" src="${embed}" title="Cambodia 2013" height="1200"></iframe>${paragraphs(6, 'After')}${script}`);
    case 'theme-transparent':
      return page('Host: transparent theme', `${paragraphs(2, 'Before')}<iframe data-cambodia-embed src="${embed}?theme=transparent" title="Cambodia 2013" height="1200"></iframe>${paragraphs(6, 'After')}${script}`);
    case 'hostile-frame': {
      // A marked frame whose page (on another origin) posts garbage and forged messages to the
      // host, and an unmarked frame beside it that forges height messages.
      const frames = new URL(query.get('frame') ?? '').href;
      return page(
        'Host: hostile frame',
        `${paragraphs(2, 'Before')}<iframe id="attacker" data-cambodia-embed src="${frames}attacker.html" title="Attacker" height="1200"></iframe>${paragraphs(2, 'Between')}<iframe id="bystander" src="${frames}forger.html" title="Bystander" height="222"></iframe>${paragraphs(6, 'After')}${script}`,
      );
    }
  }
}

/** Scripts the host pages load (no inline script, like a strict newsroom CMS). */
const scripts: Record<string, (query: URLSearchParams) => string> = {
  '/pym.v1.min.js': () => readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8'),
  '/pym-start.js': (q) => `window.pymParent = new pym.Parent('pym-embed', ${JSON.stringify(q.get('src'))}, { title: 'Cambodia 2013', trackscroll: ${q.get('track') === '1'} });`,
  // A generic AMP-style resizer: obeys embed-size, sends nothing back (no geometry).
  '/amp-resizer.js': () => `addEventListener('message', function (e) {
    var f = document.getElementById('amp');
    if (e.source !== f.contentWindow) return;
    var d = e.data;
    if (d && d.sentinel === 'amp' && d.type === 'embed-size' && typeof d.height === 'number') f.style.height = d.height + 'px';
  });`,
  // Posts every kind of garbage at the embedded story.
  '/hostile.js': () => `(function () {
    var f = document.getElementById('victim');
    var junk = [null, undefined, 42, 'pymxPYMxxPYMxheightxPYMx', 'pymxPYMxevilxPYMxnavigateToxPYMxjavascript:alert(1)', new Array(200000).join('x'),
      { source: 'cambodia-2013-explainer', v: 1, type: 'geometry', top: 'NaN', viewportHeight: -5, viewportWidth: 1e12 },
      { source: 'cambodia-2013-explainer', v: 1, type: 'geometry', top: Infinity, viewportHeight: 800, viewportWidth: 800 },
      { source: 'cambodia-2013-explainer', v: 1, type: 'theme', theme: '<img src=x onerror=alert(1)>' },
      { source: 'cambodia-2013-explainer', v: 1, type: 'step', step: 1e9 },
      { source: 'cambodia-2013-explainer', v: 2, type: 'step', step: 3 },
      { sentinel: 'amp', type: 'embed-size', height: -1 }, [1, 2, 3], { __proto__: { type: 'step' } }];
    var n = 0;
    var t = setInterval(function () {
      junk.forEach(function (m) { try { f.contentWindow.postMessage(m, '*'); } catch (e) {} });
      if (++n > 20) clearInterval(t);
    }, 50);
  })();`,
};

export async function startHosts(storyUrl: string, host = '127.0.0.2'): Promise<{ origin: string; url: (kind: HostKind) => string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const kind = url.pathname.slice(1).replace(/\.html$/, '') as HostKind;
    const script = scripts[url.pathname];
    if (script) {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(script(url.searchParams));
      return;
    }
    try {
      const html = hostPage(kind, storyUrl, url.searchParams);
      const frameSrc = new URL(storyUrl).origin + (kind === 'hostile-frame' ? ' ' + new URL(url.searchParams.get('frame') ?? '').origin : '');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'; script-src 'self' " + new URL(storyUrl).origin + "; style-src 'self' 'unsafe-inline'; frame-src " + frameSrc }).end(html);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  const address = server.address();
  const origin = `http://${host}:${typeof address === 'object' && address ? address.port : 0}`;
  return { origin, url: (kind) => `${origin}/${kind}.html`, close: () => new Promise((r) => server.close(() => r())) };
}
