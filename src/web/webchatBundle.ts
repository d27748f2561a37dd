/**
 * Locates the Web Chat browser bundle to serve: the hashed copy made at build time
 * (scripts/copy-webchat.mjs → dist/web/), or, when running from source without a build, the file in
 * node_modules under the same hashed name computed on first use. Never a CDN.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The served bundle: its public file name (with content hash) and where it is on disk. */
export interface BundleFile {
  readonly fileName: string;
  readonly path: string;
}

/** Finds the bundle once and remembers it. */
export class WebchatBundle {
  private found: BundleFile | undefined;

  constructor(private readonly root: string) {}

  /** The bundle; throws if botframework-webchat is not installed. */
  get(): BundleFile {
    if (this.found !== undefined) return this.found;
    const builtDir = join(this.root, 'dist', 'web');
    const manifest = join(builtDir, 'webchat-manifest.json');
    if (existsSync(manifest)) {
      const { file } = JSON.parse(readFileSync(manifest, 'utf8')) as { file: string };
      if (/^webchat\.[0-9a-f]{16}\.js$/.test(file) && existsSync(join(builtDir, file))) return (this.found = { fileName: file, path: join(builtDir, file) });
    }
    const source = join(this.root, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js');
    const hash = createHash('sha256').update(readFileSync(source)).digest('hex').slice(0, 16);
    return (this.found = { fileName: `webchat.${hash}.js`, path: source });
  }
}
