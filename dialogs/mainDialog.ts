/**
 * The root dialog: understands each message and routes it to an answer or a child dialog.
 * @remarks Cancel and help are handled here, once, before any child dialog sees the turn.
 */
import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogTurnStatus,
  WaterfallDialog,
  type Dialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Advisor } from '../src/answers/advisor.js';
import type { KnowledgeBase } from '../src/knowledge/types.js';
import { outOfScopeAnswer, smalltalkAnswer } from '../src/answers/generalAnswers.js';
import { sendReply } from '../src/channels/render.js';
import type { TurnUnderstanding } from '../src/conversation/turnUnderstanding.js';
import { forStorage } from '../src/conversation/storedUnderstanding.js';
import type { Understanding } from '../src/conversation/understand.js';
import { CHOOSE_PROGRAM_DIALOG, ChooseProgramDialog, type ChooseProgramOptions } from './chooseProgramDialog.js';
import { DID_YOU_MEAN_DIALOG, DidYouMeanDialog, NEW_QUESTION, type Candidate, type DidYouMeanOptions } from './didYouMeanDialog.js';

export const MAIN_DIALOG = 'mainDialog';
const ROUTE = 'route';
/** A recognition at least this sure counts as a new question while a clarification prompt waits. */
const CONFIDENT = 0.6;
/** A best guess at least this sure, on a message that names a program, is offered rather than refused. */
const NEAR_MISS = 0.2;

/** Child dialogs that own a whole flow, keyed by the intent action kind that starts them. */
export type FlowDialogs = Partial<Record<'compare' | 'query' | 'finder', Dialog>>;

/** What the route waterfall keeps while a clarification prompt is open. */
interface PendingValues {
  pending?: Understanding;
}

/** Dependencies of the main dialog. */
export interface MainDialogDeps {
  readonly advisor: Advisor;
  readonly understanding: TurnUnderstanding;
  readonly flows?: FlowDialogs;
}

/** Routes every message to the right answer. */
export class MainDialog extends ComponentDialog {
  private readonly flows: FlowDialogs;
  /** The question shown for each intent in "Did you mean…?", chosen once from the intent's examples. */
  private readonly labels: ReadonlyMap<string, string>;

  constructor(private readonly deps: MainDialogDeps) {
    super(MAIN_DIALOG);
    this.flows = deps.flows ?? {};
    this.labels = optionLabels(deps.advisor.kb);
    this.addDialog(new DidYouMeanDialog());
    this.addDialog(new ChooseProgramDialog(deps.advisor.kb));
    for (const flow of Object.values(this.flows)) if (flow) this.addDialog(flow);
    this.addDialog(new WaterfallDialog(ROUTE, [this.routeStep.bind(this), this.afterChildStep.bind(this)]));
    this.initialDialogId = ROUTE;
  }

  /** Cancel and help interrupt whatever child dialog is running. */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(inner);
    return interrupted ?? super.onContinueDialog(inner);
  }

  private async interrupt(inner: DialogContext): Promise<DialogTurnResult | undefined> {
    const context = inner.context;
    if (context.activity.type !== 'message') return undefined;
    const u = await this.deps.understanding.of(context);
    const action = this.deps.advisor.intent(u.intent)?.action;
    if (this.isNewQuestion(inner, u)) {
      // The user ignored the "which one?" buttons and asked something else: answer that instead.
      await inner.cancelAllDialogs();
      return inner.beginDialog(ROUTE);
    }
    if (action?.kind !== 'smalltalk' || u.ambiguous) return undefined;
    if (action.reply === 'cancel') {
      await this.deps.understanding.forget(context);
      await sendReply(context, smalltalkAnswer('cancel'));
      return inner.cancelAllDialogs();
    }
    if (action.reply === 'help') {
      await sendReply(context, smalltalkAnswer('help'));
      await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    return undefined;
  }

  /** True when a clarification prompt is open and the message is a clear, different question. */
  private isNewQuestion(inner: DialogContext, u: Understanding): boolean {
    const active = inner.activeDialog?.id;
    // "Did you mean…?" tells picks from new questions itself (see DidYouMeanDialog.continueDialog).
    if (active !== CHOOSE_PROGRAM_DIALOG) return false;
    const action = this.deps.advisor.intent(u.intent)?.action;
    if (action === undefined || action.kind === 'smalltalk' || u.ambiguous || u.score < CONFIDENT) return false;
    const justAProgramName = action.kind === 'programOverview' && u.programs.length > 0;
    return !justAProgramName;
  }

  /**
   * Answers the message if it is a one-shot question (no "Did you mean…?", no child dialog) and
   * returns true; false when the route waterfall must handle it. For a turn where no dialog is
   * active: the bot calls it before building a dialog context at all. Most turns are such one-shot
   * questions, and the route waterfall's dialog contexts were the largest source of garbage per turn
   * (`npm run loadtest`).
   */
  async answerOneShot(context: TurnContext): Promise<boolean> {
    if (context.activity.type !== 'message') return false;
    const u = await this.deps.understanding.of(context);
    return this.clarifications(u).length !== 2 && this.answerAtOnce(context, u);
  }

  /** Understands the message and answers it, or starts the child dialog that will. */
  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const u = await this.deps.understanding.of(step.context);
    const candidates = this.clarifications(u);
    if (candidates.length === 2) {
      (step.values as PendingValues).pending = forStorage(u);
      return step.beginDialog(DID_YOU_MEAN_DIALOG, { candidates } satisfies DidYouMeanOptions);
    }
    return this.dispatch(step, u);
  }

  /** The two options of "Did you mean…?" when the message is unsure between them (else fewer). */
  private clarifications(u: Understanding): Candidate[] {
    const unsure = u.ambiguous && u.runnerUp !== undefined && u.intent !== undefined ? [u.intent, u.runnerUp.intent] : this.nearMisses(u);
    return unsure.map((intent) => this.candidate(intent)).filter((c): c is Candidate => c !== undefined);
  }

  /**
   * For a message just below the confidence threshold that names a program or an accreditor, the two
   * best in-scope intents: it is about the programs, so asking beats refusing.
   */
  private nearMisses(u: Understanding): string[] {
    if (u.intent !== undefined || (u.programs.length === 0 && u.accreditors.length === 0)) return [];
    const ranking = u.recognition.ranking;
    if (ranking[0] === undefined || ranking[0].score < NEAR_MISS || this.deps.advisor.intent(ranking[0].intent)?.action.kind === 'outOfScope') return [];
    return ranking.filter((r) => this.deps.advisor.intent(r.intent)?.action.kind !== 'outOfScope').slice(0, 2).map((r) => r.intent);
  }

  /** Continues after "Did you mean…?" or "Which program?" with the user's pick. */
  private async afterChildStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const picked = step.result as string | undefined;
    // The question that needed clarifying, not the click or name that answered it.
    const u = (step.values as PendingValues).pending ?? (await this.deps.understanding.of(step.context));
    if (picked === NEW_QUESTION) return step.replaceDialog(ROUTE);
    if (picked === undefined) {
      await sendReply(step.context, smalltalkAnswer('help'));
      return step.endDialog();
    }
    if (this.deps.advisor.intent(picked) !== undefined) return this.dispatch(step, { ...u, intent: picked, ambiguous: false });
    if (this.deps.advisor.kb.programs.some((p) => p.id === picked)) return this.dispatch(step, { ...u, programs: [picked], programsFromContext: false });
    return step.endDialog();
  }

  /** Sends the answer for an understood turn, or begins the dialog that owns the flow. */
  private async dispatch(step: WaterfallStepContext, u: Understanding): Promise<DialogTurnResult> {
    if (await this.answerAtOnce(step.context, u)) return step.endDialog();
    const flow = this.flowFor(u);
    if (flow !== undefined) {
      await this.deps.understanding.commit(step.context, u);
      return step.replaceDialog(flow.id, { understanding: forStorage(u) });
    }
    (step.values as PendingValues).pending = forStorage(u);
    return step.beginDialog(CHOOSE_PROGRAM_DIALOG, { question: 'Which program would you like to hear about?' } satisfies ChooseProgramOptions);
  }

  /**
   * Answers a turn that needs nothing more from the user (a refusal, "cancel", or an answer from the
   * knowledge base); false when it needs a child dialog: a flow, or "which program?".
   */
  private async answerAtOnce(context: TurnContext, u: Understanding): Promise<boolean> {
    this.deps.understanding.override(context, u);
    const action = this.deps.advisor.intent(u.intent)?.action;
    if (action === undefined) {
      await sendReply(context, outOfScopeAnswer(this.deps.advisor.kb, u.recognition.tokens));
      return true;
    }
    if (action.kind === 'smalltalk' && action.reply === 'cancel') {
      await this.deps.understanding.forget(context);
      await sendReply(context, smalltalkAnswer('cancel'));
      return true;
    }
    if (action.kind === 'programOverview' && u.programs.length === 0) return false;
    if (this.flowFor(u) !== undefined) return false;
    const answer = this.deps.advisor.answer(u);
    await this.deps.understanding.commit(context, u, answer.listed ? { lastResults: answer.listed } : {});
    await sendReply(context, answer);
    return true;
  }

  /** The child dialog that owns the turn's flow (comparison, data query, finder), if any. */
  private flowFor(u: Understanding): Dialog | undefined {
    const kind = this.deps.advisor.intent(u.intent)?.action.kind;
    return kind === 'compare' || kind === 'query' || kind === 'finder' ? this.flows[kind] : undefined;
  }

  /** The "Did you mean" option for an intent: one of its own example questions. */
  private candidate(intent: string): Candidate | undefined {
    const label = this.labels.get(intent);
    return label === undefined ? undefined : { intent, label };
  }
}

/**
 * For each intent, its first example that names no program (a label naming one school would point
 * the user at the wrong one; the pick keeps the programs they named), capitalized.
 */
function optionLabels(kb: KnowledgeBase): Map<string, string> {
  const names = kb.programs.flatMap((p) => [p.name, p.shortName, ...p.aliases].map((n) => ` ${n.toLowerCase()} `));
  const namesProgram = (text: string): boolean => {
    const words = ` ${text.toLowerCase().replace(/[^a-z0-9 ]/g, ' ')} `;
    return names.some((n) => words.includes(n));
  };
  const labels = new Map<string, string>();
  for (const intent of kb.intents) {
    const label = intent.examples.find((e) => !namesProgram(e)) ?? intent.examples[0];
    if (label !== undefined) labels.set(intent.id, label.charAt(0).toUpperCase() + label.slice(1));
  }
  return labels;
}
