/**
 * The search-based message extension: a compose-box search for a program, answered through the
 * real bot with program cards, and declared in the manifest under the same command id.
 */
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/platform/paths.js';
import { ADAPTIVE_CARD } from '../../../src/bot/teams/cardButtons.js';
import { loadKnowledge } from '../../../src/knowledge/loadKnowledge.js';
import { fillManifest, knowledgeManifestValues, readManifestTemplate } from '../../../scripts/teams/manifest.js';
import {
  PROGRAM_SEARCH_COMMAND,
  PROGRAM_SEARCH_PARAMETER,
  searchPrograms,
} from '../../../src/bot/teams/programSearch.js';
import { testAdapter, testBot } from '../../helpers/testBot.js';
import { teamsMessage } from '../../helpers/teamsActivity.js';

interface SearchResult {
  readonly status: number;
  readonly body: {
    composeExtension: {
      type: string;
      text?: string;
      attachments?: Array<{
        contentType: string;
        content: { body?: Array<{ text?: string }> };
        preview: { contentType: string; content: { title: string } };
      }>;
    };
  };
}

/** Sends a compose-box search as Teams does (an invoke) and returns the bot's invoke response. */
async function search(text: string, commandId = PROGRAM_SEARCH_COMMAND): Promise<SearchResult> {
  const adapter = testAdapter();
  const invoke: Partial<Activity> = {
    ...teamsMessage('channel', ''),
    type: 'invoke',
    name: 'composeExtension/query',
    value: {
      commandId,
      parameters: [{ name: PROGRAM_SEARCH_PARAMETER, value: text }],
      queryOptions: { skip: 0, count: 25 },
    },
  };
  delete invoke.text;
  await adapter.processActivity(invoke);
  const response = adapter.activeQueue.find((a) => a.type === 'invokeResponse');
  if (response === undefined) throw new Error('no invoke response');
  return response.value as SearchResult;
}

describe('program search (message extension)', () => {
  const kb = testBot().kb;

  it('finds programs by school, short name, city or state', () => {
    expect(searchPrograms(kb, 'weber').map((p) => p.shortName)).toEqual(['Weber State']);
    expect(searchPrograms(kb, 'Omaha').map((p) => p.shortName)).toEqual(['Clarkson']);
    expect(searchPrograms(kb, 'florida').map((p) => p.shortName)).toEqual(['EFSC']);
    expect(searchPrograms(kb, 'HACC').map((p) => p.shortName)).toEqual(['HACC']);
  });

  it('lists every program before anything is typed, and none for a query that matches nothing', () => {
    expect(searchPrograms(kb, '')).toHaveLength(kb.programs.length);
    expect(searchPrograms(kb, 'harvard')).toEqual([]);
  });

  it('answers a compose-box search with the program card and a one-line preview', async () => {
    const { status, body } = await search('weber');
    expect(status).toBe(200);
    expect(body.composeExtension.type).toBe('result');
    const [result, ...others] = body.composeExtension.attachments ?? [];
    expect(others).toEqual([]);
    expect(result?.contentType).toBe(ADAPTIVE_CARD);
    expect(result?.content.body?.[0]?.text).toBe('Weber State University');
    expect(result?.preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
    expect(result?.preview.content.title).toBe('Weber State University');
  });

  it('says so for a command it does not know instead of failing', async () => {
    const { status, body } = await search('weber', 'somethingElse');
    expect(status).toBe(200);
    expect(body.composeExtension.type).toBe('message');
  });

  it('is declared in the manifest with the same command id and parameter', () => {
    const manifest = fillManifest(readManifestTemplate(join(PROJECT_ROOT, 'teams')), {
      MicrosoftAppId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      BOT_DOMAIN: 'example.org',
      APP_VERSION: '1.0.0',
      ...knowledgeManifestValues(loadKnowledge(join(PROJECT_ROOT, 'knowledge'))),
    });
    const extensions = manifest.composeExtensions as Array<{
      botId: string;
      commands: Array<{ id: string; type: string; parameters: Array<{ name: string }> }>;
    }>;
    expect(extensions[0]?.botId).toBe('3f2504e0-4f89-41d3-9a0c-0305e82c3301');
    const command = extensions[0]?.commands.find((c) => c.id === PROGRAM_SEARCH_COMMAND);
    expect(command?.type).toBe('query');
    expect(command?.parameters.map((p) => p.name)).toEqual([PROGRAM_SEARCH_PARAMETER]);
  });
});
