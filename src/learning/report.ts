/**
 * The staff report's data, built from what the learning log holds: counts per day with the
 * fallback rate, unanswered questions grouped by similarity, and the reactions to each answer.
 */
import { groupBySimilarity } from './similarity.js';
import {
  DAY_MS,
  utcDay,
  type DayCounts,
  type LearningSnapshot,
  type Reaction,
  type StoredUnanswered,
  type UnansweredReason,
} from './types.js';

/** One day of the chart; `fallbackRate` is null on a day without messages. */
export interface DayReport extends DayCounts {
  readonly fallbackRate: number | null;
}

/** Questions that ask the same thing, with how often they were asked. */
export interface UnansweredGroup {
  /** The wording asked most often (the latest on a tie). */
  readonly question: string;
  readonly count: number;
  /** Distinct wordings, most asked first, at most {@link MAX_WORDINGS}. */
  readonly wordings: readonly string[];
  /** The intent the recognizer leaned to most often, if it leaned to any. */
  readonly leaningIntent?: string;
  readonly reasons: Readonly<Partial<Record<UnansweredReason, number>>>;
  /** UTC day the group was last asked. */
  readonly lastSeen: string;
}

/** A comment left with a reaction. */
export interface FeedbackComment {
  readonly reaction: Reaction;
  readonly comment: string;
  readonly day: string;
}

/** The reactions to one answer in one knowledge version. */
export interface AnswerFeedback {
  readonly answerKey: string;
  readonly knowledgeVersion: string;
  readonly up: number;
  readonly down: number;
  /** Newest first, at most {@link MAX_COMMENTS}. */
  readonly comments: readonly FeedbackComment[];
}

/** Everything the staff report shows (also served as /admin/report.json). */
export interface LearningReport {
  readonly generatedAt: string;
  readonly retentionDays: number;
  /** Whether unanswered questions are being kept (LEARNING_LOG=on). */
  readonly keepsUnanswered: boolean;
  /** Every day of the retention window, oldest first, zeros included. */
  readonly days: readonly DayReport[];
  readonly totals: DayReport;
  /** The most asked groups first, at most {@link MAX_GROUPS}. */
  readonly unanswered: readonly UnansweredGroup[];
  /** All unanswered questions in the window, grouped or not. */
  readonly unansweredCount: number;
  /** Answers with the most thumbs-down first. */
  readonly feedback: readonly AnswerFeedback[];
}

/** What the report covers. */
export interface ReportWindow {
  readonly now: number;
  readonly retentionDays: number;
  readonly keepsUnanswered: boolean;
}

/** How many groups of unanswered questions the report lists. */
export const MAX_GROUPS = 25;
/** How many wordings a group lists. */
export const MAX_WORDINGS = 8;
/** How many comments an answer lists. */
export const MAX_COMMENTS = 20;

/** Builds the report from a snapshot of the log. */
export function buildReport(snapshot: LearningSnapshot, window: ReportWindow): LearningReport {
  const days = dayReports(snapshot.days, window);
  const sum = (pick: (d: DayCounts) => number): number => days.reduce((n, d) => n + pick(d), 0);
  const totals = withRate({
    day: 'total',
    conversations: sum((d) => d.conversations),
    messages: sum((d) => d.messages),
    fallbacks: sum((d) => d.fallbacks),
  });
  const oldestFirst = [...snapshot.unanswered].sort((a, b) => a.at - b.at);
  const groups = groupBySimilarity(oldestFirst, (e) => e.text).map(unansweredGroup);
  groups.sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen));
  return {
    generatedAt: new Date(window.now).toISOString(),
    retentionDays: window.retentionDays,
    keepsUnanswered: window.keepsUnanswered,
    days,
    totals,
    unanswered: groups.slice(0, MAX_GROUPS),
    unansweredCount: snapshot.unanswered.length,
    feedback: answerFeedback(snapshot),
  };
}

function withRate(d: DayCounts): DayReport {
  return { ...d, fallbackRate: d.messages === 0 ? null : d.fallbacks / d.messages };
}

/** One entry per day of the window, oldest first, zeros where nothing was counted. */
function dayReports(counts: readonly DayCounts[], window: ReportWindow): DayReport[] {
  const byDay = new Map(counts.map((c) => [c.day, c]));
  const out: DayReport[] = [];
  for (let i = window.retentionDays - 1; i >= 0; i--) {
    const day = utcDay(window.now - i * DAY_MS);
    out.push(withRate(byDay.get(day) ?? { day, conversations: 0, messages: 0, fallbacks: 0 }));
  }
  return out;
}

/** Entries of `items` counted by `key`, most frequent first; ties keep the later entry first. */
function ranked<T>(
  items: readonly T[],
  key: (item: T) => string | undefined,
): Array<{ key: string; count: number; latest: T }> {
  const counts = new Map<string, { key: string; count: number; latest: T; order: number }>();
  items.forEach((item, order) => {
    const k = key(item);
    if (k === undefined) return;
    const seen = counts.get(k);
    counts.set(k, { key: k, count: (seen?.count ?? 0) + 1, latest: item, order });
  });
  return [...counts.values()].sort((a, b) => b.count - a.count || b.order - a.order);
}

function unansweredGroup(members: readonly StoredUnanswered[]): UnansweredGroup {
  // Wordings that differ only in case or punctuation are one wording.
  const wordings = ranked(members, (m) =>
    m.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  );
  const leaning = ranked(members, (m) => m.leaningIntent)[0];
  const reasons: Partial<Record<UnansweredReason, number>> = {};
  for (const m of members) reasons[m.reason] = (reasons[m.reason] ?? 0) + 1;
  const last = members.reduce((a, b) => (b.at > a ? b.at : a), 0);
  return {
    question: wordings[0]?.latest.text ?? '',
    count: members.length,
    wordings: wordings.slice(0, MAX_WORDINGS).map((w) => w.latest.text),
    ...(leaning === undefined ? {} : { leaningIntent: leaning.key }),
    reasons,
    lastSeen: utcDay(last),
  };
}

function answerFeedback(snapshot: LearningSnapshot): AnswerFeedback[] {
  const byAnswer = new Map<
    string,
    {
      answerKey: string;
      knowledgeVersion: string;
      up: number;
      down: number;
      comments: Array<FeedbackComment & { at: number }>;
    }
  >();
  for (const f of snapshot.feedback) {
    const key = `${f.answerKey}\u0000${f.knowledgeVersion}`;
    const entry = byAnswer.get(key) ?? {
      answerKey: f.answerKey,
      knowledgeVersion: f.knowledgeVersion,
      up: 0,
      down: 0,
      comments: [],
    };
    entry[f.reaction]++;
    if (f.comment !== undefined)
      entry.comments.push({ reaction: f.reaction, comment: f.comment, day: utcDay(f.at), at: f.at });
    byAnswer.set(key, entry);
  }
  return [...byAnswer.values()]
    .sort((a, b) => b.down - a.down || b.up + b.down - (a.up + a.down) || a.answerKey.localeCompare(b.answerKey))
    .map((a) => ({
      ...a,
      comments: a.comments
        .sort((x, y) => y.at - x.at)
        .slice(0, MAX_COMMENTS)
        .map(({ reaction, comment, day }) => ({ reaction, comment, day })),
    }));
}
