/**
 * Measures the on-screen size of chart text in a built story: loads it in Chromium at 375 and
 * 1280 px, walks every step of the scrolling story and then "Show all", and prints, per width and
 * mode, the smallest and largest rendered font size of each chart's text, plus any two labels of a
 * chart whose boxes overlap and any label that sticks out of its chart's frame. For looking, not
 * testing: the budget it reports against (12–13 px on phones, 14–16 px on desktops) is the
 * graphics desk's.
 *
 *   npx tsx scripts/measureChartText.ts --dist=/tmp/design-dist [--widths=375,680,1280] [--page=embed.html] [--json=/tmp/sizes.json]
 *
 * The rendered size of an SVG label is its computed font-size (in the chart's own units) times the
 * chart's scale on screen (its screen CTM); HTML chart text (the meeting cards) is measured as is.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tools/launchChromium.ts';
import { serveStatic } from '../tools/serveStatic.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const dist = resolve(arg('dist') ?? 'dist');
const jsonOut = arg('json');
const widths = (arg('widths') ?? '375,1280').split(',').map(Number);
const pagePath = arg('page') ?? '';

type Sample = { chart: string; cls: string; text: string; px: number };
type Problem = { chart: string; kind: 'overlap' | 'outside'; what: string };
type Reading = { samples: Sample[]; problems: Problem[] };

/** Runs in the page: the rendered size of every visible text of the charts under `rootSel`. */
function readCharts(rootSel: string): Reading {
  const samples: Sample[] = [];
  const problems: Problem[] = [];
  const visible = (el: Element, stop: Element) => {
    for (let e: Element | null = el; e && e !== stop.parentElement; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return false;
    }
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const chartName = (el: Element) => [...el.classList].filter((c) => c !== 'chart').join('.') || el.tagName;
  for (const root of document.querySelectorAll(rootSel)) {
    for (const chart of root.querySelectorAll(':scope > .chart, :scope > * > .chart')) {
      if (!visible(chart, chart)) continue;
      const name = chartName(chart);
      const frame = chart.getBoundingClientRect();
      const boxes: { r: DOMRect; label: string }[] = [];
      if (chart instanceof SVGSVGElement) {
        const m = chart.getScreenCTM();
        if (!m) continue;
        const scale = Math.hypot(m.a, m.b);
        for (const t of chart.querySelectorAll('text')) {
          if (!visible(t, chart) || !t.textContent?.trim()) continue;
          const px = parseFloat(getComputedStyle(t).fontSize) * scale;
          samples.push({ chart: name, cls: t.getAttribute('class') ?? '', text: t.textContent.trim(), px: Math.round(px * 10) / 10 });
          boxes.push({ r: t.getBoundingClientRect(), label: t.textContent.trim() });
        }
      } else {
        // HTML chart: every element that holds text of its own.
        for (const el of chart.querySelectorAll('*')) {
          const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
          if (!own || !visible(el, chart) || el.closest('svg')) continue;
          samples.push({ chart: name, cls: el.getAttribute('class') ?? el.tagName, text: (el.textContent ?? '').trim().slice(0, 40), px: Math.round(parseFloat(getComputedStyle(el).fontSize) * 10) / 10 });
        }
        continue;
      }
      // Overlaps: two label boxes that share more than a sliver (a box is the glyphs' line box, so
      // allow a fifth of the height above and below).
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          const padA = a.height * 0.2;
          const padB = b.height * 0.2;
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom - padA, b.bottom - padB) - Math.max(a.top + padA, b.top + padB);
          if (x > 1 && y > 1) problems.push({ chart: name, kind: 'overlap', what: `"${boxes[i]!.label}" × "${boxes[j]!.label}"` });
        }
      }
      const clip = (chart.closest('.graphic-frame') ?? chart.parentElement ?? chart).getBoundingClientRect();
      const limit = { left: Math.max(0, Math.min(clip.left, frame.left)), right: Math.min(innerWidth, Math.max(clip.right, frame.right)) };
      for (const { r, label } of boxes) {
        if (r.left < limit.left - 1 || r.right > limit.right + 1) problems.push({ chart: name, kind: 'outside', what: `"${label}" (${Math.round(r.left)}–${Math.round(r.right)} px, room ${Math.round(limit.left)}–${Math.round(limit.right)})` });
      }
    }
  }
  return { samples, problems };
}

async function scrollToStep(page: Page, i: number, width: number) {
  await page.locator('.step').nth(i).evaluate((el, at) => window.scrollBy(0, el.getBoundingClientRect().top - innerHeight * at), width < 960 ? 0.62 : 0.3);
  await page.waitForTimeout(200);
}

type Row = { width: number; mode: string; step: string; reading: Reading };

const server = await serveStatic({ dir: dist, base: '/news/2014/cambodia/' });
const browser = await launchChromium();
const rows: Row[] = [];
try {
  for (const width of widths) {
    const height = width < 960 ? 740 : 800;
    const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
    // tsx keeps function names with a helper the page does not have.
    await page.addInitScript('globalThis.__name = (f) => f');
    await page.goto(server.url + pagePath);
    const count = await page.locator('.step').count();
    for (let i = 0; i < count; i++) {
      await scrollToStep(page, i, width);
      const step = await page.locator('.graphic').getAttribute('data-step-id');
      rows.push({ width, mode: 'scroll', step: `${i + 1} ${step}`, reading: await page.evaluate(readCharts, '.graphic-frame > .view.is-active') });
    }
    await page.locator('.control.all').click();
    await page.waitForTimeout(200);
    rows.push({ width, mode: 'show all', step: 'every figure', reading: await page.evaluate(readCharts, '.step-figure') });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const stats = (s: Sample[]) => (s.length ? { min: Math.min(...s.map((x) => x.px)), max: Math.max(...s.map((x) => x.px)) } : null);
for (const width of widths) {
  for (const mode of ['scroll', 'show all']) {
    const these = rows.filter((r) => r.width === width && r.mode === mode);
    const all = these.flatMap((r) => r.reading.samples);
    const s = stats(all);
    console.log(`\n${width} px, ${mode}: ${s ? `${s.min}–${s.max} px` : 'no chart text'}`);
    const charts = [...new Set(all.map((x) => x.chart))];
    for (const c of charts) {
      const cs = all.filter((x) => x.chart === c);
      const st = stats(cs)!;
      const smallest = cs.reduce((a, b) => (b.px < a.px ? b : a));
      const largest = cs.reduce((a, b) => (b.px > a.px ? b : a));
      console.log(`  ${c.padEnd(20)} ${String(st.min).padStart(5)}–${String(st.max).padEnd(5)} px  (smallest "${smallest.text}" .${smallest.cls || 'text'}; largest "${largest.text}" .${largest.cls || 'text'})`);
    }
    for (const r of these) {
      for (const p of r.reading.problems) console.log(`  ! ${mode === 'scroll' ? `step ${r.step}` : 'show all'} ${p.chart}: ${p.kind} ${p.what}`);
    }
  }
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 1));
