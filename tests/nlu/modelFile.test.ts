import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrTrain, modelFingerprint, saveModel } from '../../src/nlu/modelFile.js';
import { Recognizer, type TrainingData } from '../../src/nlu/recognizer.js';

const data: TrainingData = {
  intents: [
    {
      id: 'weather',
      examples: [
        'what is the weather',
        'will it rain tomorrow',
        'is it sunny in Paris',
        'weather forecast for the weekend',
      ],
    },
    {
      id: 'time',
      examples: ['what time is it', 'tell me the time', 'what is the time in Berlin', 'current time please'],
    },
    { id: 'none', examples: ['tell me a joke', 'book a flight', 'recipe for pancakes', 'who won the game'] },
  ],
  entities: [
    { kind: 'city', id: 'paris', phrase: 'Paris' },
    { kind: 'city', id: 'berlin', phrase: 'Berlin' },
  ],
  placeholderKinds: ['city'],
  outOfScopeIntent: 'none',
};
const questions = ['will it rain in Berlin', 'wat time is it', 'tell me a joke', 'xyzzy', ''];
const file = (): string => join(mkdtempSync(join(tmpdir(), 'model-')), 'model.json');

describe('the saved model file', () => {
  it('gives back a recognizer that answers exactly like the one that was saved', () => {
    const trained = Recognizer.train(data);
    const path = file();
    saveModel(path, trained, data);
    const { recognizer, origin } = loadOrTrain(path, data);
    expect(origin).toBe('model file');
    for (const q of questions) expect(recognizer.recognize(q)).toEqual(trained.recognize(q));
  });

  it('keeps the caller’s decision settings, which are not part of the fingerprint', () => {
    const path = file();
    saveModel(path, Recognizer.train(data), data);
    const { recognizer, origin } = loadOrTrain(path, data, { threshold: 0.9 });
    expect(origin).toBe('model file');
    expect(recognizer.options.threshold).toBe(0.9);
  });

  it('is ignored, and the recognizer trained, when the examples changed since it was saved', () => {
    const path = file();
    saveModel(path, Recognizer.train(data), data);
    const changed: TrainingData = {
      ...data,
      intents: data.intents.map((i) => (i.id === 'time' ? { ...i, examples: [...i.examples, 'clock'] } : i)),
    };
    expect(modelFingerprint(changed)).not.toBe(modelFingerprint(data));
    expect(loadOrTrain(path, changed).origin).toBe('trained');
  });

  it('is ignored when the training settings changed', () => {
    const path = file();
    saveModel(path, Recognizer.train(data), data);
    const training = { ...Recognizer.train(data).options.training, epochs: 5 };
    expect(loadOrTrain(path, data, { training }).origin).toBe('trained');
  });

  it('is ignored when missing or damaged, and training takes over', () => {
    const path = file();
    expect(loadOrTrain(path, data).origin).toBe('trained');
    writeFileSync(path, '{"format": 1, "fingerp');
    expect(loadOrTrain(path, data).origin).toBe('trained');
  });
});
