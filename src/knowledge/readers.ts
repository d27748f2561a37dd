/** Readers that turn validated JSON fields into typed knowledge objects. */
import { Field } from './fields.js';
import {
  AUDIENCES,
  DELIVERY_MODES,
  PROGRAM_ATTRIBUTES,
  RELATIONS,
  RESIDENCIES,
  SMALLTALK_REPLIES,
  TUITION_UNITS,
  type Accreditor,
  type BodyRelation,
  type IntentAction,
  type IntentDefinition,
  type Geography,
  type Known,
  type LatLon,
  type Program,
  type Requirement,
  type Term,
  type Silence,
  type SynonymEntry,
  type Topic,
  type TuitionFigure,
  type UsState,
} from './types.js';

const ACTION_KINDS = [
  'topic',
  'programAttribute',
  'programOverview',
  'programList',
  'accreditors',
  'compare',
  'query',
  'finder',
  'smalltalk',
  'source',
  'term',
  'outOfScope',
] as const;

/** Reads `{ known: true, value }` or `{ known: false }`. */
export function readKnown<T>(f: Field, readValue: (v: Field) => T): Known<T> {
  const note = f.get('note').optionalString();
  const known = f.get('known').boolean();
  if (!known) {
    if (f.has('value')) f.get('value').fail('must be absent when known is false');
    return note === undefined ? { known } : { known, note };
  }
  const value = readValue(f.get('value'));
  return note === undefined ? { known, value } : { known, value, note };
}

export function readTopic(f: Field): Topic {
  return {
    id: f.get('id').string(),
    title: f.get('title').string(),
    summary: f.get('summary').string(),
    points: f.get('points').strings(),
    followUps: f.get('followUps').strings(),
    ...(f.has('suits') ? { suits: f.get('suits').strings() } : {}),
    ...(f.has('explains') ? { explains: f.get('explains').array((a) => a.oneOf(PROGRAM_ATTRIBUTES)) } : {}),
    ...(f.has('keywords') ? { keywords: f.get('keywords').strings({ minLength: 1 }) } : {}),
  };
}

export function readSilence(f: Field): Silence {
  return {
    id: f.get('id').string(),
    about: f.get('about').string(),
    triggers: f.get('triggers').array((t) => t.strings({ minLength: 1 }), { minLength: 1 }),
    text: f.get('text').string(),
    followUps: f.get('followUps').strings(),
    ...(f.has('aboutStudent') && f.get('aboutStudent').boolean() ? { aboutStudent: true } : {}),
    ...(f.has('aside') && f.get('aside').boolean() ? { aside: true } : {}),
    ...(f.has('unsettlesTime') && f.get('unsettlesTime').boolean() ? { unsettlesTime: true } : {}),
    ...(f.has('settledByPace') && f.get('settledByPace').boolean() ? { settledByPace: true } : {}),
  };
}

export function readTerm(f: Field): Term {
  return {
    id: f.get('id').string(),
    name: f.get('name').string(),
    abbreviation: f.get('abbreviation').string(),
    aliases: f.get('aliases').strings(),
    summary: f.get('summary').string(),
    ...(f.has('programs') ? { programs: f.get('programs').strings() } : {}),
    ...(f.has('jobs') ? { jobs: f.get('jobs').strings({ minLength: 1 }) } : {}),
    ...(f.has('namedLike') ? { namedLike: f.get('namedLike').strings({ minLength: 1 }) } : {}),
  };
}

/** Reads an entry condition: `{ anyOf: [...] }`, `{ allOf: [...] }` or `{ registration: "ARRT" }`. */
export function readRequirement(f: Field): Requirement {
  if (f.has('anyOf')) return { anyOf: f.get('anyOf').array(readRequirement, { minLength: 1 }) };
  if (f.has('allOf')) return { allOf: f.get('allOf').array(readRequirement, { minLength: 1 }) };
  if (f.has('registration')) return { registration: f.get('registration').string() };
  return f.fail('must have anyOf, allOf or registration');
}

export function readAccreditor(f: Field): Accreditor {
  return {
    id: f.get('id').string(),
    name: f.get('name').string(),
    abbreviation: f.get('abbreviation').string(),
    aliases: f.get('aliases').strings(),
    ...(f.has('namedForRegions') ? { namedForRegions: f.get('namedForRegions').strings() } : {}),
  };
}

function readTuition(f: Field): TuitionFigure {
  const amount = f.get('amount').number();
  if (amount <= 0) f.get('amount').fail('must be positive');
  const note = f.get('note').optionalString();
  const figure = {
    amount,
    currency: f.get('currency').oneOf(['USD'] as const),
    unit: f.get('unit').oneOf(TUITION_UNITS),
    residency: f.get('residency').oneOf(RESIDENCIES),
  };
  return note === undefined ? figure : { ...figure, note };
}

function readRelation(f: Field): BodyRelation {
  const condition = f.get('condition').optionalString();
  const relation = {
    body: f.get('body').string(),
    bodyName: f.get('bodyName').string(),
    relation: f.get('relation').oneOf(RELATIONS),
    ...(condition !== undefined ? { condition } : {}),
  };
  return f.has('afterWorkYears') ? { ...relation, afterWorkYears: f.get('afterWorkYears').number() } : relation;
}

export function readProgram(f: Field): Program {
  const duration = f.get('duration');
  const minMonths = duration.get('minMonths').number();
  const maxMonths = duration.get('maxMonths').number();
  if (maxMonths < minMonths) duration.get('maxMonths').fail(`must not be less than minMonths (${minMonths})`);
  const location = f.get('location');
  const credential = f.get('credential');
  return {
    id: f.get('id').string(),
    name: f.get('name').string(),
    shortName: f.get('shortName').string(),
    aliases: f.get('aliases').strings(),
    location: {
      city: location.get('city').string(),
      state: location.get('state').string(),
      stateCode: location.get('stateCode').string(),
    },
    accreditorId: f.get('accreditorId').string(),
    ...(f.has('accreditorAsNamed')
      ? {
          accreditorAsNamed: {
            name: f.get('accreditorAsNamed').get('name').string(),
            abbreviation: f.get('accreditorAsNamed').get('abbreviation').string(),
          },
        }
      : {}),
    duration: { minMonths, maxMonths },
    tuition: f.get('tuition').array(readTuition, { minLength: 1 }),
    credits: readKnown(f.get('credits'), (v) => ({
      amount: v.get('amount').number(),
      unit: v.get('unit').oneOf(['semester_hours', 'credits'] as const),
    })),
    delivery: readKnown(f.get('delivery'), (v) => v.oneOf(DELIVERY_MODES)),
    financialAid: readKnown(f.get('financialAid'), (v) => v.boolean()),
    requiresInstitutionAdmission: readKnown(f.get('requiresInstitutionAdmission'), (v) => v.boolean()),
    openToNewcomers: readKnown(f.get('openToNewcomers'), (v) => v.boolean()),
    requirements: readKnown(f.get('requirements'), readRequirement),
    startTerms: readKnown(f.get('startTerms'), (v) => v.strings({ minLength: 1 })),
    credential: {
      kind: credential.get('kind').oneOf(['certificate', 'associate_degree'] as const),
      name: credential.get('name').string(),
    },
    department: readKnown(f.get('department'), (v) => v.string()),
    certificationLevels: readKnown(f.get('certificationLevels'), (v) => v.string()),
    relations: f.get('relations').array(readRelation),
    highlights: f.get('highlights').strings(),
    suits: f
      .get('suits')
      .array((a) => ({ audience: a.get('audience').oneOf(AUDIENCES), note: a.get('note').string() })),
  };
}

function readAction(f: Field): IntentAction {
  const kind = f.get('kind').oneOf(ACTION_KINDS);
  switch (kind) {
    case 'topic':
      return { kind, topic: f.get('topic').string() };
    case 'programAttribute':
      return { kind, attribute: f.get('attribute').oneOf(PROGRAM_ATTRIBUTES) };
    case 'smalltalk':
      return { kind, reply: f.get('reply').oneOf(SMALLTALK_REPLIES) };
    default:
      return { kind };
  }
}

export function readIntent(f: Field): IntentDefinition {
  const whenProgramNamed = f.get('whenProgramNamed').optionalString();
  const intent = {
    id: f.get('id').string(),
    description: f.get('description').string(),
    action: readAction(f.get('action')),
    examples: f.get('examples').strings({ minLength: 3 }),
  };
  const withProgram = whenProgramNamed === undefined ? intent : { ...intent, whenProgramNamed };
  if (!f.has('minConfidence')) return withProgram;
  const minConfidence = f.get('minConfidence').number();
  if (minConfidence < 0 || minConfidence > 1) f.get('minConfidence').fail(`must be from 0 to 1 (got ${minConfidence})`);
  return { ...withProgram, minConfidence };
}

export function readSynonyms(f: Field): SynonymEntry {
  return { id: f.get('id').string(), synonyms: f.get('synonyms').strings({ minLength: 1 }) };
}

/** Map coordinates: `[latitude, longitude]` in degrees. */
function readLatLon(f: Field): LatLon {
  const [lat, lon] = f.array((n) => n.number());
  if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    f.fail('must be [latitude, longitude] in degrees');
  return [lat, lon];
}

/** geography.json: state centres and city coordinates, every state code one the lexicon knows. */
export function readGeography(f: Field, stateCodes: ReadonlySet<string>): Geography {
  const code = (c: Field): string => {
    const value = c.string();
    if (!stateCodes.has(value)) c.fail(`names unknown state "${value}"`);
    return value;
  };
  return {
    states: new Map(f.get('states').array((s) => [code(s.get('code')), readLatLon(s.get('at'))] as const)),
    places: f.get('places').array((c) => ({
      name: c.get('name').string(),
      state: code(c.get('state')),
      at: readLatLon(c.get('at')),
    })),
  };
}

export function readState(f: Field): UsState {
  return { name: f.get('name').string(), code: f.get('code').string() };
}
