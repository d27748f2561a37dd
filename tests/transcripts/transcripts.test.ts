/** Plays every step-table transcript against the bot built on the fixture knowledge base. */
import { describe, it } from 'vitest';
import { sharedFixtureBot } from '../helpers/fixtureBot.js';
import { play, type Transcript } from '../helpers/transcript.js';
import { compareCases } from './compare.cases.js';
import { finderCases } from './finder.cases.js';
import { followUpCases } from './followUps.cases.js';
import { lookUpCases } from './lookUp.cases.js';
import { queryCases } from './queries.cases.js';

const tables: Record<string, readonly Transcript[]> = {
  'look-ups': lookUpCases,
  'questions over the data': queryCases,
  comparisons: compareCases,
  'the program finder': finderCases,
  'follow-ups': followUpCases,
};

for (const [topic, cases] of Object.entries(tables)) {
  describe(topic, () => {
    for (const c of cases) it(c.name, () => play(sharedFixtureBot(), c.steps));
  });
}
