/** Reads and validates the `query` section of `knowledge/lexicon.json` (filter and superlative vocabulary). */
import { Field } from './fields.js';
import {
  BACKGROUNDS,
  COMPARATORS,
  EDUCATION_LEVELS,
  QUERY_CRITERIA,
  RELATIONS,
  type SpanishVocabulary,
  type StudentVocabulary,
  type QueryTerm,
  type QueryVocabulary,
  type RegionTerm,
  type SuperlativeTerm,
  type UnitWord,
} from './types.js';

const SUPERLATIVES = ['cheapest', 'most_expensive', 'fastest', 'longest'] as const;

function term<Id extends string>(readId: (f: Field) => Id): (f: Field) => QueryTerm<Id> {
  return (f) => ({ id: readId(f.get('id')), phrases: f.get('phrases').strings({ minLength: 1 }) });
}

function readSuperlative(f: Field): SuperlativeTerm {
  return {
    ...term((v) => v.oneOf(SUPERLATIVES))(f),
    measure: f.get('measure').oneOf(['tuition', 'duration'] as const),
    order: f.get('order').oneOf(['lowest', 'highest'] as const),
  };
}

function readUnit(f: Field): UnitWord {
  const factor = f.get('factor').number();
  if (factor <= 0) f.get('factor').fail('must be positive');
  return {
    phrase: f.get('phrase').string(),
    measure: f.get('measure').oneOf(['money', 'months', 'credits'] as const),
    factor,
  };
}

/** Reads the query vocabulary; region states must be codes of `knownStates`. */
export function readQueryVocabulary(f: Field, knownStates: ReadonlySet<string>): QueryVocabulary {
  const readRegion = (r: Field): RegionTerm => {
    const states = r.get('states').strings({ minLength: 1 });
    const list = r.get('states');
    states.forEach((code, i) => {
      if (!knownStates.has(code))
        new Field(list.file, `${list.path}[${i}]`, code).fail(`names unknown state code "${code}"`);
    });
    return { ...term((v) => v.string())(r), label: r.get('label').string(), states };
  };
  return {
    superlatives: f.get('superlatives').array(readSuperlative, { minLength: 1 }),
    criteria: f.get('criteria').array((c) => ({
      ...term((v) => v.oneOf(QUERY_CRITERIA))(c),
      opposites: c.has('opposites') ? c.get('opposites').strings({ minLength: 1 }) : [],
    })),
    negators: f.get('negators').strings({ minLength: 1 }),
    bodies: f.get('bodies').array(term((v) => v.string())),
    relations: f.get('relations').array(term((v) => v.oneOf(RELATIONS))),
    terms: f.get('terms').array(term((v) => v.string())),
    regions: f.get('regions').array(readRegion),
    comparators: f.get('comparators').array(term((v) => v.oneOf(COMPARATORS))),
    units: f.get('units').array(readUnit, { minLength: 1 }),
    numberWords: f.get('numberWords').array((w) => ({ word: w.get('word').string(), value: w.get('value').number() })),
    anaphora: f.get('anaphora').strings(),
    positions: {
      ordinals: f
        .get('positions')
        .get('ordinals')
        .array((w) => ({ word: w.get('word').string(), value: w.get('value').number() }), { minLength: 1 }),
      nouns: f.get('positions').get('nouns').strings({ minLength: 1 }),
      numberPrefixes: f.get('positions').get('numberPrefixes').strings({ minLength: 1 }),
    },
    everything: f.get('everything').strings({ minLength: 1 }),
    answers: {
      yes: f.get('answers').get('yes').strings({ minLength: 1 }),
      no: f.get('answers').get('no').strings({ minLength: 1 }),
      either: f.get('answers').get('either').strings({ minLength: 1 }),
      newcomer: f.get('answers').get('newcomer').strings({ minLength: 1 }),
    },
    skip: f.get('skip').strings({ minLength: 1 }),
    questionWords: f.get('questionWords').strings({ minLength: 1 }),
    yesNoWords: f.get('yesNoWords').strings({ minLength: 1 }),
    fillers: f.get('fillers').strings(),
    eligibility: f.get('eligibility').strings({ minLength: 1 }),
    eligibilityWeak: f.get('eligibilityWeak').strings(),
    institutionAdmission: f.get('institutionAdmission').strings({ minLength: 1 }),
    definitions: f.get('definitions').strings({ minLength: 1 }),
    finish: f.get('finish').strings({ minLength: 1 }),
    general: f.get('general').strings({ minLength: 1 }),
    incomeWords: f.get('incomeWords').strings({ minLength: 1 }),
    outOfPocketWords: f.get('outOfPocketWords').strings({ minLength: 1 }),
    contactWords: f.get('contactWords').strings({ minLength: 1 }),
    helpWords: f.get('helpWords').strings({ minLength: 1 }),
    requirementDetails: f.get('requirementDetails').strings({ minLength: 1 }),
    openRequestsLast: f.get('openRequestsLast').strings({ minLength: 1 }),
    sumWords: f.get('sumWords').strings({ minLength: 1 }),
    leftoverWords: f.get('leftoverWords').strings({ minLength: 1 }),
    admissionAsked: f.get('admissionAsked').strings({ minLength: 1 }),
    fastestPace: f.get('fastestPace').strings({ minLength: 1 }),
    ruledOut: f.get('ruledOut').strings({ minLength: 1 }),
    budgetAdded: f.get('budgetAdded').strings({ minLength: 1 }),
    ownMoneyWords: f.get('ownMoneyWords').strings({ minLength: 1 }),
    abroadPlaces: f.get('abroadPlaces').strings({ minLength: 1 }),
    acceptWords: f.get('acceptWords').strings({ minLength: 1 }),
    acronymNouns: f.get('acronymNouns').strings({ minLength: 1 }),
    mentionWords: f.get('mentionWords').strings({ minLength: 1 }),
    namedBodyNouns: f.get('namedBodyNouns').strings({ minLength: 1 }),
    tieWords: f.get('tieWords').strings({ minLength: 1 }),
    residencyWords: f.get('residencyWords').strings({ minLength: 1 }),
    totalFollowUps: f.get('totalFollowUps').strings({ minLength: 1 }),
    changeWords: f.get('changeWords').strings({ minLength: 1 }),
    plainWords: f.get('plainWords').strings({ minLength: 1 }),
    followUpOpeners: f.get('followUpOpeners').strings({ minLength: 1 }),
    reaskWords: f.get('reaskWords').strings({ minLength: 1 }),
    otherWords: f.get('otherWords').strings({ minLength: 1 }),
    mileWords: f.get('mileWords').strings({ minLength: 1 }),
    registryNouns: f.get('registryNouns').strings({ minLength: 1 }),
    groupWords: f.get('groupWords').strings({ minLength: 1 }),
    nextWords: f.get('nextWords').strings({ minLength: 1 }),
    nearPlaceWords: f.get('nearPlaceWords').strings({ minLength: 1 }),
    nearWords: f.get('nearWords').strings({ minLength: 1 }),
    monthlyWords: f.get('monthlyWords').strings({ minLength: 1 }),
    accreditorNouns: f.get('accreditorNouns').strings({ minLength: 1 }),
    soleWords: f.get('soleWords').strings({ minLength: 1 }),
    yearWords: f.get('yearWords').strings({ minLength: 1 }),
    pastWords: f.get('pastWords').strings({ minLength: 1 }),
    frequencyWords: f.get('frequencyWords').strings({ minLength: 1 }),
    certifiedJobs: f.get('certifiedJobs').strings({ minLength: 1 }),
    hypotheticals: f.get('hypotheticals').strings({ minLength: 1 }),
    differenceWords: f.get('differenceWords').strings({ minLength: 1 }),
    reasonAsked: f.get('reasonAsked').strings({ minLength: 1 }),
    judgements: f.get('judgements').strings({ minLength: 1 }),
    moves: f.get('moves').strings({ minLength: 1 }),
    movingTimes: f.get('movingTimes').strings({ minLength: 1 }),
    contrasts: f.get('contrasts').strings({ minLength: 1 }),
    openRequests: f.get('openRequests').strings({ minLength: 1 }),
    admissionRefused: f.get('admissionRefused').strings({ minLength: 1 }),
    notNames: f.get('notNames').strings({ minLength: 1 }),
    rephrase: f.get('rephrase').strings({ minLength: 1 }),
    approval: f.get('approval').strings({ minLength: 1 }),
    people: f.get('people').strings({ minLength: 1 }),
    exclusionWords: f.get('exclusionWords').strings({ minLength: 1 }),
    suitWords: f.get('suitWords').strings({ minLength: 1 }),
    fromElsewhere: f.get('fromElsewhere').strings({ minLength: 1 }),
    comparatives: f.get('comparatives').strings({ minLength: 1 }),
    inPerson: f.get('inPerson').strings({ minLength: 1 }),
    withinBudget: f.get('withinBudget').strings({ minLength: 1 }),
    otherPeople: f.get('otherPeople').strings({ minLength: 1 }),
    totalCost: f.get('totalCost').strings({ minLength: 1 }),
    finderStart: f.get('finderStart').strings({ minLength: 1 }),
    eligibilityDoing: f.get('eligibilityDoing').strings({ minLength: 1 }),
    identity: f.get('identity').strings({ minLength: 1 }),
    moneyUnits: f.get('moneyUnits').array(
      (m) => ({
        phrase: m.get('phrase').string(),
        unit: m.get('unit').oneOf(['per_credit', 'per_year', 'per_semester'] as const),
      }),
      { minLength: 1 },
    ),
    ignoredUnits: f.get('ignoredUnits').strings(),
    emoji: f.get('emoji').array((e) => ({ emoji: e.get('emoji').string(), word: e.get('word').string() })),
  };
}

/** Reads what students say about themselves; cities must be in known states. */
export function readStudentVocabulary(f: Field, knownStates: ReadonlySet<string>): StudentVocabulary {
  return {
    backgrounds: f.get('backgrounds').array(term((v) => v.oneOf(BACKGROUNDS))),
    education: f.get('education').array(term((v) => v.oneOf(EDUCATION_LEVELS))),
    working: f.get('working').strings({ minLength: 1 }),
    residence: f.get('residence').strings({ minLength: 1 }),
    residenceWithSelf: f.get('residenceWithSelf').strings(),
    residenceAfter: f.get('residenceAfter').strings(),
    selfNouns: f.get('selfNouns').strings(),
    homeState: f.get('homeState').strings(),
    experience: f.get('experience').strings(),
    holding: f.get('holding').strings({ minLength: 1 }),
    requirementCues: f.get('requirementCues').strings({ minLength: 1 }),
    selfWords: f.get('selfWords').strings({ minLength: 1 }),
    cities: f.get('cities').array((c) => {
      const state = c.get('state').string();
      if (!knownStates.has(state)) c.get('state').fail(`names unknown state code "${state}"`);
      return { name: c.get('name').string(), state };
    }),
    demonyms: f.get('demonyms').array((c) => {
      const state = c.get('state').string();
      if (!knownStates.has(state)) c.get('state').fail(`names unknown state code "${state}"`);
      return { word: c.get('word').string(), state };
    }),
  };
}

/** Reads the words that tell a Spanish message. */
export function readSpanishVocabulary(f: Field): SpanishVocabulary {
  const minShare = f.get('minShare').number();
  if (minShare <= 0 || minShare > 1) f.get('minShare').fail(`must be above 0 and at most 1 (got ${minShare})`);
  return { words: f.get('words').strings({ minLength: 1 }), minShare };
}
