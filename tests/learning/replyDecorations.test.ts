/**
 * What a reply built from the article carries in each client: Teams gets a `Claim` and its feedback
 * flag, Web Chat a `Claim` with a `cite:` link definition and like/dislike actions, and text-only
 * channels one source line.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/platform/paths.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import {
  ABSTRACT_MAX_CHARS,
  citationClaim,
  citedText,
  sourceLine,
  TITLE_MAX_CHARS,
} from '../../src/learning/citations.js';
import { decorateReply, replyClient } from '../../src/learning/replyDecorations.js';

const { source } = loadKnowledge(join(PROJECT_ROOT, 'knowledge'));
const answer = { answerKey: 'admission_requirements', knowledgeVersion: 'k1' };
const TEXT = 'Most programs ask for a finished high school education.\n\n- an application and its fee\n- transcripts';

describe('replyClient', () => {
  it('knows Teams and the Web Chat widget, and treats every other channel as text only', () => {
    expect(['msteams', 'directline', 'webchat', 'emulator', 'console', undefined].map(replyClient)).toEqual([
      'teams',
      'webchat',
      'webchat',
      'text',
      'text',
      'text',
    ]);
  });
});

describe('decorateReply', () => {
  it('gives a Teams reply the marker [1], one Message entity with the article as a Claim, and the feedback flag', () => {
    const reply = decorateReply(TEXT, 'teams', { citation: { source, section: 'Admission requirements' }, answer });
    expect(reply.text).toBe(
      `Most programs ask for a finished high school education. [1]\n\n- an application and its fee\n- transcripts`,
    );
    expect(reply.channelData).toEqual({ feedbackLoopEnabled: true });
    expect(reply.entities).toEqual([
      {
        type: 'https://schema.org/Message',
        '@type': 'Message',
        '@context': 'https://schema.org',
        '@id': '',
        citation: [
          {
            '@type': 'Claim',
            position: 1,
            appearance: {
              '@type': 'DigitalDocument',
              name: source.title,
              abstract: `By ${source.author}. Section: Admission requirements.`,
            },
          },
        ],
      },
    ]);
  });

  it('gives a Web Chat reply the marker, a cite: link definition, and the like/dislike actions in the same entity', () => {
    const reply = decorateReply(TEXT, 'webchat', { citation: { source, section: 'Admission requirements' }, answer });
    expect(reply.text.endsWith(`\n\n[1]: cite:1 "${source.title}"`)).toBe(true);
    expect(reply.channelData).toBeUndefined();
    expect(reply.entities).toHaveLength(1);
    const [entity] = reply.entities;
    expect(entity?.citation?.[0]?.appearance.text).toBe(
      `An article by ${source.author}.\n\nSection: Admission requirements`,
    );
    expect(entity?.potentialAction?.map((a) => [a['@type'], a.object.identifier])).toEqual([
      ['LikeAction', 'admission_requirements'],
      ['DislikeAction', 'admission_requirements'],
    ]);
  });

  it('ends a text-only reply with one source line and adds no entities', () => {
    const reply = decorateReply(TEXT, 'text', { citation: { source, section: 'Admission requirements' }, answer });
    expect(reply).toEqual({ text: `${TEXT}\n\n${sourceLine(source, 'Admission requirements')}`, entities: [] });
    expect(sourceLine(source, 'Admission requirements')).toBe(
      `Source: ${source.title} by ${source.author}, section "Admission requirements".`,
    );
  });

  it('gives an answer that cites nothing only its feedback buttons, and a reply that is neither nothing', () => {
    expect(decorateReply('Hello!', 'teams', { answer })).toEqual({
      text: 'Hello!',
      entities: [],
      channelData: { feedbackLoopEnabled: true },
    });
    expect(decorateReply('Hello!', 'webchat', { answer }).entities[0]).not.toHaveProperty('citation');
    expect(decorateReply('Hello!', 'webchat', {})).toEqual({ text: 'Hello!', entities: [] });
  });
});

describe('citations', () => {
  it('keeps within the lengths Teams shows (title 80, abstract 160 characters)', () => {
    const long = { title: 'T'.repeat(120), author: 'A'.repeat(30), authorBio: '', file: 'x' };
    const claim = citationClaim(long, 'S'.repeat(200), 'teams');
    expect(claim.appearance.name.length).toBeLessThanOrEqual(TITLE_MAX_CHARS);
    expect(claim.appearance.abstract.length).toBeLessThanOrEqual(ABSTRACT_MAX_CHARS);
    expect(claim.appearance.name.endsWith('…')).toBe(true);
  });

  it('puts the marker at the end of a one-paragraph text and keeps quotes out of the link title', () => {
    expect(citedText('Yes.', { title: 'A "quoted" title', author: 'X', authorBio: '', file: 'f' }, 'webchat')).toBe(
      'Yes. [1]\n\n[1]: cite:1 "A quoted title"',
    );
  });
});
