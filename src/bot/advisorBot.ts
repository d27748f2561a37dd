/**
 * The activity handler, as in the Bot Framework samples: messages run the root dialog, new members
 * are greeted exactly once, feedback clicks go to the learning log, and state is saved at the end
 * of every turn.
 * @remarks Web Chat over Direct Line sends its own `webchat/join` event on connect and sometimes
 * also conversationUpdates; the welcome goes out once per conversation, whichever arrives.
 */
import {
  TeamsActivityHandler,
  type BotState,
  type InvokeResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from 'botbuilder-dialogs';
import type { RenderReply } from '../../dialogs/flow.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { FEEDBACK_INVOKE_OK, isTeamsFeedbackInvoke, isWebChatFeedbackEvent } from '../learning/feedbackShapes.js';
import type { Logger } from '../platform/logger.js';
import { teamIntroAnswer, welcomeAnswer } from '../replies/general.js';
import { greetingOnMembersAdded, type Greeting } from './teams/greeting.js';
import { programSearchResponse } from './teams/programSearch.js';
import type { TurnLearning } from './turnLearning.js';

/** Channels whose clients announce themselves with a `webchat/join` event. */
const JOIN_EVENT_CHANNELS = new Set(['webchat', 'directline']);
/** The event Web Chat sends when it connects. */
export const JOIN_EVENT = 'webchat/join';

/** Dependencies of {@link AdvisorBot}. */
export interface AdvisorBotDeps {
  readonly kb: KnowledgeBase;
  readonly conversationState: BotState;
  readonly rootDialog: Dialog;
  readonly render: RenderReply;
  /** Counts turns, keeps unanswered questions and records feedback. */
  readonly learning: TurnLearning;
  readonly logger: Logger;
}

/** The PACS advisor bot. */
export class AdvisorBot extends TeamsActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly welcomed: StatePropertyAccessor<boolean>;

  constructor(private readonly deps: AdvisorBotDeps) {
    super();
    this.dialogs = new DialogSet(deps.conversationState.createProperty<DialogState>('dialogState')).add(
      deps.rootDialog,
    );
    this.welcomed = deps.conversationState.createProperty<boolean>('welcomed');

    this.onMessage(async (context, next) => {
      if (typeof context.activity.text === 'string') {
        await this.runRootDialog(context);
        await deps.learning.messageAnswered(context);
      }
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      // Teams: no welcome in personal chats (the prompt starters take its place), one short intro when added to a team or group chat, none per joining member.
      const greeting = greetingOnMembersAdded(context.activity, JOIN_EVENT_CHANNELS);
      if (greeting !== 'none') await this.welcome(context, greeting);
      await next();
    });
    this.onEvent(async (context, next) => {
      if (context.activity.name === JOIN_EVENT) await this.welcome(context);
      // A thumbs click in Web Chat: recorded, never answered.
      else if (isWebChatFeedbackEvent(context.activity)) await deps.learning.webChatFeedback(context);
      await next();
    });
    this.onDialog(async (context, next) => {
      await deps.conversationState.saveChanges(context, false);
      await next();
    });
  }

  /**
   * Teams' feedback invoke (`message/submitAction` with `actionName: "feedback"`) is answered 200
   * with an empty body, as Teams requires; TeamsActivityHandler has no handler for it (it would answer 501).
   * @remarks Any other status makes Teams tell the student it could not reach the app, so a click
   * that cannot be recorded (no reply id, as the Agents Playground sends it; a reply no longer
   * remembered) is still answered 200, and only logged.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (!isTeamsFeedbackInvoke(context.activity)) return super.onInvokeActivity(context);
    await this.deps.learning.teamsFeedback(context);
    return { ...FEEDBACK_INVOKE_OK };
  }

  /** Teams message extension: a program search from the compose box, answered with program cards. */
  protected override async handleTeamsMessagingExtensionQuery(
    _context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    return programSearchResponse(this.deps.kb, query);
  }

  /**
   * Continues the open dialog, or begins the root one, as the core-bot sample's `MainDialog.run` does.
   * @remarks botbuilder's `runDialog` also loads and saves the memory scopes of adaptive dialogs and
   * sends the Emulator a snapshot of them on every turn; these dialogs keep their state in their own
   * dialog state and the bot saves it once, at the end of the turn.
   */
  private async runRootDialog(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.deps.rootDialog.id);
  }

  private async welcome(context: TurnContext, greeting: Greeting = 'welcome'): Promise<void> {
    if (await this.welcomed.get(context, false)) return;
    await this.welcomed.set(context, true);
    const reply =
      greeting === 'teamIntro'
        ? teamIntroAnswer(this.deps.kb, context.activity.recipient?.name)
        : welcomeAnswer(this.deps.kb);
    await context.sendActivity(this.deps.render(reply, context));
    this.deps.logger.debug({ channel: context.activity.channelId }, 'welcomed user');
  }
}
