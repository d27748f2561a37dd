/**
 * "Help me choose": a guided program finder. Asks about experience, online study, time, budget
 * and state; every question can be skipped or re-asked, and a side question ("how much is
 * Weber?") is answered before the current question is asked again. Ends with ranked programs.
 * @remarks Help and cancel are handled by the main dialog before this dialog sees the turn.
 */
import { MessageFactory, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogTurnStatus,
  ListStyle,
  TextPrompt,
  WaterfallDialog,
  type Choice,
  type DialogContext,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Advisor } from '../src/answers/advisor.js';
import { outOfScopeAnswer } from '../src/answers/generalAnswers.js';
import { sendReply } from '../src/channels/render.js';
import type { TurnUnderstanding } from '../src/conversation/turnUnderstanding.js';
import type { Understanding } from '../src/conversation/understand.js';
import type { QueryParser } from '../src/query/constraints.js';
import { finderAnswer } from '../src/query/finderAnswer.js';
import { rankForProfile, type FinderProfile } from '../src/query/finderRanking.js';
import type { FinderReplies } from '../src/query/finderReplies.js';
import { flowUnderstanding } from './flowOptions.js';
import { CONFIDENT, isQuestion, type SideQuestions } from './sideQuestions.js';
import { AdvisorChoicePrompt } from './advisorChoicePrompt.js';
import { recognizeChoiceReply } from '../src/nlu/choiceReplies.js';

/** Dialog id of the program finder. */
export const PROGRAM_FINDER_DIALOG = 'programFinderDialog';
const STEPS = 'programFinderSteps';
const AUDIENCE_PROMPT = 'finderAudience';
const ONLINE_PROMPT = 'finderOnline';
const TIME_PROMPT = 'finderTime';
const BUDGET_PROMPT = 'finderBudget';
const STATE_PROMPT = 'finderState';
/** Where the answers so far are kept in dialog state, so they survive between turns. */
const PROFILE = 'profile';
const SKIP = 'skip';

/** Dependencies of {@link ProgramFinderDialog}. */
export interface ProgramFinderDeps {
  readonly advisor: Advisor;
  readonly understanding: TurnUnderstanding;
  readonly replies: FinderReplies;
  readonly parser: QueryParser;
  readonly sideQuestions: SideQuestions;
}

function profileOf(step: WaterfallStepContext): FinderProfile {
  return ((step.values as Record<string, unknown>)[PROFILE] as FinderProfile | undefined) ?? {};
}

function update(step: WaterfallStepContext, change: Partial<FinderProfile>): void {
  (step.values as Record<string, unknown>)[PROFILE] = { ...profileOf(step), ...change };
}

/** The guided program finder. */
export class ProgramFinderDialog extends ComponentDialog {
  private readonly audienceChoices: Choice[];
  private readonly onlineChoices: Choice[];

  constructor(private readonly deps: ProgramFinderDeps) {
    super(PROGRAM_FINDER_DIALOG);
    const q = deps.advisor.kb.query;
    const phrases = (id: string): string[] => [...(q.criteria.find((c) => c.id === id)?.phrases ?? [])];
    const skip: Choice = { value: SKIP, action: { type: 'imBack', title: 'Skip', value: 'Skip' }, synonyms: [...q.skip] };
    this.audienceChoices = [
      { value: 'newcomer', action: { type: 'imBack', title: 'New to the field', value: 'New to the field' }, synonyms: [...phrases('newcomers'), ...q.answers.no] },
      { value: 'professional', action: { type: 'imBack', title: 'Registered technologist', value: 'Registered technologist' }, synonyms: [...phrases('professionals_only'), ...q.answers.yes] },
      skip,
    ];
    this.onlineChoices = [
      { value: 'online', action: { type: 'imBack', title: 'Online only', value: 'Online only' }, synonyms: [...phrases('online'), ...q.answers.yes] },
      { value: 'either', action: { type: 'imBack', title: 'Either is fine', value: 'Either is fine' }, synonyms: [...q.answers.either, ...q.answers.no] },
      skip,
    ];
    const choiceOptions = { style: ListStyle.suggestedAction, recognizerOptions: { recognizeNumbers: false, recognizeOrdinals: false } };
    this.addDialog(new AdvisorChoicePrompt(AUDIENCE_PROMPT).configure(choiceOptions));
    this.addDialog(new AdvisorChoicePrompt(ONLINE_PROMPT).configure(choiceOptions));
    this.addDialog(new TextPrompt(TIME_PROMPT, async (pc) => this.accepts(TIME_PROMPT, pc)));
    this.addDialog(new TextPrompt(BUDGET_PROMPT, async (pc) => this.accepts(BUDGET_PROMPT, pc)));
    this.addDialog(new TextPrompt(STATE_PROMPT, async (pc) => this.accepts(STATE_PROMPT, pc)));
    this.addDialog(
      new WaterfallDialog(STEPS, [
        this.askAudienceStep.bind(this),
        this.askOnlineStep.bind(this),
        this.askTimeStep.bind(this),
        this.askBudgetStep.bind(this),
        this.askStateStep.bind(this),
        this.recommendStep.bind(this),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  /**
   * Answers given out of turn ("I'm in Utah" when asked about experience) are kept and not asked
   * again; a side question is answered, then the open question is asked again.
   */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const u = await this.deps.understanding.of(inner.context);
    const noted = this.noteOtherAnswers(inner, u);
    if (noted.length > 0 && !this.isAnswer(inner.activeDialog?.id, u)) {
      await inner.context.sendActivity(`Noted: ${noted.join('; ')}.`);
      await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    if (await this.answerSideQuestion(inner)) {
      await inner.context.sendActivity('Back to finding your program:');
      await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    return super.onContinueDialog(inner);
  }

  /** Asks whether the student is already a registered technologist, unless the request said so. */
  private async askAudienceStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const u = flowUnderstanding(step.options);
    const parsed = u !== undefined ? this.deps.parser.parse(u, undefined) : undefined;
    const said = parsed?.criteria ?? [];
    const audience = said.includes('professionals_only') ? 'professional' : said.includes('newcomers') ? 'newcomer' : undefined;
    // "Help me choose: I'm in Utah, new to the field, with under a year and 10k": nothing said is asked again.
    update(step, {
      ...(audience ? { audience } : {}),
      ...(said.includes('online') ? { online: true } : {}),
      ...(parsed?.months?.bound === 'at_most' ? { maxMonths: parsed.months.value } : {}),
      ...(parsed?.budget?.bound === 'at_most' ? { budget: parsed.budget.value } : {}),
      ...(u?.states[0] !== undefined ? { state: u.states[0] } : {}),
    });
    if (audience !== undefined) return step.next();
    return step.prompt(AUDIENCE_PROMPT, {
      prompt: "Let's find a program that suits you. First: are you already a registered imaging technologist, or new to the field?",
      retryPrompt: 'Please pick one: **New to the field** or **Registered technologist** (or say skip).',
      choices: this.audienceChoices,
    });
  }

  /** Records the experience answer; asks whether online study is a must. */
  private async askOnlineStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const picked = (step.result as FoundChoice | undefined)?.value;
    if (picked === 'newcomer' || picked === 'professional') update(step, { audience: picked });
    if (profileOf(step).online !== undefined) return step.next();
    return step.prompt(ONLINE_PROMPT, {
      prompt: 'Do you need to study online?',
      retryPrompt: 'Please pick **Online only** or **Either is fine** (or say skip).',
      choices: this.onlineChoices,
    });
  }

  /** Records the online answer; asks how much time the student has. */
  private async askTimeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const picked = (step.result as FoundChoice | undefined)?.value;
    if (picked === 'online' || picked === 'either') update(step, { online: picked === 'online' });
    if (profileOf(step).maxMonths !== undefined) return step.next();
    return step.prompt(TIME_PROMPT, {
      prompt: MessageFactory.suggestedActions(['Under a year', 'Up to 3 years', 'Skip'], 'How much time can you give it? For example "under a year" or "18 months".'),
      retryPrompt: MessageFactory.suggestedActions(['Under a year', 'Up to 3 years', 'Skip'], 'Tell me roughly how long you can study, such as "6 months" or "2 years", or say skip.'),
    });
  }

  /** Records the time available; asks for a budget. */
  private async askBudgetStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const months = this.deps.replies.months(await this.tokens(step.context));
    if (months !== undefined && !months.skipped && profileOf(step).maxMonths === undefined) update(step, { maxMonths: months.value });
    if (profileOf(step).budget !== undefined) return step.next();
    return step.prompt(BUDGET_PROMPT, {
      prompt: MessageFactory.suggestedActions(['Under $5,000', 'Under $10,000', 'Skip'], "What's your budget for tuition, in dollars? Say skip if you'd rather not say."),
      retryPrompt: MessageFactory.suggestedActions(['Under $5,000', 'Under $10,000', 'Skip'], 'Please give an amount such as "$8,000" or "10k", or say skip.'),
    });
  }

  /** Records the budget; asks for the state of residence (it decides in-state tuition). */
  private async askStateStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const budget = this.deps.replies.budget(await this.tokens(step.context));
    if (budget !== undefined && !budget.skipped && profileOf(step).budget === undefined) update(step, { budget: budget.value });
    if (profileOf(step).state !== undefined) return step.next();
    return step.prompt(STATE_PROMPT, {
      prompt: MessageFactory.suggestedActions(['Skip'], 'Last one: which US state do you live in? It decides whether in-state tuition could apply. Say skip to leave it out.'),
      retryPrompt: MessageFactory.suggestedActions(['Skip'], 'Please name a US state, such as "Utah", or say skip.'),
    });
  }

  /** Records the state, ranks the programs and explains the ranking. */
  private async recommendStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const u = await this.deps.understanding.of(step.context);
    const state = this.deps.replies.state(u.recognition.tokens, u.states);
    if (state !== undefined && !state.skipped && profileOf(step).state === undefined) update(step, { state: state.value });
    const result = rankForProfile(this.deps.advisor.kb, profileOf(step));
    await sendReply(step.context, finderAnswer(this.deps.advisor.kb, result));
    const ranked = result.fits.map((f) => f.program.id);
    await this.deps.understanding.commit(step.context, u, { programs: ranked.slice(0, 1), lastResults: ranked });
    return step.endDialog(result);
  }

  /**
   * Records what the message says about questions other than the open one and not answered yet
   * (time, budget, state by name), in the waterfall's profile; returns a phrase for each.
   */
  private noteOtherAnswers(inner: DialogContext, u: Understanding): string[] {
    const steps = inner.stack.find((instance) => instance.id === STEPS);
    if (steps === undefined) return [];
    const state = steps.state as { values?: Record<string, unknown> };
    const values = (state.values ??= {});
    const profile = (values[PROFILE] as FinderProfile | undefined) ?? {};
    const open = inner.activeDialog?.id;
    const tokens = u.recognition.tokens;
    const change: { -readonly [K in keyof FinderProfile]?: FinderProfile[K] } = {};
    const noted: string[] = [];
    const months = open !== TIME_PROMPT && profile.maxMonths === undefined ? this.deps.replies.months(tokens) : undefined;
    // A lone number ("12") is an answer to the open question, never a time given out of turn.
    if (months !== undefined && !months.skipped && tokens.length > 1) {
      change.maxMonths = months.value;
      noted.push(`up to ${months.value} months of study`);
    }
    const budget = open !== BUDGET_PROMPT && profile.budget === undefined ? this.deps.replies.budget(tokens) : undefined;
    if (budget !== undefined && !budget.skipped) {
      change.budget = budget.value;
      noted.push(`a budget of $${budget.value.toLocaleString('en-US')}`);
    }
    // Only a state named in full: a lone "ok" or "in" must not become Oklahoma or Indiana.
    const home = open !== STATE_PROMPT && profile.state === undefined ? u.states[0] : undefined;
    if (home !== undefined) {
      change.state = home;
      noted.push(`you live in ${this.deps.advisor.kb.states.find((s) => s.code === home)?.name ?? home}`);
    }
    if (noted.length > 0) values[PROFILE] = { ...profile, ...change };
    return noted;
  }

  private async tokens(context: TurnContext): Promise<readonly string[]> {
    return (await this.deps.understanding.of(context)).recognition.tokens;
  }

  /** Validator of the free-text questions: accepts a parsable answer or "skip". */
  private async accepts(promptId: string, pc: PromptValidatorContext<string>): Promise<boolean> {
    return this.isAnswer(promptId, await this.deps.understanding.of(pc.context));
  }

  /** True when the message answers the open question (a program name never does). */
  private isAnswer(promptId: string | undefined, u: Understanding): boolean {
    const tokens = u.recognition.tokens;
    const text = u.recognition.text;
    switch (promptId) {
      case AUDIENCE_PROMPT:
        return recognizeChoiceReply(text, this.audienceChoices, { recognizeNumbers: false, recognizeOrdinals: false }).length > 0;
      case ONLINE_PROMPT:
        return recognizeChoiceReply(text, this.onlineChoices, { recognizeNumbers: false, recognizeOrdinals: false }).length > 0;
      case TIME_PROMPT:
        return this.deps.replies.months(tokens) !== undefined;
      case BUDGET_PROMPT:
        return this.deps.replies.budget(tokens) !== undefined;
      case STATE_PROMPT:
        return this.deps.replies.state(tokens, u.states) !== undefined;
      default:
        return false;
    }
  }

  /**
   * Answers a question about something else, unless the message answers the open question: a
   * clear one always, any recognized one when the message cannot be an answer, and a question the
   * article does not cover with the honest refusal rather than the prompt's retry.
   */
  private async answerSideQuestion(inner: DialogContext): Promise<boolean> {
    const u = await this.deps.understanding.of(inner.context);
    const namesProgram = u.programs.length > 0 && !u.programsFromContext;
    const answers = this.isAnswer(inner.activeDialog?.id, u);
    if (answers && !namesProgram) return false;
    if (await this.deps.sideQuestions.answer(inner.context, answers ? CONFIDENT : 0)) return true;
    if (answers || !isQuestion(u) || u.intent !== undefined) return false;
    await sendReply(inner.context, outOfScopeAnswer(this.deps.advisor.kb, u.recognition.tokens));
    return true;
  }
}
