/**
 * Feedback clicks as Teams and Web Chat send them, parsed and recorded against the answer they rate:
 * a Teams invoke traced through the reply id, a Web Chat event through the self-hosted Direct Line.
 */
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { normalizeClientActivity } from '../../src/widget/directline/clientActivity.js';
import {
  FEEDBACK_INVOKE_OK,
  isTeamsFeedbackInvoke,
  parseTeamsFeedback,
  parseWebChatFeedback,
  teamsFeedbackChannelData,
  WEB_CHAT_FEEDBACK_EVENT,
  webChatFeedbackActions,
} from '../../src/learning/feedbackShapes.js';
import { LearningLog } from '../../src/learning/learningLog.js';
import { MemoryLearningStore } from '../../src/learning/memoryLearningStore.js';
import {
  answerForReply,
  rememberAnswer,
  RECENT_ANSWERS_KEPT,
  type RecentAnswers,
} from '../../src/learning/recentAnswers.js';
import { createLogger } from '../../src/platform/logger.js';

/** A feedback invoke as Teams sends it (Microsoft's "Handle feedback" sample payload). */
function teamsInvoke(reaction: string, feedback: unknown, replyToId = '1:1f0xqbot-reply'): Partial<Activity> {
  return {
    type: 'invoke',
    name: 'message/submitAction',
    channelId: 'msteams',
    replyToId,
    from: { id: '29:student-aad-id', name: 'Student' },
    conversation: { id: 'a:personal-chat', conversationType: 'personal' } as Activity['conversation'],
    value: { actionName: 'feedback', actionValue: { reaction, feedback } },
  };
}

/** The event Web Chat 4.18 posts for a click, as captured in chromium (see webChatFeedback.browser.test.ts). */
function webChatClick(action: unknown): unknown {
  return {
    type: 'event',
    name: WEB_CHAT_FEEDBACK_EVENT,
    entities: [
      action,
      { type: 'ClientCapabilities', requiresBotState: true, supportsListening: true, supportsTts: true },
    ],
    channelData: { clientActivityID: 'x1' },
    channelId: 'webchat',
    from: { id: 'student', name: '', role: 'user' },
    locale: 'en-US',
  };
}

const newLog = (): LearningLog =>
  new LearningLog({
    store: new MemoryLearningStore({ retentionMs: 86_400_000 }),
    policy: { keepUnanswered: false, retentionDays: 1 },
    logger: createLogger('silent'),
  });

describe('Teams feedback', () => {
  it('turns the buttons on with channelData.feedbackLoopEnabled and answers the invoke 200 with no body', () => {
    expect(teamsFeedbackChannelData()).toEqual({ feedbackLoopEnabled: true });
    expect(FEEDBACK_INVOKE_OK).toEqual({ status: 200 });
  });

  it('reads a thumbs-down with the text typed in the form, and the id of the rated reply', () => {
    expect(parseTeamsFeedback(teamsInvoke('dislike', '{"feedbackText":"It did not give the total cost."}'))).toEqual({
      ok: true,
      feedback: { reaction: 'down', comment: 'It did not give the total cost.', replyToId: '1:1f0xqbot-reply' },
    });
  });

  it('reads a thumbs-up without a comment, also when the form comes as an object or is empty', () => {
    for (const form of ['{"feedbackText":""}', { feedbackText: '  ' }, undefined, 'not json']) {
      expect(parseTeamsFeedback(teamsInvoke('like', form))).toEqual({
        ok: true,
        feedback: { reaction: 'up', replyToId: '1:1f0xqbot-reply' },
      });
    }
    expect(parseTeamsFeedback(teamsInvoke('like', { feedbackText: 'great' }))).toMatchObject({
      ok: true,
      feedback: { comment: 'great' },
    });
  });

  it('says what is wrong with a malformed feedback invoke instead of guessing', () => {
    expect(parseTeamsFeedback(teamsInvoke('love', '{}'))).toEqual({
      ok: false,
      problem: 'value.actionValue.reaction must be "like" or "dislike"',
    });
    expect(parseTeamsFeedback(teamsInvoke('like', '{}', ''))).toEqual({
      ok: false,
      problem: 'replyToId must name the rated reply',
    });
    expect(
      parseTeamsFeedback({ type: 'invoke', name: 'message/submitAction', value: { actionName: 'other' } }),
    ).toMatchObject({ ok: false });
    expect(
      isTeamsFeedbackInvoke({ type: 'invoke', name: 'adaptiveCard/action', value: { actionName: 'feedback' } }),
    ).toBe(false);
  });

  it('records the rating against the answer the rated reply gave (round trip through the reply id)', async () => {
    let recent: RecentAnswers | undefined;
    recent = rememberAnswer(recent, '1:reply-a', { answerKey: 'what_is_pacs', knowledgeVersion: 'k1' });
    recent = rememberAnswer(recent, '1:reply-b', { answerKey: 'program_tuition/weber', knowledgeVersion: 'k1' });
    const parsed = parseTeamsFeedback(
      teamsInvoke('dislike', '{"feedbackText":"call me at 402-555-0188"}', '1:reply-b'),
    );
    if (!parsed.ok) throw new Error(parsed.problem);
    const answer = answerForReply(recent, parsed.feedback.replyToId);
    expect(answer).toEqual({ answerKey: 'program_tuition/weber', knowledgeVersion: 'k1' });
    const log = newLog();
    expect(
      await log.recordFeedback({ ...answer!, reaction: parsed.feedback.reaction, comment: parsed.feedback.comment }),
    ).toBe(true);
    const report = await log.report();
    expect(report.feedback).toEqual([
      {
        answerKey: 'program_tuition/weber',
        knowledgeVersion: 'k1',
        up: 0,
        down: 1,
        comments: [expect.objectContaining({ comment: 'call me at [phone]' })],
      },
    ]);
    expect(JSON.stringify(report)).not.toMatch(/29:student|personal-chat|1:reply/);
  });

  it(`remembers the answers of the last ${RECENT_ANSWERS_KEPT} replies only`, () => {
    let recent: RecentAnswers | undefined;
    for (let i = 1; i <= RECENT_ANSWERS_KEPT + 1; i++)
      recent = rememberAnswer(recent, `r${i}`, { answerKey: `a${i}`, knowledgeVersion: 'k' });
    expect(answerForReply(recent, 'r1')).toBeUndefined();
    expect(answerForReply(recent, 'r2')).toEqual({ answerKey: 'a2', knowledgeVersion: 'k' });
    expect(recent).toHaveLength(RECENT_ANSWERS_KEPT);
  });
});

describe('Web Chat feedback', () => {
  const answer = { answerKey: 'admission_requirements', knowledgeVersion: '3be1c0ffee00' };

  it('offers a LikeAction and a DislikeAction, each naming the answer it rates', () => {
    expect(webChatFeedbackActions(answer)).toEqual([
      {
        '@type': 'LikeAction',
        actionStatus: 'PotentialActionStatus',
        object: { '@type': 'CreativeWork', identifier: 'admission_requirements', version: '3be1c0ffee00' },
      },
      {
        '@type': 'DislikeAction',
        actionStatus: 'PotentialActionStatus',
        object: { '@type': 'CreativeWork', identifier: 'admission_requirements', version: '3be1c0ffee00' },
      },
    ]);
  });

  it('records a click that came through the self-hosted Direct Line against the answer (round trip)', async () => {
    const [, dislike] = webChatFeedbackActions(answer);
    const received = normalizeClientActivity(webChatClick(dislike));
    if (typeof received === 'string') throw new Error(received);
    const parsed = parseWebChatFeedback(received);
    expect(parsed).toEqual({ ok: true, feedback: { reaction: 'down', ...answer } });
    const log = newLog();
    if (parsed.ok) await log.recordFeedback(parsed.feedback);
    expect((await log.report()).feedback.map((a) => [a.answerKey, a.up, a.down])).toEqual([
      ['admission_requirements', 0, 1],
    ]);
  });

  it('refuses an event without a rating action or with a forged answer key', () => {
    expect(parseWebChatFeedback(webChatClick({ '@type': 'VoteAction' }) as Partial<Activity>)).toEqual({
      ok: false,
      problem: 'entities must hold a LikeAction or DislikeAction',
    });
    const forged = { '@type': 'LikeAction', object: { identifier: '<img src=x onerror=alert(1)>', version: 'v1' } };
    expect(parseWebChatFeedback(webChatClick(forged) as Partial<Activity>)).toMatchObject({ ok: false });
    expect(parseWebChatFeedback({ type: 'event', name: 'webchat/join' })).toMatchObject({ ok: false });
  });
});
