/**
 * The Teams app manifest: the template in `teams/manifest.json` with the bot id, the public host
 * name and the version filled in from configuration, and example program names from the knowledge.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../src/platform/configError.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';

/** Values substituted for `${{NAME}}` placeholders in the template. */
export interface ManifestValues {
  /** The Azure Bot's Microsoft App ID (a GUID). */
  readonly MicrosoftAppId: string;
  /** Public host name of the messaging endpoint, without scheme or path. */
  readonly BOT_DOMAIN: string;
  /** The app version, semver. */
  readonly APP_VERSION: string;
}

/** Values taken from the knowledge base, so the template names no program itself (see {@link knowledgeManifestValues}). */
export interface KnowledgeManifestValues {
  /** Short name of the first program, for the tuition prompt starter and the search hint. */
  readonly EXAMPLE_PROGRAM: string;
  /** Short name of the second program (the first when there is one), for the delivery prompt starter. */
  readonly SECOND_EXAMPLE_PROGRAM: string;
  /** A program's city and another's state, for the search hint. */
  readonly EXAMPLE_CITY: string;
  readonly EXAMPLE_STATE: string;
}

/** The knowledge-derived placeholder values: the first programs of the knowledge base as examples. */
export function knowledgeManifestValues(kb: KnowledgeBase): KnowledgeManifestValues {
  const at = (i: number) => kb.programs[Math.min(i, kb.programs.length - 1)];
  return {
    EXAMPLE_PROGRAM: at(0)?.shortName ?? '',
    SECOND_EXAMPLE_PROGRAM: at(1)?.shortName ?? '',
    EXAMPLE_CITY: at(1)?.location.city ?? '',
    EXAMPLE_STATE: at(2)?.location.state ?? '',
  };
}

/** One command of a bot command list, as the manifest declares it. */
export interface ManifestCommand {
  readonly title: string;
  readonly description?: string;
  /** `prompt`: a prompt starter (manifest 1.27+), whose `prompt` text Teams puts in the compose box; `basic` (the default) puts the title there. */
  readonly type?: 'basic' | 'prompt';
  readonly prompt?: string;
}

/** The text Teams puts in the compose box when someone picks the command. */
export function commandText(command: ManifestCommand): string {
  return command.type === 'prompt' && command.prompt !== undefined ? command.prompt : command.title;
}

/** The parts of a manifest that code reads (the rest is passed through untouched). */
export interface TeamsManifest {
  readonly id: string;
  readonly validDomains?: readonly string[];
  readonly bots?: ReadonlyArray<{
    readonly botId: string;
    readonly scopes: readonly string[];
    readonly commandLists?: ReadonlyArray<{
      readonly scopes: readonly string[];
      readonly commands: readonly ManifestCommand[];
    }>;
  }>;
  readonly [key: string]: unknown;
}

const PLACEHOLDER = /\$\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g;

/** Reads the manifest template from a folder such as `teams/`. */
export function readManifestTemplate(teamsDir: string): string {
  return readFileSync(join(teamsDir, 'manifest.json'), 'utf8');
}

/**
 * Fills the template's placeholders; throws {@link ConfigError} when a value is missing or a
 * placeholder is unknown, so a package is never built with a blank bot id.
 */
export function fillManifest(template: string, values: ManifestValues & KnowledgeManifestValues): TeamsManifest {
  const known: Readonly<Record<string, string>> = { ...values };
  const filled = template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = known[name];
    if (value === undefined) throw new ConfigError(`teams/manifest.json: unknown placeholder \${{${name}}}`);
    if (value === '') throw new ConfigError(`${name} must be set to build the Teams app package`);
    // The value lands inside a JSON string: keep it a valid one.
    return JSON.stringify(value).slice(1, -1);
  });
  return JSON.parse(filled) as TeamsManifest;
}

/** Every command title the manifest offers, with the scopes of its list. */
export function manifestCommands(
  manifest: TeamsManifest,
): Array<ManifestCommand & { readonly scopes: readonly string[] }> {
  return (manifest.bots ?? []).flatMap((bot) =>
    (bot.commandLists ?? []).flatMap((list) => list.commands.map((c) => ({ ...c, scopes: list.scopes }))),
  );
}
