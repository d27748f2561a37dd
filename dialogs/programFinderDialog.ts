/**
 * "Help me choose": a guided program finder. Asks about experience, online study, time, budget and
 * state, one missing answer at a time; facts the student already gave are never asked for, answers
 * given out of turn are kept, and no question is asked more than twice. Ends with the profile; the
 * root dialog writes the recommendation.
 * @remarks Cancel, help and side questions are decided by the root dialog's conversation policy
 * before this dialog sees the turn.
 */
import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { FINDER_SLOTS, type FinderProfile, type FinderSlot } from '../src/advice/finder.js';
import type { OpenPrompt } from '../src/acts/policy.js';
import { finderNoted, finderPrompt, finderSkipped } from '../src/replies/prompts.js';
import { hasAnswer, type FinderAnswers } from '../src/understanding/finderAnswers.js';
import type { Understander } from '../src/understanding/understander.js';
import type { Understanding } from '../src/understanding/understand.js';
import type { Flow, FlowResult, RenderReply } from './flow.js';

/** Dialog id of the program finder. */
export const PROGRAM_FINDER_DIALOG = 'programFinderDialog';
const STEPS = 'programFinderSteps';
/** How many times a question may go unanswered before it is left out. */
const MAX_MISSES = 2;

/** The prompt id of each question: the open question is read from which prompt is active. */
const PROMPT_IDS: Record<FinderSlot, string> = {
  audience: 'finderAudience',
  online: 'finderOnline',
  time: 'finderTime',
  budget: 'finderBudget',
  state: 'finderState',
};

/** Where the finder is: the answers so far, the questions left out, and the misses per question. */
export interface FinderState {
  readonly profile: FinderProfile;
  readonly skipped: readonly FinderSlot[];
  readonly misses: Partial<Record<FinderSlot, number>>;
}

/** Dependencies of {@link ProgramFinderDialog}. */
export interface ProgramFinderDeps {
  readonly understander: Understander;
  readonly answers: FinderAnswers;
  readonly render: RenderReply;
}

function slotOfPrompt(id: string | undefined): FinderSlot | undefined {
  return FINDER_SLOTS.find((slot) => PROMPT_IDS[slot] === id);
}

/** The guided program finder. */
export class ProgramFinderDialog extends ComponentDialog implements Flow {
  constructor(private readonly deps: ProgramFinderDeps) {
    super(PROGRAM_FINDER_DIALOG);
    for (const slot of FINDER_SLOTS) this.addDialog(new TextPrompt(PROMPT_IDS[slot]));
    this.addDialog(new WaterfallDialog(STEPS, [this.askStep.bind(this), this.recordStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  /** Starts from what the request already said ("help me choose, I'm in Utah"). */
  override async beginDialog(outer: DialogContext, options?: { profile: FinderProfile }): Promise<DialogTurnResult> {
    const state: FinderState = { profile: options?.profile ?? {}, skipped: [], misses: {} };
    return super.beginDialog(outer, state);
  }

  /**
   * The message answers when it says something new for any question (the open one, or one given out
   * of turn); a fact the finder already has (the state the student gave before) is no answer.
   */
  openPrompt(dc: DialogContext, u: Understanding): OpenPrompt {
    const open = slotOfPrompt(dc.child?.activeDialog?.id);
    if (open === undefined) return { kind: 'form', answers: false };
    const reading = this.deps.answers.read(u, open);
    const known =
      (dc.child?.stack.find((d) => d.id === STEPS)?.state.options as FinderState | undefined)?.profile ?? {};
    const news = Object.entries(reading.values).some(([k, v]) => known[k as keyof FinderProfile] !== v);
    const answersOpen = reading.skip || reading.finish || hasAnswer(reading.values, open);
    return { kind: 'form', answers: reading.skip || reading.finish || reading.noBudget || news, answersOpen };
  }

  /** Asks the first question still without an answer, or ends with the profile. */
  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = step.options as FinderState;
    const next = FINDER_SLOTS.find((slot) => !hasAnswer(state.profile, slot) && !state.skipped.includes(slot));
    if (next === undefined) {
      const result: FlowResult = { kind: 'profile', profile: state.profile };
      return step.endDialog(result);
    }
    const words = finderPrompt(next);
    const retry = (state.misses[next] ?? 0) > 0;
    (step.values as { asked?: FinderSlot }).asked = next;
    return step.prompt(PROMPT_IDS[next], {
      prompt: this.deps.render(retry ? words.retry : words.prompt, step.context),
    });
  }

  /** Records every answer the message gives; a question missed twice is left out. Then asks the next. */
  private async recordStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = step.options as FinderState;
    const asked = (step.values as { asked?: FinderSlot }).asked ?? 'audience';
    const u = this.deps.understander.understand(String(step.result ?? ''));
    const reading = this.deps.answers.read(u, asked);
    const profile = { ...state.profile, ...reading.values };
    // "So which ones would you suggest?", "which one is cheapest?": the results now, from what the student has said so far.
    if (reading.finish) {
      const result: FlowResult = { kind: 'profile', profile, pending: u };
      return step.endDialog(result);
    }
    let { skipped, misses } = state;
    // "About 18 months and no real budget limit": the budget question is passed too.
    if (reading.noBudget && asked !== 'budget' && !skipped.includes('budget')) skipped = [...skipped, 'budget'];
    if (reading.skip) {
      skipped = [...skipped, asked];
    } else if (!hasAnswer(profile, asked)) {
      // "Utah" to "how much time?": an answer to another question, taken and said to be, before the open one again.
      if (Object.keys(reading.values).length > 0)
        await step.context.sendActivity(this.deps.render(finderNoted(), step.context));
      const missed = (misses[asked] ?? 0) + 1;
      misses = { ...misses, [asked]: missed };
      if (missed >= MAX_MISSES) {
        skipped = [...skipped, asked];
        await step.context.sendActivity(this.deps.render(finderSkipped(), step.context));
      }
    }
    const next: FinderState = { profile, skipped, misses };
    return step.replaceDialog(STEPS, next);
  }
}
