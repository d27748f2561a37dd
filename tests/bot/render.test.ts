/** How one reply is rendered for different channels and Teams scopes, with an answer's citation and feedback buttons. */
import { join } from 'node:path';
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { replyRenderer } from '../../src/bot/render.js';
import { PROJECT_ROOT } from '../../src/platform/paths.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { fromArticle, reply, type Reply } from '../../src/replies/reply.js';
import { teamsMessage } from '../helpers/teamsActivity.js';

const { source } = loadKnowledge(join(PROJECT_ROOT, 'knowledge'));
const render = replyRenderer({ source, knowledgeVersion: 'k1' });
const list = reply('Programs:\n- OIT\n- HACC', ['How much is OIT?', 'Is OIT online?']);
/** An answer from the article, keyed as the root dialog keys it. */
const answer: Reply = {
  ...fromArticle(
    'Weber State University',
    reply('Weber State charges in-state students $6,228 per year.\n\nOut-of-state students pay more.', [
      'Is Weber online?',
    ]),
  ),
  answerKey: 'program_tuition/weber',
};

function contextFor(activity: Partial<Activity>): TurnContext {
  return new TurnContext(new TestAdapter(), activity);
}

const onChannel = (channelId: string): TurnContext =>
  contextFor({ type: 'message', channelId, conversation: { id: 'c', isGroup: false, name: '', conversationType: '' } });

/** The root schema.org Message entity of an activity, if it has one. */
function messageEntityOf(activity: Partial<Activity>): Record<string, unknown> | undefined {
  return activity.entities?.find((e) => e.type === 'https://schema.org/Message');
}

describe('replyRenderer', () => {
  it('keeps the markdown and suggested actions as they are outside Teams', () => {
    const out = render(list, onChannel('emulator'));
    expect(out.text).toBe('Programs:\n- OIT\n- HACC');
    expect(out.suggestedActions?.actions.map((a) => a.title)).toEqual(['How much is OIT?', 'Is OIT online?']);
    expect(out.attachments).toBeUndefined();
    expect(out.textFormat).toBe('markdown');
  });

  it('uses paragraph breaks and suggested actions in a Teams personal chat', () => {
    const out = render(list, contextFor(teamsMessage('personal', 'hi')));
    expect(out.text).toBe('Programs:\n\n- OIT\n\n- HACC');
    expect(out.suggestedActions?.actions.map((a) => a.type)).toEqual(['imBack', 'imBack']);
    expect(out.attachments).toBeUndefined();
  });

  it('moves the follow-ups onto a card in Teams group chats and channels', () => {
    for (const scope of ['groupChat', 'channel'] as const) {
      const out = render(list, contextFor(teamsMessage(scope, 'hi')));
      expect(out.suggestedActions).toBeUndefined();
      expect(out.attachments?.map((a) => a.contentType)).toEqual(['application/vnd.microsoft.card.hero']);
    }
  });

  it('cites the article as a Claim and turns on the feedback buttons for an answer in Teams, with no source line', () => {
    for (const scope of ['personal', 'groupChat'] as const) {
      const out = render(answer, contextFor(teamsMessage(scope, 'how much is weber')));
      expect(out.text).toBe(
        'Weber State charges in-state students $6,228 per year. [1]\n\nOut-of-state students pay more.',
      );
      expect(out.channelData).toEqual({ feedbackLoopEnabled: true });
      const entity = messageEntityOf(out);
      expect(entity?.citation).toEqual([
        {
          '@type': 'Claim',
          position: 1,
          appearance: {
            '@type': 'DigitalDocument',
            name: source.title,
            abstract: `By ${source.author}. Section: Weber State University.`,
          },
        },
      ]);
      expect(entity?.potentialAction).toBeUndefined();
    }
  });

  it('cites the article and offers thumbs buttons naming the answer in the Web Chat widget, with no source line', () => {
    for (const channel of ['directline', 'webchat']) {
      const out = render(answer, onChannel(channel));
      expect(out.text).toMatch(
        /^Weber State charges in-state students \$6,228 per year\. \[1\]\n\nOut-of-state students pay more\.\n\n\[1\]: cite:1 "/,
      );
      expect(out.text).not.toContain('Source:');
      expect(out.channelData).toBeUndefined();
      const entity = messageEntityOf(out);
      expect((entity?.citation as Array<{ appearance: { abstract: string } }>)[0]?.appearance.abstract).toBe(
        `By ${source.author}. Section: Weber State University.`,
      );
      const rated = { '@type': 'CreativeWork', identifier: 'program_tuition/weber', version: 'k1' };
      expect(entity?.potentialAction).toEqual([
        { '@type': 'LikeAction', actionStatus: 'PotentialActionStatus', object: rated },
        { '@type': 'DislikeAction', actionStatus: 'PotentialActionStatus', object: rated },
      ]);
    }
  });

  it('ends an answer with one short source line in the Emulator and other text channels, with no entity or feedback', () => {
    for (const channel of ['emulator', 'test', 'console']) {
      const out = render(answer, onChannel(channel));
      expect(out.text).toBe(
        `Weber State charges in-state students $6,228 per year.\n\nOut-of-state students pay more.\n\nSource: ${source.title} by ${source.author}, section "Weber State University".`,
      );
      expect(out.entities).toBeUndefined();
      expect(out.channelData).toBeUndefined();
    }
  });

  it('neither cites nor offers feedback on a reply that is not from the article', () => {
    for (const context of [
      contextFor(teamsMessage('personal', 'hi')),
      onChannel('directline'),
      onChannel('emulator'),
    ]) {
      const out = render(list, context);
      expect(out.text).not.toMatch(/\[1\]|Source:/);
      expect(out.entities).toBeUndefined();
      expect(out.channelData).toBeUndefined();
    }
  });

  it('cites an article reply that is not an answer to rate (no answer key) without feedback buttons', () => {
    const cited = fromArticle('Accreditation', reply('Six regional bodies accredit US colleges.'));
    const teams = render(cited, contextFor(teamsMessage('personal', 'hi')));
    expect(messageEntityOf(teams)?.citation).toHaveLength(1);
    expect(teams.channelData).toBeUndefined();
    expect(messageEntityOf(render(cited, onChannel('directline')))?.potentialAction).toBeUndefined();
  });
});
