/**
 * 👍/👎 in Teams, end to end through the real server: an answer goes out with the feedback flag and
 * a citation, Teams' feedback invoke names that reply by `replyToId`, the bot answers it 200 with an
 * empty body, and the staff report shows the reaction (and the redacted comment) for that answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotApp } from '../../../src/app/createBot.js';
import type { LearningReport } from '../../../src/learning/report.js';
import { createServer, listen, type RunningServer } from '../../../src/app/server.js';
import { connectorStub, waitFor, type ConnectorStub } from '../../helpers/connectorStub.js';
import { teamsMessage } from '../../helpers/teamsActivity.js';
import { testBot } from '../../helpers/testBot.js';

const TOKEN = 'teams-feedback-token-0123456789';

/** What Teams posts when someone clicks 👍 or 👎 under a reply (and, for 👎, types in its form). */
function feedbackInvoke(
  replyToId: string,
  reaction: 'like' | 'dislike',
  feedbackText?: string,
): Record<string, unknown> {
  const actionValue = { reaction, feedback: JSON.stringify(feedbackText === undefined ? {} : { feedbackText }) };
  return {
    ...teamsMessage('personal', ''),
    type: 'invoke',
    name: 'message/submitAction',
    replyToId,
    value: { actionName: 'feedback', actionValue },
  };
}

describe('Teams feedback on an answer', () => {
  let app: BotApp;
  let running: RunningServer;
  let stub: ConnectorStub;
  let ids = 0;

  beforeAll(async () => {
    stub = await connectorStub();
    app = testBot({ ADMIN_TOKEN: TOKEN, LEARNING_LOG: 'on' });
    running = await listen(createServer(app), 0, '127.0.0.1');
  });
  afterAll(async () => {
    await running.close();
    await stub.close();
  });

  const post = (activity: Record<string, unknown>): Promise<Response> =>
    fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...activity,
        id: `in-${++ids}`,
        serviceUrl: stub.url,
        timestamp: new Date().toISOString(),
      }),
    });

  /** Asks a question in the personal chat and returns the answer and the id the channel gave it. */
  const ask = async (
    text: string,
  ): Promise<{
    replyId: string;
    body: ConnectorStub['received'][number]['body'] & { channelData?: unknown; entities?: unknown[] };
  }> => {
    const res = await post(teamsMessage('personal', text));
    expect(res.status).toBe(200);
    const question = `in-${ids}`;
    const index = await waitFor(() => {
      const i = stub.received.findIndex((r) => r.body.type === 'message' && r.body.replyToId === question);
      return i === -1 ? undefined : i;
    });
    // The stub answers the n-th activity it receives with the id `r<n>`, as a channel assigns ids.
    return { replyId: `r${index + 1}`, body: stub.received[index]?.body as never };
  };

  const report = async (): Promise<LearningReport> =>
    (
      await fetch(`${running.url}/admin/report.json`, { headers: { authorization: `Bearer ${TOKEN}` } })
    ).json() as Promise<LearningReport>;

  it('sends an answer from the article with the feedback buttons turned on and its citation marker, and no source line', async () => {
    const { body } = await ask('How much is Weber State?');
    expect(body.text).toContain('$6,228');
    expect(body.text).toContain(' [1]');
    expect(body.text).not.toContain('Source:');
    expect(body.channelData).toMatchObject({ feedbackLoopEnabled: true });
    // The citation reaches the channel whole (the connector's own serializer would keep only `type`).
    expect(body.entities).toContainEqual(
      expect.objectContaining({
        type: 'https://schema.org/Message',
        '@type': 'Message',
        citation: [
          expect.objectContaining({
            '@type': 'Claim',
            position: 1,
            appearance: expect.objectContaining({ '@type': 'DigitalDocument', name: expect.stringMatching(/PACS/i) }),
          }),
        ],
      }),
    );
  });

  it('answers a click 200 with an empty body and reports the reaction and the redacted comment for that answer', async () => {
    const weber = await ask('How much is Weber State?');
    const down = await post(
      feedbackInvoke(weber.replyId, 'dislike', 'No total for a year, mail me at kim@example.org'),
    );
    expect(down.status).toBe(200);
    expect(await down.text()).toBe('');
    const clarkson = await ask('How long does Clarkson take?');
    expect((await post(feedbackInvoke(clarkson.replyId, 'like'))).status).toBe(200);

    const { feedback } = await report();
    const forWeber = feedback.find((f) => f.answerKey === 'program_tuition/weber');
    expect(forWeber).toMatchObject({ knowledgeVersion: app.knowledgeVersion, up: 0, down: 1 });
    expect(forWeber?.comments.map((c) => c.comment)).toEqual(['No total for a year, mail me at [email]']);
    expect(feedback.find((f) => f.answerKey === 'program_duration/clarkson')).toMatchObject({
      up: 1,
      down: 0,
      comments: [],
    });
    expect(JSON.stringify(feedback)).not.toMatch(/29:1user|a:1personal|Alex/);
  });

  it('offers no feedback on small talk, and accepts a click on a reply it cannot trace without recording it', async () => {
    const hello = await ask('hi');
    expect(hello.body.channelData).toBeUndefined();
    const before = (await report()).feedback;
    const click = await post(feedbackInvoke(hello.replyId, 'like'));
    expect(click.status).toBe(200);
    expect((await report()).feedback).toEqual(before);
  });

  it('answers a feedback invoke it cannot read 200 all the same (Teams would show the student an error), and records nothing', async () => {
    const before = (await report()).feedback;
    const unknownReaction = await post({
      ...feedbackInvoke('r1', 'like'),
      value: { actionName: 'feedback', actionValue: { reaction: 'love' } },
    });
    const { replyToId: _omitted, ...withoutReply } = feedbackInvoke('r1', 'like', 'Great');
    const noReplyId = await post(withoutReply);
    expect([unknownReaction.status, noReplyId.status]).toEqual([200, 200]);
    expect((await report()).feedback).toEqual(before);
  });
});
