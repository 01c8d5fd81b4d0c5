/**
 * The embed builder's behaviour: keeps the snippet and the live preview in step with the form.
 * The preview frame is sized by the same host script the snippet loads (dist/embed.js).
 *
 * @module
 */
import { buildSnippet } from './embed/index.ts';
import './styles/story.css';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const what = $<HTMLSelectElement>('builder-what');
const theme = $<HTMLSelectElement>('builder-theme');
const base = $<HTMLInputElement>('builder-base');
const step = $<HTMLSelectElement>('builder-step');
const snippet = $<HTMLTextAreaElement>('builder-snippet');
const preview = $<HTMLDivElement>('builder-preview');
const status = $<HTMLSpanElement>('builder-status');
const lang = document.getElementById('builder-lang') as HTMLSelectElement | null;
const englishTitle = document.title.replace(/^Embed: /, '');
const englishAlt = document.querySelector<HTMLElement>('main.builder')?.dataset.shareAlt ?? '';
base.value ||= new URL('./', location.href).href;

const hostScript = document.createElement('script');
hostScript.src = new URL('./embed.js', location.href).href;
document.head.append(hostScript);

let frame: HTMLIFrameElement | null = null;
function update() {
  // The edition chosen (its folder, "km/" for Khmer), whose title and alt text the frame carries.
  const edition = lang?.selectedOptions[0];
  const title = edition?.dataset.title || englishTitle;
  const alt = edition?.dataset.alt || englishAlt;
  const options = { base: base.value, page: `${lang?.value ?? ''}${what.value}`, edition: lang?.value ?? '', theme: theme.value, step: what.value === 'embed.html' ? step.value : '', title, alt, height: frame?.offsetHeight || 0 };
  snippet.value = buildSnippet(options).html;
  const src = buildSnippet({ ...options, base: new URL('./', location.href).href }).src;
  if (!frame || frame.dataset.src !== src) {
    frame?.remove();
    frame = document.createElement('iframe');
    frame.src = src;
    frame.dataset.src = src;
    frame.title = `Preview: ${title}`;
    frame.width = '100%';
    frame.height = '900';
    frame.setAttribute('data-cambodia-embed', '');
    if (options.theme) frame.dataset.theme = options.theme;
    preview.append(frame);
    frame.addEventListener('load', () => setTimeout(update, 1500));
  }
}
for (const el of [what, theme, base, step, ...(lang ? [lang] : [])]) el.addEventListener('input', update);
$<HTMLButtonElement>('builder-copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = 'Copied.';
  } catch {
    snippet.select();
    status.textContent = 'Press Ctrl+C (or ⌘C) to copy the selected snippet.';
  }
});
update();
