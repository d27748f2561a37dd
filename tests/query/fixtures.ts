/** The real knowledge base and recognizer, for query tests that start from a typed question. */
import { join } from 'node:path';
import { understand, type TurnMemory, type Understanding } from '../../src/conversation/understand.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { trainingData } from '../../src/knowledge/trainingData.js';
import type { Program } from '../../src/knowledge/types.js';
import { Recognizer } from '../../src/nlu/recognizer.js';
import { normalize, tokenize } from '../../src/nlu/text.js';

/** The knowledge base in `knowledge/`. */
export const kb = loadKnowledge(join(__dirname, '..', '..', 'knowledge'));

let recognizer: Recognizer | undefined;

/** The understanding of a message, as the bot would have it. */
export function understood(text: string, memory?: TurnMemory): Understanding {
  recognizer ??= Recognizer.train(trainingData(kb), { threshold: 0.3 });
  return understand(recognizer.recognize(text), kb, memory);
}

/** Normalized tokens of a text, without spelling correction. */
export function tokens(text: string): string[] {
  return tokenize(normalize(text));
}

/** A program by id, failing loudly if it is missing. */
export function program(id: string): Program {
  const p = kb.programs.find((x) => x.id === id);
  if (p === undefined) throw new Error(`no program ${id}`);
  return p;
}
