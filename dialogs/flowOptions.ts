/** What the main dialog passes to a flow dialog it starts (compare, query, finder). */
import type { Understanding } from '../src/conversation/understand.js';

/** Options of a flow dialog: the turn that started it, already understood. */
export interface FlowOptions {
  readonly understanding: Understanding;
}

/** The understanding passed to a flow, if the options carry one. */
export function flowUnderstanding(options: unknown): Understanding | undefined {
  if (typeof options !== 'object' || options === null || !('understanding' in options)) return undefined;
  return (options as FlowOptions).understanding;
}
