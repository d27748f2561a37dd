/**
 * The root dialog: understands each message once, applies the one conversation policy while a
 * flow waits for an answer, and answers every user act through the advisor. It alone sends
 * answers and commits the conversation's memory, once, after sending.
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { ComponentDialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Advisor, Outcome } from '../src/acts/advisor.js';
import { interruption } from '../src/acts/policy.js';
import { backToFlow } from '../src/replies/prompts.js';
import type { Reply } from '../src/replies/reply.js';
import { applyUpdate, NO_MEMORY, type TurnMemory } from '../src/understanding/memory.js';
import type { Understander } from '../src/understanding/understander.js';
import { withoutText, type Understanding } from '../src/understanding/understand.js';
import { CHOOSE_PROGRAM_DIALOG, type ChooseProgramOptions } from './chooseProgramDialog.js';
import { COMPARE_PROGRAMS_DIALOG, type CompareOptions } from './compareProgramsDialog.js';
import { DID_YOU_MEAN_DIALOG, type DidYouMeanOptions } from './didYouMeanDialog.js';
import { messageText, type Flow, type FlowResult, type RenderReply } from './flow.js';
import { PROGRAM_FINDER_DIALOG } from './programFinderDialog.js';

/** Dialog id of the root dialog. */
export const ROOT_DIALOG = 'rootDialog';

/** Dependencies of {@link RootDialog}. */
export interface RootDialogDeps {
  readonly advisor: Advisor;
  readonly understander: Understander;
  /** The conversation's memory; written only here. */
  readonly memory: StatePropertyAccessor<TurnMemory>;
  readonly render: RenderReply;
  /** The flows, each under its dialog id. */
  readonly flows: readonly Flow[];
}

/** Routes every message to an answer or a flow. */
export class RootDialog extends ComponentDialog {
  private readonly flows: ReadonlyMap<string, Flow>;

  constructor(private readonly deps: RootDialogDeps) {
    super(ROOT_DIALOG);
    this.flows = new Map(deps.flows.map((f) => [f.id, f]));
    for (const flow of deps.flows) this.addDialog(flow);
  }

  /** A message with no flow waiting: understand it and answer it, or start the flow that will. */
  protected override async onBeginDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const memory = await this.recall(inner.context);
    const u = this.deps.understander.understand(messageText(inner.context), memory);
    return this.noticeCut(inner.context, u, await this.route(inner, u, memory));
  }

  /** A message while a flow waits: the conversation policy decides what it is. */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const memory = await this.recall(inner.context);
    const u = this.deps.understander.understand(messageText(inner.context), memory);
    return this.noticeCut(inner.context, u, await this.handle(inner, u, memory));
  }

  /** After the turn's answer: tells the student when their message was cut. */
  private async noticeCut(context: TurnContext, u: Understanding, result: DialogTurnResult): Promise<DialogTurnResult> {
    if (u.cut) await this.send(context, this.deps.advisor.cutNotice());
    return result;
  }

  private async handle(inner: DialogContext, u: Understanding, memory: TurnMemory): Promise<DialogTurnResult> {
    const flow = this.flows.get(inner.activeDialog?.id ?? '');
    if (flow === undefined) return this.route(inner, u, memory);
    const { advisor } = this.deps;
    switch (interruption(u, advisor.intent(u)?.action, flow.openPrompt(inner, u), advisor.kb.query)) {
      case 'cancel':
        await inner.cancelAllDialogs();
        return this.finish(inner, advisor.cancel(), memory);
      case 'help':
        await this.send(inner.context, advisor.help().reply);
        return this.reprompt(inner);
      case 'sideQuestion': {
        const step = advisor.respond(u, memory);
        // Only a one-turn answer fits on the side; anything that needs a flow of its own replaces this one.
        if (step.kind !== 'answer') {
          await inner.cancelAllDialogs();
          return this.route(inner, u, memory);
        }
        await this.commit(inner.context, step.outcome, memory);
        await this.send(inner.context, backToFlow());
        return this.reprompt(inner);
      }
      case 'newQuestion':
        await inner.cancelAllDialogs();
        return this.route(inner, u, memory);
      case 'answer': {
        const result = await inner.continueDialog();
        return result.status === DialogTurnStatus.complete ? this.afterFlow(inner, result.result as FlowResult, memory) : result;
      }
    }
  }

  /** Answers an understood message, or begins the flow it needs. */
  private async route(inner: DialogContext, u: Understanding, memory: TurnMemory): Promise<DialogTurnResult> {
    const step = this.deps.advisor.respond(u, memory);
    switch (step.kind) {
      case 'answer':
        if (u.then !== undefined) return this.answerBoth(inner, step.outcome, u.then, memory);
        return this.finish(inner, step.outcome, memory);
      case 'clarify':
        return inner.beginDialog(DID_YOU_MEAN_DIALOG, { candidates: step.candidates, pending: withoutText(u) } satisfies DidYouMeanOptions);
      case 'chooseProgram':
        return inner.beginDialog(CHOOSE_PROGRAM_DIALOG, { pending: withoutText(u) } satisfies ChooseProgramOptions);
      case 'compare':
        return inner.beginDialog(COMPARE_PROGRAMS_DIALOG, { chosen: step.chosen, pending: withoutText(u) } satisfies CompareOptions);
      case 'finder':
        return inner.beginDialog(PROGRAM_FINDER_DIALOG, { profile: step.profile });
    }
  }

  /** "…, and how long does it take?": the first answer, then the second question's, if it is a one-turn answer. */
  private async answerBoth(inner: DialogContext, first: Outcome, then: string, memory: TurnMemory): Promise<DialogTurnResult> {
    await this.commit(inner.context, first, memory);
    const after = applyUpdate(memory, first.remember);
    const second = this.deps.understander.understand(then, after);
    // "Could I enroll at EFSC, and what would I pay?": the second question is about the first one's programs.
    const about = second.programs.length === 0 && after.programs.length > 0 ? { ...second, programs: after.programs, programsFromContext: false } : second;
    const step = this.deps.advisor.respond(about, after);
    if (step.kind === 'answer') await this.commit(inner.context, step.outcome, after);
    return { status: DialogTurnStatus.complete };
  }

  /** Answers with what a finished flow gathered. */
  private async afterFlow(inner: DialogContext, result: FlowResult, memory: TurnMemory): Promise<DialogTurnResult> {
    const { advisor } = this.deps;
    switch (result.kind) {
      case 'intent':
        return this.route(inner, { ...result.pending, intent: result.intent, ambiguous: false }, memory);
      case 'program':
        return this.route(inner, { ...result.pending, programs: [result.program], programsFromContext: false }, memory);
      case 'programs':
        return this.finish(inner, advisor.compare(result.pending, memory, result.ids), memory);
      case 'profile':
        return this.finish(inner, advisor.recommend(result.profile), memory);
      case 'none':
        return this.finish(inner, advisor.help(), memory);
    }
  }

  /** Sends an outcome, commits its memory, and ends the turn's dialog. */
  private async finish(inner: DialogContext, outcome: Outcome, memory: TurnMemory): Promise<DialogTurnResult> {
    await this.commit(inner.context, outcome, memory);
    return { status: DialogTurnStatus.complete };
  }

  /** Sends the reply, then applies the memory update: the only place memory is written. */
  private async commit(context: TurnContext, outcome: Outcome, memory: TurnMemory): Promise<void> {
    await this.send(context, outcome.reply);
    await this.deps.memory.set(context, applyUpdate(memory, outcome.remember));
  }

  private async send(context: TurnContext, reply: Reply): Promise<void> {
    await context.sendActivity(this.deps.render(reply, context));
  }

  private async reprompt(inner: DialogContext): Promise<DialogTurnResult> {
    await inner.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }

  private async recall(context: TurnContext): Promise<TurnMemory> {
    return (await this.deps.memory.get(context, NO_MEMORY)) ?? NO_MEMORY;
  }
}
