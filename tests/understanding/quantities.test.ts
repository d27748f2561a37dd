import { describe, expect, it } from 'vitest';
import { QuantityParser } from '../../src/understanding/quantities.js';
import { kb, tokens } from '../helpers/fixtureUnderstanding.js';

const parser = new QuantityParser(kb.query);

describe('QuantityParser', () => {
  it.each([
    ['programs under $10,000', { measure: 'money', value: 10000, bound: 'at_most' }],
    ['anything under 5000 dollars', { measure: 'money', value: 5000, bound: 'at_most' }],
    ['I have $8k', { measure: 'money', value: 8000, bound: 'at_most' }],
    ['less than a year', { measure: 'months', value: 12, bound: 'at_most' }],
    ['can I finish in six months', { measure: 'months', value: 6, bound: 'at_most' }],
    ['at least 2 years', { measure: 'months', value: 24, bound: 'at_least' }],
    ['18-month programs', { measure: 'months', value: 18, bound: 'at_most', plain: true }],
  ])('reads "%s"', (text, expected) => {
    expect(parser.parse(tokens(text))).toEqual([expected]);
  });

  it('reads both ends of a range, the lower end taking the unit of the upper', () => {
    expect(parser.parse(tokens('between 6 and 12 months'))).toEqual([
      { measure: 'months', value: 6, bound: 'at_least' },
      { measure: 'months', value: 12, bound: 'at_most' },
    ]);
    expect(parser.parse(tokens('anywhere from $5,000 to $10,000'))).toEqual([
      { measure: 'money', value: 5000, bound: 'at_least' },
      { measure: 'money', value: 10000, bound: 'at_most' },
    ]);
  });

  it('reads a year after a word of time as a year, never as money, a frequency as neither, and a bare amount as money', () => {
    expect(parser.parse(tokens('I graduated in 2009 and have worked since 2015'))).toEqual([]);
    expect(parser.parse(tokens('we relocate every two years'))).toEqual([]);
    expect(parser.parse(tokens('anything under 2000?'))).toEqual([{ measure: 'money', value: 2000, bound: 'at_most' }]);
  });

  it('reads a number naming a thing ("a 911 dispatcher") and a figure quoted back ("the $14,198") as no budget', () => {
    expect(parser.parse(tokens("I'm a 911 dispatcher at a 300 bed hospital"))).toEqual([]);
    expect(parser.parse(tokens('i work at a dollar general'))).toEqual([]);
    expect(parser.parse(tokens('is the $14,198 at HACC the same for me?'))).toEqual([]);
    expect(parser.parse(tokens('with the $5,000 I saved'))).toEqual([
      { measure: 'money', value: 5000, bound: 'at_most', plain: true },
    ]);
    expect(parser.parse(tokens('a 5000 budget'))).toEqual([
      { measure: 'money', value: 5000, bound: 'at_most', plain: true },
    ]);
  });

  it('ignores a small bare number and an article without a unit', () => {
    expect(parser.parse(tokens('which are the 2 best ones, a list please'))).toEqual([]);
  });

  it('reads weeks as a length in months, but "a week" as how often', () => {
    expect(parser.parse(tokens('could I finish in 12 weeks'))).toEqual([
      { measure: 'months', value: 3, bound: 'at_most' },
    ]);
    expect(parser.parse(tokens('how many hours a week does it take'))).toEqual([]);
  });
});
