/**
 * Which part of the article each answer cites, as a student sees it on a text channel (one source
 * line): a program's name, a topic's title, the featured programs; and that replies not from the
 * article (small talk, refusals, "the article doesn't say") cite nothing.
 */
import { describe, it } from 'vitest';
import { testBot } from '../helpers/testBot.js';
import { play, type Step } from '../helpers/transcript.js';

/** The source line a text channel shows for a section of the article. */
const cites = (section: string): RegExp =>
  new RegExp(
    `\\n\\nSource: Picture Archiving and Communication Systems \\(PACS\\) Certificate Programs by Johannes Stitz, section "${section.replace(/[()]/g, '\\$&')}"\\.`,
  );
const citesNothing = { not: 'Source:' };

describe('the section an answer cites', () => {
  const answers: readonly Step[] = [
    ['how much is weber state?', cites('Weber State University')],
    ['what is PACS?', cites('What PACS is')],
    ['do I need a letter of recommendation?', cites('Admission requirements')],
    ['list the accreditation bodies', cites('Accreditation')],
    ['which programs are online?', cites('Weber State University and Clarkson College')],
    ['compare clarkson and weber', cites('Clarkson College and Weber State University')],
    ['which program is cheapest?', cites('Featured programs')],
    ['what does HACC stand for?', cites('Harrisburg Area Community College')],
    ['Is Clarkson in Portland?', cites('Clarkson College')],
  ];
  for (const step of answers) it(`cites the article's part for "${String(step[0])}"`, () => play(testBot(), [step]));

  const notFromTheArticle: readonly Step[] = [
    ['hi', citesNothing],
    ['what is the weather in paris tomorrow', citesNothing],
    ['when does weber start?', { says: "doesn't say when the program starts", not: 'Source:' }],
    ['what salary can I expect?', citesNothing],
    ['help me choose a program', citesNothing],
  ];
  for (const step of notFromTheArticle) it(`cites nothing for "${String(step[0])}"`, () => play(testBot(), [step]));
});
