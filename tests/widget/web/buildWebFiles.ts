/**
 * Vitest global setup: builds the widget's static files (scripts/copy-webchat.mjs → dist/web) when
 * they are missing or older than their sources, so the tests serve exactly what `npm run build`
 * ships: content-hashed names and precompressed copies.
 * @remarks Runs once before any test file, in a child process; a fresh checkout pays about 15 s
 * (brotli at its best setting on the 3.9 MB Web Chat bundle), later runs nothing.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/** Builds dist/web if stale. */
export default function setup(): void {
  const root = resolve(__dirname, '..', '..', '..');
  execFileSync(process.execPath, [join(root, 'scripts', 'copy-webchat.mjs'), '--if-stale'], { stdio: 'inherit' });
}
