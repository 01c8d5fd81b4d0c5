/**
 * The host script newsrooms add next to our iframe; built to `dist/embed.js` (an IIFE, ≤ 2 KB gzip).
 * It resizes every `iframe[data-cambodia-embed]` on the page to its content and sends each child
 * its position in the host viewport, so that the story's steps follow the host page's scroll.
 *
 * @example
 * <iframe data-cambodia-embed src="https://example.org/cambodia-2013/" title="…" style="width:100%;border:0"></iframe>
 * <script src="https://example.org/cambodia-2013/embed.js" async></script>
 *
 * All the behaviour is in host.ts (`startEmbedHost`).
 *
 * @module
 */
import { startEmbedHost } from './host.ts';

startEmbedHost(window);
