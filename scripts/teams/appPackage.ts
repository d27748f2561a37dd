/**
 * Builds the Teams app package: a zip with `manifest.json`, `color.png` and `outline.png` at its
 * root, which is what Teams accepts for "Upload a custom app".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { type Config } from '../../src/app/config.js';
import { ConfigError } from '../../src/platform/configError.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { fillManifest, knowledgeManifestValues, readManifestTemplate, type TeamsManifest } from './manifest.js';

/** Where the template and icons live, and which version to stamp into the manifest. */
export interface AppPackageSource {
  /** The folder holding manifest.json, color.png and outline.png. */
  readonly teamsDir: string;
  /** The app version (semver), usually package.json's. */
  readonly version: string;
  /** The knowledge base the prompt starters take their example programs from. */
  readonly kb: KnowledgeBase;
}

/** The package's bytes and the manifest inside it. */
export interface AppPackage {
  readonly zip: Buffer;
  readonly manifest: TeamsManifest;
}

/** The icon files the manifest names; both must sit next to it in the zip. */
export const ICON_FILES = ['color.png', 'outline.png'] as const;

/** Builds the package for a configuration; throws {@link ConfigError} without a bot id or host name. */
export async function buildAppPackage(config: Config, source: AppPackageSource): Promise<AppPackage> {
  if (config.credentials.MicrosoftAppId === '')
    throw new ConfigError("MicrosoftAppId must be set to build the Teams app package (the Azure Bot's app id)");
  if (config.botDomain === '')
    throw new ConfigError(
      'BOT_DOMAIN must be set to build the Teams app package (the public host name of /api/messages)',
    );
  const manifest = fillManifest(readManifestTemplate(source.teamsDir), {
    MicrosoftAppId: config.credentials.MicrosoftAppId,
    BOT_DOMAIN: config.botDomain,
    APP_VERSION: source.version,
    ...knowledgeManifestValues(source.kb),
  });
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const icon of ICON_FILES) zip.file(icon, readFileSync(join(source.teamsDir, icon)));
  // A fixed date keeps the zip byte-for-byte reproducible for the same inputs.
  const date = new Date('2026-01-01T00:00:00Z');
  for (const file of Object.values(zip.files)) file.date = date;
  return { zip: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), manifest };
}
