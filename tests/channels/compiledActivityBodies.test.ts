/**
 * The compiled reply serializer writes exactly the JSON the connector's generic serializer writes,
 * for every reply the bot makes and for generated activities, leaves the rest to the generic one,
 * and is really used by the connector clients the bot reuses.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Mapper, OperationSpec } from '@azure/core-client';
import { ActivityTypes, TurnContext, type Activity } from 'botbuilder';
import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import { compileBodyEncoder, withCompiledActivityBodies } from '../../src/channels/compiledActivityBodies.js';
import { testAdapter, testBot } from '../helpers/testBot.js';
import { mentionMessage } from '../helpers/teamsActivity.js';

type Send = ConnectorClient['sendOperationRequest'];
interface SentOperation {
  readonly args: Parameters<Send>[0];
  readonly spec: OperationSpec;
}

/** A connector client whose requests are recorded instead of sent (below any wrapper added later). */
function recordingClient(): { client: ConnectorClient; sent: SentOperation[] } {
  const client = new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: 'http://127.0.0.1:9' });
  const sent: SentOperation[] = [];
  client.sendOperationRequest = (args, spec) => {
    sent.push({ args, spec });
    // The caller only awaits the result; a real response is never read here.
    return Promise.resolve({ id: 'r1' }) as unknown as ReturnType<Send>;
  };
  return { client, sent };
}

/** The reply operation's own spec, as the connector defines it. */
function replySpec(): OperationSpec {
  const { client, sent } = recordingClient();
  void client.conversations.replyToActivity('c1', 'm1', { type: 'message', text: 'x' } as Activity);
  const spec = sent[0]?.spec;
  if (spec === undefined) throw new Error('no request recorded');
  return spec;
}

const spec = replySpec();
const bodyMapper = spec.requestBody?.mapper as Mapper;
const generic = (activity: unknown): string => JSON.stringify(spec.serializer.serialize(bodyMapper, activity, 'activity'));
const encoder = compileBodyEncoder(bodyMapper, spec.serializer.modelMappers);

/** The compiled JSON of an activity, failing the test if the compiled form refused it. */
function compiled(activity: unknown): string {
  const result = encoder?.(activity);
  if (result?.ok !== true) throw new Error('the compiled serializer fell back');
  return JSON.stringify(result.wire);
}

const incoming = { type: 'message', id: 'm1', text: 'hi', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9', conversation: { id: 'c1', isGroup: false }, from: { id: 'student', name: 'Sam', role: 'user' }, recipient: { id: 'bot', name: 'PACS advisor' }, locale: 'en-US', timestamp: new Date('2026-11-26T10:00:00Z') } as Activity;

/** What the bot says to each message, as it leaves for the channel (with the conversation reference applied). */
async function repliesTo(messages: readonly string[], base: Partial<Activity> = incoming): Promise<Partial<Activity>[]> {
  const adapter = testAdapter(testBot());
  const replies: Partial<Activity>[] = [];
  for (const text of messages) {
    await adapter.processActivity({ ...base, text });
    for (let reply = adapter.activeQueue.shift(); reply !== undefined; reply = adapter.activeQueue.shift()) {
      replies.push(TurnContext.applyConversationReference({ ...reply }, TurnContext.getConversationReference({ ...base, id: 'm1' })));
    }
  }
  return replies;
}

describe('compiled reply serializer', () => {
  it('compiles the connector Activity model', () => {
    expect(encoder).toBeDefined();
  });

  it('writes byte for byte what the generic serializer writes, for the bot’s own replies', async () => {
    const replies = await repliesTo(['hello', 'how much is weber', 'compare weber and clarkson', 'which programs are online?', 'tell me about the program', 'the second one', 'help me find a program', 'what is the weather', 'thanks']);
    const teams = await repliesTo(['compare weber and clarkson', 'how much is weber'], mentionMessage('groupChat', ''));
    const all = [...replies, ...teams];
    expect(all.some((r) => (r.suggestedActions?.actions.length ?? 0) > 0)).toBe(true);
    expect(all.some((r) => (r.attachments?.length ?? 0) > 0)).toBe(true);
    for (const reply of all) expect(compiled(reply)).toBe(generic(reply));
  });

  it('writes the same for Teams mentions, channel data, dates and fields the model does not know', () => {
    const activity = {
      ...incoming,
      type: ActivityTypes.Message,
      text: '<at>Sam</at> here you go',
      entities: [{ type: 'mention', mentioned: { id: 'student', name: 'Sam' }, text: '<at>Sam</at>' }, { type: 'clientInfo', locale: 'en-US', nested: { deep: [1, 'two', null] } }],
      channelData: { tenant: { id: 't1' }, notification: { alert: true } },
      localTimestamp: '2026-11-26T11:00:00+01:00',
      value: { action: 'compare', programs: ['weber', 'clarkson'] },
      textFormat: null,
      notAnActivityField: 'dropped by both',
    };
    expect(compiled(activity)).toBe(generic(activity));
    expect(JSON.parse(compiled(activity))).not.toHaveProperty('notAnActivityField');
    expect(JSON.parse(compiled(activity)).localTimestamp).toBe('2026-11-26T10:00:00.000Z');
  });

  it('agrees with the generic serializer on generated activities: never leaves a well-typed one to it, and writes the same JSON for every ill-typed one it does not leave', () => {
    const text = fc.string({ maxLength: 20 });
    const account = fc.record({ id: text, name: fc.option(text, { nil: undefined }), role: fc.option(text, { nil: undefined }) }, { requiredKeys: ['id'] });
    const json = fc.jsonValue({ maxDepth: 2 });
    const wellTyped = fc.record(
      {
        type: text,
        text: fc.option(text, { nil: null }),
        from: account,
        recipient: account,
        conversation: fc.record({ id: text, isGroup: fc.boolean() }),
        timestamp: fc.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2100-01-01') }),
        suggestedActions: fc.record({ actions: fc.array(fc.record({ type: text, title: text, value: json }), { maxLength: 5 }) }),
        attachments: fc.array(fc.record({ contentType: text, content: json }), { maxLength: 3 }),
        entities: fc.array(fc.dictionary(text, json, { maxKeys: 4 }), { maxLength: 3 }),
        channelData: json,
        importance: text,
        extra: json,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(wellTyped, (activity) => {
        expect(compiled(activity)).toBe(generic(activity));
      }),
      { numRuns: 500 },
    );

    const wrong = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant('not a date'), fc.constant(new Date(Number.NaN)), fc.string(), fc.array(fc.integer()));
    const illTyped = fc.record({ type: wrong, text: wrong, from: wrong, timestamp: wrong, suggestedActions: wrong, attachments: wrong }, { requiredKeys: [] });
    let fellBack = 0;
    fc.assert(
      fc.property(illTyped, (activity) => {
        const result = encoder?.(activity);
        if (result?.ok === true) {
          expect(JSON.stringify(result.wire)).toBe(generic(activity));
        } else {
          fellBack++;
        }
      }),
      { numRuns: 500 },
    );
    expect(fellBack).toBeGreaterThan(0);
  });

  it('sends replies from a wrapped client as ready-made JSON objects, other operations unchanged', async () => {
    const { client, sent } = recordingClient();
    withCompiledActivityBodies(client);
    const [reply] = await repliesTo(['how much is weber']);
    await client.conversations.replyToActivity('c1', 'm1', reply as Activity);
    await client.conversations.getConversationMembers('c1');
    const [replied, members] = sent;
    expect(replied?.spec.requestBody?.mapper.type.name).toBe('Object');
    expect(replied?.spec.path).toBe(spec.path);
    expect(JSON.stringify(replied?.args.activity)).toBe(generic(reply));
    expect(members?.spec.requestBody).toBeUndefined();
    expect(members?.spec.path).toBe('v3/conversations/{conversationId}/members');
  });

  it('leaves an activity the model refuses to the generic serializer, which reports it as before', async () => {
    const { client, sent } = recordingClient();
    withCompiledActivityBodies(client);
    const bad = { type: 'message', text: 42 } as unknown as Activity;
    await client.conversations.replyToActivity('c1', 'm1', bad);
    expect(sent[0]?.spec).toBe(spec);
    expect(sent[0]?.args.activity).toBe(bad);
    expect(() => generic(bad)).toThrow(/must be of type string/);
  });
});
