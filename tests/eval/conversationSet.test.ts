import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { leakedTurns, loadConversationSet, PATTERNS } from '../../scripts/eval/conversationSet.js';

const dir = mkdtempSync(join(tmpdir(), 'conversation-set-'));

/** Writes a set with one conversation built from `conversation` and returns the file's path. */
function setFile(conversation: Record<string, unknown>, name = 'set.json'): string {
  const file = join(dir, name);
  const base = {
    id: 'pc-001',
    pattern: 'personal-context',
    persona: 'nurse',
    turns: [{ user: 'Is North Valley online?', expect: { answer: 'yes' } }],
  };
  writeFileSync(
    file,
    JSON.stringify({
      description: 'test set',
      articleFigures: { dollars: [400], numbers: [10] },
      conversations: [{ ...base, ...conversation }],
    }),
  );
  return file;
}

describe('loading the conversation set', () => {
  it('reads conversations, turns and checks, with one mentionsAny group widened to a list of groups', () => {
    const file = setFile({
      turns: [
        {
          user: 'Where is NVC?',
          expect: { mentions: ['Ohio'], mentionsAny: ['NVC', 'North Valley'], programsOnly: ['north'] },
        },
        { user: 'thanks' },
      ],
    });
    const set = loadConversationSet(file, ['north']);
    expect(set.conversations[0]?.turns).toEqual([
      {
        user: 'Where is NVC?',
        expect: { mentions: ['Ohio'], mentionsAny: [['NVC', 'North Valley']], programsOnly: ['north'] },
      },
      { user: 'thanks', expect: {} },
    ]);
    expect(set.articleFigures).toEqual({ dollars: [400], numbers: [10] });
  });

  it('names the file, the conversation and the path of an unknown answer', () => {
    const file = setFile({ turns: [{ user: 'hi', expect: { answer: 'maybe' } }] }, 'bad-answer.json');
    expect(() => loadConversationSet(file, ['north'])).toThrow(
      `${file}: conversations[0] (pc-001).turns[0].expect.answer must be one of yes, no, unknown (got "maybe")`,
    );
  });

  it("rejects a pattern tag that is not one of the issue's", () => {
    const file = setFile({ pattern: 'misc' }, 'bad-pattern.json');
    expect(() => loadConversationSet(file, ['north'])).toThrow(
      /conversations\[0\] \(pc-001\)\.pattern must be one of personal-context/,
    );
  });

  it('rejects a check it does not know and a program id knowledge/ does not have', () => {
    expect(() =>
      loadConversationSet(setFile({ turns: [{ user: 'hi', expect: { mention: ['x'] } }] }, 'typo.json'), ['north']),
    ).toThrow(/expect\.mention is not a known check/);
    expect(() =>
      loadConversationSet(
        setFile({ turns: [{ user: 'hi', expect: { programsOnly: ['south'] } }] }, 'unknown-id.json'),
        ['north'],
      ),
    ).toThrow(/programsOnly\[0\] names unknown program "south"/);
  });

  it('reports a file that is not JSON by name', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "conversations": [');
    expect(() => loadConversationSet(file, [])).toThrow(`${file}: cannot be read as JSON`);
  });
});

describe("the conversation set's leak check", () => {
  it('finds a user turn copied into training, even with case and punctuation changed', () => {
    const set = loadConversationSet(setFile({}, 'leak.json'), ['north']);
    expect(leakedTurns(set, ['is north valley online'])).toEqual(['pc-001: Is North Valley online?']);
    expect(leakedTurns(set, ['is north valley in ohio'])).toEqual([]);
  });
});

describe('the holdout conversation set', () => {
  it('loads with at least 15 conversations for each pattern, 30 the article does not answer and 15 look-ups', () => {
    const kb = loadKnowledge(join(__dirname, '../../knowledge'));
    const set = loadConversationSet(
      join(__dirname, '../fixtures/eval/conversations-holdout.json'),
      kb.programs.map((p) => p.id),
    );
    const count = (pattern: string): number => set.conversations.filter((c) => c.pattern === pattern).length;
    const issuePatterns = PATTERNS.filter((p) => p !== 'unanswerable' && p !== 'lookup');
    expect(issuePatterns.filter((p) => count(p) < 15)).toEqual([]);
    expect(count('unanswerable')).toBeGreaterThanOrEqual(30);
    expect(count('lookup')).toBeGreaterThanOrEqual(15);
  });
});
