#!/usr/bin/env node
// Copies the official Web Chat browser bundle from node_modules into the served folder with a
// content hash in its name (cacheable for a year), and writes a manifest naming it.
// Usage: node scripts/copy-webchat.mjs [outDir]   (default: dist/web)
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js');
const outDir = resolve(root, process.argv[2] ?? join('dist', 'web'));

const bundle = readFileSync(source);
const hash = createHash('sha256').update(bundle).digest('hex').slice(0, 16);
const file = `webchat.${hash}.js`;
mkdirSync(outDir, { recursive: true });
for (const old of readdirSync(outDir)) if (/^webchat\.[0-9a-f]{16}\.js$/.test(old) && old !== file) rmSync(join(outDir, old));
writeFileSync(join(outDir, file), bundle);
writeFileSync(join(outDir, 'webchat-manifest.json'), `${JSON.stringify({ file, sha256: createHash('sha256').update(bundle).digest('hex'), bytes: bundle.length }, null, 2)}\n`);
console.log(`copied Web Chat (${(bundle.length / 1e6).toFixed(1)} MB) to ${join(outDir, file)}`);
