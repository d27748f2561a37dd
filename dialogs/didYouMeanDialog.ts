/**
 * "Did you mean …?": offers the two closest intents and a way out when the recognizer can't
 * decide. Ends with the chosen intent id, or undefined for "none of these".
 */
import { ChoicePrompt, ComponentDialog, ListStyle, WaterfallDialog, type WaterfallStepContext, type DialogTurnResult, type FoundChoice } from 'botbuilder-dialogs';

export const DID_YOU_MEAN_DIALOG = 'didYouMeanDialog';
const STEPS = 'didYouMeanSteps';
const CHOICE_PROMPT = 'didYouMeanChoice';

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
    this.addDialog(new ChoicePrompt(CHOICE_PROMPT).configure({ style: ListStyle.suggestedAction }));
    this.addDialog(new WaterfallDialog(STEPS, [this.askStep.bind(this), this.resolveStep.bind(this)]));
    this.initialDialogId = STEPS;
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
