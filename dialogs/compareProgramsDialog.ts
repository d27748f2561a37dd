/**
 * Asks which programs to compare when the request named fewer than two: up to two picks, each
 * with the remaining programs and "all of them" as buttons. Ends with the chosen programs; the
 * root dialog writes the comparison.
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
import { programsById } from '../src/replies/format.js';
import { ALL_OF_THEM, comparePickPrompt } from '../src/replies/prompts.js';
import type { Understanding } from '../src/understanding/understand.js';
import { programChoices } from './chooseProgramDialog.js';
import { messageText, type Flow, type FlowResult, type RenderReply } from './flow.js';

/** Dialog id of the comparison's picks. */
export const COMPARE_PROGRAMS_DIALOG = 'compareProgramsDialog';
const STEPS = 'compareProgramsSteps';
const PICK_PROMPT = 'comparePick';
/** The choice value that stands for every program. */
const ALL = 'all';

/** Options of the comparison's picks. */
export interface CompareOptions {
  /** Programs already chosen (fewer than two). */
  readonly chosen: readonly string[];
  /** The comparison request, without its raw text. */
  readonly pending: Understanding;
}

/** What the waterfall keeps between its steps. */
interface PickValues {
  chosen?: string[];
}

/** Asks for the programs of a comparison. */
export class CompareProgramsDialog extends ComponentDialog implements Flow {
  private readonly choices: Choice[];

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly render: RenderReply,
  ) {
    super(COMPARE_PROGRAMS_DIALOG);
    this.choices = [...programChoices(kb), { value: ALL, synonyms: [ALL_OF_THEM, ...kb.query.everything] }];
    this.addDialog(new ChoicePrompt(PICK_PROMPT).configure({ style: ListStyle.none }));
    this.addDialog(
      new WaterfallDialog(STEPS, [
        this.firstPickStep.bind(this),
        this.secondPickStep.bind(this),
        this.doneStep.bind(this),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  /** A program name or "all of them" answers; a clear question of its own is a new question. */
  openPrompt(dc: DialogContext): OpenPrompt {
    return { kind: 'clarification', answers: recognizeChoices(messageText(dc.context), this.choices).length > 0 };
  }

  /** Asks for a program to compare with what the request gave. */
  private async firstPickStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { chosen } = step.options as CompareOptions;
    (step.values as PickValues).chosen = [...chosen];
    return this.ask(step, chosen);
  }

  /** Adds the first pick; asks once more if still only one program is chosen. */
  private async secondPickStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const chosen = this.add(step, step.result as FoundChoice);
    return chosen.length >= 2 ? step.next() : this.ask(step, chosen);
  }

  /** Ends with the chosen programs. */
  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const chosen =
      step.result === undefined
        ? ((step.values as PickValues).chosen ?? [])
        : this.add(step, step.result as FoundChoice);
    const { pending } = step.options as CompareOptions;
    const result: FlowResult = { kind: 'programs', ids: chosen, pending };
    return step.endDialog(result);
  }

  private add(step: WaterfallStepContext, pick: FoundChoice): string[] {
    const values = step.values as PickValues;
    const added = pick.value === ALL ? this.kb.programs.map((p) => p.id) : [pick.value];
    values.chosen = [...new Set([...(values.chosen ?? []), ...added])];
    return values.chosen;
  }

  private async ask(step: WaterfallStepContext, chosen: readonly string[]): Promise<DialogTurnResult> {
    const others = this.kb.programs.filter((p) => !chosen.includes(p.id));
    const words = comparePickPrompt(programsById(this.kb, chosen), others);
    return step.prompt(PICK_PROMPT, {
      prompt: this.render(words.prompt, step.context),
      retryPrompt: this.render(words.retry, step.context),
      choices: this.choices.filter((c) => !chosen.includes(c.value)),
    });
  }
}
