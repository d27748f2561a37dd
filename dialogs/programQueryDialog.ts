/**
 * Answers questions over the programs' data ("which are online?", "which of those is cheapest?")
 * by querying the knowledge base, then remembers the list for the next follow-up.
 */
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { sendReply } from '../src/channels/render.js';
import type { TurnUnderstanding } from '../src/conversation/turnUnderstanding.js';
import type { QueryParser } from '../src/query/constraints.js';
import type { QueryEngine } from '../src/query/queryEngine.js';
import { queryAnswer } from '../src/query/queryAnswer.js';
import { flowUnderstanding } from './flowOptions.js';

/** Dialog id of the question-over-the-data flow. */
export const PROGRAM_QUERY_DIALOG = 'programQueryDialog';

/** Dependencies of {@link ProgramQueryDialog}. */
export interface ProgramQueryDeps {
  readonly understanding: TurnUnderstanding;
  readonly parser: QueryParser;
  readonly engine: QueryEngine;
}

/** A one-turn dialog: parse the question, run it, answer, remember the results. */
export class ProgramQueryDialog extends Dialog {
  constructor(private readonly deps: ProgramQueryDeps) {
    super(PROGRAM_QUERY_DIALOG);
  }

  /** Answers the question of the turn that started the dialog. */
  override async beginDialog(dc: DialogContext, options?: unknown): Promise<DialogTurnResult> {
    const u = flowUnderstanding(options) ?? (await this.deps.understanding.of(dc.context));
    const memory = await this.deps.understanding.recall(dc.context);
    const answer = queryAnswer(this.deps.engine.run(this.deps.parser.parse(u, memory)));
    await sendReply(dc.context, answer.reply);
    await this.deps.understanding.commit(dc.context, u, {
      ...(answer.lastResults ? { lastResults: answer.lastResults } : {}),
      ...(answer.focus ? { programs: answer.focus } : {}),
    });
    return dc.endDialog();
  }
}
