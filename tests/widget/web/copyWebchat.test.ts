/**
 * scripts/copy-webchat.mjs, as `npm run build` and the test setup run it: the official Web Chat
 * bundle and the widget's browser files under content-hashed names, each with brotli and gzip
 * copies of the very same bytes.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..', '..');
const OUT = join(ROOT, 'dist', 'web');
const SOURCES: Record<string, string> = {
  'webchat.js': join(ROOT, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js'),
  'chat-client.js': join(ROOT, 'src', 'widget', 'web', 'assets', 'chat-client.js'),
  'chat-page.css': join(ROOT, 'src', 'widget', 'web', 'assets', 'chat-page.css'),
};

interface Manifest {
  files: Record<string, { file: string }>;
}

describe('scripts/copy-webchat.mjs', () => {
  it('names every file after its content and ships brotli and gzip copies of the same bytes', () => {
    const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')) as Manifest;
    expect(Object.keys(manifest.files).sort()).toEqual(Object.keys(SOURCES).sort());
    for (const [name, source] of Object.entries(SOURCES)) {
      const bytes = readFileSync(source);
      const { file } = manifest.files[name] as { file: string };
      const [stem, ext] = [name.slice(0, name.lastIndexOf('.')), name.slice(name.lastIndexOf('.'))];
      expect(file).toBe(`${stem}.${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${ext}`);
      expect(readFileSync(join(OUT, file)).equals(bytes)).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(OUT, `${file}.br`))).equals(bytes)).toBe(true);
      expect(gunzipSync(readFileSync(join(OUT, `${file}.gz`))).equals(bytes)).toBe(true);
    }
  });

  it('leaves an up-to-date build alone when asked to build only if stale', () => {
    const manifest = join(OUT, 'manifest.json');
    const before = statSync(manifest).mtimeMs;
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'copy-webchat.mjs'), '--if-stale']);
    expect(statSync(manifest).mtimeMs).toBe(before);
  });
});
