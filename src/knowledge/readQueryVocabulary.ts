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
  return (f) => ({ id: readId(f.get('id')), phrases: f.get('phrases').phrases({ minLength: 1 }) });
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
    ...(f.has('notBefore') ? { notBefore: f.get('notBefore').strings({ minLength: 1 }) } : {}),
  };
}

/** Reads the query vocabulary; region states must be codes of `knownStates`. */
export function readQueryVocabulary(f: Field, knownStates: ReadonlySet<string>): QueryVocabulary {
  const readRegion = (r: Field): RegionTerm => {
    const states = r.get('states').phrases({ minLength: 1 });
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
      opposites: c.has('opposites') ? c.get('opposites').phrases({ minLength: 1 }) : [],
    })),
    negators: f.get('negators').phrases({ minLength: 1 }),
    bodies: f.get('bodies').array(term((v) => v.string())),
    relations: f.get('relations').array(term((v) => v.oneOf(RELATIONS))),
    terms: f.get('terms').array(term((v) => v.string())),
    regions: f.get('regions').array(readRegion),
    comparators: f.get('comparators').array(term((v) => v.oneOf(COMPARATORS))),
    units: f.get('units').array(readUnit, { minLength: 1 }),
    numberWords: f.get('numberWords').array((w) => ({ word: w.get('word').string(), value: w.get('value').number() })),
    anaphora: f.get('anaphora').phrases(),
    positions: {
      ordinals: f
        .get('positions')
        .get('ordinals')
        .array((w) => ({ word: w.get('word').string(), value: w.get('value').number() }), { minLength: 1 }),
      nouns: f.get('positions').get('nouns').phrases({ minLength: 1 }),
      numberPrefixes: f.get('positions').get('numberPrefixes').phrases({ minLength: 1 }),
    },
    everything: f.get('everything').phrases({ minLength: 1 }),
    answers: {
      yes: f.get('answers').get('yes').phrases({ minLength: 1 }),
      no: f.get('answers').get('no').phrases({ minLength: 1 }),
      either: f.get('answers').get('either').phrases({ minLength: 1 }),
      newcomer: f.get('answers').get('newcomer').phrases({ minLength: 1 }),
      onlineNotNeeded: f.get('answers').get('onlineNotNeeded').phrases({ minLength: 1 }),
    },
    skip: f.get('skip').phrases({ minLength: 1 }),
    questionWords: f.get('questionWords').phrases({ minLength: 1 }),
    yesNoWords: f.get('yesNoWords').phrases({ minLength: 1 }),
    fillers: f.get('fillers').phrases(),
    eligibility: f.get('eligibility').phrases({ minLength: 1 }),
    eligibilityWeak: f.get('eligibilityWeak').phrases(),
    institutionAdmission: f.get('institutionAdmission').phrases({ minLength: 1 }),
    definitions: f.get('definitions').phrases({ minLength: 1 }),
    finish: f.get('finish').phrases({ minLength: 1 }),
    general: f.get('general').phrases({ minLength: 1 }),
    incomeWords: f.get('incomeWords').phrases({ minLength: 1 }),
    outOfPocketWords: f.get('outOfPocketWords').phrases({ minLength: 1 }),
    entryEase: f.get('entryEase').phrases({ minLength: 1 }),
    calendarWords: f.get('calendarWords').phrases({ minLength: 1 }),
    suppositionKept: f.get('suppositionKept').phrases({ minLength: 1 }),
    contactWords: f.get('contactWords').phrases({ minLength: 1 }),
    helpWords: f.get('helpWords').phrases({ minLength: 1 }),
    requirementDetails: f.get('requirementDetails').phrases({ minLength: 1 }),
    openRequestsLast: f.get('openRequestsLast').phrases({ minLength: 1 }),
    sumWords: f.get('sumWords').phrases({ minLength: 1 }),
    leftoverWords: f.get('leftoverWords').phrases({ minLength: 1 }),
    admissionAsked: f.get('admissionAsked').phrases({ minLength: 1 }),
    fastestPace: f.get('fastestPace').phrases({ minLength: 1 }),
    ruledOut: f.get('ruledOut').phrases({ minLength: 1 }),
    budgetAdded: f.get('budgetAdded').phrases({ minLength: 1 }),
    ownMoneyWords: f.get('ownMoneyWords').phrases({ minLength: 1 }),
    abroadPlaces: f.get('abroadPlaces').phrases({ minLength: 1 }),
    acceptWords: f.get('acceptWords').phrases({ minLength: 1 }),
    acronymNouns: f.get('acronymNouns').phrases({ minLength: 1 }),
    mentionWords: f.get('mentionWords').phrases({ minLength: 1 }),
    namedBodyNouns: f.get('namedBodyNouns').phrases({ minLength: 1 }),
    tieWords: f.get('tieWords').phrases({ minLength: 1 }),
    residencyWords: f.get('residencyWords').phrases({ minLength: 1 }),
    totalFollowUps: f.get('totalFollowUps').phrases({ minLength: 1 }),
    changeWords: f.get('changeWords').phrases({ minLength: 1 }),
    plainWords: f.get('plainWords').phrases({ minLength: 1 }),
    followUpOpeners: f.get('followUpOpeners').phrases({ minLength: 1 }),
    reaskWords: f.get('reaskWords').phrases({ minLength: 1 }),
    otherWords: f.get('otherWords').phrases({ minLength: 1 }),
    mileWords: f.get('mileWords').phrases({ minLength: 1 }),
    registryNouns: f.get('registryNouns').phrases({ minLength: 1 }),
    groupWords: f.get('groupWords').phrases({ minLength: 1 }),
    nextWords: f.get('nextWords').phrases({ minLength: 1 }),
    nearPlaceWords: f.get('nearPlaceWords').phrases({ minLength: 1 }),
    nearWords: f.get('nearWords').phrases({ minLength: 1 }),
    monthlyWords: f.get('monthlyWords').phrases({ minLength: 1 }),
    accreditorNouns: f.get('accreditorNouns').phrases({ minLength: 1 }),
    soleWords: f.get('soleWords').phrases({ minLength: 1 }),
    yearWords: f.get('yearWords').phrases({ minLength: 1 }),
    pastWords: f.get('pastWords').phrases({ minLength: 1 }),
    frequencyWords: f.get('frequencyWords').phrases({ minLength: 1 }),
    certifiedJobs: f.get('certifiedJobs').phrases({ minLength: 1 }),
    hypotheticals: f.get('hypotheticals').phrases({ minLength: 1 }),
    differenceWords: f.get('differenceWords').phrases({ minLength: 1 }),
    reasonAsked: f.get('reasonAsked').phrases({ minLength: 1 }),
    judgements: f.get('judgements').phrases({ minLength: 1 }),
    moves: f.get('moves').phrases({ minLength: 1 }),
    movingTimes: f.get('movingTimes').phrases({ minLength: 1 }),
    contrasts: f.get('contrasts').phrases({ minLength: 1 }),
    openRequests: f.get('openRequests').phrases({ minLength: 1 }),
    admissionRefused: f.get('admissionRefused').phrases({ minLength: 1 }),
    notNames: f.get('notNames').phrases({ minLength: 1 }),
    rephrase: f.get('rephrase').phrases({ minLength: 1 }),
    approval: f.get('approval').phrases({ minLength: 1 }),
    people: f.get('people').phrases({ minLength: 1 }),
    exclusionWords: f.get('exclusionWords').phrases({ minLength: 1 }),
    suitWords: f.get('suitWords').phrases({ minLength: 1 }),
    fromElsewhere: f.get('fromElsewhere').phrases({ minLength: 1 }),
    comparatives: f.get('comparatives').phrases({ minLength: 1 }),
    inPerson: f.get('inPerson').phrases({ minLength: 1 }),
    withinBudget: f.get('withinBudget').phrases({ minLength: 1 }),
    otherPeople: f.get('otherPeople').phrases({ minLength: 1 }),
    totalCost: f.get('totalCost').phrases({ minLength: 1 }),
    finderStart: f.get('finderStart').phrases({ minLength: 1 }),
    eligibilityDoing: f.get('eligibilityDoing').phrases({ minLength: 1 }),
    identity: f.get('identity').phrases({ minLength: 1 }),
    moneyUnits: f.get('moneyUnits').array(
      (m) => ({
        phrase: m.get('phrase').string(),
        unit: m.get('unit').oneOf(['per_credit', 'per_year', 'per_semester'] as const),
      }),
      { minLength: 1 },
    ),
    ignoredUnits: f.get('ignoredUnits').phrases(),
    emoji: f.get('emoji').array((e) => ({ emoji: e.get('emoji').string(), word: e.get('word').string() })),
  };
}

/** Reads what students say about themselves; cities must be in known states. */
export function readStudentVocabulary(f: Field, knownStates: ReadonlySet<string>): StudentVocabulary {
  return {
    backgrounds: f.get('backgrounds').array(term((v) => v.oneOf(BACKGROUNDS))),
    education: f.get('education').array(term((v) => v.oneOf(EDUCATION_LEVELS))),
    working: f.get('working').phrases({ minLength: 1 }),
    residence: f.get('residence').phrases({ minLength: 1 }),
    residenceWithSelf: f.get('residenceWithSelf').phrases(),
    residenceAfter: f.get('residenceAfter').phrases(),
    selfNouns: f.get('selfNouns').phrases(),
    homeState: f.get('homeState').phrases(),
    experience: f.get('experience').phrases(),
    holding: f.get('holding').phrases({ minLength: 1 }),
    requirementCues: f.get('requirementCues').phrases({ minLength: 1 }),
    selfWords: f.get('selfWords').phrases({ minLength: 1 }),
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
  return { words: f.get('words').phrases({ minLength: 1 }), minShare };
}
