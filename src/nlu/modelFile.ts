/**
 * A trained recognizer saved to disk at build time, so start-up can skip training: the file is
 * used only when its fingerprint matches the training data, the training settings and the
 * recognizer's own code; otherwise the recognizer is trained as usual.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { recognizerOptions, type RecognizerOverrides } from './options.js';
import { Recognizer, type RecognizerSnapshot, type TrainingData } from './recognizer.js';

/** Bumped when the file layout changes. */
const FORMAT = 1;

/** What the model file holds. */
interface ModelFile {
  readonly format: number;
  readonly fingerprint: string;
  readonly snapshot: RecognizerSnapshot;
}

/** How a recognizer came to be: read from a model file, or trained because there was none that fit. */
export type RecognizerOrigin = 'model file' | 'trained';

/**
 * A hash of this folder's source files (the .ts files under tsx and tests, the compiled .js under
 * dist), so a model saved by other recognizer code is never mistaken for a current one.
 */
function recognizerCodeHash(): string {
  const hash = createHash('sha256');
  const ext = extname(__filename);
  for (const file of readdirSync(__dirname)
    .filter((f) => extname(f) === ext)
    .sort())
    hash.update(file).update(readFileSync(join(__dirname, file)));
  return hash.digest('hex');
}

/**
 * Identifies what a trained model depends on: training data, recognizer code and every setting
 * except the decision ones (threshold, ambiguity margin), which apply to a model as it is.
 */
export function modelFingerprint(data: TrainingData, overrides: RecognizerOverrides = {}): string {
  const { threshold: _threshold, ambiguityMargin: _margin, ...trainedWith } = recognizerOptions(overrides);
  return createHash('sha256')
    .update(JSON.stringify({ format: FORMAT, code: recognizerCodeHash(), trainedWith, data }))
    .digest('hex');
}

/** Writes a trained recognizer to `file`, fingerprinted with the data and settings it was trained with. */
export function saveModel(file: string, recognizer: Recognizer, data: TrainingData): void {
  const content: ModelFile = {
    format: FORMAT,
    fingerprint: modelFingerprint(data, recognizer.options),
    snapshot: recognizer.snapshot(),
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(content));
}

/**
 * The recognizer saved in `file` when the file exists and fits the data, settings and code;
 * otherwise a freshly trained one. A damaged or foreign file is treated as missing.
 */
export function loadOrTrain(
  file: string,
  data: TrainingData,
  options: RecognizerOverrides = {},
): { recognizer: Recognizer; origin: RecognizerOrigin } {
  if (existsSync(file)) {
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as Partial<ModelFile>;
      if (
        saved.format === FORMAT &&
        saved.snapshot !== undefined &&
        saved.fingerprint === modelFingerprint(data, options)
      ) {
        return { recognizer: Recognizer.restore(data, saved.snapshot, options), origin: 'model file' };
      }
    } catch {
      // Unreadable: fall through and train, which always works.
    }
  }
  return { recognizer: Recognizer.train(data, options), origin: 'trained' };
}
