/**
 * Short follow-ups that lean on the previous turn: places in a list ("the second one"), a bare
 * "by whom?", a superlative after a superlative, another residency, and questions about the bot.
 */
import { describe, expect, it } from 'vitest';
import { listPositions, entriesAt } from '../../src/conversation/listPosition.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { testAdapter, textOf } from '../helpers/testBot.js';
import { join } from 'node:path';

const kb = loadKnowledge(join(__dirname, '../../knowledge'));
const positions = (text: string): number[] => listPositions(text.toLowerCase().split(/\s+/), kb.query);

describe('listPositions', () => {
  it('reads ordinals before a noun, numbered picks and a lone ordinal', () => {
    expect(positions('the second one')).toEqual([2]);
    expect(positions('how much is the 3rd program')).toEqual([3]);
    expect(positions('number 4 please')).toEqual([4]);
    expect(positions('option two')).toEqual([2]);
    expect(positions('the last one')).toEqual([-1]);
    expect(positions('second')).toEqual([2]);
    expect(positions('compare the first and second ones')).toEqual([1, 2]);
  });

  it('ignores ordinals that are not about the list', () => {
    expect(positions('is the first term in the fall')).toEqual([]);
    expect(positions('what is the last day to apply')).toEqual([]);
    expect(positions('no one offers that')).toEqual([]);
  });

  it('maps places to entries, the last from the end, and refuses places the list does not have', () => {
    expect(entriesAt(['a', 'b', 'c'], [2, -1])).toEqual(['b', 'c']);
    expect(entriesAt(['a', 'b'], [3])).toBeUndefined();
  });
});

describe('follow-ups in a conversation', () => {
  it('picks a program by its place in the list just shown', async () => {
    await testAdapter()
      .send('which programs are there?')
      .assertReply((a) => expect(textOf(a)).toContain('Harrisburg Area Community College'))
      .send('the second one')
      .assertReply((a) => expect(textOf(a)).toMatch(/^\*\*Harrisburg Area Community College\*\*/))
      .send('how much is the last one?')
      .assertReply((a) => expect(textOf(a)).toContain('Eastern Florida State College'))
      .startTest();
  });

  it('answers a bare "by whom?" about the program under discussion', async () => {
    await testAdapter()
      .send('is efsc accredited')
      .assertReply((a) => expect(textOf(a)).toContain('Southern Association of Colleges and Schools'))
      .send('by whom?')
      .assertReply((a) => expect(textOf(a)).toContain('Southern Association of Colleges and Schools'))
      .startTest();
  });

  it('takes "and the fastest?" after "the cheapest" as the next ranking', async () => {
    await testAdapter()
      .send('whats the cheapest option')
      .assertReply((a) => expect(textOf(a)).toMatch(/per-credit/))
      .send('and the fastest?')
      .assertReply((a) => expect(textOf(a)).toMatch(/Fastest/))
      .startTest();
  });

  it('understands in-district as a residency in a tuition follow-up', async () => {
    await testAdapter()
      .send('how much is weber state for out of state students')
      .assertReply((a) => expect(textOf(a)).toContain('$16,644'))
      .send('what about in-district?')
      .assertReply((a) => {
        expect(textOf(a)).toContain('$6,228');
        expect(textOf(a)).not.toContain('$16,644');
      })
      .startTest();
  });

  it('takes "i dont care" as skipping a finder question', async () => {
    await testAdapter()
      .send('help me choose a program')
      .assertReply((a) => expect(textOf(a)).toMatch(/registered imaging technologist/))
      .send('new to the field')
      .assertReply((a) => expect(textOf(a)).toMatch(/online/))
      .send('either is fine')
      .assertReply((a) => expect(textOf(a)).toMatch(/How much time/))
      .send('i dont care about time')
      .assertReply((a) => expect(textOf(a)).toMatch(/budget/))
      .startTest();
  });

  it('introduces itself when asked who it is', async () => {
    await testAdapter()
      .send('who are you?')
      .assertReply((a) => expect(textOf(a)).toMatch(/advisor for PACS/))
      .startTest();
  });
});
