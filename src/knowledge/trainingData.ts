/**
 * Turns the knowledge base into the recognizer's training data: intent examples plus a gazetteer
 * of programs, accreditors, attributes, residencies and US states.
 */
import type { GazetteerEntry } from '../nlu/entities.js';
import type { TrainingData } from '../nlu/recognizer.js';
import type { KnowledgeBase } from './types.js';

/** Entity kinds the bot understands. */
export type EntityKind = 'program' | 'accreditor' | 'attribute' | 'residency' | 'state' | 'city' | 'term';

/** A credential name this long, awarded by one program only, is specific enough to name it. */
const DISTINCT_CREDENTIAL_WORDS = 4;

/** A gazetteer entry of one of the bot's entity kinds. */
function entry(kind: EntityKind, id: string, phrase: string, exactOnly = false): GazetteerEntry {
  // Places match as spelled: "main" is not Maine.
  return { kind, id, phrase, exactOnly, ...(kind === 'state' || kind === 'city' ? { spelled: true } : {}) };
}

/** Every phrase that names an entity of the knowledge base. */
export function gazetteer(kb: KnowledgeBase): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const p of kb.programs) {
    for (const phrase of [p.name, p.shortName, p.location.city, ...p.aliases]) out.push(entry('program', p.id, phrase));
    // A credential only one program awards names that program ("a radiology informatics associate in applied science").
    const credential = p.credential.name;
    if (
      credential.split(/\s+/).length >= DISTINCT_CREDENTIAL_WORDS &&
      kb.programs.filter((q) => q.credential.name.toLowerCase() === credential.toLowerCase()).length === 1
    )
      out.push(entry('program', p.id, credential));
  }
  for (const a of kb.accreditors)
    for (const phrase of [a.name, a.abbreviation, ...a.aliases]) out.push(entry('accreditor', a.id, phrase));
  // Terms match exactly: "PACS certificate" must not turn into "the levels of PACS certification".
  for (const t of kb.terms)
    for (const phrase of [t.name, t.abbreviation, ...t.aliases]) out.push(entry('term', t.id, phrase, true));
  // Attribute and residency synonyms are common words ("cost", "online"): matched exactly, never fuzzily.
  for (const a of kb.attributes) for (const phrase of a.synonyms) out.push(entry('attribute', a.id, phrase, true));
  for (const r of kb.residencies) for (const phrase of r.synonyms) out.push(entry('residency', r.id, phrase, true));
  for (const s of kb.states) out.push(entry('state', s.code, s.name));
  // A city that is also a program's city or alias names the program; "I live in Omaha" still reads it as home.
  const programPhrases = new Set(out.filter((e) => e.kind === 'program').map((e) => e.phrase.toLowerCase()));
  // Cities match exactly: "bill" is not Billings.
  for (const c of kb.student.cities)
    if (!programPhrases.has(c.name.toLowerCase())) out.push(entry('city', c.state, c.name, true));
  return out;
}

/** The recognizer's training data for this knowledge base. */
export function trainingData(kb: KnowledgeBase): TrainingData {
  const outOfScope = kb.intents.find((i) => i.action.kind === 'outOfScope');
  return {
    intents: kb.intents.map((i) => ({ id: i.id, examples: i.examples })),
    entities: gazetteer(kb),
    placeholderKinds: ['program', 'accreditor', 'state', 'term'],
    ...(outOfScope ? { outOfScopeIntent: outOfScope.id } : {}),
    vocabulary: [
      ...strings(kb.query),
      ...strings(kb.student),
      ...kb.silences.flatMap((s) => s.triggers.map((t) => t.join(' '))),
      // The words the programs' own facts use ("in good standing with the ARRT") are words, not typos.
      ...strings(kb.programs.map((p) => p.requirements)),
    ],
  };
}

/** Every string inside a piece of vocabulary data (phrases, words, nested lists). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}
