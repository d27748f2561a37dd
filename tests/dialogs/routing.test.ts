/**
 * Routing with a stub recognizer: each message is "recognized" exactly as the test says, so these
 * tests specify what the root dialog does with an understanding, without machine learning.
 */
import { MemoryStorage } from 'botbuilder';
import { describe, it } from 'vitest';
import { parseConfig } from '../../src/app/config.js';
import { createBot } from '../../src/app/createBot.js';
import { createLogger } from '../../src/platform/logger.js';
import { FIXTURE_KNOWLEDGE, fixtureKb } from '../helpers/fixtureBot.js';
import { stubRecognizer, type Stub } from '../helpers/stubRecognizer.js';
import { play } from '../helpers/transcript.js';

function botWith(table: Record<string, Stub>) {
  return createBot(parseConfig({ LOG_LEVEL: 'silent', KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE }), {
    kb: fixtureKb(),
    recognizer: stubRecognizer(table),
    storage: new MemoryStorage(),
    logger: createLogger('silent'),
  });
}

const unsure: Stub = { intent: 'program_tuition', runnerUp: 'program_duration', ambiguous: true, programs: ['alder'] };

describe('routing', () => {
  it('asks "Did you mean…?" when two intents are too close to call, and answers the pick for the program named', () =>
    play(botWith({ 'alder, you know, that one': unsure }), [
      [
        'alder, you know, that one',
        {
          // The options are in the text as well, for clients that show no buttons.
          says: ['Did you mean', '- How much does it cost\n- How long does it take'],
          buttons: ['How much does it cost', 'How long does it take', 'None of these'],
        },
      ],
      ['How long does it take?', { says: ['Alder', '9 months'], not: '$300' }],
    ]));

  it('offers help when none of the options fits', () =>
    play(botWith({ 'alder, you know, that one': unsure }), [
      ['alder, you know, that one', 'Did you mean'],
      ['None of these', 'You can ask me'],
    ]));

  it('routes a reply that picks none of the options as a new question', () =>
    play(botWith({ 'alder, you know, that one': unsure, 'what is pacs': { intent: 'what_is_pacs' } }), [
      ['alder, you know, that one', 'Did you mean'],
      ['what is pacs', { says: 'What PACS is', not: 'Please pick' }],
    ]));

  it('asks rather than refuses when an unsure question names a program', () =>
    play(
      botWith({
        'alder?': {
          programs: ['alder'],
          ranking: [
            ['program_overview', 0.25],
            ['program_tuition', 0.22],
          ],
        },
      }),
      [['alder?', 'Did you mean']],
    ));

  it('does not act on a doubtful "start over" but offers it as a choice, and acts on a clear one', () =>
    play(
      botWith({
        'how much is alder': { intent: 'program_tuition', programs: ['alder'] },
        'hmm the other thing': { intent: 'cancel', score: 0.45, runnerUp: 'program_start_terms', ambiguous: false },
        'start over': { intent: 'cancel', score: 0.95 },
      }),
      [
        ['how much is alder', '$300'],
        ['hmm the other thing', { says: 'Did you mean', not: /start over/i }],
        ['start over', /start over/i],
      ],
    ));

  it('answers the fact a follow-up names instead of the whole profile again', () =>
    play(
      botWith({
        'tell me about birchwood': { intent: 'program_overview', programs: ['birch'] },
        'what about the cost for me': { intent: 'program_overview', attributes: ['tuition'] },
      }),
      [
        ['tell me about birchwood', 'Birchwood'],
        [
          'what about the cost for me',
          {
            says: ['Estimated tuition at **Birchwood', '$5,000'],
            not: [/Time to complete|Where:/, 'entry requirement'],
          },
        ],
      ],
    ));

  it('answers a program fact named beside a general topic for that program, not the topic', () =>
    play(
      botWith({
        'what certificate does cedar valley give': {
          intent: 'pacs_certificate',
          programs: ['cedar'],
          attributes: ['credential'],
        },
      }),
      [
        [
          'what certificate does cedar valley give',
          { says: ['Cedar Valley', 'Imaging informatics associate degree'], not: 'What a PACS certificate is' },
        ],
      ],
    ));

  it('answers a list question that names a fact with that fact for every program', () =>
    play(
      botWith({
        'which programs are accredited': { intent: 'program_query', attributes: ['accreditation'] },
        'the programs and their accreditors': { intent: 'program_list', attributes: ['accreditation'] },
      }),
      [
        ['which programs are accredited', { says: ['Alder', 'Birchwood', 'Cedar Valley', 'accredited by the'] }],
        ['the programs and their accreditors', { says: ['Alder', 'Cedar Valley', 'accredited by the'] }],
      ],
    ));

  it('answers requirement questions about no program with what programs ask for, never a verdict on the student', () =>
    play(
      botWith({
        'do i need to take the sat': { intent: 'program_admission' },
        'what documents do i need to apply': { intent: 'admission_requirements' },
      }),
      [
        ['do i need to take the sat', { says: "doesn't name that as an entry requirement", not: 'Alder Technical' }],
        ['what documents do i need to apply', { says: 'What programs ask for', not: /out of reach|Open to you/ }],
      ],
    ));

  it('answers a topic question with a soft eligibility word but nobody getting in as the topic, not a verdict', () =>
    play(
      botWith({
        'is the pacs certificate widely accepted': { intent: 'pacs_certificate' },
        'what does a pacs certificate let me do': { intent: 'pacs_certificate' },
      }),
      [
        [
          'is the pacs certificate widely accepted',
          { says: 'PACS certificate', not: /out of reach|Open to you|entry requirement/ },
        ],
        [
          'what does a pacs certificate let me do',
          { says: 'PACS certificate', not: /out of reach|Open to you|entry requirement/ },
        ],
      ],
    ));

  it('answers "can a newcomer…?" yes and "only for professionals?" no from the topic that says whom it suits, even when unsure', () =>
    play(
      botWith({
        'can a complete beginner get a pacs certificate': { intent: 'who_benefits' },
        "i'm new to healthcare. is pacs a good path for me": { intent: 'who_benefits' },
        'do i need to be licensed to get a pacs certificate': { intent: 'who_benefits' },
        'is pacs certification only for experienced people': { intent: 'who_benefits' },
        'is a pacs certificate something a newcomer can go for': {
          intent: 'who_benefits',
          runnerUp: 'pacs_certificate',
          ambiguous: true,
        },
      }),
      [
        ['can a complete beginner get a pacs certificate', { says: /^Yes\./, not: 'Alder' }],
        ['is pacs certification only for experienced people', { says: /^No\./ }],
        ['is a pacs certificate something a newcomer can go for', { says: /^Yes\./, not: 'Alder' }],
        ["i'm new to healthcare. is pacs a good path for me", { says: /^Yes\./, not: 'Alder' }],
        ['do i need to be licensed to get a pacs certificate', { not: /^(Yes|No)\./ }],
      ],
    ));
  it('answers the one fact an unsure question names when that fact is one of the two best guesses', () =>
    play(
      botWith({
        'how much is alder': { intent: 'program_tuition', programs: ['alder'] },
        'what would tuition look like for me': {
          attributes: ['tuition'],
          ranking: [
            ['program_finder', 0.27],
            ['program_tuition', 0.26],
            ['program_overview', 0.18],
          ],
        },
      }),
      [
        ['what would tuition look like for me', { says: ['Alder', '$300', 'Birchwood', 'Cedar Valley'], not: 'Sorry' }],
        ['how much is alder', '$300'],
        [
          'what would tuition look like for me',
          { says: ['Estimated tuition at **Alder', '$300'], not: ['Birchwood', 'Sorry', 'registered'] },
        ],
      ],
    ));
});
