import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');

describe('scripts/copy-webchat.mjs', () => {
  it('copies the official bundle under its content hash, replaces an older copy and writes a manifest', () => {
    const out = mkdtempSync(join(tmpdir(), 'webchat-'));
    try {
      writeFileSync(join(out, 'webchat.0000000000000000.js'), 'old');
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'copy-webchat.mjs'), out]);
      const source = readFileSync(join(ROOT, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js'));
      const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
      expect(readdirSync(out).sort()).toEqual([`webchat.${hash}.js`, 'webchat-manifest.json'].sort());
      expect(JSON.parse(readFileSync(join(out, 'webchat-manifest.json'), 'utf8')).file).toBe(`webchat.${hash}.js`);
      expect(readFileSync(join(out, `webchat.${hash}.js`)).equals(source)).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
