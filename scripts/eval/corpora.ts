/**
 * Readers for the public NLU corpora, taken as published: Braun et al. 2017 (Chatbot, AskUbuntu,
 * WebApplications) and CLINC150 (Larson et al. 2019). Each becomes labeled train/tune/test splits.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** A labeled utterance. */
export interface Labeled {
  readonly text: string;
  readonly label: string;
}

/** A corpus split for training, threshold tuning (optional) and testing. */
export interface CorpusSplits {
  readonly name: string;
  readonly family: 'braun' | 'clinc150';
  readonly train: readonly Labeled[];
  /** Validation data for threshold tuning; never the test split. */
  readonly tune: readonly Labeled[];
  readonly test: readonly Labeled[];
  /** The label meaning "none of the intents", when the corpus has one. */
  readonly outOfScopeLabel?: string;
}

/** Published results to compare against (see each corpus's SOURCE.md). */
export interface Published {
  readonly value: number;
  readonly by: string;
}

/** Best published micro-F1 per Braun corpus, and pooled over the 274 test sentences. */
export const BRAUN_PUBLISHED: Readonly<Record<string, Published>> = {
  ChatbotCorpus: { value: 0.99, by: 'best of LUIS/Watson/Dialogflow/Rasa/NLP.js/Cognigy' },
  AskUbuntuCorpus: { value: 0.94, by: 'best of LUIS/Watson/Dialogflow/Rasa/NLP.js/Cognigy' },
  WebApplicationsCorpus: { value: 0.92, by: 'best of LUIS/Watson/Dialogflow/Rasa/NLP.js/Cognigy' },
  overall: { value: 0.93, by: 'best of LUIS/Watson/Dialogflow/Rasa/NLP.js/Cognigy' },
};

/** CLINC150 "Full" results of Larson et al. 2019 (in-scope accuracy, out-of-scope recall). */
export const CLINC_PUBLISHED = {
  inScopeAccuracy: { value: 0.934, by: 'MLP baseline, Larson et al. 2019 (BERT: 0.962)' },
  oosRecall: { value: 0.491, by: 'MLP baseline, Larson et al. 2019 (BERT: 0.523)' },
} as const;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

function pairs(file: string, json: Record<string, unknown>, key: string): Labeled[] {
  const list = json[key];
  if (!Array.isArray(list)) throw new Error(`${file}: "${key}" must be a list of [text, label] pairs`);
  return list.map((p, n) => {
    if (!Array.isArray(p) || typeof p[0] !== 'string' || typeof p[1] !== 'string')
      throw new Error(`${file}: ${key}[${n}] must be [text, label]`);
    return { text: p[0], label: p[1] };
  });
}

function braun(file: string, json: Record<string, unknown>): CorpusSplits {
  const sentences = json.sentences;
  if (!Array.isArray(sentences)) throw new Error(`${file}: "sentences" must be a list`);
  const all = sentences.map((s, n) => {
    if (!isObject(s) || typeof s.text !== 'string' || typeof s.intent !== 'string' || typeof s.training !== 'boolean') {
      throw new Error(`${file}: sentences[${n}] needs text, intent and training`);
    }
    return { text: s.text, label: s.intent, training: s.training };
  });
  const strip = ({ text, label }: Labeled): Labeled => ({ text, label });
  const hasNone = all.some((s) => s.label === 'None');
  return {
    name: typeof json.name === 'string' ? json.name : basename(file, '.json'),
    family: 'braun',
    train: all.filter((s) => s.training).map(strip),
    tune: [],
    test: all.filter((s) => !s.training).map(strip),
    ...(hasNone ? { outOfScopeLabel: 'None' } : {}),
  };
}

function clinc(file: string, json: Record<string, unknown>): CorpusSplits {
  return {
    name: `CLINC150 ${basename(file, '.json')}`,
    family: 'clinc150',
    train: [...pairs(file, json, 'train'), ...pairs(file, json, 'oos_train')],
    tune: [...pairs(file, json, 'val'), ...pairs(file, json, 'oos_val')],
    test: [...pairs(file, json, 'test'), ...pairs(file, json, 'oos_test')],
    outOfScopeLabel: 'oos',
  };
}

/** Reads a corpus file in either published format, recognized by its keys. */
export function loadCorpus(file: string): CorpusSplits {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (isObject(json) && Array.isArray(json.sentences)) return braun(file, json);
  if (isObject(json) && Array.isArray(json.train) && Array.isArray(json.oos_test)) return clinc(file, json);
  throw new Error(`${file}: neither a Braun et al. corpus ("sentences") nor CLINC150 ("train", "oos_test")`);
}

/** Groups labeled utterances into recognizer training data. */
export function intentsOf(train: readonly Labeled[]): Array<{ id: string; examples: string[] }> {
  const byLabel = new Map<string, string[]>();
  for (const { text, label } of train) {
    const list = byLabel.get(label);
    if (list === undefined) byLabel.set(label, [text]);
    else list.push(text);
  }
  return [...byLabel].map(([id, examples]) => ({ id, examples }));
}
