/**
 * Turns the knowledge base into the recognizer's training data: intent examples plus a gazetteer
 * of programs, accreditors, attributes, residencies and US states.
 */
import type { GazetteerEntry } from '../nlu/entities.js';
import type { TrainingData } from '../nlu/recognizer.js';
import type { KnowledgeBase } from './types.js';

/** Entity kinds the bot understands. */
export type EntityKind = 'program' | 'accreditor' | 'attribute' | 'residency' | 'state';

/** A gazetteer entry of one of the bot's entity kinds. */
function entry(kind: EntityKind, id: string, phrase: string, exactOnly = false): GazetteerEntry {
  return { kind, id, phrase, exactOnly };
}

/** Every phrase that names an entity of the knowledge base. */
export function gazetteer(kb: KnowledgeBase): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const p of kb.programs) {
    for (const phrase of [p.name, p.shortName, p.location.city, ...p.aliases]) out.push(entry('program', p.id, phrase));
  }
  for (const a of kb.accreditors) for (const phrase of [a.name, a.abbreviation, ...a.aliases]) out.push(entry('accreditor', a.id, phrase));
  // Attribute and residency synonyms are common words ("cost", "online"): matched exactly, never fuzzily.
  for (const a of kb.attributes) for (const phrase of a.synonyms) out.push(entry('attribute', a.id, phrase, true));
  for (const r of kb.residencies) for (const phrase of r.synonyms) out.push(entry('residency', r.id, phrase, true));
  for (const s of kb.states) out.push(entry('state', s.code, s.name));
  return out;
}

/** The recognizer's training data for this knowledge base. */
export function trainingData(kb: KnowledgeBase): TrainingData {
  const outOfScope = kb.intents.find((i) => i.action.kind === 'outOfScope');
  return {
    intents: kb.intents.map((i) => ({ id: i.id, examples: i.examples })),
    entities: gazetteer(kb),
    placeholderKinds: ['program', 'accreditor', 'state'],
    ...(outOfScope ? { outOfScopeIntent: outOfScope.id } : {}),
  };
}
