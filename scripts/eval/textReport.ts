/**
 * Plain-text rendering of evaluation reports for the terminal.
 */
import { excerpt } from './conversationChecks.js';
import type { ConversationReport, ConversationResult } from './conversationEval.js';
import type { CorpusReport } from './corpusEval.js';
import type { ItemResult, PacsReport } from './pacsEval.js';

/** A fraction as a percentage with one decimal. */
export function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function describeMiss(r: ItemResult): string {
  const ranking = r.ranking
    .slice(0, 3)
    .map((s) => `${s.intent} ${s.score.toFixed(2)}`)
    .join(', ');
  const context = r.item.previous !== undefined ? ` (after "${r.item.previous}")` : '';
  const intent = r.intentCorrect ? '' : ` expected ${r.item.intent}, got ${r.predicted};`;
  const entities =
    r.entityErrors.length > 0
      ? ` entities wrong: ${r.entityErrors.join(', ')} (got ${JSON.stringify(r.entities)});`
      : '';
  return `  "${r.item.text}"${context}:${intent}${entities} [${ranking}]`;
}

/** The PACS report: headline figures, per-intent table, confusions and every miss. */
export function pacsText(report: PacsReport, title = 'PACS evaluation set'): string {
  const m = report.metrics;
  const lines = [
    `${title}: ${m.total} items`,
    `  accuracy ${pct(m.accuracy)} (${m.correct}/${m.total})   micro F1 ${m.microF1.toFixed(3)}   macro F1 ${m.macroF1.toFixed(3)}`,
    `  out of scope: precision ${pct(report.outOfScope.precision)}  recall ${pct(report.outOfScope.recall)}  (${report.outOfScope.support} items)`,
    `  entity accuracy ${pct(report.entities.accuracy)}  (${Object.entries(report.entities.perField)
      .map(([f, a]) => `${f} ${pct(a)}`)
      .join(', ')})`,
    `  by tag: ${Object.entries(report.perTag)
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([t, s]) => `${t} ${pct(s.accuracy)} (${s.total})`)
      .join(', ')}`,
    '',
    `  ${pad('intent', 24)} ${pad('P', 7)} ${pad('R', 7)} ${pad('F1', 7)} n`,
    ...m.perLabel.map(
      (l) =>
        `  ${pad(l.label, 24)} ${pad(l.precision.toFixed(3), 7)} ${pad(l.recall.toFixed(3), 7)} ${pad(l.f1.toFixed(3), 7)} ${l.support}`,
    ),
    '',
    'Confusion pairs (expected → predicted):',
    ...m.confusions.map((c) => `  ${c.count} × ${c.expected} → ${c.predicted}`),
    '',
    `Misses (${report.misses.length}):`,
    ...report.misses.map(describeMiss),
  ];
  return lines.join('\n');
}

/** A public-corpus report: headline figures next to the published target. */
export function corpusText(report: CorpusReport): string {
  const lines = [
    `${report.corpus}: trained on ${report.trainSize}, tested on ${report.testSize} (${report.trainMs.toFixed(0)} ms train, ${report.testMs.toFixed(0)} ms test)`,
  ];
  for (const f of report.figures) {
    const target =
      f.published !== undefined
        ? `  (published best ${f.published.value.toFixed(3)}, ${f.published.by}; ${f.value >= f.published.value ? 'reached' : `short by ${(f.published.value - f.value).toFixed(3)}`})`
        : '';
    lines.push(`  ${pad(f.name, 22)} ${f.value.toFixed(3)}${target}`);
  }
  if (report.notes.length > 0) lines.push(...report.notes.map((n) => `  ${n}`));
  return lines.join('\n');
}

/** The lines describing one failed conversation: each failing turn, its failed checks and the bot's reply. */
function describeFailedConversation(r: ConversationResult): string[] {
  const c = r.conversation;
  const lines = [`  ${c.id} (${c.pattern}, ${c.persona}):`];
  r.turns.forEach((t, i) => {
    if (t.failures.length === 0) return;
    lines.push(`    turn ${i + 1} "${excerpt(t.user, 120)}"`);
    lines.push(...t.failures.map((f) => `      ✗ ${f.check}: ${f.detail}`));
    lines.push(`      reply: "${excerpt(t.reply, 240)}"`);
  });
  return lines;
}

/**
 * The conversation set's report: accuracy per pattern and overall, then (unless `showFailures` is
 * false, as for a holdout set nobody should tune to) every failed conversation.
 */
export function conversationText(report: ConversationReport, showFailures = true): string {
  const turns = report.results.reduce((n, r) => n + r.conversation.turns.length, 0);
  const lines = [
    `Conversation set: ${report.overall.total} conversations, ${turns} turns, run end to end through the bot`,
    `  overall ${pct(report.overall.accuracy)} (${report.overall.right}/${report.overall.total} right)`,
    `  ${pad('pattern', 18)} ${pad('right', 7)} ${pad('total', 7)} accuracy`,
    ...report.perPattern.map(
      (p) => `  ${pad(p.pattern, 18)} ${pad(String(p.right), 7)} ${pad(String(p.total), 7)} ${pct(p.accuracy)}`,
    ),
  ];
  if (showFailures)
    lines.push(
      '',
      `Failed conversations (${report.failed.length}):`,
      ...report.failed.flatMap(describeFailedConversation),
    );
  return lines.join('\n');
}
