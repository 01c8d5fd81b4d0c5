/**
 * Doc comments sit on what they document, so an editor shows them on hover: every exported
 * function, const, class and type of src/**\/*.ts has a doc comment of its own, and a doc comment
 * that documents nothing (above the imports, above another doc comment) is a file overview tagged
 * `@module`. Read with the TypeScript compiler API, as the editor reads it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../fixtures/paths.ts';

/** Every .ts file below `dir` of the project, keyed by its path from the project root. */
function tsSources(dir: string): Record<string, string> {
  const files = readdirSync(join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return Object.fromEntries(files.map((f) => [`${dir}/${f}`, readFileSync(join(PROJECT_ROOT, dir, f), 'utf8')]));
}

/** Statements a doc comment can document; above anything else (an import, `export … from`) it documents nothing. */
const DOCUMENTABLE = new Set([
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.InterfaceDeclaration,
  ts.SyntaxKind.TypeAliasDeclaration,
  ts.SyntaxKind.EnumDeclaration,
  ts.SyntaxKind.VariableStatement,
  ts.SyntaxKind.ModuleDeclaration,
  ts.SyntaxKind.ExportAssignment,
]);

/**
 * The exported declarations of some TypeScript sources (keyed by path), and what is wrong with
 * their doc comments, one line each:
 *
 *   docProblems({ 'a.ts': '/** F. *\/\nimport x from "x";\nexport function f() {}' })
 *   // → { exports: ['a.ts f'], problems: ['a.ts:1: a doc comment that documents nothing (tag a file overview @module)', 'a.ts:3 f: no doc comment'] }
 *
 * An export re-exported from another file (`export { f } from`) is checked where it is declared.
 */
function docProblems(sources: Record<string, string>): { exports: string[]; problems: string[] } {
  const host = ts.createCompilerHost({});
  const text = (name: string) => sources[name.replace(/^\//, '')];
  host.getSourceFile = (name, language) => {
    const source = text(name);
    return source === undefined ? undefined : ts.createSourceFile(name, source, language, true);
  };
  host.fileExists = (name) => text(name) !== undefined;
  host.readFile = text;
  host.getCurrentDirectory = () => '/';
  // Each file alone: documentation needs no imports resolved and no standard library.
  const program = ts.createProgram(Object.keys(sources).map((name) => `/${name}`), { noResolve: true, noLib: true, types: [] }, host);
  const checker = program.getTypeChecker();
  const exports: string[] = [];
  const problems: string[] = [];
  for (const name of Object.keys(sources)) {
    const file = program.getSourceFile(`/${name}`);
    if (!file) throw new Error(`${name} did not load`);
    const line = (position: number) => file.getLineAndCharacterOfPosition(position).line + 1;

    for (const node of [...file.statements, file.endOfFileToken]) {
      const docs = (ts.getLeadingCommentRanges(file.text, node.getFullStart()) ?? []).filter((c) => /^\/\*\*[^/]/.test(file.text.slice(c.pos, c.end)));
      // On a documentable statement the last doc comment is its own; any other documents nothing.
      const orphans = DOCUMENTABLE.has(node.kind) ? docs.slice(0, -1) : docs;
      for (const doc of orphans) {
        if (!/@module\b/.test(file.text.slice(doc.pos, doc.end))) problems.push(`${name}:${line(doc.pos)}: a doc comment that documents nothing (tag a file overview @module)`);
      }
    }

    const module = checker.getSymbolAtLocation(file);
    const declared = (module ? checker.getExportsOfModule(module) : [])
      .flatMap((symbol) => {
        const declaration = symbol.declarations?.[0];
        return declaration && declaration.getSourceFile() === file && !(symbol.flags & ts.SymbolFlags.Alias) ? [{ symbol, at: line(declaration.getStart()) }] : [];
      })
      .sort((a, b) => a.at - b.at);
    for (const { symbol, at } of declared) {
      exports.push(`${name} ${symbol.name}`);
      const doc = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
      const overview = symbol.getJsDocTags(checker).some((tag) => tag.name === 'module');
      if (!doc) problems.push(`${name}:${at} ${symbol.name}: no doc comment`);
      else if (overview) problems.push(`${name}:${at} ${symbol.name}: only the file overview (@module) above it; give it its own doc comment`);
    }
  }
  return { exports, problems };
}

describe('docProblems (the checker itself)', () => {
  it('finds a doc above the imports, a declaration between a doc and its function, an overview as the only doc, and a doc of tags alone', () => {
    const { exports, problems } = docProblems({
      'above-imports.ts': '/** Adds one. */\nimport { x } from "./x.ts";\nexport function addOne(n: number) { return n + 1; }\n',
      'type-between.ts': '/** Adds one. */\nexport type N = number;\nexport function addOne(n: N) { return n + 1; }\n',
      'overview-only.ts': '/**\n * Arithmetic.\n *\n * @module\n */\nexport const one = 1;\n',
      'tags-only.ts': '/** @example addOne(1) // → 2 */\nexport function addOne(n: number) { return n + 1; }\n',
      'two-docs.ts': '/** Arithmetic. */\n/** One. */\nexport const one = 1;\n',
    });
    expect(exports).toEqual(['above-imports.ts addOne', 'type-between.ts N', 'type-between.ts addOne', 'overview-only.ts one', 'tags-only.ts addOne', 'two-docs.ts one']);
    expect(problems).toEqual([
      'above-imports.ts:1: a doc comment that documents nothing (tag a file overview @module)',
      'above-imports.ts:3 addOne: no doc comment',
      'type-between.ts:3 addOne: no doc comment',
      'overview-only.ts:6 one: only the file overview (@module) above it; give it its own doc comment',
      'tags-only.ts:2 addOne: no doc comment',
      'two-docs.ts:1: a doc comment that documents nothing (tag a file overview @module)',
    ]);
  });

  it('accepts a tagged overview, each declaration documented directly above it, and re-exports', () => {
    const { problems } = docProblems({
      'fine.ts': [
        '/**\n * Arithmetic.\n *\n * @module\n */',
        'import { x } from "./x.ts";',
        '/** A count. */\nexport type N = number;',
        '/** Adds one.\n *\n *   addOne(1) // → 2\n */\n// a line comment between is fine\nexport function addOne(n: N) { return n + 1; }',
        '/** The chart. */\nexport default { n: 1 };',
        'export { y } from "./y.ts";',
      ].join('\n'),
    });
    expect(problems).toEqual([]);
  });
});

describe('src/**/*.ts', () => {
  const { exports, problems } = docProblems(tsSources('src'));

  it('is read whole: well over a hundred exported declarations', () => {
    expect(exports.length).toBeGreaterThan(150);
    expect(exports).toContain('src/lib/charts/hemicycleSeats.ts hemicycleSeats');
  });

  it('documents every exported function, const, class and type directly above it, and tags every file overview @module', () => {
    expect(problems).toEqual([]);
  });
});
