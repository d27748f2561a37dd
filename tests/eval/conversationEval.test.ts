import { describe, expect, it } from 'vitest';
import type { EvalBot, SendMessage } from '../../scripts/eval/conversationBot.js';
import { evaluateConversations, runConversation } from '../../scripts/eval/conversationEval.js';
import type { Conversation, ConversationSet } from '../../scripts/eval/conversationSet.js';

const figures = { dollars: [400], numbers: [10] };

/** A stand-in bot that answers from a script, each conversation from its start. */
function scriptedBot(answers: Record<string, string | Error>): EvalBot {
  return {
    programs: [{ id: 'north', names: ['North Valley'] }],
    maxTextChars: 1000,
    startConversation(): SendMessage {
      return async (text) => {
        const answer = answers[text];
        if (answer instanceof Error) throw answer;
        return answer === undefined ? [] : [answer];
      };
    },
  };
}

function conversation(id: string, pattern: Conversation['pattern'], ...turns: Conversation['turns']): Conversation {
  return { id, pattern, persona: 'beginner', turns };
}

describe('running a conversation through a bot', () => {
  it('is right only when every turn passes every check', async () => {
    const bot = scriptedBot({ 'where is it?': 'North Valley is in Ohio.', 'how much?': 'It costs $999.' });
    const ok = await runConversation(
      bot,
      figures,
      conversation('lk-001', 'lookup', { user: 'where is it?', expect: { mentions: ['Ohio'] } }),
    );
    const invented = await runConversation(
      bot,
      figures,
      conversation('lk-002', 'lookup', { user: 'where is it?', expect: {} }, { user: 'how much?', expect: {} }),
    );
    expect(ok.right).toBe(true);
    expect(invented.right).toBe(false);
    expect(invented.turns[1]?.failures.map((f) => f.check)).toEqual(['honesty']);
  });

  it('records a turn that throws as a failure and stops the conversation there', async () => {
    const bot = scriptedBot({ boom: new Error('dialog stack broken') });
    const result = await runConversation(
      bot,
      figures,
      conversation('id-001', 'identity', { user: 'boom', expect: {} }, { user: 'hello', expect: {} }),
    );
    expect(result.right).toBe(false);
    expect(result.turns).toEqual([
      { user: 'boom', reply: '', failures: [{ check: 'error', detail: 'the turn threw: dialog stack broken' }] },
    ]);
  });
});

describe('scoring the set', () => {
  it('counts right conversations per pattern and overall, and lists the failed ones', async () => {
    const bot = scriptedBot({ a: 'Yes.', b: 'No.' });
    const conversations = [
      conversation('da-001', 'direct-answers', { user: 'a', expect: { answer: 'yes' } }),
      conversation('da-002', 'direct-answers', { user: 'b', expect: { answer: 'yes' } }),
      conversation('lk-001', 'lookup', { user: 'a', expect: {} }),
    ];
    const set: ConversationSet = { description: '', articleFigures: figures, conversations };
    const report = await evaluateConversations(bot, set);
    expect(report.overall).toEqual({ right: 2, total: 3, accuracy: 2 / 3 });
    expect(report.perPattern).toEqual([
      { pattern: 'direct-answers', right: 1, total: 2, accuracy: 0.5 },
      { pattern: 'lookup', right: 1, total: 1, accuracy: 1 },
    ]);
    expect(report.failed.map((r) => r.conversation.id)).toEqual(['da-002']);
  });
});
