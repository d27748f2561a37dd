/**
 * Last step of `npm run build`: trains the recognizer once and saves it to dist/model.json, so
 * the bot starts without training (createBot retrains only when the knowledge, the settings or
 * the recognizer code changed since).
 */
import { environment, parseConfig } from '../src/app/config.js';
import { MODEL_FILE } from '../src/platform/paths.js';
import { loadKnowledge } from '../src/knowledge/loadKnowledge.js';
import { trainingData } from '../src/knowledge/trainingData.js';
import { saveModel } from '../src/nlu/modelFile.js';
import { Recognizer } from '../src/nlu/recognizer.js';

const config = parseConfig(environment());
const data = trainingData(loadKnowledge(config.knowledgeDir));
const started = performance.now();
saveModel(MODEL_FILE, Recognizer.train(data, { threshold: config.nluThreshold }), data);
console.log(`Trained the recognizer in ${Math.round(performance.now() - started)} ms and saved it to ${MODEL_FILE}`);
