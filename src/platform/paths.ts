/**
 * Where the project's files are, found once from this module's own place on disk.
 * @remarks Walks up to the folder holding package.json, so the answer is the same from src/ under
 * tsx and from dist/ after a build, however deep this file sits.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

/** The project root (where package.json and knowledge/ live). */
export const PROJECT_ROOT = findProjectRoot(__dirname);

/** Where `npm run build` saves the trained recognizer, which the bot reads at start-up. */
export const MODEL_FILE = join(PROJECT_ROOT, 'dist', 'model.json');
