/**
 * The root dialog: understands each message once, applies the one conversation policy while a
 * flow waits for an answer, and answers every user act through the advisor. It alone sends
 * answers and commits the conversation's memory, once, after sending; and it tells the bot edge
 * which answers went out and which messages went unanswered, for the learning log.
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { ComponentDialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Advisor, Outcome } from '../src/acts/advisor.js';
import { interruption } from '../src/acts/policy.js';
import { unansweredNote, withAnswerKey, type AnswerSubject, type UnansweredNote } from '../src/learning/turnAnswers.js';
import { backToFlow } from '../src/replies/prompts.js';
import type { Reply } from '../src/replies/reply.js';
import { applyUpdate, NO_MEMORY, type TurnMemory } from '../src/understanding/memory.js';
import { asksApart, type Understander } from '../src/understanding/understander.js';
import { withoutText, type Understanding } from '../src/understanding/understand.js';
import { CHOOSE_PROGRAM_DIALOG, type ChooseProgramOptions } from './chooseProgramDialog.js';
import { COMPARE_PROGRAMS_DIALOG, type CompareOptions } from './compareProgramsDialog.js';
import { DID_YOU_MEAN_DIALOG, type DidYouMeanOptions } from './didYouMeanDialog.js';
import { messageText, type Flow, type FlowResult, type RefusedOffer, type RenderReply } from './flow.js';
import { PROGRAM_FINDER_DIALOG } from './programFinderDialog.js';

/** The most questions one message gets answers to, one after another ("1) … 2) … 3) …"). */
const MAX_QUESTIONS_IN_ONE = 5;

/** At most this many words, not understood after an answer, are taken as part of the question answered. */
const SHORT_FOLLOW_ON = 3;

/** Dialog id of the root dialog. */
export const ROOT_DIALOG = 'rootDialog';

/** What the root dialog tells the bot edge about a turn, for the learning log; the edge decides what is kept. */
export interface TurnReport {
  /** Whether unanswered questions are kept: only then does "Did you mean…?" carry its question's text. */
  readonly keepsQuestions: boolean;
  /** An answer from the article went out as the activity `replyId`. */
  answered(context: TurnContext, replyId: string, answerKey: string): Promise<void>;
  /** The turn left a message unanswered (or the student turned "Did you mean…?" down). */
  unanswered(context: TurnContext, note: UnansweredNote): void;
}

/** Dependencies of {@link RootDialog}. */
export interface RootDialogDeps {
  readonly advisor: Advisor;
  readonly understander: Understander;
  /** The conversation's memory; written only here. */
  readonly memory: StatePropertyAccessor<TurnMemory>;
  readonly render: RenderReply;
  /** The flows, each under its dialog id. */
  readonly flows: readonly Flow[];
  readonly report: TurnReport;
}

/** Routes every message to an answer or a flow. */
export class RootDialog extends ComponentDialog {
  private readonly flows: ReadonlyMap<string, Flow>;
  /** What a finished program finder answers: the finder's own intent. */
  private readonly finderSubject: AnswerSubject;

  constructor(private readonly deps: RootDialogDeps) {
    super(ROOT_DIALOG);
    this.flows = new Map(deps.flows.map((f) => [f.id, f]));
    this.finderSubject = { intent: deps.advisor.kb.intents.find((i) => i.action.kind === 'finder')?.id, programs: [] };
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
    switch (
      interruption(u, advisor.intent(u)?.action, flow.openPrompt(inner, u), advisor.kb.query, advisor.cancelOpeners)
    ) {
      case 'cancel':
        this.noteRefused(inner.context, flow.refusedOffer?.(inner));
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
        await this.commit(inner.context, step.outcome, memory, u);
        await this.send(inner.context, backToFlow());
        return this.reprompt(inner);
      }
      case 'newQuestion':
        this.noteRefused(inner.context, flow.refusedOffer?.(inner));
        await inner.cancelAllDialogs();
        return this.route(inner, u, memory);
      case 'answer': {
        const offer = flow.refusedOffer?.(inner);
        const result = await inner.continueDialog();
        if (result.status !== DialogTurnStatus.complete) return result;
        const ended = result.result as FlowResult;
        if (ended.kind === 'none') this.noteRefused(inner.context, offer);
        return this.afterFlow(inner, ended, memory);
      }
    }
  }

  /** Answers an understood message, or begins the flow it needs. */
  private async route(inner: DialogContext, u: Understanding, memory: TurnMemory): Promise<DialogTurnResult> {
    const step = this.deps.advisor.respond(u, memory);
    switch (step.kind) {
      case 'answer':
        if (u.then !== undefined) return this.answerBoth(inner, step.outcome, u, u.then, memory);
        return this.finish(inner, step.outcome, memory, u);
      case 'clarify': {
        const text = ownText(inner.context, u);
        const question = this.deps.report.keepsQuestions && text !== '' ? { question: text } : {};
        return inner.beginDialog(DID_YOU_MEAN_DIALOG, {
          candidates: step.candidates,
          pending: withoutText(u),
          ...question,
        } satisfies DidYouMeanOptions);
      }
      case 'chooseProgram':
        return inner.beginDialog(CHOOSE_PROGRAM_DIALOG, { pending: withoutText(u) } satisfies ChooseProgramOptions);
      case 'compare':
        return inner.beginDialog(COMPARE_PROGRAMS_DIALOG, {
          chosen: step.chosen,
          pending: withoutText(u),
        } satisfies CompareOptions);
      case 'finder': {
        // What the student said about themselves outlives the finder ("could I get into EFSC then?").
        const known = Object.keys(u.student).length > 0 ? applyUpdate(memory, { student: u.student }) : memory;
        if (known !== memory) await this.deps.memory.set(inner.context, known);
        // A story that already told most of it: the recommendation now, then the questions that narrow it.
        if (step.preview !== undefined) await this.commit(inner.context, step.preview, known, u, this.finderSubject);
        return inner.beginDialog(PROGRAM_FINDER_DIALOG, { profile: step.profile });
      }
    }
  }

  /** "…, and how long does it take?": the first answer, then the second question's, if it is a one-turn answer. */
  private async answerBoth(
    inner: DialogContext,
    first: Outcome,
    u: Understanding,
    then: string,
    memory: TurnMemory,
    depth = 2,
  ): Promise<DialogTurnResult> {
    await this.commit(inner.context, first, memory, u);
    const after = applyUpdate(memory, first.remember);
    const heard = this.deps.understander.understand(then, after);
    // "Who runs PACS certification? Is there one board?": two questions with one answer get it once.
    // "…runs PACS certification? Who is it?": a few words the bot can't place, after an answer, add no refusal to it.
    const addsNothing = (o: Outcome): boolean =>
      o.reply.text === first.reply.text ||
      (o.reply.unanswered === 'out_of_scope' &&
        first.reply.unanswered !== 'out_of_scope' &&
        heard.recognition.tokens.length <= SHORT_FOLLOW_ON);
    // "Which are shortest, and which are online?": the second asks over all the programs again, not the first's.
    const apart = asksApart(u.recognition.tokens, heard.recognition.tokens);
    const context = apart ? { ...after, programs: [], lastResults: [] } : after;
    const second = apart ? this.deps.understander.understand(then, context) : heard;
    // "Could I enroll at EFSC, and what would I pay?": the second question is about the first one's programs. ("Which
    // could I do right now, and what's cheapest?" names none: the second asks over all again.)
    const about =
      !apart && second.programs.length === 0 && u.programs.length > 0 && after.programs.length > 0
        ? { ...second, programs: after.programs, programsFromContext: false }
        : second;
    const step = this.deps.advisor.respond(about, context);
    if (step.kind !== 'answer') return { status: DialogTurnStatus.complete };
    // "1) … 2) … 3) …": a third question, and so on, each after the one before.
    if (about.then !== undefined && depth < MAX_QUESTIONS_IN_ONE && !addsNothing(step.outcome))
      return this.answerBoth(inner, step.outcome, about, about.then, context, depth + 1);
    if (!addsNothing(step.outcome)) await this.commit(inner.context, step.outcome, after, about);
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
        return this.finish(inner, advisor.compare(result.pending, memory, result.ids), memory, result.pending, {
          intent: result.pending.intent,
          programs: result.ids,
        });
      case 'profile':
        return this.finish(
          inner,
          advisor.recommend(result.profile, memory.student, result.pending),
          memory,
          undefined,
          this.finderSubject,
        );
      case 'none':
        return this.finish(inner, advisor.help(), memory);
    }
  }

  /**
   * Sends an outcome, commits its memory, and ends the turn's dialog.
   * @param u what the answer answers, when it answers a message (its intent and programs key the answer unless `subject` says otherwise).
   */
  private async finish(
    inner: DialogContext,
    outcome: Outcome,
    memory: TurnMemory,
    u?: Understanding,
    subject?: AnswerSubject,
  ): Promise<DialogTurnResult> {
    await this.commit(inner.context, outcome, memory, u, subject);
    return { status: DialogTurnStatus.complete };
  }

  /** Sends the reply (keyed as an answer, reported if unanswered), then applies the memory update: the only place memory is written. */
  private async commit(
    context: TurnContext,
    outcome: Outcome,
    memory: TurnMemory,
    u?: Understanding,
    subject?: AnswerSubject,
  ): Promise<void> {
    const note =
      u === undefined ? undefined : unansweredNote(outcome.reply, u, this.deps.advisor.kb, ownText(context, u));
    if (note !== undefined) this.deps.report.unanswered(context, note);
    await this.send(
      context,
      withAnswerKey(outcome.reply, subject ?? { intent: u?.intent, programs: u?.programs ?? [] }),
    );
    await this.deps.memory.set(context, applyUpdate(memory, outcome.remember));
  }

  /** Sends a reply; an answer's activity id is reported, so feedback on it can be traced back to the answer. */
  private async send(context: TurnContext, reply: Reply): Promise<void> {
    const sent = await context.sendActivity(this.deps.render(reply, context));
    if (reply.answerKey !== undefined && sent?.id !== undefined && sent.id !== '')
      await this.deps.report.answered(context, sent.id, reply.answerKey);
  }

  /** Reports a "Did you mean…?" the student turned down, with its question when that was kept. */
  private noteRefused(context: TurnContext, offer: RefusedOffer | undefined): void {
    if (offer === undefined) return;
    this.deps.report.unanswered(context, {
      text: offer.question ?? '',
      reason: 'did_you_mean_refused',
      leaningIntent: offer.leaningIntent,
    });
  }

  private async reprompt(inner: DialogContext): Promise<DialogTurnResult> {
    await inner.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }

  private async recall(context: TurnContext): Promise<TurnMemory> {
    return (await this.deps.memory.get(context, NO_MEMORY)) ?? NO_MEMORY;
  }
}

/** The text of the message `u` understands: the turn's message, or none for a question kept across turns without its text (withoutText). */
function ownText(context: TurnContext, u: Understanding): string {
  return u.recognition.text === '' ? '' : messageText(context);
}
