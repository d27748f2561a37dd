import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { recognizerFor } from '../../src/knowledge/recognizerModel.js';
import { trainingData } from '../../src/knowledge/trainingData.js';
import { saveModel } from '../../src/nlu/modelFile.js';
import { Recognizer } from '../../src/nlu/recognizer.js';

const kb = loadKnowledge(join(__dirname, '..', '..', 'knowledge'));

describe('recognizerFor', () => {
  it('starts from the model the build saved, answering as the freshly trained one does', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'model-')), 'model.json');
    const trained = Recognizer.train(trainingData(kb));
    saveModel(file, trained, trainingData(kb));
    const { recognizer, origin } = recognizerFor(kb, { threshold: 0.3 }, file);
    expect(origin).toBe('model file');
    for (const q of ['how much is weber for out of state students', 'and clarkson?', 'tell me a joke'])
      expect(recognizer.recognize(q)).toEqual(trained.recognize(q));
  });

  it('trains when the build saved no model', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'model-')), 'model.json');
    expect(recognizerFor(kb, {}, file).origin).toBe('trained');
  });
});
