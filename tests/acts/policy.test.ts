import { describe, expect, it } from 'vitest';
import { interruption, type OpenPrompt } from '../../src/acts/policy.js';
import type { IntentAction } from '../../src/knowledge/types.js';
import type { Understanding } from '../../src/understanding/understand.js';
import { recognition, type Stub } from '../helpers/stubRecognizer.js';

const vocabulary = { questionWords: ['what', 'how', 'is', 'which'], fillers: ['ok', 'so'] };

function u(text: string, stub: Stub, programsFromContext = false): Understanding {
  const r = recognition(text, stub);
  return {
    intent: stub.intent,
    score: stub.score ?? 0.9,
    runnerUp: r.runnerUp,
    ambiguous: stub.ambiguous ?? false,
    programs: stub.programs ?? [],
    programsFromContext,
    accreditors: [],
    states: [],
    attribute: undefined,
    attributeNamed: undefined,
    residency: undefined,
    followUp: false,
    student: {},
    yesNo: false,
    figures: [],
    asks: {},
    cut: false,
    language: 'en',
    recognition: r,
  };
}

const form = (answers: boolean): OpenPrompt => ({ kind: 'form', answers });
const clarification = (answers: boolean): OpenPrompt => ({ kind: 'clarification', answers });
const offer = (answers: boolean): OpenPrompt => ({ kind: 'offer', answers });
const cancel: IntentAction = { kind: 'smalltalk', reply: 'cancel' };
const help: IntentAction = { kind: 'smalltalk', reply: 'help' };
const tuition: IntentAction = { kind: 'programAttribute', attribute: 'tuition' };
const query: IntentAction = { kind: 'query' };
const finder: IntentAction = { kind: 'finder' };

describe('the conversation policy', () => {
  it('cancels and helps whatever is open, unless the message is a plain answer', () => {
    expect(interruption(u('stop', { intent: 'cancel' }), cancel, form(false), vocabulary)).toBe('cancel');
    expect(interruption(u('help', { intent: 'help' }), help, clarification(false), vocabulary)).toBe('help');
    expect(interruption(u('no idea', { intent: 'cancel' }), cancel, form(true), vocabulary)).toBe('answer');
  });

  it('drops the flow for the question that follows words of calling it off', () => {
    const openers = [
      ['forget', 'it'],
      ['never', 'mind'],
    ];
    expect(
      interruption(
        u('ok forget it where is alder', { intent: 'program_location' }),
        tuition,
        form(false),
        vocabulary,
        openers,
      ),
    ).toBe('newQuestion');
    // The same words alone call it off; without the openers the question is answered on the side.
    expect(interruption(u('forget it', { intent: 'cancel' }), cancel, form(false), vocabulary, openers)).toBe('cancel');
    expect(
      interruption(u('ok forget it where is alder', { intent: 'program_location' }), tuition, form(false), vocabulary),
    ).toBe('sideQuestion');
  });

  it('takes an answer to the open prompt as an answer', () => {
    expect(interruption(u('under 10k', { intent: 'program_tuition' }), tuition, form(true), vocabulary)).toBe('answer');
  });

  it('never swallows a question that names a program as a slot value', () => {
    expect(
      interruption(
        u('is alder under $10,000?', { intent: 'program_tuition', programs: ['alder'] }),
        tuition,
        form(true),
        vocabulary,
      ),
    ).toBe('sideQuestion');
  });

  it('answers a clear question on the side during a form, and as a new question during a clarification', () => {
    const q = u('how much is alder', { intent: 'program_tuition', programs: ['alder'] });
    expect(interruption(q, tuition, form(false), vocabulary)).toBe('sideQuestion');
    expect(interruption(q, tuition, clarification(false), vocabulary)).toBe('newQuestion');
  });

  it('answers a question over the data on the side, and starts a new flow for a request that needs one', () => {
    expect(interruption(u('which are online', { intent: 'program_query' }), query, form(false), vocabulary)).toBe(
      'sideQuestion',
    );
    expect(interruption(u('help me choose', { intent: 'program_finder' }), finder, form(false), vocabulary)).toBe(
      'newQuestion',
    );
  });

  it('answers a long question on the side during a form when it says only what the form would ask later', () => {
    const long = u('ok so which is cheapest for me as an idaho resident', { intent: 'program_query', score: 0.4 });
    expect(interruption(long, query, form(true), vocabulary)).toBe('sideQuestion');
    expect(interruption(long, query, { kind: 'form', answers: true, answersOpen: true }, vocabulary)).toBe('answer');
    expect(
      interruption(u('cheapest please', { intent: 'program_query', score: 0.4 }), query, form(true), vocabulary),
    ).toBe('answer');
  });

  it('lets the prompt ask again for an unclear message that is not a question', () => {
    expect(
      interruption(u('purple', { intent: 'program_tuition', score: 0.35 }), tuition, form(false), vocabulary),
    ).toBe('answer');
    expect(interruption(u('purple', {}), undefined, clarification(false), vocabulary)).toBe('answer');
  });

  it('answers an out-of-scope question on the side during a form rather than taking it as a bad answer', () => {
    expect(interruption(u('what is the weather?', {}), undefined, form(false), vocabulary)).toBe('sideQuestion');
  });

  it('takes a long question the recognizer cannot place as the user moving on from "Which program?"', () => {
    const long = u('does it say you need a tech background to work in pacs?', {});
    expect(interruption(long, undefined, clarification(false), vocabulary)).toBe('newQuestion');
    expect(interruption(u('huh?', {}), undefined, clarification(false), vocabulary)).toBe('answer');
  });

  it('takes anything but a pick as a new question while "Did you mean…?" is open', () => {
    expect(
      interruption(u('purple', { intent: 'program_tuition', score: 0.35 }), tuition, offer(false), vocabulary),
    ).toBe('newQuestion');
    expect(interruption(u('the first one', {}), undefined, offer(true), vocabulary)).toBe('answer');
  });
});
