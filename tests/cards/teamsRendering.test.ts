import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overviewAnswer } from '../../src/answers/programAnswers.js';
import { renderReply } from '../../src/channels/render.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { comparisonAnswer } from '../../src/query/comparison.js';
import { NO_CONSTRAINTS } from '../../src/query/constraints.js';
import { QueryEngine } from '../../src/query/queryEngine.js';
import { queryAnswer } from '../../src/query/queryAnswer.js';
import { adaptiveContent, cardProblems } from '../helpers/validateCard.js';

const kb = loadKnowledge(join(__dirname, '..', '..', 'knowledge'));
/** Teams shows at most this many actions on a card. */
const TEAMS_MAX_ACTIONS = 6;

function teamsGroupChat(): TurnContext {
  const activity: Partial<Activity> = { type: 'message', channelId: 'msteams', conversation: { id: 'c', conversationType: 'groupChat', isGroup: true, name: '' }, from: { id: 'u', name: 'u' }, recipient: { id: 'b', name: 'b' } };
  return new TurnContext(new TestAdapter(), activity);
}

describe('cards in a Teams group chat, where follow-ups become card buttons', () => {
  const oit = kb.programs.find((p) => p.id === 'oit');
  if (oit === undefined) throw new Error('no OIT');
  const cases = [
    { name: 'program', reply: overviewAnswer(kb, oit), fact: 'Klamath Falls, Oregon' },
    { name: 'comparison', reply: comparisonAnswer(kb, kb.programs), fact: 'HACC: 3 years' },
    { name: 'list', reply: queryAnswer(new QueryEngine(kb).run({ ...NO_CONSTRAINTS, criteria: ['online'] })).reply, fact: 'Weber State University' },
  ];
  for (const { name, reply, fact } of cases) {
    it(`keeps the ${name} card valid, at version 1.5, with no more actions than Teams shows`, () => {
      const activity = renderReply(reply, teamsGroupChat());
      const card = adaptiveContent(activity.attachments?.[0]);
      expect(card.version).toBe('1.5');
      expect(cardProblems(card)).toEqual([]);
      const actions = (card.actions as unknown[] | undefined) ?? [];
      expect(actions.length).toBeGreaterThanOrEqual(reply.suggestions.length);
      expect(actions.length).toBeLessThanOrEqual(TEAMS_MAX_ACTIONS);
      // The same facts travel as text in the same activity, for text-only clients and screen readers.
      expect(activity.text).toContain(fact);
    });
  }
});
