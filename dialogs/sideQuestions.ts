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

/** A side question must be recognized at least this surely to interrupt a prompt. */
const CONFIDENT = 0.6;
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

  /** The answer to the turn's message if it is a clear question of its own, else undefined. */
  async replyTo(context: TurnContext, u: Understanding): Promise<Reply | undefined> {
    const action = this.deps.advisor.intent(u.intent)?.action;
    if (action === undefined || !SIDE_KINDS.has(action.kind) || u.ambiguous || u.score < CONFIDENT) return undefined;
    if (action.kind === 'query') return queryAnswer(this.deps.engine.run(this.deps.parser.parse(u, await this.deps.understanding.recall(context)))).reply;
    if (action.kind === 'compare') {
      const programs = this.deps.advisor.kb.programs.filter((p) => u.programs.includes(p.id));
      return programs.length >= 2 ? comparisonAnswer(this.deps.advisor.kb, programs) : undefined;
    }
    if (action.kind === 'programOverview' && u.programs.length === 0) return undefined;
    return this.deps.advisor.answer(u);
  }

  /** Sends the answer to a side question and remembers the turn; true when there was one. */
  async answer(context: TurnContext): Promise<boolean> {
    if (context.activity.type !== 'message') return false;
    const u = await this.deps.understanding.of(context);
    const reply = await this.replyTo(context, u);
    if (reply === undefined) return false;
    await sendReply(context, reply);
    await this.deps.understanding.commit(context, u);
    return true;
  }
}
