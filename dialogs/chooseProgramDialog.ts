/**
 * "Which program?": asks which program a question is about, with every program as a button.
 * Ends with the chosen program and the question that needed it.
 */
import {
  ChoicePrompt,
  ComponentDialog,
  ListStyle,
  WaterfallDialog,
  recognizeChoices,
  type Choice,
  type DialogContext,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { OpenPrompt } from '../src/acts/policy.js';
import type { KnowledgeBase } from '../src/knowledge/types.js';
import { chooseProgramPrompt } from '../src/replies/prompts.js';
import type { Understanding } from '../src/understanding/understand.js';
import { messageText, type Flow, type FlowResult, type RenderReply } from './flow.js';

/** Dialog id of "Which program?". */
export const CHOOSE_PROGRAM_DIALOG = 'chooseProgramDialog';
const STEPS = 'chooseProgramSteps';
const PROGRAM_PROMPT = 'programChoice';

/** Options of "Which program?". */
export interface ChooseProgramOptions {
  /** The question that needs a program, without its raw text. */
  readonly pending: Understanding;
}

/** The programs as choices: by name, short name, alias or button. */
export function programChoices(kb: KnowledgeBase): Choice[] {
  return kb.programs.map((p) => ({ value: p.id, synonyms: [p.name, p.shortName, ...p.aliases] }));
}

/** Lets the user pick one of the featured programs. */
export class ChooseProgramDialog extends ComponentDialog implements Flow {
  private readonly choices: Choice[];

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly render: RenderReply,
  ) {
    super(CHOOSE_PROGRAM_DIALOG);
    this.choices = programChoices(kb);
    this.addDialog(new ChoicePrompt(PROGRAM_PROMPT).configure({ style: ListStyle.none }));
    this.addDialog(new WaterfallDialog(STEPS, [this.askStep.bind(this), this.resolveStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  /** A program name answers; a clear question of its own is a new question. */
  openPrompt(dc: DialogContext): OpenPrompt {
    return { kind: 'clarification', answers: recognizeChoices(messageText(dc.context), this.choices).length > 0 };
  }

  /** Shows the programs as buttons. */
  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const words = chooseProgramPrompt(this.kb);
    return step.prompt(PROGRAM_PROMPT, {
      prompt: this.render(words.prompt, step.context),
      retryPrompt: this.render(words.retry, step.context),
      choices: this.choices,
    });
  }

  /** Ends with the chosen program. */
  private async resolveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { pending } = step.options as ChooseProgramOptions;
    const result: FlowResult = { kind: 'program', program: (step.result as FoundChoice).value, pending };
    return step.endDialog(result);
  }
}
