/**
 * The layers of the code, as issue 16 draws them: the pure core (knowledge, recognizer,
 * understanding, advice, replies, acts) imports no framework and never reaches up a layer; no
 * file takes part in an import cycle. The test reads the import statements of src/ and dialogs/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

/** Pure layers, lowest first: each may import only from its own layer and the ones before it. */
const PURE_LAYERS = ['src/nlu', 'src/knowledge', 'src/advice', 'src/understanding', 'src/replies', 'src/acts'] as const;
/** Packages the pure layers never import: the bot framework, the web server, Node's network. (Knowledge and the model file are read from disk at start-up.) */
const FRAMEWORK = /^(botbuilder|botframework|restify|@microsoft\/|node:(http|https|net|child_process))/;

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
    local: specifiers.filter((s) => s.startsWith('.')).map((s) => relative(ROOT, resolve(ROOT, dirname(path), s)).replace(/\.js$/, '.ts')),
    packages: specifiers.filter((s) => !s.startsWith('.')),
  };
}

const files = [...sourceFiles('src'), ...sourceFiles('dialogs')].map(read);
const layerOf = (path: string): number => PURE_LAYERS.findIndex((l) => path.startsWith(`${l}/`));

describe('the layers of the code', () => {
  it('keeps the framework, the web server and network and file access out of the pure layers', () => {
    const offending = files.filter((f) => layerOf(f.path) >= 0).flatMap((f) => f.packages.filter((p) => FRAMEWORK.test(p)).map((p) => `${f.path} imports ${p}`));
    expect(offending).toEqual([]);
  });

  it('never imports from a higher layer, nor from outside the pure layers, in a pure layer', () => {
    const upward = files
      .filter((f) => layerOf(f.path) >= 0)
      .flatMap((f) => f.local.filter((target) => layerOf(target) < 0 || layerOf(target) > layerOf(f.path)).map((target) => `${f.path} → ${target}`));
    expect(upward).toEqual([]);
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
