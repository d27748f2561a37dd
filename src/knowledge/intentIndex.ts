/**
 * Intent definitions by id. A knowledge base never changes once loaded, so each gets one index,
 * built on first use; intent ids are unique (checked when the knowledge loads).
 */
import type { IntentDefinition, KnowledgeBase } from './types.js';

const indexes = new WeakMap<KnowledgeBase, ReadonlyMap<string, IntentDefinition>>();

/** The intent with this id, if the knowledge base has one. */
export function intentById(kb: KnowledgeBase, id: string | undefined): IntentDefinition | undefined {
  if (id === undefined) return undefined;
  let index = indexes.get(kb);
  if (index === undefined) indexes.set(kb, (index = new Map(kb.intents.map((i) => [i.id, i]))));
  return index.get(id);
}
