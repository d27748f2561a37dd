/**
 * botbuilder's `ChoicePrompt`, answering the same, for a fraction of the cost of a prompt turn.
 * @remarks Two costs of the original, measured with the program question's prompt:
 * - A reply is recognized twice: once when the `activityReceived` event passes the prompt (which
 *   may intercept it) and again when the prompt continues. Here the second time reuses the first.
 * - Ordinals and numbers ("the third one", "2") are read by models built afresh on every call;
 *   see {@link recognizeChoiceReply}, which builds them once.
 */
import type { TurnContext } from 'botbuilder';
import { ChoiceFactory, ChoicePrompt, ListStyle, PromptCultureModels, type FoundChoice, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import { recognizeChoiceReply } from '../src/nlu/choiceReplies.js';

/** The cultures `ChoicePrompt` has defaults for; others fall back to English, as there. */
const SUPPORTED_CULTURES = new Set(PromptCultureModels.getSupportedCultures().map((culture) => culture.locale));

/** One turn's recognition of a reply, for the prompt state it was made for. */
interface Recognized {
  readonly state: object;
  readonly text: string | undefined;
  readonly result: PromptRecognizerResult<FoundChoice>;
}

/** A choice prompt that recognizes each reply once, with number models built once. */
export class AdvisorChoicePrompt extends ChoicePrompt {
  private readonly recognizedIn = new WeakMap<TurnContext, Recognized>();

  protected override async onRecognize(context: TurnContext, state: object, options: PromptOptions): Promise<PromptRecognizerResult<FoundChoice>> {
    const text = context.activity.text;
    const earlier = this.recognizedIn.get(context);
    if (earlier !== undefined && earlier.state === state && earlier.text === text) return earlier.result;
    const result = this.recognize(context, options);
    this.recognizedIn.set(context, { state, text, result });
    return result;
  }

  /** What `ChoicePrompt.onRecognize` does, with {@link recognizeChoiceReply} doing the matching. */
  private recognize(context: TurnContext, options: PromptOptions): PromptRecognizerResult<FoundChoice> {
    const utterance = context.activity.text;
    if (!utterance) return { succeeded: false };
    const choices = (this.style === ListStyle.suggestedAction ? ChoiceFactory.toChoices(options.choices ?? []) : options.choices) ?? [];
    const settings = this.recognizerOptions ?? {};
    const culture = PromptCultureModels.mapToNearestLanguage(context.activity.locale || settings.locale || this.defaultLocale || PromptCultureModels.English.locale);
    const found = recognizeChoiceReply(utterance, choices, { ...settings, locale: SUPPORTED_CULTURES.has(culture) ? culture : PromptCultureModels.English.locale });
    const first = found[0];
    return first === undefined ? { succeeded: false } : { succeeded: true, value: first.resolution };
  }
}
