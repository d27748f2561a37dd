/**
 * The learning log in process memory, for tests and `STORAGE=memory` runs: lost on restart and not
 * shared between instances.
 */
import {
  MAX_ENTRIES,
  utcDay,
  type DayCounts,
  type LearningSnapshot,
  type LearningStore,
  type StoredFeedback,
  type StoredUnanswered,
} from './types.js';

/** Learning log entries in arrays, forgotten after `retentionMs`. */
export class MemoryLearningStore implements LearningStore {
  private readonly days = new Map<string, { conversations: number; messages: number; fallbacks: number }>();
  private unanswered: StoredUnanswered[] = [];
  private feedback: StoredFeedback[] = [];

  constructor(private readonly options: { readonly retentionMs: number; readonly now?: () => number }) {}

  async addTurn(day: string, conversation: boolean, fallback: boolean): Promise<void> {
    const d = this.days.get(day) ?? { conversations: 0, messages: 0, fallbacks: 0 };
    this.days.set(day, {
      conversations: d.conversations + (conversation ? 1 : 0),
      messages: d.messages + 1,
      fallbacks: d.fallbacks + (fallback ? 1 : 0),
    });
    this.purge();
  }

  async addUnanswered(entry: StoredUnanswered): Promise<void> {
    this.unanswered.push(entry);
    this.purge();
  }

  async addFeedback(entry: StoredFeedback): Promise<void> {
    this.feedback.push(entry);
    this.purge();
  }

  async read(since: number): Promise<LearningSnapshot> {
    const fromDay = utcDay(since);
    const days: DayCounts[] = [...this.days].filter(([day]) => day >= fromDay).map(([day, c]) => ({ day, ...c }));
    return {
      days,
      unanswered: this.unanswered.filter((e) => e.at >= since),
      feedback: this.feedback.filter((e) => e.at >= since),
    };
  }

  async close(): Promise<void> {}

  /** Drops what is past the retention, and the oldest entries beyond {@link MAX_ENTRIES}. */
  private purge(): void {
    const cutoff = (this.options.now ?? Date.now)() - this.options.retentionMs;
    const cutoffDay = utcDay(cutoff);
    for (const day of this.days.keys()) if (day < cutoffDay) this.days.delete(day);
    this.unanswered = this.unanswered.filter((e) => e.at >= cutoff).slice(-MAX_ENTRIES);
    this.feedback = this.feedback.filter((e) => e.at >= cutoff).slice(-MAX_ENTRIES);
  }
}
