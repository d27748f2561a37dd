/**
 * Answers a clear question asked in the middle of a flow ("how much is Weber?" while the finder
 * waits for a budget), so the flow can ask its own question again or step aside.
 */
import type { TurnContext } from 'botbuilder';
import type { Advisor } from '../src/answers/advisor.js';
import type { Reply } from '../src/answers/reply.js';
import { sendReply } from '../src/channels/render.js';
import type { TurnUnderstanding } from '../src/conversation/turnUnderstanding.js';
import type { Understanding } from '../src/conversation/understand.js';
import { comparisonAnswer } from '../src/query/comparison.js';
import type { QueryParser } from '../src/query/constraints.js';
import type { QueryEngine } from '../src/query/queryEngine.js';
import { queryAnswer } from '../src/query/queryAnswer.js';

/** A side question must be recognized at least this surely to interrupt a prompt it might answer. */
export const CONFIDENT = 0.6;
/** Words a question starts with ("how do I apply…", "is there…"). */
const QUESTION_WORDS = new Set(['what', 'how', 'which', 'who', 'where', 'when', 'why', 'is', 'are', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'r']);

/** True when the message is worded as a question: a question mark, or a question word first. */
export function isQuestion(u: Understanding): boolean {
  return u.recognition.text.trim().endsWith('?') || QUESTION_WORDS.has(u.recognition.tokens[0] ?? '');
}
/** Intent kinds that can be answered on the side in one reply. */
const SIDE_KINDS = new Set(['topic', 'programAttribute', 'programOverview', 'programList', 'accreditors', 'source', 'query', 'compare']);

/** Dependencies of {@link SideQuestions}. */
export interface SideQuestionsDeps {
  readonly advisor: Advisor;
  readonly understanding: TurnUnderstanding;
  readonly parser: QueryParser;
  readonly engine: QueryEngine;
}

/** Recognizes and answers side questions. */
export class SideQuestions {
  constructor(private readonly deps: SideQuestionsDeps) {}

  /**
   * The answer to the turn's message if it is a clear question of its own, else undefined.
   * `minScore`: how sure the recognizer must be; lower when the message cannot be an answer to the open prompt.
   */
  async replyTo(context: TurnContext, u: Understanding, minScore = CONFIDENT): Promise<Reply | undefined> {
    const action = this.deps.advisor.intent(u.intent)?.action;
    if (action === undefined || !SIDE_KINDS.has(action.kind) || u.ambiguous || u.score < minScore) return undefined;
    if (action.kind === 'query') return queryAnswer(this.deps.engine.run(this.deps.parser.parse(u, await this.deps.understanding.recall(context)))).reply;
    if (action.kind === 'compare') {
      const programs = this.deps.advisor.kb.programs.filter((p) => u.programs.includes(p.id));
      return programs.length >= 2 ? comparisonAnswer(this.deps.advisor.kb, programs) : undefined;
    }
    if (action.kind === 'programOverview' && u.programs.length === 0) return undefined;
    return this.deps.advisor.answer(u);
  }

  /** Sends the answer to a side question and remembers the turn; true when there was one. */
  async answer(context: TurnContext, minScore = CONFIDENT): Promise<boolean> {
    if (context.activity.type !== 'message') return false;
    const u = await this.deps.understanding.of(context);
    const reply = await this.replyTo(context, u, minScore);
    if (reply === undefined) return false;
    await sendReply(context, reply);
    await this.deps.understanding.commit(context, u);
    return true;
  }
}
