/**
 * Loads the knowledge base from `knowledge/*.json`, validates it and returns it frozen.
 * @remarks Called once by the composition root; a broken file stops start-up with a message that
 * names the file, the entry and the problem.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertUnique, deepFreeze, Field, KnowledgeError } from './fields.js';
import {
  readAccreditor,
  readIntent,
  readProgram,
  readSilence,
  readGeography,
  readState,
  readSynonyms,
  readTerm,
  readTopic,
} from './readers.js';
import { readQueryVocabulary, readSpanishVocabulary, readStudentVocabulary } from './readQueryVocabulary.js';
import type { KnowledgeBase } from './types.js';

/** The files that make up the knowledge base, relative to its directory. */
export const KNOWLEDGE_FILES = [
  'source.json',
  'topics.json',
  'accreditors.json',
  'programs.json',
  'intents.json',
  'lexicon.json',
  'geography.json',
] as const;

function readJson(dir: string, file: string): Field {
  const label = `knowledge/${file}`;
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch (error) {
    throw new KnowledgeError(`${label}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return new Field(label, '', JSON.parse(text));
  } catch (error) {
    throw new KnowledgeError(`${label}: is not valid JSON (${(error as Error).message})`);
  }
}

/** Reads and validates every knowledge file in `dir`. */
export function loadKnowledge(dir: string): KnowledgeBase {
  const [sourceFile, topicsFile, accreditorsFile, programsFile, intentsFile, lexiconFile, geographyFile] =
    KNOWLEDGE_FILES.map((f) => readJson(dir, f));
  const source = sourceFile.get('source');
  const topicList = topicsFile.get('topics');
  const accreditorList = accreditorsFile.get('accreditors');
  const programList = programsFile.get('programs');
  const intentList = intentsFile.get('intents');
  const stateCodes = new Set(
    lexiconFile
      .get('states')
      .array(readState)
      .map((s) => s.code),
  );

  const kb: KnowledgeBase = {
    source: {
      title: source.get('title').string(),
      author: source.get('author').string(),
      authorBio: source.get('authorBio').string(),
      file: source.get('file').string(),
    },
    topics: topicList.array(readTopic, { minLength: 1 }),
    commonRequirements: topicsFile.get('commonRequirements').strings({ minLength: 1 }),
    ...(topicsFile.has('schoolingRequirement')
      ? { schoolingRequirement: topicsFile.get('schoolingRequirement').string() }
      : {}),
    commonRequirementPhrases: topicsFile.get('requirementWords').array((w) => ({
      requirement: w.get('requirement').string(),
      phrases: w.get('phrases').strings({ minLength: 1 }),
    })),
    otherRequirements: topicsFile.has('otherRequirements')
      ? topicsFile.get('otherRequirements').array((r) => ({
          id: r.get('id').string(),
          phrases: r.get('phrases').strings({ minLength: 1 }),
          text: r.get('text').string(),
        }))
      : [],
    terms: topicsFile.get('terms').array(readTerm),
    silences: topicsFile.get('silences').array(readSilence),
    accreditors: accreditorList.array(readAccreditor, { minLength: 1 }),
    programs: programList.array(readProgram, { minLength: 1 }),
    intents: intentList.array(readIntent, { minLength: 2 }),
    attributes: lexiconFile.get('attributes').array(readSynonyms),
    residencies: lexiconFile.get('residencies').array(readSynonyms),
    states: lexiconFile.get('states').array(readState),
    query: readQueryVocabulary(lexiconFile.get('query'), stateCodes),
    student: readStudentVocabulary(lexiconFile.get('student'), stateCodes),
    spanish: readSpanishVocabulary(lexiconFile.get('spanish')),
    geography: readGeography(geographyFile, stateCodes),
  };

  assertUnique(
    topicList,
    kb.topics.map((t) => t.id),
  );
  assertUnique(
    accreditorList,
    kb.accreditors.map((a) => a.id),
  );
  assertUnique(
    programList,
    kb.programs.map((p) => p.id),
  );
  assertUnique(
    intentList,
    kb.intents.map((i) => i.id),
  );
  assertUnique(
    topicsFile.get('silences'),
    kb.silences.map((x) => x.id),
  );
  assertUnique(
    topicsFile.get('terms'),
    kb.terms.map((t) => t.id),
  );
  checkReferences(kb, { programList, intentList });
  checkGeography(kb);
  return deepFreeze(kb);
}

/** Every state has a centre, so any distance can be estimated (a city not in the places uses its state's). */
function checkGeography(kb: KnowledgeBase): void {
  const missing = kb.states.filter((s) => !kb.geography.states.has(s.code));
  if (missing.length > 0)
    new Field('knowledge/geography.json', 'states', undefined).fail(
      `has no centre for ${missing.map((s) => s.code).join(', ')}`,
    );
}

/** Every id that points elsewhere must point at something that exists. */
function checkReferences(kb: KnowledgeBase, fields: { programList: Field; intentList: Field }): void {
  const accreditors = new Set(kb.accreditors.map((a) => a.id));
  const topics = new Set(kb.topics.map((t) => t.id));
  const intents = new Set(kb.intents.map((i) => i.id));
  kb.programs.forEach((p, i) => {
    if (!accreditors.has(p.accreditorId)) {
      new Field(fields.programList.file, `programs[${i}].accreditorId`, p.accreditorId).fail(
        `names unknown accreditor "${p.accreditorId}"`,
      );
    }
  });
  const regions = new Set(kb.query.regions.map((r) => r.id));
  kb.accreditors.forEach((a, i) =>
    (a.namedForRegions ?? []).forEach((id, j) => {
      if (!regions.has(id))
        new Field('knowledge/accreditors.json', `accreditors[${i}].namedForRegions[${j}]`, id).fail(
          `names unknown region "${id}"`,
        );
    }),
  );
  const programs = new Set(kb.programs.map((p) => p.id));
  kb.terms.forEach((t, i) =>
    (t.programs ?? []).forEach((id, j) => {
      if (!programs.has(id))
        new Field('knowledge/topics.json', `terms[${i}].programs[${j}]`, id).fail(`names unknown program "${id}"`);
    }),
  );
  const termIds = new Set(kb.terms.map((t) => t.id));
  kb.terms.forEach((t, i) =>
    (t.namedLike ?? []).forEach((id, j) => {
      if (!termIds.has(id) || id === t.id)
        new Field('knowledge/topics.json', `terms[${i}].namedLike[${j}]`, id).fail(`names unknown term "${id}"`);
    }),
  );
  kb.intents.forEach((intent, i) => {
    const at = (key: string, value: string): Field => new Field(fields.intentList.file, `intents[${i}].${key}`, value);
    if (intent.action.kind === 'topic' && !topics.has(intent.action.topic)) {
      at('action.topic', intent.action.topic).fail(`names unknown topic "${intent.action.topic}"`);
    }
    if (intent.whenProgramNamed !== undefined && !intents.has(intent.whenProgramNamed)) {
      at('whenProgramNamed', intent.whenProgramNamed).fail(`names unknown intent "${intent.whenProgramNamed}"`);
    }
  });
  if (kb.schoolingRequirement !== undefined && !kb.commonRequirements.includes(kb.schoolingRequirement))
    new Field('knowledge/topics.json', 'schoolingRequirement', kb.schoolingRequirement).fail(
      'must be one of commonRequirements',
    );
  kb.commonRequirementPhrases.forEach((w, i) => {
    if (!kb.commonRequirements.includes(w.requirement))
      new Field('knowledge/topics.json', `requirementWords[${i}].requirement`, w.requirement).fail(
        'must be one of commonRequirements',
      );
  });
  if (!kb.intents.some((i) => i.action.kind === 'outOfScope')) {
    new Field(fields.intentList.file, 'intents', undefined).fail(
      'must include one intent with action kind "outOfScope"',
    );
  }
}
