/**
 * "Did you mean …?": offers the two closest intents and a way out when the recognizer can't
 * decide. Ends with the chosen intent id, or undefined for "none of these".
 */
import {
  ComponentDialog,
  ListStyle,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { AdvisorChoicePrompt } from './advisorChoicePrompt.js';
import { recognizeChoiceReply } from '../src/nlu/choiceReplies.js';

export const DID_YOU_MEAN_DIALOG = 'didYouMeanDialog';
const STEPS = 'didYouMeanSteps';
const CHOICE_PROMPT = 'didYouMeanChoice';

/** What the dialog ends with when the user asked something else instead of picking. */
export const NEW_QUESTION = '__new_question__';
/** Where the offered candidates are kept in the dialog's own state. */
const CANDIDATES = 'candidates';

/** The label shown for "none of these". */
export const NONE_OF_THESE = 'None of these';

/** One option: the intent and the question shown for it. */
export interface Candidate {
  readonly intent: string;
  readonly label: string;
}

/** Options passed to {@link DidYouMeanDialog}. */
export interface DidYouMeanOptions {
  readonly candidates: readonly Candidate[];
}

/** Asks which of two close intents the user meant. */
export class DidYouMeanDialog extends ComponentDialog {
  constructor() {
    super(DID_YOU_MEAN_DIALOG);
    this.addDialog(new AdvisorChoicePrompt(CHOICE_PROMPT).configure({ style: ListStyle.suggestedAction }));
    this.addDialog(new WaterfallDialog(STEPS, [this.askStep.bind(this), this.resolveStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  /** Remembers the candidates so a reply that picks none of them can be recognized as a new question. */
  override async beginDialog(outer: DialogContext, options?: DidYouMeanOptions): Promise<DialogTurnResult> {
    if (outer.activeDialog) outer.activeDialog.state[CANDIDATES] = options?.candidates ?? [];
    return super.beginDialog(outer, options);
  }

  /** A reply that is neither a pick nor "none of these" is a new question: end and let it be routed. */
  override async continueDialog(outer: DialogContext): Promise<DialogTurnResult> {
    const candidates = (outer.activeDialog?.state[CANDIDATES] ?? []) as readonly Candidate[];
    const text = typeof outer.context.activity.text === 'string' ? outer.context.activity.text : '';
    if (recognizeChoiceReply(text, [...candidates.map((c) => c.label), NONE_OF_THESE]).length === 0) return outer.endDialog(NEW_QUESTION);
    return super.continueDialog(outer);
  }

  /** Offers the candidates as buttons. */
  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { candidates } = step.options as DidYouMeanOptions;
    (step.values as { candidates?: readonly Candidate[] }).candidates = candidates;
    return step.prompt(CHOICE_PROMPT, {
      prompt: "I'm not sure I understood. Did you mean one of these?",
      retryPrompt: 'Please pick one of the options, or say "none of these".',
      choices: [...candidates.map((c) => c.label), NONE_OF_THESE],
    });
  }

  /** Returns the chosen intent (undefined for "none of these"). */
  private async resolveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = step.result as FoundChoice;
    const candidates = (step.values as { candidates?: readonly Candidate[] }).candidates ?? [];
    return step.endDialog(candidates[choice.index]?.intent);
  }
}
