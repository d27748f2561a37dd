/** Understanding typed messages against the fixture knowledge base, for understanding and advice tests. */
import type { Program } from '../../src/knowledge/types.js';
import { normalize, tokenize } from '../../src/nlu/text.js';
import type { TurnMemory } from '../../src/understanding/memory.js';
import type { Understanding } from '../../src/understanding/understand.js';
import { Understander } from '../../src/understanding/understander.js';
import { fixtureBot, fixtureKb } from './fixtureBot.js';

/** The fixture knowledge base. */
export const kb = fixtureKb();

let understander: Understander | undefined;

/** The understanding of a message, as the bot on the fixture knowledge would have it. */
export function understood(text: string, memory?: TurnMemory): Understanding {
  understander ??= new Understander(fixtureBot().recognizer, kb);
  return understander.understand(text, memory);
}

/** Normalized tokens of a text, without spelling correction. */
export function tokens(text: string): string[] {
  return tokenize(normalize(text));
}

/** A fixture program by id, failing loudly if it is missing. */
export function program(id: string): Program {
  const p = kb.programs.find((x) => x.id === id);
  if (p === undefined) throw new Error(`no program ${id}`);
  return p;
}
