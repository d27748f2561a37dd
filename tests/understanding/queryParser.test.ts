import { describe, expect, it } from 'vitest';
import { QueryParser } from '../../src/understanding/queryParser.js';
import { kb, understood } from '../helpers/fixtureUnderstanding.js';

const parser = new QueryParser(kb);
const parse = (text: string, lastResults?: string[]) =>
  parser.parse(understood(text), lastResults ? { programs: [], lastResults } : undefined);

describe('QueryParser', () => {
  it('reads a filter, a length and a superlative together', () => {
    const c = parse('fastest online program under a year');
    expect(c.criteria).toEqual(['online']);
    expect(c.months).toEqual({ measure: 'months', value: 12, bound: 'at_most' });
    expect(c.superlative?.id).toBe('fastest');
  });

  it('reads "afford" with an amount as a budget, and "most affordable" as a superlative still', () => {
    const afford = parse('what could I afford with $5,000?');
    expect(afford.budget).toMatchObject({ measure: 'money', value: 5000, bound: 'at_most' });
    expect(afford.superlative).toBeUndefined();
    expect(parse('which programs are affordable').superlative?.id).toBe('cheapest');
    expect(parse('the most affordable program under $5,000').superlative?.id).toBe('cheapest');
  });

  it('takes states and accreditors from the recognizer and regions from the vocabulary', () => {
    expect(parse('anything in California').states).toEqual(['CA']);
    expect(parse('which programs are accredited by NWCCU').accreditors).toEqual(['nwccu']);
    expect(parse('is there anything in the Midwest').regions.map((r) => r.id)).toEqual(['midwest']);
  });

  it('prefers the longest phrase: "don\'t require a rad tech license" means no registration to get in', () => {
    expect(parse("which schools don't require a rad tech license").criteria).toEqual(['no_registration']);
    expect(parse('shortest program that doesnt need a license').criteria).toEqual(['no_registration']);
    expect(parse('which schools charge everyone the same no matter where you live?').criteria).toEqual(['same_rate']);
  });

  it('turns a criterion around after "neither… nor" and after "don\'t require" several words before it', () => {
    expect(parse('which programs are neither in the NWCCU region nor described as online?')).toMatchObject({
      excluded: ['online'],
      accreditors: [],
    });
    expect(
      parse("among programs that don't require any prior imaging license, which is the longest?").excluded,
    ).toEqual(['professionals_only']);
  });

  it('reads "finish with the ABII certification" as asking about it at the end of the program, before any work', () => {
    expect(parse('would she finish with the ABII certification too?').rightAway).toBe(true);
    expect(parse('can I earn ABII certification at Cedar Valley?').rightAway).toBeUndefined();
  });

  it('limits "which of those" to the last list shown, and only then', () => {
    expect(parse('which of those is cheapest', ['alder', 'birch'])).toMatchObject({
      scope: ['alder', 'birch'],
      scopeFrom: 'previous',
    });
    expect(parse('which is cheapest', ['alder', 'birch']).scope).toBeUndefined();
  });

  it('keeps residency for tuition comparisons', () => {
    expect(parse('which program has the lowest tuition for out-of-state students').residency).toBe('out_of_state');
  });

  it('reads a criterion asked in the negative, but not a negation that is part of the phrase', () => {
    expect(parse('which programs are not online')).toMatchObject({ criteria: [], excluded: ['online'] });
    expect(parse("which schools aren't available online").excluded).toEqual(['online']);
    expect(parse('which schools arent online').excluded).toEqual(['online']);
    expect(parse("which schools don't require a rad tech license").excluded).toBeUndefined();
  });

  it('reads the whole self-description as the student, and a filter after the question starts as asked for', () => {
    expect(parse("I'm a rad tech with 6 years experience, which program is quickest for me?").criteria).toEqual([]);
    expect(parse("I'm a nurse, are any programs for registered technologists?").criteria).toEqual([
      'professionals_only',
    ]);
    expect(parse("I live in Texas but I'd rather study online. What are my options?").criteria).toEqual(['online']);
  });

  it('reads two superlatives on different measures, and "cheap" or "something quick" as superlatives', () => {
    const both = parse('I want something quick and cheap');
    expect([both.superlative?.id, both.alsoSuperlative?.id]).toEqual(['fastest', 'cheapest']);
    expect(parse('which is the cheapest and the quickest?').alsoSuperlative?.id).toBe('fastest');
    expect(parse('which program is fastest?').alsoSuperlative).toBeUndefined();
    expect(parse('quick question: is Alder online?').superlative).toBeUndefined();
  });

  it('leaves out a program named after "besides" or "but not", and keeps one named otherwise', () => {
    expect(parse('anything in Idaho besides Alder?')).toMatchObject({
      scope: ['birch', 'cedar'],
      scopeFrom: 'excluding',
      excludedPrograms: ['alder'],
    });
    expect(parse('is Alder online?').scope).toEqual(['alder']);
  });

  it('does not rank again for a unit asked of the figure just given', () => {
    const memory = { intent: 'program_tuition', programs: ['cedar'], ranked: { superlative: 'cheapest', place: 1 } };
    const again = (text: string) => parser.parse(understood(text, memory), memory).superlative?.id;
    expect(again('is that the total or per year?')).toBeUndefined();
  });
});
