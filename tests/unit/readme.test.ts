/**
 * The README's tables and examples, held to the code (README.md is read from the repository root):
 * - the figure tokens journalists type ("token | becomes"): each parses and resolves on the fixture
 *   data, and the table and `figureKeys` name the same tokens;
 * - the commands: each `npm …` the README mentions exists, and each package.json script is listed;
 * - "What an error looks like": the real build, run on the fixture data with the three mistakes
 *   the block shows, prints that block line for line;
 * - the embed messages table: each message is one the embed's own code writes and accepts;
 * - the budget table ("Quality gates"): row for row, the budgets of bench/budgets.ts.
 * A row the code does not honour, or a token, script or message the README leaves out, fails here.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBED_THEMES, ampEmbedSize, parseAmpMessage, parseEmbedMessage, parsePymMessage, parseViewportPosition } from '../../src/embed/index.ts';
import { parseCopyText } from '../../src/lib/copy/parseCopyText.ts';
import { figureKeys, resolveFigure } from '../../src/lib/copy/resolveFigure.ts';
import { resolvePlain } from '../../src/lib/copy/resolveText.ts';
import { FIXTURE_DATA, PROJECT_ROOT } from '../fixtures/paths.ts';
import { realDataset } from './fixtures/dataTexts.ts';
import { budgetTable, budgetTableRows } from '../../bench/budgets.ts';
import { codeSpans, readme, readmeCodeBlock, readmeTable } from './fixtures/readme.ts';

const data = realDataset();

// ---------------------------------------------------------------------------------------------
// Figure tokens

/**
 * What the README's placeholders stand for here. EVENT-ID is election day, so that the examples
 * the table gives in brackets ("`{date:EVENT-ID}` (28 July 2013)") can be checked too.
 */
const PLACEHOLDERS: Record<string, string> = { 'EVENT-ID': 'election', 'EARLIER-ID': 'election', 'LATER-ID': 'meeting-4' };

type TableToken = { written: string; token: string; example?: string };

/** Every token of the table, placeholders filled in; VIEW once for each view its row lists. */
function tableTokens(): TableToken[] {
  return readmeTable('| token | becomes |').flatMap(([tokens, becomes]) =>
    [...tokens.matchAll(/`([^`]+)`(?: \(([^)]+)\))?/g)].flatMap(([, written = '', example]) => {
      const filled = written.replace(/\b[A-Z]+-ID\b/g, (p) => PLACEHOLDERS[p] ?? p);
      const views = filled.includes(':VIEW') ? codeSpans(becomes) : [undefined];
      return views.map((view) => ({ written, token: view ? filled.replace(':VIEW', `:${view}`) : filled, example }));
    }),
  );
}

/** "seats:PARTY" → "seats/1": the token's name and how many arguments it takes. */
const shape = (key: string, argCount: number) => `${key}/${argCount}`;

describe('README: the figure-token table', () => {
  const tokens = tableTokens();
  const figures = tokens.filter((t) => t.token.startsWith('{'));

  it('lists figure tokens and a cited phrase', () => {
    expect(figures.length).toBeGreaterThan(20);
    expect(tokens.filter((t) => t.token.startsWith('['))).toHaveLength(1);
  });

  it('every figure token in it parses and resolves on the fixture data, to the value it shows in brackets', () => {
    for (const { written, token, example } of figures) {
      const parsed = parseCopyText(token);
      expect(parsed, written).toEqual([expect.objectContaining({ kind: 'figure', raw: token })]);
      const figure = parsed[0];
      if (figure?.kind !== 'figure') continue;
      const resolved = resolveFigure(data, figure.key, figure.args);
      expect(resolved, `${written} as ${token}`).not.toHaveProperty('error');
      if (example) expect(resolved, `${written} (${example})`).toMatchObject({ text: example });
    }
  });

  it('its cited phrase parses, and cites sources that exist', () => {
    const ids = new Set(data.sources.sources.map((s) => s.id));
    for (const { token } of tokens.filter((t) => t.token.startsWith('['))) {
      const parsed = parseCopyText(token);
      expect(parsed, token).toEqual([expect.objectContaining({ kind: 'cite', raw: token })]);
      for (const id of parsed[0]!.kind === 'cite' ? parsed[0]!.sources : []) expect(ids.has(id), `${token}: source "${id}"`).toBe(true);
    }
  });

  it('names every figure the code knows (figureKeys), and none it does not', () => {
    const inReadme = new Set(
      figures.flatMap((t) => parseCopyText(t.token)).flatMap((p) => (p.kind === 'figure' ? [shape(p.key, p.args.length)] : [])),
    );
    const inCode = new Map(figureKeys.map((k) => [shape(k.split(':')[0]!, k.split(':').length - 1), k]));
    expect([...inCode].filter(([s]) => !inReadme.has(s)).map(([, k]) => `{${k}}`), 'in figureKeys, missing from the README').toEqual([]);
    expect([...inReadme].filter((s) => !inCode.has(s)), 'in the README, unknown to figureKeys').toEqual([]);
  });

  it('capitalises a figure at the start of a sentence as the README shows', () => {
    const example = /capitalised \(`([^`]+)` → "([^"]+)"\)/.exec(readme());
    expect(example, 'the README\'s capitalisation example').not.toBeNull();
    expect(resolvePlain(data, example![1]!)).toBe(example![2]);
  });
});

// ---------------------------------------------------------------------------------------------
// Commands

const scripts = (JSON.parse(readFileSync(`${PROJECT_ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts;
/** package.json scripts the README need not list, with the reason. None today: every script is for people. */
const INTERNAL: Record<string, string> = {};
/** The script names in a text: `npm run NAME`, `npm start`, `npm test`. */
const npmScripts = (text: string) => [...text.matchAll(/\bnpm (?:run ([\w:.-]+)|(start|test)\b)/g)].flatMap((m) => m[1] ?? m[2] ?? []);

describe('README: commands', () => {
  it('every npm command it mentions is a script of package.json', () => {
    const mentioned = [...new Set(npmScripts(readme()))];
    expect(mentioned.length).toBeGreaterThan(10);
    expect(mentioned.filter((name) => !(name in scripts))).toEqual([]);
  });

  it('lists every script of package.json in the quick start or the commands table', () => {
    const listed = new Set([...npmScripts(readmeCodeBlock('Quick start').join('\n')), ...readmeTable('| command | what it does |').flatMap(([command]) => npmScripts(command))]);
    expect(Object.keys(scripts).filter((name) => !listed.has(name) && !(name in INTERNAL))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// What an error looks like

/** Replaces `from` in a file, and fails if it is not there (the fixture changed under the test). */
function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`${file}: ${String(from)} not found`);
  writeFileSync(file, edited);
}

describe('README: what an error looks like', () => {
  it('is what `npm run build` prints, line for line, for the three mistakes it shows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readme-errors-'));
    try {
      const dataDir = join(dir, 'data');
      cpSync(FIXTURE_DATA, dataDir, { recursive: true });
      // A Phnom Penh seat given to the CNRP without taking it from the CPP: 13 seats where 12 are elected.
      edit(join(dataDir, 'election.json'), /("id": "phnom-penh",[\s\S]*?"CNRP": )7\b/, '$18');
      // A comma after the last field of the fourth meeting's event.
      edit(join(dataDir, 'timeline.json'), /("id": "meeting-4",[\s\S]*?\n {6}\])/, '$1,');
      // A misspelt source id in a cited phrase.
      edit(join(dataDir, 'copy.json'), '[nearly eight months]{vna-talks-fail}', '[nearly eight months]{vna-talk-fail}');
      // The real build command, run from a folder holding data/, as a journalist runs it from the project.
      const run = await new Promise<{ code: number; stderr: string }>((resolve) =>
        execFile(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), [join(PROJECT_ROOT, 'scripts/build.ts')], { cwd: dir }, (error, _stdout, stderr) =>
          resolve({ code: error ? Number(error.code) : 0, stderr }),
        ),
      );
      expect(run.code).toBe(1);
      expect(run.stderr.trimEnd().split('\n')).toEqual(readmeCodeBlock('What an error looks like'));
      expect(existsSync(join(dir, 'dist')), 'the build wrote dist/').toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Embed messages

/** All of src/embed's source text. */
function embedSources(dir = join(PROJECT_ROOT, 'src/embed')): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? embedSources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? readFileSync(join(dir, entry.name), 'utf8') : ''))
    .join('\n');
}

const DIRECTIONS = { 'story → host': 'to-host', 'host → story': 'to-child' } as const;
/** Values for the fields the table names without a value. */
const SAMPLES: Record<string, unknown> = { height: 812, offset: 300, top: -120, viewportHeight: 740, viewportWidth: 375 };
/** And for the placeholders of pym's strings. */
const PYM_SAMPLES: Record<string, string> = { childId: 'story', px: '812', vw: '375', vh: '740', top: '-120', left: '0', bottom: '620', right: '375' };

/** `{source: "x", v: 1, type: "ready"}` → { source: 'x', v: 1, type: 'ready' }; a bare field gets `sample(name)`; "…" the `envelope`. */
function objectOf(written: string, envelope: Record<string, unknown>, sample: (field: string) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const part of written.slice(1, -1).split(',').map((p) => p.trim())) {
    if (part === '…') Object.assign(out, envelope);
    else if (part.includes(':')) out[part.slice(0, part.indexOf(':')).trim()] = JSON.parse(part.slice(part.indexOf(':') + 1));
    else out[part] = sample(part);
  }
  return out;
}

describe('README: the embed messages table', () => {
  const rows = readmeTable('| from → to | dialect | message | meaning |').map(([fromTo, dialect, message, meaning]) => ({
    fromTo: fromTo as keyof typeof DIRECTIONS,
    dialect,
    message: codeSpans(message)[0] ?? '',
    meaning,
  }));
  const ours = rows.filter((r) => r.dialect === 'ours');
  const envelope = objectOf(ours.find((r) => r.message.includes('source:'))!.message, {}, () => undefined);
  delete envelope.type;

  it('lists each message type of our dialect, in both directions', () => {
    expect(rows.every((r) => r.fromTo in DIRECTIONS), 'from → to is "story → host" or "host → story"').toBe(true);
    expect(ours.map((r) => /type: "([^"]+)"/.exec(r.message)?.[1]).sort()).toEqual(['geometry', 'height', 'ready', 'scroll-to', 'step', 'theme']);
  });

  it('our messages, as written, are accepted by parseEmbedMessage in their direction only', () => {
    for (const row of ours) {
      // theme and step take the values the meaning lists: `light` …, `"result"` and `7`.
      const listed = codeSpans(row.meaning).map((s) => (/^["\d]/.test(s) ? JSON.parse(s) : s));
      const variants = /\b(theme|step)\b(?=[,}])/.test(row.message) ? listed : [undefined];
      for (const value of variants) {
        const message = objectOf(row.message, envelope, (field) => value ?? SAMPLES[field]);
        const direction = DIRECTIONS[row.fromTo];
        expect(parseEmbedMessage(message, direction), `${row.fromTo}: ${JSON.stringify(message)}`).toEqual(message);
        expect(parseEmbedMessage(message, direction === 'to-host' ? 'to-child' : 'to-host'), `${JSON.stringify(message)} the other way`).toBeNull();
      }
    }
  });

  it('the themes it lists are the themes the embed knows', () => {
    const theme = ours.find((r) => r.message.includes('"theme"'))!;
    expect(codeSpans(theme.meaning).sort()).toEqual([...EMBED_THEMES].sort());
  });

  it('the AMP message is the one the story writes and the host reads', () => {
    const amp = rows.filter((r) => r.dialect === 'AMP');
    expect(amp).toHaveLength(1);
    const message = objectOf(amp[0]!.message, {}, (field) => SAMPLES[field]);
    expect(ampEmbedSize(812)).toEqual(message);
    expect(parseAmpMessage(message)).toEqual({ type: 'embed-size', height: 812 });
  });

  it('each pym.js message parses as pym, and the embed sends exactly the ones it says it sends', () => {
    const sources = embedSources();
    const pym = rows.filter((r) => r.dialect === 'pym.js');
    expect(pym.length).toBeGreaterThan(3);
    for (const row of pym) {
      const written = row.message.replace(/\{(\w+)\}/g, (_, name: string) => PYM_SAMPLES[name] ?? `{${name}}`);
      // A row may name only the type ("navigateTo").
      const parsed = written.startsWith('pymxPYMx') ? parsePymMessage(written) : { id: 'story', type: written, payload: '' };
      expect(parsed, row.message).not.toBeNull();
      expect(parsed!.id).toBe('story');
      if (parsed!.type === 'viewport-iframe-position') expect(parseViewportPosition(parsed!.payload), written).not.toBeNull();
      const sent = new RegExp(`formatPymMessage\\([^()]*, '${parsed!.type}'`).test(sources);
      expect(sent, `${parsed!.type}: sent by src/embed`).toBe(!/never sent/.test(row.meaning));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Budgets

describe('README: the budget table', () => {
  it('is bench/budgets.ts, row for row (the tests and the benchmark read that file), so it cannot drift', () => {
    const rows = readmeTable('| budget | limit | checked by | note |');
    expect(rows, `the README's budget table should read:\n${budgetTable()}`).toEqual(budgetTableRows());
  });
});
