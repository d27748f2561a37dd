/**
 * Property-based fuzzing: at least 10,000 generated activities and texts, most through the bot's
 * logic in-process (fast), a bounded share over HTTP to the real server. Nothing may throw, the
 * server never answers 5xx, and the bot still answers a known question correctly afterwards.
 */
import { TestAdapter, type Activity } from 'botbuilder';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/app/config.js';
import { createBot, type BotApp } from '../../src/app/createBot.js';
import { TextLimitMiddleware } from '../../src/bot/textLimit.js';
import { createServer, listen, type RunningServer } from '../../src/app/server.js';
import { connectorStub, waitFor, type ConnectorStub } from '../helpers/connectorStub.js';
import { testBot } from '../helpers/testBot.js';

const IN_PROCESS_RUNS = 9_000;
const HTTP_RUNS = 1_500;
const DIRECT_LINE_RUNS = 1_000;

const DOMAIN_WORDS = [
  'weber',
  'clarkson',
  'hacc',
  'oit',
  'efsc',
  'how much',
  'is it online',
  'tell me about the program',
  'the third one',
  'cancel',
  'help',
  'and',
  '?',
  'cost',
  'accreditation',
  'what is pacs',
  'compare',
  'prerequisites',
  'where',
];

/** Texts a student, a bot or an attacker might send. */
const texts = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.array(fc.constantFrom(...DOMAIN_WORDS), { maxLength: 8 }).map((w) => w.join(' ')),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '\u0000',
    '\u202e',
    '\u200b\u200b',
    '{{7*7}}',
    "' OR 1=1 --",
    '%s%s%n',
    'x'.repeat(5000),
  ),
);

/** Activities with plausible and implausible shapes (the server refuses the worst; the bot must survive the rest). */
const activities = fc.record(
  {
    type: fc.oneof(
      fc.constantFrom(
        'message',
        'message',
        'message',
        'conversationUpdate',
        'event',
        'typing',
        'messageReaction',
        'invoke',
        'endOfConversation',
        'installationUpdate',
      ),
      fc.string({ minLength: 1, maxLength: 10 }),
    ),
    text: fc.option(texts, { nil: undefined }),
    value: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
    name: fc.option(fc.oneof(fc.constant('webchat/join'), fc.string({ maxLength: 20 })), { nil: undefined }),
    locale: fc.option(fc.oneof(fc.constant('en-US'), fc.string({ maxLength: 12 })), { nil: undefined }),
    membersAdded: fc.option(fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }) }), { maxLength: 3 }), {
      nil: undefined,
    }),
    conversationId: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
  },
  { requiredKeys: ['type', 'conversationId'] },
);

describe('fuzzing the bot', () => {
  let shared: BotApp;
  let stub: ConnectorStub;
  let server: RunningServer;

  beforeAll(async () => {
    shared = testBot();
    stub = await connectorStub();
    const app = createBot(
      parseConfig({
        LOG_LEVEL: 'silent',
        STORAGE: 'memory',
        RATE_LIMIT_ACTIVITIES_PER_MINUTE: '100000',
        RATE_LIMIT_ACTIVITIES_PER_CONVERSATION_PER_MINUTE: '100000',
        RATE_LIMIT_CONVERSATIONS_PER_MINUTE: '100000',
      }),
      { logger: shared.logger, kb: shared.kb, recognizer: shared.recognizer },
    );
    server = await listen(createServer(app), 0, '127.0.0.1');
  });

  afterAll(async () => {
    await server.close();
    await stub.close();
  });

  it(`survives ${IN_PROCESS_RUNS} generated activities in-process and still answers`, async () => {
    const app = testBot();
    const adapter = new TestAdapter((context) => app.bot.run(context)).use(
      new TextLimitMiddleware(app.config.maxTextChars),
    );
    let turns = 0;
    await fc.assert(
      fc.asyncProperty(activities, async ({ conversationId, ...fields }) => {
        const activity = {
          ...fields,
          conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
        } as unknown as Partial<Activity>;
        await adapter.processActivity(activity);
        adapter.activeQueue.splice(0);
        turns++;
      }),
      { numRuns: IN_PROCESS_RUNS, seed: 7 },
    );
    expect(turns).toBe(IN_PROCESS_RUNS);
    await adapter
      .send('how much does clarkson college cost?')
      .assertReply((a) => expect(a.text).toContain('$632'))
      .startTest();
  }, 120_000);

  it(`survives ${HTTP_RUNS} generated requests over HTTP with no 5xx and stays healthy`, async () => {
    let seq = 0;
    const statuses = new Map<number, number>();
    const body = fc.oneof(
      {
        weight: 3,
        arbitrary: activities.map(({ conversationId, ...a }) =>
          JSON.stringify({
            ...a,
            id: `f${++seq}`,
            channelId: 'emulator',
            serviceUrl: stub.url,
            conversation: { id: `fuzz-${conversationId}` },
            from: { id: 'u' },
            recipient: { id: 'b' },
          }),
        ),
      },
      { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
    );
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain'),
        async (payload, contentType) => {
          const res = await fetch(`${server.url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': contentType },
            body: payload,
          });
          const text = await res.text();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          // 501 is the Bot Framework's protocol answer to an invoke the bot does not handle (no body).
          if (res.status === 501) expect(text).toBe('');
          else expect(res.status).toBeLessThan(500);
          expect(text).not.toMatch(/node_modules|\bat \S+ \(/);
        },
      ),
      { numRuns: HTTP_RUNS, seed: 11 },
    );
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const id = 'after-fuzz';
    await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id,
        text: 'how much does clarkson college cost?',
        channelId: 'emulator',
        serviceUrl: stub.url,
        conversation: { id: 'after' },
        from: { id: 'u' },
        recipient: { id: 'b' },
      }),
    });
    expect(
      (await waitFor(() => stub.received.find((r) => r.body.replyToId === id && r.body.type === 'message'))).body.text,
    ).toContain('$632');
    expect([...statuses.keys()].every((s) => s < 500 || s === 501)).toBe(true);
  }, 120_000);

  it(`survives ${DIRECT_LINE_RUNS} generated posts to the self-hosted Direct Line with no 5xx`, async () => {
    const start = await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST' });
    expect(start.status).toBe(201);
    const { conversationId, token } = (await start.json()) as { conversationId: string; token: string };
    const statuses = new Map<number, number>();
    const body = fc.oneof(
      {
        weight: 3,
        arbitrary: activities.map(({ conversationId: _c, ...a }) => JSON.stringify({ ...a, from: { id: 'user' } })),
      },
      { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
    );
    const auth = fc.oneof(
      { weight: 8, arbitrary: fc.constant(`Bearer ${token}`) },
      { weight: 1, arbitrary: fc.string({ maxLength: 60 }).map((t) => `Bearer ${t}`) },
      { weight: 1, arbitrary: fc.constant('') },
    );
    await fc.assert(
      fc.asyncProperty(
        body,
        auth,
        fc.constantFrom('application/json', 'text/plain'),
        async (payload, authorization, contentType) => {
          const headers: Record<string, string> = { 'content-type': contentType };
          if (authorization !== '') headers.authorization = authorization;
          const res = await fetch(`${server.url}/v3/directline/conversations/${conversationId}/activities`, {
            method: 'POST',
            headers,
            body: payload,
          });
          const text = await res.text();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status).toBeLessThan(500);
          expect(text).not.toMatch(/node_modules|\bat \S+ \(/);
        },
      ),
      { numRuns: DIRECT_LINE_RUNS, seed: 13 },
    );
    const ok = await fetch(`${server.url}/v3/directline/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', from: { id: 'user' }, text: 'where is clarkson college' }),
    });
    expect(ok.status).toBe(200);
    // Most generated posts are refused (400/401/403/415); a share are accepted and answered.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(20);
  }, 120_000);
});
