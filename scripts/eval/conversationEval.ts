/**
 * Runs the conversation set end to end and scores it: a conversation is right when every check of
 * every turn passes. Reports accuracy per pattern and overall, and every failed conversation.
 */
import { checkReply, type CheckFailure } from './conversationChecks.js';
import type { EvalBot } from './conversationBot.js';
import {
  PATTERNS,
  type ArticleFigures,
  type Conversation,
  type ConversationSet,
  type Pattern,
} from './conversationSet.js';

/** One turn as it happened. */
export interface TurnResult {
  readonly user: string;
  /** Everything the bot sent back on this turn, messages joined by blank lines. */
  readonly reply: string;
  readonly failures: readonly CheckFailure[];
}

/** One conversation as it happened. */
export interface ConversationResult {
  readonly conversation: Conversation;
  readonly turns: readonly TurnResult[];
  readonly right: boolean;
}

/** Right conversations out of the total, for one pattern or overall. */
export interface Tally {
  readonly right: number;
  readonly total: number;
  readonly accuracy: number;
}

/** Everything `npm run eval` reports for the conversation set. */
export interface ConversationReport {
  readonly overall: Tally;
  /** In {@link PATTERNS} order; patterns the set does not use are left out. */
  readonly perPattern: ReadonlyArray<{ readonly pattern: Pattern } & Tally>;
  readonly results: readonly ConversationResult[];
  readonly failed: readonly ConversationResult[];
}

/** Sends every turn of one conversation to a fresh conversation of `bot` and checks each reply. */
export async function runConversation(
  bot: EvalBot,
  figures: ArticleFigures,
  conversation: Conversation,
): Promise<ConversationResult> {
  const send = bot.startConversation();
  const turns: TurnResult[] = [];
  const userTurns: string[] = [];
  for (const turn of conversation.turns) {
    userTurns.push(turn.user);
    let reply: string;
    try {
      reply = (await send(turn.user)).join('\n\n');
    } catch (error) {
      // A crash ends the conversation: later turns would only measure the crash again.
      turns.push({
        user: turn.user,
        reply: '',
        failures: [{ check: 'error', detail: `the turn threw: ${(error as Error).message}` }],
      });
      break;
    }
    const failures = checkReply(reply, turn.expect, {
      programs: bot.programs,
      figures,
      userTurns,
      maxTextChars: bot.maxTextChars,
    });
    turns.push({ user: turn.user, reply, failures });
  }
  const right = turns.length === conversation.turns.length && turns.every((t) => t.failures.length === 0);
  return { conversation, turns, right };
}

function tally(results: readonly ConversationResult[]): Tally {
  const right = results.filter((r) => r.right).length;
  return { right, total: results.length, accuracy: results.length === 0 ? 0 : right / results.length };
}

/** Scores finished conversations per pattern and overall. */
export function conversationReport(results: readonly ConversationResult[]): ConversationReport {
  const perPattern = PATTERNS.map((pattern) => ({
    pattern,
    ...tally(results.filter((r) => r.conversation.pattern === pattern)),
  })).filter((p) => p.total > 0);
  return { overall: tally(results), perPattern, results, failed: results.filter((r) => !r.right) };
}

/** Runs the set's conversations (or the given subset) one after another, each on fresh state, and scores them. */
export async function evaluateConversations(
  bot: EvalBot,
  set: ConversationSet,
  conversations: readonly Conversation[] = set.conversations,
): Promise<ConversationReport> {
  const results: ConversationResult[] = [];
  for (const c of conversations) results.push(await runConversation(bot, set.articleFigures, c));
  return conversationReport(results);
}
