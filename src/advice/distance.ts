/**
 * Straight-line distances from a place the student names to the programs' cities, from approximate
 * map coordinates (knowledge/geography.json). The article gives only each school's city, so every
 * distance is an estimate.
 */
import type { KnowledgeBase, LatLon, Program } from '../knowledge/types.js';

const EARTH_RADIUS_MILES = 3958.8;

/** A program and how far it is from the student's place. */
export interface ProgramDistance {
  readonly program: Program;
  readonly miles: number;
}

/** The great-circle distance between two points, in miles. */
export function milesBetween(a: LatLon, b: LatLon): number {
  const rad = (d: number): number => (d * Math.PI) / 180;
  const [lat1, lon1] = [rad(a[0]), rad(a[1])];
  const [lat2, lon2] = [rad(b[0]), rad(b[1])];
  const h = Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(h));
}

/** Where a city is: its own coordinates, else its state's centre. */
export function placeAt(kb: KnowledgeBase, city: string, state: string): LatLon | undefined {
  const name = city.toLowerCase();
  return (
    kb.geography.places.find((c) => c.name.toLowerCase() === name && c.state === state)?.at ??
    kb.geography.states.get(state)
  );
}

/** The programs by distance from `from`, nearest first. */
export function byDistance(kb: KnowledgeBase, from: LatLon, programs: readonly Program[]): ProgramDistance[] {
  return programs
    .flatMap((program) => {
      const at = placeAt(kb, program.location.city, program.location.stateCode);
      return at === undefined ? [] : [{ program, miles: milesBetween(from, at) }];
    })
    .sort((a, b) => a.miles - b.miles);
}
