/**
 * 👍/👎 in the website widget, end to end through the self-hosted Direct Line with Web Chat's own
 * client library: an answer arrives with the article as a citation and the thumbs actions naming
 * it, the click's event goes back the way Web Chat posts it, the bot answers nothing and the staff
 * report counts the reaction for that answer.
 */
import type { Activity, DirectLine } from 'botframework-directlinejs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BotApp } from '../../../src/app/createBot.js';
import type { LearningReport } from '../../../src/learning/report.js';
import { createServer, listen, type RunningServer } from '../../../src/app/server.js';
import { testBot } from '../../helpers/testBot.js';
import { nodeDirectLine, post, Received, textOf } from './nodeDirectLine.js';

const TOKEN = 'widget-feedback-token-0123456789';

/** The root schema.org Message entity of a reply, as Web Chat reads it. */
interface MessageEntity {
  readonly citation?: ReadonlyArray<{ readonly appearance: { readonly abstract: string } }>;
  readonly potentialAction?: ReadonlyArray<{
    readonly '@type': string;
    readonly object: { readonly identifier: string; readonly version: string };
  }>;
}

function messageEntity(a: Activity): MessageEntity | undefined {
  const entities = 'entities' in a ? (a.entities as Array<{ type?: string }> | undefined) : undefined;
  return entities?.find((e) => e.type === 'https://schema.org/Message') as MessageEntity | undefined;
}

describe('Web Chat feedback over the self-hosted Direct Line', () => {
  let app: BotApp;
  let running: RunningServer;
  let client: DirectLine;
  let received: Received;

  beforeAll(async () => {
    app = testBot({
      ADMIN_TOKEN: TOKEN,
      LEARNING_LOG: 'on',
      RATE_LIMIT_CONVERSATIONS_PER_MINUTE: '1000',
      RATE_LIMIT_ACTIVITIES_PER_MINUTE: '1000',
    });
    running = await listen(createServer(app), 0, '127.0.0.1');
  });
  afterEach(() => {
    received.stop();
    client.end();
  });
  afterAll(() => running.close());

  const report = async (): Promise<LearningReport> =>
    (
      await fetch(`${running.url}/admin/report.json`, { headers: { authorization: `Bearer ${TOKEN}` } })
    ).json() as Promise<LearningReport>;

  it('cites the article on an answer and records a thumbs-down click for that answer, without replying', async () => {
    client = nodeDirectLine(running.url, { webSocket: false });
    received = new Received(client);
    await post(client, { type: 'message', text: 'How much does Clarkson College cost?' });
    const answer = await received.waitFor((a) => textOf(a).includes('$632** per credit'));
    expect(textOf(answer)).toMatch(/\n\n\[1\]: cite:1 "/);
    expect(textOf(answer)).not.toContain('Source:');
    const entity = messageEntity(answer);
    expect(entity?.citation?.[0]?.appearance.abstract).toBe(`By ${app.kb.source.author}. Section: Clarkson College.`);
    const dislike = entity?.potentialAction?.find((x) => x['@type'] === 'DislikeAction');
    expect(dislike?.object).toEqual({
      '@type': 'CreativeWork',
      identifier: 'program_tuition/clarkson',
      version: app.knowledgeVersion,
    });

    // What Web Chat 4.18 posts for the click: the action as the bot sent it, then its own capabilities.
    const before = received.activities.length;
    await post(client, {
      type: 'event',
      name: 'webchat:activity-status/feedback',
      entities: [
        dislike,
        { type: 'ClientCapabilities', requiresBotState: true, supportsListening: true, supportsTts: true },
      ],
    });
    await expect
      .poll(async () => (await report()).feedback.find((f) => f.answerKey === 'program_tuition/clarkson'), {
        timeout: 5000,
      })
      .toMatchObject({ knowledgeVersion: app.knowledgeVersion, up: 0, down: 1 });
    expect(received.activities.slice(before).filter((a) => a.from.role === 'bot')).toEqual([]);
  });

  it('offers no thumbs on small talk, and ignores a feedback event that names no answer', async () => {
    client = nodeDirectLine(running.url, { webSocket: false });
    received = new Received(client);
    await post(client, { type: 'message', text: 'hello' });
    const hello = await received.waitFor((a) => a.from.role === 'bot' && textOf(a) !== '');
    expect(messageEntity(hello)).toBeUndefined();
    const before = (await report()).feedback;
    await post(client, {
      type: 'event',
      name: 'webchat:activity-status/feedback',
      entities: [{ '@type': 'LikeAction', object: { '@type': 'CreativeWork' } }],
    });
    await post(client, { type: 'message', text: 'thanks' });
    await received.waitFor((a) => /welcome/i.test(textOf(a)));
    expect((await report()).feedback).toEqual(before);
  });
});
