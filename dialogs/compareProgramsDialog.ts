/**
 * Compares two or more programs side by side. Uses the programs named, "all of them", or the
 * conversation's context; when that gives fewer than two, asks with program buttons.
 */
import {
  ComponentDialog,
  ListStyle,
  WaterfallDialog,
  type Choice,
  type DialogContext,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { sendReply } from '../src/channels/render.js';
import type { TurnUnderstanding } from '../src/conversation/turnUnderstanding.js';
import type { KnowledgeBase, Program } from '../src/knowledge/types.js';
import { comparisonAnswer } from '../src/query/comparison.js';
import type { ComparisonSelection } from '../src/query/comparisonSelection.js';
import { programsById } from '../src/answers/programAnswers.js';
import type { Reply } from '../src/answers/reply.js';
import type { QueryParser } from '../src/query/constraints.js';
import { queryAnswer } from '../src/query/queryAnswer.js';
import type { QueryEngine } from '../src/query/queryEngine.js';
import { flowUnderstanding } from './flowOptions.js';
import type { SideQuestions } from './sideQuestions.js';
import { AdvisorChoicePrompt } from './advisorChoicePrompt.js';

/** Dialog id of the comparison flow. */
export const COMPARE_PROGRAMS_DIALOG = 'compareProgramsDialog';
const STEPS = 'compareProgramsSteps';
const PICK_PROMPT = 'comparePick';
/** The choice value that stands for every program. */
const ALL = 'all';
/** Where the chosen program ids are kept between turns. */
const CHOSEN = 'chosen';

function chosenOf(step: WaterfallStepContext): string[] {
  const v = (step.values as Record<string, unknown>)[CHOSEN];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function setChosen(step: WaterfallStepContext, ids: readonly string[]): void {
  (step.values as Record<string, unknown>)[CHOSEN] = [...ids];
}

/** Dependencies of {@link CompareProgramsDialog}. */
export interface CompareProgramsDeps {
  readonly kb: KnowledgeBase;
  readonly understanding: TurnUnderstanding;
  readonly selection: ComparisonSelection;
  readonly sideQuestions: SideQuestions;
  /** With these, "which one is cheaper?" ranks the compared programs instead of listing every attribute. */
  readonly parser?: QueryParser;
  readonly engine?: QueryEngine;
}

/** Side-by-side comparison, asking for the programs when the request doesn't name enough. */
export class CompareProgramsDialog extends ComponentDialog {
  constructor(private readonly deps: CompareProgramsDeps) {
    super(COMPARE_PROGRAMS_DIALOG);
    // Numbers and ordinals off: "the blue one" must not pick the first program.
    this.addDialog(new AdvisorChoicePrompt(PICK_PROMPT).configure({ style: ListStyle.suggestedAction, recognizerOptions: { recognizeNumbers: false, recognizeOrdinals: false } }));
    this.addDialog(new WaterfallDialog(STEPS, [this.firstPickStep.bind(this), this.secondPickStep.bind(this), this.compareStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  /**
   * A clear question that names no program, asked instead of picking one, is answered and the
   * comparison dropped: the user has moved on.
   */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const u = await this.deps.understanding.of(inner.context);
    const namesProgram = u.programs.length > 0 && !u.programsFromContext;
    if (!namesProgram && (await this.deps.sideQuestions.answer(inner.context))) return inner.cancelAllDialogs();
    return super.onContinueDialog(inner);
  }

  /** Takes the programs from the request or context; asks when there are fewer than two. */
  private async firstPickStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const u = flowUnderstanding(step.options) ?? (await this.deps.understanding.of(step.context));
    const chosen = this.deps.selection.resolve(u, await this.deps.understanding.recall(step.context));
    setChosen(step, chosen);
    if (chosen.length >= 2) return step.next();
    return this.ask(step, chosen);
  }

  /** Adds the first pick; asks once more if still only one program is chosen. */
  private async secondPickStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const chosen = this.add(step, step.result as FoundChoice | undefined);
    if (chosen.length >= 2) return step.next();
    return this.ask(step, chosen);
  }

  /** Sends the comparison and remembers the programs for follow-ups ("which of those is cheapest?"). */
  private async compareStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const ids = this.add(step, step.result as FoundChoice | undefined);
    const programs = programsById(this.deps.kb, ids);
    const u = await this.deps.understanding.of(step.context);
    const ranked = await this.rankedAnswer(step, ids);
    await sendReply(step.context, ranked ?? comparisonAnswer(this.deps.kb, programs));
    await this.deps.understanding.commit(step.context, u, { programs: ids, lastResults: ids });
    return step.endDialog();
  }

  /** "Which one is cheaper / faster?": the compared programs ranked on that one measure, or undefined. */
  private async rankedAnswer(step: WaterfallStepContext, ids: readonly string[]): Promise<Reply | undefined> {
    const { parser, engine } = this.deps;
    const asked = flowUnderstanding(step.options);
    if (parser === undefined || engine === undefined || asked === undefined) return undefined;
    const constraints = parser.parse(asked, await this.deps.understanding.recall(step.context));
    if (constraints.superlative === undefined) return undefined;
    return queryAnswer(engine.run({ ...constraints, scope: ids, scopeFrom: 'named' })).reply;
  }

  private add(step: WaterfallStepContext, pick: FoundChoice | undefined): string[] {
    const chosen = chosenOf(step);
    if (pick === undefined) return chosen;
    const added = pick.value === ALL ? this.deps.kb.programs.map((p) => p.id) : [pick.value];
    const next = [...new Set([...chosen, ...added])];
    setChosen(step, next);
    return next;
  }

  private async ask(step: WaterfallStepContext, chosen: readonly string[]): Promise<DialogTurnResult> {
    const first = this.deps.kb.programs.find((p) => p.id === chosen[0]);
    const others = this.deps.kb.programs.filter((p) => !chosen.includes(p.id));
    const question = first ? `Which program should I compare ${first.shortName} with?` : 'Which programs would you like to compare? Pick one to start with, or all of them.';
    return step.prompt(PICK_PROMPT, {
      prompt: question,
      retryPrompt: `Please pick a program (${others.map((p) => p.shortName).join(', ')}) or "all of them" — or say cancel.`,
      choices: [...others.map((p) => this.choice(p)), { value: ALL, action: { type: 'imBack', title: 'All of them', value: 'All of them' }, synonyms: [...this.deps.kb.query.everything] }],
    });
  }

  private choice(p: Program): Choice {
    return { value: p.id, action: { type: 'imBack', title: p.shortName, value: p.shortName }, synonyms: [p.name, p.shortName, ...p.aliases] };
  }
}
