/** The staff report's data: similar questions grouped with counts and their leaning intent, answers ranked by thumbs-down. */
import { describe, expect, it } from 'vitest';
import { buildReport, MAX_GROUPS } from '../../src/learning/report.js';
import { groupBySimilarity, jaccard, questionSignature } from '../../src/learning/similarity.js';
import type { StoredFeedback, StoredUnanswered } from '../../src/learning/types.js';

const NOW = Date.parse('2026-05-20T12:00:00Z');
const HOUR = 60 * 60 * 1000;
const window = { now: NOW, retentionDays: 7, keepsUnanswered: true };

function asked(text: string, hoursAgo: number, extra: Partial<StoredUnanswered> = {}): StoredUnanswered {
  return { at: NOW - hoursAgo * HOUR, text, reason: 'out_of_scope', knowledgeVersion: 'v1', ...extra };
}

describe('grouping unanswered questions', () => {
  it('puts rewordings of one question together and keeps different questions apart', () => {
    const groups = groupBySimilarity(
      [
        'Are there night classes?',
        'do you have night classes',
        'what is the average salary',
        'night classes available?',
        'average salary for PACS admins',
      ],
      (t) => t,
    );
    expect(groups).toEqual([
      ['Are there night classes?', 'do you have night classes', 'night classes available?'],
      ['what is the average salary', 'average salary for PACS admins'],
    ]);
  });

  it('compares stems of content words, so "classes" and "class" match and "the" does not count', () => {
    expect([...questionSignature('Are the evening classes online?')].sort()).toEqual(['class', 'even', 'onlin']);
    expect(jaccard(questionSignature('evening class'), questionSignature('the evening classes'))).toBe(1);
  });

  it('groups a question of stop words only with its exact repeats', () => {
    expect(groupBySimilarity(['and you?', 'and you', 'why?'], (t) => t)).toEqual([['and you?', 'and you'], ['why?']]);
  });
});

describe('buildReport', () => {
  it('lists groups most asked first, each with its top wording, other wordings, leaning intent and reasons', () => {
    const report = buildReport(
      {
        days: [],
        unanswered: [
          asked('average salary?', 50),
          asked('are there night classes', 30, { leaningIntent: 'program_delivery', reason: 'below_threshold' }),
          asked('Are there night classes?', 20, { leaningIntent: 'program_delivery' }),
          asked('night classes available?', 10, {
            leaningIntent: 'program_start_terms',
            reason: 'did_you_mean_refused',
          }),
          asked('are there night classes', 5),
        ],
        feedback: [],
      },
      window,
    );
    expect(report.unansweredCount).toBe(5);
    expect(report.unanswered).toEqual([
      {
        question: 'are there night classes',
        count: 4,
        wordings: ['are there night classes', 'night classes available?'],
        leaningIntent: 'program_delivery',
        reasons: { below_threshold: 1, out_of_scope: 2, did_you_mean_refused: 1 },
        lastSeen: '2026-05-20',
      },
      {
        question: 'average salary?',
        count: 1,
        wordings: ['average salary?'],
        reasons: { out_of_scope: 1 },
        lastSeen: '2026-05-18',
      },
    ]);
  });

  it(`lists at most ${MAX_GROUPS} groups`, () => {
    const unanswered = Array.from({ length: MAX_GROUPS + 5 }, (_, i) =>
      asked(`question number${'x'.repeat(i)} topic${i}`, 1),
    );
    expect(buildReport({ days: [], unanswered, feedback: [] }, window).unanswered).toHaveLength(MAX_GROUPS);
  });

  it('ranks answers by thumbs-down and lists their comments newest first', () => {
    const f = (answerKey: string, reaction: 'up' | 'down', hoursAgo: number, comment?: string): StoredFeedback => ({
      at: NOW - hoursAgo * HOUR,
      answerKey,
      knowledgeVersion: 'v1',
      reaction,
      ...(comment ? { comment } : {}),
    });
    const report = buildReport(
      {
        days: [],
        unanswered: [],
        feedback: [
          f('what_is_pacs', 'up', 3),
          f('program_tuition', 'down', 5, 'no total cost'),
          f('program_tuition', 'down', 1, 'unit unclear'),
          f('program_tuition', 'up', 2),
        ],
      },
      window,
    );
    expect(report.feedback).toEqual([
      {
        answerKey: 'program_tuition',
        knowledgeVersion: 'v1',
        up: 1,
        down: 2,
        comments: [
          { reaction: 'down', comment: 'unit unclear', day: '2026-05-20' },
          { reaction: 'down', comment: 'no total cost', day: '2026-05-20' },
        ],
      },
      { answerKey: 'what_is_pacs', knowledgeVersion: 'v1', up: 1, down: 0, comments: [] },
    ]);
  });

  it('fills every day of the window and gives no fallback rate for a day without messages', () => {
    const report = buildReport(
      { days: [{ day: '2026-05-19', conversations: 2, messages: 8, fallbacks: 2 }], unanswered: [], feedback: [] },
      window,
    );
    expect(report.days.map((d) => d.day)).toEqual([
      '2026-05-14',
      '2026-05-15',
      '2026-05-16',
      '2026-05-17',
      '2026-05-18',
      '2026-05-19',
      '2026-05-20',
    ]);
    expect(report.days.map((d) => d.fallbackRate)).toEqual([null, null, null, null, null, 0.25, null]);
    expect(report.totals).toEqual({ day: 'total', conversations: 2, messages: 8, fallbacks: 2, fallbackRate: 0.25 });
  });
});
