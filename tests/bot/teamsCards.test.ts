import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { NO_CONSTRAINTS, runQuery } from '../../src/advice/queryEngine.js';
import { replyRenderer } from '../../src/bot/render.js';
import { MAX_CARD_ACTIONS } from '../../src/bot/teams/cardButtons.js';
import { comparisonAnswer } from '../../src/replies/comparison.js';
import { overviewAnswer } from '../../src/replies/programs.js';
import { queryAnswer } from '../../src/replies/queries.js';
import { kb, program } from '../helpers/fixtureUnderstanding.js';
import { adaptiveContent, cardProblems } from '../helpers/validateCard.js';

const renderReply = replyRenderer({ source: kb.source, knowledgeVersion: 'k1' });

function teamsGroupChat(): TurnContext {
  const activity: Partial<Activity> = {
    type: 'message',
    channelId: 'msteams',
    conversation: { id: 'c', conversationType: 'groupChat', isGroup: true, name: '' },
    from: { id: 'u', name: 'u' },
    recipient: { id: 'b', name: 'b' },
  };
  return new TurnContext(new TestAdapter(), activity);
}

describe('cards in a Teams group chat, where follow-ups become card buttons', () => {
  const cases = [
    { name: 'program', reply: overviewAnswer(kb, program('alder')), fact: 'Boise, Idaho' },
    { name: 'comparison', reply: comparisonAnswer(kb, kb.programs), fact: 'Cedar Valley: 2 years' },
    {
      name: 'list',
      reply: queryAnswer(kb, runQuery(kb, { ...NO_CONSTRAINTS, criteria: ['online'] })),
      fact: 'Alder Technical Institute',
    },
  ];
  for (const { name, reply, fact } of cases) {
    it(`keeps the ${name} card valid, at version 1.5, with no more actions than Teams shows`, () => {
      const activity = renderReply(reply, teamsGroupChat());
      const card = adaptiveContent(activity.attachments?.[0]);
      expect(card.version).toBe('1.5');
      expect(cardProblems(card)).toEqual([]);
      const actions = (card.actions as unknown[] | undefined) ?? [];
      expect(actions.length).toBeGreaterThan(0);
      expect(actions.length).toBeLessThanOrEqual(MAX_CARD_ACTIONS);
      // The same facts travel as text in the same activity, for text-only clients and screen readers.
      expect(activity.text).toContain(fact);
    });
  }
});
