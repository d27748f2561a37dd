/**
 * Which answer each of a conversation's recent replies gave, by the reply's activity id: how a Teams
 * feedback invoke, which names only the rated reply (`replyToId`), is traced back to an answer.
 * @remarks Kept in conversation state (it expires with the conversation) and bounded, oldest
 * first out. It holds answer keys and knowledge versions only, never text.
 */
import type { AnswerRef } from './types.js';

/** Reply id → answer, oldest first; plain data, so it is stored as conversation state. */
export type RecentAnswers = ReadonlyArray<readonly [replyId: string, answer: AnswerRef]>;

/** How many replies are remembered: feedback on an older reply can no longer be traced to its answer. */
export const RECENT_ANSWERS_KEPT = 20;

/** The list with `replyId` → `answer` added (replacing an earlier entry for the same id) and the oldest beyond the bound dropped. */
export function rememberAnswer(recent: RecentAnswers | undefined, replyId: string, answer: AnswerRef): RecentAnswers {
  const kept = (recent ?? []).filter(([id]) => id !== replyId);
  return [
    ...kept,
    [replyId, { answerKey: answer.answerKey, knowledgeVersion: answer.knowledgeVersion }] as const,
  ].slice(-RECENT_ANSWERS_KEPT);
}

/** The answer a reply gave, if it is still remembered. */
export function answerForReply(recent: RecentAnswers | undefined, replyId: string): AnswerRef | undefined {
  return (recent ?? []).find(([id]) => id === replyId)?.[1];
}
