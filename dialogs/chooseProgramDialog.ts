/**
 * Asks which program the user means, with the featured programs as buttons.
 * Ends with the chosen program id.
 */
import { ComponentDialog, ListStyle, WaterfallDialog, type Choice, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { KnowledgeBase } from '../src/knowledge/types.js';
import { AdvisorChoicePrompt } from './advisorChoicePrompt.js';

export const CHOOSE_PROGRAM_DIALOG = 'chooseProgramDialog';
const STEPS = 'chooseProgramSteps';
const PROGRAM_PROMPT = 'programChoice';

/** Options passed to {@link ChooseProgramDialog}. */
export interface ChooseProgramOptions {
  readonly question: string;
}

/** Lets the user pick one of the featured programs by name, abbreviation or button. */
export class ChooseProgramDialog extends ComponentDialog {
  private readonly choices: Choice[];

  constructor(private readonly kb: KnowledgeBase) {
    super(CHOOSE_PROGRAM_DIALOG);
    this.choices = kb.programs.map((p) => ({ value: p.id, action: { type: 'imBack', title: p.shortName, value: p.name }, synonyms: [p.name, p.shortName, ...p.aliases] }));
    this.addDialog(new AdvisorChoicePrompt(PROGRAM_PROMPT).configure({ style: ListStyle.suggestedAction }));
    this.addDialog(new WaterfallDialog(STEPS, [this.askStep.bind(this), this.resolveStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  /** Shows the programs as buttons. */
  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { question } = step.options as ChooseProgramOptions;
    return step.prompt(PROGRAM_PROMPT, {
      prompt: question,
      retryPrompt: `Please pick one of the ${this.kb.programs.length} programs (or say cancel).`,
      choices: this.choices,
    });
  }

  /** Returns the chosen program's id. */
  private async resolveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog((step.result as FoundChoice).value);
  }
}
