/**
 * The bot's recognizer for a knowledge base, and where `npm run build` saves it trained
 * (dist/model.json) so the bot starts without training when nothing it depends on has changed.
 */
import type { RecognizerOverrides } from '../nlu/options.js';
import type { Recognizer } from '../nlu/recognizer.js';
import { loadOrTrain, type RecognizerOrigin } from '../nlu/modelFile.js';
import { trainingData } from './trainingData.js';
import type { KnowledgeBase } from './types.js';

/** The recognizer for `kb`: read from `file` (the build's model) when it fits the data, settings and code, else trained. */
export function recognizerFor(
  kb: KnowledgeBase,
  options: RecognizerOverrides,
  file: string,
): { recognizer: Recognizer; origin: RecognizerOrigin } {
  return loadOrTrain(file, trainingData(kb), options);
}
