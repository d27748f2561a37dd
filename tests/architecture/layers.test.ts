/**
 * The layers of the code, as issue 16 draws them. Every folder of src/ (and dialogs/) has a rank;
 * a file imports only from its own folder or a lower rank. The pure core (recognizer, knowledge,
 * advice, understanding, replies, acts) imports no framework and nothing outside the core. The
 * widget is reached only through its entry point, build-time tools never from the runtime, and no
 * file takes part in an import cycle. The test reads the import statements of src/ and dialogs/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

/**
 * Every folder, lowest first: each may import only from itself and the folders before it.
 * platform (logger, ConfigError, paths) is the ground floor; then the pure core; then the stores;
 * then the dialogs; then the edges (HTTP guards, the botbuilder edge, the optional widget, the staff
 * report); the app (entry, configuration, wiring) sits on top and may import anything.
 */
const LAYERS = [
  'src/platform',
  'src/nlu',
  'src/knowledge',
  'src/advice',
  'src/understanding',
  'src/replies',
  'src/acts',
  'src/storage',
  'src/learning',
  'dialogs',
  'src/security',
  'src/bot',
  'src/widget',
  'src/admin',
  'src/app',
] as const;
/** The pure core: no framework, no imports from outside these folders. */
const PURE_LAYERS = ['src/nlu', 'src/knowledge', 'src/advice', 'src/understanding', 'src/replies', 'src/acts'] as const;
/** Packages the pure layers never import: the bot framework, the web server, Node's network. (Knowledge and the model file are read from disk at start-up.) */
const FRAMEWORK = /^(botbuilder|botframework|restify|@microsoft\/|node:(http|https|net|child_process))/;
/** The widget's one entry point: the rest of src/ imports nothing else from src/widget. */
const WIDGET_ENTRY = 'src/widget/index.ts';

interface SourceFile {
  readonly path: string;
  readonly local: readonly string[];
  readonly packages: readonly string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT = /^\s*(?:import|export)\s(?:[^'"]*?\sfrom\s)?['"]([^'"]+)['"]/gm;

function read(path: string): SourceFile {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const specifiers = [...text.matchAll(IMPORT)].map((m) => m[1] as string);
  return {
    path,
    local: specifiers
      .filter((s) => s.startsWith('.'))
      .map((s) => relative(ROOT, resolve(ROOT, dirname(path), s)).replace(/\.js$/, '.ts')),
    packages: specifiers.filter((s) => !s.startsWith('.')),
  };
}

const files = [...sourceFiles('src'), ...sourceFiles('dialogs')].map(read);
const inFolder = (path: string, folder: string): boolean => path.startsWith(`${folder}/`);
const rankOf = (path: string): number => LAYERS.findIndex((l) => inFolder(path, l));
const isPure = (path: string): boolean => PURE_LAYERS.some((l) => inFolder(path, l));
const edges = files.flatMap((f) => f.local.map((target) => ({ from: f.path, to: target })));

describe('the layers of the code', () => {
  it('gives every source file a layer', () => {
    expect(files.filter((f) => rankOf(f.path) < 0).map((f) => f.path)).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });

  it('never imports from a higher layer', () => {
    const upward = edges.filter((e) => rankOf(e.to) > rankOf(e.from)).map((e) => `${e.from} → ${e.to}`);
    expect(upward).toEqual([]);
  });

  it('keeps the framework, the web server and network and file access out of the pure layers', () => {
    const offending = files
      .filter((f) => isPure(f.path))
      .flatMap((f) => f.packages.filter((p) => FRAMEWORK.test(p)).map((p) => `${f.path} imports ${p}`));
    expect(offending).toEqual([]);
  });

  it('never imports from outside the pure layers in a pure layer', () => {
    const outward = edges.filter((e) => isPure(e.from) && !isPure(e.to)).map((e) => `${e.from} → ${e.to}`);
    expect(outward).toEqual([]);
  });

  it('reaches the widget only through its entry point', () => {
    const inner = edges
      .filter((e) => !inFolder(e.from, 'src/widget') && inFolder(e.to, 'src/widget') && e.to !== WIDGET_ENTRY)
      .map((e) => `${e.from} → ${e.to}`);
    expect(existsSync(join(ROOT, WIDGET_ENTRY))).toBe(true);
    expect(inner).toEqual([]);
  });

  it('imports no build-time tool (scripts/) and no test from the runtime', () => {
    const tooling = edges
      .filter((e) => !inFolder(e.to, 'src') && !inFolder(e.to, 'dialogs'))
      .map((e) => `${e.from} → ${e.to}`);
    expect(tooling).toEqual([]);
  });

  it('has no import cycle', () => {
    const graph = new Map(files.map((f) => [f.path, f.local.filter((t) => t !== f.path)]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]): void => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'open');
      for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });
});
