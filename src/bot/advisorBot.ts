/**
 * The activity handler: runs the main dialog for messages and greets new users exactly once.
 * @remarks Web Chat over Direct Line sends its own `webchat/join` event on connect and sometimes
 * also conversationUpdates; the welcome goes out once per conversation, whichever arrives.
 */
import { ActivityTypes, TeamsActivityHandler, type BotState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState, type DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import { welcomeAnswer } from '../answers/generalAnswers.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { sendReply } from '../channels/render.js';
import type { Logger } from '../logger.js';
import { greetingOnMembersAdded, type Greeting } from '../teams/greeting.js';
import { prepareIncomingText } from '../teams/incomingText.js';
import { teamIntroAnswer } from '../teams/teamIntro.js';
import { programSearchResponse } from '../teams/programSearch.js';
import type { MessagingExtensionQuery, MessagingExtensionResponse } from 'botbuilder';

/** Channels whose clients announce themselves with a `webchat/join` event. */
const JOIN_EVENT_CHANNELS = new Set(['webchat', 'directline']);
export const JOIN_EVENT = 'webchat/join';
/** Where botbuilder-dialogs looks for a ready-made dialog memory configuration in turn state. */
const STATE_CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

/** A root dialog that can answer a one-shot question without a dialog context (the main dialog's `answerOneShot`). */
export interface OneShotAnswers {
  /** Answers the message and returns true, or returns false when the dialog must run. */
  answerOneShot(context: TurnContext): Promise<boolean>;
}

/** Dependencies of {@link AdvisorBot}. */
export interface AdvisorBotDeps {
  readonly kb: KnowledgeBase;
  readonly conversationState: BotState;
  readonly userState: BotState;
  readonly mainDialog: Dialog & OneShotAnswers;
  readonly logger: Logger;
}

/** The PACS advisor bot. */
export class AdvisorBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly welcomed: StatePropertyAccessor<boolean>;
  private readonly dialogs: DialogSet;
  private stateConfiguration: DialogStateManagerConfiguration | undefined;

  constructor(private readonly deps: AdvisorBotDeps) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.welcomed = deps.conversationState.createProperty<boolean>('welcomed');
    this.dialogs = new DialogSet(this.dialogState).add(deps.mainDialog);

    this.onMembersAdded(async (context, next) => {
      // Teams: a welcome in personal chats, one short intro when added to a team or group chat, none per joining member.
      // onMembersAdded, not onTeamsMembersAddedEvent: the latter fetches each new member's profile from Teams first.
      const greeting = greetingOnMembersAdded(context.activity, JOIN_EVENT_CHANNELS);
      if (greeting !== 'none') await this.welcome(context, greeting);
      await next();
    });
    this.onEvent(async (context, next) => {
      if (context.activity.name === JOIN_EVENT) await this.welcome(context);
      await next();
    });
  }

  /**
   * Handles one turn and saves state, even when nothing was said. Messages, nearly every turn, go
   * straight to the dialogs: `ActivityHandler`'s chain of handler events (turn, message, dialog)
   * costs more than the rest of a one-shot answer's routing, and nothing else listens to them.
   */
  override async run(context: TurnContext): Promise<void> {
    if (context.activity?.type === ActivityTypes.Message) {
      // Teams: drop the bot's @mention; card buttons without text ask the follow-up they name.
      prepareIncomingText(context);
      await this.runDialog(context);
    } else {
      await super.run(context);
    }
    await this.deps.conversationState.saveChanges(context, false);
    // User state is saved only in turns that loaded it (none of the bot's own flows do yet).
    if (this.deps.userState.get(context) !== undefined) await this.deps.userState.saveChanges(context, false);
  }

  /** Teams message extension: a program search from the compose box, answered with program cards. */
  protected override async handleTeamsMessagingExtensionQuery(_context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    return programSearchResponse(this.deps.kb, query);
  }

  private async runDialog(context: TurnContext): Promise<void> {
    if (typeof context.activity.text !== 'string' && context.activity.value === undefined) return;
    // No dialog is waiting for an answer: a one-shot question needs no dialog context at all.
    const state = await this.dialogState.get(context, { dialogStack: [] });
    if (state.dialogStack.length === 0 && (await this.deps.mainDialog.answerOneShot(context))) return;
    // botbuilder rebuilds the dialog memory configuration (scopes, path resolvers) on every turn;
    // like DialogManager's `stateConfiguration`, the first turn's is kept and reused.
    if (this.stateConfiguration !== undefined) context.turnState.set(STATE_CONFIGURATION_KEY, this.stateConfiguration);
    const dc = await this.dialogs.createContext(context);
    this.stateConfiguration ??= dc.state.configuration;
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.deps.mainDialog.id);
  }

  private async welcome(context: TurnContext, greeting: Greeting = 'welcome'): Promise<void> {
    if (await this.welcomed.get(context, false)) return;
    await this.welcomed.set(context, true);
    await sendReply(context, greeting === 'teamIntro' ? teamIntroAnswer(this.deps.kb, context.activity.recipient?.name) : welcomeAnswer(this.deps.kb));
    this.deps.logger.debug({ channel: context.activity.channelId }, 'welcomed user');
  }
}
