import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { trainingData } from '../../src/knowledge/trainingData.js';
import { Recognizer } from '../../src/nlu/recognizer.js';
import { leakedTurns, loadConversationSet } from '../../scripts/eval/conversationSet.js';
import {
  heldOutItems,
  leakKey,
  leakedUtterances,
  loadEvalSet,
  OUT_OF_SCOPE,
  type EvalItem,
} from '../../scripts/eval/evalSet.js';
import { evaluatePacs, type PacsReport } from '../../scripts/eval/pacsEval.js';

const ROOT = join(__dirname, '../..');

/**
 * Accuracy floors on the held-out PACS set. They sit just below the measured figures and only
 * ever go up: raise them when the recognizer improves, never lower them to make a change pass.
 * @remarks Measured on 510 held-out items: accuracy 0.965, macro F1 0.965, out-of-scope precision
 * 0.968 / recall 0.938, entity accuracy 0.990 (one model; words around a question weighed less,
 * AdaGrad started from 0.1). Earlier floors: 0.955 / 0.955 / 0.94 / 0.91 / 0.985.
 * The four intents issue 17 added (term_info, identity, contact, rude) took that to accuracy 0.959,
 * macro F1 0.961, out-of-scope precision 0.947 / recall 0.928, entity accuracy 0.988: two in-scope
 * questions now fall under the threshold and two off-topic ones above it. The conversation set,
 * which those intents serve, went from 0.487 to 0.856 right; the floors follow the knowledge change.
 * Examples added on 2026-12-05 brought it to accuracy 0.965, macro F1 0.966, out-of-scope
 * precision 0.948 / recall 0.938, entity accuracy 0.988. On 2026-12-07 it stood at accuracy 0.967 (493 of 510),
 * macro F1 0.967, out-of-scope precision and recall 0.948, entity accuracy 0.990: the accuracy and macro F1 floors
 * were raised to just under that, after a change read "the graduation rate at EFSC" as a price and cost one item.
 */
const FLOORS = {
  accuracy: 0.966,
  macroF1: 0.966,
  oosPrecision: 0.945,
  oosRecall: 0.935,
  entityAccuracy: 0.988,
};

/**
 * Floor on the recognizer's development set (tests/fixtures/eval/nlu-dev.json: personal framing,
 * slang, long messages). It was used to choose recognizer settings, so it guards against
 * regressions rather than measuring generalization; measured 0.943 (0.768 before the question focus).
 */
const DEV_FLOOR = 0.93;

describe('the held-out PACS evaluation set', () => {
  const kb = loadKnowledge(join(ROOT, 'knowledge'));
  const items: EvalItem[] = loadEvalSet(join(ROOT, 'tests/fixtures/eval/pacs-eval.json'));
  const dev: EvalItem[] = loadEvalSet(join(ROOT, 'tests/fixtures/eval/nlu-dev.json'));
  const training = kb.intents.flatMap((i) => i.examples);
  let report: PacsReport;
  let devReport: PacsReport;

  beforeAll(() => {
    const recognizer = Recognizer.train(trainingData(kb));
    report = evaluatePacs(recognizer, kb, heldOutItems(items, training));
    devReport = evaluatePacs(recognizer, kb, heldOutItems(dev, training));
  });

  it('never appears in the training examples, even with case, spacing or punctuation changed', () => {
    expect(leakedUtterances(items, training)).toEqual([]);
    expect(leakedUtterances(dev, training)).toEqual([]);
  });

  it.each(['conversations.json', 'conversations-holdout.json', 'conversations-dev.json'])(
    'shares no user turn with the training examples, nor does the conversation set %s',
    (file) => {
      const conversations = loadConversationSet(
        join(ROOT, 'tests/fixtures/eval', file),
        kb.programs.map((p) => p.id),
      );
      expect(
        leakedTurns(
          conversations,
          kb.intents.flatMap((i) => i.examples),
        ),
      ).toEqual([]);
    },
  );

  it('has at least 400 items, 80 of them out of scope, all labeled with known intents', () => {
    const known = new Set(kb.intents.map((i) => i.id));
    expect(items.length).toBeGreaterThanOrEqual(400);
    expect(items.filter((i) => i.intent === OUT_OF_SCOPE).length).toBeGreaterThanOrEqual(80);
    expect(items.filter((i) => !known.has(i.intent)).map((i) => i.intent)).toEqual([]);
  });

  it(`is answered with accuracy of at least ${FLOORS.accuracy}`, () => {
    expect(report.metrics.accuracy).toBeGreaterThanOrEqual(FLOORS.accuracy);
  });

  it(`reaches a macro F1 of at least ${FLOORS.macroF1}`, () => {
    expect(report.metrics.macroF1).toBeGreaterThanOrEqual(FLOORS.macroF1);
  });

  it(`tells out-of-scope questions apart with precision ≥ ${FLOORS.oosPrecision} and recall ≥ ${FLOORS.oosRecall}`, () => {
    expect(report.outOfScope.precision).toBeGreaterThanOrEqual(FLOORS.oosPrecision);
    expect(report.outOfScope.recall).toBeGreaterThanOrEqual(FLOORS.oosRecall);
  });

  it(`resolves the labeled entities of at least ${FLOORS.entityAccuracy} of the items`, () => {
    expect(report.entities.accuracy).toBeGreaterThanOrEqual(FLOORS.entityAccuracy);
  });

  it(`finds the question inside personal stories, slang and long messages of the development set at least ${DEV_FLOOR} of the time`, () => {
    expect(dev.length).toBeGreaterThanOrEqual(60);
    expect(devReport.metrics.accuracy).toBeGreaterThanOrEqual(DEV_FLOOR);
  });
});

describe('leak detection', () => {
  it('treats utterances differing only in case, spacing and punctuation as the same', () => {
    expect(leakKey("  What's   the COST, of OIT? ")).toBe(leakKey('whats the cost of oit'));
  });

  it('flags an evaluation utterance copied into training', () => {
    const item: EvalItem = { text: 'How much is HACC?', intent: 'program_tuition', entities: {}, tags: [] };
    expect(leakedUtterances([item], ['how much is hacc'])).toEqual(['How much is HACC?']);
  });
});
