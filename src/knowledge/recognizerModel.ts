/**
 * The bot's recognizer for a knowledge base, and where `npm run build` saves it trained
 * (dist/model.json) so the bot starts without training when nothing it depends on has changed.
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import type { RecognizerOverrides } from '../nlu/options.js';
import type { Recognizer } from '../nlu/recognizer.js';
import { loadOrTrain, type RecognizerOrigin } from '../nlu/modelFile.js';
import { trainingData } from './trainingData.js';
import type { KnowledgeBase } from './types.js';

/** Where the build saves the trained recognizer; a model that no longer fits is ignored, not used. */
export const MODEL_FILE = join(PROJECT_ROOT, 'dist', 'model.json');

/** The recognizer for `kb`: read from {@link MODEL_FILE} when it fits the data, settings and code, else trained. */
export function recognizerFor(kb: KnowledgeBase, options: RecognizerOverrides = {}, file: string = MODEL_FILE): { recognizer: Recognizer; origin: RecognizerOrigin } {
  return loadOrTrain(file, trainingData(kb), options);
}
