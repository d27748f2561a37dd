/** Turns a message into what the user means in this conversation: recognition plus follow-up resolution. */
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Recognition } from '../nlu/recognizer.js';
import { NO_MEMORY, type TurnMemory } from './memory.js';
import { understand, type Understanding } from './understand.js';

/** Anything that recognizes a message: the trained recognizer, or a stub in routing tests. */
export interface Recognize {
  recognize(text: string): Recognition;
}

/** Understands messages against one knowledge base. Pure: same text and memory, same meaning. */
export class Understander {
  constructor(
    private readonly recognizer: Recognize,
    readonly kb: KnowledgeBase,
  ) {}

  /** The meaning of `text`, with follow-ups resolved against what the conversation remembers. */
  understand(text: string, memory: TurnMemory = NO_MEMORY): Understanding {
    return understand(this.recognizer.recognize(text), this.kb, memory);
  }
}
