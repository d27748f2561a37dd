/**
 * Follow-up questions as card buttons, for Teams group chats and channels where suggested actions
 * are not shown.
 * @remarks Buttons use messageBack (Action.Submit with `msteams.type: messageBack` on Adaptive
 * Cards): Teams delivers the question to the bot even in a channel without an @mention, shows the
 * question as the user's message, and puts nothing else into the channel.
 */
import { CardFactory, type Attachment, type CardAction } from 'botbuilder';

/** The content type of an Adaptive Card attachment. */
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
/** The most actions an Adaptive Card shows in Teams; follow-ups beyond it are left off the card. */
export const MAX_CARD_ACTIONS = 5;
/** The newest Adaptive Card version every Teams client renders. */
export const MAX_TEAMS_CARD_VERSION = '1.5';

/** A hero-card messageBack button that asks `question`. */
export function followUpButton(question: string): CardAction {
  return { type: 'messageBack', title: question, text: question, displayText: question, value: { text: question } };
}

/** An Adaptive Card Action.Submit that asks `question` (messageBack in Teams, `value.text` elsewhere). */
export function followUpSubmit(question: string): Record<string, unknown> {
  return {
    type: 'Action.Submit',
    title: question,
    data: { msteams: { type: 'messageBack', text: question, displayText: question }, text: question },
  };
}

function isAdaptiveCard(a: Attachment): a is Attachment & { content: Record<string, unknown> } {
  return a.contentType === ADAPTIVE_CARD && typeof a.content === 'object' && a.content !== null;
}

function versionParts(version: unknown): [number, number] {
  const m = /^(\d+)\.(\d+)/.exec(typeof version === 'string' ? version : '');
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

/** An Adaptive Card declared newer than Teams supports, re-declared as 1.5; other attachments unchanged. */
export function capCardVersion(attachment: Attachment): Attachment {
  if (!isAdaptiveCard(attachment)) return attachment;
  const [major, minor] = versionParts(attachment.content.version);
  const [maxMajor, maxMinor] = versionParts(MAX_TEAMS_CARD_VERSION);
  const newer = major > maxMajor || (major === maxMajor && minor > maxMinor);
  return newer ? { ...attachment, content: { ...attachment.content, version: MAX_TEAMS_CARD_VERSION } } : attachment;
}

/**
 * The attachments with the follow-ups added as buttons: as actions on the reply's last Adaptive
 * Card when it has one, otherwise on a hero card of their own.
 */
export function withFollowUpButtons(attachments: readonly Attachment[], questions: readonly string[]): Attachment[] {
  const last = attachments.map((a, i) => (isAdaptiveCard(a) ? i : -1)).reduce((best, i) => Math.max(best, i), -1);
  const target = attachments[last];
  if (target !== undefined && isAdaptiveCard(target)) {
    const existing = Array.isArray(target.content.actions) ? (target.content.actions as unknown[]) : [];
    const room = Math.max(0, MAX_CARD_ACTIONS - existing.length);
    const card = {
      ...target,
      content: { ...target.content, actions: [...existing, ...questions.slice(0, room).map(followUpSubmit)] },
    };
    return attachments.map((a, i) => (i === last ? card : a));
  }
  return [...attachments, CardFactory.heroCard('', undefined, questions.map(followUpButton))];
}
