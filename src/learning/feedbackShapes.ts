/**
 * Thumbs-up/down feedback as Teams and Web Chat express it: what a reply carries so the client
 * shows the buttons, and parsers for what a click sends back.
 * @remarks
 * - Teams: `channelData.feedbackLoopEnabled: true` on the reply. A click sends an `invoke` named
 *   `message/submitAction` whose `value` is `{ actionName: "feedback", actionValue: { reaction:
 *   "like" | "dislike", feedback: "{\"feedbackText\":\"…\"}" } }` and whose `replyToId` is the id
 *   of the rated reply; the bot must answer 200 with an empty body. Teams does not echo anything
 *   else of the reply, so the bot remembers which answer each reply id gave (see recentAnswers.ts).
 * - Web Chat 4.18: `LikeAction`/`DislikeAction` in the root `Message` entity's `potentialAction`.
 *   A click (debounced 500 ms) posts an `event` named `webchat:activity-status/feedback` whose
 *   `entities` hold the clicked action as the bot sent it (then Web Chat's `ClientCapabilities`),
 *   without `replyToId`; so each action carries the answer it rates in `object`.
 */
import type { Activity } from 'botbuilder';
import type { FeedbackAction } from './messageEntity.js';
import type { AnswerRef, Reaction } from './types.js';

/** The invoke Teams sends for a feedback click. */
export const TEAMS_FEEDBACK_INVOKE = 'message/submitAction';
/** The event Web Chat posts for a feedback click. */
export const WEB_CHAT_FEEDBACK_EVENT = 'webchat:activity-status/feedback';

/** What the invoke handler returns for a feedback invoke Teams accepted: 200 with an empty body. */
export const FEEDBACK_INVOKE_OK = { status: 200 } as const;

/** A parsed click, or why the payload is not one. */
export type ParsedFeedback<T> =
  { readonly ok: true; readonly feedback: T } | { readonly ok: false; readonly problem: string };

/** A Teams feedback click: the reaction, the comment typed in Teams' form, and the id of the rated reply. */
export interface TeamsFeedback {
  readonly reaction: Reaction;
  readonly comment?: string;
  readonly replyToId: string;
}

/** A Web Chat feedback click: the reaction and the answer it rates. */
export interface WebChatFeedback extends AnswerRef {
  readonly reaction: Reaction;
}

/** channelData for a Teams reply that should show the feedback buttons (Teams' default form). */
export function teamsFeedbackChannelData(): { readonly feedbackLoopEnabled: true } {
  return { feedbackLoopEnabled: true };
}

/** The thumbs-up and thumbs-down actions Web Chat renders under a reply, each naming the answer. */
export function webChatFeedbackActions(answer: AnswerRef): readonly FeedbackAction[] {
  const object = { '@type': 'CreativeWork', identifier: answer.answerKey, version: answer.knowledgeVersion } as const;
  return [
    { '@type': 'LikeAction', actionStatus: 'PotentialActionStatus', object },
    { '@type': 'DislikeAction', actionStatus: 'PotentialActionStatus', object },
  ];
}

/** True for the invoke Teams sends when someone clicks a feedback button (or submits its form). */
export function isTeamsFeedbackInvoke(activity: Partial<Activity>): boolean {
  return (
    activity.type === 'invoke' &&
    activity.name === TEAMS_FEEDBACK_INVOKE &&
    field(activity.value, 'actionName') === 'feedback'
  );
}

/** True for the event Web Chat posts when someone clicks a feedback button. */
export function isWebChatFeedbackEvent(activity: Partial<Activity>): boolean {
  return activity.type === 'event' && activity.name === WEB_CHAT_FEEDBACK_EVENT;
}

/** Longest comment read from a payload; the learning log caps it further. */
const COMMENT_READ_CHARS = 2000;
const ID = /^[A-Za-z0-9_.:/-]{1,100}$/;
/** Web Chat's action types and the reaction each stands for. */
const REACTIONS: ReadonlyMap<unknown, Reaction> = new Map([
  ['LikeAction', 'up'],
  ['DislikeAction', 'down'],
]);
/** Teams' reactions and the reaction each stands for. */
const TEAMS_REACTIONS: ReadonlyMap<unknown, Reaction> = new Map([
  ['like', 'up'],
  ['dislike', 'down'],
]);

/** Reads a Teams feedback invoke. */
export function parseTeamsFeedback(activity: Partial<Activity>): ParsedFeedback<TeamsFeedback> {
  if (!isTeamsFeedbackInvoke(activity)) return { ok: false, problem: `not a ${TEAMS_FEEDBACK_INVOKE} feedback invoke` };
  const actionValue = field(activity.value, 'actionValue');
  const reaction = TEAMS_REACTIONS.get(field(actionValue, 'reaction'));
  if (reaction === undefined) return { ok: false, problem: 'value.actionValue.reaction must be "like" or "dislike"' };
  const replyToId = activity.replyToId;
  if (typeof replyToId !== 'string' || replyToId === '' || replyToId.length > 200)
    return { ok: false, problem: 'replyToId must name the rated reply' };
  const comment = teamsComment(field(actionValue, 'feedback'));
  return { ok: true, feedback: { reaction, replyToId, ...(comment === '' ? {} : { comment }) } };
}

/** Reads a Web Chat feedback event. */
export function parseWebChatFeedback(activity: Partial<Activity>): ParsedFeedback<WebChatFeedback> {
  if (!isWebChatFeedbackEvent(activity)) return { ok: false, problem: `not a ${WEB_CHAT_FEEDBACK_EVENT} event` };
  // Web Chat appends its own ClientCapabilities entity after the clicked action.
  const entities: readonly unknown[] = Array.isArray(activity.entities) ? activity.entities : [];
  const action = entities.find((e) => REACTIONS.has(field(e, '@type')));
  const reaction = REACTIONS.get(field(action, '@type'));
  if (reaction === undefined) return { ok: false, problem: 'entities must hold a LikeAction or DislikeAction' };
  const object = field(action, 'object');
  const answerKey = field(object, 'identifier');
  const knowledgeVersion = field(object, 'version');
  if (
    typeof answerKey !== 'string' ||
    !ID.test(answerKey) ||
    typeof knowledgeVersion !== 'string' ||
    !ID.test(knowledgeVersion)
  ) {
    return { ok: false, problem: "the action's object must name the rated answer (identifier and version)" };
  }
  return { ok: true, feedback: { reaction, answerKey, knowledgeVersion } };
}

/**
 * The comment of Teams' feedback form: `feedback` is a JSON string `{"feedbackText":"…"}` (an object
 * in some SDKs' typings); anything else counts as no comment.
 */
function teamsComment(feedback: unknown): string {
  let form: unknown = feedback;
  if (typeof feedback === 'string') {
    try {
      form = JSON.parse(feedback) as unknown;
    } catch {
      return '';
    }
  }
  const text = field(form, 'feedbackText');
  return typeof text === 'string' ? text.trim().slice(0, COMMENT_READ_CHARS) : '';
}

/** `value[key]` when `value` is a plain object, else undefined. */
function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
