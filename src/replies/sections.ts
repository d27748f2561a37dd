/**
 * The parts of the article an answer can cite: one per featured program (its name), the general
 * topics (their titles, in knowledge/topics.json), and these few that no single entry names.
 */
import { joinAnd } from './format.js';

/** The article's list of featured programs, cited by answers about several of them. */
export const FEATURED_PROGRAMS = 'Featured programs';
/** The article's part on admission, cited by answers about what nearly every program asks for. */
export const ADMISSION = 'Admission requirements';
/** The article's part on accreditation, cited by answers about the accrediting bodies. */
export const ACCREDITATION = 'Accreditation';

/** Up to this many programs are named in a citation; more cite the list of featured programs. */
const NAMED_PROGRAMS = 2;

/** The section of an answer about these programs: their names, or the featured programs when there are more (or none). */
export function programsSection(programs: readonly { readonly name: string }[]): string {
  if (programs.length === 0 || programs.length > NAMED_PROGRAMS) return FEATURED_PROGRAMS;
  return joinAnd(programs.map((p) => p.name));
}
