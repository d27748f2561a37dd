import { describe, expect, it } from 'vitest';
import { conversationReport, type ConversationResult } from '../../scripts/eval/conversationEval.js';
import { conversationText } from '../../scripts/eval/textReport.js';

function result(id: string, right: boolean): ConversationResult {
  const user = `question of ${id}`;
  return {
    conversation: { id, pattern: 'lookup', persona: 'beginner', turns: [{ user, expect: { mentions: ['Ohio'] } }] },
    turns: [
      { user, reply: 'It is in Utah.', failures: right ? [] : [{ check: 'mentions', detail: 'missing "Ohio"' }] },
    ],
    right,
  };
}

describe('the conversation set in the terminal report', () => {
  const report = conversationReport([result('lk-001', true), result('lk-002', false)]);

  it('gives the figures per pattern and lists every failed conversation with its question', () => {
    const text = conversationText(report);
    expect(text).toContain('overall 50.0% (1/2 right)');
    expect(text).toMatch(/lookup\s+1\s+2\s+50\.0%/);
    expect(text).toContain('question of lk-002');
  });

  it("keeps a holdout set's failed questions out when asked to show only the figures", () => {
    const text = conversationText(report, false);
    expect(text).toMatch(/lookup\s+1\s+2\s+50\.0%/);
    expect(text).not.toContain('lk-002');
    expect(text).not.toContain('question of');
  });
});
