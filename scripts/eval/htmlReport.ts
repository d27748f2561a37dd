/**
 * A self-contained HTML page for the PACS report: headline figures, confusion-matrix heat map,
 * score histogram, per-intent table and the misses. Inline CSS and SVG only, no external assets.
 */
import { excerpt } from './conversationChecks.js';
import type { ConversationReport, ConversationResult } from './conversationEval.js';
import type { ItemResult, PacsReport } from './pacsEval.js';
import { pct } from './textReport.js';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CELL = 18;
const LABEL_SPACE = 170;

/** The confusion matrix as an SVG heat map: rows expected, columns predicted. */
export function heatMap(labels: readonly string[], matrix: readonly (readonly number[])[]): string {
  const n = labels.length;
  const size = LABEL_SPACE + n * CELL + 10;
  const cells: string[] = [];
  matrix.forEach((row, i) => {
    const rowTotal = row.reduce((s, c) => s + c, 0) || 1;
    row.forEach((count, j) => {
      if (count === 0) return;
      const share = count / rowTotal;
      const hue = i === j ? 140 : 0;
      const x = LABEL_SPACE + j * CELL;
      const y = LABEL_SPACE + i * CELL;
      cells.push(
        `<rect x="${x}" y="${y}" width="${CELL - 1}" height="${CELL - 1}" fill="hsl(${hue},70%,${(92 - 55 * share).toFixed(0)}%)"><title>${esc(labels[i] as string)} → ${esc(labels[j] as string)}: ${count}</title></rect>` +
          `<text x="${x + CELL / 2 - 0.5}" y="${y + CELL / 2 + 3.5}" font-size="9" text-anchor="middle">${count}</text>`,
      );
    });
  });
  const rowLabels = labels.map(
    (l, i) =>
      `<text x="${LABEL_SPACE - 4}" y="${LABEL_SPACE + i * CELL + 12}" font-size="10" text-anchor="end">${esc(l)}</text>`,
  );
  const colLabels = labels.map((l, j) => {
    const x = LABEL_SPACE + j * CELL + 12;
    return `<text x="${x}" y="${LABEL_SPACE - 4}" font-size="10" transform="rotate(-60 ${x} ${LABEL_SPACE - 4})">${esc(l)}</text>`;
  });
  const grid = `<rect x="${LABEL_SPACE}" y="${LABEL_SPACE}" width="${n * CELL}" height="${n * CELL}" fill="none" stroke="#ccc"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size + 80}" height="${size}" role="img" aria-label="Confusion matrix, rows expected, columns predicted">${grid}${rowLabels.join('')}${colLabels.join('')}${cells.join('')}</svg>`;
}

/** Histogram of top scores, correct answers stacked under wrong ones, in 20 bins. */
export function scoreHistogram(results: readonly ItemResult[]): string {
  const bins = 20;
  const ok = new Array<number>(bins).fill(0);
  const bad = new Array<number>(bins).fill(0);
  for (const r of results) {
    const b = Math.min(bins - 1, Math.floor(r.score * bins));
    if (r.intentCorrect) ok[b] = (ok[b] as number) + 1;
    else bad[b] = (bad[b] as number) + 1;
  }
  const max = Math.max(1, ...ok.map((c, i) => c + (bad[i] as number)));
  const w = 24;
  const h = 180;
  const bars: string[] = [];
  for (let i = 0; i < bins; i++) {
    const hOk = (h * (ok[i] as number)) / max;
    const hBad = (h * (bad[i] as number)) / max;
    const x = 30 + i * w;
    const range = `${(i / bins).toFixed(2)}–${((i + 1) / bins).toFixed(2)}`;
    bars.push(
      `<rect x="${x}" y="${h - hOk + 10}" width="${w - 2}" height="${hOk}" fill="#4a9"><title>${range}: ${ok[i]} correct</title></rect>`,
    );
    bars.push(
      `<rect x="${x}" y="${h - hOk - hBad + 10}" width="${w - 2}" height="${hBad}" fill="#d55"><title>${range}: ${bad[i]} wrong</title></rect>`,
    );
  }
  const axis = [0, 0.25, 0.5, 0.75, 1].map(
    (v) => `<text x="${30 + v * bins * w}" y="${h + 24}" font-size="10" text-anchor="middle">${v}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${40 + bins * w}" height="${h + 32}" role="img" aria-label="Histogram of top intent scores"><line x1="30" y1="${h + 10}" x2="${30 + bins * w}" y2="${h + 10}" stroke="#888"/>${bars.join('')}${axis.join('')}</svg>`;
}

function missRow(r: ItemResult): string {
  const ranking = r.ranking
    .slice(0, 3)
    .map((s) => `${esc(s.intent)} ${s.score.toFixed(2)}`)
    .join('<br>');
  const entityNote =
    r.entityErrors.length > 0 ? `${esc(r.entityErrors.join(', '))}: ${esc(JSON.stringify(r.entities))}` : '';
  return `<tr><td>${esc(r.item.text)}${r.item.previous !== undefined ? `<div class="prev">after “${esc(r.item.previous)}”</div>` : ''}</td><td>${esc(r.item.intent)}</td><td class="${r.intentCorrect ? '' : 'bad'}">${esc(r.predicted)}</td><td>${ranking}</td><td>${entityNote}</td></tr>`;
}

function failedConversationRows(r: ConversationResult): string {
  const c = r.conversation;
  return r.turns
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.failures.length > 0)
    .map(({ t, i }) => {
      const checks = t.failures.map((f) => `<div><b>${esc(f.check)}</b>: ${esc(f.detail)}</div>`).join('');
      return `<tr><td>${esc(c.id)}<div class="prev">${esc(c.pattern)} · ${esc(c.persona)} · turn ${i + 1}</div></td><td>${esc(excerpt(t.user, 200))}</td><td class="bad">${checks}</td><td>${esc(excerpt(t.reply, 400))}</td></tr>`;
    })
    .join('');
}

/** The conversation set's section: accuracy per pattern and overall, and every failed conversation. */
export function conversationHtml(report: ConversationReport): string {
  const rows = report.perPattern
    .map((p) => `<tr><td>${esc(p.pattern)}</td><td>${pct(p.accuracy)}</td><td>${p.right}</td><td>${p.total}</td></tr>`)
    .join('');
  return `<h2>Conversation set — ${pct(report.overall.accuracy)} right end to end (${report.overall.right}/${report.overall.total})</h2>
<p>Each conversation runs through the real bot, dialogs included; it is right when every check of every turn passes.</p>
<table><tr><th>pattern</th><th>accuracy</th><th>right</th><th>total</th></tr>${rows}<tr><td><b>overall</b></td><td><b>${pct(report.overall.accuracy)}</b></td><td>${report.overall.right}</td><td>${report.overall.total}</td></tr></table>
<h2>Failed conversations (${report.failed.length})</h2><table><tr><th>conversation</th><th>user</th><th>failed checks</th><th>bot's reply</th></tr>${report.failed.map(failedConversationRows).join('')}</table>`;
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#222;max-width:1200px}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}.cards{display:flex;gap:1rem;flex-wrap:wrap}
.card{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;min-width:8rem}.card b{display:block;font-size:1.5rem}
table{border-collapse:collapse}td,th{border-bottom:1px solid #eee;padding:.25rem .5rem;text-align:left;vertical-align:top}
.bad{color:#b22}.prev{color:#777;font-size:.85em}.legend span{display:inline-block;width:.8em;height:.8em;margin:0 .3em 0 1em}`;

/** The whole report page; the conversation set's section follows the recognizer's when given. */
export function pacsHtml(report: PacsReport, conversations?: ConversationReport): string {
  const m = report.metrics;
  const card = (name: string, value: string): string => `<div class="card">${esc(name)}<b>${value}</b></div>`;
  const perLabel = m.perLabel
    .map(
      (l) =>
        `<tr><td>${esc(l.label)}</td><td>${l.precision.toFixed(3)}</td><td>${l.recall.toFixed(3)}</td><td>${l.f1.toFixed(3)}</td><td>${l.support}</td></tr>`,
    )
    .join('');
  const tags = Object.entries(report.perTag)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([t, s]) => `<tr><td>${esc(t)}</td><td>${pct(s.accuracy)}</td><td>${s.total}</td></tr>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>PACS recognizer evaluation</title><style>${STYLE}</style></head><body>
<h1>PACS recognizer evaluation — ${m.total} held-out items</h1>
<div class="cards">${card('accuracy', pct(m.accuracy))}${card('micro F1', m.microF1.toFixed(3))}${card('macro F1', m.macroF1.toFixed(3))}${card('out-of-scope precision', pct(report.outOfScope.precision))}${card('out-of-scope recall', pct(report.outOfScope.recall))}${card('entity accuracy', pct(report.entities.accuracy))}</div>
<h2>Confusion matrix</h2><p>Rows: expected intent; columns: predicted. Green: correct; red: confusions; darker = larger share of the row.</p>${heatMap(m.labels, m.matrix)}
<h2>Top-score histogram</h2><p class="legend"><span style="background:#4a9"></span>correct<span style="background:#d55"></span>wrong</p>${scoreHistogram(report.results)}
<h2>Per intent</h2><table><tr><th>intent</th><th>precision</th><th>recall</th><th>F1</th><th>n</th></tr>${perLabel}</table>
<h2>Per tag</h2><table><tr><th>tag</th><th>accuracy</th><th>n</th></tr>${tags}</table>
<h2>Misses (${report.misses.length})</h2><table><tr><th>utterance</th><th>expected</th><th>predicted</th><th>top scores</th><th>entity errors</th></tr>${report.misses.map(missRow).join('')}</table>
${conversations !== undefined ? conversationHtml(conversations) : ''}
</body></html>
`;
}
