#!/usr/bin/env node
// Builds the chat widget's static files into dist/web: the official Web Chat bundle (copied from
// node_modules, never a CDN) and the small browser files from src/widget/web/assets, each under a
// content-hashed name (cacheable for a year), each with brotli (.br) and gzip (.gz) copies made
// here once, so the server never compresses per request; manifest.json names them.
// Usage: node scripts/copy-webchat.mjs [outDir] [--if-stale]
//   --if-stale: do nothing when the manifest already describes exactly these inputs (used by tests).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outDir = resolve(root, args.find((a) => !a.startsWith('--')) ?? join('dist', 'web'));
const ifStale = args.includes('--if-stale');

// Logical name → source. Keep in step with WEB_FILES in src/widget/web/webAssets.ts.
const SOURCES = {
  'webchat.js': join(root, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js'),
  'chat-client.js': join(root, 'src', 'widget', 'web', 'assets', 'chat-client.js'),
  'chat-page.css': join(root, 'src', 'widget', 'web', 'assets', 'chat-page.css'),
};
const MANIFEST_VERSION = 2;

const sha256 = (buffer) => createHash('sha256').update(buffer).digest('hex');
const inputs = Object.fromEntries(Object.entries(SOURCES).map(([name, path]) => [name, readFileSync(path)]));
const inputsHash = sha256(
  Object.entries(inputs)
    .map(([name, bytes]) => `${name}:${sha256(bytes)}`)
    .join('\n'),
);

const manifestPath = join(outDir, 'manifest.json');
if (ifStale && existsSync(manifestPath)) {
  try {
    const old = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (
      old.version === MANIFEST_VERSION &&
      old.inputsHash === inputsHash &&
      Object.values(old.files).every((f) => existsSync(join(outDir, f.file)))
    )
      process.exit(0);
  } catch {
    // An unreadable manifest is rebuilt below.
  }
}

mkdirSync(outDir, { recursive: true });
const files = {};
for (const [name, bytes] of Object.entries(inputs)) {
  const dot = name.lastIndexOf('.');
  const file = `${name.slice(0, dot)}.${sha256(bytes).slice(0, 16)}${name.slice(dot)}`;
  writeFileSync(join(outDir, file), bytes);
  writeFileSync(join(outDir, `${file}.gz`), gzipSync(bytes, { level: 9 }));
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  writeFileSync(join(outDir, `${file}.br`), brotli);
  files[name] = { file, bytes: bytes.length, brotliBytes: brotli.length };
}
const keep = new Set(Object.values(files).flatMap((f) => [f.file, `${f.file}.gz`, `${f.file}.br`]));
for (const old of readdirSync(outDir))
  if (/\.[0-9a-f]{16}\.(js|css)(\.gz|\.br)?$/.test(old) && !keep.has(old)) rmSync(join(outDir, old));
for (const legacy of ['webchat-manifest.json']) rmSync(join(outDir, legacy), { force: true });
writeFileSync(manifestPath, `${JSON.stringify({ version: MANIFEST_VERSION, inputsHash, files }, null, 2)}\n`);
console.log(
  `built the chat widget's files in ${outDir}: ${Object.values(files)
    .map((f) => `${f.file} (${(f.brotliBytes / 1024).toFixed(0)} KB brotli)`)
    .join(', ')}`,
);
