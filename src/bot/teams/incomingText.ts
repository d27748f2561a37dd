/**
 * The question a Teams message stands for: the bot's @mention removed ("<at>PACS Advisor</at> how
 * much is weber"), and, for a card button that carries no text, the follow-up it names.
 * @remarks In channels Teams only delivers messages that @mention the bot, so nearly every channel
 * message starts with the mention; left in, the bot's own name would confuse the recognizer.
 */
import { TurnContext, type Activity, type Mention } from 'botbuilder';

const AT_TAG = /<at(?:\s[^>]*)?>(.*?)<\/at>/gis;

function stringAt(value: unknown, ...path: string[]): string | undefined {
  let node: unknown = value;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

/**
 * The follow-up a card button names, when the message has no text of its own: `value.text`
 * (Action.Submit data or messageBack value) or the text of a Teams `msteams` messageBack.
 */
export function cardValueText(value: unknown): string | undefined {
  return stringAt(value, 'text') ?? stringAt(value, 'msteams', 'text') ?? stringAt(value, 'msteams', 'displayText');
}

/** Whether the text has markup, an HTML entity or whitespace to tidy (most typed messages have none). */
function needsTidying(text: string): boolean {
  return /[<&]|\s\s|[^\S ]/.test(text) || text.startsWith(' ') || text.endsWith(' ');
}

/** A mention entity botbuilder can read: its text and the id of who is mentioned (a client may send anything). */
function isWellFormedMention(entity: unknown): entity is Mention {
  const e = entity as Partial<Mention> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    e.type === 'mention' &&
    typeof e.text === 'string' &&
    typeof e.mentioned?.id === 'string'
  );
}

/** The message text without the bot's mention (and without the markup of any other mention). */
export function withoutMentions(activity: Partial<Activity>): string {
  let text = activity.text ?? '';
  const mentions = Array.isArray(activity.entities) ? activity.entities.filter(isWellFormedMention) : [];
  if (!needsTidying(text) && mentions.length === 0) return text;
  // botbuilder's removal reads every mention entity and rewrites the activity it is given: give it a copy with the readable ones.
  if (typeof activity.recipient?.id === 'string' && mentions.length > 0)
    text = TurnContext.removeRecipientMention({ ...activity, text, entities: mentions }) ?? text;
  const botName =
    typeof activity.recipient?.name === 'string' ? activity.recipient.name.trim().toLowerCase() : undefined;
  // A mention of the bot without its entity is dropped too; other people's names stay as plain words.
  return (
    text
      .replace(AT_TAG, (_tag, name: string) => (name.trim().toLowerCase() === botName ? '' : name))
      .replace(/&nbsp;/g, ' ')
      .replace(/[^\S\n]+/g, ' ')
      // Line breaks stay (one per break): they end a student's sentences and paragraphs.
      .replace(/ ?\n[\s]*/g, '\n')
      .trim()
  );
}

/** Rewrites `context.activity.text` into the question to recognize; call before the dialogs run. */
export function prepareIncomingText(context: TurnContext): void {
  const activity = context.activity;
  const hasText = typeof activity.text === 'string' && activity.text.trim() !== '';
  if (hasText) {
    activity.text = withoutMentions(activity);
    return;
  }
  const fromCard = cardValueText(activity.value);
  if (fromCard !== undefined) activity.text = fromCard.trim();
}
