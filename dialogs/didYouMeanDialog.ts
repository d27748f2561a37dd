/**
 * "Did you mean…?": offers the two closest intents and a way out when the recognizer can't decide.
 * Ends with the chosen intent and the question that needed it, or "none".
 */
import {
  ChoicePrompt,
  ComponentDialog,
  ListStyle,
  WaterfallDialog,
  recognizeChoices,
  type DialogContext,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Candidate } from '../src/acts/advisor.js';
import type { OpenPrompt } from '../src/acts/policy.js';
import { didYouMeanPrompt, NONE_OF_THESE } from '../src/replies/prompts.js';
import type { Understanding } from '../src/understanding/understand.js';
import { messageText, type Flow, type FlowResult, type RefusedOffer, type RenderReply } from './flow.js';

/** Dialog id of "Did you mean…?". */
export const DID_YOU_MEAN_DIALOG = 'didYouMeanDialog';
const STEPS = 'didYouMeanSteps';
const CHOICE_PROMPT = 'didYouMeanChoice';
/** Where the offered labels are kept in this dialog's own state, for {@link DidYouMeanDialog.openPrompt}. */
const LABELS = 'labels';
/** Where the offer is kept in this dialog's own state, for {@link DidYouMeanDialog.refusedOffer}. */
const OFFER = 'offer';

/** Options of "Did you mean…?". */
export interface DidYouMeanOptions {
  readonly candidates: readonly Candidate[];
  /** The question that needed clarifying, without its raw text. */
  readonly pending: Understanding;
  /**
   * The question's text, only when the learning log keeps unanswered questions: if the student
   * turns the offer down, the question is logged as one the bot could not answer. Kept in this
   * dialog's state (once) until the offer is answered.
   */
  readonly question?: string;
}

/** Asks which of two close intents the user meant. */
export class DidYouMeanDialog extends ComponentDialog implements Flow {
  constructor(private readonly render: RenderReply) {
    super(DID_YOU_MEAN_DIALOG);
    this.addDialog(new ChoicePrompt(CHOICE_PROMPT).configure({ style: ListStyle.none }));
    this.addDialog(new WaterfallDialog(STEPS, [this.askStep.bind(this), this.resolveStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  /** Keeps the labels and the offer in this dialog's own state, so a reply can be checked against them. */
  override async beginDialog(outer: DialogContext, options?: DidYouMeanOptions): Promise<DialogTurnResult> {
    if (outer.activeDialog) {
      outer.activeDialog.state[LABELS] = options?.candidates.map((c) => c.label) ?? [];
      outer.activeDialog.state[OFFER] = options === undefined ? undefined : offerOf(options);
    }
    // The steps need neither the question's text nor a second copy of it in state.
    return super.beginDialog(
      outer,
      options === undefined ? undefined : { candidates: options.candidates, pending: options.pending },
    );
  }

  /** A pick or "none of these" answers; anything else is a new question. */
  openPrompt(dc: DialogContext): OpenPrompt {
    const labels = (dc.activeDialog?.state[LABELS] ?? []) as string[];
    return { kind: 'offer', answers: recognizeChoices(messageText(dc.context), [...labels, NONE_OF_THESE]).length > 0 };
  }

  /** The offer: the first option, and the question when it is kept. */
  refusedOffer(dc: DialogContext): RefusedOffer | undefined {
    return dc.activeDialog?.state[OFFER] as RefusedOffer | undefined;
  }

  /** Offers the candidates as buttons. */
  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { candidates } = step.options as DidYouMeanOptions;
    const labels = candidates.map((c) => c.label);
    const words = didYouMeanPrompt(labels);
    return step.prompt(CHOICE_PROMPT, {
      prompt: this.render(words.prompt, step.context),
      retryPrompt: this.render(words.retry, step.context),
      choices: [...labels, NONE_OF_THESE],
    });
  }

  /** Ends with the chosen intent, or "none" for "none of these". */
  private async resolveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { candidates, pending } = step.options as DidYouMeanOptions;
    const picked = candidates[(step.result as FoundChoice).index];
    const result: FlowResult =
      picked === undefined ? { kind: 'none' } : { kind: 'intent', intent: picked.intent, pending };
    return step.endDialog(result);
  }
}

/** The offer as the learning log sees it: the first candidate, and the question if it was kept. */
function offerOf(options: DidYouMeanOptions): RefusedOffer | undefined {
  const first = options.candidates[0];
  if (first === undefined) return undefined;
  return { leaningIntent: first.intent, ...(options.question === undefined ? {} : { question: options.question }) };
}
