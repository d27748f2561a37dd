/**
 * `npm run teams:package`: builds teams/build/pacs-advisor.zip from teams/manifest.json and the
 * icons, with the bot id (MicrosoftAppId) and public host name (BOT_DOMAIN) from configuration.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { environment, parseConfig } from '../src/app/config.js';
import { ConfigError } from '../src/platform/configError.js';
import { PROJECT_ROOT } from '../src/platform/paths.js';
import { loadKnowledge } from '../src/knowledge/loadKnowledge.js';
import { buildAppPackage } from './teams/appPackage.js';

async function main(): Promise<void> {
  const config = parseConfig(environment());
  const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  const built = await buildAppPackage(config, {
    teamsDir: join(PROJECT_ROOT, 'teams'),
    version,
    kb: loadKnowledge(config.knowledgeDir),
  });
  const out = join(PROJECT_ROOT, 'teams', 'build', 'pacs-advisor.zip');
  mkdirSync(join(PROJECT_ROOT, 'teams', 'build'), { recursive: true });
  writeFileSync(out, built.zip);
  console.log(
    `Teams app package: ${out}\n  bot id:        ${config.credentials.MicrosoftAppId}\n  valid domains: ${(built.manifest.validDomains ?? []).join(', ')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Cannot build the Teams package: ${error.message}` : error);
  process.exit(1);
});
