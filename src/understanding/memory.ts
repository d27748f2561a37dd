/**
 * What a conversation remembers from one turn to the next, and how a turn changes it. Every user
 * act returns a {@link MemoryUpdate}; the root dialog applies it once, after the reply is sent.
 */

import type { Criterion } from '../advice/checks.js';
import type { StudentFacts } from '../advice/eligibility.js';
import type { FinderProfile } from '../advice/finder.js';

/** What the conversation remembers (kept in conversation state; no message text). */
export interface TurnMemory {
  readonly intent?: string;
  /** The programs under discussion ("is it online?", "how long do they take?"). */
  readonly programs: readonly string[];
  readonly attribute?: string;
  readonly residency?: string;
  /** Program ids of the last list the bot showed ("which of those is cheapest?", "the second one"). */
  readonly lastResults?: readonly string[];
  /** What the student said about themselves: background, registrations, home state (derived facts only). */
  readonly student?: StudentFacts;
  /**
   * Terms or accrediting bodies the last answer explained ("which programs have anything to do with it?", "is any
   * school accredited by it?").
   */
  readonly terms?: readonly string[];
  /** The comparison or ranking the last question asked for ("cheaper"), kept for "what if I lived in Utah?". */
  readonly superlative?: string;
  /** The last ranking answered and the place shown ("the cheapest per credit": 1), for "and after that one?". */
  readonly ranked?: RankedPlace;
  /** Programs talked about before the current ones, latest first ("tell me about Weber… and Clarkson? Which of the two is faster?"). */
  readonly earlier?: readonly string[];
  /**
   * What the last answer worked out, for a follow-up that asks it again: what the student pays after help ("and at
   * Clarkson?"), the gaps between the programs' two rates ("in percentage terms?"); one turn only.
   */
  readonly worked?: Worked;
  /** The sum a month the last answer counted months of saving with ("and Weber?" next asks the same); one turn only. */
  readonly saving?: number;
  /** The student as the last message supposed them ("what if I get ARDMS registered?"), for "assuming that works out…" next; one turn only. */
  readonly supposed?: StudentFacts;
  /** What the last list was filtered on ("online, within a year"), for "why didn't you suggest HACC?". */
  readonly asked?: readonly Criterion[];
  /** The program finder's answers behind the results just shown, for "what if I lived in Colorado instead?"; one turn only. */
  readonly finder?: FinderProfile;
}

/** How many earlier programs the memory keeps. */
const EARLIER_KEPT = 3;

/** How one turn changes the memory: fields given replace the old ones; `forget` starts afresh. */
export interface MemoryUpdate {
  readonly forget?: boolean;
  readonly intent?: string;
  readonly programs?: readonly string[];
  readonly attribute?: string;
  readonly residency?: string;
  readonly lastResults?: readonly string[];
  readonly student?: StudentFacts;
  readonly terms?: readonly string[];
  readonly superlative?: string;
  readonly ranked?: RankedPlace;
  readonly worked?: Worked;
  readonly saving?: number;
  readonly supposed?: StudentFacts;
  readonly asked?: readonly Criterion[];
  readonly finder?: FinderProfile;
}

/** Sums an answer worked out that a short follow-up may ask again. */
export type Worked = 'outOfPocket' | 'residencyGaps' | 'creditsBought';

/** A place in a ranking: its superlative's id, the place (1 for the top) and the tuition unit it ranked on. */
export interface RankedPlace {
  readonly superlative: string;
  readonly place: number;
  readonly askedUnit?: 'per_credit' | 'per_year' | 'per_semester';
}

/** The memory of a conversation that has none yet. */
export const NO_MEMORY: TurnMemory = { programs: [] };

/** An update that changes nothing. */
export const KEEP: MemoryUpdate = {};

/** The memory after an update. */
export function applyUpdate(memory: TurnMemory, update: MemoryUpdate): TurnMemory {
  const base = update.forget === true ? NO_MEMORY : memory;
  const { forget: _forget, ...changes } = update;
  // What the last answer worked out, the student it supposed and the finder's answers hold for the next turn only.
  const { worked: _worked, saving: _saving, supposed: _supposed, finder: _finder, ...kept } = base;
  const next = { ...kept, ...definedOnly(changes) };
  const programs = next.programs ?? [];
  const moved = update.programs !== undefined && update.programs.join() !== base.programs.join();
  const earlier = moved
    ? [...new Set([...base.programs, ...(base.earlier ?? [])])]
        .filter((id) => !programs.includes(id))
        .slice(0, EARLIER_KEPT)
    : base.earlier;
  return { ...next, programs, ...(earlier !== undefined && earlier.length > 0 ? { earlier } : {}) };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
