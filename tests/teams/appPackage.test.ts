/**
 * The Teams app package: the generated manifest validates against the v1.29 schema (offline), the
 * icons have the sizes Teams requires, and the zip holds exactly what Teams expects at its root.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import Ajv from 'ajv-draft-04';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/app/config.js';
import { ConfigError } from '../../src/platform/configError.js';
import { PROJECT_ROOT } from '../../src/platform/paths.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { buildAppPackage, type AppPackage } from '../../scripts/teams/appPackage.js';
import { commandText, manifestCommands, readManifestTemplate } from '../../scripts/teams/manifest.js';
import { readPngHeader } from '../../scripts/teams/png.js';

/** A verbatim copy of the published schema (see tests/fixtures/teams/SOURCE.md), so validation needs no network. */
const SCHEMA = join(PROJECT_ROOT, 'tests', 'fixtures', 'teams', 'MicrosoftTeams.schema.v1.29.json');
const SHARED_SCHEMA = join(PROJECT_ROOT, '..', 'shared', 'schemas', 'teams', 'MicrosoftTeams.schema.v1.29.json');
const TEAMS_DIR = join(PROJECT_ROOT, 'teams');
const BOT_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const kb = loadKnowledge(join(PROJECT_ROOT, 'knowledge'));
const env = {
  LOG_LEVEL: 'silent',
  MicrosoftAppId: BOT_ID,
  MicrosoftAppPassword: 'secret',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: 'b1c2d3e4-0000-4000-8000-000000000000',
  BOT_DOMAIN: 'pacs-advisor.example.org',
};

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
}

/** Alpha and colour of every pixel of an 8-bit RGBA PNG written without filters. */
function rgbaPixels(png: Buffer): Array<readonly [number, number, number, number]> {
  const { width, height } = readPngHeader(png);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels: Array<readonly [number, number, number, number]> = [];
  for (let y = 0; y < height; y++) {
    const row = y * (width * 4 + 1);
    expect(raw[row], 'scanline filter').toBe(0);
    for (let x = 0; x < width; x++) {
      const o = row + 1 + x * 4;
      pixels.push([raw[o] ?? 0, raw[o + 1] ?? 0, raw[o + 2] ?? 0, raw[o + 3] ?? 0]);
    }
  }
  return pixels;
}

describe('Teams app package', () => {
  let pkg: AppPackage;
  let zip: JSZip;

  beforeAll(async () => {
    pkg = await buildAppPackage(parseConfig(env), { teamsDir: TEAMS_DIR, version: '1.0.0', kb });
    zip = await JSZip.loadAsync(pkg.zip);
  });

  it('holds manifest.json, color.png and outline.png at the root of the zip, and nothing else', () => {
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it('validates the manifest in the zip against the Teams v1.29 schema', async () => {
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, unknown>;
    const validate = validator();
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(manifest.$schema).toBe(
      'https://developer.microsoft.com/en-us/json-schemas/teams/v1.29/MicrosoftTeams.schema.json',
    );
    expect(manifest.manifestVersion).toBe('1.29');
  });

  it.runIf(existsSync(SHARED_SCHEMA))('uses the same schema as ../shared/schemas/teams', () => {
    expect(readFileSync(SCHEMA, 'utf8')).toBe(readFileSync(SHARED_SCHEMA, 'utf8'));
  });

  it('fills the bot id and valid domains from configuration', () => {
    expect(pkg.manifest.bots?.[0]?.botId).toBe(BOT_ID);
    expect(pkg.manifest.validDomains).toEqual(['pacs-advisor.example.org']);
    expect(JSON.stringify(pkg.manifest)).not.toContain('${{');
  });

  it('offers the bot in personal chats, teams and group chats, with at most 12 commands per list', () => {
    const bot = pkg.manifest.bots?.[0];
    expect([...(bot?.scopes ?? [])].sort()).toEqual(['groupChat', 'personal', 'team']);
    const lists = bot?.commandLists ?? [];
    expect(lists.flatMap((l) => l.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of lists) expect(list.commands.length).toBeLessThanOrEqual(12);
  });

  it('offers the questions as prompt starters (type prompt, manifest 1.27+) and Help as a basic command', () => {
    const commands = manifestCommands(pkg.manifest);
    expect(commands.filter((c) => c.title !== 'Help').every((c) => c.type === 'prompt' && c.prompt === c.title)).toBe(
      true,
    );
    expect(commands.filter((c) => c.title === 'Help').map((c) => [c.type, commandText(c)])).toEqual([
      [undefined, 'Help'],
      [undefined, 'Help'],
    ]);
  });

  it('names no program in the template: the example programs in the prompts come from the knowledge', () => {
    const template = readManifestTemplate(TEAMS_DIR);
    for (const p of kb.programs)
      for (const name of [p.name, p.shortName, ...p.aliases]) expect(template, name).not.toContain(name);
    const texts = manifestCommands(pkg.manifest).map(commandText);
    expect(texts).toContain(`How much is ${kb.programs[0]?.shortName}?`);
    expect(texts).toContain(`Is ${kb.programs[1]?.shortName} online?`);
  });

  it('rejects a manifest the schema forbids (the validator is really checking)', () => {
    const validate = validator();
    expect(validate({ ...pkg.manifest, manifestVersion: '1.17' })).toBe(false);
    expect(validate({ ...pkg.manifest, bots: [{ ...pkg.manifest.bots?.[0], botId: 'not-a-guid' }] })).toBe(false);
    const bot = pkg.manifest.bots?.[0];
    const badPrompt = {
      ...bot,
      commandLists: [{ scopes: ['personal'], commands: [{ title: 'What is PACS?', type: 'starter' }] }],
    };
    expect(validate({ ...pkg.manifest, bots: [badPrompt] })).toBe(false);
  });

  it('ships a 192x192 colour icon and a 32x32 outline icon', async () => {
    const color = readPngHeader(await zip.file('color.png')!.async('nodebuffer'));
    const outline = readPngHeader(await zip.file('outline.png')!.async('nodebuffer'));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
  });

  it('draws the outline icon in white on a transparent background', async () => {
    const pixels = rgbaPixels(await zip.file('outline.png')!.async('nodebuffer'));
    const visible = pixels.filter(([, , , a]) => a > 0);
    expect(visible.every(([r, g, b]) => r === 255 && g === 255 && b === 255)).toBe(true);
    expect(pixels.some(([, , , a]) => a === 0)).toBe(true);
    expect(visible.length).toBeGreaterThan(50);
  });

  it('refuses to build without a bot id or a public host name, naming the setting', async () => {
    const source = { teamsDir: TEAMS_DIR, version: '1.0.0', kb };
    await expect(
      buildAppPackage(parseConfig({ ...env, MicrosoftAppId: '', MicrosoftAppPassword: '' }), source),
    ).rejects.toThrow(/MicrosoftAppId must be set/);
    await expect(buildAppPackage(parseConfig({ ...env, BOT_DOMAIN: '' }), source)).rejects.toThrow(
      /BOT_DOMAIN must be set/,
    );
  });

  it('is built by npm run teams:package into teams/build/pacs-advisor.zip', async () => {
    const out = join(TEAMS_DIR, 'build', 'pacs-advisor.zip');
    rmSync(out, { force: true });
    const run = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(PROJECT_ROOT, 'scripts', 'teams-package.ts')],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, ...env },
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const built = await JSZip.loadAsync(readFileSync(out));
    const manifest = JSON.parse(await built.file('manifest.json')!.async('string')) as {
      bots: Array<{ botId: string }>;
      validDomains: string[];
    };
    expect(manifest.bots[0]?.botId).toBe(BOT_ID);
    expect(manifest.validDomains).toEqual(['pacs-advisor.example.org']);
  });

  it('rejects a BOT_DOMAIN given as a URL instead of a host name', () => {
    expect(() => parseConfig({ ...env, BOT_DOMAIN: 'https://pacs-advisor.example.org/api/messages' })).toThrow(
      ConfigError,
    );
    expect(() => parseConfig({ ...env, BOT_DOMAIN: 'https://pacs-advisor.example.org/api/messages' })).toThrow(
      /BOT_DOMAIN must be a host name/,
    );
  });
});
