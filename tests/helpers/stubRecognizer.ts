/**
 * A recognizer that returns fixed recognitions, so routing tests keep machine learning out of the
 * loop: each test says exactly what was "recognized" and checks what the bot does with it.
 */
import type { EntityMention } from '../../src/nlu/entities.js';
import type { Recognition } from '../../src/nlu/recognizer.js';
import type { Recognize } from '../../src/understanding/understander.js';

/** What a stubbed message is recognized as. */
export interface Stub {
  readonly intent?: string;
  readonly score?: number;
  readonly runnerUp?: string;
  readonly ambiguous?: boolean;
  /** Program ids named in the message. */
  readonly programs?: readonly string[];
  /** Attribute ids named in the message ("cost" → tuition), after the programs. */
  readonly attributes?: readonly string[];
  /** The recognizer's ranking when no intent wins (below the threshold). */
  readonly ranking?: readonly (readonly [string, number])[];
}

/** A recognition with the given outcome; tokens are the message's lower-cased words. */
export function recognition(text: string, stub: Stub): Recognition {
  const tokens = text
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t !== '');
  const score = stub.score ?? 0.9;
  const top = stub.intent === undefined ? undefined : { intent: stub.intent, score };
  const runnerUp = stub.runnerUp === undefined ? undefined : { intent: stub.runnerUp, score: score - 0.05 };
  const named = [
    ...(stub.programs ?? []).map((id) => ['program', id] as const),
    ...(stub.attributes ?? []).map((id) => ['attribute', id] as const),
  ];
  const entities: EntityMention[] = named.map(([kind, id], i) => ({
    kind,
    id,
    text: id,
    start: i,
    end: i + 1,
    confidence: 1,
  }));
  return {
    text,
    intent: top,
    ranking: stub.ranking?.map(([intent, s]) => ({ intent, score: s })) ?? [
      ...(top ? [top] : []),
      ...(runnerUp ? [runnerUp] : []),
    ],
    runnerUp,
    ambiguous: stub.ambiguous ?? false,
    entities,
    tokens,
    corrections: [],
  };
}

/** Recognizes each known message as stubbed, anything else as out of scope. */
export function stubRecognizer(table: Readonly<Record<string, Stub>>): Recognize {
  return { recognize: (text) => recognition(text, table[text] ?? {}) };
}
