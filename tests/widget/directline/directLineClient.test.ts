/**
 * Web Chat's own Direct Line client (botframework-directlinejs) against the self-hosted Direct Line:
 * welcome once on join, a question and its answer, over WebSocket and over polling, and resuming.
 */
import type { DirectLine } from 'botframework-directlinejs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { createServer, listen, type RunningServer } from '../../../src/app/server.js';
import { testBot } from '../../helpers/testBot.js';
import { nodeDirectLine, post, Received, textOf } from './nodeDirectLine.js';

const isWelcome = (a: { type: string; from: { role?: string } } & { text?: string }): boolean =>
  a.from.role === 'bot' && (a.text ?? '').startsWith('Welcome');

describe('self-hosted Direct Line with botframework-directlinejs', () => {
  let running: RunningServer;
  const clients: Array<{ client: DirectLine; received: Received }> = [];

  beforeAll(async () => {
    running = await listen(
      createServer(testBot({ RATE_LIMIT_CONVERSATIONS_PER_MINUTE: '1000', RATE_LIMIT_ACTIVITIES_PER_MINUTE: '1000' })),
      0,
      '127.0.0.1',
    );
  });
  afterEach(() => {
    for (const { client, received } of clients.splice(0)) {
      received.stop();
      client.end();
    }
    vi.unstubAllGlobals();
  });
  afterAll(async () => {
    await running.close();
  });

  const open = (options: Parameters<typeof nodeDirectLine>[1]): { client: DirectLine; received: Received } => {
    const client = nodeDirectLine(running.url, options);
    const entry = { client, received: new Received(client) };
    clients.push(entry);
    return entry;
  };

  it('welcomes once on join and answers a question over the WebSocket stream', async () => {
    vi.stubGlobal('WebSocket', NodeWebSocket);
    const { client, received } = open({ webSocket: true });
    await post(client, { type: 'event', name: 'webchat/join', value: {} });
    await received.waitFor(isWelcome);

    await post(client, { type: 'message', text: 'How much does Clarkson College cost?' });
    const answer = await received.waitFor((a) => textOf(a).includes('$632** per credit'));
    expect(answer.from.role).toBe('bot');

    // A second join (a page reload) must not welcome again.
    await post(client, { type: 'event', name: 'webchat/join', value: {} });
    await post(client, { type: 'message', text: 'and weber state?' });
    await received.waitFor((a) => a.from.role === 'bot' && textOf(a).includes('Weber'));
    expect(received.activities.filter(isWelcome)).toHaveLength(1);
  });

  it('uses the user id chosen by the server, not the one the page sent', async () => {
    vi.stubGlobal('WebSocket', NodeWebSocket);
    const { client, received } = open({ webSocket: true });
    await post(client, { type: 'message', text: 'What is PACS?' });
    const echo = await received.waitFor((a) => a.from.role === 'user');
    expect(echo.from.id).toMatch(/^dl_[0-9a-f]{18}$/);
    expect(echo.from.id).not.toBe('page-chosen-id');
  });

  it('welcomes once and answers a question over polling', async () => {
    const { client, received } = open({ webSocket: false });
    await post(client, { type: 'event', name: 'webchat/join', value: {} });
    await received.waitFor(isWelcome);
    await post(client, { type: 'message', text: 'How much does Clarkson College cost?' });
    await received.waitFor((a) => textOf(a).includes('$632** per credit'));
    expect(received.activities.filter(isWelcome)).toHaveLength(1);
  });

  it('resumes a conversation from its token and id, with history and follow-ups', async () => {
    vi.stubGlobal('WebSocket', NodeWebSocket);
    const first = open({ webSocket: true });
    await post(first.client, { type: 'event', name: 'webchat/join', value: {} });
    await post(first.client, { type: 'message', text: 'How much does Clarkson College cost?' });
    await first.received.waitFor((a) => textOf(a).includes('$632** per credit'));
    const { token, conversationId } = first.client as unknown as { token: string; conversationId: string };
    first.received.stop();
    first.client.end();

    const second = open({ webSocket: true, token, conversationId });
    await post(second.client, { type: 'event', name: 'webchat/join', value: {} });
    await second.received.waitFor((a) => textOf(a).includes('$632** per credit'));
    await post(second.client, { type: 'message', text: 'how long is it?' });
    await second.received.waitFor(
      (a) => a.from.role === 'bot' && /Clarkson/.test(textOf(a)) && !textOf(a).includes('$632'),
    );
    expect(second.received.activities.filter(isWelcome)).toHaveLength(1);
  });
});
