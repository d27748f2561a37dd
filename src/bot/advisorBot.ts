/**
 * The activity handler, as in the Bot Framework samples: messages run the root dialog, new members
 * are greeted exactly once, and state is saved at the end of every turn.
 * @remarks Web Chat over Direct Line sends its own `webchat/join` event on connect and sometimes
 * also conversationUpdates; the welcome goes out once per conversation, whichever arrives.
 */
import { TeamsActivityHandler, type BotState, type MessagingExtensionQuery, type MessagingExtensionResponse, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { runDialog, type Dialog, type DialogState } from 'botbuilder-dialogs';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Logger } from '../logger.js';
import { teamIntroAnswer, welcomeAnswer } from '../replies/general.js';
import { greetingOnMembersAdded, type Greeting } from '../teams/greeting.js';
import { programSearchResponse } from '../teams/programSearch.js';
import { renderReply } from './render.js';

/** Channels whose clients announce themselves with a `webchat/join` event. */
const JOIN_EVENT_CHANNELS = new Set(['webchat', 'directline']);
/** The event Web Chat sends when it connects. */
export const JOIN_EVENT = 'webchat/join';

/** Dependencies of {@link AdvisorBot}. */
export interface AdvisorBotDeps {
  readonly kb: KnowledgeBase;
  readonly conversationState: BotState;
  readonly rootDialog: Dialog;
  readonly logger: Logger;
}

/** The PACS advisor bot. */
export class AdvisorBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly welcomed: StatePropertyAccessor<boolean>;

  constructor(private readonly deps: AdvisorBotDeps) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.welcomed = deps.conversationState.createProperty<boolean>('welcomed');

    this.onMessage(async (context, next) => {
      if (typeof context.activity.text === 'string') await runDialog(deps.rootDialog, context, this.dialogState);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      // Teams: a welcome in personal chats, one short intro when added to a team or group chat, none per joining member.
      const greeting = greetingOnMembersAdded(context.activity, JOIN_EVENT_CHANNELS);
      if (greeting !== 'none') await this.welcome(context, greeting);
      await next();
    });
    this.onEvent(async (context, next) => {
      if (context.activity.name === JOIN_EVENT) await this.welcome(context);
      await next();
    });
    this.onDialog(async (context, next) => {
      await deps.conversationState.saveChanges(context, false);
      await next();
    });
  }

  /** Teams message extension: a program search from the compose box, answered with program cards. */
  protected override async handleTeamsMessagingExtensionQuery(_context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    return programSearchResponse(this.deps.kb, query);
  }

  private async welcome(context: TurnContext, greeting: Greeting = 'welcome'): Promise<void> {
    if (await this.welcomed.get(context, false)) return;
    await this.welcomed.set(context, true);
    const reply = greeting === 'teamIntro' ? teamIntroAnswer(this.deps.kb, context.activity.recipient?.name) : welcomeAnswer(this.deps.kb);
    await context.sendActivity(renderReply(reply, context));
    this.deps.logger.debug({ channel: context.activity.channelId }, 'welcomed user');
  }
}
