/**
 * The bot's side of the learning log: counts every student message, keeps the questions the turn
 * could not answer (LEARNING_LOG=on), remembers which answer each Teams reply gave, and records the
 * 👍/👎 that Teams and Web Chat send back.
 * @remarks Nothing here fails or holds up a turn: the log swallows its store's errors, a click it
 * cannot read is logged (without its comment) and dropped, and no user or conversation id is ever
 * handed to the log.
 */
import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { TurnReport } from '../../dialogs/rootDialog.js';
import type { Logger } from '../platform/logger.js';
import { parseTeamsFeedback, parseWebChatFeedback } from '../learning/feedbackShapes.js';
import type { LearningLog } from '../learning/learningLog.js';
import { answerForReply, rememberAnswer, type RecentAnswers } from '../learning/recentAnswers.js';
import { replyClient } from '../learning/replyDecorations.js';
import { isFallback, type UnansweredNote } from '../learning/turnAnswers.js';

/** Where a turn's unanswered notes wait until the turn is over. */
const NOTES_KEY = Symbol('unansweredNotes');

/** Dependencies of {@link TurnLearning}. */
export interface TurnLearningDeps {
  readonly log: LearningLog;
  /** The knowledge version every record carries. */
  readonly knowledgeVersion: string;
  readonly conversationState: BotState;
  readonly logger: Logger;
}

/** What a feedback click came to: accepted for the log, or why not (for the debug log). */
export type FeedbackOutcome = 'accepted' | 'unknownReply' | 'malformed';

/** Records each turn, its unanswered messages and the feedback on its answers. */
export class TurnLearning implements TurnReport {
  private readonly recent: StatePropertyAccessor<RecentAnswers>;
  private readonly counted: StatePropertyAccessor<boolean>;

  constructor(private readonly deps: TurnLearningDeps) {
    this.recent = deps.conversationState.createProperty<RecentAnswers>('recentAnswers');
    this.counted = deps.conversationState.createProperty<boolean>('counted');
  }

  get keepsQuestions(): boolean {
    return this.deps.log.keepsUnanswered;
  }

  /**
   * Remembers which answer a reply gave, in Teams only: its feedback invoke names the reply alone.
   * Web Chat's buttons carry the answer themselves, so nothing is kept for them.
   */
  async answered(context: TurnContext, replyId: string, answerKey: string): Promise<void> {
    if (replyClient(context.activity.channelId) !== 'teams') return;
    const recent = await this.recent.get(context);
    await this.recent.set(
      context,
      rememberAnswer(recent, replyId, { answerKey, knowledgeVersion: this.deps.knowledgeVersion }),
    );
  }

  unanswered(context: TurnContext, note: UnansweredNote): void {
    const notes = context.turnState.get(NOTES_KEY) as UnansweredNote[] | undefined;
    if (notes === undefined) context.turnState.set(NOTES_KEY, [note]);
    else notes.push(note);
  }

  /** After a student's message is answered: counts it (a new conversation on its first message) and logs what went unanswered. */
  async messageAnswered(context: TurnContext): Promise<void> {
    const notes = (context.turnState.get(NOTES_KEY) as UnansweredNote[] | undefined) ?? [];
    const newConversation = !(await this.counted.get(context, false));
    if (newConversation) await this.counted.set(context, true);
    const { log, knowledgeVersion } = this.deps;
    await log.recordTurn({ newConversation, fallback: notes.some((n) => isFallback(n.reason)) });
    if (!log.keepsUnanswered) return;
    for (const note of notes) await log.recordUnanswered({ ...note, knowledgeVersion });
  }

  /** A Teams feedback invoke: the reaction to the reply it names, if that reply is still remembered. */
  async teamsFeedback(context: TurnContext): Promise<FeedbackOutcome> {
    const parsed = parseTeamsFeedback(context.activity);
    if (!parsed.ok) return this.dropped(context, 'malformed', parsed.problem);
    const { reaction, comment, replyToId } = parsed.feedback;
    const answer = answerForReply(await this.recent.get(context), replyToId);
    if (answer === undefined) return this.dropped(context, 'unknownReply', 'the rated reply is no longer remembered');
    await this.deps.log.recordFeedback({ ...answer, reaction, ...(comment === undefined ? {} : { comment }) });
    return 'accepted';
  }

  /** A Web Chat feedback event: the reaction to the answer its action names. */
  async webChatFeedback(context: TurnContext): Promise<FeedbackOutcome> {
    const parsed = parseWebChatFeedback(context.activity);
    if (!parsed.ok) return this.dropped(context, 'malformed', parsed.problem);
    await this.deps.log.recordFeedback(parsed.feedback);
    return 'accepted';
  }

  private dropped(context: TurnContext, outcome: FeedbackOutcome, problem: string): FeedbackOutcome {
    this.deps.logger.debug({ channel: context.activity.channelId, problem }, 'feedback not recorded');
    return outcome;
  }
}
