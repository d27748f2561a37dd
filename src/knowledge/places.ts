/** The places a message names, looked up in the knowledge: a city named in full, a program named by its city. */
import type { KnowledgeBase, Program } from './types.js';

/** A city the lexicon knows, named in full ("Boise", not a word that only stems like one). */
export function cityNamed(
  kb: KnowledgeBase,
  mention: { readonly kind: string; readonly text: string },
): { readonly name: string; readonly state: string } | undefined {
  const text = mention.text.toLowerCase();
  return mention.kind === 'city' ? kb.student.cities.find((c) => c.name.toLowerCase() === text) : undefined;
}

/** The program a mention names by its city ("I live in Omaha"), not by its own name ("Clarkson"). */
export function programByCity(
  kb: KnowledgeBase,
  mention: { readonly kind: string; readonly id: string; readonly text: string },
): Program | undefined {
  const program = mention.kind === 'program' ? kb.programs.find((p) => p.id === mention.id) : undefined;
  return program?.location.city.toLowerCase() === mention.text.toLowerCase() ? program : undefined;
}
