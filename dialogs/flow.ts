/**
 * What every flow dialog shares with the root dialog: how it ends, how it says whether a message
 * answers its open prompt, and how replies become activities.
 */
import type { Activity, TurnContext } from 'botbuilder';
import type { Dialog, DialogContext } from 'botbuilder-dialogs';
import type { FinderProfile } from '../src/advice/finder.js';
import type { OpenPrompt } from '../src/acts/policy.js';
import type { Reply } from '../src/replies/reply.js';
import type { Understanding } from '../src/understanding/understand.js';

/** Turns a reply into the activity for the turn's channel (the bot edge's renderer). */
export type RenderReply = (reply: Reply, context: TurnContext) => Partial<Activity>;

/** A "Did you mean…?" the student turned down: the intent offered first, and the question when its text is kept. */
export interface RefusedOffer {
  readonly leaningIntent: string;
  /** Only when the learning log keeps unanswered questions (LEARNING_LOG=on). */
  readonly question?: string;
}

/** How a flow ends; the root dialog answers from it. */
export type FlowResult =
  | { readonly kind: 'intent'; readonly intent: string; readonly pending: Understanding }
  | { readonly kind: 'program'; readonly program: string; readonly pending: Understanding }
  | { readonly kind: 'programs'; readonly ids: readonly string[]; readonly pending: Understanding }
  | { readonly kind: 'profile'; readonly profile: FinderProfile; readonly pending?: Understanding }
  | { readonly kind: 'none' };

/** A dialog the root dialog can start, that says whether a message answers its open prompt. */
export interface Flow extends Dialog {
  /**
   * The prompt this flow has open, for the conversation policy.
   * @param dc the root dialog's inner context, whose active dialog is this flow.
   */
  openPrompt(dc: DialogContext, u: Understanding): OpenPrompt;
  /**
   * The offer this flow makes, if it is one: turned down when the flow ends with "none" or the
   * student leaves it for another question.
   * @param dc the root dialog's inner context, whose active dialog is this flow.
   */
  refusedOffer?(dc: DialogContext): RefusedOffer | undefined;
}

/** The text of the turn's message ('' for none). */
export function messageText(context: TurnContext): string {
  return typeof context.activity.text === 'string' ? context.activity.text : '';
}
