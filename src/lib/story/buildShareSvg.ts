/**
 * The share image (Open Graph / social cards, and the embed's no-script fallback) as an SVG string,
 * drawn from the same scenes and copy as the page, so it can never disagree with it. 1200 × 630.
 * Text uses "DejaVu Sans", which the build hands to the rasteriser (no system fonts needed).
 *
 *   buildShareSvg(story, scenes, dataset) // → '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" …'
 */
import { escapeHtml } from '../data/escapeHtml.ts';
import { formatDate } from '../data/formatDate.ts';
import type { Dataset } from '../data/types.ts';
import type { Scenes } from './scenes.ts';
import type { Story } from './types.ts';
import { wrapWords } from './wrapWords.ts';

export const SHARE_SIZE = { width: 1200, height: 630 } as const;

const COLOURS: Record<string, string> = { CPP: '#1f5fa6', CNRP: '#d4691a', none: '#c9c6bf', vacant: '#ffffff' };

export function buildShareSvg(story: Story, scenes: Scenes, data: Dataset): string {
  const { width, height } = SHARE_SIZE;
  const text = (s: { text: string }[]) => s.map((x) => x.text).join('');
  const seats = scenes.seats;
  // The hemicycle, scaled into the right half.
  const [bx, by, bw, bh] = seats.chamberBox;
  const scale = Math.min(560 / bw, 420 / bh);
  const ox = 600 + (560 - bw * scale) / 2 - bx * scale;
  const oy = 110 - by * scale;
  const parties = seats.states.party;
  const circles = seats.seats
    .map((s, i) => `<circle cx="${(ox + s.hemi.x * scale).toFixed(1)}" cy="${(oy + s.hemi.y * scale).toFixed(1)}" r="${(seats.r * scale).toFixed(1)}" fill="${COLOURS[parties[i]] ?? '#80848c'}"/>`)
    .join('');
  const winners = data.election.results2013.filter((r) => r.seats > 0);
  const short = (id: string) => data.election.parties.find((p) => p.id === id)?.shortName ?? id;
  const headline = wrapWords(text(story.headline), 16)
    .map((line, i) => `<text x="60" y="${196 + i * 64}" font-size="54" font-weight="bold" fill="#1b1c1f">${escapeHtml(line)}</text>`)
    .join('');
  const tally = winners
    .map((r, i) => `<text x="${600 + (i === 0 ? 20 : 540)}" y="560" font-size="34" font-weight="bold" text-anchor="${i === 0 ? 'start' : 'end'}" fill="${COLOURS[r.party] ?? '#333'}">${escapeHtml(`${short(r.party)} ${r.seats}`)}</text>`)
    .join('');
  const total = data.election.totalSeats.value;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">
<rect width="${width}" height="${height}" fill="#fbfaf7"/>
<rect width="${width}" height="10" fill="#d4691a"/>
<text x="60" y="110" font-size="26" font-weight="bold" letter-spacing="4" fill="#b4530a">${escapeHtml(text(story.kicker).toUpperCase())}</text>
${headline}
<text x="60" y="520" font-size="24" fill="#585c64">${escapeHtml(`The ${total} seats of the National Assembly`)}</text>
<text x="60" y="556" font-size="24" fill="#585c64">${escapeHtml(`after the election of ${formatDate(data.election.election.date)}`)}</text>
${circles}
${tally}
</svg>`;
}
