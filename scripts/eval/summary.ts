/**
 * The one-line JSON summaries printed by `npm run eval -- --json`.
 */
import type { ConversationReport } from './conversationEval.js';
import type { CorpusReport, Figure } from './corpusEval.js';
import type { PacsReport } from './pacsEval.js';

/** Rounds to four decimals so summaries stay readable and diffable. */
function r4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** Headline PACS figures. */
export interface PacsSummary {
  readonly set: 'pacs';
  readonly items: number;
  readonly accuracy: number;
  readonly microF1: number;
  readonly macroF1: number;
  readonly oosPrecision: number;
  readonly oosRecall: number;
  readonly entityAccuracy: number;
  readonly misses: number;
}

/** Headline figures of the PACS report. */
export function pacsSummary(report: PacsReport): PacsSummary {
  return {
    set: 'pacs',
    items: report.metrics.total,
    accuracy: r4(report.metrics.accuracy),
    microF1: r4(report.metrics.microF1),
    macroF1: r4(report.metrics.macroF1),
    oosPrecision: r4(report.outOfScope.precision),
    oosRecall: r4(report.outOfScope.recall),
    entityAccuracy: r4(report.entities.accuracy),
    misses: report.misses.length,
  };
}

/** Headline figures of corpus runs, keyed by corpus name. */
export function corpusSummary(
  reports: readonly CorpusReport[],
  pooled: Figure | undefined,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const r of reports) {
    out[r.corpus] = Object.fromEntries([
      ...r.figures.map((f) => [f.name, r4(f.value)]),
      ['trainMs', Math.round(r.trainMs)],
      ['testMs', Math.round(r.testMs)],
    ]);
  }
  if (pooled !== undefined) out['Braun pooled'] = { [pooled.name]: r4(pooled.value) };
  return out;
}

/** Headline figures of the conversation set: overall and per pattern, as fractions right. */
export interface ConversationSummary {
  readonly set: 'conversations';
  readonly conversations: number;
  readonly accuracy: number;
  readonly perPattern: Readonly<Record<string, number>>;
}

/** Headline figures of the conversation report. */
export function conversationSummary(report: ConversationReport): ConversationSummary {
  return {
    set: 'conversations',
    conversations: report.overall.total,
    accuracy: r4(report.overall.accuracy),
    perPattern: Object.fromEntries(report.perPattern.map((p) => [p.pattern, r4(p.accuracy)])),
  };
}
