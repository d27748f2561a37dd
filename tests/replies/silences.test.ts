import { describe, expect, it } from 'vitest';
import { silenceFor } from '../../src/replies/general.js';
import { tokenize, normalize } from '../../src/nlu/text.js';
import { kb } from '../helpers/fixtureUnderstanding.js';

describe('the silence a message runs into', () => {
  const abroad = {
    id: 'abroad',
    about: 'studying from another country',
    triggers: [['mexico'], ['from', 'canada']],
    text: 'The guide says nothing about students from other countries.',
    followUps: [],
  };
  const withAbroad = { ...kb, silences: [...kb.silences, abroad] };
  const silence = (text: string): string | undefined => silenceFor(withAbroad, tokenize(normalize(text)))?.id;

  it('finds a trigger word in the message', () => {
    expect(silence('i live in mexico, can i apply?')).toBe('abroad');
  });

  it('does not read a word inside a state name of several words as that trigger ("New Mexico" is no Mexico)', () => {
    expect(silence('for a new mexico resident which is cheapest?')).toBeUndefined();
  });
});
