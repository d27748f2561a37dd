/**
 * Runs the PACS evaluation set through the bot's own understanding: recognizer, then the context
 * resolver with the previous turn for follow-ups, and scores intents and entities.
 */
import { applyUpdate, NO_MEMORY } from '../../src/understanding/memory.js';
import { rememberTurn, understand, type Understanding } from '../../src/understanding/understand.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import type { IntentScore, Recognizer } from '../../src/nlu/recognizer.js';
import { OUT_OF_SCOPE, type EvalItem, type ExpectedEntities } from './evalSet.js';
import { classificationMetrics, labelScores, type ClassificationMetrics, type LabelScores } from './metrics.js';

/** The entities the bot resolved for one item, in the eval set's vocabulary. */
export interface PredictedEntities {
  readonly program: readonly string[];
  readonly accreditor: readonly string[];
  readonly attribute?: string;
  readonly residency?: string;
}

/** One evaluated item. */
export interface ItemResult {
  readonly item: EvalItem;
  readonly predicted: string;
  /** The top recognizer score (whatever the decision). */
  readonly score: number;
  readonly ranking: readonly IntentScore[];
  readonly entities: PredictedEntities;
  readonly intentCorrect: boolean;
  /** Fields whose prediction differs from the label (empty when all match). */
  readonly entityErrors: readonly string[];
}

/** Share of items whose labeled entity fields all match, and per field. */
export interface EntityAccuracy {
  readonly accuracy: number;
  readonly perField: Readonly<Record<keyof ExpectedEntities, number>>;
}

/** Everything `npm run eval` reports for the PACS set. */
export interface PacsReport {
  readonly metrics: ClassificationMetrics;
  readonly outOfScope: LabelScores;
  readonly entities: EntityAccuracy;
  /** Accuracy per tag (typo, follow-up, near-miss, ...). */
  readonly perTag: Readonly<Record<string, { readonly total: number; readonly accuracy: number }>>;
  readonly results: readonly ItemResult[];
  readonly misses: readonly ItemResult[];
}

const FIELDS: ReadonlyArray<keyof ExpectedEntities> = ['program', 'accreditor', 'attribute', 'residency'];

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/**
 * Which fields are wrong. Programs, accreditors and residency are always checked (absent means
 * none); the attribute only when labeled, since the set labels it only where the question states it.
 */
export function entityErrors(expected: ExpectedEntities, got: PredictedEntities): string[] {
  const errors: string[] = [];
  if (!sameSet(expected.program ?? [], got.program)) errors.push('program');
  if (!sameSet(expected.accreditor !== undefined ? [expected.accreditor] : [], got.accreditor))
    errors.push('accreditor');
  if (expected.attribute !== undefined && expected.attribute !== got.attribute) errors.push('attribute');
  if (expected.residency !== got.residency) errors.push('residency');
  return errors;
}

function predictedEntities(u: Understanding): PredictedEntities {
  return {
    program: u.programs,
    accreditor: u.accreditors,
    ...(u.attribute !== undefined ? { attribute: u.attribute } : {}),
    ...(u.residency !== undefined ? { residency: u.residency } : {}),
  };
}

/** Understands one item, replaying its previous turn first when it has one. */
export function evaluateItem(recognizer: Recognizer, kb: KnowledgeBase, item: EvalItem): ItemResult {
  const memory =
    item.previous !== undefined
      ? applyUpdate(NO_MEMORY, rememberTurn(understand(recognizer.recognize(item.previous), kb)))
      : undefined;
  const recognition = recognizer.recognize(item.text);
  const u = understand(recognition, kb, memory);
  const predicted = u.intent ?? OUT_OF_SCOPE;
  const entities = predictedEntities(u);
  return {
    item,
    predicted,
    score: recognition.ranking[0]?.score ?? 0,
    ranking: recognition.ranking,
    entities,
    intentCorrect: predicted === item.intent,
    entityErrors: entityErrors(item.entities, entities),
  };
}

function fieldAccuracy(results: readonly ItemResult[], field: keyof ExpectedEntities): number {
  const checked = field === 'attribute' ? results.filter((r) => r.item.entities.attribute !== undefined) : results;
  return checked.length === 0 ? 1 : checked.filter((r) => !r.entityErrors.includes(field)).length / checked.length;
}

/** Evaluates the whole set. */
export function evaluatePacs(recognizer: Recognizer, kb: KnowledgeBase, items: readonly EvalItem[]): PacsReport {
  const results = items.map((item) => evaluateItem(recognizer, kb, item));
  const pairs = results.map((r) => ({ expected: r.item.intent, predicted: r.predicted }));
  const perTag: Record<string, { total: number; accuracy: number }> = {};
  for (const tag of new Set(items.flatMap((i) => i.tags))) {
    const tagged = results.filter((r) => r.item.tags.includes(tag));
    perTag[tag] = { total: tagged.length, accuracy: tagged.filter((r) => r.intentCorrect).length / tagged.length };
  }
  const perField = Object.fromEntries(FIELDS.map((f) => [f, fieldAccuracy(results, f)])) as Record<
    keyof ExpectedEntities,
    number
  >;
  return {
    metrics: classificationMetrics(pairs),
    outOfScope: labelScores(pairs, OUT_OF_SCOPE),
    entities: {
      accuracy: results.filter((r) => r.entityErrors.length === 0).length / Math.max(1, results.length),
      perField,
    },
    perTag,
    results,
    misses: results.filter((r) => !r.intentCorrect || r.entityErrors.length > 0),
  };
}
